"""Issue 14, item 5: templates as MkDocs, Pelican and Hugo users expect them: sections and layouts of
your own, a chain of template folders, a warning for an override that overrides nothing (an error with
--strict), template errors in the template's own terms, `templates check` from an installed wheel, and
tables that no longer wrap "more / than 1,000,000"."""
from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefgen.cli import main
from briefgen.facts import Casualty, Source
from test_style_sources import make_facts

ROOT = Path(__file__).resolve().parent.parent


def setup(tmp_path: Path, config: str, files: dict[str, str]) -> tuple[Path, Path]:
    facts = tmp_path / "facts.json"
    facts.write_text(make_facts().model_dump_json(), encoding="utf-8")
    (tmp_path / "briefgen.yaml").write_text(config, encoding="utf-8")
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    return facts, tmp_path / "briefgen.yaml"


def render(tmp_path: Path, config: str, files: dict[str, str], *args: str) -> tuple[int, str]:
    facts, cfg = setup(tmp_path, config, files)
    code = main(["render", str(facts), "--out", str(tmp_path / "out"), "--config", str(cfg), "--format", "md", *args])
    md = tmp_path / "out" / "briefing.md"
    return code, md.read_text(encoding="utf-8") if code == 0 and md.exists() else ""


def test_a_section_of_your_own(tmp_path):
    files = {"my/sections/assessment.md.j2": "## {{ section.title }}\n\n{{ extra.assessment }}\n\n"}
    code, md = render(tmp_path, "templates: my\nsections: [developments, {name: assessment, title: Our assessment}]\n"
                      "extra: {assessment: Likely to escalate.}\n", files)
    assert code == 0
    assert md.index("## Key developments") < md.index("## Our assessment") < md.index("## Sources")
    assert "Likely to escalate." in md


def test_a_layout_of_your_own(tmp_path):
    files = {"my/weekly.md.j2": '{% extends "builtin:briefing.md.j2" %}{% block summary %}WEEKLY DIGEST\n\n'
                                '{% endblock %}'}
    code, md = render(tmp_path, "templates: my\nlayout: weekly\n", files)
    assert code == 0 and "WEEKLY DIGEST" in md and "## Key developments" in md


def test_a_desk_over_the_organisations_theme(tmp_path, capsys):
    files = {"desk/summary.md.j2": "DESK SUMMARY\n\n",
             "org/summary.md.j2": "ORG SUMMARY\n\n",
             "org/title.md.j2": "# ORG TITLE {{ title }}\n\n"}
    code, md = render(tmp_path, "templates: desk\ntheme: [org]\n", files)
    assert code == 0
    assert "DESK SUMMARY" in md and "ORG SUMMARY" not in md and "# ORG TITLE Harbour fire" in md
    capsys.readouterr()
    assert main(["templates", "list", "--config", str(tmp_path / "briefgen.yaml")]) == 0
    listing = dict(line.split("\t") for line in capsys.readouterr().out.splitlines())
    assert listing["summary.md.j2"] == f"user {tmp_path / 'desk'}"
    assert listing["title.md.j2"] == f"user {tmp_path / 'org'}"
    assert listing["briefing.md.j2"] == "built-in"


def test_missing_theme_folder_is_one_line(tmp_path, capsys):
    code, _ = render(tmp_path, "theme: [nowhere]\n", {})
    err = capsys.readouterr().err
    assert code != 0 and "nowhere: theme folder not found (set by `theme:`)" in err and "Traceback" not in err


def test_a_misspelt_override_warns_and_strict_fails(tmp_path, capsys):
    files = {"my/sections/casualty.md.j2": "## Mine\n"}
    code, md = render(tmp_path, "templates: my\n", files)
    err = capsys.readouterr().err
    assert code == 0 and "## Casualty figures" in md
    assert ("my/sections/casualty.md.j2: overrides no built-in template and no template, layout: or sections: "
            "uses it; did you mean sections/casualties.md.j2?") in err
    code, _ = render(tmp_path, "templates: my\n", files, "--strict")
    err = capsys.readouterr().err
    assert code != 0 and err.count("\n") == 1 and err.startswith("briefgen: error: ")
    assert "sections/casualty.md.j2: overrides no built-in" in err and "--strict" in err
    code, _ = render(tmp_path, "templates: my\nstrict: true\n", files)
    assert code != 0
    capsys.readouterr()
    assert main(["templates", "check", "--config", str(tmp_path / "briefgen.yaml"), "--facts",
                 str(tmp_path / "facts.json")]) != 0  # strict: true in the config
    assert "warning: " in capsys.readouterr().err


def test_a_used_extra_file_is_no_warning(tmp_path, capsys):
    files = {"my/briefing.md.j2": '{% extends "builtin:briefing.md.j2" %}{% block summary %}'
                                  '{% include "partials/note.md.j2" %}{% endblock %}',
             "my/partials/note.md.j2": "NOTE\n\n"}
    code, md = render(tmp_path, "templates: my\n", files, "--strict")
    assert code == 0 and "NOTE" in md and "warning" not in capsys.readouterr().err


@pytest.mark.parametrize("template, message", [
    ("## {{ section.titel }}\n", "sections/quotes.md.j2:1: undefined: `section` has no attribute `titel`; "
                                 "did you mean `title`?"),
    ("{% for item in section.items %}{{ item.actr }}{% endfor %}\n",
     "sections/quotes.md.j2:1: undefined: `item` has no attribute `actr`; did you mean `actor`?"),
    ("{{ titel }}\n", "sections/quotes.md.j2:1: undefined: `titel` is undefined; did you mean `title`?"),
])
def test_template_errors_in_the_templates_own_terms(tmp_path, capsys, template, message):
    code, _ = render(tmp_path, "templates: my\n", {"my/sections/quotes.md.j2": template.replace(
        "section.items", "positions.items")})
    err = capsys.readouterr().err
    assert code != 0 and message in err, err
    assert "briefgen.render" not in err and "Rec object" not in err


def test_a_misspelt_section_or_layout_is_a_config_error(tmp_path, capsys):
    code, _ = render(tmp_path, "title: x\nsections: [developments, casualtys]\n", {})
    err = capsys.readouterr().err
    assert code != 0 and "briefgen.yaml:2: key 'sections.1': unknown section 'casualtys'; did you mean 'casualties'?" in err
    code, _ = render(tmp_path, "layout: onepag\n", {})
    err = capsys.readouterr().err
    assert code != 0 and "briefgen.yaml:1: key 'layout': unknown layout 'onepag'; did you mean 'onepage'?" in err


def test_builtin_tables_are_not_fixed_layout():
    css = (ROOT / "briefgen" / "templates" / "style.css.j2").read_text(encoding="utf-8")
    assert "table-layout: fixed" not in css


@pytest.mark.slow
def test_disagreement_table_does_not_wrap_a_figure(tmp_path):
    """The docs' first worked example: four figures side by side, one of them 'more than 1,000,000'."""
    facts = make_facts()
    article = facts.articles[0].id
    figures = [Casualty(id=f"k{i}", text="x", count=count, qualifier=q, kind="killed", conflicts=[f"k{j}" for j in
                        range(4) if j != i], sources=[Source(article=article, sentence=f"S{i}.", start=900 + i * 9,
                                                             end=903 + i * 9)])
               for i, (count, q) in enumerate([(1_000_000, "more_than"), (12, "at_least"), (40, "exact"), (7, "about")])]
    path = tmp_path / "facts.json"
    path.write_text(facts.model_copy(update={"casualties": figures}).model_dump_json(), encoding="utf-8")
    assert main(["render", str(path), "--out", str(tmp_path / "out"), "--format", "pdf"]) == 0
    from pypdf import PdfReader

    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO((tmp_path / "out" / "briefing.pdf")
                                                                    .read_bytes())).pages)
    assert "more than 1,000,000" in text


@pytest.mark.slow
def test_templates_check_from_an_installed_wheel(tmp_path):
    """Build the wheel, install it alone into a fresh virtual environment (its dependencies from this one's
    site-packages by path, nothing from the checkout), and run `templates check` away from the checkout."""
    dist = tmp_path / "dist"
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                           "-w", str(dist), str(ROOT)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    wheel = next(dist.glob("briefgen-*.whl"))
    fresh = tmp_path / "fresh"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(fresh)], check=True, timeout=120)
    target = tmp_path / "installed"
    done = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target),
                           str(wheel)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    site = next(p for p in sys.path if p.endswith("site-packages") and Path(p, "jinja2").is_dir())
    away = tmp_path / "elsewhere"
    away.mkdir()
    env = {**os.environ, "PYTHONPATH": f"{target}{os.pathsep}{site}", "PYTHONNOUSERSITE": "1"}
    code = ("import briefgen, sys; assert briefgen.__file__.startswith(sys.argv[1]), briefgen.__file__; "
            "from briefgen.cli import main; sys.exit(main(['templates', 'check']))")
    done = subprocess.run([str(fresh / "bin" / "python"), "-c", code, str(target)], cwd=away, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "every template renders" in done.stderr


def test_template_digest_follows_theme_folders_and_reference_doc(tmp_path):
    """A change in a theme folder or the Word reference document re-renders an otherwise unchanged run."""
    from briefgen.build import _template_digest
    from briefgen.config import Config

    desk, org = tmp_path / "desk", tmp_path / "org"
    for folder in (desk, org):
        folder.mkdir()
    (org / "style.css.j2").write_text("body { color: black; }\n", encoding="utf-8")
    reference = tmp_path / "ref.docx"
    reference.write_bytes(b"PK first")
    config = Config(templates=desk, theme=[org], reference_doc=reference)
    before = _template_digest(config)
    (org / "style.css.j2").write_text("body { color: navy; }\n", encoding="utf-8")
    after_theme = _template_digest(config)
    reference.write_bytes(b"PK second")
    assert len({before, after_theme, _template_digest(config)}) == 3
    # The same file in the desk's folder or the theme's is not the same set of templates.
    (desk / "x.j2").write_text("x", encoding="utf-8")
    moved = Config(templates=org, theme=[desk], reference_doc=reference)
    assert _template_digest(moved) != _template_digest(config)
