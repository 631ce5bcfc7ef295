"""Where the built-in templates are: inside the package in a wheel, `templates/` in a checkout."""
from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


def builtin_templates_dir() -> Path:
    for candidate in (_PACKAGE / "templates", _PACKAGE.parent / "templates"):
        if (candidate / "briefing.md.j2").is_file():
            return candidate
    raise FileNotFoundError("briefgen's built-in templates are missing from this installation")
