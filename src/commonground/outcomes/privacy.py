"""Keeping personal data out of the analysis.

The project never needs a contact's name, phone number or e-mail address. This module
finds columns whose *name* says they hold such data (they are dropped), and *values*
that look like an e-mail address or a phone number in free columns (they are replaced
by a salted pseudonym in ``contact``/``organizer``, and masked elsewhere).
"""

from __future__ import annotations

import hashlib
import re

import numpy as np
import pandas as pd

#: Header words that mark a column as personal data (matched per ``_`` part too).
PERSONAL_WORDS = frozenset(
    {
        "name", "names", "firstname", "first_name", "lastname", "last_name", "surname",
        "fullname", "full_name", "contact_name", "given_name", "family_name",
        "phone", "phone_number", "mobile", "tel", "telephone", "cell", "cellphone",
        "email", "e_mail", "mail", "email_address",
        "address", "street", "postcode", "zip", "zipcode", "postal_code",
    }
)  # fmt: skip

EMAIL_PATTERN = r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+"
# Seven to fifteen digits with the usual separators; a date is not a phone number.
_NOT_A_DATE = (
    r"(?!\d{4}[/.\-]\d{1,2}[/.\-]\d{1,2}(?!\d))(?!\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}(?!\d))"
)
PHONE_PATTERN = (
    r"(?<![\w\-/.])" + _NOT_A_DATE + r"(?:\+|00)?\d(?:[\s().\-/]{0,2}\d){6,14}(?![\w\-])"
)
PERSONAL_PATTERN = f"(?:{EMAIL_PATTERN})|(?:{PHONE_PATTERN})"
# A looser pattern without look-arounds, so pyarrow (RE2) can run it natively; only the
# cells it matches are checked with the exact pattern above.
_PREFILTER = r"@|(?:^|[^\w\-])(?:\+|00)?\d(?:[\s().\-/]{0,2}\d){6,14}"
_PERSONAL_RE = re.compile(PERSONAL_PATTERN)


def normalise_name(name: object) -> str:
    """Return a header name trimmed, lower-cased, with spaces and hyphens as ``_``."""
    text = str(name).replace("\ufeff", "").strip().lower()
    return re.sub(r"[\s\-]+", "_", text)


def is_personal_column(name: str) -> bool:
    """Return True when a (normalised) column name says it holds personal data.

    Examples
    --------
    >>> [is_personal_column(n) for n in ("contact_name", "e_mail", "ask_type")]
    [True, True, False]
    """
    if name in PERSONAL_WORDS or name.replace("_", "") in PERSONAL_WORDS:
        return True
    return any(part in PERSONAL_WORDS for part in name.split("_"))


NOTES_NOTICE = "notes column dropped: free text is never needed by the analysis"


def personal_notice(columns: list[str]) -> str:
    """The notice given when personal-data columns are dropped."""
    return "personal-data column(s) dropped before analysis: " + ", ".join(columns)


def dropped_on_read(name: str) -> bool:
    """True for a (normalised) column that never reaches the analysis: notes, personal data."""
    from commonground.outcomes.schema import is_spec_column

    return name == "notes" or (not is_spec_column(name) and is_personal_column(name))


def looks_personal(values: pd.Series) -> pd.Series:
    """Return a boolean mask: cells containing an e-mail address or a phone number.

    A categorical is checked once per category, not once per cell.
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    if isinstance(values.dtype, pd.CategoricalDtype):
        per_category = looks_personal(pd.Series(values.cat.categories.astype("str")))
        hits = np.append(per_category.to_numpy(dtype=bool), False)[values.cat.codes.to_numpy()]
        return pd.Series(hits, index=values.index, copy=False)

    text = values.astype("str")
    found = pc.match_substring_regex(pa.array(text, type=pa.string()), _PREFILTER)
    candidates = found.fill_null(False).to_numpy(zero_copy_only=False)
    hits = np.zeros(len(text), dtype=bool)
    if candidates.any():
        exact = text[candidates].str.contains(PERSONAL_PATTERN, regex=True, na=False)
        hits[candidates] = exact.to_numpy(dtype=bool)
    return pd.Series(hits, index=values.index, copy=False)


def mask_text(values: pd.Series) -> pd.Series:
    """Replace e-mail addresses and phone numbers inside free text by a marker."""
    text = values.astype("str")
    return text.str.replace(PERSONAL_PATTERN, "[personal data removed]", regex=True)


def pseudonymise(values: pd.Series, salt: str) -> pd.Series:
    """Replace each value by ``p_`` + 12 hex digits of SHA-256(salt + value).

    Equal values get equal pseudonyms (so a contact met twice stays one contact);
    without the salt they cannot be turned back. Missing values stay missing. Each
    distinct value is hashed once.
    """
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    hashed = [
        "p_" + hashlib.sha256((salt + str(v)).encode("utf-8")).hexdigest()[:12] for v in uniques
    ]
    lookup = pd.array([*hashed, pd.NA], dtype="str")
    return pd.Series(lookup.take(codes), index=values.index, dtype="str")


def redact_value(value: str | None) -> str | None:
    """Mask a value shown in a message when it looks like an e-mail or phone number."""
    if value is None or not _PERSONAL_RE.search(value):
        return value
    return "[personal data hidden]"
