"""The built-in templates ship inside the wheel, where `builtin_templates_dir` looks first."""
import subprocess
import sys
import zipfile
from pathlib import Path

from conftest import ROOT


def test_wheel_holds_every_builtin_template(tmp_path):
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                           "-w", str(tmp_path), str(ROOT)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    wheel = next(tmp_path.glob("briefgen-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {f"briefgen/templates/{p.relative_to(ROOT / 'briefgen' / 'templates').as_posix()}"
                for p in (ROOT / "briefgen" / "templates").rglob("*") if p.is_file() and "__pycache__" not in p.parts}
    assert expected and expected <= names, expected - names


def test_installed_package_layout_is_searched_first(tmp_path, monkeypatch):
    from briefgen.render import paths

    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "briefing.md.j2").write_text("x")
    monkeypatch.setattr(paths, "_PACKAGE", tmp_path)
    assert paths.builtin_templates_dir() == tmp_path / "templates"
