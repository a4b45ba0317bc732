"""``commonground scenarios new``: a commented starter scenario that already passes lint.

The starter is a small but complete 1:1: every meeting step, an ask that fits, and
endings for yes, maybe and no. Its text is data, in ``starter_scenario.yaml`` beside
this module; this module only fills in the name and writes the file. A facilitator replaces the words with their own campaign
and keeps the shape; ``docs/authoring-scenarios.md`` explains every field.
"""

from __future__ import annotations

import re
from pathlib import Path

from commonground.errors import CommonGroundError
from commonground.resources import new_scenarios_dir
from commonground.storage import atomic_write_text

_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


#: The starter's text, shipped beside this module; ``{name}`` marks the scenario's name.
TEMPLATE_FILE = "starter_scenario.yaml"


def starter_text(name: str) -> str:
    """The starter scenario's YAML for a scenario called ``name``."""
    from importlib.resources import files

    template = (files("commonground.roleplay") / TEMPLATE_FILE).read_text(encoding="utf-8")
    return template.replace("{name}", name)


def write_starter(name: str, directory: str | Path | None = None) -> Path:
    """Write ``<directory>/<name>.yaml`` (default: ``resources.new_scenarios_dir()``).

    Raises
    ------
    CommonGroundError
        When the name is not a valid id or the file already exists.
    """
    if not _NAME.match(name):
        raise CommonGroundError(
            f"scenario name {name!r}: use lower-case letters, digits and underscores, "
            "starting with a letter (e.g. food_bank_volunteer)"
        )
    folder = Path(directory) if directory else new_scenarios_dir()
    path = folder / f"{name}.yaml"
    if path.exists():
        raise CommonGroundError(f"{path} already exists; choose another name or folder")
    # readable by others like any file a facilitator writes (co-facilitators, a shared
    # course folder); only the umask narrows it
    return atomic_write_text(path, starter_text(name), mode=0o644)
