"""The dask executor (issue 16) through the real CLI: a 2-worker LocalCluster started here, on 127.0.0.1, gives
byte-identical facts, Markdown and HTML to a local run; a worker killed mid-run does not stop the run; an
article that fails on a worker is named and the run exits 1; without `distributed` it is a one-line error."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")  # the test extra installs it; see pyproject.toml

ROOT = Path(__file__).resolve().parent.parent
BRIEFGEN = str(ROOT / ".venv" / "bin" / "briefgen") if (ROOT / ".venv" / "bin" / "briefgen").exists() else "briefgen"
DATE = "2025-01-01"
RUN_TIMEOUT = 300  # seconds for one CLI run on a busy 2-core machine

PEOPLE = [("Mayor", "Ann Lopez"), ("Minister", "Karl Brandt"), ("Governor", "Ruth Okafor"), ("General", "Omar Haddad"),
          ("Senator", "Lena Novak")]
PLACES = ["Riverton", "Port Alder", "Kessel", "Marlow", "Easton"]
GROUPS = ["the city council", "the transport ministry", "the Red Cross", "the national army", "the opposition party"]
THINGS = ["bridge", "dam", "ceasefire", "hospital", "railway"]


def article(k: int) -> str:
    """Twenty different news articles: people, places, numbers, quotes, questions and casualties vary with k."""
    title, name = PEOPLE[k % 5]
    place, group, thing = PLACES[(k // 5) % 5], GROUPS[(k + 2) % 5], THINGS[(k * 3) % 5]
    surname = name.split()[-1]
    return (f"{place} {thing} plan {k} draws criticism\n\n"
            f"{title} {name} said on Monday that the {thing} in {place} would cost {10 + k * 7} million dollars. "
            f"{group[0].upper() + group[1:]} rejected the plan on Tuesday.\n\n"
            f"\"We were never asked about the {thing},\" said {surname}, adding that {k + 2} residents had complained.\n\n"
            f"At least {k + 1} people were killed and {k * 3 + 4} injured when a bus crashed near {place} on "
            f"Wednesday, police said.\n\n"
            f"It is not yet clear who will pay for the {thing}, and officials did not say when work would start. "
            f"{surname} accused {group} of delaying the {thing} for {k % 4 + 2} years.\n")


def write_articles(folder: Path, n: int = 20) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for k in range(n):
        (folder / f"story-{k:02d}.txt").write_text(article(k), encoding="utf-8")
    return folder


def run(*args: str, timeout: float = RUN_TIMEOUT, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([BRIEFGEN, *args], cwd=cwd, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                          timeout=timeout)


def briefing_files(out: Path) -> dict[str, bytes]:
    """What a build wrote that a reader sees: every briefing file and facts.json (not state, cache, logs)."""
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.is_file() and not p.name.startswith(".")}


@pytest.fixture(scope="module")
def articles(tmp_path_factory) -> Path:
    return write_articles(tmp_path_factory.mktemp("dask-articles") / "articles")


@pytest.fixture(scope="module")
def local_facts(articles, tmp_path_factory) -> bytes:
    out = tmp_path_factory.mktemp("dask-local") / "facts.json"
    done = run("extract", str(articles), "-o", str(out))
    assert done.returncode == 0, done.stderr[-3000:]
    return out.read_bytes()


@pytest.fixture(scope="module")
def cluster():
    """A LocalCluster of 2 single-threaded worker processes on 127.0.0.1, and a client of it."""
    from briefgen.executors.cluster import local_cluster

    with local_cluster(2) as cl, distributed.Client(cl) as client:
        client.wait_for_workers(2, timeout=120)
        yield cl, client


@pytest.mark.slow
def test_local_cluster_workers_start_as_the_local_pool_and_do_not_profile(cluster):
    import dask

    from briefgen.pipeline import start_method

    _, client = cluster
    seen = client.run(lambda: (dask.config.get("distributed.worker.multiprocessing-method"),
                               dask.config.get("distributed.worker.profile.enabled")))
    assert sorted(seen.values()) == [(start_method(), False)] * 2


@pytest.mark.slow
def test_two_workers_give_the_facts_of_a_local_run(cluster, articles, local_facts, tmp_path):
    cl, client = cluster
    out = tmp_path / "facts.json"
    with distributed.get_task_stream(client) as stream:
        done = run("extract", str(articles), "--executor", "dask", "--scheduler", cl.scheduler_address, "-o", str(out))
    assert done.returncode == 0, done.stderr[-3000:]
    assert out.read_bytes() == local_facts
    ours = [t for t in stream.data if "briefgen-extract" in str(t.get("key"))]
    assert len(ours) >= 4  # 20 articles in small batches ...
    assert len({t["worker"] for t in ours}) == 2  # ... spread over both workers
    assert "Traceback" not in done.stderr


@pytest.mark.slow
def test_build_on_a_local_cluster_writes_the_same_briefing(articles, tmp_path):
    """`--executor dask` with no address: briefgen starts its own LocalCluster sized to the machine."""
    local, dask = tmp_path / "local", tmp_path / "dask"
    done = run("build", str(articles), "--out", str(local), "--format", "md,html", "--date", DATE)
    assert done.returncode == 0, done.stderr[-3000:]
    done = run("build", str(articles), "--out", str(dask), "--format", "md,html", "--date", DATE, "--executor", "dask")
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Traceback" not in done.stderr
    ours, theirs = briefing_files(dask), briefing_files(local)
    assert {"facts.json"} < set(ours) and any(n.endswith(".md") for n in ours) and any(n.endswith(".html") for n in ours)
    assert ours == theirs
    # one more article: the cache is consulted first and only the new one goes to the cluster
    (articles.parent / "more").mkdir(exist_ok=True)
    extra = articles.parent / "more" / "story-new.txt"
    extra.write_text(article(21), encoding="utf-8")
    again = run("build", str(articles), str(extra), "--out", str(dask), "--format", "md,html", "--date", DATE,
                "--executor", "dask", "-v")
    assert again.returncode == 0, again.stderr[-3000:]
    assert "21 article(s): 1 parsed, 20 from the cache" in again.stderr


def _poison() -> None:
    """On a worker: extraction of any article whose path holds 'poison' raises (a bug, or a hostile input)."""
    import briefgen.extract.article as article_module

    original = getattr(article_module, "_unpoisoned", article_module.extract_article)

    def extract_article(article, *rest, **kw):
        if "poison" in article.path:
            raise ValueError("cannot extract this one")
        return original(article, *rest, **kw)

    article_module._unpoisoned = original
    article_module.extract_article = extract_article


def _cure() -> None:
    import briefgen.extract.article as article_module

    if hasattr(article_module, "_unpoisoned"):
        article_module.extract_article = article_module._unpoisoned
        del article_module._unpoisoned


@pytest.mark.slow
def test_an_article_that_fails_on_a_worker_is_named_and_the_run_fails(cluster, articles, tmp_path):
    import cloudpickle

    cl, client = cluster
    folder = write_articles(tmp_path / "articles", 6)
    (folder / "poison-pill.txt").write_text(article(7).replace("plan 7", "plan poisoned"), encoding="utf-8")
    out = tmp_path / "out"
    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # the workers cannot import this test module
    try:
        client.run(_poison)
        done = run("build", str(folder), "--out", str(out), "--format", "md", "--date", DATE, "--scheduler",
                   cl.scheduler_address)
    finally:
        client.run(_cure)
        cloudpickle.unregister_pickle_by_value(sys.modules[__name__])
    assert done.returncode == 1, done.stderr[-3000:]
    errors = [line for line in done.stderr.splitlines() if line.startswith("briefgen: error:")]
    assert len(errors) == 1 and "Traceback" not in done.stderr, done.stderr[-3000:]
    assert "1 of 7 article(s) failed on the dask workers" in errors[0]
    assert "poison-pill.txt (ValueError: cannot extract this one)" in errors[0]
    assert not list(out.glob("*.md"))  # nothing written ...
    assert len(list((out / ".cache").rglob("*.json"))) == 6  # ... but the six good articles are cached
    done = run("build", str(folder), "--out", str(out), "--format", "md", "--date", DATE, "--scheduler",
               cl.scheduler_address, "-v")
    assert done.returncode == 0, done.stderr[-3000:]
    assert "1 parsed, 6 from the cache" in done.stderr


@pytest.mark.slow
def test_a_worker_killed_mid_run_does_not_stop_the_run(cluster, articles, local_facts, tmp_path):
    cl, client = cluster
    pids = client.run(os.getpid)  # worker address -> its process id
    out = tmp_path / "facts.json"
    proc = subprocess.Popen([BRIEFGEN, "extract", str(articles), "--scheduler", cl.scheduler_address, "-o", str(out)],
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    killed = None
    deadline = time.monotonic() + RUN_TIMEOUT
    try:
        while killed is None and proc.poll() is None and time.monotonic() < deadline:
            for worker, keys in client.processing().items():
                if any("briefgen-extract" in str(k) for k in keys) and worker in pids:
                    os.kill(pids[worker], signal.SIGKILL)  # mid-task: its results never come back
                    killed = worker
                    break
            time.sleep(0.02)
        assert killed is not None, "no briefgen task was seen running on a worker"
        assert proc.poll() is None  # the run was still going when its worker died
        _, stderr = proc.communicate(timeout=RUN_TIMEOUT)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0, stderr[-3000:]
    assert out.read_bytes() == local_facts
    client.wait_for_workers(2, timeout=120)  # the nanny started a new worker in its place
    assert set(client.run(os.getpid).values()) != set(pids.values())


def _hidden_distributed(*argv: str, cwd: Path) -> subprocess.CompletedProcess:
    """The CLI in a Python where `distributed` cannot be imported, as after `pip install briefgen` alone."""
    code = ("import sys; sys.modules['distributed'] = None; from briefgen.cli import main; "
            f"sys.exit(main({list(argv)!r}))")
    return subprocess.run([sys.executable, "-c", code], cwd=cwd, stdin=subprocess.DEVNULL, capture_output=True,
                          text=True, timeout=RUN_TIMEOUT)


@pytest.mark.slow
def test_dask_without_the_extra_is_a_one_line_error(articles, tmp_path):
    for argv in (["extract", str(articles), "--executor", "dask"],
                 ["build", str(articles), "--out", str(tmp_path / "out"), "--scheduler", "tcp://127.0.0.1:1"]):
        done = _hidden_distributed(*argv, cwd=tmp_path)
        assert done.returncode == 2, done.stderr
        assert done.stderr.strip().splitlines()[-1] == (
            "briefgen: error: the dask executor needs the 'distributed' package: pip install 'briefgen[dask]' "
            "(or use --executor local)")
        assert "Traceback" not in done.stderr
    assert not (tmp_path / "out").exists()
    # the same from the config file; `render` of a facts file never needs it
    (tmp_path / "briefgen.yaml").write_text("executor: dask\n", encoding="utf-8")
    done = _hidden_distributed("build", str(articles), "--out", str(tmp_path / "out"), cwd=tmp_path)
    assert done.returncode == 2 and "pip install 'briefgen[dask]'" in done.stderr, done.stderr
    done = _hidden_distributed("extract", str(articles), "--executor", "local", "-o", str(tmp_path / "f.json"),
                               cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    done = _hidden_distributed("render", str(tmp_path / "f.json"), "--out", str(tmp_path / "r"), "--format", "md",
                               cwd=tmp_path)
    assert done.returncode == 0, done.stderr


def test_flag_mistakes_are_one_line_errors(tmp_path, capsys):
    from briefgen.cli import main

    assert main(["extract", str(tmp_path), "--executor", "local", "--scheduler", "tcp://127.0.0.1:8786"]) == 2
    assert capsys.readouterr().err.strip() == \
        "briefgen: error: --scheduler is for the dask executor: drop it, or use --executor dask"
    assert main(["extract", str(tmp_path), "--scheduler", "tcp://a b"]) == 2
    assert "not a scheduler address" in capsys.readouterr().err
    with pytest.raises(SystemExit) as stop:
        main(["extract", str(tmp_path), "--executor", "spark"])
    assert stop.value.code == 2
    assert "invalid choice: 'spark'" in capsys.readouterr().err


@pytest.mark.slow
def test_an_unreachable_scheduler_is_a_one_line_failure(articles, tmp_path):
    done = run("extract", str(articles), "--scheduler", "tcp://127.0.0.1:9", "-o", str(tmp_path / "f.json"))
    assert done.returncode == 1, done.stderr
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("briefgen: error: --scheduler tcp://127.0.0.1:9: cannot reach the dask scheduler (")
    assert "Traceback" not in done.stderr and not (tmp_path / "f.json").exists()


def test_config_keys(tmp_path):
    from briefgen.config import load_config
    from briefgen.errors import ConfigError

    path = tmp_path / "briefgen.yaml"
    path.write_text("executor: dask\nscheduler: tcp://10.0.0.5:8786\n", encoding="utf-8")
    config, _ = load_config(path)
    assert (config.executor, config.scheduler) == ("dask", "tcp://10.0.0.5:8786")
    path.write_text("scheduler: tcp://10.0.0.5:8786\n", encoding="utf-8")  # alone, as --scheduler alone
    assert load_config(path)[0].executor == "dask"
    path.write_text("jobs: 2\n", encoding="utf-8")
    assert load_config(path)[0].executor == "local"
    path.write_text("executor: spark\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert "executor" in str(err.value) and ":1" in str(err.value)


def test_executor_and_scheduler_never_re_render_a_briefing():
    """Where the articles are parsed changes how a run goes, not what it writes (facts are byte-identical):
    switching to dask after a local run must not count as a change."""
    from briefgen.build import _state_key
    from briefgen.config import Config
    from briefgen.facts import Facts

    facts = Facts(date="2025-08-20")
    local = Config()
    dask = Config(executor="dask", scheduler="tcp://10.0.0.5:8786", jobs=2)
    assert _state_key(facts, local, "briefing") == _state_key(facts, dask, "briefing")
    assert _state_key(facts, local, "briefing") != _state_key(facts, Config(title="Other"), "briefing")
