"""Packaging an operator can trust: a licence, a changelog, prerequisites and install steps that work, no
setuptools warning, and systemd units that `systemd-analyze verify` accepts."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    tomllib = None


def test_licence_is_the_one_pyproject_names():
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License") and "THE SOFTWARE IS PROVIDED \"AS IS\"" in text
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'license = "MIT"' in pyproject and 'license-files = ["LICENSE"]' in pyproject


def test_changelog_has_an_unreleased_section_and_the_current_version():
    from briefgen import __version__

    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "## [Unreleased]" in text and f"## [{__version__}]" in text


def test_readme_names_the_system_prerequisites_and_a_working_install():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    for needed in ("python3-venv", "libpango-1.0-0", "fonts-dejavu-core", "brew install", "Windows", "pip wheel"):
        assert needed in text, needed
    for doc in ("README.md", "docs/scheduling.md"):
        body = (ROOT / doc).read_text(encoding="utf-8")
        assert not re.search(r"pip install briefgen\b", body), f"{doc}: briefgen is not on the package index"


def test_every_new_dependency_is_pinned():
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    for name in ("filelock", "apprise", "aiosmtpd"):
        assert re.search(rf'"{name}==[\d.]+"', text), name


@pytest.mark.slow
def test_an_editable_build_prints_no_setuptools_warning(tmp_path):
    """What `pip install -e .` runs (PEP 660 build_editable), without touching the environment: no
    "Editable installation ... folders with the same name" warning, and a plain .pth, not an import hook."""
    code = ("import sys, setuptools.build_meta as b; "
            f"print(b.build_editable({str(tmp_path)!r}))")
    done = subprocess.run([sys.executable, "-W", "always", "-c", code], cwd=ROOT, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Editable installation" not in done.stderr + done.stdout
    assert "same name as your package" not in done.stderr + done.stdout
    wheel = tmp_path / done.stdout.strip().splitlines()[-1]
    names = zipfile.ZipFile(wheel).namelist()
    assert any(n.endswith(".pth") for n in names) and not any("finder" in n for n in names), names


def test_the_built_in_templates_live_in_the_package():
    from briefgen.render.paths import builtin_templates_dir

    assert builtin_templates_dir() == ROOT / "briefgen" / "templates"
    assert not (ROOT / "templates").exists()
    if tomllib is not None:
        config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
        assert config["package-dir"] == {"": "."}
        assert "briefgen.templates" in config["packages"]


UNIT = re.compile(r"`/etc/systemd/system/(?P<name>[\w@.-]+)`:\s*\n\s*```ini\n(?P<body>.*?)```", re.S)


def units_from_docs() -> dict[str, str]:
    text = (ROOT / "docs" / "scheduling.md").read_text(encoding="utf-8")
    return {m["name"]: m["body"] for m in UNIT.finditer(text)}


def test_the_documented_service_is_hardened():
    units = units_from_docs()
    assert set(units) == {"briefgen-storm.service", "briefgen-storm.timer", "briefgen-failed@.service"}
    service = units["briefgen-storm.service"]
    for line in ("ProtectSystem=strict", "PrivateTmp=true", "ReadWritePaths=/srv/briefings/storm",
                 "OnFailure=briefgen-failed@%n.service", "NoNewPrivileges=true", "SuccessExitStatus=3"):
        assert line in service.splitlines(), line


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed here")
def test_systemd_analyze_verifies_the_documented_units(tmp_path):
    briefgen = Path(sys.executable).parent / "briefgen"
    story = tmp_path / "storm"
    story.mkdir()
    paths = []
    for name, body in units_from_docs().items():
        body = body.replace("/opt/briefgen/.venv/bin/briefgen", str(briefgen)).replace("/srv/briefings/storm", str(story))
        path = tmp_path / name
        path.write_text(body, encoding="utf-8")
        paths.append(str(path))
    done = subprocess.run(["systemd-analyze", "verify", "--man=no", *paths], capture_output=True, text=True,
                          timeout=120, cwd=tmp_path)
    problems = [line for line in (done.stderr + done.stdout).splitlines()
                if line.strip() and "Failed to connect to bus" not in line]
    assert done.returncode == 0 and not problems, done.stderr + done.stdout
