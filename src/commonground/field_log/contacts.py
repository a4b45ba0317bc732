"""Contacts as pseudonyms: the person's initials plus a salted hash, never the name.

``Maria Lopez`` becomes ``ML-3fa9c2d1``: the initials help the volunteer recognise
their own contacts; the hash keeps two people with the same initials apart. The salt is
made once, at random, and kept in the learner's folder (``contact_salt.txt``, readable
only by them), so the same name gives the same pseudonym on this computer and cannot
be looked up anywhere else.
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
from pathlib import Path

from commonground import storage
from commonground.errors import CommonGroundError

SALT_FILE = "contact_salt.txt"


def salt_path() -> Path:
    """Where this learner's salt lives."""
    return storage.data_home() / SALT_FILE


def learner_salt() -> str:
    """This learner's salt, made (and saved atomically, owner-only) on first use."""
    path = salt_path()
    with storage.locked(path):
        try:
            salt = path.read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            salt = ""
        if not salt:
            salt = secrets.token_hex(16)
            storage.atomic_write_text(path, salt + "\n")
            os.chmod(path, 0o600)
    return salt


def initials(name: str) -> str:
    """Upper-case initials of each word of ``name`` (at most three).

    Examples
    --------
    >>> initials("maria de lopez"), initials("  Sam  "), initials("Ngozi O'Neil-Ade")
    ('MDL', 'S', 'NO')
    """
    words = re.findall(r"[^\W\d_][\w'\-]*", name)
    return "".join(w[0].upper() for w in words)[:3]


def pseudonym(name: str, salt: str | None = None) -> str:
    """The contact's pseudonym: ``<initials>-<8 hex digits of SHA-256(salt + name)>``.

    The name is compared lower-cased with single spaces, so ``Maria  Lopez`` and
    ``maria lopez`` are one person.

    Raises
    ------
    CommonGroundError
        When ``name`` has no letters.
    """
    letters = initials(name)
    if not letters:
        raise CommonGroundError("who did you meet? Type their name (it is never saved)")
    key = " ".join(name.split()).lower()
    salt = learner_salt() if salt is None else salt
    digest = hashlib.sha256((salt + key).encode("utf-8")).hexdigest()[:8]
    return f"{letters}-{digest}"
