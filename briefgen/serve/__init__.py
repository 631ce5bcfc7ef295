"""`briefgen serve`: the briefing as a local web page, with review controls, that reloads itself.

Modules by step: `review` (one rebuild: articles → facts → the briefing's HTML, as `build` would make
it, without writing any briefing file), `page` (the review controls put into that HTML), `app` (the
Flask application: the page, live reload, the edit requests and who may make them), `watch` (files
whose change rebuilds the page). Static files (the page's script and style) are in `static/`.
"""
from briefgen.serve.app import serve

__all__ = ["serve"]
