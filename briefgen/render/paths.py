"""Where the built-in templates are: `briefgen/templates/`, in a checkout and in an installed wheel alike."""
from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


def builtin_templates_dir() -> Path:
    candidate = _PACKAGE / "templates"
    if (candidate / "briefing.md.j2").is_file():
        return candidate
    raise FileNotFoundError("briefgen's built-in templates are missing from this installation")
