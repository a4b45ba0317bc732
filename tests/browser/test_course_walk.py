"""Walk the course in app mode as a learner does: course home, lesson 01, Next ... lesson 09.

One tab throughout (lessons open in the same tab), by mouse and by keyboard alone; every
page axe-clean (serious and critical rules), not one request leaving this computer, and no
script of a JupyterLab extension meant for the editor (it would only slow the page).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from playwright.sync_api import expect

from commonground import curriculum
from commonground.serving.voila_config import EDITOR_ONLY_EXTENSIONS
from tests.browser.test_accessibility import KNOWN
from tests.browser.widgets_ready import wait_for_widgets

LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}
WALK = [item.id for item in curriculum.path_lessons("volunteer")]  # 01 ... 09


def _record_requests(page) -> list[str]:
    """Every URL the page asks for (documents, scripts, styles, fonts, sockets)."""
    seen: list[str] = []
    page.on("request", lambda request: seen.append(request.url))
    page.on("websocket", lambda socket: seen.append(socket.url))
    return seen


def _external(urls: list[str]) -> list[str]:
    out = []
    for url in urls:
        parts = urlsplit(url)
        if parts.scheme in ("data", "blob", "about"):
            continue
        if parts.hostname not in LOOPBACK:
            out.append(url)
    return out


def _editor_only(urls: list[str]) -> list[str]:
    marks = [f"/voila/labextensions/{name}/" for name in EDITOR_ONLY_EXTENSIONS]
    return [url for url in urls if any(mark in url for mark in marks)]


def _axe_serious(page, axe_source: str) -> list[str]:
    page.add_script_tag(content=axe_source)
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{v['id']}: {v['help']} -> {[n['target'] for n in v['nodes'][:3]]}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical") and v["id"] not in KNOWN
    ]


def _at(page, lesson_id: str) -> None:
    expect(page).to_have_url(re.compile(rf"/voila/render/{lesson_id}\.ipynb"), timeout=60_000)
    wait_for_widgets(page)  # the header's Previous / Next drawn before any Tab


def _open_course_home(voila, page) -> None:
    page.goto(voila.url("/"))  # the app's address sends the browser to the course home
    _at(page, "00_start_here")
    expect(page.locator(".cg-lesson-cards .cg-lesson-card")).to_have_count(
        len(curriculum.LESSONS) - 1
    )
    expect(page.get_by_role("link", name="Start: lesson 01, What a 1:1 is")).to_be_visible()
    expect(page.get_by_text("Select items to open with")).to_have_count(0)


def test_walk_by_mouse_in_one_tab(voila, page, axe_source):
    requests = _record_requests(page)
    _open_course_home(voila, page)
    problems = {"00": _axe_serious(page, axe_source)}
    page.locator(".cg-lesson-card a", has_text="01. What a 1:1 is").click()
    for at, lesson_id in enumerate(WALK):
        _at(page, lesson_id)
        item = curriculum.lesson(lesson_id)
        # The header: course title, progress; the lesson's own title.
        expect(page.locator(".cg-course-bar")).to_contain_text(
            re.compile(rf"Your progress: \d+ of {len(curriculum.LESSONS)} lessons done")
        )
        expect(
            page.get_by_role("heading", name=f"Lesson {lesson_id[:2]}: {item.title}")
        ).to_be_visible()
        end = page.get_by_role("navigation", name="Lessons, end of page")
        expect(end.get_by_role("link", name=re.compile("^← Previous"))).to_be_visible()
        problems[lesson_id[:2]] = _axe_serious(page, axe_source)
        if at + 1 < len(WALK):
            nxt = end.get_by_role("link", name=re.compile("^Next: lesson"))
            nxt.scroll_into_view_if_needed()
            nxt.click()
    assert len(page.context.pages) == 1, "a lesson opened in another tab"
    assert not {k: v for k, v in problems.items() if v}, problems
    assert requests and not _external(requests), _external(requests)
    assert any("/voila/labextensions/" in url for url in requests)  # the widget managers
    assert not _editor_only(requests), _editor_only(requests)


def _tab_to(page, pattern: str, limit: int = 60) -> str:
    """Press Tab until the focused element's text matches ``pattern``; return that text."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        text = page.evaluate("() => document.activeElement && document.activeElement.innerText")
        text = " ".join((text or "").split())
        if re.search(pattern, text):
            return text
    raise AssertionError(f"{limit} presses of Tab never reached {pattern!r}")


def test_walk_by_keyboard_in_one_tab(voila, page):
    requests = _record_requests(page)
    _open_course_home(voila, page)
    _tab_to(page, r"^Start: lesson 01")
    page.keyboard.press("Enter")
    for at, lesson_id in enumerate(WALK):
        _at(page, lesson_id)
        if at + 1 < len(WALK):
            # The Next button at the top of the page, a few presses of Tab away.
            text = _tab_to(page, r"^Next: lesson", limit=12)
            assert WALK[at + 1][:2] in text
            page.keyboard.press("Enter")
    assert len(page.context.pages) == 1, "a lesson opened in another tab"
    assert requests and not _external(requests), _external(requests)
    assert any("/voila/labextensions/" in url for url in requests)  # the widget managers
    assert not _editor_only(requests), _editor_only(requests)


def test_completion_shows_a_banner_and_the_course_home_moves_on(voila, page):
    requests = _record_requests(page)
    page.goto(voila.url("/voila/render/10_facilitator_guide.ipynb"))
    _at(page, "10_facilitator_guide")
    page.get_by_role("button", name="Mark this lesson done").click()
    banner = page.locator(".cg-banner")
    expect(banner).to_contain_text("Lesson complete")
    expect(banner).to_have_css("border-top-style", "solid")  # the stylesheet is applied
    page.goto(voila.url("/voila/render/00_start_here.ipynb"))
    _at(page, "00_start_here")
    card = page.locator(".cg-lesson-card[data-lesson='10_facilitator_guide']")
    expect(card).to_contain_text("✓ Done")
    expect(page.locator(".cg-lesson-card[data-lesson='01_what_and_why']")).to_contain_text(
        "Not done yet"
    )
    assert not _external(requests), _external(requests)
