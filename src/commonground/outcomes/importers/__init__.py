"""Bringing in what organizing tools export: one module per source, one shared mapper.

Sources (``commonground log import --from SOURCE``): ``van-signups``, ``van-bulk``,
``mobilize``, ``action-network``, ``empower``, ``tracking-sheet``, ``mapping``. Each
module has ``NAME``, ``TITLE`` and ``plan(headers, options)`` (see :mod:`.mapper`).
:func:`commonground.outcomes.importers.run.import_files` does the rest: read in batches,
map, quarantine with reasons, check every row against the outcome-log rules.
"""

from __future__ import annotations

import importlib

#: Source name -> the module that maps it, in the order the CLI lists them. Modules are
#: imported on first use, so building the CLI's options does not load pandas.
SOURCE_MODULES = {
    "van-signups": "van_signups",
    "van-bulk": "van_bulk",
    "mobilize": "mobilize",
    "action-network": "action_network",
    "empower": "empower",
    "tracking-sheet": "tracking_sheet",
    "mapping": "custom",
}

__all__ = ["SOURCES", "SOURCE_MODULES"]


def __getattr__(name: str):
    if name == "SOURCES":  # source name -> module (each has NAME, TITLE and plan())
        sources = {
            source: importlib.import_module(f"{__name__}.{module}")
            for source, module in SOURCE_MODULES.items()
        }
        globals()["SOURCES"] = sources
        return sources
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
