"""One headless Chromium session (Debian's chromium and chromedriver, never downloaded) for all pages."""
from __future__ import annotations

import os
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

CHROMIUM = os.environ.get("SITECHECK_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("SITECHECK_CHROMEDRIVER", "/usr/bin/chromedriver")
DESKTOP = (1280, 1024)


def start() -> webdriver.Chrome:
    """Start headless Chromium with explicit binary and driver paths, so selenium-manager never runs."""
    for tool in (CHROMIUM, CHROMEDRIVER):
        if not Path(tool).is_file():
            raise SystemExit(f"check-site: {tool} is missing (scripts/setup --test installs it)")
    os.environ["SE_OFFLINE"] = "true"
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--hide-scrollbars", "--force-device-scale-factor=1", "--no-first-run",
                "--disable-extensions", "--disable-background-networking", "--lang=en-GB",
                f"--window-size={DESKTOP[0]},{DESKTOP[1]}"):
        options.add_argument(arg)
    service = Service(executable_path=CHROMEDRIVER, log_output=os.devnull)
    driver = webdriver.Chrome(service=service, options=options)
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(60)
    return driver


def set_viewport(driver: webdriver.Chrome, width: int, height: int) -> None:
    """Emulate a viewport of `width`×`height` CSS px (desktop mode, scale 1), re-laying out the page."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})


def load(driver: webdriver.Chrome, url: str) -> None:
    """Load `url` and wait until its fonts are ready."""
    driver.get(url)
    driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "document.fonts.ready.then(() => done(true), () => done(false));")


def have_chromium() -> bool:
    """Whether the Chromium binary and driver are installed."""
    return Path(CHROMIUM).is_file() and Path(CHROMEDRIVER).is_file()
