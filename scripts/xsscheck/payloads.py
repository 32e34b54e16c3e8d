"""The payloads: one a line in the hostile-input test corpus, shared with the Swift escaping tests."""
from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "Tests" / "QuorumHostileInputTests" / "Corpus" / "xss-strings.txt"


def load(path: Path = CORPUS) -> list[str]:
    """Every non-empty line of `path`, in order."""
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
