"""Delivery: e-mail to a local SMTP server (aiosmtpd), chat messages to a local webhook receiver, never twice."""
from __future__ import annotations

import json

import pytest

from conftest import run_cli
from test_ops_support import build, free_port, receiver, smtp_server, story, wait_for  # noqa: F401 - fixtures


def email_settings(box, **more):
    return {"to": ["desk@example.org", "Chief <chief@example.org>"], "from": "briefgen <briefgen@example.org>",
            "smtp": box.address, "attach": ["md", "html"], **more}


def test_a_changed_briefing_is_mailed_and_posted_once(tmp_path, capsys, smtp_server, receiver):
    folder = story(tmp_path, formats=["md", "html"],
                   deliver={"email": email_settings(smtp_server), "webhooks": [receiver.url + "/hooks/T0K3N"],
                            "link": "https://intranet.example.org/storm/"})
    config = str(folder / "briefgen.yaml")
    code, out, err = build(capsys, "--config", config, "--json")
    assert code == 0, err
    assert wait_for(lambda: len(smtp_server.messages) == 1)
    sender, recipients, message = smtp_server.messages[0]
    assert sender == "briefgen@example.org" and sorted(recipients) == ["chief@example.org", "desk@example.org"]
    assert message["Subject"] == "Storm: 2026-03-01"
    names = sorted(part.get_filename() for part in message.iter_attachments())
    assert names == ["2026-03-01-briefing.html", "2026-03-01-briefing.md"]
    attached_md = next(p for p in message.iter_attachments() if p.get_filename().endswith(".md")).get_content()
    assert attached_md.replace("\r\n", "\n") == (folder / "out" / "2026-03-01-briefing.md").read_text()  # mail lines end CRLF
    assert "https://intranet.example.org/storm/2026-03-01-briefing.html" in message.get_body().get_content()
    assert [p for p in receiver.paths()] == ["/hooks/T0K3N"]
    text = json.loads(receiver.bodies("/hooks/")[0])["text"]
    assert text.startswith("Storm: briefing of 2026-03-01") and "https://intranet.example.org/storm/2026-03-01-briefing.md" in text
    summary = json.loads(out)
    assert set(summary["delivered"].values()) == {"sent"}
    log = (folder / "briefgen.log").read_text()
    assert "T0K3N" not in log  # a webhook's token never reaches the log

    # The same briefing again: nothing is sent, whatever re-rendered it.
    (folder / "out" / "latest.md").unlink()
    code, out, err = build(capsys, "--config", config, "--json")
    assert code == 0, err
    assert set(json.loads(out)["delivered"].values()) == {"already sent"}
    code, out, err = build(capsys, "--config", config, "--json")
    assert code == 0 and json.loads(out)["unchanged"] is True
    assert len(smtp_server.messages) == 1 and len(receiver.requests) == 1

    # A new briefing (a new day) is sent.
    code, out, err = build(capsys, "--config", config, "--date", "2026-03-02")
    assert code == 0, err
    assert wait_for(lambda: len(smtp_server.messages) == 2)
    assert smtp_server.messages[1][2]["Subject"] == "Storm: 2026-03-02"
    assert len(receiver.requests) == 2


def test_a_failed_delivery_keeps_the_briefing_exits_4_and_is_retried(tmp_path, capsys, smtp_server, receiver):
    receiver.status = 500
    folder = story(tmp_path, deliver={"email": email_settings(smtp_server, attach=["md"]),
                                      "webhooks": [receiver.url + "/hook"]})
    config = str(folder / "briefgen.yaml")
    code, out, err = build(capsys, "--config", config, "--json")
    assert code == 4
    assert "briefgen: error: delivery failed: webhook http://127.0.0.1" in err and "HTTP 500" in err
    assert "sent again on the next run" in err
    assert (folder / "out" / "latest.md").is_file()  # the briefing stays
    summary = json.loads(out)
    assert summary["status"] == "delivery-failed" and summary["exit_code"] == 4
    assert "ERROR" in (folder / "briefgen.log").read_text()
    assert wait_for(lambda: len(smtp_server.messages) == 1)  # the e-mail went

    receiver.status = 200
    code, out, err = build(capsys, "--config", config, "--json")
    assert code == 0, err
    delivered = json.loads(out)["delivered"]
    assert sorted(delivered.values()) == ["already sent", "sent"]  # the webhook now; the e-mail not again
    assert len(smtp_server.messages) == 1 and len(receiver.requests) == 2


def test_an_smtp_server_that_is_not_there(tmp_path, capsys):
    port = free_port()
    folder = story(tmp_path, deliver={"email": {"to": ["a@example.org"], "from": "b@example.org",
                                                "smtp": f"127.0.0.1:{port}", "attach": ["md"], "timeout": 5}})
    code, _, err = build(capsys, "--config", str(folder / "briefgen.yaml"))
    assert code == 4
    assert f"SMTP 127.0.0.1:{port}" in err and len(err.strip().splitlines()) == 1
    assert (folder / "out" / "latest.md").is_file()


def test_smtp_login_reads_the_password_from_the_environment(tmp_path, capsys, monkeypatch):
    folder = story(tmp_path, deliver={"email": {"to": ["a@example.org"], "from": "b@example.org",
                                                "smtp": "127.0.0.1:2525", "username": "me",
                                                "password_env": "BRIEFGEN_OPS_TEST_PW", "attach": ["md"]}})
    monkeypatch.delenv("BRIEFGEN_OPS_TEST_PW", raising=False)
    code, _, err = build(capsys, "--config", str(folder / "briefgen.yaml"))
    assert code == 2 and "key 'deliver.email.password_env'" in err and "BRIEFGEN_OPS_TEST_PW is not set" in err
    assert not (folder / "out").exists()  # refused before anything was read or written


def test_a_backfill_is_not_delivered(tmp_path, capsys, receiver):
    folder = story(tmp_path, deliver={"webhooks": [receiver.url + "/hook"]})
    config = str(folder / "briefgen.yaml")
    assert build(capsys, "--config", config)[0] == 0
    code, out, err = build(capsys, "--config", config, "--date", "2026-02-20", "--json")
    assert code == 0, err
    assert json.loads(out)["backfill"] is True
    assert len(receiver.requests) == 1


@pytest.mark.slow
def test_delivery_with_the_pdf_through_the_installed_command(tmp_path, smtp_server):
    folder = story(tmp_path, formats=["md", "pdf"], deliver={"email": email_settings(smtp_server, attach=["pdf"])})
    done = run_cli("build", "--config", str(folder / "briefgen.yaml"))
    assert done.returncode == 0, done.stderr
    assert wait_for(lambda: len(smtp_server.messages) == 1)
    (part,) = list(smtp_server.messages[0][2].iter_attachments())
    assert part.get_content_type() == "application/pdf"
    assert part.get_content() == (folder / "out" / "2026-03-01-briefing.pdf").read_bytes()
