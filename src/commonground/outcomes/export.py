"""Writing logs and tables out safely.

Spreadsheet programs run a cell that starts with ``=``, ``+``, ``-`` or ``@`` (or a
tab or carriage return) as a formula: a hostile log could carry ``=HYPERLINK(...)``
into a trainer's Excel. Every text cell we write that starts with one of those (or
with a full-width or other look-alike of them, or with one after blanks or invisible
characters: :mod:`commonground.formula_cells`) gets a leading apostrophe, which
spreadsheets show as plain text. HTML is escaped.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd

from commonground.errors import CommonGroundError
from commonground.formula_cells import FORMULA_START, neutralise


def neutralise_formulas(df: pd.DataFrame) -> pd.DataFrame:
    """Return a copy where text cells that could run as a formula start with ``'``.

    Numbers, booleans and dates are left as they are (they cannot be formulas). Column
    names are cells of the header row: one that could run (an extra column of a hostile
    log, kept through a merge or a quarantine file) gets the apostrophe too.
    """
    out = df.copy()
    out.columns = [neutralise(c) if isinstance(c, str) else c for c in out.columns]
    for name in out.columns:
        values = out[name]
        if pd.api.types.is_string_dtype(values.dtype) or values.dtype == object:
            text = values.astype("str")
            risky = text.str.contains(FORMULA_START, regex=True, na=False)
            if risky.any():
                out[name] = text.where(~risky, "'" + text)
    return out


def _canonical(df: pd.DataFrame) -> pd.DataFrame:
    """Booleans as ``true``/``false``, dates as ``YYYY-MM-DD``, missing as empty."""
    out = neutralise_formulas(df)
    for name in out.columns:
        values = out[name]
        if pd.api.types.is_bool_dtype(values.dtype):
            known = values.notna().to_numpy(dtype=bool)
            flags = values.fillna(False).to_numpy(dtype=bool)
            out[name] = pd.array(
                np.where(known, np.where(flags, "true", "false"), None), dtype="str"
            )
        elif pd.api.types.is_datetime64_any_dtype(values.dtype):
            out[name] = values.dt.strftime("%Y-%m-%d")
    return out


#: What ``write_log`` writes, by extension.
LOG_SUFFIXES = (".csv", ".xlsx", ".parquet")


def refuse_unwritable_log(path) -> None:
    """Refuse before anything is read when a log is to be written as a type we do not
    write (``-o team.json``): exit code 2, nothing read or written (as a refusal of an
    input), rather than a report printed and then a failure (exit code 1)."""
    suffix = Path(path).suffix.lower()
    if suffix not in LOG_SUFFIXES:
        error = CommonGroundError(
            f"{path}: unsupported file type '{suffix or '(none)'}' for the log to write "
            "(use .csv, .xlsx or .parquet); nothing was read or written"
        )
        error.exit_code = 2
        raise error


def refuse_overwriting_inputs(inputs, outputs) -> None:
    """Refuse before anything is read when a file to write is one of the input files.

    ``log validate log.csv --quarantine log.csv`` or ``log import x.csv -o x.csv`` would
    otherwise replace the trainer's own file. Paths are compared as files (the same
    file however it is spelled: ``./log.csv``, a link, another case on Windows).

    Raises
    ------
    CommonGroundError
        Naming the output and the input it would overwrite (exit code 2).
    """
    given = [Path(p).expanduser() for p in inputs if p]
    for out in outputs:
        if not out:
            continue
        target = Path(out).expanduser()
        for source in given:
            if _same_file(target, source):
                error = CommonGroundError(
                    f"{out}: this is the input file {source}; choose another name for the "
                    "output (an input file is never overwritten)"
                )
                error.exit_code = 2
                raise error


def _same_file(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    except OSError:
        pass
    return os.path.normcase(os.path.realpath(a)) == os.path.normcase(os.path.realpath(b))


def usual_permissions(path: str | os.PathLike) -> None:
    """Give ``path`` the permissions a normal new file gets (``mkstemp`` makes 0600)."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(path, 0o666 & ~umask)


def _atomic(path: Path, write) -> Path:
    """Call ``write(tmp_path)`` then move the temporary file over ``path`` in one step."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(
        prefix=f".{path.name}.", suffix=f".tmp{path.suffix}", dir=path.parent
    )
    os.close(fd)
    try:
        write(tmp)
        usual_permissions(tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def to_safe_csv(df: pd.DataFrame, path: str | os.PathLike) -> Path:
    """Write ``df`` as UTF-8 CSV with formula cells neutralised, atomically.

    Booleans are written ``true``/``false``, dates ``YYYY-MM-DD``, missing values empty,
    lines end with CR LF as RFC 4180 asks (so a cell holding a line break of either
    kind is quoted); the same frame always gives the same bytes.
    """
    safe = _canonical(df)
    return _atomic(Path(path), lambda tmp: _write_csv(safe, tmp))


def _write_csv(df: pd.DataFrame, target: str) -> None:
    """Write with pyarrow when no cell needs quoting (fast), else with pandas.

    Both give the same bytes: pyarrow is only used for text and integer columns with
    quoting switched off, and it refuses (so pandas takes over) as soon as one cell
    would need quotes.
    """
    import pyarrow as pa
    from pyarrow import csv as pacsv

    plain = all(
        pd.api.types.is_string_dtype(df[c].dtype) or pd.api.types.is_integer_dtype(df[c].dtype)
        for c in df.columns
    )
    if plain and len(df.columns):
        try:
            table = pa.Table.from_pandas(df, preserve_index=False)
            options = pacsv.WriteOptions(eol="\r\n", quoting_style="none", quoting_header="none")
            pacsv.write_csv(table, target, options)
            return
        except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError, TypeError):
            pass  # a cell needs quotes (or an odd type): pandas quotes exactly as needed
    df.to_csv(target, index=False, na_rep="", lineterminator="\r\n")


def to_safe_html(df: pd.DataFrame) -> str:
    """Return ``df`` as an HTML table: text escaped, formula cells neutralised."""
    return _canonical(df).to_html(index=False, escape=True, na_rep="")


def _write_xlsx(df: pd.DataFrame, tmp: str) -> None:
    safe = neutralise_formulas(df).astype(object)
    safe = safe.where(safe.notna(), None)
    for name, safe_name in zip(df.columns, safe.columns, strict=True):
        if pd.api.types.is_datetime64_any_dtype(df[name].dtype):
            safe[safe_name] = [None if v is None else v.date() for v in safe[safe_name]]
    with pd.ExcelWriter(tmp, engine="openpyxl") as writer:
        safe.to_excel(writer, index=False, sheet_name="outcome_log")


def write_log(df: pd.DataFrame, path: str | os.PathLike) -> Path:
    """Write a log as .csv, .xlsx or .parquet (chosen by extension), atomically.

    Raises
    ------
    CommonGroundError
        For any other extension.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return to_safe_csv(df, path)
    if suffix == ".xlsx":
        return _atomic(path, lambda tmp: _write_xlsx(df, tmp))
    if suffix == ".parquet":
        return _atomic(path, lambda tmp: df.to_parquet(tmp, index=False))
    raise CommonGroundError(
        f"{path}: unsupported file type '{suffix}' (use .csv, .xlsx or .parquet)"
    )
