"""Full-page PNG screenshots of a few representative pages at phone and desktop widths, for people to look at."""
from __future__ import annotations

import base64
import re
from pathlib import Path

from selenium.webdriver.remote.webdriver import WebDriver

from . import browser
from .findings import Result
from .site import resolve

TOOL = "screenshots"
WIDTHS = (320, 375, 1280)
MAX_HEIGHT = 32000


def pages(root: Path) -> list[str]:
    """URL paths to capture: home, a meeting, the action tracker, a chapter with charts and the first bulletin,
    where present."""
    wanted = ["/", "/meetings/2018-10-18-sscb/", "/meetings/actions/",
              "/reports/annual-report-2017-18/07-priority-2-multi-agency-safeguarding/"]
    bulletins = sorted(p.parent.name for p in (root / "bulletins").glob("*/index.html"))
    if bulletins:
        wanted.append(f"/bulletins/{bulletins[0]}/")
    return [u for u in wanted if resolve(root, u) is not None]


def name_for(url: str, width: int) -> str:
    """A file name for a page at a width, e.g. `meetings-2018-10-18-sscb-375.png` (`home-375.png` for /)."""
    slug = re.sub(r"[^A-Za-z0-9]+", "-", url).strip("-") or "home"
    return f"{slug}-{width}.png"


def capture(driver: WebDriver, base: str, root: Path, out: Path) -> Result:
    """Write full-height screenshots of `pages(root)` at each of WIDTHS into `out`."""
    out.mkdir(parents=True, exist_ok=True)
    written, cut = [], []
    for url in pages(root):
        browser.set_viewport(driver, WIDTHS[0], 800)
        browser.load(driver, base + url)
        for width in WIDTHS:
            browser.set_viewport(driver, width, 800)
            height = int(driver.execute_script("return Math.ceil(document.documentElement.scrollHeight)"))
            if height > MAX_HEIGHT:
                cut.append(name_for(url, width))
            browser.set_viewport(driver, width, min(max(height, 1), MAX_HEIGHT))
            shot = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png"})
            target = out / name_for(url, width)
            target.write_bytes(base64.b64decode(shot["data"]))
            written.append(target)
    note = f" ({', '.join(cut)} cut at {MAX_HEIGHT}px)" if cut else ""
    return Result(TOOL, [], f"{TOOL}: {len(written)} written to {out}{note}")
