"""deploy/: the Zero to JupyterHub values name only settings the chart documents.

The chart's settings used here were read from its values schema
(jupyterhub/zero-to-jupyterhub-k8s, ``jupyterhub/values.schema.yaml`` at commit 48ea50e3):
:data:`DOCUMENTED` lists those paths; ``hub.config`` takes any traitlets class name
starting with a capital letter, whose value is a mapping (the schema's pattern).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import yaml

from commonground.hub import singleuser

ROOT = Path(__file__).resolve().parents[1]
VALUES = ROOT / "deploy" / "z2jh-values.yaml"
DOCKERFILE = ROOT / "deploy" / "Dockerfile"

#: Leaf or section paths documented in the chart's values schema.
DOCUMENTED = {
    "hub.db.type": {"sqlite-pvc", "sqlite-memory", "mysql", "postgres", "other"},
    "hub.shutdownOnLogout": bool,
    "hub.concurrentSpawnLimit": int,
    "hub.cookieSecret": str,
    "hub.existingSecret": str,
    "singleuser.image.name": str,
    "singleuser.image.tag": str,
    "singleuser.defaultUrl": str,
    "singleuser.cmd": (str, list),  # the schema: a string or a list of strings
    "singleuser.extraEnv": dict,
    "singleuser.storage.type": {"dynamic", "static", "none"},
    "singleuser.storage.capacity": str,
    "singleuser.storage.homeMountPath": str,
    "singleuser.memory.guarantee": str,
    "singleuser.memory.limit": str,
    "singleuser.cpu.guarantee": float,
    "singleuser.cpu.limit": (int, float),
    "singleuser.startTimeout": int,
    "cull.enabled": bool,
    "cull.timeout": int,
    "cull.every": int,
    "cull.users": bool,
    "proxy.service.type": {"ClusterIP", "NodePort", "LoadBalancer", "ExternalName"},
}


def _leaves(node: dict, prefix: str = ""):
    for key, value in node.items():
        path = f"{prefix}{key}"
        if path == "hub.config":
            yield path, value
        elif isinstance(value, dict) and path not in DOCUMENTED:
            yield from _leaves(value, path + ".")
        else:
            yield path, value


def _values() -> dict:
    return yaml.safe_load(VALUES.read_text(encoding="utf-8"))


def test_every_setting_is_one_the_chart_documents():
    for path, value in _leaves(_values()):
        if path == "hub.config":
            for cls, traits in value.items():
                assert re.match(r"^[A-Z]", cls) and isinstance(traits, dict), cls
            continue
        assert path in DOCUMENTED, f"{path} is not a documented chart setting"
        expected = DOCUMENTED[path]
        if isinstance(expected, set):
            assert value in expected, f"{path}: {value!r} not one of {sorted(expected)}"
        else:
            assert isinstance(value, expected), f"{path}: {value!r}"


def test_the_settings_a_room_needs_are_there():
    values = _values()
    single = values["singleuser"]
    assert single["image"]["name"] and single["image"]["tag"]
    assert single["defaultUrl"] == "/voila/render/00_start_here.ipynb"
    assert single["extraEnv"]["COMMONGROUND_HOME"].startswith(single["storage"]["homeMountPath"])
    assert values["hub"]["config"]["JupyterHub"]["authenticator_class"] == "shared-password"
    assert "user_password" not in values["hub"]["config"]["SharedPasswordAuthenticator"]
    assert values["cull"]["enabled"] is True and values["cull"]["timeout"] > 0
    assert values["hub"]["db"]["type"] == "sqlite-pvc"  # a restart keeps people signed in


def test_the_image_installs_the_package_and_the_lessons_only_settings():
    text = DOCKERFILE.read_text(encoding="utf-8")
    assert re.search(r"^FROM python:3\.\d+", text, re.M)
    for needed in ("COPY src", "COPY notebooks", "pip install", "config_source", "root_dir"):
        assert needed in text
    config = singleuser.config_source(30)
    for setting in ("allow_template_override = 'NO'", "ReadOnlyContentsManager", "cull_idle"):
        assert setting in config
    exec(compile(config, "jupyter_server_config.py", "exec"), {"c": _Anything()})


class _Anything:
    """Stands for traitlets' config object: any attribute, any depth, assignable."""

    def __getattr__(self, name):
        value = _Anything()
        object.__setattr__(self, name, value)
        return value


def _image_command() -> list[str]:
    found = re.findall(r"^CMD (\[.*\])\s*$", DOCKERFILE.read_text(encoding="utf-8"), re.M)
    assert len(found) == 1, "the image names one command, in exec form"
    return json.loads(found[0])


def test_each_person_s_server_starts_as_commonground_hub_starts_it():
    """The image and the chart start jupyterhub-singleuser through lean_start, as the local
    hub's ``Spawner.cmd`` does (not the bare console script), and that command runs."""
    from commonground.hub import config

    command = _image_command()
    assert command == ["python", "-m", "commonground.hub.lean_start", "singleuser"]
    assert _values()["singleuser"]["cmd"] == command  # the chart overrides the image's CMD
    settings = config.HubSettings(hub_dir=Path("/srv/hub"), notebooks=ROOT / "notebooks")
    local = [line for line in config.config_source(settings).splitlines() if "Spawner.cmd" in line]
    assert local and "'-m', 'commonground.hub.lean_start', 'singleuser'" in local[0]
    # the command exists and starts JupyterHub's single-user server (its help lists it)
    shown = subprocess.run(
        [sys.executable, *command[1:], "--help-all"], capture_output=True, text=True, timeout=120
    )
    assert shown.returncode == 0, shown.stderr[-2000:]
    assert "JupyterHubSingleUser" in shown.stdout
