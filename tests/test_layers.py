"""The extractors share one grammar layer (`frenemy.grammar`) and do not reach into each other;
the store stores and reads records (claim grouping is analytics)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "frenemy"


def imported(path: Path) -> set[str]:
    """Absolute names of the modules a file imports at run time, anywhere in it (imports for
    type checking only are no dependency)."""
    package = path.relative_to(SRC.parent).with_suffix("").parts[:-1]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only = {id(n) for block in ast.walk(tree) if isinstance(block, ast.If)
                   and getattr(block.test, "id", "") == "TYPE_CHECKING" for n in ast.walk(block)}
    names = set()
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.ImportFrom):
            base = list(package[: len(package) - node.level + 1]) if node.level else []
            names.add(".".join(base + ([node.module] if node.module else [])))
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


def files(*parts: str) -> list[Path]:
    target = SRC.joinpath(*parts)
    return sorted(target.rglob("*.py")) if target.is_dir() else [target.with_suffix(".py")]


@pytest.mark.parametrize(("user", "forbidden"), [
    ("events", ("frenemy.quotes", "frenemy.claims")),
    ("quotes", ("frenemy.events", "frenemy.claims")),
    ("claims", ("frenemy.events",)),
    ("grammar", ("frenemy.events", "frenemy.quotes", "frenemy.claims")),
    ("store", ("frenemy.claims", "frenemy.events", "frenemy.quotes")),
])
def test_extractors_share_the_grammar_layer_and_not_each_other(user, forbidden):
    for path in files(user):
        bad = {name for name in imported(path) if name.startswith(forbidden)}
        assert not bad, f"{path.relative_to(SRC)} imports {sorted(bad)}"


def test_the_grammar_layer_is_what_the_extractors_use():
    for user in ("events", "quotes", "claims"):
        used = set().union(*(imported(p) for p in files(user)))
        assert any(name.startswith("frenemy.grammar") for name in used), user
