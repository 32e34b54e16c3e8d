"""Internal links and asset references (a, link, script, img, source) resolve to files, fragments included."""
from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from .findings import Finding, Result
from .site import html_pages, rel, resolve, url_path

TOOL = "links"
_REF_ATTRS = {"a": ("href",), "link": ("href",), "script": ("src",), "img": ("src", "srcset"),
              "source": ("src", "srcset"), "area": ("href",)}


@dataclass
class PageRefs:
    """The ids a page defines and the references it makes (tag, attribute, value, line)."""

    ids: set[str] = field(default_factory=set)
    refs: list[tuple[str, str, str, int]] = field(default_factory=list)


class _Collector(HTMLParser):
    """Collects ids (and `a name`) and link/asset references from one HTML document."""

    def __init__(self) -> None:
        """Start with nothing collected."""
        super().__init__(convert_charrefs=True)
        self.page = PageRefs()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Record the tag's id and any reference attributes."""
        values = {k: v for k, v in attrs if v is not None}
        if "id" in values:
            self.page.ids.add(values["id"])
        if tag == "a" and "name" in values:
            self.page.ids.add(values["name"])
        for attr in _REF_ATTRS.get(tag, ()):
            if attr not in values:
                continue
            if tag == "link" and not _link_is_followed(values):
                continue
            if attr == "srcset":
                for candidate in values[attr].split(","):
                    url = candidate.strip().split(" ")[0]
                    if url:
                        self.page.refs.append((tag, attr, url, self.getpos()[0]))
            else:
                self.page.refs.append((tag, attr, values[attr].strip(), self.getpos()[0]))

    handle_startendtag = handle_starttag


def _link_is_followed(attrs: dict[str, str]) -> bool:
    """Whether a `<link>` points at something a browser fetches or a person follows (not dns-prefetch etc.)."""
    rels = set(attrs.get("rel", "").lower().split())
    return not rels & {"dns-prefetch", "preconnect"}


def parse(path: Path) -> PageRefs:
    """The ids and references of one HTML file."""
    collector = _Collector()
    collector.feed(path.read_text(encoding="utf-8", errors="replace"))
    collector.close()
    return collector.page


def check(root: Path, pages: list[Path] | None = None) -> Result:
    """Check every reference of every page under `root`; external links are counted but not followed."""
    pages = pages if pages is not None else html_pages(root)
    parsed: dict[Path, PageRefs] = {}

    def page_refs(p: Path) -> PageRefs:
        """Parse a page once."""
        key = p.resolve()
        if key not in parsed:
            parsed[key] = parse(p)
        return parsed[key]

    findings: list[Finding] = []
    internal = external = 0
    for page in pages:
        base = "http://site.invalid" + url_path(root, page)  # a stand-in origin to resolve relative URLs
        for tag, attr, value, line in page_refs(page).refs:
            parts = urlsplit(urljoin(base, value))
            if parts.scheme not in ("http", "https") or parts.netloc != "site.invalid":
                external += 1  # another host, mailto:, tel:, data: ...
                continue
            internal += 1
            where = f"line {line}: <{tag} {attr}=\"{value}\">"
            target = resolve(root, parts.path or "/")
            if target is None:
                findings.append(Finding(rel(root, page), TOOL, f"{where}: no file for {parts.path}"))
                continue
            fragment = unquote(parts.fragment)
            if fragment and target.suffix == ".html" and fragment != "top":
                if fragment not in page_refs(target).ids:
                    findings.append(Finding(rel(root, page), TOOL,
                                            f"{where}: no id \"{fragment}\" in {rel(root, target)}"))
    summary = f"{TOOL}: {len(pages)} pages, {internal} internal references, {external} external not followed, " \
              f"{len(findings)} broken"
    return Result(TOOL, findings, summary)
