"""Plots: a dyad's cooperation and conflict over time, and the signed network (matplotlib)."""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # files only: no screen needed

import matplotlib.pyplot as plt  # noqa: E402
import networkx as nx  # noqa: E402
import pandas as pd  # noqa: E402

COOP, CONFLICT, MIXED = "#2b8a3e", "#c92a2a", "#e8590c"


def timeline(over_time: pd.DataFrame, a: str, b: str, path: Path) -> Path:
    """Bars of cooperation (up) and conflict (down) per period for the pair a-b, with the
    mean Goldstein score as a line."""
    rows = over_time[((over_time.source == a) & (over_time.target == b))
                     | ((over_time.source == b) & (over_time.target == a))]
    per = rows.groupby("period")[["coop", "conflict", "goldstein_sum", "n_events"]].sum().sort_index()
    fig, ax = plt.subplots(figsize=(9, 4.5))
    x = range(len(per))
    ax.bar(x, per.coop, color=COOP, label="cooperation")
    ax.bar(x, -per.conflict, color=CONFLICT, label="conflict")
    ax.axhline(0, color="#444", linewidth=0.8)
    ax.set_xticks(list(x), per.index, rotation=45, ha="right")
    ax.set_ylabel("events")
    ax.set_title(f"{a} – {b}: cooperation and conflict")
    if len(per):
        twin = ax.twinx()
        twin.plot(list(x), (per.goldstein_sum / per.n_events).values, color="#1c7ed6", marker="o",
                  label="mean Goldstein")
        twin.set_ylim(-10, 10)
        twin.set_ylabel("mean Goldstein")
    ax.legend(loc="upper left")
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return path


def network(graph: nx.Graph, path: Path, coalitions: dict[str, int] | None = None) -> Path:
    """The signed network: green edges cooperate, red conflict, orange dashed are frenemies;
    node colours are coalitions."""
    fig, ax = plt.subplots(figsize=(9, 9))
    if graph.number_of_nodes():
        layout = nx.spring_layout(graph, seed=7, weight=None)
        groups = coalitions or {}
        palette = plt.get_cmap("tab10")
        colours = [palette(groups.get(n, 0) % 10) for n in graph.nodes]
        for a, b, data in graph.edges(data=True):
            style = "dashed" if data.get("frenemy") else "solid"
            colour = MIXED if data.get("frenemy") else COOP if data["sign"] > 0 else CONFLICT
            nx.draw_networkx_edges(graph, layout, edgelist=[(a, b)], ax=ax, style=style,
                                   edge_color=colour, width=1 + min(data.get("n_events", 1), 8) / 2)
        nx.draw_networkx_nodes(graph, layout, ax=ax, node_color=colours, node_size=600)
        nx.draw_networkx_labels(graph, layout, ax=ax, font_size=9)
    ax.set_title("Who stands with whom (green: cooperation, red: conflict, dashed: frenemies)")
    ax.axis("off")
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return path
