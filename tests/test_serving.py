"""Codes, names and the hub's written config (no server started here)."""

from __future__ import annotations

import pytest

from commonground.errors import CommonGroundError
from commonground.hub import config as hub_config
from commonground.serving import codes, voila_config
from commonground.serving.names import normalise_name


def test_codes_are_read_in_any_case_and_weak_ones_refused():
    assert codes.codes_match("k7pm-3q", "K7PM3Q") and not codes.codes_match("K7PM3R", "K7PM3Q")
    assert len(codes.new_code(3)) == codes.MIN_CODE_LENGTH  # never shorter than 6
    assert set(codes.new_code(40)) <= set(codes.CODE_ALPHABET)
    with pytest.raises(CommonGroundError, match="at least 6"):
        codes.check_code("1234")
    with pytest.raises(CommonGroundError, match="remove 'O'"):
        codes.check_code("K7PMOQ")


def test_throttle_waits_after_five_wrong_tries_and_forgets_on_success():
    throttle = codes.Throttle(free_tries=5, first_wait=2, max_wait=10)
    for _ in range(4):
        assert throttle.failed("a", now=0) == 0
    assert throttle.failed("a", now=0) == 2
    assert throttle.wait_left("a", now=1) == 1 and throttle.wait_left("b", now=1) == 0
    assert throttle.failed("a", now=3) == 4 and throttle.failed("a", now=8) == 8
    assert throttle.failed("a", now=20) == 10  # capped
    throttle.succeeded("a")
    assert throttle.wait_left("a", now=20) == 0


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("  Sam  R. ", "sam-r"),
        ("José", "josé"),
        ("Jose\u0301", "josé"),
        ("Ｊｏｓé", "josé"),
        ("Josè", "josè"),
        ("Мария", "мария"),
        ("فاطمة الزهراء", "فاطمة-الزهراء"),
        ("李雷", "李雷"),
        ("नमस्ते", "नमस्ते"),  # combining vowel signs are kept
    ],
)
def test_names_in_any_script(typed, expected):
    assert normalise_name(typed) == expected
    assert normalise_name(expected) == expected  # idempotent


@pytest.mark.parametrize(
    "typed, message",
    [
        ("", "type your name"),
        ("   ", "type your name"),
        ("!!!", "no letters"),
        ("a" * 41, "shorter"),
    ],
)
def test_bad_names_say_what_to_do(typed, message):
    with pytest.raises(CommonGroundError, match=message):
        normalise_name(typed)


def test_every_voila_gets_the_overrides_off_and_culling():
    args = voila_config.voila_app_args(15)
    assert "--VoilaConfiguration.allow_template_override=NO" in args
    assert "--VoilaConfiguration.allow_theme_override=NO" in args
    assert "--MappingKernelManager.cull_idle_timeout=900" in args
    assert "--Voila.log_level=ERROR" in args
    for name in voila_config.EDITOR_ONLY_EXTENSIONS:
        assert f"--VoilaConfiguration.extension_denylist={name}" in args
    assert "jupyterlab-jupytext" in voila_config.EDITOR_ONLY_EXTENSIONS


def test_preheated_pools_refill_after_the_page_has_loaded():
    args = voila_config.preheat_args(2)
    assert "--VoilaConfiguration.preheat_kernel=True" in args
    assert "--VoilaConfiguration.default_pool_size=2" in args
    # Voila's default is 1 s, while the page that took the kernel is still loading.
    delay = [a for a in args if a.startswith("--VoilaKernelManager.fill_delay=")]
    assert len(delay) == 1 and float(delay[0].split("=")[1]) >= 3


def test_app_culls_kernels_of_left_pages_after_a_few_minutes_unless_told(monkeypatch):
    monkeypatch.delenv(voila_config.KERNEL_IDLE_ENV, raising=False)
    monkeypatch.delenv(voila_config.CULL_INTERVAL_ENV, raising=False)
    settings = voila_config.culling_settings()
    assert 60 <= settings["MappingKernelManager.cull_idle_timeout"] <= 600
    assert settings["MappingKernelManager.cull_connected"] is False  # open pages keep theirs
    monkeypatch.setenv(voila_config.KERNEL_IDLE_ENV, "7")
    monkeypatch.setenv(voila_config.CULL_INTERVAL_ENV, "2")
    args = voila_config.voila_app_args()
    assert "--MappingKernelManager.cull_idle_timeout=7" in args
    assert "--MappingKernelManager.cull_interval=2" in args
    assert voila_config.culling_settings(15)["MappingKernelManager.cull_idle_timeout"] == 900


@pytest.mark.parametrize("value", ["soon", "0", "-5", "2.5"])
def test_a_bad_culling_setting_names_the_variable(monkeypatch, value):
    monkeypatch.setenv(voila_config.KERNEL_IDLE_ENV, value)
    with pytest.raises(CommonGroundError, match=f"{voila_config.KERNEL_IDLE_ENV}=.*seconds"):
        voila_config.voila_app_args()


def _settings(tmp_path, lan=False):
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir(exist_ok=True)
    return hub_config.HubSettings(
        hub_dir=tmp_path / "hub", notebooks=notebooks, port=8123, lan=lan, proxy="/x/chp"
    )


def test_hub_config_keeps_secrets_in_files_and_state_in_the_hub_folder(tmp_path):
    path, code = hub_config.write_hub(_settings(tmp_path), code="k7pm-3qxa")
    text = path.read_text()
    assert code == "K7PM3QXA" and code not in text
    hub = tmp_path / "hub"
    assert (hub / "access-code").stat().st_mode & 0o077 == 0
    assert len((hub / "facilitator-password").read_text().strip()) >= 32
    for needed in (
        "c.JupyterHub.ip = '127.0.0.1'",
        "c.JupyterHub.port = 8123",
        "cookie_secret_file = str(HUB / 'jupyterhub_cookie_secret')",
        "db_url = 'sqlite:///' + str(HUB / 'jupyterhub.sqlite')",
        "RoomCodeAuthenticator",
        "c.Spawner.default_url = '/voila/render/00_start_here.ipynb'",
        "jupyterhub_idle_culler",
        "c.ConfigurableHTTPProxy.command = ['/x/chp']",
    ):
        assert needed in text, needed
    single = (hub / "singleuser" / "jupyter_server_config.py").read_text()
    assert "allow_template_override = 'NO'" in single and "'jupyterlab': False" in single
    assert "c.VoilaConfiguration.template = 'commonground'" in single  # the course's look
    assert "c.VoilaConfiguration.extension_denylist = ['jupyterlab-jupytext']" in single
    compile(text, str(path), "exec")
    again, same = hub_config.write_hub(_settings(tmp_path))
    assert same == code  # the saved code is kept across starts
    wide, _ = hub_config.write_hub(_settings(tmp_path, lan=True))
    assert "c.JupyterHub.ip = '0.0.0.0'" in wide.read_text()


def test_hub_code_needs_eight_characters(tmp_path):
    with pytest.raises(CommonGroundError, match="at least 8"):
        hub_config.write_hub(_settings(tmp_path), code="K7PM3Q")


def test_facilitator_page_rows_read_as_words(tmp_path):
    from commonground.hub.facilitator import render_rows

    users = [
        {"name": "<b>Ana</b>", "last_activity": "2026-12-05T19:03:07.123456Z", "servers": {}},
        {"name": "facilitator", "admin": True, "last_activity": "2026-12-05T19:00:00Z"},
        {"name": "Ben", "last_activity": None, "servers": {"": {"ready": True}}},
    ]
    rows = render_rows(users, tmp_path)
    assert "facilitator" not in rows  # the facilitator is not a participant
    assert "&lt;b&gt;Ana&lt;/b&gt;" in rows and "<b>Ana" not in rows
    assert "December 2026" in rows  # a time a person reads, in this machine's zone
    assert "2026-12-05T" not in rows and "Z<" not in rows and "None" not in rows
    assert "0 of " in rows and "in a lesson" in rows
