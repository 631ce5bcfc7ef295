"""Page furniture out of an article's text, before it is parsed.

Web pages saved as text keep what surrounded the article: photo captions and credits, widget labels
("Advertisement", "Skip Ad", "1 of 10"), related-story blocks, reader polls, embedded posts, share and
newsletter prompts, bylines, datelines, editor's notes and copyright lines. Each rule reads the shape of
a paragraph (or of a line, where a block's lines are separate paragraphs): its length, what it opens or
ends with, its share of links, handles and hashtags. The patterns are in `lexicon.py`; none names a site.

What is metadata is kept as metadata: an opening byline is the author, an "Updated: <date>" line the
date, a dateline's agency ("(AP)", "(Reuters)") the source. Every dropped piece is logged at debug
level (`--debug` or `-vv` shows them), with the rule that dropped it.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Optional

from briefgen.ingest import lexicon as lx
from briefgen.ingest.dates import parse_date

log = logging.getLogger("briefgen.ingest.furniture")

_LABELS = re.compile(r"\b(?:" + "|".join(re.escape(label) for label in sorted(lx.WIDGET_LABELS, key=len, reverse=True))
                     + r")(?!\w)", re.IGNORECASE)
_COUNTERS = [re.compile(p, re.IGNORECASE) for p in lx.WIDGET_COUNTERS]
_ANY_COUNTER = re.compile("|".join(f"(?:{p})" for p in lx.WIDGET_COUNTERS), re.IGNORECASE)  # one pass for prose
_SPACE = re.compile(r"\s+")
_BLOCKS = re.compile(r"\n[ \t]*\n+")


@dataclass
class Cleaned:
    """The text without its furniture, what was dropped (rule, text) and the metadata found in it."""

    text: str
    dropped: list[tuple[str, str]] = field(default_factory=list)
    meta: dict = field(default_factory=dict)


def squash(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def only_labels(text: str) -> bool:
    """True when the text is nothing but widget labels, counts and punctuation ("Photo Advertisement")."""
    rest = _LABELS.sub(" ", text)
    rest = re.sub(r"\b\d{1,3} of \d{1,3}\b|\b\d+\b", " ", rest)
    return not re.search(r"\w", rest)


def widget_count(text: str) -> int:
    if not _ANY_COUNTER.search(text):  # most paragraphs: none of them, found in one search
        return 0
    return sum(1 for pattern in _COUNTERS if pattern.search(text))


def link_share(text: str) -> float:
    words = text.split()
    if len(words) < 3:
        return 0.0
    return sum(1 for w in words if lx.LINKISH.match(w.strip(".,;:!?()\"'\u201c\u201d"))) / len(words)


def reported(text: str) -> bool:
    """Prose that reports speech or holds a quotation is an article's, even when short."""
    return bool(re.search(r"[\"\u201c\u201d]|\b(?:said|says|told)\b", text))


def kind(unit: str) -> Optional[str]:
    """What kind of furniture one paragraph or line is, or None for article text."""
    text = squash(unit)
    if not text:
        return None
    if lx.RULE_LINE.match(text):
        return "rule"
    if len(text) <= lx.MAX_FURNITURE_CHARS and only_labels(text):
        return "widget"
    # Each test measures the length before it searches: most paragraphs are article text, too long for them.
    if len(text) <= 4 * lx.MAX_FURNITURE_CHARS and widget_count(text) >= 2:
        return "widget"
    if len(text) <= 2 * lx.MAX_FURNITURE_CHARS and lx.EMBED.search(text):
        return "embedded post"
    if len(text) <= lx.MAX_FURNITURE_CHARS and link_share(text) >= lx.MAX_LINK_SHARE:
        return "links"
    if len(text) <= lx.MAX_CREDIT_CHARS and lx.FOLLOW_LINE.match(text):
        return "prompt"
    if len(text) <= lx.MAX_PROMPT_CHARS and lx.CONTRIBUTOR.search(text):
        return "byline"
    if len(text) <= lx.MAX_FURNITURE_CHARS and lx.CREDIT.search(text):
        return "credit"
    if len(text) <= lx.MAX_CAPTION_CHARS and lx.CAPTION_DATE.search(text) and lx.CAPTION_VERB.search(text) \
            and not reported(text) and len(re.findall(r"[.!?](?:\s|$)", text)) == 1:
        return "caption"
    if len(text) <= lx.MAX_PROMPT_CHARS and not reported(text) and lx.PROMPTS.search(text):
        return "prompt"
    if len(text) <= lx.MAX_PROMPT_CHARS and lx.SITE_TAGLINE.search(text):
        return "tagline"
    return None


def _units(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: a block's lines when they are paragraphs of their own, the block
    whole when it is wrapped prose. `end` includes the line break after the unit."""
    lines: list[tuple[int, int]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        lines.append((pos, pos + len(line)))
        pos += len(line)
    units: list[tuple[int, int]] = []
    block: list[tuple[int, int]] = []
    for span in lines + [(pos, pos)]:
        if text[span[0]:span[1]].strip():
            block.append(span)
            continue
        if block:
            body = [text[a:b].rstrip() for a, b in block]
            wrapped = len(block) > 1 and all(40 <= len(line) <= 100 and not line.endswith(
                (".", "!", "?", ":", '"', "\u201d")) for line in body[:-1])
            units.extend([(block[0][0], block[-1][1])] if wrapped else block)
            block = []
    return units


def _is_poll_line(text: str) -> bool:
    return bool(lx.POLL_LINE.match(text)) and len(text.split()) <= lx.MAX_POLL_WORDS + 1


def _teaser_pairs(units: list[str]) -> list[int]:
    """Indexes i where unit i+1 repeats unit i and goes on: a teaser and its story, as related-story lists
    print them (or a lede printed twice)."""
    pairs = []
    seen: set[str] = set()
    for i in range(len(units) - 1):
        a, b = squash(units[i]), squash(units[i + 1])
        if len(a) >= 40 and b.startswith(a) and not lx.DATE_LINE.match(b[len(a):].strip()) and a not in seen:
            seen.add(a)  # a line repeated over and over is one pair, not a list of stories
            pairs.append(i)
    return pairs


def _teaser_tail(after: list[str], title: Optional[str]) -> int:
    """How many paragraphs after a teaser list still belong to it: the unpaired teasers before the first
    paragraph on the headline's subject. 0 when no paragraph nearby is on it (nothing more is dropped)."""
    if not title:
        return 0
    from briefgen.similar import content_words  # the lemmas developments compare sentences by

    headline = content_words(title)
    for k, unit in enumerate(after[:lx.MAX_TEASER_GAP + 1]):
        if len(content_words(unit) & headline) >= lx.MIN_HEADLINE_SHARE:
            return k
    return 0


def remove(text: str, title: Optional[str] = None) -> Cleaned:
    """The text without furniture. `title` is the article's headline: a paragraph repeating it is dropped."""
    out = Cleaned(text=text)
    spans = _units(text)
    units = [text[a:b] for a, b in spans]
    drop: dict[int, str] = {}
    # Related-story blocks: the label and the short paragraphs that follow it.
    i = 0
    while i < len(units):
        head = squash(units[i])
        match = lx.RELATED_LABELS.match(head) or lx.RELATED_RUN_ON.match(head)
        if match and len(head) <= lx.MAX_CREDIT_CHARS and not reported(match.group("rest") or ""):
            drop[i] = "related"
            j = i + 1
            bulleted = j < len(units) and bool(lx.BULLET.match(squash(units[j])))
            while not match.group("rest") and j < len(units) and j - i <= lx.MAX_RELATED_ITEMS \
                    and len(squash(units[j])) <= lx.MAX_RELATED_CHARS and not reported(units[j]) \
                    and (not bulleted or lx.BULLET.match(squash(units[j]))):
                drop[j] = "related"
                j += 1
            i = j
            continue
        i += 1
    # Teaser lists: a cluster of two or more teaser pairs (each a few paragraphs from the next) is a block of
    # other stories, dropped from its first pair to its last; a lone pair loses its first, repeated copy.
    pairs = [i for i in _teaser_pairs(units) if i not in drop and i + 1 not in drop]
    clusters: list[list[int]] = []
    for i in pairs:
        if clusters and i - clusters[-1][-1] <= lx.MAX_TEASER_GAP:
            clusters[-1].append(i)
        else:
            clusters.append([i])
    for cluster in clusters:
        if len(cluster) >= 2:
            for k in range(cluster[0], cluster[-1] + 2 + _teaser_tail(units[cluster[-1] + 2:], title)):
                drop.setdefault(k, "related")
        else:
            drop.setdefault(cluster[0], "repeated")
    # Reader polls: a run of short numbered lines.
    run: list[int] = []
    for i, unit in enumerate(units + [""]):
        if i < len(units) and _is_poll_line(squash(unit)):
            run.append(i)
            continue
        if len(run) >= lx.MIN_POLL_LINES:
            for k in run:
                drop.setdefault(k, "poll")
        run = []
    trim: dict[int, int] = {}  # a paragraph whose prompt follows prose: the length of the prose kept
    squashed_title = squash(title).lower() if title else None
    for i, unit in enumerate(units):
        if i in drop:
            continue
        text_i = squash(unit)
        if squashed_title and i > 0 and text_i.lower() == squashed_title:
            drop[i] = "repeated title"
            continue
        date = lx.DATE_LINE.match(text_i)
        if date and len(text_i) <= lx.MAX_CREDIT_CHARS + 40:
            drop[i] = "date line"
            out.meta.setdefault("published", date.group("date").strip(" |,"))
            continue
        found = kind(unit)
        if found == "prompt":
            keep = _prose_before_prompt(unit)
            if keep:
                trim[i] = keep
                continue
        if found:
            drop[i] = found
            if found == "byline" and "author" not in out.meta:
                byline = re.match(r"^(?i:by|written by|posted by)\s*:?\s+(" + lx.NAME + r"(?:(?:,| and|, and) "
                                  + lx.NAME + r")*)", text_i)
                if byline and i <= 3:
                    out.meta["author"] = byline.group(1).strip()
    pieces: list[str] = []
    pos = 0
    dateline_done = False
    kept = 0
    for i, (start, end) in enumerate(spans):
        if i in drop:
            out.dropped.append((drop[i], squash(units[i])))
            pieces.append(text[pos:start])
            pos = end
            continue
        if i in trim:
            out.dropped.append(("prompt", squash(units[i][trim[i]:])))
            pieces.append(text[pos:start + trim[i]].rstrip(" \t") + ("\n" if units[i].endswith("\n") else ""))
            pos = end
        if not dateline_done and kept <= 2:
            rest, agency = strip_dateline(units[i])
            if agency is not None:
                dateline_done = True
                pieces.append(text[pos:start])
                pos = start + len(units[i]) - len(rest)
                if agency:
                    out.meta.setdefault("source", agency)
        kept += 1
    pieces.append(text[pos:])
    for rule, piece in out.dropped:
        log.debug("furniture (%s) dropped: %s", rule, piece[:200])
    # Where furniture stood between two paragraphs, their blank lines meet: one blank line is kept.
    out.text = re.sub(r"\n[ \t]*\n(?:[ \t]*\n)+", "\n\n", "".join(pieces)) if kept else ""
    return out


def _prose_before_prompt(unit: str) -> int:
    """The length of the article sentences a prompt paragraph opens with ("No arrests were made. Sign up
    for our newsletter."), or 0 when it opens with the prompt."""
    starts = [0] + [m.end() for m in SENTENCE_GAP.finditer(unit)]
    for k, start in enumerate(starts):
        if kind(unit[start:]) == "prompt" and kind(unit[start:starts[k + 1]] if k + 1 < len(starts) else unit[start:]):
            return start if k > 0 else 0
    return 0


SENTENCE_GAP = re.compile(r"(?<=[.!?])[\"\u201d']?\s+(?=[A-Z\"\u201c])")


def strip_dateline(unit: str) -> tuple[str, Optional[str]]:
    """'MONTPELIER, Vt. (AP) — A man...' → ('A man...', 'Associated Press'). The agency is '' for a dateline
    with none, None when the paragraph opens with no dateline."""
    match = lx.DATELINE.match(unit)
    if not match or not (match.group("place") or match.group("agency")) or len(unit) - match.end() < 40:
        return unit, None
    place = match.group("place") or ""
    if place and not re.search(r"[A-Z]{3,}", place.split(",")[0]):
        return unit, None  # a dateline's place is in capitals: "Police — " is prose
    agency = (match.group("agency") or "").strip()
    return unit[match.end():], lx.AGENCIES.get(agency.lower(), agency) if agency else ""


def clean_title(title: Optional[str]) -> Optional[str]:
    """A headline without the site's name after it or a label before it; None when it is furniture."""
    if not title:
        return None
    text = lx.TITLE_PREFIX.sub("", squash(title))
    changed = True
    while changed:
        changed = False
        for sep in lx.TITLE_SEPARATORS:
            head, found, tail = text.rpartition(sep)
            if found and len(head.split()) >= 3 and _site_name(tail):
                text, changed = head.strip(), True
                break
    if not text or only_labels(text) or kind(text) is not None or parse_date(text) is not None:
        return None
    return text


def _site_name(tail: str) -> bool:
    words = tail.split()
    if not words or len(words) > lx.MAX_SITE_WORDS:
        return False
    if lx.SITE_TAGLINE.search(tail):
        return True
    small = {"of", "the", "and", "&", "for", "in", "on", "at", "a", "de", "la"}
    return all(w[0].isupper() or w[0].isdigit() or not w[0].isalpha() or w.lower() in small for w in words)
