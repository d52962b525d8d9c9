import networkx as nx
import pandas as pd

from frenemy.analytics import coalitions, dyads, signed_graph, structural_balance
from frenemy.analytics.export import for_gephi, write_graph


def relations(pairs):
    rows = []
    for a, b, coop, conflict in pairs:
        rows += [("2020-01-01", a, b, 1, 3.0)] * coop + [("2020-01-01", a, b, 4, -8.0)] * conflict
    table = pd.DataFrame(rows, columns=["date", "source_actor", "target_actor", "quad_class", "goldstein"])
    return dyads(table, directed=False)


BLOCS = relations([
    ("USA", "GBR", 5, 0), ("USA", "FRA", 4, 0), ("GBR", "FRA", 3, 0),
    ("RUS", "CHN", 4, 0), ("RUS", "IRN", 3, 0), ("CHN", "IRN", 2, 0),
    ("USA", "RUS", 0, 5), ("GBR", "CHN", 0, 3), ("FRA", "IRN", 0, 2), ("USA", "IRN", 0, 4),
])


def test_signed_graph_edges_carry_sign_weight_and_frenemy_flag():
    graph = signed_graph(relations([("RUS", "USA", 2, 3), ("DEU", "USA", 3, 0)]))
    assert graph["RUS"]["USA"]["sign"] == -1 and graph["RUS"]["USA"]["weight"] == -1
    assert graph["RUS"]["USA"]["frenemy"] is True
    assert graph["DEU"]["USA"]["sign"] == 1 and graph["DEU"]["USA"]["frenemy"] is False


def test_coalitions_put_allies_together_and_enemies_apart():
    groups = coalitions(signed_graph(BLOCS))
    assert groups["USA"] == groups["GBR"] == groups["FRA"]
    assert groups["RUS"] == groups["CHN"] == groups["IRN"]
    assert groups["USA"] != groups["RUS"]


def test_structural_balance_counts_and_lists_unbalanced_triads():
    share, unbalanced = structural_balance(signed_graph(BLOCS))
    assert share == 1.0 and unbalanced == []
    tangled = signed_graph(relations([("A1", "B1", 3, 0), ("B1", "C1", 3, 0), ("A1", "C1", 0, 3),
                                      ("A1", "D1", 2, 0), ("B1", "D1", 2, 0)]))
    share, unbalanced = structural_balance(tangled)
    assert unbalanced == [("A1", "B1", "C1")] and share == 0.5


def test_gephi_export_keeps_signs_and_weighs_edges_by_event_count(tmp_path):
    graph = signed_graph(relations([("RUS", "USA", 1, 4), ("DEU", "USA", 3, 0)]))
    path = tmp_path / "g.gexf"
    write_graph(graph, path)
    back = nx.read_gexf(path)
    assert {(tuple(sorted((a, b))), d["sign"], d["weight"]) for a, b, d in back.edges(data=True)} == {
        (("RUS", "USA"), -1, 5.0), (("DEU", "USA"), 1, 3.0)}
    assert all(d["weight"] >= 0 for _, _, d in for_gephi(graph).edges(data=True))
    graphml = tmp_path / "g.graphml"
    write_graph(graph, graphml)
    assert nx.read_graphml(graphml).number_of_edges() == 2
