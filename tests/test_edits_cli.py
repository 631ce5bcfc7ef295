"""Analyst edits that stick, through the real CLI, on a feed that grows from 3 to 8 to 12 articles (issue 13).

An analyst suppresses a development and corrects a casualty figure; across re-runs, a growing feed and
an article edited at its top, the suppressed fact stays suppressed, the correction stays, What's new
names neither, and a stale-override warning is given once, not on every run.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

PLACES = ["Marlow", "Hexley", "Dunmore", "Carrow", "Ashby", "Penford", "Rilston", "Tolworth", "Brede",
          "Wexcombe", "Layton", "Orme"]


EVENTS = [
    "The national grid restored power to 2,000 homes in {place} on {day}.",
    "The council of {place} opened an emergency shelter in the town hall on {day}.",
    "Firefighters rescued a family of five from a flooded farmhouse near {place} on {day}.",
    "The railway operator cancelled every train between {place} and the capital on {day}.",
    "A landslide blocked the coast road north of {place} on {day}.",
    "The hospital in {place} postponed all planned operations on {day}.",
    "Insurers sent forty assessors to survey damaged houses in {place} on {day}.",
    "The navy evacuated three hundred tourists from the island off {place} on {day}.",
    "Schools across {place} stayed closed on {day} as classrooms dried out.",
    "The water company warned residents of {place} to boil tap water on {day}.",
    "Volunteers cleared fallen trees from the main square of {place} on {day}.",
    "The ferry company suspended crossings from {place} harbour on {day}.",
]


def article(n: int) -> str:
    """Article n of a storm story: each reports events of its own, so each brings new facts."""
    place = PLACES[n]
    day = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][n % 7]
    lines = [f"Storm update from {place}", ""]
    if n == 0:
        lines += ["Four people were killed when the storm hit the coastal town of Marlow on Monday, police said.", "",
                  "The harbour authority closed the old pier in Marlow on Monday after the sea wall cracked.", ""]
    for k in (n, (n + 5) % len(EVENTS)):
        lines += [EVENTS[k].format(place=place, day=day), ""]
    lines += [f"Minister Paul Grey said the army would send {n + 3} trucks of supplies to {place}.", ""]
    return "\n".join(lines)


def write_feed(folder: Path, count: int) -> None:
    folder.mkdir(exist_ok=True)
    for n in range(count):
        path = folder / f"{n:02d}-{PLACES[n].lower()}.txt"
        if not path.exists():
            path.write_text(article(n))


def whats_new(md: str) -> str:
    match = re.search(r"^## What's new.*?(?=^## )", md, re.M | re.S)
    return match.group(0) if match else ""


@pytest.fixture
def story(tmp_path):
    (tmp_path / "briefgen.yaml").write_text("inputs: [in]\noutput: {dir: out}\nformats: [md]\n"
                                            "overrides: overrides.yaml\ndate: 2026-03-01\n")
    (tmp_path / "overrides.yaml").write_text("# the analyst's edits\n{}\n")
    return tmp_path


def build(cli, folder: Path, *extra: str):
    result = cli("build", "--config", str(folder / "briefgen.yaml"), *extra)
    assert result.returncode == 0, result.stderr
    return result


def facts_of(folder: Path) -> dict:
    return json.loads((folder / "out" / "facts.json").read_text())


def test_edits_stick_across_a_growing_feed(story, cli):
    write_feed(story / "in", 3)
    build(cli, story)
    write_feed(story / "in", 8)
    build(cli, story)
    facts = facts_of(story)
    [pier] = [d for d in facts["developments"] if "old pier" in d["text"]]
    [killed] = [c for c in facts["casualties"] if c["kind"] == "killed" and c["count"] == 4]
    (story / "overrides.yaml").write_text(
        "# the analyst's edits\n"
        f"suppress: [{pier['id']}]   # the pier was not closed\n"
        f"correct:\n  {killed['id']}: {{count: 5, qualifier: at_least}}\n")

    third = build(cli, story)
    md = (story / "out" / "briefing.md").read_text()
    assert "old pier" not in md
    assert "at least 5 people killed" in md and "4 people killed" not in md
    assert "old pier" not in whats_new(md) and "5 people" not in whats_new(md) and "4 people" not in whats_new(md)
    assert "match no fact" not in third.stderr

    write_feed(story / "in", 12)
    for _ in range(3):  # the feed grows, then two re-runs
        run = build(cli, story)
        md = (story / "out" / "briefing.md").read_text()
        assert "old pier" not in md, run.stderr
        assert "at least 5 people killed" in md
        new = whats_new(md)
        assert new and "old pier" not in new and "people killed" not in new
        assert "match no fact" not in run.stderr
    ids = {d["id"] for d in json.loads((story / "out" / ".briefgen-extracted.json").read_text())["developments"]}
    assert pier["id"] in ids  # the suppressed fact kept its id in the facts as extracted
    assert killed["id"] in {c["id"] for c in facts_of(story)["casualties"]}

    # An update line added at the top of the article that holds both edited facts.
    first = story / "in" / "00-marlow.txt"
    first.write_text("Updated at 10:00: the coastguard reopened the main road into Marlow on Monday evening.\n\n"
                     + first.read_text())
    run = build(cli, story)
    md = (story / "out" / "briefing.md").read_text()
    assert "old pier" not in md and "at least 5 people killed" in md
    new = whats_new(md)
    assert "old pier" not in new and "people killed" not in new
    assert "match no fact" not in run.stderr


def test_stale_override_warned_once_per_change(story, cli):
    write_feed(story / "in", 3)
    (story / "overrides.yaml").write_text("suppress: [dev-0000000000]\n")
    first = build(cli, story)
    assert "dev-0000000000" in first.stderr and "match no fact" in first.stderr
    write_feed(story / "in", 5)  # new facts, the same stale override: not repeated
    second = build(cli, story)
    assert "match no fact" not in second.stderr
    assert "match no fact" not in build(cli, story, "--no-cache").stderr
    (story / "overrides.yaml").write_text("suppress: [dev-0000000000]  # still wrong\n")  # the file changed
    assert "match no fact" in build(cli, story).stderr
    log = story / "briefgen.log"
    (story / "briefgen.yaml").write_text((story / "briefgen.yaml").read_text() + "log_file: briefgen.log\n")
    assert "match no fact" not in build(cli, story, "--no-cache").stderr
    assert "match no fact" in log.read_text()  # still recorded in the log file, at INFO


def test_whats_new_bounded_timed_and_ordered(story, cli):
    # today's date (hourly runs): "since" gives the last briefing's time of day
    (story / "briefgen.yaml").write_text("inputs: [in]\noutput: {dir: out}\nformats: [md]\nlimit: 3\n")
    write_feed(story / "in", 1)
    build(cli, story)
    write_feed(story / "in", 12)
    build(cli, story)
    md = (story / "out" / "briefing.md").read_text()
    new = whats_new(md)
    assert re.search(r"^## What's new since \d{4}-\d\d-\d\d \d\d:\d\d$", new, re.M), new
    developments = [line for line in new.splitlines() if line.startswith("- New:")]
    assert len(developments) == 3
    more = re.search(r"^- \*and (\d+) more new developments\*$", new, re.M)
    assert more and int(more.group(1)) > 3, new
    assert len(new.splitlines()) < 25


def test_overrides_checked_before_any_article_is_parsed(story, cli):
    write_feed(story / "in", 3)
    (story / "overrides.yaml").write_text("suppress: []\ncorrect:\n  cas-0123456789: {count: many}\n")
    result = cli("build", "--config", str(story / "briefgen.yaml"), "-vv")
    assert result.returncode == 2
    assert "parsed" not in result.stderr and "article(s)" not in result.stderr
    [line] = [ln for ln in result.stderr.splitlines() if ln.startswith("briefgen: error:")]
    assert re.search(r"overrides\.yaml:3: correct\.cas-0123456789\.count: Input should be a valid integer", line), line
    assert not (story / "out" / "facts.json").exists()
