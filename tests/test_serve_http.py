"""`briefgen serve` over HTTP, as a browser would talk to it: the page, edits, who may make them, live reload.

The server is the real command in a subprocess, on 127.0.0.1 and a free port; requests go to it only.
"""
from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest

from test_edits_cli import write_feed

pytestmark = pytest.mark.slow
START_TIMEOUT = 120  # seconds for the first build (the model loads) and the "serving at" line


@contextmanager
def serving(folder: Path, *extra: str):
    """Run `briefgen serve --config folder/briefgen.yaml`; yields (url, process); stops it with SIGINT.

    Its standard error goes to `folder/serve.log` (a pipe nobody reads could fill and stall the server);
    `process.log()` reads it."""
    log = folder / "serve.log"
    with open(log, "w") as err:
        proc = subprocess.Popen([sys.executable, "-m", "briefgen", "serve", "--config",
                                 str(folder / "briefgen.yaml"), *extra], stdin=subprocess.DEVNULL,
                                stdout=subprocess.DEVNULL, stderr=err, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    proc.log = log.read_text  # type: ignore[attr-defined]
    url, deadline = None, time.monotonic() + START_TIMEOUT
    try:
        while url is None and time.monotonic() < deadline and proc.poll() is None:
            match = re.search(r"serving the briefing at (http://\S+/)", log.read_text())
            if match:
                url = match.group(1)
            else:
                time.sleep(0.2)
        assert url, f"serve did not start: {log.read_text()}"
        yield url, proc
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGINT)
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)


def request(url: str, data=None, headers=None, method=None):
    """(status, headers, body text) of one request; never raises on an HTTP error status."""
    body = json.dumps(data).encode() if data is not None and not isinstance(data, bytes) else data
    req = urllib.request.Request(url, data=body, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, resp.headers, resp.read().decode()
    except urllib.error.HTTPError as err:
        return err.code, err.headers, err.read().decode()


def token_of(page: str) -> str:
    return re.search(r'name="briefgen-token" content="([^"]+)"', page).group(1)


def version_of(page: str) -> int:
    return int(re.search(r'name="briefgen-version" content="(\d+)"', page).group(1))


@pytest.fixture
def story(tmp_path):
    (tmp_path / "briefgen.yaml").write_text("inputs: [in]\noutput: {dir: out}\nformats: [md, pdf]\n"
                                            "overrides: overrides.yaml\n")
    (tmp_path / "overrides.yaml").write_text("# reviewed by J. Holt\nsuppress: []\n")
    write_feed(tmp_path / "in", 3)
    return tmp_path


def test_page_edits_security_and_reload(story):
    with serving(story) as (url, proc):
        assert url.startswith("http://127.0.0.1:")
        status, headers, page = request(url)
        assert status == 200 and "default-src 'none'" in headers["Content-Security-Policy"]
        [pier] = re.findall(r'<li data-fact="(dev-[0-9a-f]+)"[^>]*>The harbour authority closed the old pier', page)
        [killed] = re.findall(r'data-fact="(cas-[0-9a-f]+)"', page)[:1]
        token = token_of(page)
        edit = url + "api/edit"
        json_headers = {"Content-Type": "application/json"}

        # Refused: no token, a wrong one, another origin, another Host (DNS rebinding), not JSON.
        body = {"action": "suppress", "id": pier}
        assert request(edit, body, json_headers)[0] == 403
        assert request(edit, body, {**json_headers, "X-Briefgen-Token": "x" + token})[0] == 403
        assert request(edit, body, {**json_headers, "X-Briefgen-Token": token, "Origin": "http://evil.example"})[0] == 403
        assert request(edit, body, {**json_headers, "X-Briefgen-Token": token, "Sec-Fetch-Site": "cross-site"})[0] == 403
        assert request(edit, body, {**json_headers, "X-Briefgen-Token": token, "Host": "evil.example"})[0] == 403
        assert request(url, headers={"Host": "evil.example:80"})[0] == 403
        assert request(edit, b"action=suppress", {"X-Briefgen-Token": token,
                                                  "Content-Type": "application/x-www-form-urlencoded"})[0] == 415
        assert request(url + "api/edit", method="GET")[0] == 405
        assert "suppress: []" in (story / "overrides.yaml").read_text()  # nothing written so far

        ok = {**json_headers, "X-Briefgen-Token": token, "Origin": url.rstrip("/")}
        status, _, answer = request(edit, body, ok)
        assert status == 200, answer
        text = (story / "overrides.yaml").read_text()
        assert pier in text and "# reviewed by J. Holt" in text  # the analyst's comment is kept
        assert (story / "overrides.yaml.bak").read_text() == "# reviewed by J. Holt\nsuppress: []\n"
        page = request(url)[2]
        assert "old pier" not in page.split('id="bg-suppressed"')[-1].split("</details>")[-1]
        assert f'data-suppressed="{pier}"' in page

        status, _, answer = request(edit, {"action": "correct", "id": killed, "fields": {"count": 5,
                                                                                        "qualifier": "at_least"}}, ok)
        assert status == 200, answer
        assert re.search(rf"{killed}: \{{count: 5, qualifier: at_least\}}", (story / "overrides.yaml").read_text())
        assert "at least 5 people killed" in request(url)[2]

        # Mistakes are refused with the reason, and the file stays as it was.
        before = (story / "overrides.yaml").read_text()
        for bad in ({"action": "correct", "id": killed, "fields": {"count": -1}},
                    {"action": "correct", "id": killed, "fields": {"colour": "red"}},
                    {"action": "explode", "id": killed}, {"action": "suppress", "id": "nonsense"}, ["x"]):
            status, _, answer = request(edit, bad, ok)
            assert status == 400 and json.loads(answer)["error"], (bad, answer)
        assert (story / "overrides.yaml").read_text() == before

        status, _, _ = request(edit, {"action": "restore", "id": pier}, ok)
        assert status == 200 and pier not in (story / "overrides.yaml").read_text()

        # Live reload: an article changes, the long poll answers with a new version, the page shows it.
        seen = version_of(request(url)[2])
        (story / "in" / "09-late.txt").write_text("Late news\n\nThe mayor of Marlow declared a week of mourning "
                                                  "for the victims on Friday.\n")
        status, _, answer = request(f"{url}_reload?v={seen}")
        assert status == 200 and json.loads(answer)["version"] > seen
        assert "week of mourning" in request(url)[2]
    assert proc.returncode == 0
    assert "stopped serving" in proc.log()


def test_serve_refuses_a_broken_overrides_file_at_start(story, cli):
    (story / "overrides.yaml").write_text("suppress: [\n")
    result = cli("serve", "--config", str(story / "briefgen.yaml"), timeout=120)
    assert result.returncode == 2
    assert re.search(r"^briefgen: error: \S*overrides\.yaml:\d+: not valid YAML", result.stderr, re.M), result.stderr


def test_serve_help_and_port_checked(cli):
    result = cli("serve", "--help")
    assert result.returncode == 0 and "127.0.0.1" in result.stdout and "--port" in result.stdout
    bad = cli("serve", "--port", "70000")
    assert bad.returncode == 2 and "--port must be between 0" in bad.stderr
