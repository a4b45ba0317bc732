"""The build's steps, each a small function from notebook to notebook.

In the manner of nbgrader's preprocessors: every step takes an ``nbformat`` notebook and
a :class:`Context` (which file, which variant) and returns the notebook changed in one
way. :data:`LESSON_STEPS` and :data:`EXERCISE_STEPS` list them in order;
:func:`commonground.build.pipeline.render` runs them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from commonground.schema_import import import_jsonschema

import_jsonschema()  # before nbformat imports it: no IRI grammar built (see schema_import)

import nbformat  # noqa: E402

from commonground.errors import InputFileError  # noqa: E402

#: What an unanswered answer line looks like, in content and in exercise notebooks.
ANSWER = "____  # your answer here"
#: Cell tags that pick a variant; a cell tagged for the other variant is dropped.
VARIANT_TAGS = ("exercise", "solution")
_KERNELSPEC = {"display_name": "Python 3", "language": "python", "name": "python3"}
_ANSWER_LINE = re.compile(r"^(?P<indent>\s*)(?P<name>\w+) = ____\s*(#.*)?$")


@dataclass(frozen=True)
class Context:
    """What a step needs to know besides the notebook.

    Attributes
    ----------
    source
        The text notebook, as shown in messages and the generated note
        (``content/exercises/06_the_ask_exercises.md``).
    variant
        ``"lesson"``, ``"exercise"`` or ``"solution"``.
    questions
        For exercise notebooks, the question set (``"lesson06"``) whose model answers
        fill the solutions.
    code_lines
        The line in the text where each code cell's code starts, for messages.
    content
        The content folder being built, whose ``questions/`` give the model answers
        (empty: the shipped content).
    """

    source: str
    variant: str = "lesson"
    questions: str = ""
    code_lines: tuple[int, ...] = ()
    content: str = ""


def read(text: str, ctx: Context) -> nbformat.NotebookNode:
    """Read a MyST text notebook with jupytext."""
    import jupytext

    try:
        return jupytext.reads(text, fmt="md:myst")
    except Exception as exc:  # jupytext raises many kinds; the message is what matters
        raise InputFileError(ctx.source, f"not a readable text notebook ({exc})") from None


def strip_outputs(nb, ctx: Context):
    """No outputs, no execution counts (a text notebook has none, but be sure)."""
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
    return nb


def cell_ids(nb, ctx: Context):
    """Ids ``<prefix>-00``, ``-01``, ... by position, the prefix from the file name.

    Given before any cell is dropped, so a cell has the same id in the exercise and the
    solution notebook.
    """
    stem = ctx.source.rsplit("/", 1)[-1].removesuffix(".md")
    prefix = stem.split("_", 1)[0]
    for n, cell in enumerate(nb.cells):
        cell["id"] = f"{prefix}-{n:02d}"
    return nb


def select_variant(nb, ctx: Context):
    """Drop the cells tagged for the other variant; remove the variant tags."""
    if ctx.variant == "lesson":
        return nb
    drop = "exercise" if ctx.variant == "solution" else "solution"
    kept = []
    for cell in nb.cells:
        tags = list(cell.metadata.get("tags", []))
        if drop in tags:
            continue
        rest = [t for t in tags if t not in VARIANT_TAGS]
        if rest:
            cell.metadata["tags"] = rest
        else:
            cell.metadata.pop("tags", None)
        kept.append(cell)
    nb.cells = kept
    return nb


def fill_solutions(nb, ctx: Context):
    """In the solution notebook, write each question's model answer into its answer line.

    An answer line is ``answer_1 = ____  # your answer here``; the question is the one
    checked with that name further down the cell (``q1.check(answer_1)``). The model
    answer comes from the question itself (:mod:`commonground.build.solutions`), so it
    is written in one place only.
    """
    if ctx.variant != "solution":
        return nb
    code = [cell for cell in nb.cells if cell.cell_type == "code"]
    for index, cell in enumerate(code):
        if "____" in cell.source:
            line = ctx.code_lines[index] if index < len(ctx.code_lines) else 0
            cell.source = _fill_cell(cell.source, ctx, line)
    return nb


def _fill_cell(source: str, ctx: Context, first_line: int) -> str:
    """One cell of a solution notebook with its answer lines filled in."""
    from commonground.build import solutions

    checked = dict(
        (m.group(2), m.group(1)) for m in re.finditer(r"\b(\w+)\.check\(\s*(\w+)\s*\)", source)
    )
    answers = {
        name: solutions.answer_lines(
            solutions.model_answer(ctx.questions, question, ctx.source, ctx.content or None),
            name,
        )
        for name, question in checked.items()
    }
    out = []
    for number, line in enumerate(source.split("\n"), first_line):
        found = _ANSWER_LINE.match(line)
        if not found:
            out.append(line)
            continue
        name, indent = found.group("name"), found.group("indent")
        if name in answers:
            out.extend(indent + code if code else code for code in answers[name])
        elif not any(solutions.assigns(code, name) for code in answers.values()):
            raise InputFileError(
                ctx.source,
                f"line {number}: {name} = ____ but no question checks it and no model "
                f"answer sets it (add a line like q1.check({name}))",
            )
    return "\n".join(out)


def header(nb, ctx: Context):
    """Exercise and solution notebooks open with a note saying where they come from."""
    if ctx.variant == "lesson":
        return nb
    what = "Exercises" if ctx.variant == "exercise" else "Solutions"
    text = (
        f"*{what}: generated from `{ctx.source}` by `commonground build`. "
        "Trainers: edit that file, then rebuild; do not edit this notebook by hand.*"
    )
    cell = nbformat.v4.new_markdown_cell(text)
    cell["id"] = "generated-note"
    nb.cells.insert(0, cell)
    return nb


def page_title(text_title: str, stem: str, variant: str) -> str:
    """The notebook's human title, as a browser tab shows it.

    ``Lesson 06: The ask ...`` for a numbered lesson, the front matter's title for the
    course home (lesson 00) and the tools, and for an exercise notebook its own title
    (``Practice: ...``), with ``Solutions`` in place of ``Practice`` in the solutions.
    """
    if variant == "solution":
        rest = text_title.removeprefix("Practice")
        return f"Solutions{rest}" if rest != text_title else f"Solutions: {text_title}"
    number = stem[:2]
    if variant == "lesson" and number.isdigit() and number != "00":
        return f"Lesson {number}: {text_title}"
    return text_title


def title(nb, ctx: Context):
    """Turn the front matter's ``title`` into the notebook's human title (``metadata.title``,
    which nbconvert's and Voila's templates put in the page's ``<title>``)."""
    text_title = str(nb.metadata.pop("title", "") or "").strip()
    if not text_title:  # `commonground content lint` reports the missing key
        return nb
    stem = ctx.source.rsplit("/", 1)[-1].removesuffix(".md")
    nb.metadata["title"] = page_title(text_title, stem, ctx.variant)
    return nb


def clean_metadata(nb, ctx: Context):
    """Only a fixed, minimal metadata: the kernel, which text it was built from, and the
    human title (:func:`title`)."""
    meta = {
        "commonground": {"generated_from": ctx.source, "variant": ctx.variant},
        "kernelspec": dict(_KERNELSPEC),
        "language_info": {"name": "python"},
    }
    if nb.metadata.get("title"):
        meta["title"] = nb.metadata["title"]
    nb.metadata = nbformat.NotebookNode(meta)
    nb.nbformat, nb.nbformat_minor = 4, 5
    for cell in nb.cells:
        cell.metadata = nbformat.NotebookNode(
            {k: v for k, v in cell.metadata.items() if k == "tags"}
        )
    return nb


def write(nb, ctx: Context) -> str:
    """The notebook file's exact text, as Jupyter writes it (so saving changes nothing)."""
    nbformat.validate(nb)
    return nbformat.writes(nb) + "\n"


#: Lesson notebooks: content/lessons/<id>.md -> notebooks/<id>.ipynb.
LESSON_STEPS = (strip_outputs, cell_ids, title, clean_metadata)
#: Exercise and solution notebooks: content/exercises/<name>.md -> both.
EXERCISE_STEPS = (
    strip_outputs,
    cell_ids,
    select_variant,
    fill_solutions,
    header,
    title,
    clean_metadata,
)
