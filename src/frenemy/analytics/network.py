"""The signed actor network: who stands with whom, coalitions and structural balance.

An edge joins two actors that interact (undirected). Its ``weight`` is coop - conflict (signed);
its ``sign`` is +1 or -1 (0 when even); ``frenemy`` marks mixed pairs. Coalitions come from
signed community detection with leidenalg: modularity on the positive layer minus modularity on
the negative layer, so allies end up together and enemies apart. Structural balance counts the
triangles whose product of signs is positive.
"""

from __future__ import annotations

from itertools import combinations

import networkx as nx
import pandas as pd


def signed_graph(relations: pd.DataFrame) -> nx.Graph:
    """An undirected signed graph from an undirected dyad table (``dyads(..., directed=False)``)."""
    graph = nx.Graph()
    for row in relations.itertuples(index=False):
        if row.source == row.target:
            continue
        weight = int(row.coop) - int(row.conflict)
        graph.add_edge(row.source, row.target, weight=weight,
                       sign=(weight > 0) - (weight < 0), coop=int(row.coop),
                       conflict=int(row.conflict), n_events=int(row.n_events),
                       goldstein_mean=float(row.goldstein_mean),
                       frenemy_index=float(row.frenemy_index), label=row.label,
                       frenemy=row.label == "mixed")
    return graph


def coalitions(graph: nx.Graph, *, seed: int = 0) -> dict[str, int]:
    """Actor -> coalition number, by signed Leiden community detection (leidenalg)."""
    import igraph as ig
    import leidenalg as la

    nodes = sorted(graph.nodes)
    if not nodes:
        return {}
    index = {node: i for i, node in enumerate(nodes)}
    layers = []
    for sign in (1, -1):
        edges = [(index[a], index[b], abs(d["weight"])) for a, b, d in graph.edges(data=True)
                 if d["sign"] == sign]
        layer = ig.Graph(n=len(nodes), edges=[(a, b) for a, b, _ in edges])
        layer.es["weight"] = [w for _, _, w in edges]
        layers.append(layer)
    partitions = [la.ModularityVertexPartition(layer, weights="weight" if layer.ecount() else None)
                  for layer in layers]
    optimiser = la.Optimiser()
    optimiser.set_rng_seed(seed)
    optimiser.optimise_partition_multiplex(partitions, layer_weights=[1, -1])
    membership = partitions[0].membership
    # number coalitions by size, largest first, so the numbering is stable
    sizes = pd.Series(membership).value_counts()
    renumber = {old: new for new, old in enumerate(sorted(sizes.index, key=lambda c: (-sizes[c], c)))}
    return {node: renumber[membership[i]] for node, i in index.items()}


def structural_balance(graph: nx.Graph) -> tuple[float, list[tuple[str, str, str]]]:
    """The share of balanced triangles among signed triangles, and the unbalanced ones."""
    balanced, unbalanced = 0, []
    for a, b, c in _triangles(graph):
        signs = [graph[a][b]["sign"], graph[b][c]["sign"], graph[a][c]["sign"]]
        if 0 in signs:
            continue
        if signs[0] * signs[1] * signs[2] > 0:
            balanced += 1
        else:
            unbalanced.append((a, b, c))
    total = balanced + len(unbalanced)
    return (balanced / total if total else 1.0), unbalanced


def _triangles(graph: nx.Graph) -> list[tuple[str, str, str]]:
    found = []
    for node in sorted(graph.nodes):
        for a, b in combinations(sorted(n for n in graph[node] if n > node), 2):
            if graph.has_edge(a, b):
                found.append((node, a, b))
    return found
