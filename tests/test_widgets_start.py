"""The start notebook's widgets, driven headless."""

from commonground import curriculum
from commonground.widgets.start import paths_view, widget_tryout


def test_paths_view_lists_every_path_and_lesson_link():
    view = paths_view().value
    for path, title in curriculum.PATH_TITLES.items():
        assert title in view
        for item in curriculum.path_lessons(path):
            assert f"href='{item.id}.ipynb'" in view
    assert view.index("Volunteer") < view.index("Facilitator") < view.index("Trainer")


def test_tryout_asks_for_a_name_then_greets():
    tryout = widget_tryout()
    assert tryout.name.description == "Your name"
    tryout.button.click()
    assert "Type a name" in tryout.feedback.value
    tryout.name.value = "  <Sam>  "
    tryout.button.click()
    assert "Hello, &lt;Sam&gt;!" in tryout.feedback.value
