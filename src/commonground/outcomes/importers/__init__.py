"""Bringing in what organizing tools export: one module per source, one shared mapper.

Sources (``commonground log import --from SOURCE``): ``van-signups``, ``van-bulk``,
``mobilize``, ``action-network``, ``empower``, ``tracking-sheet``, ``mapping``. Each
module has ``NAME``, ``TITLE`` and ``plan(headers, options)`` (see :mod:`.mapper`).
:func:`commonground.outcomes.importers.run.import_files` does the rest: read in batches,
map, quarantine with reasons, check every row against the outcome-log rules.
"""

from __future__ import annotations

from commonground.outcomes.importers import (
    action_network,
    custom,
    empower,
    mobilize,
    tracking_sheet,
    van_bulk,
    van_signups,
)

#: Source name -> its module.
SOURCES = {
    module.NAME: module
    for module in (
        van_signups, van_bulk, mobilize, action_network, empower, tracking_sheet, custom
    )
}  # fmt: skip

__all__ = ["SOURCES"]
