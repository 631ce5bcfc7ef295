"""Where the per-article parse and extraction run (`executor:` / `--executor`).

- `local` (the default): in this process, or in `jobs` worker processes of a multiprocessing pool
  (`briefgen.pipeline`).
- `dask`: as tasks on a Dask cluster (`briefgen.executors.cluster`): the one at `scheduler:` /
  `--scheduler ADDRESS`, or, without an address, a `LocalCluster` started for the run and sized to
  this machine. Needs the optional extra `briefgen[dask]` (the `distributed` package).

Either way the client (this process) reads the articles, consults the per-article cache before any
work is sent, and merges, renders and writes the results: the facts are the same whatever the executor.
"""
from __future__ import annotations

import importlib.util

from briefgen.errors import EXIT_FAILED, ConfigError, UserError

EXECUTORS = ("local", "dask")
EXTRA = "briefgen[dask]"


class DaskError(UserError):
    """The cluster could not be reached, or articles failed on its workers: the run failed (exit 1)."""

    exit_code = EXIT_FAILED


def require_distributed() -> None:
    """A one-line error naming the extra when the dask executor is asked for without `distributed`."""
    if importlib.util.find_spec("distributed") is None:
        raise ConfigError(f"the dask executor needs the 'distributed' package: pip install '{EXTRA}' "
                          "(or use --executor local)")
