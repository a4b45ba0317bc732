"""One-time return codes: how a released name, and its journal, go back to its owner.

When the facilitator releases a name on the hub (its owner is on a new device, or signed
out), the name's folder and journal stay where they are and nobody else may take the
name: the facilitator is shown a return code for its owner, who types it in place of the
room's access code. The code works once. Only a hash of it is kept, in
``<hub>/return-codes.json``.
"""

from __future__ import annotations

import hashlib
import hmac
from pathlib import Path

from commonground import storage
from commonground.serving.codes import MAX_TYPED_CODE, canonical_code, new_code

RETURNS_FILE = "return-codes.json"
#: Characters in a return code (read out or written on a slip of paper).
RETURN_CODE_LENGTH = 8


def _digest(code: str) -> str:
    return hashlib.sha256(canonical_code(code).encode("utf-8")).hexdigest()


class ReturnCodes:
    """The pending return codes of one hub (name -> hash of its code)."""

    def __init__(self, hub_dir: str | Path):
        self.path = Path(hub_dir) / RETURNS_FILE

    def _read(self) -> dict[str, str]:
        data = storage.read_json(self.path, default={})
        return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}

    def issue(self, name: str) -> str:
        """A fresh code for ``name`` (any earlier one stops working); shown once."""
        code = new_code(RETURN_CODE_LENGTH)
        with storage.locked(self.path):
            codes = self._read()
            codes[name] = _digest(code)
            storage.atomic_write_json(self.path, codes)
        return f"{code[:4]}-{code[4:]}"

    def use(self, name: str, typed: str) -> bool:
        """Whether ``typed`` is ``name``'s code; a right one is used up."""
        if len(str(typed or "")) > MAX_TYPED_CODE or not canonical_code(typed):
            return False
        with storage.locked(self.path):
            codes = self._read()
            expected = codes.get(name)
            if not (expected and hmac.compare_digest(expected, _digest(typed))):
                return False
            del codes[name]
            storage.atomic_write_json(self.path, codes)
        return True
