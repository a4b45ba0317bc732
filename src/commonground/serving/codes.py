"""Access codes read out to a room, and a throttle for wrong guesses.

Codes use letters and digits that cannot be misheard or misread (no 0/O, 1/I/L, 5/S),
are at least :data:`MIN_CODE_LENGTH` long, and are compared in any case: a code read
aloud as "k7pm" works typed "K7PM".
"""

from __future__ import annotations

import secrets
import threading
import time

from commonground.errors import CommonGroundError

CODE_ALPHABET = "ABCDEFGHJKMNPQRTUVWXYZ2346789"
MIN_CODE_LENGTH = 6


def new_code(length: int = 8) -> str:
    """A fresh random code (``length`` characters from :data:`CODE_ALPHABET`)."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(max(length, MIN_CODE_LENGTH)))


def canonical_code(typed: str) -> str:
    """What a typed code is compared as: spaces, line breaks and dashes dropped, upper case."""
    return "".join(ch for ch in str(typed or "") if ch != "-" and not ch.isspace()).upper()


def check_code(code: str, min_length: int = MIN_CODE_LENGTH) -> str:
    """Clean a facilitator-chosen code; refuse a short or ambiguous one.

    Raises
    ------
    CommonGroundError
        Naming what is wrong: too short, or characters outside :data:`CODE_ALPHABET`.
    """
    cleaned = canonical_code(code)
    if len(cleaned) < min_length:
        raise CommonGroundError(
            f"the access code needs at least {min_length} characters (got {len(cleaned)})"
        )
    odd = sorted(set(cleaned) - set(CODE_ALPHABET))
    if odd:
        raise CommonGroundError(
            f"the access code may only use {CODE_ALPHABET} (easy to read out); "
            f"remove {''.join(odd)!r}"
        )
    return cleaned


def codes_match(typed: str, code: str) -> bool:
    """Compare a typed code with the room's, in any case, in constant time."""
    return secrets.compare_digest(canonical_code(typed).encode(), canonical_code(code).encode())


class Throttle:
    """Slow down wrong guesses: after ``free_tries`` failures from one client, that client
    must wait, twice as long after each further failure (capped at ``max_wait`` seconds).

    A success clears the client's record. Thread-safe; state is in memory only.
    """

    def __init__(self, free_tries: int = 5, first_wait: float = 2.0, max_wait: float = 300.0):
        self.free_tries = free_tries
        self.first_wait = first_wait
        self.max_wait = max_wait
        self._failures: dict[str, tuple[int, float]] = {}
        self._lock = threading.Lock()

    def wait_left(self, client: str, now: float | None = None) -> float:
        """Seconds ``client`` must still wait before a try is even checked (0 when free)."""
        now = time.monotonic() if now is None else now
        with self._lock:
            count, until = self._failures.get(client, (0, 0.0))
        return max(0.0, until - now) if count >= self.free_tries else 0.0

    def failed(self, client: str, now: float | None = None) -> float:
        """Record a wrong try; return how long the client must now wait."""
        now = time.monotonic() if now is None else now
        with self._lock:
            count, _ = self._failures.get(client, (0, 0.0))
            count += 1
            wait = 0.0
            if count >= self.free_tries:
                wait = min(self.max_wait, self.first_wait * 2 ** (count - self.free_tries))
            self._failures[client] = (count, now + wait)
            if len(self._failures) > 10_000:  # forget the oldest clients
                for key in list(self._failures)[:1000]:
                    del self._failures[key]
        return wait

    def succeeded(self, client: str) -> None:
        """Forget ``client``'s failures."""
        with self._lock:
            self._failures.pop(client, None)


def big_code(code: str) -> list[str]:
    """The access code framed and spaced out, to read from the back of a room."""
    spaced = "   ".join(code)
    bar = "#" * (len(spaced) + 8)
    return [
        bar,
        f"##  {' ' * len(spaced)}  ##",
        f"##  {spaced}  ##",
        f"##  {' ' * len(spaced)}  ##",
        bar,
    ]
