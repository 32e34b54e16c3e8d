"""axe-core (from axe-selenium-python-nhsuk) on a loaded page, WCAG 2.0/2.1/2.2 A and AA rules only."""
from __future__ import annotations

import json

from axe_selenium_python import Axe
from selenium.webdriver.remote.webdriver import WebDriver

from .findings import Finding

TOOL = "axe"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
OPTIONS = {"runOnly": {"type": "tag", "values": TAGS}, "resultTypes": ["violations"]}


def version(driver: WebDriver) -> str:
    """The axe-core version injected into the current page."""
    return str(driver.execute_script("return window.axe ? axe.version : ''"))


_script: str | None = None


def _inject(driver: WebDriver) -> Axe:
    """Inject axe-core into the loaded page (the script is read once) and return the wrapper."""
    global _script
    axe = Axe(driver)
    if _script is None:
        with open(axe.script_url, encoding="utf-8") as f:
            _script = f.read()
    driver.execute_script(_script)
    return axe


def check_page(driver: WebDriver, path: str, label: str = "") -> list[Finding]:
    """Run axe on the page loaded in `driver`; one finding per violating element, messages prefixed by `label`."""
    results = _inject(driver).run(options=json.dumps(OPTIONS))
    findings = []
    for violation in results["violations"]:
        for node in violation["nodes"]:
            target = " ".join(" > ".join(t) if isinstance(t, list) else str(t) for t in node["target"])
            lines = (line.strip() for line in node.get("failureSummary", "").splitlines())
            detail = "; ".join(line for line in lines if line and not line.startswith("Fix "))
            findings.append(Finding(path, TOOL, f"{label}{violation['id']} ({violation.get('impact') or 'n/a'}): "
                                    f"{violation['help']}: {target}: {detail.strip()}"))
    return findings
