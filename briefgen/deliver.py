"""Sending the briefing after a run that changed it: by e-mail over SMTP, and to chat webhooks.

Each channel (the e-mail, each webhook) remembers in `OUT/.briefgen-delivered.json` the digest of the
last briefing it received, so an unchanged briefing is never sent again, whatever re-rendered it. A
channel that failed keeps its old digest and is tried again on the next run. A delivery failure never
touches the briefing files: it is logged and the run exits with EXIT_DELIVERY (4).

Delivery runs under the output folder's lock, so two runs never send one briefing twice.
"""
from __future__ import annotations

import hashlib
import json
import logging
import mimetypes
import os
import smtplib
import ssl
from datetime import datetime, timezone
from email.message import EmailMessage
from email.utils import formatdate, make_msgid, parseaddr
from pathlib import Path
from typing import Optional

from briefgen.config import FORMATS, Config, Email, host_port, shown
from briefgen.errors import DeliveryError
from briefgen.output import write_files

log = logging.getLogger("briefgen.deliver")
RECORD = ".briefgen-delivered.json"
TEXT_SUBTYPES = {"md": "markdown", "html": "html"}


def channels(config: Config) -> list[tuple[str, str]]:
    """(record key, description) of every configured channel, in the order they are served."""
    out = []
    email = config.deliver.email
    if email is not None:
        out.append((f"email:{','.join(sorted(email.to))}", f"e-mail to {', '.join(email.to)}"))
    for url in config.deliver.webhooks:
        out.append((f"webhook:{hashlib.sha256(url.encode()).hexdigest()[:16]}", f"webhook {_host(url)}"))
    return out


def _host(url: str) -> str:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.hostname}{':' + str(parts.port) if parts.port else ''}/..."


def briefing_files(out_dir: Path, stem: str, formats: list[str]) -> dict[str, Path]:
    return {fmt: out_dir / f"{stem}.{fmt}" for fmt in FORMATS if fmt in formats and (out_dir / f"{stem}.{fmt}").is_file()}


def digest(files: dict[str, Path]) -> str:
    h = hashlib.sha256()
    for fmt, path in sorted(files.items()):
        h.update(fmt.encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def _read_record(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}
    return data if isinstance(data, dict) else {}


def deliver(config: Config, out_dir: Path, stem: Optional[str], formats: list[str], backfill: bool = False,
            summary: str = "") -> dict[str, str]:
    """Send the briefing `stem` to every channel that has not received it yet; {channel: outcome}.

    Raises DeliveryError naming every channel that failed, after trying all of them.
    """
    wanted = channels(config)
    if not wanted or stem is None:
        return {}
    if backfill:
        log.info("deliver: a backfilled briefing is not sent")
        return {description: "not sent (backfill)" for _, description in wanted}
    files = briefing_files(out_dir, stem, formats)
    if not files:
        return {}
    current = digest(files)
    record_path = out_dir / RECORD
    record = _read_record(record_path)
    outcome: dict[str, str] = {}
    failures: list[str] = []
    for key, description in wanted:
        if isinstance(record.get(key), dict) and record[key].get("digest") == current:
            outcome[description] = "already sent"
            log.info("deliver: %s already received this briefing; not sent again", description)
            continue
        try:
            if key.startswith("email:"):
                send_email(config.deliver.email, config, stem, files, summary)
            else:
                url = next(u for u in config.deliver.webhooks if key.endswith(hashlib.sha256(u.encode()).hexdigest()[:16]))
                send_webhook(url, config, stem, files, summary)
        except DeliveryError as err:
            outcome[description] = f"failed: {err}"
            failures.append(f"{description}: {err}")
            log.info("deliver: %s failed: %s", description, err)  # the final error line names it too
            continue
        outcome[description] = "sent"
        log.info("deliver: sent %s to %s", stem, description)
        record[key] = {"digest": current, "stem": stem,
                       "at": datetime.now(timezone.utc).isoformat(timespec="seconds")}
        write_files({record_path: json.dumps(record, sort_keys=True, indent=1).encode()},
                    kept="the delivery record is unchanged")
    if failures:
        raise DeliveryError(f"delivery failed: {'; '.join(failures)}; the briefing was written and is sent again "
                            f"on the next run")
    return outcome


def _link(config: Config, name: str) -> Optional[str]:
    if not config.deliver.link:
        return None
    return config.deliver.link.rstrip("/") + "/" + name


def message_text(config: Config, stem: str, files: dict[str, Path], summary: str) -> str:
    """The text of a chat message (and the opening of the e-mail): title, date, what changed, links."""
    date = _date_of(stem, files)
    lines = [f"{config.title}: briefing of {date}" if date else f"{config.title}: new briefing"]
    if summary:
        lines.append(summary)
    links = [link for link in (_link(config, path.name) for path in files.values()) if link]
    lines.extend(links or [f"Files: {', '.join(path.name for path in files.values())}"])
    return "\n".join(lines)


def _date_of(stem: str, files: dict[str, Path]) -> Optional[str]:
    facts = files.get("md", next(iter(files.values()))).parent / f"{stem}.facts.json"
    for candidate in (facts, facts.parent / "facts.json"):
        try:
            return json.loads(candidate.read_text(encoding="utf-8")).get("date")
        except (OSError, ValueError, AttributeError):
            continue
    return None


def subject(email: Email, config: Config, stem: str, files: dict[str, Path]) -> str:
    try:
        text = email.subject.format(title=config.title, date=_date_of(stem, files) or "", stem=stem)
    except (KeyError, IndexError, ValueError, AttributeError) as err:
        raise DeliveryError(f"deliver.email.subject '{shown(email.subject)}': {err}; use {{title}}, {{date}} "
                            f"or {{stem}}") from None
    return " ".join(text.split())  # one header line


def build_email(email: Email, config: Config, stem: str, files: dict[str, Path], summary: str) -> EmailMessage:
    message = EmailMessage()
    message["Subject"] = subject(email, config, stem, files)
    message["From"] = email.from_
    message["To"] = ", ".join(email.to)
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain=parseaddr(email.from_)[1].rpartition("@")[2] or None)
    body = message_text(config, stem, files, summary)
    if "md" in files:
        body += "\n\n" + files["md"].read_text(encoding="utf-8", errors="replace")
    message.set_content(body)
    for fmt in email.attach:
        path = files.get(fmt)
        if path is None:
            continue
        if fmt in TEXT_SUBTYPES:  # text, declared UTF-8
            message.add_attachment(path.read_text(encoding="utf-8", errors="replace"), subtype=TEXT_SUBTYPES[fmt],
                                   filename=path.name)
        else:
            kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            maintype, _, subtype = kind.partition("/")
            message.add_attachment(path.read_bytes(), maintype=maintype, subtype=subtype, filename=path.name)
    return message


def security(email: Email, port: int) -> str:
    if email.security != "auto":
        return email.security
    return {465: "ssl", 587: "starttls"}.get(port, "none")


def send_email(email: Email, config: Config, stem: str, files: dict[str, Path], summary: str) -> None:
    host, port = host_port(email.smtp)
    message = build_email(email, config, stem, files, summary)
    password = None
    if email.password_env:
        password = os.environ.get(email.password_env)
        if password is None:
            raise DeliveryError(f"deliver.email.password_env: environment variable {email.password_env} is not set")
    mode = security(email, port)
    try:
        if mode == "ssl":
            smtp = smtplib.SMTP_SSL(host, port, timeout=email.timeout, context=ssl.create_default_context())
        else:
            smtp = smtplib.SMTP(host, port, timeout=email.timeout)
        with smtp:
            if mode == "starttls":
                smtp.starttls(context=ssl.create_default_context())
            if email.username:
                smtp.login(email.username, password or "")
            refused = smtp.send_message(message)
    except smtplib.SMTPException as err:
        raise DeliveryError(f"SMTP {email.smtp}: {shown(str(err), 160)}") from None
    except (OSError, ssl.SSLError) as err:
        raise DeliveryError(f"SMTP {email.smtp}: {getattr(err, 'strerror', None) or shown(str(err), 120)}") from None
    if refused:
        raise DeliveryError(f"SMTP {email.smtp} refused {', '.join(sorted(refused))}")


def send_webhook(url: str, config: Config, stem: str, files: dict[str, Path], summary: str) -> None:
    """A Slack-compatible JSON message, `{"text": ...}` (Slack, Mattermost, Rocket.Chat, Teams workflows,
    Discord's `/slack` endpoint and most chat tools accept it)."""
    from briefgen.monitor import _reason, http_post

    body = json.dumps({"text": message_text(config, stem, files, summary)}).encode("utf-8")
    try:
        status = http_post(url, body, timeout=config.deliver.timeout, content_type="application/json")
    except (OSError, ValueError) as err:
        raise DeliveryError(f"{_host(url)}: {_reason(err)}") from None
    if not 200 <= status < 300:
        raise DeliveryError(f"{_host(url)}: HTTP {status}")
