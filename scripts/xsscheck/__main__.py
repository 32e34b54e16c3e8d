"""Command line: `python3 -m xsscheck --quorum PATH` builds the hostile site, checks it, exits 1 on any finding."""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sitecheck import browser
from sitecheck.site import SiteServer, html_pages, url_path

from . import hostile_site, payloads, probe, selftest

REPO = Path(__file__).resolve().parents[2]


def main(argv: list[str] | None = None) -> int:
    """Run the self-test, build the hostile site, check every page; 0 clean, 1 findings, 2 the checker is broken."""
    parser = argparse.ArgumentParser(prog="scripts/xss-check", description=__doc__)
    parser.add_argument("--quorum", type=Path, default=REPO / ".build" / "debug" / "quorum", help="the quorum program")
    parser.add_argument("--theme", type=Path, default=REPO / "templates", help="the theme to build with")
    parser.add_argument("--keep", type=Path, help="build the site in this folder and leave it there")
    parser.add_argument("--no-self-test", action="store_true", help="skip the planted-fault self-test")
    args = parser.parse_args(argv)
    started = time.monotonic()
    strings = payloads.load()

    work = Path(tempfile.mkdtemp(prefix="quorum-xss-"))
    site = args.keep.resolve() if args.keep else work / "site"
    if args.keep and site.exists():
        # Only ever replace a folder an earlier run left, never whatever else --keep happens to name.
        if any(site.iterdir()) and not (site / "content" / "site.yaml").is_file():
            print(f"xss-check: {site} is not empty and not a site an earlier run kept; choose another folder",
                  file=sys.stderr)
            return 2
        shutil.rmtree(site)
    try:
        expect = hostile_site.write(site, strings)
        build = subprocess.run([str(args.quorum), "build", "--source", str(site), "--theme", str(args.theme),
                                "--output", str(site / "public"), "--no-search", "--quiet"],
                               capture_output=True, text=True)
        if build.returncode != 0:
            print(build.stderr, file=sys.stderr)
            print(f"xss-check: the hostile site did not build (exit {build.returncode})", file=sys.stderr)
            return 1
        public = site / "public"
        pages = html_pages(public)
        driver = browser.start()
        try:
            if not args.no_self_test:
                planted = work / "planted"
                planted.mkdir()
                with SiteServer(planted) as server:
                    problems = selftest.run(driver, server.base, planted)
                if problems:
                    print("\n".join(["xss-check: the self-test failed, so the checks cannot be trusted:"] + problems),
                          file=sys.stderr)
                    return 2
                print("xss-check: self-test passed (every planted fault was found)", file=sys.stderr)
            with SiteServer(public) as server:
                findings, checked = probe.check_pages(driver, server.base, [url_path(public, p) for p in pages], expect)
        finally:
            driver.quit()
        findings += probe.check_files(public, strings)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)

    for finding in findings:
        print(finding)
    print(f"xss-check: {len(strings)} payloads, {len(pages)} pages, {checked} placements checked, "
          f"{len(findings)} findings in {time.monotonic() - started:.0f} s", file=sys.stderr)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
