"""Measure the reader against a labelled table and print a confusion table.

Run ``python -m commonground.reader.evaluate [CSV ...]``. With no argument it reads the
tables shipped with the tests (``tests/data/reader_*.csv`` of the clone the package is
installed from; docs/reader.md says which
were written before tuning and what each scored on first sight). A table has the
columns ``text,kind,specific_parts`` (parts ``;``-separated) and, optionally,
``signals`` (``;``-separated, scored per signal when the column is there).
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from commonground.errors import InputFileError
from commonground.reader import ASK_PARTS, KINDS, SIGNALS, read_line
from commonground.resources import checkout_root

DATA_DIR = (checkout_root() or Path.cwd()) / "tests" / "data"
DEFAULT_TABLES = tuple(
    DATA_DIR / f"reader_{name}.csv"
    for name in (
        "examples",
        "heldout",
        "messy",
        "unseen",
        "final",
        "heldout12",
        "heldout12b",
        "heldout_s5",
        "heldout_s5b",
        "heldout_s6",
        "heldout_s6b",
        "heldout_s7",
    )
)


@dataclass(frozen=True)
class Example:
    """One labelled line."""

    text: str
    kind: str
    specific_parts: tuple[str, ...]
    signals: tuple[str, ...] | None = None


@dataclass
class Evaluation:
    """Results of reading every line of a table.

    Attributes
    ----------
    n
        Number of lines.
    correct
        Lines whose kind was read right.
    confusion
        ``Counter`` of ``(true kind, read kind)`` pairs.
    asks, parts_exact
        Lines labelled ``ask`` and read as ``ask``, and how many of those had exactly
        the labelled parts.
    misses
        ``(text, true kind, read kind)`` for every wrong kind.
    """

    n: int = 0
    correct: int = 0
    confusion: Counter = field(default_factory=Counter)
    asks: int = 0
    parts_exact: int = 0
    misses: list = field(default_factory=list)
    part_misses: list = field(default_factory=list)
    signal_lines: int = 0
    signals_exact: int = 0
    signal_counts: Counter = field(default_factory=Counter)
    signal_misses: list = field(default_factory=list)

    def signal_recall(self, signal: str) -> float:
        """Share of lines labelled with ``signal`` that were read with it."""
        total = self.signal_counts[(signal, "tp")] + self.signal_counts[(signal, "fn")]
        return self.signal_counts[(signal, "tp")] / total if total else 0.0

    def signal_precision(self, signal: str) -> float:
        """Share of lines read with ``signal`` that were labelled with it."""
        total = self.signal_counts[(signal, "tp")] + self.signal_counts[(signal, "fp")]
        return self.signal_counts[(signal, "tp")] / total if total else 0.0

    @property
    def accuracy(self) -> float:
        """Share of lines whose kind was read right."""
        return self.correct / self.n if self.n else 0.0

    @property
    def parts_accuracy(self) -> float:
        """Share of true asks (read as asks) whose parts were read exactly."""
        return self.parts_exact / self.asks if self.asks else 0.0

    def recall(self, kind: str) -> float:
        """Share of lines labelled ``kind`` that were read as ``kind``."""
        total = sum(v for (t, _), v in self.confusion.items() if t == kind)
        return self.confusion[(kind, kind)] / total if total else 0.0

    def precision(self, kind: str) -> float:
        """Share of lines read as ``kind`` that were labelled ``kind``."""
        total = sum(v for (_, r), v in self.confusion.items() if r == kind)
        return self.confusion[(kind, kind)] / total if total else 0.0

    def support(self, kind: str) -> int:
        """Number of lines labelled ``kind``."""
        return sum(v for (t, _), v in self.confusion.items() if t == kind)


def load_examples(path) -> list[Example]:
    """Read a labelled table; bad rows raise :class:`InputFileError` naming the row."""
    path = Path(path)
    try:
        handle = path.open(newline="", encoding="utf-8")
    except OSError as exc:
        raise InputFileError(path, f"cannot open: {exc.strerror}") from exc
    examples = []
    with handle:
        reader = csv.DictReader(handle)
        missing = {"text", "kind", "specific_parts"} - set(reader.fieldnames or ())
        if missing:
            raise InputFileError(path, f"missing column(s): {', '.join(sorted(missing))}")
        for row_number, row in enumerate(reader, start=2):
            kind = (row["kind"] or "").strip()
            if kind not in KINDS:
                raise InputFileError(path, f"row {row_number}: kind {kind!r} is not one of KINDS")
            parts = tuple(p.strip() for p in (row["specific_parts"] or "").split(";") if p.strip())
            bad = [p for p in parts if p not in ASK_PARTS]
            if bad:
                raise InputFileError(
                    path, f"row {row_number}: specific_parts {bad} not in ASK_PARTS"
                )
            signals = None
            if "signals" in row and row["signals"] is not None:
                signals = tuple(sorted(p.strip() for p in row["signals"].split(";") if p.strip()))
                bad = [p for p in signals if p not in SIGNALS]
                if bad:
                    raise InputFileError(path, f"row {row_number}: signals {bad} not in SIGNALS")
            examples.append(Example(row["text"], kind, parts, signals))
    return examples


def evaluate(examples) -> Evaluation:
    """Read every example and tally the results."""
    result = Evaluation()
    for ex in examples:
        reading = read_line(ex.text)
        result.n += 1
        result.confusion[(ex.kind, reading.kind)] += 1
        if reading.kind == ex.kind:
            result.correct += 1
        else:
            result.misses.append((ex.text, ex.kind, reading.kind))
        if ex.signals is not None:
            result.signal_lines += 1
            if reading.signals == ex.signals:
                result.signals_exact += 1
            else:
                result.signal_misses.append((ex.text, ex.signals, reading.signals))
            for signal in SIGNALS:
                want, got = signal in ex.signals, signal in reading.signals
                if want or got:
                    result.signal_counts[
                        (signal, {(1, 1): "tp", (1, 0): "fn", (0, 1): "fp"}[(int(want), int(got))])
                    ] += 1
        if ex.kind == "ask" and reading.kind == "ask":
            result.asks += 1
            if reading.specific_parts == ex.specific_parts:
                result.parts_exact += 1
            else:
                result.part_misses.append((ex.text, ex.specific_parts, reading.specific_parts))
    return result


def format_report(result: Evaluation, title: str = "") -> str:
    """A plain-text report: accuracy, per-kind precision/recall, confusion table."""
    short = {k: k.replace("_question", "_q").replace("common_ground", "common") for k in KINDS}
    lines = [title] if title else []
    lines.append(f"kind accuracy: {result.correct}/{result.n} = {result.accuracy:.3f}")
    lines.append(
        f"ask parts exact match: {result.parts_exact}/{result.asks} = {result.parts_accuracy:.3f}"
    )
    lines.append("")
    lines.append(f"{'kind':<18}{'n':>4}{'recall':>8}{'precision':>11}")
    for k in KINDS:
        lines.append(
            f"{k:<18}{result.support(k):>4}{result.recall(k):>8.2f}{result.precision(k):>11.2f}"
        )
    lines.append("")
    lines.append("confusion (rows: label, columns: read as)")
    lines.append(" " * 18 + "".join(f"{short[k]:>10}" for k in KINDS))
    for t in KINDS:
        lines.append(f"{t:<18}" + "".join(f"{result.confusion[(t, r)]:>10}" for r in KINDS))
    if result.signal_lines:
        lines.append("")
        lines.append(
            f"signals exact match: {result.signals_exact}/{result.signal_lines} = "
            f"{result.signals_exact / result.signal_lines:.3f}"
        )
        lines.append(f"{'signal':<18}{'n':>4}{'recall':>8}{'precision':>11}")
        for sig in SIGNALS:
            n = result.signal_counts[(sig, "tp")] + result.signal_counts[(sig, "fn")]
            lines.append(
                f"{sig:<18}{n:>4}{result.signal_recall(sig):>8.2f}"
                f"{result.signal_precision(sig):>11.2f}"
            )
    if result.misses:
        lines.append("")
        lines.append("wrong kind:")
        lines.extend(f"  [{t} read as {r}] {text}" for text, t, r in result.misses)
    if result.part_misses:
        lines.append("")
        lines.append("ask parts differ (label vs read):")
        lines.extend(
            f"  {';'.join(want) or '-'} vs {';'.join(got) or '-'}: {text}"
            for text, want, got in result.part_misses
        )
    if result.signal_misses:
        lines.append("")
        lines.append("signals differ (label vs read):")
        lines.extend(
            f"  {';'.join(want) or '-'} vs {';'.join(got) or '-'}: {text}"
            for text, want, got in result.signal_misses
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Print a report for each table given (default: the shipped tables)."""
    paths = (argv if argv is not None else sys.argv[1:]) or [str(p) for p in DEFAULT_TABLES]
    for i, path in enumerate(paths):
        if i:
            print("\n" + "=" * 60 + "\n")
        print(format_report(evaluate(load_examples(path)), title=f"table: {path}"))
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
