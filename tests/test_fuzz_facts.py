"""Fuzzing `facts.load` (issue 18): random and hostile JSON and YAML facts files never raise anything but
the one-line FactsError; a file that loads writes back a facts file that loads to the same facts, and
renders a template context.

Bounded by the active hypothesis profile (the default one: 100 examples per test, a few seconds in all);
`make fuzz` selects the longer `fuzz` profile.
"""
from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefgen import facts as facts_io
from briefgen.config import Config
from briefgen.facts import FactsError
from briefgen.render.context import build_context

pytestmark = pytest.mark.fuzz
SETTINGS = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

SENTENCE = "The old bridge collapsed into the river on Monday."
BASE = {
    "schema_version": 1, "title": "Bridge", "date": "2024-06-01",
    "articles": [{"id": "n1", "path": "n1.txt", "title": "Bridge falls", "published": "2024-06-01"}],
    "actors": [{"name": "Jane Doe", "type": "person", "aliases": ["Doe"], "mentions": 2}],
    "developments": [{"id": "dev-1", "text": "The old bridge collapsed",
                      "sources": [{"article": "n1", "sentence": SENTENCE, "start": 0, "end": len(SENTENCE)}],
                      "score": 1.5, "support": 1}],
    "positions": [{"id": "pos-1", "text": "Doe rejects the plan", "actor": "Jane Doe", "cue": "reject",
                   "stance": "rejects", "sources": [{"article": "n1", "sentence": "x", "start": 0, "end": 1}]}],
    "quotes": [{"id": "quo-1", "text": "We will rebuild", "speaker": "Jane Doe", "cue": "say",
                "sources": [{"article": "n1", "sentence": "x", "start": 0, "end": 1}]}],
    "open_questions": [{"id": "opq-1", "text": "It is unclear why", "cue": "unclear",
                        "sources": [{"article": "n1", "sentence": "x", "start": 0, "end": 1}]}],
    "casualties": [{"id": "cas-1", "text": "3 people were hurt", "count": 3, "kind": "wounded",
                    "conflicts": ["cas-2"], "sources": [{"article": "n1", "sentence": "x", "start": 0, "end": 1}]},
                   {"id": "cas-2", "text": "5 people were hurt", "count": 5, "kind": "wounded",
                    "conflicts": ["cas-1"], "sources": [{"article": "n1", "sentence": "y", "start": 2, "end": 3}]}],
    "skipped": [{"path": "bad.txt", "reason": "empty file"}],
}


def _paths(value, prefix=()):
    """Every key path in BASE, to mutate one at a time."""
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, prefix + (key,))
    elif isinstance(value, list):
        for n, item in enumerate(value):
            yield from _paths(item, prefix + (n,))


PATHS = [p for p in _paths(BASE) if p]

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.integers(min_value=-(10 ** 30), max_value=10 ** 30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(alphabet=st.characters(exclude_categories=()), max_size=30),  # surrogates included
    st.sampled_from(["2025-02-30", "2025-13-45", "", "-7", "2", "killed", "exact", "n1", "cas-1", "\u202e", "\x00"]),
)
values = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                       st.dictionaries(st.text(max_size=8), inner, max_size=4)),
                      max_leaves=20)


def deep(depth: int, kind: str) -> object:
    value: object = 1
    for _ in range(depth):
        value = [value] if kind == "list" else {"k": value}
    return value


@st.composite
def mutated_facts(draw) -> dict:
    data = json.loads(json.dumps(BASE))
    for path in draw(st.lists(st.sampled_from(PATHS), max_size=4)):
        target = data
        try:
            for key in path[:-1]:
                target = target[key]
            new = draw(st.one_of(values, st.builds(deep, st.integers(0, 2000), st.sampled_from(["list", "dict"]))))
            if draw(st.booleans()) or not isinstance(target, (dict, list)):
                target[path[-1]] = new
            elif isinstance(target, dict):
                target.pop(path[-1], None)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation removed this path
    return data


def check(path: Path) -> None:
    """The property: FactsError or a facts model that round-trips and renders a context."""
    try:
        facts = facts_io.load(path)
    except FactsError as err:
        message = str(err)
        assert "\n" not in message and message.startswith(str(path))
        return
    again_path = path.with_name("again.json")
    again_path.write_text(facts_io.dumps(facts), encoding="utf-8")
    assert facts_io.load(again_path) == facts
    yaml_path = path.with_name("again.yaml")
    yaml_path.write_text(facts_io.dumps(facts, "yaml"), encoding="utf-8")
    assert facts_io.load(yaml_path) == facts
    build_context(facts, Config())


@SETTINGS
@given(data=mutated_facts())
def test_fuzz_mutated_json_facts(tmp_path, data):
    path = tmp_path / "facts.json"
    try:
        text = json.dumps(data, allow_nan=True)
    except (RecursionError, ValueError):
        return
    path.write_text(text, encoding="utf-8")
    check(path)


@SETTINGS
@given(data=mutated_facts())
def test_fuzz_mutated_yaml_facts(tmp_path, data):
    path = tmp_path / "facts.yaml"
    try:
        text = yaml.safe_dump(data, allow_unicode=False, sort_keys=False)
    except (RecursionError, yaml.YAMLError, ValueError):
        return
    path.write_text(text, encoding="utf-8")
    check(path)


@SETTINGS
@given(value=values)
def test_fuzz_any_json_value(tmp_path, value):
    path = tmp_path / "facts.json"
    path.write_text(json.dumps(value, allow_nan=True), encoding="utf-8")
    check(path)


TOKENS = ["- ", ": ", "&a ", "*a", "&b ", "*b", "[", "]", "{", "}", ", ", "\n", "  ", "2025-02-30", "2025-01-01 25:61:00",
          "'", '"', "\\", "!!binary ", "!!python/object:os.system ", "!!set ", "!!timestamp ", "!!float ", "!!int ", "!!bool ",
          "!!omap ", "!!pairs ", "!!str ", "!!seq ", "!!map ", "!!null ", "<<: ", ".nan",
          "-.inf", "1e999", "0x1F", "? ", "# c", "---", "...", "%YAML 1.1\n", "schema_version", "articles", "casualties",
          "count", "-7", "2.0", "title", "x", "id", "sources", "\t", "\ufeff", "\"\\ud800\"", "9" * 5000, "~", "null"]


@SETTINGS
@given(parts=st.lists(st.sampled_from(TOKENS), max_size=60))
def test_fuzz_hostile_yaml_text(tmp_path, parts):
    path = tmp_path / "facts.yaml"
    path.write_text("".join(parts), encoding="utf-8")
    check(path)


@SETTINGS
@given(parts=st.lists(st.sampled_from(['{', '}', '[', ']', ',', ':', '"schema_version"', '"title"', '"articles"',
                                       '"x"', '1', '-7', 'NaN', 'Infinity', '-Infinity', '1e999', 'true', 'null',
                                       '"\\ud800"', '"\\u0000"', '9' * 5000, ' ', '\n', '"']), max_size=80),
       suffix=st.sampled_from([".json", ".yaml"]))
def test_fuzz_hostile_json_text(tmp_path, parts, suffix):
    path = tmp_path / f"facts{suffix}"
    path.write_text("".join(parts), encoding="utf-8")
    check(path)


@SETTINGS
@given(data=st.binary(max_size=200), suffix=st.sampled_from([".json", ".yaml"]))
def test_fuzz_random_bytes(tmp_path, data, suffix):
    path = tmp_path / f"facts{suffix}"
    path.write_bytes(data)
    check(path)


def test_fuzz_values_are_finite_after_load(tmp_path):
    """A spot check of the property the fuzzers rely on: no NaN survives into a loaded model."""
    path = tmp_path / "f.json"
    path.write_text(json.dumps(BASE), encoding="utf-8")
    facts = facts_io.load(path)
    assert all(math.isfinite(d.score) for d in facts.developments)
