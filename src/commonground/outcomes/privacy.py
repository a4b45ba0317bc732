"""Keeping personal data out of the analysis.

The project never needs a contact's name, phone number or e-mail address. This module
finds columns whose *name* says they hold such data (they are dropped), and *values*
that look like an e-mail address or a phone number in free columns (they are replaced
by a salted pseudonym in ``contact``/``organizer``, and masked elsewhere).
"""

from __future__ import annotations

import functools
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


#: What a message shows instead of a value that may identify someone.
HIDDEN_EMAIL = "[an e-mail address]"
HIDDEN_PHONE = "[a phone number]"
HIDDEN_WORDS = "[words hidden: perhaps a name]"
_EMAIL_RE = re.compile(EMAIL_PATTERN)
_PHONE_RE = re.compile(PHONE_PATTERN)
#: Unix time as tools write it: seconds (2001-09 to 2033-05) or milliseconds, no
#: separators. A bare run of 10 digits starting with 1 is read so in a date column only
#: (elsewhere it may be a phone number written without its separators).
UNIX_TIME_PATTERN = r"^\s*1\d{9}(?:\d{3})?(?:\.\d+)?\s*$"
_UNIX_RE = re.compile(UNIX_TIME_PATTERN)
_WORD_RE = re.compile(r"[^\W\d_]+")

#: Words a log's cells are made of besides the contract's values and words of asks:
#: placeholders, months and days, numbers in words, the statuses and answers tools
#: export, parts of ids (the tools' names, which ``log import`` puts before an export's
#: ids: ``van-55001``, ``action_network:...``).
#: Our advice; a word not here (nor a near typo of one) is hidden in messages.
_PLAIN_WORDS = """
na n/a nan null none nil unknown tbd tbc pending blank empty missing not yet see
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday
friday saturday sunday mon tue tues wed thu thur thurs fri sat sun am pm utc gmt
today yesterday tomorrow week month year day days hour hours minute minutes min mins
scheduled confirmed completed walk show cancelled canceled declined invited left msg
tentative registered attended absent present home reached canvassed refused moved
deceased inaccessible busy wrong number answered voicemail interested undecided will
maybe true false yes no yep nope ok okay done did didnt sure definitely later never
zero one two three four five six seven eight nine ten eleven twelve fifteen twenty
thirty forty fifty sixty ninety hundred half quarter approx about
org id ref vol row col x zoom teams skype whatsapp signal facetime cafe office
perhaps probably possibly likely unlikely unsure dunno sometimes often always usually
rarely occasionally mostly partly partially kind sort thinking considering undecided
rescheduled reschedule postponed waitlisted waitlist waiting attending going came went
showed noshow rsvped rsvpd accepted agreed committed hesitant uninterested declines
refuse refusal callback back left message messaged texted called emailed replied reply
responded response unreachable unavailable bounced disconnected duplicate test other
info information more less need needs wants want asked ask given none nothing anything
something everything yes no and or but if then than very really just only still again
is was were be been are has have had can could would should may might must do does
first last new old same different morning afternoon evening night noon weekend weekday
checked unchecked conf once twice sched web rec
van vanbulk mobilize empower sheet action network osdi
summary total totals log logs form responses overview
instructions readme export data pivot dashboard ones
est edt cst cdt mst mdt pst pdt akst akdt hst bst ist cet cest eet eest aest aedt
oui non nein não quizás quizá quizas vielleicht talvez
"""


def _vocabulary() -> frozenset[str]:
    from commonground.analysis.ask_words import ASK_WORDS
    from commonground.outcomes.schema import COLUMNS, FALSE_WORDS, TRUE_WORDS

    words = set(ASK_WORDS) | set(TRUE_WORDS) | set(FALSE_WORDS)
    for col in COLUMNS:
        for value in col.values or ():
            words.update(value.split("_"))
        words.update(col.name.split("_"))
    words.update(_WORD_RE.findall(_PLAIN_WORDS))
    return frozenset(w.lower() for w in words)


@functools.cache
def _vocabulary_words() -> frozenset[str]:
    return _vocabulary()


#: Longest value :func:`shown_value` looks into (a cell may hold at most 200 characters).
_LONGEST_SHOWN = 200
#: Longer words are never read as slips of a vocabulary word (and cost nothing to check).
_LONGEST_WORD = 24


#: Shortest vocabulary word a slip is measured against: "peer" and "than" are one
#: letter from "peter" and "ethan".
_SHORTEST_SLIPPED = 5


@functools.lru_cache(maxsize=65536)
def _near(word: str) -> bool:
    """True when ``word`` (five letters or more) is one slip from a vocabulary word of
    five letters or more (``mabye``, ``canvas``, ``confirmd``), or is ``yes`` with a
    letter added (``yess``). A slip is a letter dropped, changed or doubled, or two
    neighbours swapped. A letter added between two others is not one: that is how a
    word becomes a name (``seven`` -> ``steven``, ``peer`` -> ``peter``). Shorter words
    are not read as slips: four-letter names are one slip from many words (john, join).
    """
    if len(word) > _LONGEST_WORD:
        return False
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    if len(word) < 5:
        return len(word) == 4 and any(a + b[1:] == "yes" for a, b in splits if b)
    letters = "abcdefghijklmnopqrstuvwxyz"
    # a doubled letter dropped: "maybee" -> "maybe"
    candidates = {a + b[1:] for a, b in splits if b and (a[-1:] == b[0] or b[1:2] == b[0])}
    candidates |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    candidates |= {a + c + b[1:] for a, b in splits if b for c in letters}
    candidates |= {a + c + b for a, b in splits for c in letters}
    vocabulary = _vocabulary_words()
    return any(len(c) >= _SHORTEST_SLIPPED and c in vocabulary for c in candidates)


def may_name_someone(text: str) -> bool:
    """True when ``text`` holds a word that is neither a word of the log's vocabulary
    (the contract's values, words of asks, placeholders, months, tools' statuses) nor a
    lower-case slip of one; words of one or two letters (an initial, ``n/a``) are never
    enough to name anyone.

    Examples
    --------
    >>> [may_name_someone(t) for t in ("yess", "Maria", "N/A", "called John", "45791")]
    [False, True, False, True, False]
    """
    vocabulary = _vocabulary_words()
    for word in _WORD_RE.findall(text):
        lower = word.lower()
        if len(word) <= 2 or lower in vocabulary:
            continue
        if word == lower and _near(lower):
            continue  # a typo of a known word ("yess") is shown, so it can be fixed
        return True
    return False


def looks_like_unix_time(text: str) -> bool:
    """True for ``1733500000`` (Unix seconds) or ``1733500000000`` (milliseconds)."""
    return bool(_UNIX_RE.match(text))


def shown_value(value: str | None, kind: str | None = None) -> str | None:
    """A cell's value as a message or a quarantine may show it: as written, unless it
    could identify someone.

    An e-mail address, a phone number or a word that may be a name (see
    :func:`may_name_someone`) is replaced by what it is (:data:`HIDDEN_EMAIL`,
    :data:`HIDDEN_PHONE`, :data:`HIDDEN_WORDS`), so the trainer still learns what is in
    the wrong place. In a ``date`` column (``kind``), Unix time is shown as it is.

    Examples
    --------
    >>> shown_value("+44 7700 900123"), shown_value("yess"), shown_value("Maria Lopez")
    ('[a phone number]', 'yess', '[words hidden: perhaps a name]')
    >>> shown_value("1733500000", "date"), shown_value("1733500000")
    ('1733500000', '[a phone number]')
    """
    if value is None:
        return None
    if len(value) > _LONGEST_SHOWN:  # longer than any value a column allows
        return f"[{len(value)} characters of text, hidden]"
    if _EMAIL_RE.search(value):
        return HIDDEN_EMAIL
    if _PHONE_RE.search(value) and not (kind == "date" and looks_like_unix_time(value)):
        return HIDDEN_PHONE
    if may_name_someone(value):
        from commonground.outcomes.month_names import names_a_month

        if kind == "date" and names_a_month(value):
            return value  # 12 mars 2026, 5 jui 2026: a month's name, no one's
        return HIDDEN_WORDS
    return value


_DIGITS_RE = re.compile(r"\d+")
#: An id ``log import`` makes from a row number (``row-8affd3-r5``: a source, a hex tag
#: of the file's name, the row): ours, so no name can be in it, though a tag's letters
#: (``affd``) may look like a word.
_GENERATED_ID_RE = re.compile(r"[a-z]+-[0-9a-f]{6}-r\d+")


def shown_cells(values: pd.Series, kind: str | None = None, *, an_id: bool = False) -> pd.Series:
    """A quarantined column's cells as the quarantine file may show them.

    Each cell is shown as :func:`shown_value` shows it in a message: ids, numbers,
    dates and words of the log's vocabulary as written; e-mail addresses, phone numbers
    and words that may be a name replaced by what they are. The row number says where
    to fix the cell in the original. With ``an_id`` (a meeting id), a cell of digits
    alone is kept as written: a long numeric id is not a phone number, and it helps the
    trainer find the row; so is an id ``log import`` made from a row number. Each distinct value is looked at once.
    """
    shown = {}
    for value in values.dropna().astype("str").unique():
        keep = an_id and (_DIGITS_RE.fullmatch(value) or _GENERATED_ID_RE.fullmatch(value))
        shown[value] = value if keep else shown_value(value, kind)
    if all(k == v for k, v in shown.items()):
        return values
    return values.astype("str").map(shown).astype("str")


def redact_value(value: str | None, kind: str | None = None) -> str | None:
    """Mask a value shown in a message (see :func:`shown_value`)."""
    return shown_value(value, kind)
