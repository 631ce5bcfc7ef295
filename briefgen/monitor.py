"""Around a run: monitoring pings, notifications and the operator's own commands.

- Pings (`monitor.ping`, healthchecks.io style): `URL/start` once the lock is held, `URL` on success,
  `URL/fail` on failure, each with `?rid=<run id>` and a one-line body; `ping_start`, `ping_success`,
  `ping_failure` give the three URLs outright (Uptime Kuma push URLs and the like).
- Notifications (`monitor.notify`): apprise URLs (mailto://, slack://, msteams://, matrix://, ntfy://,
  json://, ...), on failure and, with `notify_on: [failure, success]`, on success too.
- Commands (`hooks.before`, `hooks.after`, `hooks.failure`): shell commands, run in the config's folder
  with BRIEFGEN_* variables. A failing `before` command stops the run before anything is read.

A ping or a notification that fails is a warning, never a failed run: monitoring must not be the reason
a briefing is missing. A run that another run locks out (exit 3) sends nothing: it never started.
"""
from __future__ import annotations

import logging
import os
import subprocess
from contextlib import contextmanager
import urllib.error
import urllib.request
from pathlib import Path
from typing import Optional
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from briefgen import __version__
from briefgen.config import Config, shown
from briefgen.errors import HookError
from briefgen.runinfo import RunInfo

log = logging.getLogger("briefgen.monitor")
MAX_BODY = 10_000  # bytes of a ping body (healthchecks keeps the first 10 KB)
HOOK_OUTPUT_LINES = 20  # lines of a hook's output logged


def _with_path(url: str, suffix: str, rid: str) -> str:
    parts = urlsplit(url)
    query = urlencode(parse_qsl(parts.query) + [("rid", rid)])
    return urlunsplit((parts.scheme, parts.netloc, parts.path.rstrip("/") + suffix, query, parts.fragment))


def ping_url(config: Config, event: str, rid: str) -> Optional[str]:
    """The URL to ping for `event` (start, success, failure), if any."""
    explicit = getattr(config.monitor, f"ping_{event}")
    if explicit:
        return explicit
    if config.monitor.ping:
        return _with_path(config.monitor.ping, {"start": "/start", "success": "", "failure": "/fail"}[event], rid)
    return None


def http_post(url: str, body: bytes, timeout: float, content_type: str = "text/plain; charset=utf-8") -> int:
    """POST `body`; the HTTP status. Raises OSError (urllib.error.URLError included) on failure."""
    request = urllib.request.Request(url, data=body, method="POST",
                                     headers={"Content-Type": content_type, "User-Agent": f"briefgen/{__version__}"})
    with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - the operator's own URL
        response.read(65536)
        return response.status


def _reason(err: BaseException) -> str:
    if isinstance(err, urllib.error.HTTPError):
        return f"HTTP {err.code}"
    reason = getattr(err, "reason", None) or getattr(err, "strerror", None) or err
    return shown(str(reason), 120)


class Monitor:
    """The monitoring of one `build`: call started() under the lock, then succeeded() or failed()."""

    def __init__(self, config: Config, run: RunInfo, base: Path):
        self.config, self.run, self.base = config, run, base
        self.has_started = False

    # pings ---------------------------------------------------------------------------------------
    def ping(self, event: str, body: str) -> bool:
        url = ping_url(self.config, event, self.run.run_id)
        if url is None:
            return False
        try:
            status = http_post(url, body.encode("utf-8")[:MAX_BODY], self.config.monitor.timeout)
        except (OSError, ValueError) as err:
            log.warning("monitor: %s ping to %s failed: %s; the run goes on", event, _safe(url), _reason(err))
            return False
        if not 200 <= status < 300:
            log.warning("monitor: %s ping to %s answered HTTP %d", event, _safe(url), status)
            return False
        log.debug("monitor: %s ping sent to %s", event, _safe(url))
        return True

    # notifications -------------------------------------------------------------------------------
    def notify(self, event: str, title: str, body: str) -> bool:
        urls = self.config.monitor.notify
        if not urls or event not in self.config.monitor.notify_on:
            return False
        apprise = _apprise()
        sender = apprise.Apprise()
        for url in urls:
            with _apprise_quiet():
                added = sender.add(url)
            if not added:
                log.warning("monitor: notify URL %s is not one apprise knows; skipped", _safe(url))
        if not len(sender):
            return False
        try:
            with _apprise_quiet():
                ok = sender.notify(title=title, body=body,
                                   notify_type=apprise.NotifyType.FAILURE if event == "failure"
                                   else apprise.NotifyType.SUCCESS)
        except Exception as err:  # a notification service's library failing must not fail the run
            log.warning("monitor: %s notification failed: %s", event, shown(str(err), 120))
            return False
        if not ok:
            log.warning("monitor: %s notification could not be sent to every notify URL", event)
        return bool(ok)

    # commands ------------------------------------------------------------------------------------
    def commands(self, which: str, exit_code: Optional[int] = None) -> None:
        for command in getattr(self.config.hooks, which):
            self._command(which, command, exit_code)

    def _command(self, which: str, command: str, exit_code: Optional[int]) -> None:
        env = {**os.environ, "BRIEFGEN_RUN_ID": self.run.run_id, "BRIEFGEN_VERSION": __version__,
               "BRIEFGEN_CONFIG": str(self.run.config or ""), "BRIEFGEN_OUT": str(self.run.out_dir or ""),
               "BRIEFGEN_HOOK": which}
        if exit_code is not None:
            env["BRIEFGEN_EXIT_CODE"] = str(exit_code)
            env["BRIEFGEN_STATUS"] = self.run.status()
            env["BRIEFGEN_ERROR"] = self.run.error or ""
        if self.run.written:
            env["BRIEFGEN_WRITTEN"] = " ".join(self.run.written)
        timeout = self.config.hooks.timeout
        log.info("hooks.%s: running %s", which, shown(command, 80))
        try:
            done = subprocess.run(command, shell=True, cwd=self.base, env=env, stdin=subprocess.DEVNULL,
                                  capture_output=True, text=True, errors="replace", timeout=timeout)
        except subprocess.TimeoutExpired:
            self._failed(which, command, f"ran longer than {timeout:g} s (hooks.timeout) and was stopped")
            return
        except OSError as err:
            self._failed(which, command, f"cannot run: {err.strerror or err}")
            return
        lines = (done.stdout + done.stderr).splitlines()
        for line in lines[-HOOK_OUTPUT_LINES:]:
            log.info("hooks.%s: | %s", which, shown(line, 200))
        if done.returncode != 0:
            last = next((line for line in reversed(lines) if line.strip()), "")
            self._failed(which, command, f"exited {done.returncode}" + (f" ({shown(last, 80)})" if last else ""))

    def _failed(self, which: str, command: str, why: str) -> None:
        message = f"hooks.{which} command '{shown(command, 60)}' {why}"
        if which == "before":
            raise HookError(f"{message}; the run stopped before reading anything; the previous briefing is unchanged")
        log.warning("%s", message)

    # the run -------------------------------------------------------------------------------------
    def started(self) -> None:
        """Under the lock, before anything is read: the start ping, then the `before` commands."""
        self.has_started = True
        self.ping("start", f"briefgen {__version__} run {self.run.run_id} started")
        self.commands("before")

    def succeeded(self) -> None:
        line = f"briefgen run {self.run.run_id}: {self.run.changed()} in {self.run.duration():.1f} s"
        self.commands("after", self.run.exit_code)
        self.ping("success", line)
        self.notify("success", f"briefgen: {self._title()} updated" if not self.run.unchanged
                    else f"briefgen: {self._title()} unchanged", line)

    def failed(self) -> None:
        line = (f"briefgen run {self.run.run_id} failed (exit {self.run.exit_code}) after "
                f"{self.run.duration():.1f} s: {self.run.error}")
        self.commands("failure", self.run.exit_code)
        self.ping("failure", line)
        self.notify("failure", f"briefgen: {self._title()} failed", line)

    def _title(self) -> str:
        return shown(self.config.title, 60)


@contextmanager
def _apprise_quiet():
    """apprise logs an ERROR for a URL it cannot parse; briefgen says so in its own words instead."""
    import warnings

    logger = logging.getLogger("apprise")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)  # apprise's own, loading its plugins
            yield
    finally:
        logger.setLevel(level)


def apprise_accepts(url: str) -> bool:
    """Whether apprise knows this notification URL (its scheme and form), without sending anything."""
    with _apprise_quiet():
        return bool(_apprise().Apprise().add(url))


def _apprise():
    """The apprise module, imported without its own DeprecationWarnings (noise to an operator)."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        import apprise
    return apprise


def _safe(url: str) -> str:
    """A URL for a log line: its scheme and host only (the path, query and user info often hold a token)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host += f":{parts.port}"
    return f"{parts.scheme}://{host}/..."
