"""The "Log a 1:1 I held" widget, driven headless with .value and .click()."""

from __future__ import annotations

import datetime as dt

import pytest

from commonground.field_log import store
from commonground.widgets.field_log import LogMeetingForm


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("COMMONGROUND_HOME", str(tmp_path / "home"))


def _fill(form, **values):
    for key, value in values.items():
        form.fields[key].value = value


def test_only_questions_that_apply_are_shown():
    form = LogMeetingForm(today=dt.date(2025, 5, 10))
    assert form.fields["no_reason"].layout.display == "none"
    form.fields["response"].value = "no"
    assert form.fields["no_reason"].layout.display is None
    assert form.fields["alternative_offered"].layout.display is None
    assert form.fields["event_date"].layout.display == "none"
    form.fields["response"].value = "yes"
    assert form.fields["event_date"].layout.display is None


def test_save_a_meeting_then_record_showed_up():
    form = LogMeetingForm(today=dt.date(2025, 5, 10))
    _fill(form, date="2025-05-01", organizer="vol-1", contact_name="Maria Lopez",
          ask_type="canvass", response="yes", event_date="2025-05-03",
          ask_words="Would you canvass with me Saturday at 10 from the library?")  # fmt: skip
    form.save_button.click()
    assert "Saved meeting" in form.status.value and "was specific" in form.status.value
    assert form.fields["contact_name"].value == ""  # ready for the next one
    log = store.load()
    assert len(log) == 1 and log["contact"].iloc[0].startswith("ML-")
    ((choice, button),) = form.due_rows.values()
    button.click()
    assert "Choose yes or no" in form.status.value
    choice.value = "yes"
    button.click()
    assert store.load()["showed_up"].iloc[0] == "true"
    assert form.due_rows == {}


def test_problems_are_shown_and_nothing_saved():
    form = LogMeetingForm()
    _fill(form, organizer="vol-1", contact_name="Sam Reed", ask_type="canvass",
          ask_words="help?", response="no", notes="her e-mail is sam@example.org")  # fmt: skip
    form.save_button.click()
    assert "Not saved yet" in form.status.value and "e-mail" in form.status.value
    assert len(store.load()) == 0


def test_every_control_is_labelled():
    form = LogMeetingForm()
    for control in form.fields.values():
        assert control.description.strip()


def test_app_notebook_shows_the_form():
    import json
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    committed = (root / "notebooks" / "log_a_1on1.ipynb").read_text(encoding="utf-8")
    sources = [c["source"] for c in json.loads(committed)["cells"]]
    assert any("log_meeting_form()" in s for s in sources)
    lesson_08 = (root / "notebooks" / "08_closing_follow_up_reflection.ipynb").read_text()
    assert "log_meeting_form()" in lesson_08
