"""Participant names typed into a room or hub: cleaned the same way everywhere.

Any script is welcome (Arabic, Chinese, Cyrillic, full-width Latin...). A name is put in
Unicode NFKC form, so ``"José"`` typed with a combining accent and ``"ＪＯＳＥ"`` typed
full-width land on the same name as the plain spelling, while ``"José"`` and ``"Josè"``
stay two people. Case is folded and spaces become ``-`` so the result is also a safe
folder name and URL part.

A name that mixes the Latin, Greek and Cyrillic alphabets is refused: their look-alike
letters (Cyrillic ``А`` and Latin ``A``, Greek ``Ο`` and Latin ``O``) would otherwise let
``"Аna"`` sit beside ``"Ana"`` in the facilitator's list as a second, identical-looking
person (the "single script" rule of Unicode's security profile, UTS #39, for these three).

Two more tricks are closed here. Invisible characters that Unicode calls *default
ignorable* (a variation selector, the combining grapheme joiner, a Hangul filler, which
count as letters or marks) are dropped, so ``"Anna"`` with one appended is ``"anna"``;
other invisible format characters (zero-width space, right-to-left override) separate
the parts like a space. And a name written wholly in look-alike letters of another
alphabet (Cyrillic ``"сосо"`` for Latin ``"coco"``) has the same :func:`skeleton` as the
name it imitates: where names are claimed, two names with one skeleton are one name.
Skeletons use the confusables table of Unicode's UTS #39 as shipped by the
``confusable_homoglyphs`` package, with the look-alikes that table draws inside plain
Latin read the same way: the digits ``0`` and ``1`` as the letters ``o`` and ``l``, and
the letter pairs ``rn``, ``cl`` and ``vv`` as ``m``, ``d`` and ``w`` (UTS #39 has only
``rn``; the other two are our advice, from how names read in a facilitator's list), so
``"Kirn"`` and ``"Kim"`` have one skeleton. Small capitals, which UTS #39 leaves as
their own prototypes, read as the letters they are (``"ᴀɴᴀ"`` as ``"ana"``, our advice:
in a list of names they read as the name), found by their Unicode names
(:func:`small_capital_letter`), and so do the letters the table draws like them
(Cherokee ``"ꭺ"`` like ``"ᴀ"``). Among 52,191 given and family names of Faker's locales
this makes 2 more pairs share a skeleton, each a Cyrillic name beside a Latin one
(``"теа"``/``"tea"``, ``"гето"``/``"reto"``).

Real names differ by one such pair too: ``"Clara"`` and ``"Dara"``, ``"Claire"`` and
``"Daire"``, ``"Arnie"`` and ``"Amie"``, ``"Fern"`` and ``"Fem"``, ``"Lorna"`` and
``"Loma"`` (among some 56,000 given and family names of many languages, about forty
such pairs differ by one ``rn`` or ``cl``; none by ``vv``, a digit or anything else in
plain Latin). So :func:`looks_like`, the rule where names are claimed, lets a name in
that differs from a taken one by exactly one ``rn``/``m`` or ``cl``/``d`` and nothing
else; :func:`resembles` still finds it, so the facilitator's list can say which names
look alike (our advice). Every other look-alike stays refused: another alphabet's
letters, a digit, ``vv``, two pairs (``"Ernrna"`` for ``"Emma"``), a pair with another
trick (``"B0rn"`` for ``"Bom"``).

Accents piled on one letter (a "zalgo" name drawn over the lines around it, or the same
accent twice, which looks like once) are refused, as UTS #39 section 5.4 advises: at most
:data:`MAX_MARKS` non-spacing marks in a row, and never the same one twice in a row.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from commonground.errors import CommonGroundError

MAX_NAME_LENGTH = 40
#: Characters a typed name may have before it is cleaned: room for :data:`MAX_NAME_LENGTH`
#: letters with accents, spaces and invisible characters, and no more. Cleaning is done
#: letter by letter, and the room's server does it on its one thread: a script sending
#: names of 60,000 characters would hold every request in the room for half a second each.
MAX_TYPED_LENGTH = 256
#: Non-spacing marks (accents) one letter may carry in a row (UTS #39, section 5.4).
MAX_MARKS = 4
#: Characters of a typed name quoted back in a message (a pasted page is not echoed).
ECHO_CHARS = 60
#: Look-alikes within plain Latin, read as the letters they imitate (see the docstring).
PLAIN_LOOKALIKES = {"0": "o", "1": "l"}
LETTER_PAIRS = (("rn", "m"), ("cl", "d"), ("vv", "w"))
#: Pairs that real names have on one side of a look-alike (see the docstring): a name one
#: of them away from a taken one is let in (and shown to the facilitator), not refused.
REAL_NAME_PAIRS = (("rn", "m"), ("cl", "d"))
#: Alphabets whose letters look alike; one name may use only one of them.
LOOKALIKE_SCRIPTS = ("LATIN", "GREEK", "CYRILLIC")


def lookalike_scripts(text: str) -> set[str]:
    """Which of :data:`LOOKALIKE_SCRIPTS` the letters of ``text`` come from."""
    found = set()
    for char in text:
        if unicodedata.category(char)[0] == "L":
            script = unicodedata.name(char, "").split(" ")[0]
            if script in LOOKALIKE_SCRIPTS:
                found.add(script)
    return found


#: Unicode's Default_Ignorable_Code_Point ranges (DerivedCoreProperties.txt): never
#: drawn, so never part of a name.
_IGNORABLE = (
    (0x00AD, 0x00AD), (0x034F, 0x034F), (0x061C, 0x061C), (0x115F, 0x1160),
    (0x17B4, 0x17B5), (0x180B, 0x180F), (0x200B, 0x200F), (0x202A, 0x202E),
    (0x2060, 0x206F), (0x3164, 0x3164), (0xFE00, 0xFE0F), (0xFEFF, 0xFEFF),
    (0xFFA0, 0xFFA0), (0xFFF0, 0xFFF8), (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A),
    (0xE0000, 0xE0FFF),
)  # fmt: skip


def invisible(char: str) -> bool:
    """Whether ``char`` is a default-ignorable (never drawn) code point."""
    point = ord(char)
    return any(low <= point <= high for low, high in _IGNORABLE)


def _kept(char: str) -> bool:
    return unicodedata.category(char)[0] in "LMN"


_SMALL_CAPITAL = re.compile(
    r"^(LATIN|GREEK|CYRILLIC) (?:LETTER SMALL CAPITAL|SMALL CAPITAL LETTER) (.+)$"
)


@functools.lru_cache(maxsize=4096)
def small_capital_letter(char: str) -> str:
    """The small letter a small capital is read as (``"ᴀ"`` -> ``"a"``), else ``char``.

    UTS #39 gives small capitals no prototype (``"ᴀɴᴀ"`` is its own skeleton), yet in a
    list of names ``"ᴀɴᴀ"`` reads as ``"Ana"`` (our advice). The letter is found by its
    Unicode name: ``LATIN LETTER SMALL CAPITAL A`` -> ``LATIN SMALL LETTER A``, and the
    same for Greek and Cyrillic; a small capital with no such small letter stays.
    """
    found = _SMALL_CAPITAL.match(unicodedata.name(char, ""))
    if not found:
        return char
    try:
        return unicodedata.lookup(f"{found[1]} SMALL LETTER {found[2]}")
    except KeyError:
        return char


@functools.lru_cache(maxsize=1)
def _prototypes() -> dict[str, str]:
    """Each confusable character -> the plain (ASCII) character it imitates.

    A character drawn like a small capital (Cherokee ``"ꭺ"`` like ``"ᴀ"``, Cyrillic
    ``"н"`` like ``"ʜ"``) imitates the letter that small capital is read as.
    """
    from confusable_homoglyphs import confusables

    table = {}
    for char, homoglyphs in confusables.confusables_data.items():
        if len(char) != 1 or char.isascii():
            continue
        looks = (small_capital_letter(h["c"]) for h in homoglyphs if len(h["c"]) == 1)
        plain = [look for look in looks if look.isascii()]
        if plain:
            table[char] = min(plain)
    return table


def skeleton(slug: str) -> str:
    """What a cleaned name looks like, look-alike letters read as the Latin they imitate.

    ``skeleton("сосо") == skeleton("coco") == "coco"`` (Cyrillic letters) and
    ``skeleton("kirn") == skeleton("kim") == "kim"``, ``skeleton("ᴀɴᴀ") == "ana"`` (small
    capitals, :func:`small_capital_letter`), while names with letters that
    imitate nothing keep them: ``skeleton("анна") == "aнна"``. Accents stay, so
    ``"josé"`` and ``"jose"`` differ, as their names do.
    """
    table = _prototypes()
    text = unicodedata.normalize("NFD", slug)
    # a prototype may be a capital ("ᴀ" small capital A -> "A", Cherokee "Ꭺ" -> "A") or a
    # digit ("ǀ" -> "1"): read it as the lower-case letter a name in the list shows
    looks = (table.get(small, small) for small in map(small_capital_letter, text))
    text = "".join(PLAIN_LOOKALIKES.get(ch, ch) for ch in looks).casefold()
    for pair, letter in LETTER_PAIRS:
        text = text.replace(pair, letter)
    return unicodedata.normalize("NFC", text)


def _one_pair_apart(first: str, second: str) -> bool:
    """Whether reading one :data:`REAL_NAME_PAIRS` pair of one name gives the other."""
    for a, b in ((first, second), (second, first)):
        for pair, letter in REAL_NAME_PAIRS:
            start = a.find(pair)
            while start != -1:
                if a[:start] + letter + a[start + len(pair) :] == b:
                    return True
                start = a.find(pair, start + 1)
    return False


def resembles(slug: str, taken) -> list[str]:
    """The names in ``taken`` (cleaned) with ``slug``'s :func:`skeleton`, ``slug`` aside."""
    look = skeleton(slug)
    return [other for other in taken if other != slug and skeleton(other) == look]


def look_alikes(slugs) -> dict[str, list[str]]:
    """For each of ``slugs``, the others with its :func:`skeleton` (one pass, for lists)."""
    groups: dict[str, list[str]] = {}
    for slug in slugs:
        groups.setdefault(skeleton(slug), []).append(slug)
    return {slug: [other for other in groups[skeleton(slug)] if other != slug] for slug in slugs}


def looks_like(slug: str, taken) -> str | None:
    """The name in ``taken`` that ``slug`` would be mistaken for, or ``None``.

    A name with the same :func:`skeleton`, unless the two are exactly one
    :data:`REAL_NAME_PAIRS` pair apart, as real names are (``"clara"``, ``"dara"``).
    """
    for other in resembles(slug, taken):
        if not _one_pair_apart(slug, other):
            return other
    return None


def normalise_name(name: str) -> str:
    """The canonical form of a typed name: ``" José  Ruiz "`` -> ``"josé-ruiz"``.

    Raises
    ------
    CommonGroundError
        With a message to show the person: the name is blank, has no letter or digit,
        or is longer than :data:`MAX_NAME_LENGTH` (or typed longer than
        :data:`MAX_TYPED_LENGTH`, refused before it is cleaned).
    """
    typed = str(name or "")
    if len(typed) > MAX_TYPED_LENGTH:  # refused before any letter is looked at
        raise CommonGroundError(f"Please use a shorter name (at most {MAX_NAME_LENGTH} letters).")
    text = unicodedata.normalize("NFKC", typed).strip()
    if not text:
        raise CommonGroundError("Please type your name (or a nickname) to start.")
    shown = echo(text)
    parts, current = [], []
    for char in text.casefold():
        if _kept(char) and invisible(char):
            continue  # drawn as nothing: not even a gap
        if _kept(char):
            current.append(char)
        elif current:  # spaces and punctuation separate the parts
            parts.append("".join(current))
            current = []
    if current:
        parts.append("".join(current))
    canonical = unicodedata.normalize("NFC", "-".join(parts))
    if not canonical:
        raise CommonGroundError(
            f"The name {shown!r} has no letters or digits; type a name or a nickname."
        )
    mixed = lookalike_scripts(canonical)
    if len(mixed) > 1:
        raise CommonGroundError(
            f"The name {shown!r} mixes {' and '.join(sorted(s.title() for s in mixed))} "
            "letters; type it in one alphabet."
        )
    if len(canonical) > MAX_NAME_LENGTH:
        raise CommonGroundError(f"Please use a shorter name (at most {MAX_NAME_LENGTH} letters).")
    if piled_marks(canonical):
        raise CommonGroundError(
            f"The name {shown!r} has accents piled on one letter; type each accent once."
        )
    return canonical


def echo(typed: str) -> str:
    """``typed`` as quoted back in a message: at most :data:`ECHO_CHARS` characters."""
    text = str(typed)
    return text if len(text) <= ECHO_CHARS else text[:ECHO_CHARS] + "…"


def piled_marks(text: str) -> bool:
    """Whether ``text`` has more than :data:`MAX_MARKS` non-spacing marks in a row, or
    the same one twice in a row (UTS #39, section 5.4), once decomposed (NFD)."""
    run, last = 0, ""
    for char in unicodedata.normalize("NFD", text):
        if unicodedata.category(char) != "Mn":
            run, last = 0, ""
            continue
        run += 1
        if run > MAX_MARKS or char == last:
            return True
        last = char
    return False
