"""Proves the checks can fail: a tiny built site with one planted fault a page, each of which must be found."""
from __future__ import annotations

from pathlib import Path

from . import probe
from .hostile_site import Expectations

PAYLOAD = '"><img src=x onerror=alert(1)>'
ESCAPED = "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"


def page(body: str, title: str = "Page") -> str:
    """A minimal page around `body`."""
    return f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title></head><body>{body}</body></html>"


# Each planted page, and a piece of the finding it must produce.
FAULTS = {
    "/unescaped/": (page(f"<h1>{PAYLOAD}</h1>"), "a payload ran: alert(1)"),
    "/handler/": (page('<p><a href="/" onmouseover="alert(1)">x</a></p>' + f"<h1>{ESCAPED}</h1>"),
                  "an event handler onmouseover= on <a>"),
    "/script-link/": (page('<a href="java&#x09;script:alert(1)">x</a>' + f"<h1>{ESCAPED}</h1>"), 'href="java\tscript:alert(1)"'),
    "/double-escaped/": (page(f"<h1>{ESCAPED.replace('&', '&amp;')}</h1>"), "is not shown as text in the page's text"),
    "/title/": (page(f"<h1>{ESCAPED}</h1>", title="</title><script>alert(2)</script>"), "a payload ran: alert(2)"),
}
CLEAN = "/clean/"


def write(root: Path) -> Expectations:
    """Write the planted site under `root` and return what each page should show."""
    expect = Expectations()
    for url, (html, _) in FAULTS.items():
        (root / url.strip("/")).mkdir(parents=True)
        (root / url.strip("/") / "index.html").write_text(html, encoding="utf-8")
        expect.shows(url, "heading", PAYLOAD)
    (root / "clean").mkdir()
    (root / "clean" / "index.html").write_text(page(f"<h1>{ESCAPED}</h1>", title=ESCAPED), encoding="utf-8")
    expect.shows(CLEAN, "heading", PAYLOAD)
    expect.titled(CLEAN, "title", PAYLOAD)
    (root / "atom.xml").write_text(
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><entry>'
        '<content type="html">&lt;img src=x onerror=alert(1)&gt;</content></entry></feed>', encoding="utf-8")
    return expect


def run(driver, base: str, root: Path) -> list[str]:
    """Check the planted site; return what the checks failed to catch (empty when they caught everything)."""
    expect = write(root)
    findings, _ = probe.check_pages(driver, base, list(FAULTS) + [CLEAN], expect)
    findings += probe.check_files(root, [PAYLOAD])
    problems = []
    for url, (_, wanted) in FAULTS.items():
        if not any(f.startswith(url + ":") and wanted in f for f in findings):
            problems.append(f"{url}: expected a finding with {wanted!r}; found {[f for f in findings if f.startswith(url)]}")
    problems += [f"a false alarm on the clean page: {f}" for f in findings if f.startswith(CLEAN + ":")]
    if not any(f.startswith("atom.xml:") and "onerror" in f for f in findings):
        problems.append("atom.xml: the event handler in an entry's HTML was not found")
    return problems
