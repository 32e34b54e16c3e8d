"""The checks: each page in Chromium with alert, prompt and confirm hooked, its DOM scanned for script
hooks, and its text searched for the payloads; feeds and other files parsed and scanned the same way."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import icalendar
from selenium.common.exceptions import UnexpectedAlertPresentException, WebDriverException

from .hostile_site import Expectations

# Runs before any script of each document: a payload that runs is recorded instead of blocking on a dialog.
HOOKS = """
window.__xss = [];
for (const name of ['alert', 'prompt', 'confirm', 'print']) {
  window[name] = function (...args) { window.__xss.push(name + '(' + args.map(String).join(', ') + ')'); };
}
"""

# Scans the live DOM (after the parser and any script ran) for ways a payload could run later.
DOM_SCAN = """
const findings = [];
const urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'srcdoc', 'background'];
const blocked = ['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'style', 'form'];
let linkedData = 0;
for (const element of document.querySelectorAll('*')) {
  const tag = element.localName;
  // The theme's one schema.org block in the head is data, never run; a payload that broke out of it would
  // leave text that is not JSON, or a second element.
  if (tag === 'script' && element.type === 'application/ld+json' && element.parentElement.localName === 'head') {
    linkedData += 1;
    try { JSON.parse(element.textContent); } catch (error) { findings.push('JSON-LD that is not JSON'); }
    if (linkedData > 1) findings.push('more than one JSON-LD block');
    continue;
  }
  if (blocked.includes(tag)) findings.push('a <' + tag + '> element');
  if (tag === 'meta' && (element.getAttribute('http-equiv') || '').toLowerCase() === 'refresh') findings.push('a meta refresh');
  for (const attribute of element.attributes) {
    const name = attribute.name.toLowerCase();
    if (name.startsWith('on')) findings.push('an event handler ' + name + '= on <' + tag + '>');
    if (urlAttributes.includes(name)) {
      const value = attribute.value.replace(/[\\u0000-\\u0020]/g, '').toLowerCase();
      if (/^(javascript|vbscript|data):/.test(value) && !/^data:image\\/(png|gif|jpeg|webp)[;,]/.test(value)) {
        findings.push(name + '="' + attribute.value + '" on <' + tag + '>');
      }
    }
    if (name === 'style' && /expression\\(|javascript:/i.test(attribute.value)) findings.push('script in a style attribute');
  }
}
for (const details of document.querySelectorAll('details')) details.open = true;
return {findings: findings, calls: window.__xss || ['the hooks were not installed'],
        text: document.body ? document.body.innerText : '', title: document.title};
"""


def check_pages(driver, base: str, pages: list[str], expect: Expectations) -> tuple[list[str], int]:
    """Load each root-relative URL in `pages`; return the findings and the number of text checks made."""
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": HOOKS})
    findings: list[str] = []
    checked = 0
    for url in pages:
        try:
            driver.get(base + url)
            result = driver.execute_script(DOM_SCAN)
        except UnexpectedAlertPresentException as error:
            findings.append(f"{url}: a dialog opened despite the hooks: {error.alert_text}")
            continue
        except WebDriverException as error:
            findings.append(f"{url}: could not be checked: {error.msg}")
            continue
        findings += [f"{url}: a payload ran: {call}" for call in result["calls"]]
        findings += [f"{url}: {finding}" for finding in result["findings"]]
        text = " ".join(result["text"].split())
        wanted = [(field, payload, "text") for field, payload in expect.everywhere + expect.text.get(url, [])]
        wanted += [(field, payload, "title") for field, payload in expect.title.get(url, [])]
        for field, payload, where in wanted:
            checked += 1
            haystack = result["title"] if where == "title" else text
            if " ".join(payload.split()) not in haystack:
                findings.append(f"{url}: the {field} {payload!r} is not shown as text in the page's {where}")
    missing = sorted(set(expect.text) - set(pages))
    findings += [f"{url}: the build has no such page, but payloads were put there" for url in missing]
    return findings, checked


class _TagScanner(HTMLParser):
    """Finds script elements, event handlers and script addresses in an HTML fragment (feeds, emails)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.findings: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Record what in this start tag could run a script."""
        if tag in ("script", "iframe", "frame", "object", "embed", "applet", "base", "style", "form"):
            self.findings.append(f"a <{tag}> element")
        for name, value in attrs:
            if name.startswith("on"):
                self.findings.append(f"an event handler {name}= on <{tag}>")
            squeezed = "".join(ch for ch in (value or "") if ord(ch) > 0x20).lower()
            if name in ("href", "src", "action", "formaction", "xlink:href", "data", "poster") and \
                    squeezed.startswith(("javascript:", "vbscript:", "data:")) and \
                    not squeezed.startswith(("data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp")):
                self.findings.append(f'{name}="{value}" on <{tag}>')


def scan_html(html: str) -> list[str]:
    """What in an HTML fragment could run a script, as findings."""
    scanner = _TagScanner()
    scanner.feed(html)
    scanner.close()
    return scanner.findings


def check_files(root: Path, payloads: list[str]) -> list[str]:
    """Feeds and the sitemap must parse and embed no live HTML; the calendar must give back each payload (all are venues)."""
    findings: list[str] = []
    for path in sorted(root.rglob("*.xml")):
        rel = path.relative_to(root).as_posix()
        try:
            tree = ET.parse(path)
        except ET.ParseError as error:
            findings.append(f"{rel}: not well-formed XML: {error}")
            continue
        for element in tree.iter():
            if element.tag.endswith("}content") and element.get("type") == "html" and element.text:
                findings += [f"{rel}: in an entry's HTML: {f}" for f in scan_html(element.text)]
    for path in sorted(root.rglob("*.json")):
        rel = path.relative_to(root).as_posix()
        try:
            feed = json.loads(path.read_text(encoding="utf-8"))
        except ValueError as error:
            findings.append(f"{rel}: not valid JSON: {error}")
            continue
        for item in feed.get("items", []) if isinstance(feed, dict) else []:
            findings += [f"{rel}: in an item's content_html: {f}" for f in scan_html(item.get("content_html", ""))]
    for path in sorted(root.rglob("*.ics")):
        rel = path.relative_to(root).as_posix()
        # iCalendar escapes \\ ; , and line breaks in text; a value that does not come back whole was mangled
        # or could have started a property of its own.
        try:
            calendar = icalendar.Calendar.from_ical(path.read_bytes())
        except ValueError as error:
            findings.append(f"{rel}: not a valid calendar: {error}")
            continue
        locations = {str(event.get("location")) for event in calendar.walk("VEVENT")}
        findings += [f"{rel}: the venue {payload!r} does not come back whole from LOCATION"
                     for payload in payloads if payload not in locations]
    return findings
