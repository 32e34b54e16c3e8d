"""Self-tests: a tiny fixture site with one planted fault per check proves each check can fail."""
from __future__ import annotations

import base64
from pathlib import Path

import pytest

from . import contrast, links
from .__main__ import main

# A 1×1 transparent PNG.
PIXEL = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=")

GOOD_CHART = """<figure class="chart" aria-labelledby="c1-title">
<svg class="chart chart-bar" role="img" aria-labelledby="c1-title c1-desc" viewBox="0 0 300 100" width="100%">
<title id="c1-title">Plans by category</title><desc id="c1-desc">Bar chart: neglect is the largest.</desc>
<defs><pattern id="c1-pattern-1" width="8" height="8" patternUnits="userSpaceOnUse">
<rect width="8" height="8" fill="#F46A25"/><rect width="3" height="8" fill="#ffffff" fill-opacity="0.5"/></pattern></defs>
<g class="marks"><rect class="mark series-0" x="0" y="10" width="40" height="90" fill="#12436D"/>
<rect class="mark series-1" x="50" y="30" width="40" height="70" fill="url(#c1-pattern-1)" stroke="#F46A25"/>
<rect class="mark series-0" x="100" y="50" width="40" height="50" fill="#12436D" stroke="#ffffff"/>
<path class="mark series-0" d="M150 100L200 40L250 100Z" fill="#12436D" fill-opacity="0.2"/>
<path class="mark series-0" d="M150 100L200 40L250 100" fill="none" stroke="#12436D" stroke-width="2.5"/>
<circle class="marker series-1" cx="280" cy="50" r="4" fill="#28A197" stroke="#ffffff"/></g>
</svg><figcaption id="fig-1">Plans by category</figcaption></figure>"""

BAD_CHART = """<svg class="chart chart-bar" id="pale" role="img" aria-label="Pale bars" viewBox="0 0 100 100">
<g class="marks"><rect class="mark series-0" width="40" height="90" fill="#ffdd00"/>
<path class="mark series-1" d="M50 100L90 10" fill="none" stroke="#bbbbbb"/></g></svg>"""


def page(title: str, body: str) -> str:
    """A complete, valid, accessible page around `body`."""
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title><link rel="stylesheet" href="/assets/site.css"></head>
<body><a href="#main">Skip to main content</a>
<header><nav aria-label="Main"><a href="/">Home</a></nav></header>
<main id="main"><h1>{title}</h1>
{body}
</main><footer><p>Footer</p></footer></body></html>
"""


FAULTS = {
    "broken-link.html": page("Broken link", '<p><a href="/no-such-page/">A page that is not there</a></p>'),
    "missing-fragment/index.html": page("Missing fragment", '<p><a href="/#nowhere">A missing anchor</a></p>'),
    "low-contrast.html": page("Low contrast", BAD_CHART),
    "overflow.html": page("Overflow", '<p style="width: 600px">This paragraph is wider than a phone.</p>'),
    "narrow-scroll.html": page("Narrow scroll", '<div style="overflow-x: auto"><p style="width: 600px">Scrolls '
                                                'only on a phone, and no keyboard can scroll it.</p></div>'),
    "invalid.html": page("Invalid", "<ul><p>A paragraph straight inside a list</p></ul>"),
    "wide-records.html": page("Wide records", '<div class="table-wrap" role="region" aria-label="Agenda" tabindex="0" '
                                              'style="overflow-x: auto"><table class="records" style="width: 900px">'
                                              '<caption>Agenda items</caption><thead><tr><th scope="col">Item</th>'
                                              '<th scope="col">Title</th></tr></thead><tbody><tr><th scope="row">1</th>'
                                              '<td>Welcome</td></tr></tbody></table></div>'),
    "no-alt.html": page("No alt", '<p><img src="/pixel.png" width="1" height="1"></p>'),
}
CLEAN = page("Home", f"""<p id="intro">Links: <a href="/low-contrast.html">chart</a>,
<a href="/missing-fragment/">fragment</a>, <a href="/#intro">intro</a>, <a href="mailto:a@example.org">email</a>,
<a href="https://example.org/elsewhere">elsewhere</a>.</p>
{GOOD_CHART}
<div class="table-wrap" role="region" aria-label="A wide table" tabindex="0" style="overflow-x: auto">
<table style="width: 900px"><caption>Wide</caption><thead><tr><th scope="col">A</th><th scope="col">B</th></tr></thead>
<tbody><tr><td>1</td><td>2</td></tr></tbody></table></div>""")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Write the fixture site: a clean home page plus one page per planted fault."""
    root = tmp_path_factory.mktemp("public")
    (root / "assets").mkdir()
    (root / "assets" / "site.css").write_text(
        "body { margin: 0 auto; max-width: 40rem; font-family: sans-serif; line-height: 2; }\n"
        "a { display: inline-block; min-height: 24px; min-width: 24px; }\n")  # 24px targets (WCAG 2.5.8)
    (root / "assets" / "broken.css").write_text("p { colour: red; }\n")
    (root / "pixel.png").write_bytes(PIXEL)
    (root / "index.html").write_text(CLEAN)
    for name, html in FAULTS.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(html)
    return root


def test_contrast_ratios_match_the_analysis_function_palette() -> None:
    """The WCAG maths gives the published ratios of the AF palette against white."""
    got = [round(contrast.ratio(contrast.parse_colour(c)[0]), 2) for c in ("#12436D", "#28A197", "#F46A25")]
    assert got == [10.25, 3.17, 3.03]
    assert contrast.parse_colour("rgb(255 0 0 / 50%)") == ((255, 0, 0), 0.5)


def test_contrast_flags_pale_marks_and_passes_good_ones(site: Path) -> None:
    """Pale fill and pale stroke are reported; solid, patterned, outlined and wash marks pass."""
    result = contrast.check(site)
    assert {f.path for f in result.findings} == {"low-contrast.html"}
    messages = " | ".join(f.message for f in result.findings)
    assert "fill #ffdd00 is 1.35:1" in messages and "stroke #bbbbbb is 1.92:1" in messages
    assert "2 charts, 8 marks" in result.summary


def test_links_flags_missing_files_and_fragments(site: Path) -> None:
    """A link to no file and a link to a missing id are reported; good and external links are not."""
    result = links.check(site)
    by_page = {f.path: f.message for f in result.findings}
    assert set(by_page) == {"broken-link.html", "missing-fragment/index.html"}
    assert "no file for /no-such-page/" in by_page["broken-link.html"]
    assert 'no id "nowhere" in index.html' in by_page["missing-fragment/index.html"]


def test_check_site_reports_every_planted_fault(site: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The whole run (vnu on HTML and CSS, axe, reflow, contrast, links) exits 1 and names each fault, only those."""
    status = main([str(site), "--screenshots", str(tmp_path / "shots")])
    lines = capsys.readouterr().out.splitlines()
    assert status == 1
    findings = [line for line in lines if line.split(": ")[0].endswith((".html", ".css"))]

    def found(path: str, tool: str, text: str) -> bool:
        """Whether some finding on `path` by `tool` contains `text`."""
        return any(line.startswith(f"{path}: {tool}: ") and text in line for line in findings)

    assert found("invalid.html", "vnu", "Element “p” not allowed as child of element “ul”")
    assert found("assets/broken.css", "vnu", "Property “colour” doesn't exist")
    assert found("no-alt.html", "axe", "image-alt (critical)")
    assert found("narrow-scroll.html", "axe", "at 320px: scrollable-region-focusable (serious)")
    assert not found("narrow-scroll.html", "reflow", "")  # its own scroll box keeps the page from scrolling
    assert found("overflow.html", "reflow", "scrolls horizontally at 320px")
    assert found("wide-records.html", "reflow", "record table scrolls sideways at 320px: Agenda items (900px in a")
    assert found("wide-records.html", "reflow", "record table scrolls sideways at 375px: Agenda items")
    assert not found("index.html", "reflow", "record table")  # a wide data table may scroll in its box
    assert found("low-contrast.html", "contrast", "chart pale")
    assert found("broken-link.html", "links", "no file for /no-such-page/")
    assert found("missing-fragment/index.html", "links", 'no id "nowhere"')
    assert not [line for line in findings if line.startswith("index.html:")], "the clean page must pass"
    for tool in ("vnu: 9 pages", "axe: 9 pages", "reflow: 9 pages at 320px, 1 with record tables also at 320 and 375px",
                 "contrast: 9 pages", "links: 9 pages"):
        assert any(line.startswith(tool) for line in lines), tool
    assert lines[-1].startswith("check-site: FAILED")
    # Of the pages to capture only the home page exists here, at each width.
    assert sorted(p.name for p in (tmp_path / "shots").glob("*.png")) == ["home-1280.png", "home-320.png", "home-375.png"]
