"""WCAG 1.4.11 Non-text contrast: chart marks in inline `<svg class="chart">` reach 3:1 against white."""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from .findings import Finding, Result
from .site import html_pages, rel

TOOL = "contrast"
MINIMUM = 3.0
WHITE = (255, 255, 255)
MARK_TAGS = {"rect", "path", "circle", "ellipse", "polyline", "polygon", "line"}
MARK_CLASSES = {"mark", "marker"}
_INHERITED = ("fill", "stroke", "fill-opacity", "stroke-opacity", "stroke-width", "color", "visibility")
_NAMED = {"black": "#000000", "white": "#ffffff", "red": "#ff0000", "green": "#008000", "blue": "#0000ff",
          "grey": "#808080", "gray": "#808080", "silver": "#c0c0c0", "navy": "#000080", "orange": "#ffa500",
          "purple": "#800080", "teal": "#008080", "maroon": "#800000", "yellow": "#ffff00",
          "lightgrey": "#d3d3d3", "lightgray": "#d3d3d3", "darkgrey": "#a9a9a9", "darkgray": "#a9a9a9"}


def luminance(rgb: tuple[float, float, float]) -> float:
    """WCAG relative luminance of an sRGB colour with 0–255 channels."""
    def linear(c: float) -> float:
        """Linearise one sRGB channel."""
        c /= 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (linear(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def ratio(a: tuple[float, float, float], b: tuple[float, float, float] = WHITE) -> float:
    """WCAG contrast ratio between two colours (against white by default)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def parse_colour(value: str) -> tuple[tuple[int, int, int], float] | None:
    """An (rgb, alpha) pair for a CSS colour (#rgb, #rgba, #rrggbb, #rrggbbaa, rgb(), rgba(), a few names)."""
    v = _NAMED.get(value.strip().lower(), value.strip().lower())
    if m := re.fullmatch(r"#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})", v):
        h = m.group(1)
        if len(h) in (3, 4):
            h = "".join(c * 2 for c in h)
        alpha = int(h[6:8], 16) / 255 if len(h) == 8 else 1.0
        return (int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)), alpha
    if m := re.fullmatch(r"rgba?\(\s*([\d.]+%?)[\s,]+([\d.]+%?)[\s,]+([\d.]+%?)(?:\s*[,/]\s*([\d.]+%?))?\s*\)", v):
        def channel(s: str) -> int:
            """One 0–255 channel from a number or percentage."""
            return round(float(s[:-1]) * 2.55) if s.endswith("%") else round(float(s))
        a = m.group(4)
        alpha = 1.0 if a is None else float(a[:-1]) / 100 if a.endswith("%") else float(a)
        return (channel(m.group(1)), channel(m.group(2)), channel(m.group(3))), alpha
    return None


@dataclass
class Node:
    """An SVG element: its tag, own presentation properties (attributes overridden by `style`), family."""

    tag: str
    attrs: dict[str, str]
    parent: "Node | None" = None
    children: list["Node"] = field(default_factory=list)

    def own(self, name: str) -> str | None:
        """The element's own value for a presentation property, `style` winning over the attribute."""
        for decl in self.attrs.get("style", "").split(";"):
            key, _, val = decl.partition(":")
            if key.strip().lower() == name and val.strip():
                return val.strip().removesuffix("!important").strip()
        return self.attrs.get(name)

    def get(self, name: str, default: str) -> str:
        """A property's value, inherited from ancestors for inherited properties."""
        node: Node | None = self
        while node is not None:
            value = node.own(name)
            if value is not None and value != "inherit":
                return value
            if name not in _INHERITED:
                break
            node = node.parent
        return default

    def opacity(self) -> float:
        """The product of `opacity` over the element and its ancestors."""
        total, node = 1.0, self
        while node is not None:
            total *= _number(node.own("opacity"), 1.0)
            node = node.parent
        return total

    def classes(self) -> set[str]:
        """The element's class tokens."""
        return set(self.attrs.get("class", "").split())

    def describe(self) -> str:
        """A short tag-and-class label like `<rect class="mark series-1">`."""
        cls = self.attrs.get("class")
        return f"<{self.tag} class=\"{cls}\">" if cls else f"<{self.tag}>"

    def hidden(self) -> bool:
        """Whether the element or an ancestor is not rendered (display:none, visibility hidden)."""
        node: Node | None = self
        while node is not None:
            if node.own("display") == "none":
                return True
            node = node.parent
        return self.get("visibility", "visible") in ("hidden", "collapse")

    def walk(self) -> "list[Node]":
        """This element and all its descendants in document order."""
        out = [self]
        for child in self.children:
            out.extend(child.walk())
        return out


def _number(value: str | None, default: float) -> float:
    """A float from a number or percentage string, or `default`."""
    if value is None:
        return default
    v = value.strip()
    try:
        return float(v[:-1]) / 100 if v.endswith("%") else float(re.sub(r"px$", "", v))
    except ValueError:
        return default


class _SvgCollector(HTMLParser):
    """Builds element trees for every inline `<svg>` whose class includes `chart`."""

    def __init__(self) -> None:
        """Start with no charts."""
        super().__init__(convert_charrefs=True)
        self.charts: list[tuple[Node, int]] = []
        self.stack: list[Node] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Open an element inside a chart (or a chart's root `<svg>`)."""
        values = {k: v or "" for k, v in attrs}
        if not self.stack:
            if tag == "svg" and "chart" in values.get("class", "").split():
                root = Node(tag, values)
                self.charts.append((root, self.getpos()[0]))
                self.stack.append(root)
            return
        node = Node(tag, values, self.stack[-1])
        self.stack[-1].children.append(node)
        self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """A self-closed element: open and close it at once."""
        self.handle_starttag(tag, attrs)
        if self.stack and self.stack[-1].tag == tag:
            self.stack.pop()

    def handle_endtag(self, tag: str) -> None:
        """Close the innermost open element with this tag."""
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return


def charts_in(path: Path) -> list[tuple[Node, int]]:
    """The chart SVG trees in one HTML file, each with its line number."""
    collector = _SvgCollector()
    collector.feed(path.read_text(encoding="utf-8", errors="replace"))
    collector.close()
    return collector.charts


@dataclass
class Paint:
    """One painted colour of a mark: which property, the colour as written, its effective RGB and ratio."""

    prop: str
    written: str
    rgb: tuple[float, float, float]
    alpha: float

    @property
    def contrast(self) -> float:
        """Contrast of the colour composited on white."""
        return ratio(self.rgb)


def _composite(rgb: tuple[int, int, int], alpha: float) -> tuple[float, float, float]:
    """`rgb` at `alpha` over white."""
    return tuple(alpha * c + (1 - alpha) * 255 for c in rgb)  # type: ignore[return-value]


def _paints(node: Node, prop: str, ids: dict[str, Node]) -> tuple[list[Paint], str | None]:
    """The colours `prop` (fill or stroke) paints a mark with, or an error if one cannot be worked out."""
    default = "black" if prop == "fill" else "none"
    value = node.get(prop, default).strip()
    if value.lower() in ("none", "transparent"):
        return [], None
    if prop == "stroke" and _number(node.get("stroke-width", "1"), 1.0) <= 0:
        return [], None
    alpha = _number(node.get(f"{prop}-opacity", "1"), 1.0) * node.opacity()
    sources: list[tuple[str, Node]] = [(value, node)]
    if m := re.match(r"url\(\s*['\"]?#([^'\")]+)['\"]?\s*\)\s*(.*)", value):
        ref, fallback = ids.get(m.group(1)), m.group(2).strip()
        if ref is None:
            if not fallback:
                return [], f"{prop} {value} refers to no element"
            sources = [(fallback, node)]
        elif ref.tag == "pattern":
            # The pattern's first painted child is its base colour (any lighter texture sits on top).
            base = next((c for c in ref.children if c.get("fill", "black") not in ("none", "transparent")), None)
            if base is None:
                return [], f"{prop} {value}: the pattern paints nothing"
            sources = [(base.get("fill", "black"), base)]
        elif ref.tag in ("lineargradient", "radialgradient"):
            sources = [(s.get("stop-color", "black"), s) for s in ref.walk() if s.tag == "stop"]
        else:
            return [], f"{prop} {value} refers to a <{ref.tag}>"
    paints = []
    for written, owner in sources:
        w = written.strip()
        if w.lower() == "currentcolor":
            w = owner.get("color", "#000000")
        parsed = parse_colour(w)
        if parsed is None:
            return [], f"{prop} \"{written}\" is not a colour this check understands"
        rgb, a = parsed
        stop_alpha = _number(owner.own("stop-opacity"), 1.0) if owner.tag == "stop" else 1.0
        paints.append(Paint(prop, written if written == value else f"{value} → {written}",
                            _composite(rgb, a * alpha * stop_alpha), a * alpha * stop_alpha))
    return paints, None


def check_chart(svg: Node) -> tuple[int, list[str]]:
    """The number of marks in a chart and a message per failing kind of mark."""
    ids = {n.attrs["id"]: n for n in svg.walk() if "id" in n.attrs}
    marks = [n for n in svg.walk() if n.tag in MARK_TAGS and n.classes() & MARK_CLASSES and not n.hidden()]
    passing_series: set[str] = set()
    failing: list[tuple[Node, list[Paint], str | None]] = []
    for mark in marks:
        fill, fill_error = _paints(mark, "fill", ids)
        stroke, stroke_error = _paints(mark, "stroke", ids)
        paints = fill + stroke
        error = fill_error or stroke_error
        # A mark passes if its fill or its stroke (all of a gradient's stops) reaches 3:1 on white.
        best = {p.prop: min(q.contrast for q in paints if q.prop == p.prop) for p in paints}
        if not error and best and max(best.values()) >= MINIMUM - 1e-9:
            passing_series |= {c for c in mark.classes() if c.startswith("series-")}
        else:
            failing.append((mark, paints, error))
    grouped: dict[str, int] = defaultdict(int)
    for mark, paints, error in failing:
        # A translucent wash (e.g. the light area under a line) is not needed to see the data when a solid
        # mark of the same series in the same chart carries the 3:1 contrast.
        series = {c for c in mark.classes() if c.startswith("series-")}
        if not error and paints and all(p.alpha < 1 for p in paints) and series & passing_series:
            continue
        if error:
            grouped[f"{mark.describe()}: {error}"] += 1
        elif not paints:
            grouped[f"{mark.describe()}: has neither fill nor stroke"] += 1
        else:
            said = ", ".join(f"{p.prop} {p.written}" + (f" at opacity {p.alpha:.2g}" if p.alpha < 1 else "")
                             + f" is {p.contrast:.2f}:1" for p in paints)
            grouped[f"{mark.describe()}: {said} against white (needs {MINIMUM:g}:1)"] += 1
    return len(marks), [f"{msg} ({n} marks)" if n > 1 else msg for msg, n in grouped.items()]


def check(root: Path, pages: list[Path] | None = None) -> Result:
    """Check every chart mark on every page under `root`."""
    pages = pages if pages is not None else html_pages(root)
    findings: list[Finding] = []
    chart_count = mark_count = 0
    for page in pages:
        for svg, line in charts_in(page):
            chart_count += 1
            n, messages = check_chart(svg)
            mark_count += n
            name = svg.attrs.get("id") or f"line {line}"
            findings += [Finding(rel(root, page), TOOL, f"chart {name}: {m}") for m in messages]
    summary = (f"{TOOL}: {len(pages)} pages, {chart_count} charts, {mark_count} marks, "
               f"{len(findings)} below {MINIMUM:g}:1")
    return Result(TOOL, findings, summary)
