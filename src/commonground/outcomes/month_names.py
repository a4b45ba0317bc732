"""Dates whose month is written as a word, in English and six other languages.

Teams keep logs in their own language, and spreadsheets write a date cell formatted as
text in the locale's words: ``12 mars 2026``, ``3 de marzo de 2026``, ``5. März 2026``,
``7 janv. 2026``, ``giovedì 5 marzo 2026``, ``5 maart 2026``, as well as ``Mar 5, 2026``
and ``05-Mar-2026``. The month is named, so which number is the day is never in doubt,
and such a date is read (ours: the contract writes ``YYYY-MM-DD``).

The table (:data:`MONTHS`) holds the full names in English, Spanish, French, German,
Portuguese, Italian and Dutch, written with and without their accents, and the
abbreviations that are not the start of a name (``Mrz``, ``mrt``, ``Jän``). A word of
three letters or more that starts one or more of those names (``janv``, ``sept``,
``févr``, ``set``) is the month they share; one that starts names of two months
(``jui``: juin or juillet) is refused saying which, never guessed, and so is a word of
two letters and one that starts no month's name. ``tests/test_month_names.py`` checks
the table against the Unicode CLDR's month names when Babel is installed.

:func:`read_named_month` is the only entry point; it costs nothing for a cell without
letters (ISO, slashed, numbers).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata

#: Full month names, January first, per language (our table, from the languages' own
#: spelling; ``setiembre`` is a Latin American spelling, ``Jänner`` and ``Feber``
#: Austrian).
_NAMES = {
    "English": "january february march april may june july august september october "
    "november december",
    "Spanish": "enero febrero marzo abril mayo junio julio agosto septiembre octubre "
    "noviembre diciembre",
    "French": "janvier février mars avril mai juin juillet août septembre octobre "
    "novembre décembre",
    "German": "januar februar märz april mai juni juli august september oktober november dezember",
    "Portuguese": "janeiro fevereiro março abril maio junho julho agosto setembro outubro "
    "novembro dezembro",
    "Italian": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre "
    "novembre dicembre",
    "Dutch": "januari februari maart april mei juni juli augustus september oktober "
    "november december",
}
#: Other spellings and abbreviations that do not start a full name above.
_MORE = {"setiembre": 9, "jänner": 1, "jän": 1, "feber": 2, "mrz": 3, "mrt": 3}
#: Weekdays a date may start with (``Thursday, March 5, 2026``, ``jeu. 5 mars 2026``,
#: ``Donnerstag, 5. März 2026``, ``quinta-feira, 5 de março de 2026``): full names and
#: their usual abbreviations, with and without accents.
_WEEKDAYS = """
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs
fri sat sun lunes martes miércoles jueves viernes sábado domingo lun mar mié jue vie sáb
dom lundi mardi mercredi jeudi vendredi samedi dimanche mer jeu ven sam montag dienstag
mittwoch donnerstag freitag samstag sonnabend sonntag mo di mi do fr sa so segunda terça
quarta quinta sexta seg ter qua qui sex feira lunedì martedì mercoledì giovedì venerdì
sabato domenica gio maandag dinsdag woensdag donderdag vrijdag zaterdag zondag ma wo vr
za zo
"""
#: The languages read, as messages name them.
LANGUAGES = ", ".join(_NAMES)
_SHORTEST = 3


def _plain(word: str) -> str:
    """``word`` lower-cased, its accents dropped (``Févr`` -> ``fevr``)."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _table() -> dict[str, int]:
    out = {}
    for names in _NAMES.values():
        for number, name in enumerate(names.split(), start=1):
            out[_plain(name)] = number
    out.update({_plain(word): number for word, number in _MORE.items()})
    return out


_ENGLISH = _NAMES["English"].split()
#: Every full name and extra abbreviation (lower case, no accents) -> month number.
MONTHS = _table()
_WEEKDAY_WORDS = {_plain(w) for w in _WEEKDAYS.split()}
_WEEKDAY_WORDS |= {f"{a}-feira" for a in ("segunda", "terca", "quarta", "quinta", "sexta")}

_WORD = r"[^\W\d_]+(?:-[^\W\d_]+)?"
_DAY = r"(?P<d1>\d{1,2})(?:st|nd|rd|th|er|º|°|\.)?"
#: ``[weekday] day [de] month [de] year`` or ``[weekday] month day[,] year``.
_DATE = re.compile(
    rf"^\s*(?:(?P<weekday>{_WORD})\.?,?\s+)?(?:"
    rf"{_DAY}(?:\s+de)?[\s\-/.]+(?P<m1>[^\W\d_]{{2,}})\.?(?:\s+de)?[\s\-/.,]+(?P<y1>\d{{4}}|\d{{2}})"
    rf"|(?P<m2>[^\W\d_]{{2,}})\.?[\s\-/]+(?P<d2>\d{{1,2}})(?:st|nd|rd|th|º|°)?,?\s+(?P<y2>\d{{4}})"
    rf")(?P<rest>.*)$"
)
#: What may follow the year: nothing, or a time of day (and a zone), which is dropped.
_TIME = re.compile(
    r"^(?:\s*(?:,|à|a las|um|às|alle|om|at)?\s*(?:[01]?\d|2[0-3])[:h.][0-5]\d"
    r"(?::[0-5]\d(?:\.\d+)?)?(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s?(?:Uhr|Z|[+-]\d{2}:?\d{2}|"
    r"[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?|[A-Za-z]+/[A-Za-z_]+))?)?\s*$"
)


def month_number(word: str) -> tuple[int | None, str | None]:
    """``(month, None)`` for a month's name or abbreviation, else ``(None, why not)``.

    Examples
    --------
    >>> month_number("janv."), month_number("Mrz"), month_number("set")
    ((1, None), (3, None), (9, None))
    >>> month_number("jui")[1]
    "the month word 'jui' starts the names of more than one month (June, July), so it is not guessed"
    """
    return _month_number(_plain(word.rstrip(".")))


def _shape(value: str):
    """The match of a date written with a month word (weekday checked), else None."""
    if not any(c.isalpha() for c in value):
        return None
    match = _DATE.match(value)
    if match is None:
        return None
    weekday = match.group("weekday")
    if weekday is not None and _plain(weekday) not in _WEEKDAY_WORDS:
        return None
    return match


def names_a_month(value: str) -> bool:
    """True when ``value`` is written as a date whose month word is a month's name or
    the start of one (``5 jui 2026`` too): nothing in it can name a person, so messages
    may show it (see :func:`commonground.outcomes.privacy.shown_value`)."""
    match = _shape(value)
    if match is None or not _TIME.match(match.group("rest")):
        return False
    word = _plain((match.group("m1") or match.group("m2")).rstrip("."))
    return word in MONTHS or any(name.startswith(word) for name in MONTHS)


@functools.lru_cache(maxsize=1024)
def _month_number(word: str) -> tuple[int | None, str | None]:
    if word in MONTHS:
        return MONTHS[word], None
    if len(word) < _SHORTEST:
        return None, f"the month word {word!r} is too short to tell the month, so it is not guessed"
    found = {number for name, number in MONTHS.items() if name.startswith(word)}
    if len(found) == 1:
        return found.pop(), None
    if found:
        names = ", ".join(_ENGLISH[n - 1].capitalize() for n in sorted(found))
        return None, (
            f"the month word {word!r} starts the names of more than one month ({names}), "
            "so it is not guessed"
        )
    return None, f"the word where the month goes is no month's name in {LANGUAGES}"


def read_named_month(value: str) -> tuple[str | None, str | None]:
    """A date cell whose month is a word: ``(YYYY-MM-DD, None)``, or ``(None, reason)``.

    ``(None, None)`` when ``value`` is not written as such a date at all (no letters,
    or a word before the day that is not a weekday: ``Call 5 Mar 2026``). A time of day
    after the year is dropped (the calendar day as written is kept). The reason says
    why a date of that shape is refused: a month word that is ambiguous, too short or
    unknown; no such day in that month; text after the year that is not a time.

    Examples
    --------
    >>> [read_named_month(v)[0] for v in ("12 mars 2026", "3 de marzo de 2026",
    ...                                   "5. März 2026", "Mar 5, 2026 8:30 AM PST")]
    ['2026-03-12', '2026-03-03', '2026-03-05', '2026-03-05']
    >>> read_named_month("2026-03-05"), read_named_month("Call 5 Mar 2026")
    ((None, None), (None, None))
    """
    match = _shape(value)
    if match is None:
        return None, None
    if match.group("m1") is not None:
        day, word, year = match.group("d1"), match.group("m1"), match.group("y1")
    else:
        day, word, year = match.group("d2"), match.group("m2"), match.group("y2")
    if not _TIME.match(match.group("rest")):
        return None, None  # "5 March 2026 lunch": not a date, refused as any text is
    month, why = month_number(word)
    if month is None:
        return None, f"{why}; write YYYY-MM-DD"
    number = int(year) + (2000 if len(year) == 2 else 0)
    try:
        return dt.date(number, month, int(day)).isoformat(), None
    except ValueError:
        return None, f"no such day: {int(day)} of month {month} in {number}; write YYYY-MM-DD"


#: The notice for dates read from a month written as a word.
READ_NOTICE = (
    "month(s) written as a word read (our reading: the month is named, so the day is not in doubt)"
)


def rewrite(text) -> tuple:
    """Distinct date values ``text`` (a pandas Series of text): those written with a
    month word rewritten as ``YYYY-MM-DD``.

    Returns
    -------
    tuple
        ``(text, read: mask of values rewritten, failures: [(mask, message), ...])``,
        one failure per distinct reason (an ambiguous or unknown month word, no such
        day). Values without a letter cost one vectorised test.
    """
    import numpy as np

    lettered = text.str.contains(r"[^\W\d_]", regex=True, na=False).to_numpy(dtype=bool)
    read = np.zeros(len(text), dtype=bool)
    reasons: dict[str, np.ndarray] = {}
    if not lettered.any():
        return text, read, []
    out = text.astype(object).to_numpy(copy=True)
    for i in np.flatnonzero(lettered):
        iso, why = read_named_month(str(out[i]))
        if iso is not None:
            out[i], read[i] = iso, True
        elif why is not None:
            reasons.setdefault(why, np.zeros(len(text), dtype=bool))[i] = True
    failures = [(mask, f"not a date: {why}") for why, mask in reasons.items()]
    return type(text)(out, index=text.index, dtype="str"), read, failures
