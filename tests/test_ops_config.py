"""`briefgen config validate | show | init`, ./briefgen.yaml, YAML values kept as the text written, --date."""
from __future__ import annotations

import json

import pytest
import yaml

from briefgen.cli import main
from conftest import SEEDS, run_cli
from test_ops_support import build, story


def config_cmd(capsys, *args):
    code = main(["config", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_init_validate_then_build_in_the_folder_without_config(tmp_path, capsys, monkeypatch):
    code, out, _ = config_cmd(capsys, "init", str(tmp_path / "storm-coast"))
    assert code == 0
    folder = tmp_path / "storm-coast"
    assert (folder / "briefgen.yaml").is_file() and (folder / "articles").is_dir()
    assert "# " in (folder / "briefgen.yaml").read_text()  # commented
    for path in SEEDS.iterdir():
        (folder / "articles" / path.name).write_bytes(path.read_bytes())
    monkeypatch.chdir(folder)
    code, _, err = config_cmd(capsys, "validate")
    assert code == 0, err
    assert "briefgen.yaml: valid" in err
    code, _, err = build(capsys, "--format", "md", "--date", "2026-03-01")
    assert code == 0, err
    assert (folder / "out" / "latest.md").is_file()
    assert (folder / "out" / "2026-03-01-briefing.md").is_file()
    assert "Storm coast" in (folder / "out" / "latest.md").read_text()  # the title init gave
    log = (folder / "briefgen.log").read_text()
    assert "found in the working directory" in log


def test_init_never_replaces_a_config(tmp_path, capsys):
    (tmp_path / "briefgen.yaml").write_text("title: Mine\n")
    code, _, err = config_cmd(capsys, "init", str(tmp_path))
    assert code == 1
    assert err.startswith("briefgen: error: ") and "already exists" in err and len(err.splitlines()) == 1
    assert (tmp_path / "briefgen.yaml").read_text() == "title: Mine\n"


def test_show_prints_every_key_with_defaults(tmp_path, capsys):
    folder = story(tmp_path, deliver={"email": {"to": ["desk@example.org"], "from": "b@example.org",
                                                "smtp": "127.0.0.1:2525"}})
    code, out, _ = config_cmd(capsys, "show", str(folder / "briefgen.yaml"))
    assert code == 0
    shown = yaml.safe_load(out)
    assert shown["title"] == "Storm" and shown["layout"] == "full" and shown["limit"] == 10
    assert shown["page"]["size"] == "A4"
    assert shown["inputs"] == [str(folder / "articles")]  # resolved against the config's folder
    assert shown["deliver"]["email"]["from"] == "b@example.org" and shown["deliver"]["email"]["attach"] == ["pdf"]
    assert shown["monitor"]["notify_on"] == ["failure"] and shown["lock_timeout"] is None


def test_validate_lists_every_problem_with_file_line_and_key(tmp_path, capsys):
    folder = story(tmp_path)
    (folder / "my-templates").mkdir()
    (folder / "my-templates" / "briefing.md.j2").write_text("{% if x %}\nunclosed\n")
    (folder / "briefgen.yaml").write_text(
        "inputs: [articles, missing-folder]\n"
        "formats: [md]\n"
        "templates: my-templates\n"
        "logo: nowhere.png\n"
        "deliver:\n"
        "  email:\n"
        "    to: [desk@example.org]\n"
        "    from: b@example.org\n"
        "    smtp: 127.0.0.1:2525\n"
        "    attach: [pdf]\n"
        "    username: me\n"
        "    password_env: BRIEFGEN_TEST_UNSET_PASSWORD\n"
        "monitor:\n"
        "  notify: ['nosuchscheme://x']\n")
    code, _, err = config_cmd(capsys, "validate", str(folder / "briefgen.yaml"))
    assert code == 2
    lines = err.splitlines()
    assert all(line.startswith("briefgen: error: ") for line in lines)
    text = "\n".join(lines)
    assert "briefgen.yaml:1: key 'inputs.1': " in text and "missing-folder: no such file or folder" in text
    assert "briefgen.yaml:3: key 'templates': " in text and "template syntax error" in text
    assert "briefgen.yaml:4: key 'logo': " in text
    assert "briefgen.yaml:10: key 'deliver.email.attach.0': pdf is not among the formats written" in text
    assert "briefgen.yaml:12: key 'deliver.email.password_env': environment variable" in text
    assert "briefgen.yaml:14: key 'monitor.notify.0': " in text
    assert len(lines) == 6


@pytest.mark.parametrize("line, key, words", [
    ("page: {size: foo}", "page.size", "is not a page size"),
    ("page: {margin: wide}", "page.margin", "is not a page margin"),
    ("date: 2026-13-45", "date", "is not a real date"),
    ("deliver: {email: {to: [nobody], from: a@example.org, smtp: x:1}}", "deliver.email.to", "not an e-mail address"),
    ("deliver: {email: {to: [a@example.org], from: a@example.org, smtp: nohostport}}", "deliver.email.smtp", "HOST:PORT"),
    ("deliver: {webhooks: [ftp://example.org/x]}", "deliver.webhooks.0", "http:// or https:// URL"),
    ("lock_timeout: -1", "lock_timeout", "greater than or equal to 0"),
])
def test_build_refuses_what_a_run_cannot_use_before_writing(tmp_path, capsys, line, key, words):
    folder = story(tmp_path)
    path = folder / "briefgen.yaml"
    path.write_text(path.read_text() + line + "\n")
    code, _, err = build(capsys, "--config", str(path))
    assert code == 2, err
    assert err.startswith("briefgen: error: ") and len(err.strip().splitlines()) == 1, err
    assert f"briefgen.yaml:" in err and f"key '{key}'" in err and words in err
    assert not (folder / "out").exists()
    code, _, err = config_cmd(capsys, "validate", str(path))
    assert code == 2 and f"key '{key}'" in err


def test_text_fields_keep_what_yaml_would_type(tmp_path, capsys):
    folder = story(tmp_path)
    path = folder / "briefgen.yaml"
    path.write_text(path.read_text().replace("title: Storm\n", "title: 2026\n")
                    + "marking: yes\nsubtitle: 2026-03-02\nauthor: 1.5\naliases: {1066: Normandy}\n")
    code, _, err = build(capsys, "--config", str(path))
    assert code == 0, err
    text = (folder / "out" / "latest.md").read_text()
    assert "2026" in text.splitlines()[0] or "# 2026" in text
    assert "yes" in text and "2026-03-02" in text
    code, out, _ = config_cmd(capsys, "show", str(path))
    shown = yaml.safe_load(out)
    assert shown["title"] == "2026" and shown["marking"] == "yes" and shown["subtitle"] == "2026-03-02"
    assert shown["author"] == "1.5" and shown["aliases"] == {"1066": "Normandy"}


def test_date_accepts_iso_only_and_names_the_files(tmp_path, capsys):
    folder = story(tmp_path)
    config = str(folder / "briefgen.yaml")
    with pytest.raises(SystemExit) as stopped:
        main(["build", "--config", config, "--date", "1 March 2026"])
    err = capsys.readouterr().err
    assert stopped.value.code == 2 and "YYYY-MM-DD" in err
    assert not (folder / "out").exists()
    code, _, err = build(capsys, "--config", config, "--date", "2026-02-27")
    assert code == 0, err
    assert (folder / "out" / "2026-02-27-briefing.md").is_file()
    assert json.loads((folder / "out" / "facts.json").read_text())["date"] == "2026-02-27"


def test_config_errors_reach_the_log_file(tmp_path, capsys):
    folder = story(tmp_path)
    path = folder / "briefgen.yaml"
    path.write_text(path.read_text() + "retention_day: 3\n")
    code, _, err = build(capsys, "--config", str(path))
    assert code == 2 and "unknown key" in err
    log = (folder / "briefgen.log").read_text()
    assert "ERROR" in log and "key 'retention_day': unknown key" in log
    assert "[run " in log


@pytest.mark.slow
def test_config_subcommands_through_the_installed_command(tmp_path):
    done = run_cli("config", "init", str(tmp_path / "s"))
    assert done.returncode == 0, done.stderr
    done = run_cli("config", "validate", str(tmp_path / "s" / "briefgen.yaml"))
    assert done.returncode == 0, done.stderr
    done = run_cli("config", "show", cwd=tmp_path / "s")
    assert done.returncode == 0 and yaml.safe_load(done.stdout)["output"]["retention_days"] == 90
    done = run_cli("config", "validate", cwd=tmp_path)
    assert done.returncode == 2 and "no config file" in done.stderr
    done = run_cli("config")
    assert done.returncode == 2 and "config needs an action" in done.stderr


def test_every_new_command_and_flag_has_help_and_docs(capsys):
    from briefgen.cli import build_parser

    parser = build_parser()
    for args in (["config", "--help"], ["config", "validate", "--help"], ["config", "show", "--help"],
                 ["config", "init", "--help"], ["build", "--help"]):
        with pytest.raises(SystemExit) as done:
            parser.parse_args(args)
        assert done.value.code == 0
        assert "usage" in capsys.readouterr().out.lower()
    build_help = build_parser().parse_known_args(["build"])[0]
    assert hasattr(build_help, "lock_timeout") and hasattr(build_help, "json")
    from conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    scheduling = (ROOT / "docs" / "scheduling.md").read_text(encoding="utf-8")
    config_doc = (ROOT / "docs" / "config.md").read_text(encoding="utf-8")
    assert "config init DIR | validate [FILE] | show [FILE]" in readme
    assert "--lock-timeout" in scheduling and "--json" in scheduling
    for key in ("lock_timeout", "monitor.ping", "monitor.notify", "hooks.before", "deliver.email.smtp",
                "deliver.webhooks"):
        assert f"`{key}`" in config_doc, key
