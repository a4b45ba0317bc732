"""Access codes read out to a room, and a throttle for wrong guesses.

Codes use letters and digits that cannot be misheard or misread (no 0/O, 1/I/L, 5/S),
are at least :data:`MIN_CODE_LENGTH` long, and are compared in any case: a code read
aloud as "k7pm" works typed "K7PM".
"""

from __future__ import annotations

import os
import secrets

from commonground.errors import CommonGroundError
from commonground.serving.address_records import AddressRecords

CODE_ALPHABET = "ABCDEFGHJKMNPQRTUVWXYZ2346789"
MIN_CODE_LENGTH = 6
#: Characters a chosen code may have: read out to a room and typed on phones; a longer
#: one was printed framed on one line (10,000 characters made a 30,000-column frame).
MAX_CODE_LENGTH = 24
#: Characters a typed code may have before it is cleaned; a longer one is wrong unread
#: (a script sending a megabyte of dashes held the server's one thread for each).
MAX_TYPED_CODE = 200


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
        Naming what is wrong: too short or too long, or characters outside
        :data:`CODE_ALPHABET`.
    """
    cleaned = canonical_code(code)
    if len(cleaned) < min_length:
        raise CommonGroundError(
            f"the access code needs at least {min_length} characters (got {len(cleaned)})"
        )
    if len(cleaned) > MAX_CODE_LENGTH:
        raise CommonGroundError(
            f"the access code may have at most {MAX_CODE_LENGTH} characters (got "
            f"{len(cleaned)}): it is read out and typed on phones"
        )
    odd = sorted(set(cleaned) - set(CODE_ALPHABET))
    if odd:
        raise CommonGroundError(
            f"the access code may only use {CODE_ALPHABET} (easy to read out); "
            f"remove {''.join(odd)!r}"
        )
    return cleaned


def client_key(address: str, ipv6_prefix: int = 64) -> str:
    """Whom a limit counts a request against: the IPv4 address, or the IPv6 /64 network
    (``ipv6_prefix`` bits: a wider network, such as a home's /48, for a site).

    One device on an IPv6 network can give itself any number of addresses within its
    /64 (privacy addresses): counting each address apart would let a script dodge every
    per-device limit. Anything that is not an address is counted as itself.
    """
    import ipaddress

    try:
        ip = ipaddress.ip_address(str(address).split("%")[0])
    except ValueError:
        return str(address)
    if ip.version == 6 and ip.ipv4_mapped is not None:
        return str(ip.ipv4_mapped)
    if ip.version == 6 and not ip.is_loopback:
        return str(ipaddress.ip_network(f"{ip}/{ipv6_prefix}", strict=False))
    return str(ip)


def codes_match(typed: str, code: str) -> bool:
    """Compare a typed code with the room's, in any case, in constant time (a typed
    code over :data:`MAX_TYPED_CODE` characters is wrong, unread)."""
    if len(str(typed or "")) > MAX_TYPED_CODE:
        return False
    return secrets.compare_digest(canonical_code(typed).encode(), canonical_code(code).encode())


class Throttle(AddressRecords):
    """Slow down wrong guesses: after ``free_tries`` failures from one client, that client
    must wait, twice as long after each further failure (capped at ``max_wait`` seconds).

    A success clears the client's record. Thread-safe. With ``path`` the record is kept in
    that JSON file (under a lock, wall-clock times), so a restarted server still makes a
    guesser wait and several processes share it; without, it is in memory only.
    """

    #: Clients remembered at most; past it the oldest are forgotten.
    MAX_CLIENTS = 10_000

    def __init__(
        self,
        free_tries: int = 5,
        first_wait: float = 2.0,
        max_wait: float = 300.0,
        path: str | os.PathLike | None = None,
    ):
        super().__init__(path)
        self.free_tries = free_tries
        self.first_wait = first_wait
        self.max_wait = max_wait

    def _parse_record(self, value) -> tuple[int, float]:
        return int(value[0]), float(value[1])

    def _dump_record(self, record) -> list:
        return list(record)

    def wait_left(self, client: str, now: float | None = None) -> float:
        """Seconds ``client`` must still wait before a try is even checked (0 when free)."""
        now = self._clock(now)
        with self._records() as records:
            count, until = records.get(client, (0, 0.0))
        wait = max(0.0, until - now) if count >= self.free_tries else 0.0
        return min(wait, self.max_wait)  # a clock set back never locks anyone out for long

    def failed(self, client: str, now: float | None = None) -> float:
        """Record a wrong try; return how long the client must now wait."""
        now = self._clock(now)
        with self._records(write=True) as records:
            count, _ = records.get(client, (0, 0.0))
            count += 1
            wait = 0.0
            if count >= self.free_tries:
                wait = min(self.max_wait, self.first_wait * 2 ** min(count - self.free_tries, 30))
            records.pop(client, None)  # re-inserted last: the newest stay when trimming
            records[client] = (count, now + wait)
            if len(records) > self.MAX_CLIENTS:  # forget the oldest clients
                for key in list(records)[: len(records) - self.MAX_CLIENTS + 1000]:
                    del records[key]
        return wait

    def succeeded(self, client: str) -> None:
        """Forget ``client``'s failures."""
        with self._records() as records:
            if client not in records:
                return  # nothing to forget: no write
        with self._records(write=True) as records:
            records.pop(client, None)


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
