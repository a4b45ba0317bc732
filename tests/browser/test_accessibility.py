"""An axe-core scan of every app-mode (Voila) page: no serious or critical violations.

axe-core comes from npm (`package.json`) and is injected into each page once its widgets
have rendered. The course walk (``test_course_walk.py``) scans the start page and the
volunteer's lessons as it walks through them, with the same rules; this file scans every
other page, and checks that the two together leave no notebook out. A violation that cannot be fixed in our code must be listed, with its reason,
in ``KNOWN`` below and in the README's accessibility section.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from commonground import curriculum
from tests.browser import servers
from tests.browser.widgets_ready import wait_for_widgets

ALL_NOTEBOOKS = sorted(p.name for p in (servers.ROOT / "notebooks").glob("*.ipynb"))
#: Scanned by the course walk (the start page, then lessons 01-09 by their links).
WALKED = {"00_start_here"} | {item.id for item in curriculum.path_lessons("volunteer")}
NOTEBOOKS = [name for name in ALL_NOTEBOOKS if name.removesuffix(".ipynb") not in WALKED]
# rule id -> why it remains (also explained in the README).
KNOWN: dict[str, str] = {}


def test_every_page_is_scanned_here_or_in_the_walk():
    from tests.browser import test_course_walk

    assert set(test_course_walk.WALK) | {"00_start_here"} == WALKED
    scanned = {name.removesuffix(".ipynb") for name in NOTEBOOKS} | WALKED
    assert scanned == {name.removesuffix(".ipynb") for name in ALL_NOTEBOOKS}
    assert NOTEBOOKS, "some pages are scanned only here (10, 11, the field log)"


@pytest.mark.parametrize("notebook", NOTEBOOKS)
def test_voila_page_has_no_serious_violations(voila, page, axe_source, notebook, tmp_path: Path):
    page.goto(voila.url(f"/voila/render/{notebook}"))
    wait_for_widgets(page)  # every widget drawn, none failed
    page.add_script_tag(content=axe_source)
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    serious = [
        v
        for v in result["violations"]
        if v["impact"] in ("serious", "critical") and v["id"] not in KNOWN
    ]
    report = "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']} -> "
        + "; ".join(n["target"][0] if n["target"] else "?" for n in v["nodes"][:5])
        for v in serious
    )
    assert not serious, f"{notebook}:\n{report}"
    # The page really rendered: a screenshot of it can be taken (see tools/screenshots.py).
    shot = tmp_path / f"{notebook}.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
