"""The trainer's report: made from the command line, then opened in the browser."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from playwright.sync_api import expect

from tests.browser import servers


def test_report_from_cli_opens_with_plots_and_no_code(page, tmp_path: Path, axe_source):
    out = tmp_path / "report.html"
    exe = Path(sys.executable).with_name("commonground")
    done = subprocess.run(
        [str(exe), "report", "data/sample_workshop_log.csv", "-o", str(out)],
        cwd=servers.ROOT,
        env=servers.test_env(tmp_path / "env"),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    page.goto(out.as_uri())
    expect(page.get_by_role("heading").first).to_be_visible()
    images = page.locator("img[src^='data:image/png']")
    assert images.count() >= 4
    for index in range(images.count()):
        assert images.nth(index).get_attribute("alt"), "every plot has alt text"
    assert page.locator(".jp-InputArea-editor, .input_area").count() == 0, "code is hidden"
    page.add_script_tag(content=axe_source)
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    serious = [v["id"] for v in result["violations"] if v["impact"] in ("serious", "critical")]
    assert not serious, serious
