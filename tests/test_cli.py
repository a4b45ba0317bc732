"""The `commonground` command: help, version, and one-line errors."""

import subprocess
import sys

import pytest

from commonground import __version__, cli
from commonground.errors import CommonGroundError


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"commonground {__version__}"


def test_help_lists_subcommands(capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert "usage: commonground" in out
    assert "progress" in out


def test_no_command_prints_help(capsys):
    assert cli.main([]) == 0
    assert "usage: commonground" in capsys.readouterr().out


def _failing_command(subparsers, exc):
    def run(args):
        raise exc

    parser = subparsers.add_parser("explode")
    parser.set_defaults(func=run)


@pytest.mark.parametrize(
    ("exc", "expected"),
    [
        (CommonGroundError("data.csv: no rows"), "commonground: error: data.csv: no rows"),
        (ValueError("boom"), "commonground: error: unexpected ValueError: boom"),
    ],
)
def test_errors_are_one_line_without_traceback(monkeypatch, capsys, exc, expected):
    real_build = cli.build_parser

    def build():
        parser = real_build()
        sub = next(a for a in parser._actions if a.dest == "command")
        _failing_command(sub, exc)
        return parser

    monkeypatch.setattr(cli, "build_parser", build)
    assert cli.main(["explode"]) == 1
    err = capsys.readouterr().err
    assert err.strip().splitlines()[0].startswith(expected)
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err
    with pytest.raises(type(exc)):
        cli.main(["--debug", "explode"])


def test_unknown_subcommand_exits_nonzero():
    result = subprocess.run(
        [sys.executable, "-m", "commonground", "no-such-command"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "invalid choice" in result.stderr


def test_console_script_is_installed():
    import shutil
    from pathlib import Path

    script = Path(sys.executable).with_name("commonground")
    exe = str(script) if script.exists() else shutil.which("commonground")
    assert exe, "the commonground console script is not installed"
    result = subprocess.run([exe, "--version"], capture_output=True, text=True, check=True)
    assert __version__ in result.stdout


def test_progress_command(tmp_path, capsys):
    progress_file = tmp_path / "p.json"
    assert cli.main(["progress", "--file", str(progress_file)]) == 0
    assert "0 of" in capsys.readouterr().out


def test_building_the_cli_loads_no_heavy_library():
    """Every command's options are built at start-up; none may load pandas or numpy then
    (they cost half a second, and `analyze` forks its helper only before numpy loads)."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from commonground import cli\n"
        "cli.build_parser()\n"
        "heavy = {'numpy', 'pandas', 'pyarrow', 'sklearn', 'ipywidgets', 'jupyterhub'}\n"
        "print(sorted(heavy & {m.split('.')[0] for m in sys.modules}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", out.stdout


def _helps(parser, prefix=()):
    """Every parser under ``parser`` by its command words, with its help text."""
    import argparse

    found = {prefix: parser.format_help()}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for word, sub in action.choices.items():
                found.update(_helps(sub, (*prefix, word)))
    return found


def test_a_command_alone_is_parsed_as_among_every_command():
    """``main`` builds the parser of a command with that command's module alone: every
    parser under that command (options, actions, help) is the one the full parser has."""
    import pkgutil

    from commonground import commands

    full = _helps(cli.build_parser())
    names = [m.name for m in pkgutil.iter_modules(commands.__path__) if m.name[0] != "_"]
    assert len(names) >= 10
    for name in names:
        alone = _helps(cli._parser_for(["--debug", name, "--some-option"]))
        mine = {words[0] for words in alone if words}  # analyze.py adds "report" too
        assert name in mine and len(mine) < len(names)
        assert alone.pop(()) != full[()]  # the top level lists only the module's commands
        assert alone == {words: text for words, text in full.items() if words and words[0] in mine}
    # anything but a module's command gets every command: "report" (analyze.py adds it)
    for argv in (["report", "x.csv"], ["--help"], [], ["no-such-command"]):
        assert _helps(cli._parser_for(argv)) == full
    # and main() parses with it
    assert cli.main(["--debug", "scenarios", "list"]) == 0


@pytest.mark.parametrize(
    "argv",
    [
        ["analyze", "x.csv"],
        ["report", "x.csv"],
        ["scenarios", "lint"],
        ["log", "validate", "x.csv"],
        ["log", "export", "-o", "x.csv"],
        ["log", "merge", "-o", "x.csv", "a.csv", "b.csv"],
        ["log", "generate", "--rows", "5", "--seed", "1", "-o", "x.csv"],
        ["log", "import", "--from", "van-signups", "x.csv", "-o", "y.csv"],
        ["log", "add"],
        ["log", "showed-up"],
    ],
)
def test_commands_that_read_logs_or_lint_exit_directly(argv):
    """Commands that read outcome logs (pyarrow's thread pool can abort Python's
    teardown: "terminate called without an active exception") or lint scenarios end
    with os._exit once their output is flushed (cli.run)."""
    args, _ = cli._parser_for(argv).parse_known_args(argv)
    assert getattr(args, "exit_directly", False), argv


def test_a_command_that_exits_directly_keeps_its_output_and_code(tmp_path, capsys):
    from pathlib import Path

    sample = Path(__file__).resolve().parents[1] / "data" / "sample_workshop_log.csv"
    bad = tmp_path / "bad.csv"
    bad.write_text("meeting_id,date\n1,not a date\n", encoding="utf-8")
    for path, code in ((sample, 0), (bad, 2)):
        assert cli.main(["log", "validate", str(path)]) == code
        seen = capsys.readouterr()
        done = subprocess.run(
            [sys.executable, "-m", "commonground", "log", "validate", str(path)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert (done.returncode, done.stdout, done.stderr) == (code, seen.out, seen.err)
