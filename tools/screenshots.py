"""Take the README's screenshots: the course as a learner sees it in app mode, each
lesson's main widget, and the report.

Serves ``notebooks/`` with Voila (as ``commonground app`` does) for a learner who has done
lessons 01 and 02, and opens the pages in headless Debian chromium:

* ``docs/images/course_home.png``: the course home (lesson 00), the first screen;
* ``docs/images/lesson_page.png``: the top of lesson 03 (the header with the learner's
  progress, Previous / Next, the lesson's title and goals);
* ``docs/images/roleplay_chat.png``: lesson 09's role-play under way, the chat with its
  feedback cards;
* ``docs/images/<lesson>.png``: the largest top-level widget of each lesson;
* ``docs/images/report.png``: a figure of the trainer report made from the workshop sample.

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


#: The lessons the pictured learner has done (so the home shows progress and "Resume").
DONE = ("01_what_and_why", "02_set_up_and_prepare")
#: The size of a "first screen" picture (a laptop's browser window).
SCREEN = {"width": 1100, "height": 820}
#: The role-play's chat and its feedback card, one picture (the smallest element holding both).
CHAT_AND_FEEDBACK = """() => {
  const chat = document.querySelector('.cg-chat');
  const card = [...document.querySelectorAll('.cg-card')].find(c => c.offsetParent);
  if (!chat || !card) return false;
  let box = chat.parentElement;
  while (box && !box.contains(card)) box = box.parentElement;
  box.setAttribute('data-cg-chat-shot', '1');
  return true;
}"""


def _first_screen(browser, server, notebook: str, target: Path, height: int = 0) -> Path:
    """The first screen of a page, as a learner opening it sees it (``height`` px tall)."""
    page = browser.new_page(viewport={**SCREEN, "height": height or SCREEN["height"]})
    try:
        page.goto(server.url(f"/voila/render/{notebook}.ipynb"))
        page.wait_for_load_state("networkidle", timeout=120_000)
        page.wait_for_timeout(1000)
        page.screenshot(path=str(target))
    finally:
        page.close()
    return target


def _chat_with_feedback(page, target: Path) -> Path | None:
    """The role-play's chat with the feedback card of the last turn."""
    if not page.evaluate(CHAT_AND_FEEDBACK):
        return None
    page.locator("[data-cg-chat-shot]").screenshot(path=str(target))
    return target


def main() -> list[Path]:
    from playwright.sync_api import sync_playwright

    OUT.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as tmp_name, sync_playwright() as pw:
        tmp = Path(tmp_name)
        server = servers.start_voila(tmp / "voila")
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        try:
            from commonground import progress

            for lesson in DONE:
                progress.mark_complete(lesson, server.home / "progress.json")
            written.append(
                _first_screen(browser, server, "00_start_here", OUT / "course_home.png", 1240)
            )
            written.append(
                _first_screen(browser, server, "03_opening_and_your_story", OUT / "lesson_page.png")
            )
            page = browser.new_page(viewport={"width": 1100, "height": 1700})
            for notebook in sorted((ROOT / "notebooks").glob("*.ipynb")):
                page.goto(server.url(f"/voila/render/{notebook.name}"))
                page.wait_for_load_state("networkidle", timeout=120_000)
                page.wait_for_timeout(1000)
                if notebook.stem == "09_role_play":
                    _play_a_little(page)
                    chat = _chat_with_feedback(page, OUT / "roleplay_chat.png")
                    written += [chat] if chat else []
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
