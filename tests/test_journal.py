"""The learner's journal: saving, reloading, versions, damage and export."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from commonground import journal, storage
from commonground.errors import CommonGroundError


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch):
    monkeypatch.setenv(storage.HOME_ENV, str(tmp_path / "home"))
    return tmp_path / "home"


def test_save_then_reload_from_a_fresh_object(home):
    journal.save("story", {"text": "I joined after the rent hike."}, lesson="03")
    journal.save("story", {"text": "Second draft."}, lesson="03_opening_and_your_story")
    journal.save("prep_plan", {"ask": "Canvass Saturday"})

    again = journal.Journal()  # a learner coming back: new object, same file
    assert again.path == home / "journal.json"
    assert [e["data"]["text"] for e in again.entries("story")] == [
        "I joined after the rent hike.",
        "Second draft.",
    ]
    latest = again.latest("story")
    assert latest["data"] == {"text": "Second draft."}
    assert latest["lesson"] == "03_opening_and_your_story"
    assert latest["saved_at"].endswith("+00:00")
    assert [e["id"] for e in again.entries()] == [1, 2, 3]
    assert again.latest("reflection") is None
    assert again.latest_data("reflection", {}) == {}
    on_disk = json.loads((home / "journal.json").read_text())
    assert on_disk["version"] == journal.JOURNAL_VERSION


def test_each_learner_gets_their_own_file(home):
    journal.save("story", {"text": "A"}, learner="Sam R.")
    journal.save("story", {"text": "B"}, learner="Ana")
    assert (home / "journals" / "sam-r.json").exists()
    assert journal.latest("story", learner="Sam R.")["data"]["text"] == "A"
    assert journal.latest("story", learner="ana")["data"]["text"] == "B"
    assert journal.latest("story") is None
    with pytest.raises(CommonGroundError, match="no letters or digits"):
        journal.journal_file("!!!")


@pytest.mark.parametrize("kind", ["", "Story", "my story", "../x", 3])
def test_bad_kind_is_refused(kind):
    with pytest.raises(CommonGroundError, match="kind"):
        journal.save(kind, {})


def test_unknown_lesson_and_unserialisable_data_are_refused(home):
    with pytest.raises(CommonGroundError, match="unknown lesson"):
        journal.save("story", {}, lesson="99")
    with pytest.raises(CommonGroundError, match="cannot save"):
        journal.save("story", {"when": object()})
    assert not (home / "journal.json").exists()


def test_failed_rename_mid_write_keeps_previous_journal(home, monkeypatch):
    journal.save("reflection", {"went_well": "They talked about their kids' school."})
    before = (home / "journal.json").read_bytes()

    def boom(*args, **kwargs):
        raise OSError("disk pulled out")

    with monkeypatch.context() as patch, pytest.raises(OSError, match="disk pulled out"):
        patch.setattr(storage.os, "replace", boom)
        journal.save("reflection", {"went_well": "never written"})

    assert (home / "journal.json").read_bytes() == before
    assert [e["data"]["went_well"] for e in journal.entries()] == [
        "They talked about their kids' school."
    ]
    assert not list(home.glob(".journal.json.*.tmp")), "temp file left behind"


def test_failed_fsync_mid_write_keeps_previous_journal(home, monkeypatch):
    journal.save("story", {"text": "kept"})

    def boom(fd):
        raise OSError("io error")

    with monkeypatch.context() as patch, pytest.raises(OSError, match="io error"):
        patch.setattr(storage.os, "fsync", boom)
        journal.save("story", {"text": "lost"})
    assert journal.latest("story")["data"]["text"] == "kept"


def test_killing_a_writer_mid_loop_never_corrupts(home, tmp_path):
    script = (
        "from commonground import journal\n"
        "i = 0\n"
        "while True:\n"
        "    i += 1\n"
        "    journal.save('exercise', {'n': i, 'pad': 'x' * 2000})\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", script], env={**os.environ, storage.HOME_ENV: str(home)}
    )
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:  # wait until a few writes happened, then kill
        path = home / "journal.json"
        if path.exists() and path.stat().st_size > 20_000:
            break
        time.sleep(0.02)
    proc.kill()
    proc.wait()
    data = json.loads((home / "journal.json").read_text())  # valid JSON, not torn
    numbers = [e["data"]["n"] for e in data["entries"]]
    assert numbers == list(range(1, len(numbers) + 1))
    assert len(numbers) >= 5


def test_newer_version_is_refused_and_left_untouched(home):
    path = home / "journal.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    original = json.dumps({"version": 2, "entries": [], "new_field": 1})
    path.write_text(original)
    with pytest.raises(journal.JournalVersionError, match="newer Common Ground"):
        journal.save("story", {"text": "x"})
    with pytest.raises(journal.JournalVersionError):
        journal.entries()
    assert path.read_text() == original


def test_corrupt_file_is_moved_aside_and_learner_told(home):
    path = home / "journal.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('{"version": 1, "entries": [')  # torn by some other tool
    j = journal.Journal()
    with pytest.warns(journal.JournalNotice, match="moved aside"):
        assert j.entries() == []
    assert j.notices and "journal.json" in j.notices[0]
    assert (home / "journal.json.corrupt-1").read_text().startswith('{"version"')
    j.save("story", {"text": "fresh start"})
    assert journal.latest("story")["data"]["text"] == "fresh start"


def test_wrong_shape_is_moved_aside(home):
    path = home / "journal.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("[1, 2, 3]")
    with pytest.warns(journal.JournalNotice, match="expected shape"):
        assert journal.entries() == []
    assert (home / "journal.json.corrupt-1").read_text() == "[1, 2, 3]"


def test_export_markdown_groups_by_kind_and_writes_file(home, tmp_path):
    assert "Nothing saved yet" in journal.export_markdown()
    journal.save(
        "prep_plan",
        {
            "ask": "Phone bank Tuesday 6pm at the union hall",
            "questions": ["What brought you here?", "How long?"],
        },
        lesson="02",
    )
    journal.save(
        "reflection", {"went_well": "Line one\nLine two", "change_next_time": ""}, lesson="08"
    )
    out = tmp_path / "export" / "journal.md"
    text = journal.export_markdown(out)
    assert out.read_text() == text
    assert text.startswith("# My Common Ground journal")
    assert "## Prep plans" in text and "## Reflections" in text
    assert text.index("## Prep plans") < text.index("## Reflections")
    assert "- **Ask**: Phone bank Tuesday 6pm at the union hall" in text
    assert "  - What brought you here?" in text
    assert "  Line two" in text
    assert "Change next time" not in text  # empty answers are left out
    assert "(lesson: Setting it up and preparing)" in text


def test_export_path_is_relative_to_cwd_when_given(home, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    journal.save("story", {"text": "t"})
    journal.export_markdown("mine.md")
    assert Path(tmp_path / "mine.md").read_text().count("### ") == 1


def test_two_processes_saving_at_once_lose_nothing(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "journal.json"
    code = (
        "import sys\n"
        "from commonground.journal import Journal\n"
        "j = Journal(sys.argv[1])\n"
        "for n in range(40):\n"
        "    j.save('story', {'writer': sys.argv[2], 'n': n})\n"
    )
    writers = [
        subprocess.Popen([sys.executable, "-c", code, str(path), name]) for name in ("a", "b")
    ]
    assert [w.wait(timeout=120) for w in writers] == [0, 0]
    from commonground.journal import Journal

    saved = Journal(path).entries("story")
    assert len(saved) == 80
    assert sorted(e["id"] for e in saved) == list(range(1, 81))


def _entry(number, kind, lesson, saved_at, data):
    return {"id": number, "kind": kind, "lesson": lesson, "saved_at": saved_at, "data": data}


def test_export_reads_in_course_order_oldest_first_in_local_time():
    from datetime import timedelta, timezone

    from commonground.journal import render_markdown

    entries = [  # as a file could hold them: saved out of order, lessons out of order
        _entry(1, "reflection", "08", "2026-12-05T19:03:07+00:00", {"went_well": "late"}),
        _entry(2, "story", "03", "2026-12-05T18:00:00.123456+00:00", {"text": "newer"}),
        _entry(3, "story", "03", "2026-12-04T09:30:00Z", {"text": "older"}),
        _entry(4, "prep_plan", "02", "2026-12-06T10:00:00+00:00", {"ask": "phone bank"}),
    ]
    text = render_markdown(entries, tz=timezone(timedelta(hours=-5)))
    sections = [line for line in text.splitlines() if line.startswith("## ")]
    assert sections == ["## Prep plans", "## My story", "## Reflections"]
    assert text.index("older") < text.index("newer")
    assert "### Friday 4 December 2026, 04:30 (lesson: " in text  # 09:30 UTC at UTC-5
    assert "### Saturday 5 December 2026, 14:03 (lesson: " in text
    assert "UTC" not in text and "+00:00" not in text and ".123456" not in text


def test_export_words_ids_and_booleans_but_not_what_the_learner_wrote():
    from datetime import timezone

    from commonground.journal import render_markdown

    data = {
        "scenario": "faith_leader",
        "played_at": "2026-12-05T19:03:07+00:00",
        "date": "2026-12-05",
        "ending": "end_yes",
        "finished": True,
        "answer": "no: timing",
        "steps": {"your_story": 2, "open_questions": 1},
        "skipped": ["campaign_work"],
        "outcome_row": {"purpose": "get_to_know", "ask_type": "next_one_on_one", "prepared": False},
        "notes": "I said get_to_know was the plan, True story",
    }
    text = render_markdown(
        [_entry(1, "roleplay", "09", "2026-12-05T19:03:07Z", data)], tz=timezone.utc
    )
    for words in (
        "**Scenario**: Faith leader, Imam Yusuf",
        "**Played**: Saturday 5 December 2026, 19:03",
        "**Date**: 5 December 2026",
        "**How it ended**: they said yes",
        "**Finished**: yes",
        "**Answer**: no (the timing)",
        "**Share your story**: 2",
        "- Share what the campaign is doing and why",
        "**Notes**: I said get_to_know was the plan, True story",  # their words, as written
    ):
        assert words in text, words
    assert "outcome" not in text.lower()  # the log row is for the code, not for reading
