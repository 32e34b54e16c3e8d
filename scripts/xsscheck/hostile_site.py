"""Writes a site whose every author-controlled field holds a payload, and says where each should show."""
from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from pathlib import Path


def q(text: str) -> str:
    """`text` as a YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text)


class Expectations:
    """Which payloads each page must show as text, by root-relative URL (`/pages/p0/`)."""

    def __init__(self) -> None:
        self.text: dict[str, list[tuple[str, str]]] = defaultdict(list)
        self.title: dict[str, list[tuple[str, str]]] = defaultdict(list)
        self.everywhere: list[tuple[str, str]] = []

    def shows(self, url: str, field: str, payload: str) -> None:
        """The page at `url` must show `payload` (put in `field`) in its text."""
        self.text[url].append((field, payload))

    def titled(self, url: str, field: str, payload: str) -> None:
        """The page at `url` must have `payload` in its <title>."""
        self.title[url].append((field, payload))


def write(root: Path, payloads: list[str]) -> Expectations:
    """Write the site under `root` (content/ only) and return where each payload must appear."""
    p = payloads
    n = len(p)
    pick = lambda i: p[i % n]  # noqa: E731
    files: dict[str, str] = {}
    expect = Expectations()

    # Registries: the site title and contact details show on every page.
    site_title = "Board " + pick(6) + " " + pick(1)
    board = "Board of " + pick(7)
    files["content/site.yaml"] = "\n".join([
        f"title: {q(site_title)}", "base_url: https://example.org/", f"description: {q(pick(0))}",
        f"boards:\n  - {{name: {q(board)}, code: TB}}",
        f"contact: {{email: {q(pick(1))}, phone: {q(pick(2))}, address: {q(pick(3))}}}",
        f"accessibility:\n  compliance: partial\n  non_accessible: [{q(pick(8))}]\n  method: {q(pick(9))}\n"
        "  prepared: 2018-09-20\n  reviewed: 2019-09-20",
    ]) + "\n"
    expect.everywhere = [("site title", site_title), ("contact email", pick(1))]
    expect.shows("/", "contact phone", pick(2))

    files["content/members.yaml"] = "".join(
        f"- {{initials: M{i}, name: {q('Name ' + s)}, role: {q(s)}, organisation: {q('Org ' + s)}, boards: [TB]}}\n"
        for i, s in enumerate(p))
    for i, s in enumerate(p):
        expect.shows("/members/", "member name", "Name " + s)
        expect.shows("/members/", "member role", s)
        expect.shows(f"/members/m{i}/", "member name", "Name " + s)
        expect.shows(f"/members/m{i}/", "member organisation", "Org " + s)

    files["content/glossary.yaml"] = f"XSS: {q(pick(1))}\n" + "".join(f"{q(s)}: {q('Expansion ' + s)}\n" for s in p)
    for s in p:
        expect.shows("/glossary/", "acronym", s)
        expect.shows("/glossary/", "expansion", "Expansion " + s)

    # A data set whose cells, header, labels, units, title, source and notes are payloads.
    data = io.StringIO()
    writer = csv.writer(data, lineterminator="\n")
    writer.writerow(["label", pick(0), "value"])
    for i, s in enumerate(p):
        writer.writerow([s, i, i + 1])
    files["content/data/xss.csv"] = data.getvalue()
    files["content/data/xss.meta.yaml"] = "\n".join([
        f"title: {q(pick(10))}", f"source: {q(pick(11))}", f"notes: [{q(pick(12))}]",
        f"columns:\n  value: {{label: {q(pick(13))}, unit: {q(pick(14))}, format: integer}}",
    ]) + "\n"

    def page(path: str, front: list[str], body: str = "") -> None:
        files[path] = "---\n" + "\n".join(front) + "\n---\n\n" + body

    page("content/pages/table.md", ["title: Table"], f"```table\ncaption: {q(pick(15))}\ndata: xss.csv\n```\n")
    for field, s in [("caption", pick(15)), ("column header", pick(0)), ("column label", pick(13)),
                     ("unit", pick(14)), ("data source", pick(11)), ("data note", pick(12))] + \
            [("table cell", s) for s in p]:
        expect.shows("/pages/table/", field, s)

    page("content/pages/chart.md", ["title: Chart"],
         f"```chart\ntype: bar\ntitle: {q(pick(16))}\ndata: xss.csv\nx: label\ny: [value]\nhighlight: {q(pick(3))}\n```\n\n"
         f"```chart\ntype: line\ndata: xss.csv\nx: label\ny: [{q(pick(0))}, value]\n```\n")
    expect.shows("/pages/chart/", "chart title", pick(16))
    expect.shows("/pages/chart/", "chart title from the sidecar", pick(10))
    for s in p:
        expect.shows("/pages/chart/", "chart category", s)

    inline = io.StringIO()
    writer = csv.writer(inline, lineterminator="\n")
    writer.writerow(["a", "b"])
    for s in p:
        writer.writerow([s, s])
    page("content/pages/inline.md", ["title: Inline"],
         f"```table\ncaption: Inline\nsource: {q(pick(18))}\nnotes: [{q(pick(19))}]\ncolumns:\n  b: {{label: {q(pick(17))}}}\n---\n"
         + inline.getvalue() + "```\n\n```figures\n"
         + "".join(f"- {{value: {q(s)}, label: {q('Label ' + s)}, source: {q('Source ' + s)}}}\n" for s in p[:8]) + "```\n")
    for field, s in [("inline column label", pick(17)), ("inline source", pick(18)), ("inline note", pick(19))] + \
            [("inline cell", s) for s in p] + [("key figure", s) for s in p[:8]] + \
            [("key figure label", "Label " + s) for s in p[:8]] + [("key figure source", "Source " + s) for s in p[:8]]:
        expect.shows("/pages/inline/", field, s)

    # One page a payload: title, summary and tag, and the payload in code and next to script-address links.
    links = ("[a javascript link](javascript:alert(1)) [upper case](JaVaScRiPt:alert(1)) <javascript:alert(1)> "
             "[vbscript](vbscript:msgbox(1)) [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) "
             "![image](javascript:alert(1)) <b onmouseover=alert(1)>raw HTML</b> <script>alert(1)</script> XSS")
    for i, s in enumerate(p):
        page(f"content/pages/p{i}.md", [f"title: {q(s)}", f"summary: {q('Summary ' + s)}", f"tags: [{q(s)}]"],
             f"`{s}`\n\n{links}\n")
        url = f"/pages/p{i}/"
        expect.shows(url, "page title", s)
        expect.titled(url, "page title", s)
        expect.shows(url, "code in the body", s)
        expect.shows("/pages/", "title in the section list", s)
        expect.shows("/pages/", "summary in the section list", "Summary " + s)

    page("content/pages/accessibility.md", ["title: Accessibility statement", "layout: accessibility-statement"])
    expect.shows("/pages/accessibility/", "non-accessible content", pick(8))
    expect.shows("/pages/accessibility/", "testing method", pick(9))

    # One meeting a payload: venue, agenda, papers, guests and actions.
    for i, s in enumerate(p):
        day = f"2018-10-{i + 1:02d}"
        page(f"content/meetings/{day}-tb.md", [
            "board: TB", f"date: {day}", 'time: "10:00"', f"venue: {q(s)}", f"chair: M{i}",
            f"present: [M{i}, {{name: {q('Guest ' + s)}, role: {q(s)}}}]",
            f"agenda:\n  - {{number: 1, title: {q(s)}, paper: {q(s)}, pages: {q(s)}, purpose: {q(s)}}}",
            f"actions:\n  - {{id: TB 1819_{i + 1}, item: 1, text: {q('Action ' + s)}, owner: M{i}, due: 2018-12-01, status: open}}",
            "status: approved minutes"], "## 1. Welcome\n\nThe chair welcomed members.\n")
        url = f"/meetings/{day}-tb/"
        for field, value in [("venue", s), ("agenda title, paper and purpose", s), ("guest", "Guest " + s),
                             ("chair", "Name " + s), ("action text", "Action " + s), ("board name", board)]:
            expect.shows(url, field, value)
        expect.shows("/meetings/actions/", "action text", "Action " + s)
        expect.shows(f"/members/m{i}/", "action text", "Action " + s)

    # Bulletins, with their email editions.
    for i in range(3):
        s = pick(20 + i)
        page(f"content/bulletins/2018-0{i + 1}-tusk-{i + 1}.md",
             [f"title: {q(s)}", f"issue: {i + 1}", f'month: "2018-0{i + 1}"', f"themes: [{q('Theme ' + s)}]"],
             f"## {i + 1}. Item\n\n`{s}`\n")
        for url in (f"/bulletins/2018-0{i + 1}-tusk-{i + 1}/", f"/bulletins/2018-0{i + 1}-tusk-{i + 1}/email.html"):
            expect.shows(url, "bulletin title", s)

    # A cover report and a multi-chapter report.
    page("content/reports/cover.md", [
        f"title: {q(pick(20))}", "kind: cover", 'year: "2018/19"', "date: 2018-09-20", f"to: {q(pick(21))}",
        f"lead_officer: {q(pick(22))}", f"author: {q(pick(23))}",
        f"sign_off:\n  - {{role: {q(pick(24))}, name: {q(pick(25))}, date: 2018-09-01}}",
        f"recommendations: [{q(pick(26))}, {q(pick(27))}]",
        f"strategy_links: [{q(pick(4))}, {q(pick(28))}, ../pages/p0.md]"], "The report.\n")
    for field, index in [("title", 20), ("to", 21), ("lead officer", 22), ("author", 23), ("sign-off role", 24),
                         ("sign-off name", 25), ("recommendation", 26), ("recommendation", 27),
                         ("strategy link", 4), ("strategy link", 28)]:
        expect.shows("/reports/cover/", field, pick(index))
    page("content/reports/annual/index.md", [
        f"title: {q(pick(0))}", 'year: "2018/19"', "chapters: [one.md]",
        f"key_figures:\n  - {{value: {q(pick(1))}, label: {q(pick(2))}, source: {q(pick(3))}}}"], "Introduction.\n")
    page("content/reports/annual/one.md", [f"title: {q(pick(5))}", "number: 1"], "Chapter one.\n")
    for field, index in [("report title", 0), ("key figure", 1), ("key figure label", 2), ("key figure source", 3),
                         ("chapter title", 5)]:
        expect.shows("/reports/annual/", field, pick(index))
    expect.shows("/reports/annual/one/", "chapter title", pick(5))

    for path, text in files.items():
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return expect
