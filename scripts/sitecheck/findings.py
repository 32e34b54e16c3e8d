"""The finding and per-tool result types shared by every check."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, order=True)
class Finding:
    """One problem: the page (relative to the site root), the tool that found it and what it says."""

    path: str
    tool: str
    message: str

    def __str__(self) -> str:
        """Render as `path: tool: message`."""
        return f"{self.path}: {self.tool}: {self.message}"


@dataclass
class Result:
    """What one tool checked and found; `summary` is its one-line count."""

    tool: str
    findings: list[Finding] = field(default_factory=list)
    summary: str = ""
    notes: list[str] = field(default_factory=list)
