"""Plots: a dyad's cooperation and conflict over time, and the signed network (matplotlib)."""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # files only: no screen needed

import matplotlib.dates as mdates  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import networkx as nx  # noqa: E402
import pandas as pd  # noqa: E402

COOP, CONFLICT, MIXED = "#2b8a3e", "#c92a2a", "#e8590c"


def timeline(over_time: pd.DataFrame, a: str, b: str, path: Path) -> Path:
    """Events per period on a real date axis for the pair a-b: cooperation up and conflict
    down, one series per direction (a→b solid, b→a lighter), and the mean Goldstein score as
    a line. `over_time` holds directed dyads per period (`Store.relations(period=...)`)."""
    rows = over_time[((over_time.source == a) & (over_time.target == b))
                     | ((over_time.source == b) & (over_time.target == a))].copy()
    fig, ax = plt.subplots(figsize=(9, 4.5))
    if len(rows):
        periods = pd.PeriodIndex(rows.period.astype(str), freq=_frequency(rows.period.iloc[0]))
        rows["start"] = periods.start_time
        rows["days"] = [p.end_time.normalize() - p.start_time + pd.Timedelta(days=1) for p in periods]
        width = rows.days.min() * 0.4  # two bars side by side in each period
        for source, shift, alpha in ((a, -0.5, 1.0), (b, 0.5, 0.5)):
            mine = rows[rows.source == source]
            x = mine.start + mine.days / 2 + width * shift
            target = b if source == a else a
            ax.bar(x, mine.coop, width=width, color=COOP, alpha=alpha,
                   label=f"{source} → {target} cooperation")
            ax.bar(x, -mine.conflict, width=width, color=CONFLICT, alpha=alpha,
                   label=f"{source} → {target} conflict")
        per = rows.groupby("start")[["goldstein_sum", "n_events", "days"]].agg(
            {"goldstein_sum": "sum", "n_events": "sum", "days": "first"}).sort_index()
        twin = ax.twinx()
        twin.plot(per.index + per.days / 2, per.goldstein_sum / per.n_events, color="#1c7ed6",
                  marker="o", markersize=3, label="mean Goldstein")
        twin.set_ylim(-10, 10)
        twin.set_ylabel("mean Goldstein")
        locator = mdates.AutoDateLocator(minticks=4, maxticks=10)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.axhline(0, color="#444", linewidth=0.8)
    ax.set_ylabel("events (conflict below zero)")
    ax.set_title(f"{a} – {b}: cooperation and conflict")
    if len(rows):
        ax.legend(loc="upper left", fontsize=8, ncols=2)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return path


def _frequency(period: str) -> str:
    """The pandas frequency of a period label: '2024-05-06' a day, '2024-05-06/2024-05-12'
    a week, '2024-05' a month, '2024' a year."""
    if "/" in period:
        return "W"
    return {10: "D", 7: "M", 4: "Y"}.get(len(period), "D")


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
