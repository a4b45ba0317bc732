"""Take the README's screenshots: each lesson's main widget in app mode, and the report.

Serves ``notebooks/`` with Voila (as ``commonground app`` does), opens every lesson in
headless Debian chromium, and saves the largest top-level widget of each page to
``docs/images/<lesson>.png``; then makes the trainer report from the workshop sample and
saves its first screen to ``docs/images/report.png``.

Run: ``.venv/bin/python tools/screenshots.py`` (needs /usr/bin/chromium).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.browser import servers  # noqa: E402
from tests.browser.conftest import CHROMIUM, LAUNCH_ARGS  # noqa: E402

OUT = ROOT / "docs" / "images"
LARGEST_WIDGET = """() => {
  const boxes = [...document.querySelectorAll('.jupyter-widgets.widget-box')]
    .filter(el => !el.parentElement.closest('.jupyter-widgets.widget-box'))
    .filter(el => !el.innerText.includes('Check my answers'));  // not the self-check
  let best = null, area = 0;
  for (const el of boxes) {
    const r = el.getBoundingClientRect();
    if (r.width * r.height > area) { area = r.width * r.height; best = el; }
  }
  if (best) best.setAttribute('data-cg-shot', '1');
  return area;
}"""


def _play_a_little(page) -> None:
    """Start the role-play and take two turns, so the picture shows a play under way."""
    import re

    page.get_by_role("button", name=re.compile(r"^\W*Start$")).click()
    for _ in range(2):
        choice = page.locator("button[title^='Say: ']").first
        old = choice.element_handle()
        choice.click()
        page.wait_for_function("el => !el.isConnected", arg=old, timeout=30_000)
    page.wait_for_timeout(500)


def main() -> list[Path]:
    from playwright.sync_api import sync_playwright

    OUT.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as tmp_name, sync_playwright() as pw:
        tmp = Path(tmp_name)
        server = servers.start_voila(tmp / "voila")
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1100, "height": 1700})
            for notebook in sorted((ROOT / "notebooks").glob("*.ipynb")):
                page.goto(server.url(f"/voila/render/{notebook.name}"))
                page.wait_for_load_state("networkidle", timeout=120_000)
                page.wait_for_timeout(1000)
                if notebook.stem == "09_role_play":
                    _play_a_little(page)
                if page.evaluate(LARGEST_WIDGET) == 0:
                    continue
                target = OUT / f"{notebook.stem}.png"
                page.locator("[data-cg-shot]").screenshot(path=str(target))
                written.append(target)
            report = tmp / "report.html"
            subprocess.run(
                [
                    str(Path(sys.executable).with_name("commonground")),
                    "report",
                    "data/sample_workshop_log.csv",
                    "-o",
                    str(report),
                ],
                cwd=ROOT,
                check=True,
                capture_output=True,
            )
            page.goto(report.as_uri())
            target = OUT / "report.png"
            page.locator("figure").nth(1).screenshot(path=str(target))
            written.append(target)
        finally:
            browser.close()
            server.stop()
    for path in written:
        print(path.relative_to(ROOT))
    return written


if __name__ == "__main__":
    main()
