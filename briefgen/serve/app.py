"""The review server: a Flask application on Werkzeug's threaded server, on 127.0.0.1 by default.

Routes: `/` the page; `/_reload?v=N` answers when the page's version differs from N (a long poll, at
most RELOAD_WAIT seconds, as `mkdocs serve` reloads its pages); `/api/edit` suppresses, corrects or
restores a fact (POST, JSON); `/static/...` the page's script and style.

Who may change anything: a request must name this server as its Host (no DNS rebinding); a POST must
carry the page's per-run token in `X-Briefgen-Token`, be JSON, and come from this origin (`Origin`,
`Sec-Fetch-Site`); anything else gets 403. The page forbids scripts and connections to other origins
(Content-Security-Policy).
"""
from __future__ import annotations

import hmac
import ipaddress
import logging
import secrets
import sys
import threading
from pathlib import Path
from typing import Callable, Optional

from flask import Flask, Response, abort, jsonify, request

from briefgen import overrides
from briefgen.config import Config
from briefgen.errors import UserError
from briefgen.serve.page import review_page
from briefgen.serve.review import Review

log = logging.getLogger("briefgen.serve")
RELOAD_WAIT = 20.0  # seconds one live-reload poll may wait for a change
CSP = ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
TOKEN_HEADER = "X-Briefgen-Token"


def create_app(review: Review, token: str, host: str, port_of: Callable[[], int], notice: Optional[str] = None) -> Flask:
    app = Flask(__name__, static_folder="static", static_url_path="/static")
    app.config["MAX_CONTENT_LENGTH"] = 64 * 1024

    def origins() -> set[str]:
        port = port_of()
        names = {host, f"[{host}]" if ":" in host else host}
        if _is_loopback(host):
            names |= {"127.0.0.1", "localhost", "[::1]"}
        return {f"{name}:{port}" for name in names}

    @app.before_request
    def guard():
        if request.host not in origins():
            abort(403, "unknown host: this server answers only to its own address")
        if request.method == "POST":
            origin = request.headers.get("Origin")
            if origin is not None and origin.split("://", 1)[-1] not in origins():
                abort(403, "requests from other origins are refused")
            if request.headers.get("Sec-Fetch-Site", "same-origin") not in ("same-origin", "none"):
                abort(403, "requests from other sites are refused")
            given = request.headers.get(TOKEN_HEADER, "")
            if not hmac.compare_digest(given.encode(), token.encode()):
                abort(403, "missing or wrong review token: reload the page")
            if not request.is_json:
                abort(415, "send JSON")

    @app.after_request
    def headers(response: Response) -> Response:
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["Cache-Control"] = "no-store"
        return response

    @app.errorhandler(403)
    @app.errorhandler(404)
    @app.errorhandler(405)
    @app.errorhandler(413)
    @app.errorhandler(415)
    def refused(err):
        return jsonify(error=getattr(err, "description", str(err))), err.code

    @app.get("/")
    def page():
        snap = review.snapshot
        html = review_page(snap.html, snap.context, token=token, version=snap.version,
                           overrides_path=str(review.overrides_path), suppressed=snap.suppressed,
                           corrected=snap.corrected, stale=snap.stale, error=snap.error, notice=notice)
        return Response(html, mimetype="text/html")

    @app.get("/_reload")
    def reload():
        try:
            seen = int(request.args.get("v", "0"))
        except ValueError:
            seen = 0
        return jsonify(version=review.wait_for_change(seen, RELOAD_WAIT))

    @app.post("/api/edit")
    def edit():
        data = request.get_json(silent=True)
        if not isinstance(data, dict):
            return jsonify(error="send a JSON object: {action, id, fields}"), 400
        action, fact_id, fields = data.get("action"), data.get("id"), data.get("fields") or None
        if not isinstance(fact_id, str) or (fields is not None and not isinstance(fields, dict)):
            return jsonify(error="id must be text and fields an object"), 400
        try:
            overrides.edit(review.overrides_path, str(action), fact_id, fields)
        except UserError as err:
            return jsonify(error=str(err)), 400
        snap = review.rebuild()
        return jsonify(version=snap.version, error=snap.error)

    return app


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serve(load_config: Callable[[], Config], inputs: Callable[[Config], list[str]], out_dir: Path,
          config_path: Optional[Path], host: str = "127.0.0.1", port: int = 0,
          ready: Optional[Callable[[str], None]] = None) -> None:
    """Build the page, then serve it until Ctrl-C (KeyboardInterrupt) or SIGTERM, rebuilding on changes."""
    from werkzeug.serving import make_server

    from briefgen.serve.watch import watch

    config = load_config()
    notice = None
    if config.overrides is not None:
        overrides_path = Path(config.overrides)
    else:
        overrides_path = (Path(config_path).resolve().parent if config_path else Path.cwd()) / "overrides.yaml"
        notice = (f"the config names no overrides file: edits go to {overrides_path}; add "
                  f"`overrides: overrides.yaml` to the config so that builds apply them")
        log.warning("%s", notice)
    if overrides_path.exists():
        overrides.load(overrides_path)  # a broken file stops here, naming its line
    review = Review(load_config, inputs, out_dir, overrides_path)
    review.rebuild(first=True)
    token = secrets.token_urlsafe(32)
    if not _is_loopback(host):
        log.warning("serving on %s: anyone who can reach this address can see the briefing", host)
    holder: dict = {}
    app = create_app(review, token, host, lambda: holder["port"], notice)
    try:
        server = make_server(host, port, app, threaded=True)
    except OSError as err:
        raise UserError(f"cannot listen on {host}:{port}: {err.strerror or err}") from None
    holder["port"] = server.server_port
    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    stop = threading.Event()
    watcher = threading.Thread(target=watch, name="briefgen-watch", daemon=True,
                               args=(review, inputs(config), config, config_path, out_dir, overrides_path, stop))
    watcher.start()
    url = f"http://{'[' + host + ']' if ':' in host else host}:{server.server_port}/"
    (ready or (lambda u: print(f"briefgen: serving the briefing at {u} (Ctrl-C to stop)", file=sys.stderr,
                               flush=True)))(url)
    try:
        server.serve_forever(poll_interval=0.2)
    finally:
        stop.set()
        with review.changed:  # wake the live-reload polls so their threads end
            review.changed.notify_all()
        server.server_close()
        watcher.join(timeout=2)
