"""The errors a user can cause, and the exit status each gives.

Anything raised as a `UserError` is reported as one line (no traceback unless --debug). Distinct exit
codes let a cron wrapper tell a mistake in the command or config from a run that failed.
"""
from __future__ import annotations

EXIT_OK = 0
EXIT_FAILED = 1      # the run itself failed: no usable article, a template error, a disk error
EXIT_USAGE = 2       # the command line, the config file or a facts file is wrong
EXIT_LOCKED = 3      # another run holds the lock and --lock fail was asked for (or --lock-timeout passed)
EXIT_DELIVERY = 4    # the briefing was written, but sending it (e-mail, webhook) failed
EXIT_INTERRUPTED = 130  # Ctrl-C (128 + SIGINT)
EXIT_TERMINATED = 143   # SIGTERM: systemd stop, `timeout` (128 + SIGTERM)


class UserError(Exception):
    """A problem the user can fix; its message is shown as it is, on one line."""

    exit_code = EXIT_FAILED


class ConfigError(UserError):
    exit_code = EXIT_USAGE


class InputError(UserError):
    exit_code = EXIT_FAILED


class LockedError(UserError):
    exit_code = EXIT_LOCKED


class DeliveryError(UserError):
    """The briefing was written but could not be sent; it is sent again by the next run."""

    exit_code = EXIT_DELIVERY


class HookError(UserError):
    """A `hooks.before` command failed: the run stops before anything is read."""
