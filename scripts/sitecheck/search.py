"""Search: types a query into the Pagefind box on the home page and expects a given page among the results."""
from __future__ import annotations

import time
from pathlib import Path

from selenium.webdriver.common.by import By

from . import browser
from .findings import Finding, Result

TOOL = "search"
QUERY = "neglect"
EXPECTED = "/reports/annual-report-2017-18/08-priority-3-neglect/"


def check(driver, base: str, root: Path, query: str = QUERY, expected: str = EXPECTED) -> Result:
    """Search from the home page like a reader; a missing index or an absent expected result is a finding."""
    result = Result(TOOL)
    home = root / "index.html"
    has_box = home.is_file() and 'id="search"' in home.read_text(encoding="utf-8", errors="replace")
    if not has_box:
        result.summary = f"{TOOL}: the site has no search box (built without Pagefind), not checked"
        return result
    if not (root / "pagefind" / "pagefind-ui.js").is_file():
        result.summary = f"{TOOL}: search box without an index"
        result.findings.append(Finding("index.html", TOOL, "the page has a search box but the site has no pagefind/pagefind-ui.js"))
        return result
    browser.set_viewport(driver, *browser.DESKTOP)
    browser.load(driver, base + "/")
    links: list[str] = []
    try:
        box = driver.find_element(By.CSS_SELECTOR, "#search input")
        box.send_keys(query)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and not any(expected in link for link in links):
            time.sleep(0.25)
            links = [a.get_attribute("href") or "" for a in driver.find_elements(By.CSS_SELECTOR, "#search a")]
    except Exception as error:  # no box, or the script failed: the reader could not search
        result.findings.append(Finding("index.html", TOOL, f"could not search: {error}".strip()))
    if not result.findings and not any(expected in link for link in links):
        result.findings.append(Finding("index.html", TOOL, f'"{query}" did not find {expected} ({len(links)} results)'))
    result.summary = f'{TOOL}: "{query}" from the home page, {len(links)} result links, {len(result.findings)} problems'
    return result
