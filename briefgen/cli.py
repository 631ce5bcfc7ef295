"""The command line: parse arguments, call the library, turn user errors into one line.

`-` is standard input as an INPUT (one article) and standard output where a file is written
(`extract -o -`; `build --out -` and `render --out -` write the one briefing format asked for).

Exit status: 0 success, 1 a run that failed, 2 a usage/config/facts-file error, 3 locked out,
4 the briefing was written but could not be delivered, 130 interrupted (Ctrl-C), 143 stopped by SIGTERM.
"""
from __future__ import annotations

import argparse
import logging
import os
import signal
import stat
import sys
import traceback
from pathlib import Path
from typing import Optional, Sequence

from briefgen import __version__
from briefgen.errors import (EXIT_FAILED, EXIT_INTERRUPTED, EXIT_LOCKED, EXIT_OK, EXIT_TERMINATED, EXIT_USAGE,
                             ConfigError, UserError)

log = logging.getLogger("briefgen")
STDOUT = "-"  # as an output file or folder: standard output


class Parser(argparse.ArgumentParser):
    """argparse that exits with EXIT_USAGE and one line, like every other user error."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"briefgen: error: {message}\n")


def _formats(value: str) -> list[str]:
    from briefgen.config import FORMATS as known
    wanted = [f.strip().lower() for f in value.split(",") if f.strip()]
    bad = [f for f in wanted if f not in known]
    if bad or not wanted:
        raise argparse.ArgumentTypeError(f"unknown format {', '.join(bad) or value!r}; choose from {','.join(known)}")
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
                       help="article files (.txt, .md, .html, .pdf, .docx), folders or globs (wildcards and ** in any "
                       "part); - reads one article from standard input (default: the config's inputs, or seeds/)")
    p.add_argument("--config", type=Path, metavar="FILE", help="settings file (briefgen.yaml); flags override it")
    p.add_argument("--model", help="spaCy pipeline to parse with (an installed package name)")
    p.add_argument("-v", "--verbose", action="count", default=0, help="more log lines (-vv: per article)")
    p.add_argument("-q", "--quiet", action="store_true", help="no success line (for cron mail); errors still show")
    p.add_argument("--debug", action="store_true",
                   help="show the full traceback of an error, and debug log lines (what page furniture was removed)")


def _executor_flags(p: argparse.ArgumentParser) -> None:
    p.add_argument("--executor", choices=("local", "dask"),
                   help="where articles are parsed and extracted: local (this machine, --jobs processes; the "
                   "default) or dask (a Dask cluster; needs briefgen[dask])")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="the Dask scheduler to use, e.g. tcp://10.0.0.5:8786 (implies --executor dask); without "
                   "it, --executor dask starts a local cluster sized to this machine")


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="briefgen", description="Sourced briefing notes from a folder of news articles: "
                    "developments, positions, open questions, casualty figures and quotes, each citing its sentence.")
    parser.add_argument("--version", action="version", version=f"briefgen {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    b = sub.add_parser("build", help="articles → briefing.md, .html, .pdf and facts.json",
                       description="Read the articles, extract the facts and write the briefing in every format "
                       "asked for, plus facts.json, into the output folder. Safe to run from cron.")
    _common(b)
    b.add_argument("--out", type=Path, metavar="DIR",
                   help="output folder (default: output/); - writes the one --format asked for to standard output")
    b.add_argument("--format", type=_formats, metavar="md,html,pdf,docx",
                   help="formats to write (default: md,html,pdf, or the config's formats:)")
    b.add_argument("--templates", type=Path, metavar="DIR", help="folder of templates that override the built-in ones")
    b.add_argument("--jobs", type=int, metavar="N", help="parse and extract in N processes")
    _executor_flags(b)
    b.add_argument("--lock", choices=("wait", "fail"), help="if another run holds the output folder: wait, or fail at once")
    b.add_argument("--no-cache", action="store_true", help="re-parse every article")
    b.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="the briefing's date (default: today)")
    b.add_argument("--debug-templates", action="store_true", help="show which template files were considered and used")
    b.add_argument("--strict", action="store_const", const=True, help="warnings are errors (a template override that nothing uses)")
    b.add_argument("--lock-timeout", type=_seconds, metavar="SECONDS",
                   help="with --lock wait: wait at most this long for another run, then exit 3")
    b.add_argument("--json", action="store_true", help="print a summary of the run as JSON on standard output")

    e = sub.add_parser("extract", help="articles → the facts file only",
                       description="Read the articles and write the facts file (JSON or YAML) to a file or stdout.")
    _common(e)
    e.add_argument("-o", "--output", type=Path, metavar="FILE", help="write here instead of stdout (- is stdout)")
    e.add_argument("--format", choices=("json", "yaml"), default=None, help="facts file format (default: json, or by -o's extension)")
    e.add_argument("--jobs", type=int, metavar="N", help="parse and extract in N processes")
    _executor_flags(e)

    r = sub.add_parser("render", help="a facts file (possibly edited by hand) → briefing files",
                       description="Render a facts file without re-reading the articles.")
    r.add_argument("facts", type=Path, metavar="FACTS", help="facts file (.json or .yaml)")
    _common(r, inputs=False)
    r.add_argument("--out", type=Path, metavar="DIR",
                   help="output folder (default: output/); - writes the one --format asked for to standard output")
    r.add_argument("--format", type=_formats, metavar="md,html,pdf,docx",
                   help="formats to write (default: md,html,pdf, or the config's formats:)")
    r.add_argument("--templates", type=Path, metavar="DIR", help="folder of templates that override the built-in ones")
    r.add_argument("--debug-templates", action="store_true", help="show which template files were considered and used")
    r.add_argument("--strict", action="store_const", const=True, help="warnings are errors (a template override that nothing uses)")

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
            tp.add_argument("--facts", type=Path, metavar="FACTS",
                            help="facts file to render (default: extract ./seeds/, else the sample facts briefgen ships)")
            tp.add_argument("--strict", action="store_const", const=True,
                            help="warnings are errors (a template override that nothing uses)")
    c = sub.add_parser("config", help="validate, show or create a config file",
                       description="Check a config file against everything a run needs, print the effective "
                       "settings, or create a story folder with a commented config.")
    parser.config_parser = c  # type: ignore[attr-defined]
    csub = c.add_subparsers(dest="action", metavar="ACTION", parser_class=Parser)
    for name, text in (("validate", "check everything a run needs: keys, values, paths, templates, overrides, "
                                    "delivery and monitoring; one line per problem"),
                       ("show", "print the effective config (every key, with its default) as YAML")):
        cp = csub.add_parser(name, help=text, description=text[0].upper() + text[1:] + ".")
        cp.add_argument("file", nargs="?", type=Path, metavar="FILE",
                        help="the config file (default: --config, else ./briefgen.yaml)")
        cp.add_argument("--config", type=Path, metavar="FILE", help=argparse.SUPPRESS)
        cp.add_argument("--debug", action="store_true", help="show the full traceback of an error")
        cp.add_argument("-v", "--verbose", action="count", default=0, help="more log lines")
    ci = csub.add_parser("init", help="create DIR with a commented briefgen.yaml and an articles/ folder",
                         description="Create a story folder: DIR/briefgen.yaml (commented) and DIR/articles/. "
                         "Then put articles in DIR/articles and run `briefgen build` in DIR.")
    ci.add_argument("dir", type=Path, metavar="DIR")
    ci.add_argument("--title", help="the briefing's title (default: the folder's name)")
    ci.add_argument("--debug", action="store_true", help="show the full traceback of an error")
    ci.add_argument("-v", "--verbose", action="count", default=0, help="more log lines")
    return parser


def _seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a number of seconds") from None
    if not seconds >= 0 or seconds == float("inf"):
        raise argparse.ArgumentTypeError(f"'{value}' is not a number of seconds (0 or more)")
    return seconds


LOCAL_CONFIG = Path("briefgen.yaml")


def _config(args: argparse.Namespace):
    from briefgen.config import load_config

    config = getattr(args, "loaded_config", None)
    if config is None:
        config, _ = load_config(getattr(args, "config", None))
    updates = {}
    for key in ("templates", "jobs", "model", "date", "lock", "lock_timeout", "executor", "scheduler", "strict"):
        value = getattr(args, key, None)
        if value is not None:
            updates[key] = value
    if updates.get("jobs") is not None and updates["jobs"] < 1:
        raise ConfigError("--jobs must be 1 or more")
    _executor(updates, config, hasattr(args, "executor"))
    if "date" not in updates and config.date not in (None, ""):
        from briefgen.pipeline import parse_day

        try:
            parse_day(config.date)
        except ValueError as err:
            where = getattr(args, "config", None) or "config"
            raise ConfigError(f"{where}: key 'date': {err}") from None
    return config.model_copy(update=updates)


def _executor(updates: dict, config, extracts: bool) -> None:
    """--scheduler alone means the dask executor; --scheduler with --executor local is a mistake; and the dask
    executor without its extra is a one-line error before anything is read."""
    if "scheduler" in updates:
        if updates.get("executor") == "local":
            raise ConfigError("--scheduler is for the dask executor: drop it, or use --executor dask")
        if not updates["scheduler"].strip() or any(c.isspace() for c in updates["scheduler"]):
            raise ConfigError(f"--scheduler {updates['scheduler']!r}: not a scheduler address, e.g. tcp://10.0.0.5:8786")
        updates.setdefault("executor", "dask")
    if extracts and updates.get("executor", config.executor) == "dask":
        from briefgen.executors import require_distributed

        require_distributed()


def _inputs(args: argparse.Namespace, config) -> list[str]:
    return list(args.inputs) if getattr(args, "inputs", None) else list(config.inputs)


def _to_stdout(out: Optional[Path]) -> bool:
    return out is not None and str(out) == STDOUT


def _one_format(formats: list[str]) -> str:
    if len(formats) != 1:
        raise ConfigError("--out - writes one file to standard output: choose one format with --format md, html or pdf")
    return formats[0]


def _write_stdout(data: bytes) -> None:
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()


def _briefing_to_stdout(written: list[Path], fmt: str, folder: Path) -> None:
    """The briefing file of format `fmt` that a run wrote into the temporary `folder`, to standard output."""
    files = [p for p in written if p.suffix == f".{fmt}"] or sorted(folder.glob(f"*.{fmt}"))
    if not files:
        raise ConfigError(f"no .{fmt} briefing was written")
    _write_stdout(files[0].read_bytes())


def cmd_build(args: argparse.Namespace) -> int:
    from briefgen.build import run_build
    from briefgen.checks import check_run
    from briefgen.deliver import deliver
    from briefgen.errors import DeliveryError
    from briefgen.monitor import Monitor
    from briefgen.pipeline import briefing_date

    config = _config(args)
    formats = args.format or list(config.formats)
    if _to_stdout(args.out):
        import tempfile

        fmt = _one_format(formats)
        with tempfile.TemporaryDirectory(prefix="briefgen-") as tmp:
            report = run_build(_inputs(args, config), config, Path(tmp), [fmt], use_cache=False,
                               lock_wait=True, progress=False)
            _briefing_to_stdout(list(report.written), fmt, Path(tmp))
        return EXIT_OK
    out_dir = args.out or config.output.dir
    run = args.run
    run.out_dir = Path(out_dir)
    from briefgen.config import FORMATS

    check_run(config, [f for f in FORMATS if f in formats], getattr(args, "config", None))
    base = Path(args.config).resolve().parent if getattr(args, "config", None) else Path.cwd()
    monitor = Monitor(config, run, base)
    args.monitor = monitor
    debug = (lambda line: print(f"templates: {line}", file=sys.stderr)) if args.debug_templates else None

    def after_write(report) -> None:
        run.written = [p.name for p in report.written]
        run.unchanged, run.backfill = report.unchanged, report.backfill
        run.date = report.facts.date if report.facts is not None else briefing_date(config)
        if report.whats_new:
            run.whats_new = {k: len(v) for k, v in report.whats_new.items() if isinstance(v, list)}
        try:
            run.delivered = deliver(config, Path(out_dir), report.stem, formats, report.backfill,
                                    _summary_line(report))
        except DeliveryError as err:
            run.delivered = {"error": str(err)}
            raise

    report = run_build(_inputs(args, config), config, Path(out_dir), formats, use_cache=not args.no_cache,
                       lock_wait=config.lock == "wait", progress=True, debug_templates=debug,
                       on_locked=monitor.started, after_write=after_write)
    if args.quiet:
        pass
    elif report.unchanged:
        print(f"briefgen: nothing changed; {out_dir} left as it was", file=sys.stderr)
    else:
        names = ", ".join(p.name for p in report.written) or "no file (all identical)"
        print(f"briefgen: wrote {names} in {out_dir}", file=sys.stderr)
    return EXIT_OK


def _summary_line(report) -> str:
    """What changed, in a few words, for a chat message or the top of an e-mail."""
    changes = report.whats_new or {}
    counts = [f"{len(changes[k])} {label}" for k, label in (("developments", "new development(s)"),
                                                             ("positions", "new or changed position(s)"),
                                                             ("casualties", "casualty figure(s) changed"),
                                                             ("answered", "question(s) answered"))
              if isinstance(changes.get(k), list) and changes[k]]
    return ("Since " + str(changes.get("since")) + ": " + ", ".join(counts)) if counts else ""


def cmd_config(args: argparse.Namespace) -> int:
    import yaml

    from briefgen.config import load_config

    if args.action == "init":
        from briefgen.scaffold import init_story

        for path in init_story(args.dir, args.title):
            print(path)
        return EXIT_OK
    path = args.file or args.config or (LOCAL_CONFIG if LOCAL_CONFIG.is_file() else None)
    if path is None:
        raise ConfigError("no config file: give one (briefgen config ACTION FILE) or run where briefgen.yaml is")
    _regular_file(path, "config file")
    config, _ = load_config(path)
    if args.action == "show":
        data = config.model_dump(mode="json", by_alias=True)
        sys.stdout.write(f"# the effective config of {path}: every key, defaults filled in, relative paths "
                         f"resolved against its folder\n")
        sys.stdout.write(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, default_flow_style=False))
        return EXIT_OK
    from briefgen.checks import validate

    problems = validate(config, path)
    for line in problems:
        print(f"briefgen: error: {line}", file=sys.stderr)
    if problems:
        return EXIT_USAGE
    print(f"briefgen: {path}: valid; a run reads {len(config.inputs)} input(s) and writes "
          f"{','.join(config.formats)} to {config.output.dir}", file=sys.stderr)
    return EXIT_OK


def cmd_extract(args: argparse.Namespace) -> int:
    from briefgen import facts as facts_io
    from briefgen.output import write_files
    from briefgen.pipeline import build_facts

    config = _config(args)
    facts = build_facts(_inputs(args, config), config, progress=args.output is not None and not _to_stdout(args.output))
    fmt = args.format or ("yaml" if args.output and args.output.suffix in (".yaml", ".yml") else "json")
    text = facts_io.dumps(facts, fmt)
    if args.output is None or _to_stdout(args.output):
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
    if _to_stdout(args.out):
        import tempfile

        fmt = _one_format(args.format or list(config.formats))
        with tempfile.TemporaryDirectory(prefix="briefgen-") as tmp:
            written = run_render(facts, config, Path(tmp), [fmt])
            _briefing_to_stdout(written, fmt, Path(tmp))
        return EXIT_OK
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
    user_dir = [d for d in [args.templates or config.templates, *config.theme] if d is not None]
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
    elif Path("seeds").is_dir():
        facts = build_facts(["seeds"], config)
    else:  # an installed briefgen, away from a checkout: the sample facts it ships with its templates
        facts = facts_io.load(builtin_templates_dir() / "sample.facts.json")
    from briefgen.build import RENDER_TIME_LIMIT, time_limit

    with time_limit(RENDER_TIME_LIMIT):
        errors = tpl.check_templates(user_dir, facts, config)
    for line in errors:
        print(f"briefgen: {line}" if line.startswith("warning: ") else line, file=sys.stderr)
    failures = [line for line in errors if not line.startswith("warning: ") or config.strict]
    if failures:
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
            "templates": cmd_templates, "config": cmd_config}
PICKS_UP_LOCAL_CONFIG = ("build", "render")  # without --config, these read ./briefgen.yaml when it exists


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    if args.command == "templates" and not args.action:
        parser.templates_parser.error("templates needs an action: init DIR, list or check")
    if args.command == "config" and not args.action:
        parser.config_parser.error("config needs an action: validate, show or init DIR")
    from briefgen import log as logsetup
    from briefgen.runinfo import RunInfo

    if getattr(args, "debug", False):
        args.verbose = max(args.verbose, 2)  # --debug shows the debug lines too (what ingest removed)
    logsetup.setup(args.verbose)
    if args.command in PICKS_UP_LOCAL_CONFIG and args.config is None and LOCAL_CONFIG.is_file():
        args.config = LOCAL_CONFIG
        args.local_config = True
    config_path = getattr(args, "config", None)
    args.run = RunInfo(command=args.command, config=Path(config_path).absolute() if config_path else None)
    try:
        previous_term = signal.signal(signal.SIGTERM, _on_sigterm)
    except ValueError:  # not the main thread (main() called from a thread): keep the default
        previous_term = None
    try:
        code = _run(args, logsetup)
    finally:
        if previous_term is not None:
            signal.signal(signal.SIGTERM, previous_term)
    return _finish(args, code, logsetup)


RUN_COMMANDS = ("build", "render")  # the commands whose start and end are logged, tagged with the run id


def _finish(args: argparse.Namespace, code: int, logsetup) -> int:
    """The end of a run: the monitoring (pings, notifications, hooks), the end line, the --json summary."""
    run = args.run
    run.exit_code = code
    monitor = getattr(args, "monitor", None)
    if monitor is not None and code != EXIT_LOCKED:
        if code == EXIT_OK:
            monitor.succeeded()
        else:
            monitor.failed()
    if args.command in RUN_COMMANDS:
        # INFO: stderr has had the one-line error already; the log file has its ERROR line above this one.
        log.info("run %s ended: exit %d (%s), %s, in %.1f s%s", run.run_id[:8], code, run.status(),
                run.changed(), run.duration(), f": {run.error}" if run.error else "")
    if getattr(args, "json", False):
        try:
            sys.stdout.write(run.summary_json())
            sys.stdout.flush()
        except (BrokenPipeError, OSError):
            pass
    logsetup.set_run_id(None)
    return code


def _start(args: argparse.Namespace, logsetup) -> None:
    if args.command not in RUN_COMMANDS:
        return
    run = args.run
    logsetup.set_run_id(run.run_id)
    where = f"{run.config}" + (" (found in the working directory)" if getattr(args, "local_config", False) else "")
    log.info("run %s started: briefgen %s, %s, config %s, pid %d", run.run_id, __version__, args.command,
             where if args.config else "none (defaults)", os.getpid())


def _config_error_to_log(args: argparse.Namespace, logsetup, err: UserError) -> None:
    """A config that cannot be loaded still names its log_file, often: record the error there too."""
    from briefgen.config import peek_log_file

    path = peek_log_file(args.config)
    if path is None:
        return
    try:
        logsetup.setup(args.verbose, path)
    except UserError:
        return
    _start(args, logsetup)
    logsetup.to_file(logging.ERROR, "run failed: %s", err)


def _run(args: argparse.Namespace, logsetup) -> int:
    try:
        if getattr(args, "config", None) is not None and args.command != "config":
            from briefgen.config import load_config
            _regular_file(args.config, "config file")
            try:
                config, _ = load_config(args.config)
            except UserError as err:
                _config_error_to_log(args, logsetup, err)
                raise
            args.loaded_config = config  # read once; the command applies its flags to it
            if config.log_file is not None:
                logsetup.setup(args.verbose, config.log_file)
        _start(args, logsetup)
        return COMMANDS[args.command](args)
    except UserError as err:
        if args.debug:
            traceback.print_exc()
        log.debug("failed", exc_info=True)
        print(f"briefgen: error: {err}", file=sys.stderr)
        args.run.error = str(err)
        return err.exit_code
    except BrokenPipeError:  # the reader went away (`briefgen templates list | head`): not an error
        import os
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        args.run.error = "interrupted (Ctrl-C)"
        logsetup.to_file(logging.ERROR, "run interrupted (Ctrl-C); earlier output left as it was")
        print("briefgen: interrupted; earlier output left as it was", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Terminated:
        args.run.error = "stopped by SIGTERM"
        logsetup.to_file(logging.ERROR, "run stopped by SIGTERM; earlier output left as it was")
        print("briefgen: error: stopped by SIGTERM; earlier output left as it was", file=sys.stderr)
        return EXIT_TERMINATED
    except Exception as err:  # a bug, not a user mistake: say so in one line, traceback on --debug
        if args.debug:
            traceback.print_exc()
        print(f"briefgen: internal error: {type(err).__name__}: {err} (run again with --debug for details)",
              file=sys.stderr)
        args.run.error = f"internal error: {type(err).__name__}: {err}"
        return EXIT_FAILED
