"""Settings every Voila we serve gets, whether ``commonground app``, a room or a hub.

* The ``?template=`` and ``?theme=`` overrides in the address are off
  (``VoilaConfiguration.allow_template_override`` / ``allow_theme_override`` = ``"NO"``):
  with them on, a crafted link reflects markup into the page and a missing template
  leaves the request hanging with a kernel started.
* Kernels of pages a learner has left are shut down (``MappingKernelManager.cull_*``):
  Voila already asks for that when a page closes normally; culling catches the rest (a
  crashed tab, a laptop shut). A kernel whose page is still connected is never culled.
  ``commonground app`` waits :data:`DEFAULT_KERNEL_IDLE_SECONDS`, or the number of
  seconds in ``$COMMONGROUND_KERNEL_IDLE_SECONDS``, and looks every
  :data:`DEFAULT_CULL_INTERVAL_SECONDS` (``$COMMONGROUND_CULL_INTERVAL_SECONDS``).
* Tracebacks are not shown, sources are stripped.
* Pages load only the front-end extensions a lesson can use: JupyterLab extensions meant
  for the editor (:data:`EDITOR_ONLY_EXTENSIONS`) are left out of every page
  (``VoilaConfiguration.extension_denylist``); a widget library installed later is still
  loaded.
* Where kernels are preheated (:func:`preheat_args`; ``commonground app`` does not, as
  a preheated lesson would show the learner's progress of when it was run), the pool is
  refilled :data:`PREHEAT_FILL_DELAY_SECONDS` after a page took its kernel, not Voila's
  1 s: starting the next kernel and running the notebook then no longer compete for the
  processor with the page the learner is waiting for.
* Pages are rendered with the course's own template (:data:`TEMPLATE`, found through
  :mod:`commonground.serving.voila_main` or ``JUPYTER_PATH``).
* Only widget messages reach a kernel from the page (as in Voila's own app).
* The server logs errors only, so kernel ids and request lines (even of refused
  requests) stay out of the terminal.
"""

from __future__ import annotations

import os

from commonground.errors import CommonGroundError

#: Kernel messages a page may send: widget traffic only, never ``execute_request``.
KERNEL_MESSAGE_TYPES = (
    "comm_open",
    "comm_close",
    "comm_msg",
    "comm_info_request",
    "kernel_info_request",
    "shutdown_request",
)
#: Front-end (JupyterLab) extensions no lesson page uses: jupytext's opens text files as
#: notebooks in the editor (about 180 kB of script and a plugin to start on every page).
EDITOR_ONLY_EXTENSIONS = ("jupyterlab-jupytext",)
#: Seconds after a page takes a preheated kernel before the next one is started.
PREHEAT_FILL_DELAY_SECONDS = 5
#: The Voila template every page is rendered with: the package's
#: ``share/jupyter/voila/templates/commonground`` (course header, one stylesheet, no CDN).
TEMPLATE = "commonground"
#: Minutes a hub's single-user server may sit idle before it is shut down (see hub/).
DEFAULT_IDLE_MINUTES = 20
#: Seconds a kernel with no page connected may sit idle before ``app`` shuts it down.
DEFAULT_KERNEL_IDLE_SECONDS = 300
#: Seconds between two looks for such kernels.
DEFAULT_CULL_INTERVAL_SECONDS = 60
KERNEL_IDLE_ENV = "COMMONGROUND_KERNEL_IDLE_SECONDS"
CULL_INTERVAL_ENV = "COMMONGROUND_CULL_INTERVAL_SECONDS"


def override_settings() -> dict[str, object]:
    """Voila options (``Class.trait`` -> value) that close the address-bar overrides."""
    return {
        "VoilaConfiguration.allow_template_override": "NO",
        "VoilaConfiguration.allow_theme_override": "NO",
    }


def frontend_settings() -> dict[str, object]:
    """Voila options that keep editor-only front-end extensions off the pages."""
    return {"VoilaConfiguration.extension_denylist": list(EDITOR_ONLY_EXTENSIONS)}


def preheat_args(pool_size: int = 1) -> list[str]:
    """Voila options for a pool of ``pool_size`` preheated kernels per notebook.

    The pool is refilled :data:`PREHEAT_FILL_DELAY_SECONDS` after a page takes a kernel
    (see the module docstring). ``bench_voila.py`` serves with these.
    """
    return [
        "--VoilaConfiguration.preheat_kernel=True",
        f"--VoilaConfiguration.default_pool_size={int(pool_size)}",
        f"--VoilaKernelManager.fill_delay={PREHEAT_FILL_DELAY_SECONDS}",
    ]


def voila_settings() -> dict[str, object]:
    """All the Voila options above, with tracebacks hidden and sources stripped."""
    return {
        **override_settings(),
        **frontend_settings(),
        "VoilaConfiguration.template": TEMPLATE,
        "VoilaConfiguration.show_tracebacks": False,
        "VoilaConfiguration.strip_sources": True,
    }


def whole_number_setting(name: str, default: int, unit: str = "seconds") -> int:
    """A whole number (of ``unit``) from the environment variable ``name``, else ``default``.

    Raises
    ------
    CommonGroundError
        The variable is set but is not a whole number of at least 1.
    """
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        value = 0
    if value < 1:
        raise CommonGroundError(f"{name}={raw}: give a whole number of {unit} (1 or more)")
    return value


def seconds_setting(name: str, default: int) -> int:
    """A whole number of seconds from the environment variable ``name``, else ``default``.

    Raises
    ------
    CommonGroundError
        The variable is set but is not a whole number of at least 1.
    """
    return whole_number_setting(name, default, "seconds")


def culling_settings(idle_minutes: int | None = None) -> dict[str, object]:
    """Kernel-manager options that shut down kernels no page is connected to.

    Parameters
    ----------
    idle_minutes
        Idle time before a kernel is shut down, checked every minute (a hub's setting).
        ``None``: the app's settings, :data:`KERNEL_IDLE_ENV` and
        :data:`CULL_INTERVAL_ENV` or their defaults.
    """
    if idle_minutes is None:
        idle = seconds_setting(KERNEL_IDLE_ENV, DEFAULT_KERNEL_IDLE_SECONDS)
        every = seconds_setting(CULL_INTERVAL_ENV, DEFAULT_CULL_INTERVAL_SECONDS)
    else:
        idle, every = int(idle_minutes) * 60, 60
    return {
        "MappingKernelManager.cull_idle_timeout": idle,
        "MappingKernelManager.cull_interval": every,
        "MappingKernelManager.cull_connected": False,
    }


def voila_app_args(idle_minutes: int | None = None) -> list[str]:
    """Overrides off, editor-only extensions off and culling, as options for Voila's app.

    (:func:`commonground.commands.app.build_voila_command` already hides tracebacks and
    strips sources.) A list setting becomes one option per item.
    """
    settings = {**override_settings(), **frontend_settings(), **culling_settings(idle_minutes)}
    args = []
    for key, value in settings.items():
        values = value if isinstance(value, list) else [value]
        args.extend(f"--{key}={item}" for item in values)
    return [*args, "--Voila.log_level=ERROR"]
