"""The command line: parse arguments, call the library, turn user errors into one line.

Exit status: 0 success, 1 a run that failed, 2 a usage/config/facts-file error, 3 locked out,
130 interrupted (Ctrl-C), 143 stopped by SIGTERM.
"""
from __future__ import annotations

import argparse
import logging
import signal
import stat
import sys
import traceback
from pathlib import Path
from typing import Optional, Sequence

from briefgen import __version__
from briefgen.errors import (EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, EXIT_TERMINATED, EXIT_USAGE, ConfigError,
                             UserError)

log = logging.getLogger("briefgen")
FORMATS = ("md", "html", "pdf")


class Parser(argparse.ArgumentParser):
    """argparse that exits with EXIT_USAGE and one line, like every other user error."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"briefgen: error: {message}\n")


def _formats(value: str) -> list[str]:
    wanted = [f.strip().lower() for f in value.split(",") if f.strip()]
    bad = [f for f in wanted if f not in FORMATS]
    if bad or not wanted:
        raise argparse.ArgumentTypeError(f"unknown format {', '.join(bad) or value!r}; choose from md,html,pdf")
    return wanted


def _date(value: str) -> str:
    from briefgen.pipeline import parse_day

    try:
        return parse_day(value)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def _regular_file(path: Optional[Path], what: str) -> None:
    """A named pipe or a device given as a file would block the read for ever: refuse it first."""
    if path is None:
        return
    try:
        mode = path.stat().st_mode
    except OSError:
        return  # the reader reports a missing or unreadable file in its own words
    if not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
        raise ConfigError(f"{path}: cannot read {what}: not a regular file (a named pipe, device or socket)")


def _common(p: argparse.ArgumentParser, inputs: bool = True) -> None:
    if inputs:
        p.add_argument("inputs", nargs="*", metavar="INPUT",
                       help="article files (.txt, .md, .html), folders or globs (default: the config's inputs, or seeds/)")
    p.add_argument("--config", type=Path, metavar="FILE", help="settings file (briefgen.yaml); flags override it")
    p.add_argument("--model", help="spaCy pipeline to parse with (an installed package name)")
    p.add_argument("-v", "--verbose", action="count", default=0, help="more log lines (-vv: per article)")
    p.add_argument("-q", "--quiet", action="store_true", help="no success line (for cron mail); errors still show")
    p.add_argument("--debug", action="store_true", help="show the full traceback of an error")


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="briefgen", description="Sourced briefing notes from a folder of news articles: "
                    "developments, positions, open questions, casualty figures and quotes, each citing its sentence.")
    parser.add_argument("--version", action="version", version=f"briefgen {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    b = sub.add_parser("build", help="articles → briefing.md, .html, .pdf and facts.json",
                       description="Read the articles, extract the facts and write the briefing in every format "
                       "asked for, plus facts.json, into the output folder. Safe to run from cron.")
    _common(b)
    b.add_argument("--out", type=Path, metavar="DIR", help="output folder (default: output/)")
    b.add_argument("--format", type=_formats, metavar="md,html,pdf", help="formats to write (default: all three)")
    b.add_argument("--templates", type=Path, metavar="DIR", help="folder of templates that override the built-in ones")
    b.add_argument("--jobs", type=int, metavar="N", help="parse and extract in N processes")
    b.add_argument("--lock", choices=("wait", "fail"), help="if another run holds the output folder: wait, or fail at once")
    b.add_argument("--no-cache", action="store_true", help="re-parse every article")
    b.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="the briefing's date (default: today)")
    b.add_argument("--debug-templates", action="store_true", help="show which template files were considered and used")

    e = sub.add_parser("extract", help="articles → the facts file only",
                       description="Read the articles and write the facts file (JSON or YAML) to a file or stdout.")
    _common(e)
    e.add_argument("-o", "--output", type=Path, metavar="FILE", help="write here instead of stdout")
    e.add_argument("--format", choices=("json", "yaml"), default=None, help="facts file format (default: json, or by -o's extension)")
    e.add_argument("--jobs", type=int, metavar="N", help="parse and extract in N processes")

    r = sub.add_parser("render", help="a facts file (possibly edited by hand) → briefing files",
                       description="Render a facts file without re-reading the articles.")
    r.add_argument("facts", type=Path, metavar="FACTS", help="facts file (.json or .yaml)")
    _common(r, inputs=False)
    r.add_argument("--out", type=Path, metavar="DIR", help="output folder (default: output/)")
    r.add_argument("--format", type=_formats, metavar="md,html,pdf", help="formats to write (default: all three)")
    r.add_argument("--templates", type=Path, metavar="DIR", help="folder of templates that override the built-in ones")
    r.add_argument("--debug-templates", action="store_true", help="show which template files were considered and used")

    v = sub.add_parser("serve", help="the briefing as a local web page, with review controls and live reload",
                       description="Show the briefing in the browser, rebuilt whenever an article, the config, a "
                       "template or the overrides change. Each fact has review controls (suppress, correct, "
                       "restore) that write the overrides file. Listens on 127.0.0.1 on a free port unless "
                       "told otherwise; writes no briefing file. See docs/review.md.")
    _common(v)
    v.add_argument("--out", type=Path, metavar="DIR", help="output folder whose facts carry the ids (default: output/)")
    v.add_argument("--templates", type=Path, metavar="DIR", help="folder of templates that override the built-in ones")
    v.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, this machine only)")
    v.add_argument("--port", type=int, default=0, help="port to listen on (default: a free one)")

    t = sub.add_parser("templates", help="copy, list or check templates",
                       description="Work with the templates: copy the built-ins to edit, list where each comes from, "
                       "or render all of them against the seeds' facts to find errors.")
    parser.templates_parser = t  # type: ignore[attr-defined]
    tsub = t.add_subparsers(dest="action", metavar="ACTION", parser_class=Parser)
    ti = tsub.add_parser("init", help="copy the built-in templates and stylesheet into DIR",
                         description="Copy the built-in templates and stylesheet into DIR, to edit.")
    ti.add_argument("dir", type=Path, metavar="DIR")
    ti.add_argument("--debug", action="store_true", help="show the full traceback of an error")
    ti.add_argument("-v", "--verbose", action="count", default=0, help="more log lines")
    for name, text in (("list", "show every template and whether it comes from DIR or the built-ins"),
                       ("check", "render every template against the facts of seeds/ and report errors")):
        tp = tsub.add_parser(name, help=text, description=text[0].upper() + text[1:] + ".")
        tp.add_argument("--templates", type=Path, metavar="DIR", help="folder of templates that override the built-in ones")
        tp.add_argument("--config", type=Path, metavar="FILE", help="settings file (briefgen.yaml)")
        tp.add_argument("--debug", action="store_true", help="show the full traceback of an error")
        tp.add_argument("-v", "--verbose", action="count", default=0, help="more log lines")
        if name == "check":
            tp.add_argument("--facts", type=Path, metavar="FACTS", help="facts file to render (default: extract seeds/)")
    return parser


def _config(args: argparse.Namespace):
    from briefgen.config import load_config

    config = getattr(args, "loaded_config", None)
    if config is None:
        config, _ = load_config(getattr(args, "config", None))
    updates = {}
    for key in ("templates", "jobs", "model", "date", "lock"):
        value = getattr(args, key, None)
        if value is not None:
            updates[key] = value
    if updates.get("jobs") is not None and updates["jobs"] < 1:
        raise ConfigError("--jobs must be 1 or more")
    if "date" not in updates and config.date not in (None, ""):
        from briefgen.pipeline import parse_day

        try:
            parse_day(config.date)
        except ValueError as err:
            where = getattr(args, "config", None) or "config"
            raise ConfigError(f"{where}: key 'date': {err}") from None
    return config.model_copy(update=updates)


def _inputs(args: argparse.Namespace, config) -> list[str]:
    return list(args.inputs) if getattr(args, "inputs", None) else list(config.inputs)


def cmd_build(args: argparse.Namespace) -> int:
    from briefgen.build import run_build

    config = _config(args)
    out_dir = args.out or config.output.dir
    formats = args.format or list(config.formats)
    debug = (lambda line: print(f"templates: {line}", file=sys.stderr)) if args.debug_templates else None
    report = run_build(_inputs(args, config), config, Path(out_dir), formats, use_cache=not args.no_cache,
                       lock_wait=config.lock == "wait", progress=True, debug_templates=debug)
    if args.quiet:
        pass
    elif report.unchanged:
        print(f"briefgen: nothing changed; {out_dir} left as it was", file=sys.stderr)
    else:
        names = ", ".join(p.name for p in report.written) or "no file (all identical)"
        print(f"briefgen: wrote {names} in {out_dir}", file=sys.stderr)
    return EXIT_OK


def cmd_extract(args: argparse.Namespace) -> int:
    from briefgen import facts as facts_io
    from briefgen.output import write_files
    from briefgen.pipeline import build_facts

    config = _config(args)
    facts = build_facts(_inputs(args, config), config, progress=args.output is not None)
    fmt = args.format or ("yaml" if args.output and args.output.suffix in (".yaml", ".yml") else "json")
    text = facts_io.dumps(facts, fmt)
    if args.output is None:
        sys.stdout.write(text)
    else:
        write_files({args.output: text.encode("utf-8")}, kept="the file is unchanged")
    return EXIT_OK


def cmd_render(args: argparse.Namespace) -> int:
    from briefgen import facts as facts_io
    from briefgen.build import run_render

    config = _config(args)
    _regular_file(args.facts, "facts file")
    facts = facts_io.load(args.facts)
    out_dir = Path(args.out or config.output.dir)
    debug = (lambda line: print(f"templates: {line}", file=sys.stderr)) if args.debug_templates else None
    written = run_render(facts, config, out_dir, args.format or list(config.formats), debug=debug)
    if not args.quiet:
        print(f"briefgen: wrote {', '.join(p.name for p in written) or 'no file (all identical)'} in {out_dir}",
              file=sys.stderr)
    return EXIT_OK


def cmd_templates(args: argparse.Namespace) -> int:
    from briefgen.render import templates as tpl

    if args.action == "init":
        from briefgen.output import OutputError

        if args.dir.exists() and not args.dir.is_dir():
            raise OutputError(f"{args.dir}: not a folder; templates init copies the templates into a new or "
                              f"empty folder")
        try:
            copied = tpl.init_templates(args.dir)
        except OSError as err:
            where = err.filename or args.dir
            raise OutputError(f"{where}: cannot copy the templates: {err.strerror or err}") from None
        for path in copied:
            print(path)
        return EXIT_OK
    config = _config(args)
    user_dir = args.templates or config.templates
    if args.action == "list":
        for name, origin in tpl.list_templates(user_dir):
            print(f"{name}\t{origin}")
        return EXIT_OK
    from briefgen import facts as facts_io
    from briefgen.pipeline import build_facts
    from briefgen.render.paths import builtin_templates_dir

    if args.facts:
        _regular_file(args.facts, "facts file")
        facts = facts_io.load(args.facts)
    else:
        seeds = Path("seeds") if Path("seeds").is_dir() else builtin_templates_dir().parent / "seeds"
        facts = build_facts([str(seeds)], config)
    from briefgen.build import RENDER_TIME_LIMIT, time_limit

    with time_limit(RENDER_TIME_LIMIT):
        errors = tpl.check_templates(user_dir, facts, config)
    for line in errors:
        print(line, file=sys.stderr)
    if errors:
        return EXIT_FAILED
    print("briefgen: every template renders", file=sys.stderr)
    return EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    from briefgen.config import load_config
    from briefgen.serve import serve

    if not 0 <= args.port <= 65535:
        raise ConfigError("--port must be between 0 (a free port) and 65535")

    def current():
        if args.config is not None:  # read again on every rebuild: the config may have changed
            args.loaded_config, _ = load_config(args.config)
        return _config(args)

    config = _config(args)
    try:
        serve(current, lambda c: _inputs(args, c), Path(args.out or config.output.dir), args.config,
              host=args.host, port=args.port)
    except KeyboardInterrupt:  # Ctrl-C is how serving ends (the server itself may also take it)
        pass
    print("briefgen: stopped serving", file=sys.stderr)
    return EXIT_OK


class Terminated(BaseException):
    """SIGTERM (systemd stop, `timeout`): unwinds like Ctrl-C, so locks are released and temporaries removed."""


def _on_sigterm(signum, frame) -> None:
    raise Terminated()


COMMANDS = {"build": cmd_build, "extract": cmd_extract, "render": cmd_render, "serve": cmd_serve,
            "templates": cmd_templates}


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    if args.command == "templates" and not args.action:
        parser.templates_parser.error("templates needs an action: init DIR, list or check")
    from briefgen import log as logsetup

    logsetup.setup(args.verbose)
    try:
        previous_term = signal.signal(signal.SIGTERM, _on_sigterm)
    except ValueError:  # not the main thread (main() called from a thread): keep the default
        previous_term = None
    try:
        return _run(args, logsetup)
    finally:
        if previous_term is not None:
            signal.signal(signal.SIGTERM, previous_term)


def _run(args: argparse.Namespace, logsetup) -> int:
    try:
        if getattr(args, "config", None) is not None:
            from briefgen.config import load_config
            _regular_file(args.config, "config file")
            config, _ = load_config(args.config)
            args.loaded_config = config  # read once; the command applies its flags to it
            if config.log_file is not None:
                logsetup.setup(args.verbose, config.log_file)
        return COMMANDS[args.command](args)
    except UserError as err:
        if args.debug:
            traceback.print_exc()
        log.debug("failed", exc_info=True)
        print(f"briefgen: error: {err}", file=sys.stderr)
        return err.exit_code
    except BrokenPipeError:  # the reader went away (`briefgen templates list | head`): not an error
        import os
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        logsetup.to_file(logging.ERROR, "run interrupted (Ctrl-C); earlier output left as it was")
        print("briefgen: interrupted; earlier output left as it was", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Terminated:
        logsetup.to_file(logging.ERROR, "run stopped by SIGTERM; earlier output left as it was")
        print("briefgen: error: stopped by SIGTERM; earlier output left as it was", file=sys.stderr)
        return EXIT_TERMINATED
    except Exception as err:  # a bug, not a user mistake: say so in one line, traceback on --debug
        if args.debug:
            traceback.print_exc()
        print(f"briefgen: internal error: {type(err).__name__}: {err} (run again with --debug for details)",
              file=sys.stderr)
        return EXIT_FAILED
