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
"""

from __future__ import annotations

import unicodedata

from commonground.errors import CommonGroundError

MAX_NAME_LENGTH = 40
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


def _kept(char: str) -> bool:
    return unicodedata.category(char)[0] in "LMN"


def normalise_name(name: str) -> str:
    """The canonical form of a typed name: ``" José  Ruiz "`` -> ``"josé-ruiz"``.

    Raises
    ------
    CommonGroundError
        With a message to show the person: the name is blank, has no letter or digit,
        or is longer than :data:`MAX_NAME_LENGTH`.
    """
    text = unicodedata.normalize("NFKC", str(name or "")).strip()
    if not text:
        raise CommonGroundError("Please type your name (or a nickname) to start.")
    parts, current = [], []
    for char in text.casefold():
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
            f"The name {text!r} has no letters or digits; type a name or a nickname."
        )
    mixed = lookalike_scripts(canonical)
    if len(mixed) > 1:
        raise CommonGroundError(
            f"The name {text!r} mixes {' and '.join(sorted(s.title() for s in mixed))} "
            "letters; type it in one alphabet."
        )
    if len(canonical) > MAX_NAME_LENGTH:
        raise CommonGroundError(f"Please use a shorter name (at most {MAX_NAME_LENGTH} letters).")
    return canonical
