"""`briefgen config init DIR`: a story folder to start from, with a commented config that validates as it is."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

from briefgen.output import OutputError, write_files

CONFIG = """\
# briefgen.yaml: the settings of one story's briefing (docs/config.md explains every key).
# Run `briefgen build` in this folder (it reads ./briefgen.yaml), or from cron:
#   briefgen build --config {config_path}
# Check it with `briefgen config validate`; see every setting with its default: `briefgen config show`.
# Relative paths are relative to this file's folder.

inputs: [articles]                  # put the articles (.txt, .md, .html) in articles/
output:
  dir: out                          # the briefings: out/latest.pdf, out/2026-03-01-briefing.pdf, ...
  name: "{{date:%Y-%m-%d}}-briefing"  # a dated archive, plus latest.*
  retention_days: 90                # remove archived briefings older than this
formats: [md, html, pdf]
title: {title}
# marking: OFFICIAL                 # printed on every page
log_file: briefgen.log              # every run's start, end and errors, tagged with its run id
lock: wait                          # another run writing here: wait for it (or: fail, exit 3)
# lock_timeout: 1800                # ...but at most this many seconds, then exit 3

# Monitoring (docs/scheduling.md): pings on start, success and failure, and notifications.
# monitor:
#   ping: https://hc-ping.com/your-check-uuid        # healthchecks.io style: /start, (success), /fail
#   notify: ["mailto://user:password@example.org"]    # apprise URLs: slack://, ntfy://, matrix://, ...
#   notify_on: [failure]                               # add success to hear about every briefing

# Commands run around each build (in this folder, with BRIEFGEN_RUN_ID, BRIEFGEN_EXIT_CODE, ...).
# hooks:
#   before: ["rsync -a feed:/articles/storm/ articles/"]   # a failure stops the run
#   after: []                                              # after a successful run
#   failure: []                                            # after a failed run

# Delivery of a changed briefing (an unchanged one is never sent again); a failure exits 4.
# deliver:
#   email:
#     to: [desk@example.org]
#     from: "briefgen <briefgen@example.org>"
#     smtp: "smtp.example.org:587"    # 587: STARTTLS, 465: TLS, other ports: plain (security: to choose)
#     username: briefgen
#     password_env: BRIEFGEN_SMTP_PASSWORD   # the password is read from this environment variable
#     attach: [pdf]
#   webhooks: ["https://chat.example.org/hooks/your-token"]   # Slack-compatible {{"text": ...}}
#   link: https://intranet.example.org/briefings/storm/      # where out/ is published, for links
"""


def init_story(folder: Path, title: Optional[str] = None) -> list[Path]:
    """Create `folder`/briefgen.yaml and `folder`/articles/; an existing config is never replaced."""
    folder = Path(folder)
    config = folder / "briefgen.yaml"
    if folder.exists() and not folder.is_dir():
        raise OutputError(f"{folder}: not a folder; config init creates a new story folder or fills an existing one")
    if config.exists():
        raise OutputError(f"{config}: already exists; left as it was (check it with briefgen config validate)")
    articles = folder / "articles"
    try:
        articles.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise OutputError(f"{articles}: cannot create: {err.strerror or err}") from None
    name = title or folder.resolve().name.replace("-", " ").replace("_", " ").strip().capitalize() or "Briefing"
    text = CONFIG.format(title=json.dumps(name, ensure_ascii=False), config_path=config.resolve())
    write_files({config: text.encode("utf-8")}, kept="nothing was created")
    return [config, articles]
