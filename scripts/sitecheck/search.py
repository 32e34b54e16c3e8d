"""Search: types queries into the Pagefind box on the home page and expects given pages among the results.

The index is in parts merged in the browser, so the queries find pages in the main bundle (meetings) and in a
merged one (report chapters); the member pages and lists that repeat what publications say must not be results."""
from __future__ import annotations

import time
from pathlib import Path

from selenium.webdriver.common.by import By

from . import browser
from .findings import Finding, Result

TOOL = "search"
QUERY = "neglect"
EXPECTED = "/reports/annual-report-2017-18/08-priority-3-neglect/"
# (query, a page it must find): one from each kind of bundle.
QUERIES = [(QUERY, EXPECTED), ("anecdotal", "/meetings/2018-10-18-sscb/")]
# Pages that are never search results: lists, member pages, tags, archives.
NOT_RESULTS = ("/members/", "/tags/", "/archive/", "/meetings/actions/", "/meetings/attendance/")


def check_all(driver, base: str, root: Path) -> Result:
    """Every query of QUERIES, as one result."""
    result = Result(TOOL)
    summaries = []
    for query, expected in QUERIES:
        one = check(driver, base, root, query, expected)
        result.findings += one.findings
        summaries.append(one.summary.removeprefix(f"{TOOL}: "))
    result.summary = f"{TOOL}: " + "; ".join(summaries)
    return result


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
    for link in links:
        if any(part in link for part in NOT_RESULTS):
            result.findings.append(Finding("index.html", TOOL, f'"{query}" found {link}, a page that repeats others and is not indexed'))
    result.summary = f'{TOOL}: "{query}" from the home page, {len(links)} result links, {len(result.findings)} problems'
    return result
