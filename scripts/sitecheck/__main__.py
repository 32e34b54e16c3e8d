"""Command line: `python3 -m sitecheck PUBLIC_DIR` runs every check and exits 1 on any finding."""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from . import axe, browser, contrast, links, reflow, screenshots, search, vnu
from .findings import Finding, Result
from .site import SiteServer, html_pages, rel, url_path

REPO = Path(__file__).resolve().parents[2]


def browser_checks(root: Path, pages: list[Path], shots: Path | None) -> list[Result]:
    """Load each page once in one Chromium: axe at 1280 px, then reflow and axe again at 320 px; screenshots."""
    axe_result, reflow_result = Result(axe.TOOL), Result(reflow.TOOL)
    results = [axe_result, reflow_result]
    narrow = f"at {reflow.WIDTH}px: "
    records = 0
    with SiteServer(root) as server:
        driver = browser.start()
        try:
            for page in pages:
                path = rel(root, page)
                try:
                    browser.set_viewport(driver, *browser.DESKTOP)
                    browser.load(driver, server.base + url_path(root, page))
                    wide = axe.check_page(driver, path)
                    browser.set_viewport(driver, reflow.WIDTH, 640)
                    reflow_result.findings += reflow.check_page(driver, path)
                    if reflow.has_records(driver):
                        records += 1
                        for width in reflow.PHONES:
                            browser.set_viewport(driver, width, 640)
                            found = reflow.check_records(driver, path, width)
                            if width != reflow.WIDTH:
                                found += reflow.check_page(driver, path, width)
                            reflow_result.findings += found
                        browser.set_viewport(driver, reflow.WIDTH, 640)
                    # Narrow layouts can break rules the wide one passes (e.g. a table that now scrolls).
                    seen = {f.message for f in wide}
                    axe_result.findings += wide + [f for f in axe.check_page(driver, path, narrow)
                                                   if f.message.removeprefix(narrow) not in seen]
                except Exception as error:  # a page that cannot be loaded or checked is itself a finding
                    axe_result.findings.append(Finding(path, axe.TOOL, f"could not check: {error}".strip()))
            version = axe.version(driver)
            results.append(search.check_all(driver, server.base, root))
            if shots is not None:
                results.append(screenshots.capture(driver, server.base, root, shots))
        finally:
            driver.quit()
    axe_result.summary = (f"{axe.TOOL}: {len(pages)} pages at {browser.DESKTOP[0]}px and {reflow.WIDTH}px, "
                          f"{len(axe_result.findings)} violations (axe-core {version}: {', '.join(axe.TAGS)})")
    reflow_result.summary = (f"{reflow.TOOL}: {len(pages)} pages at {reflow.WIDTH}px, {records} with record tables "
                             f"also at {' and '.join(map(str, reflow.PHONES))}px, {len(reflow_result.findings)} scroll horizontally")
    return results


def run(root: Path, shots: Path | None) -> list[Result]:
    """Run all checks over the site in `root` and return their results in report order."""
    pages = html_pages(root)
    if not pages:
        raise SystemExit(f"check-site: no .html files under {root}")
    validator = vnu.VnuRun(root, pages)  # slow to start: runs while the other checks do
    try:
        static = [contrast.check(root, pages), links.check(root, pages)]
        in_browser = browser_checks(root, pages, shots)
    except BaseException:
        validator.kill()
        raise
    return [validator.result(), *in_browser[:2], *static, *in_browser[2:]]


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, run the checks, print findings and summaries; 1 if anything was found."""
    parser = argparse.ArgumentParser(prog="check-site", description=__doc__)
    parser.add_argument("public_dir", type=Path, help="the built site (e.g. public/)")
    parser.add_argument("--screenshots", type=Path, metavar="DIR",
                        default=Path(os.environ.get("SCREENSHOT_DIR") or REPO / "screenshots"),
                        help="where to write screenshots (default: $SCREENSHOT_DIR or screenshots/ in the repo)")
    parser.add_argument("--no-screenshots", action="store_true", help="skip the screenshots")
    args = parser.parse_args(argv)
    root = args.public_dir.resolve()
    if not root.is_dir():
        parser.error(f"{args.public_dir} is not a directory")
    started = time.monotonic()
    results = run(root, None if args.no_screenshots else args.screenshots)
    findings = [f for r in results for f in sorted(r.findings)]
    for finding in findings:
        print(finding)
    for result in results:
        for note in result.notes:
            print(note)
    for result in results:
        print(result.summary)
    verdict = "FAILED" if findings else "passed"
    print(f"check-site: {verdict}, {len(findings)} findings, {time.monotonic() - started:.0f}s")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
