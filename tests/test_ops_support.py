"""Local servers for the operations tests: an HTTP receiver (pings, webhooks, apprise's json://) and an SMTP
server (aiosmtpd), both on 127.0.0.1, started and stopped by the tests themselves."""
from __future__ import annotations

import json
import socket
import threading
import time
from email import message_from_bytes, policy
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml

from conftest import SEEDS


class Receiver:
    """Records every request: (method, path with query, body). `status` is what it answers."""

    def __init__(self):
        self.requests: list[tuple[str, str, bytes]] = []
        self.status = 200
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - http.server's name
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                receiver.requests.append(("POST", self.path, body))
                self.send_response(receiver.status)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"OK")

            do_GET = do_POST  # noqa: N815

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()

    def paths(self) -> list[str]:
        return [path for _, path, _ in self.requests]

    def bodies(self, prefix: str) -> list[bytes]:
        return [body for _, path, body in self.requests if path.startswith(prefix)]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver():
    r = Receiver()
    yield r
    r.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Mailbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's name
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos),
                              message_from_bytes(envelope.original_content or envelope.content, policy=policy.default)))
        return "250 Message accepted for delivery"


@pytest.fixture
def smtp_server():
    from aiosmtpd.controller import Controller

    box = Mailbox()
    port = free_port()
    controller = Controller(box, hostname="127.0.0.1", port=port, ready_timeout=10)
    controller.start()
    box.address = f"127.0.0.1:{port}"
    yield box
    controller.stop()


def story(tmp_path: Path, **settings) -> Path:
    """A story folder: articles/ (the seeds), briefgen.yaml with `settings` over a few defaults."""
    folder = tmp_path / "story"
    (folder / "articles").mkdir(parents=True)
    for path in SEEDS.iterdir():
        (folder / "articles" / path.name).write_bytes(path.read_bytes())
    config = {"inputs": ["articles"], "output": {"dir": "out", "name": "{date:%Y-%m-%d}-briefing"},
              "formats": ["md"], "title": "Storm", "date": "2026-03-01", "log_file": "briefgen.log", **settings}
    (folder / "briefgen.yaml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return folder


def build(capsys, *args: str) -> tuple[int, str, str]:
    """`briefgen build ARGS` in this process (the spaCy pipeline stays loaded between runs)."""
    from briefgen.cli import main

    code = main(["build", *args])
    out, err = capsys.readouterr()
    return code, out, err


def wait_for(predicate, seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return predicate()


def test_receiver_records_a_post(receiver):
    import urllib.request

    urllib.request.urlopen(urllib.request.Request(receiver.url + "/x?y=1", data=b"hi"), timeout=5).read()
    assert receiver.requests == [("POST", "/x?y=1", b"hi")]


def test_smtp_server_receives_a_message(smtp_server):
    import smtplib

    host, port = smtp_server.address.split(":")
    with smtplib.SMTP(host, int(port), timeout=10) as smtp:
        smtp.sendmail("a@example.org", ["b@example.org"], "Subject: hi\r\n\r\nbody\r\n")
    assert wait_for(lambda: smtp_server.messages)
    assert smtp_server.messages[0][2]["Subject"] == "hi"
    assert json.dumps(smtp_server.messages[0][1]) == '["b@example.org"]'
