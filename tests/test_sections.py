"""The section registry: every part of briefgen agrees with it, ids and the cache keep their contracts,
and an installed plugin package adds a section of its own."""
from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefgen import cache, config, facts, overrides
from briefgen.extract.article import ArticleFacts
from briefgen.sections import all_sections, extracted_sections, names
from briefgen.sections.open_questions.rules import RULES

from conftest import ROOT, SEEDS


def test_every_part_reads_the_one_list_of_sections():
    extracted = [s.name for s in extracted_sections()]
    assert [k for k in facts.Facts.model_fields if k in names()] == extracted
    assert [k for k in ArticleFacts.model_fields if k in names()] == extracted
    assert list(overrides.Additions.model_fields) == extracted
    assert [s.name for s in config.Config().section_list()] == list(names())
    prefixes = [s.prefix for s in extracted_sections()]
    assert len(set(prefixes)) == len(prefixes) and all(prefixes)
    for section in all_sections():
        assert (ROOT / "briefgen" / "templates" / section.template_name).is_file(), section.name
        assert section.title and section.empty and section.description


def test_the_docs_name_every_section_and_prefix():
    doc = (ROOT / "docs" / "facts.md").read_text(encoding="utf-8")
    for section in extracted_sections():
        assert f"`{section.name}[*]`" in doc, section.name
        assert f"`{section.prefix}-`" in doc, section.prefix


def test_an_unknown_section_in_the_config_is_refused(tmp_path):
    path = tmp_path / "briefgen.yaml"
    path.write_text("sections: [developments, casualty]\n")
    with pytest.raises(config.ConfigError, match="casualty"):
        config.load_config(path)


def test_the_cache_key_covers_every_module_extraction_reads():
    for part in ("extract", "sections", "similar.py", "aliases.py", "nlp.py"):
        assert part in cache.CODE
        assert (cache.PACKAGE / part).exists()


@pytest.mark.parametrize("rule", RULES, ids=[r.name for r in RULES])
def test_each_open_question_rule_fires_on_its_example(rule):
    from briefgen import nlp

    doc = nlp.load()(rule.example)
    assert any(rule.test(tok) for tok in doc), f"{rule.name!r} does not fire on its example"


def _md_article(folder: Path, title: str) -> None:
    body = (SEEDS / "000_a032d8a8cfd74b53.txt").read_text(encoding="utf-8")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "story.md").write_text(f"---\ntitle: {json.dumps(title)}\n---\n{body}", encoding="utf-8")


@pytest.mark.slow
def test_a_title_edit_reaches_a_cached_build(tmp_path, cli):
    """Extraction reads the title: an entry cached under the old title must not be used for the new one."""
    arts, out = tmp_path / "in", tmp_path / "out"

    def developments(folder: Path) -> list:
        return [{k: v for k, v in d.items() if k != "id"}
                for d in json.loads((folder / "facts.json").read_text())["developments"]]

    _md_article(arts, "Weather report for the coast")
    first = cli("build", str(arts), "--out", str(out), "--format", "md")
    assert first.returncode == 0, first.stderr
    before = developments(out)
    _md_article(arts, "Trump says US could offer air support to Ukraine")
    cached = cli("build", str(arts), "--out", str(out), "--format", "md")
    fresh = cli("build", str(arts), "--out", str(tmp_path / "fresh"), "--format", "md", "--no-cache")
    assert cached.returncode == 0 and fresh.returncode == 0, cached.stderr + fresh.stderr
    assert developments(out) == developments(tmp_path / "fresh")
    assert before != developments(tmp_path / "fresh")  # the title does change the ranking


def test_ids_do_not_move_when_a_line_is_added_above(tmp_path):
    """A live article gains "Updated at 10:00" on top: every offset moves, no fact id may."""
    from briefgen.config import Config
    from briefgen.pipeline import build_facts

    body = (SEEDS / "004_281c49e4be45ee89.txt").read_text(encoding="utf-8")
    for name, text in (("a", body), ("b", "Updated at 10:00\n\n" + body)):
        (tmp_path / name).mkdir()
        (tmp_path / name / "live.txt").write_text(text, encoding="utf-8")
    old, new = (build_facts([str(tmp_path / n)], Config(date="2025-08-20")) for n in "ab")
    for section in extracted_sections():
        ids = {(i.text, i.sources[0].sentence): i.id for i in getattr(old, section.name)}
        same = [(i.id, ids[(i.text, i.sources[0].sentence)]) for i in getattr(new, section.name)
                if (i.text, i.sources[0].sentence) in ids]
        if section.name in ("quotes", "positions", "open_questions", "casualties", "developments"):
            assert same, section.name
        assert all(a == b for a, b in same), section.name
    assert {q.id for q in old.quotes} == {q.id for q in new.quotes}


def test_a_failing_rule_is_logged_with_the_article_and_the_exception(context, caplog, monkeypatch):
    from briefgen.sections.positions import extract as positions

    def broken(*args, **kwargs):
        raise IndexError("a parse the rules did not foresee")

    monkeypatch.setattr(positions, "cue_tokens", broken)
    with caplog.at_level(logging.WARNING, logger="briefgen.extract"):
        assert positions.extract(context("The minister said the plan would fail.", article_id="art-7")) == []
    assert any("art-7" in r.getMessage() and "positions" in r.getMessage() and "IndexError" in r.getMessage()
               for r in caplog.records)


PLUGIN_PYPROJECT = """\
[build-system]
requires = ["setuptools"]
build-backend = "setuptools.build_meta"

[project]
name = "briefgen-assessment"
version = "0.1"

[project.entry-points."briefgen.sections"]
assessment = "briefgen_assessment:SECTION"

[tool.setuptools]
packages = ["briefgen_assessment"]

[tool.setuptools.package-data]
briefgen_assessment = ["templates/sections/*.j2"]
"""
PLUGIN_CODE = '''\
"""A desk's own section: every sentence that names Budapest, as an assessment point."""
from pathlib import Path

from briefgen.extract.context import source_for
from briefgen.items import Item
from briefgen.sections import Section


class Point(Item):
    place: str = "Budapest"


def extract(ctx):
    return [Point(text=" ".join(s.text.split()), sources=[source_for(s, ctx.article_id)])
            for s in ctx.doc.sents if "Budapest" in s.text]


SECTION = Section(name="assessment", title="Assessment", empty="Nothing to assess.", model=Point,
                  prefix="asm", description="sentences naming Budapest", extract=extract,
                  templates=str(Path(__file__).parent / "templates"))
'''
PLUGIN_TEMPLATE = """\
## {{ section.title }}

{% for item in section.items %}
- {{ item.text }} ({{ item.place }}) {{ item.cite }}
{% else %}
{{ section.empty }}
{% endfor %}
"""


@pytest.mark.slow
def test_an_installed_plugin_package_adds_a_section(tmp_path, cli):
    src = tmp_path / "plugin"
    (src / "briefgen_assessment" / "templates" / "sections").mkdir(parents=True)
    (src / "pyproject.toml").write_text(PLUGIN_PYPROJECT)
    (src / "briefgen_assessment" / "__init__.py").write_text(PLUGIN_CODE)
    (src / "briefgen_assessment" / "templates" / "sections" / "assessment.md.j2").write_text(PLUGIN_TEMPLATE)
    site = tmp_path / "site"
    done = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
                           "--no-index", "--target", str(site), str(src)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    env = {"PYTHONPATH": os.pathsep.join([str(site), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep)}
    out = tmp_path / "out"
    run = cli("build", str(SEEDS), "--out", str(out), "--format", "md", "--no-cache", env=env)
    assert run.returncode == 0, run.stderr
    data = json.loads((out / "facts.json").read_text())
    assert data["assessment"] and all(i["id"].startswith("asm-") for i in data["assessment"])
    assert list(data)[-2:] == ["assessment", "skipped"]
    md = (out / "briefing.md").read_text()
    assert "## Assessment" in md and "(Budapest)" in md
    assert md.index("## Assessment") > md.index("## Quotes")
    plain = cli("build", str(SEEDS), "--out", str(tmp_path / "plain"), "--format", "md", "--no-cache")
    assert "assessment" not in json.loads((tmp_path / "plain" / "facts.json").read_text())
