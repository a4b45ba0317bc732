"""Settings every Voila we serve gets, whether ``commonground app``, a room or a hub.

* The ``?template=`` and ``?theme=`` overrides in the address are off
  (``VoilaConfiguration.allow_template_override`` / ``allow_theme_override`` = ``"NO"``):
  with them on, a crafted link reflects markup into the page and a missing template
  leaves the request hanging with a kernel started.
* Idle kernels are shut down (``MappingKernelManager.cull_*``).
* Tracebacks are not shown, sources are stripped.
* Pages are rendered with the course's own template (:data:`TEMPLATE`, found through
  :mod:`commonground.serving.voila_main` or ``JUPYTER_PATH``).
* Only widget messages reach a kernel from the page (as in Voila's own app).
* The server logs errors only, so kernel ids and request lines (even of refused
  requests) stay out of the terminal.
"""

from __future__ import annotations

#: Kernel messages a page may send: widget traffic only, never ``execute_request``.
KERNEL_MESSAGE_TYPES = (
    "comm_open",
    "comm_close",
    "comm_msg",
    "comm_info_request",
    "kernel_info_request",
    "shutdown_request",
)
#: The Voila template every page is rendered with: the package's
#: ``share/jupyter/voila/templates/commonground`` (course header, one stylesheet, no CDN).
TEMPLATE = "commonground"
#: Minutes a kernel may sit idle (no message, no page connected) before it is shut down.
DEFAULT_IDLE_MINUTES = 20


def override_settings() -> dict[str, object]:
    """Voila options (``Class.trait`` -> value) that close the address-bar overrides."""
    return {
        "VoilaConfiguration.allow_template_override": "NO",
        "VoilaConfiguration.allow_theme_override": "NO",
    }


def voila_settings() -> dict[str, object]:
    """All the Voila options above, with tracebacks hidden and sources stripped."""
    return {
        **override_settings(),
        "VoilaConfiguration.template": TEMPLATE,
        "VoilaConfiguration.show_tracebacks": False,
        "VoilaConfiguration.strip_sources": True,
    }


def culling_settings(idle_minutes: int = DEFAULT_IDLE_MINUTES) -> dict[str, object]:
    """Kernel-manager options that shut down kernels idle for ``idle_minutes``."""
    return {
        "MappingKernelManager.cull_idle_timeout": int(idle_minutes) * 60,
        "MappingKernelManager.cull_interval": 60,
        "MappingKernelManager.cull_connected": False,
    }


def voila_app_args(idle_minutes: int = DEFAULT_IDLE_MINUTES) -> list[str]:
    """Overrides off and culling as options for Voila's own app.

    (:func:`commonground.commands.app.build_voila_command` already hides tracebacks and
    strips sources.)
    """
    settings = {**override_settings(), **culling_settings(idle_minutes)}
    args = [f"--{key}={value}" for key, value in settings.items()]
    return [*args, "--Voila.log_level=ERROR"]
