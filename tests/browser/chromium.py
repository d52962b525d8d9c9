"""Debian's Chromium for the browser tests: where it is, how it is started, and what to do
without it (skip locally; fail when FRENEMY_REQUIRE_BROWSER is set, as in CI)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-default-apps", "--disable-extensions"]
ARTIFACTS = Path(__file__).parent.parent / "artifacts"


def require_chromium() -> None:
    """Skip the calling test module when Chromium is missing, unless CI requires it."""
    if not Path(CHROMIUM).exists():
        if os.environ.get("FRENEMY_REQUIRE_BROWSER"):
            raise RuntimeError("Chromium is required for the browser tests (apt-get install chromium)")
        pytest.skip("no Chromium on this machine", allow_module_level=True)
