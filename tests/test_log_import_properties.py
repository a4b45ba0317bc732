"""Import never loses a row: mapped + quarantined = read, whatever the cells hold."""

from __future__ import annotations

import csv

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from commonground.outcomes.importers.run import import_files

STATUSES = ["REGISTERED", "CONFIRMED", "CANCELLED", "WAITLISTED", "", "registered ", "??"]
ATTENDED = ["true", "false", "", "null", "maybe", "TRUE"]
STAMPS = ["1741435200", "2025-03-08", "03/08/2025", "", "not a date", "99999999999999"]
cell = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=8)

row = st.fixed_dictionaries(
    {
        "id": st.one_of(st.integers(0, 30).map(str), st.just(""), cell),
        "user_id": st.one_of(st.integers(0, 9).map(str), st.just(""), st.just("a@b.org")),
        "event_type": st.sampled_from(["CANVASS", "PHONE_BANK", "", "Meeting"]),
        "timeslot_start_date": st.sampled_from(STAMPS),
        "created_date": st.sampled_from(STAMPS),
        "status": st.sampled_from(STATUSES),
        "attended": st.sampled_from(ATTENDED),
        "notes": cell,
    }
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=st.lists(row, min_size=1, max_size=25))
def test_mapped_plus_quarantined_is_read(rows, tmp_path_factory):
    path = tmp_path_factory.mktemp("imp") / "m.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    result = import_files("mobilize", [path])
    assert result.n_read == len(rows)
    assert len(result.accepted) + len(result.quarantine) == len(rows)
    every = [*result.accepted["row"].astype(int), *result.quarantine["row"].astype(int)]
    assert sorted(every) == list(range(2, len(rows) + 2))  # each row once, by its number
    assert result.quarantine["reason"].notna().all()
