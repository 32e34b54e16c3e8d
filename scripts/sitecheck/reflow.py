"""WCAG 1.4.10 Reflow: at 320 CSS px wide the document must not scroll horizontally; on phones (320 and
375 px) record tables (`table.records`: agendas, actions, sign-offs) must read top to bottom, so they may not
scroll sideways even inside their own box."""
from __future__ import annotations

from selenium.webdriver.remote.webdriver import WebDriver

from .findings import Finding

TOOL = "reflow"
WIDTH = 320
PHONES = (320, 375)

# Measures the document and names the widest elements sticking out of it that are not inside a
# container that scrolls by itself (e.g. `.table-wrap { overflow-x: auto }`).
_MEASURE = r"""
const doc = document.documentElement;
const limit = doc.clientWidth;
const result = {scrollWidth: doc.scrollWidth, clientWidth: limit, culprits: []};
if (doc.scrollWidth <= limit) return result;
function clipped(el) {
  for (let p = el.parentElement; p && p !== document.body && p !== doc; p = p.parentElement) {
    const ox = getComputedStyle(p).overflowX;
    if (ox === 'auto' || ox === 'scroll' || ox === 'hidden' || ox === 'clip') return true;
  }
  return false;
}
function describe(el) {
  let s = el.tagName.toLowerCase();
  if (el.id) s += '#' + el.id;
  else if (el.classList.length) s += '.' + Array.from(el.classList).join('.');
  const parent = el.parentElement;
  if (parent && parent !== document.body) {
    let p = parent.tagName.toLowerCase();
    if (parent.id) p += '#' + parent.id; else if (parent.classList.length) p += '.' + parent.classList[0];
    s = p + ' > ' + s;
  }
  return s;
}
const over = [];
for (const el of document.body.querySelectorAll('*')) {
  const r = el.getBoundingClientRect();
  const right = r.right + window.scrollX;
  if (right > limit + 0.5 && r.width > 0 && !clipped(el)) over.push([right, el]);
}
// Keep the outermost offenders: drop an element whose overflowing ancestor is already listed.
const listed = new Set(over.map(o => o[1]));
const outer = over.filter(([, el]) => { for (let p = el.parentElement; p; p = p.parentElement) if (listed.has(p)) return false; return true; });
outer.sort((a, b) => b[0] - a[0]);
result.culprits = outer.slice(0, 3).map(([right, el]) => describe(el) + ' (right edge ' + Math.round(right) + 'px)');
return result;
"""


def check_page(driver: WebDriver, path: str, width: int = WIDTH) -> list[Finding]:
    """Measure the page already laid out at `width` px; a finding if the document is wider than the viewport."""
    m = driver.execute_script(_MEASURE)
    if m["scrollWidth"] <= m["clientWidth"]:
        return []
    where = "; ".join(m["culprits"]) or "no single element found"
    return [Finding(path, TOOL, f"scrolls horizontally at {width}px: document is {m['scrollWidth']}px wide "
                                f"in a {m['clientWidth']}px viewport; widest: {where}")]


# Each record table that is wider than the box it sits in (so it scrolls sideways there), by its caption.
_RECORDS = r"""
const wide = [];
for (const table of document.querySelectorAll('table.records')) {
  const box = table.parentElement;
  const limit = Math.min(box.clientWidth, document.documentElement.clientWidth);
  if (table.scrollWidth > limit + 0.5 || box.scrollWidth > box.clientWidth + 0.5) {
    const caption = table.caption ? table.caption.textContent.trim() : table.className;
    wide.push(caption + ' (' + Math.round(table.scrollWidth) + 'px in a ' + Math.round(limit) + 'px box)');
  }
}
return {count: document.querySelectorAll('table.records').length, wide: wide};
"""


def has_records(driver: WebDriver) -> bool:
    """Whether the loaded page has a record table."""
    return bool(driver.execute_script(_RECORDS)["count"])


def check_records(driver: WebDriver, path: str, width: int) -> list[Finding]:
    """Findings for record tables that scroll sideways at `width` px (the page is already laid out there)."""
    return [Finding(path, TOOL, f"record table scrolls sideways at {width}px: {wide}")
            for wide in driver.execute_script(_RECORDS)["wide"]]
