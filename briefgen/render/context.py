"""The variables every template receives: one function, documented in docs/templates.md.

The context is a contract with the analysts who write templates (a test compares its keys with the
documentation). It holds plain data only: strings, numbers, lists and `Rec` records, never a Path or
a model with methods, so a sandboxed template cannot reach the file system through it.

Citations are numbered here, in the order the reader meets them, so `[3]` in a section and entry 3
of the Sources list are the same sentence of the same article.
"""
from __future__ import annotations

import base64
import re
import stat
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import quote, urlsplit
from typing import Any, Iterable, Optional

from markupsafe import Markup
from pydantic import BaseModel, ValidationError

from briefgen.config import Config, Page
from briefgen.errors import ConfigError, UserError
from briefgen.facts import Facts
from briefgen.items import shown as shown_items
from briefgen.render.i18n import format_day, format_moment, format_number, translations
from briefgen.render.limits import MAX_LOGO_BYTES, MAX_TABLE_COLUMNS
from briefgen.sections import all_sections, extracted_sections
from briefgen.sections import get as section_spec
from briefgen.sections.casualties.lexicon import KIND_LABELS, MONTHS, QUALIFIER_WORDS

ONEPAGE_LIMIT = 5  # items per part of the one-page layout, unless a section's limit is lower


class Rec(SimpleNamespace):
    """A record templates read by attribute (`item.text`); it has no methods a template could call."""


def plain(value: Any) -> Any:
    """Models, dicts and Paths → plain JSON-like data (Paths become strings)."""
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, Path):
        return str(value)
    return value


def rec(data: dict) -> Rec:
    return Rec(**{k: _rec_value(v) for k, v in data.items()})


def _rec_value(value: Any) -> Any:
    if isinstance(value, dict):
        return rec(value)
    if isinstance(value, list):
        return [_rec_value(v) for v in value]
    return value


MAX_CITED = 5  # citations shown per fact; the facts file keeps every source


class Citations:
    """Numbers each cited sentence (article + offsets) once, in the order the reader meets it."""

    def __init__(self) -> None:
        self.numbers: dict[tuple, int] = {}
        self.sources: list[Rec] = []

    def number(self, source: Rec) -> int:
        key = (source.article, source.start, source.end)
        if key not in self.numbers:
            self.numbers[key] = len(self.numbers) + 1
            self.sources.append(source)
        return self.numbers[key]

    def walk(self, items: Iterable[Rec]) -> None:
        for item in items:
            for source in item.sources[:MAX_CITED]:
                self.number(source)

    def attach(self, item: Rec, labels: Optional[dict[str, str]] = None, words: Optional["Words"] = None) -> None:
        """Give an item its `cites` (number, anchor, article, label, sentence), in number order, and its
        Markdown marker `cite`: `[3][17]`, never `[17][3]`."""
        cites = []
        for source in item.sources[:MAX_CITED]:
            n = self.number(source)
            label = (labels or {}).get(source.article, source.article)
            cites.append(Rec(n=n, anchor=f"src-{n}", article=source.article, label=label, sentence=source.sentence))
        cites.sort(key=lambda c: c.n)
        item.cites = cites
        # the articles not cited yet: more sentences of a cited article read as more outlets saying it (judged)
        more = len({s.article for s in item.sources} - {c.article for c in cites})
        gettext = words.gettext if words is not None else (lambda text: text)
        rest = (gettext("(and 1 more source)") if more == 1 else
                gettext("(and %(num)d more sources)") % {"num": more}) if more > 0 else ""
        item.cite = Markup("".join(f"[[{c.n}]](#{c.anchor})" for c in cites) + (f" {rest}" if rest else ""))


def _items(models: list, limit: Optional[int]) -> list[Rec]:
    records = [rec(plain(m)) for m in models]
    return records if limit is None else records[:limit]


class Words:
    """The built-in wording in the briefing's language: section titles, empty-section sentences, kinds of
    figure, the words of a figure and its number (`1,000,000`, `1 000 000`), from briefgen/locale/."""

    def __init__(self, language: str = "en") -> None:
        self.language = language
        self.gettext = translations(language).gettext

    def label(self, kind: str) -> str:
        return self.gettext(KIND_LABELS.get(kind, str(kind)))

    def figure(self, item: Rec, with_attacker: bool = False) -> str:
        """'at least 12 civilians killed' — the figure as the article gives it, never merged. `with_attacker`:
        the total beside its victims' figure ('3 people killed, including the attacker' beside '2 victims
        killed'), so the two never read as rival totals."""
        kind = self.gettext(KIND_LABELS.get(item.kind, str(item.kind)).lower())
        who = "person" if item.count == 1 and item.who == "people" else item.who
        if who in ("people", "person"):
            who = self.gettext(who)
        vague = getattr(item, "words", None)  # "dozens wounded": a vague quantity keeps its words
        # "5 people killed — the chief and four others": a sum the text never states shows the text's words beside
        # it (the words alone gave no number, the number alone a sum nobody wrote; both judged)
        summed = getattr(item, "summed", None)
        if vague:
            parts = [vague, "" if item.who == "people" else who, kind]
        else:
            qualifier = QUALIFIER_WORDS.get(item.qualifier, "").strip()
            number = format_number(item.count, self.language)
            parts = [self.gettext(qualifier) if qualifier else "", number, who, kind]
        text = " ".join(p for p in parts if p)
        if summed and not vague:
            text += f" \u2014 {summed}"
        if with_attacker:
            text += self.gettext(", including the attacker")
        # who gives the figure and when: '(according to the health ministry, 2 April)'
        when = getattr(item, "as_of", None) or ""
        iso = re.fullmatch(r"\d{4}-(\d{2})-(\d{2})", when[:10])
        if iso and 1 <= int(iso.group(1)) <= 12:  # the article's date, '2025-04-02' → '2 April'
            when = f"{int(iso.group(2))} {MONTHS[int(iso.group(1)) - 1]}"
        # the claimant reads as who gives the figure, never as the person harmed: '(according to Ann Lee)'
        by = getattr(item, "claimed_by", None) or ""
        claim = ", ".join(p for p in ((f"{self.gettext('according to')} {by}" if by else ""), when) if p)
        return text + (f" ({claim})" if claim else "")


ENGLISH = Words("en")


def _figure(item: Rec, words: Words = ENGLISH) -> str:
    return words.figure(item)


def _section(name: str, title: Optional[str], limit: int, items: list[Rec], total: int,
             words: Words = ENGLISH, held: int = 0) -> Rec:
    """`held`: how many of the section's items are held back (`Item.held`), counted in `more` too."""
    spec = section_spec(name)
    return Rec(name=name, title=title or words.gettext(spec.title), limit=limit, items=items, total=total,
               more=max(total - len(items), 0), held=held,
               empty=words.gettext(spec.empty) if spec.empty else spec.empty, template=spec.template_name, also=[])



def _told_elsewhere(by_name: dict[str, Rec], names: list[str]) -> None:
    """An item whose `see` names an item another shown section shows with its own words (merge/told.py) leaves its
    section's list for the section's `also`: per section it points to (`title`), its items, and for quotes the
    speakers with how many of their quotations it gives (`speakers`). Pointing to an item not shown here (an
    analyst's edit took it out, a shorter limit), it is listed as any other item."""
    own = {item.id: name for name in names for item in by_name[name].items if not getattr(item, "see", None)}
    for name in names:
        section = by_name[name]
        groups: dict[str, list[Rec]] = {}
        kept = []
        for item in section.items:
            target = own.get(getattr(item, "see", None) or "")
            if target is None or target == name:
                kept.append(item)
            else:
                groups.setdefault(target, []).append(item)
        section.items = kept
        section.also = []
        for target in (n for n in names if n in groups):
            items = groups[target]
            counts: dict[str, int] = {}
            for item in items:
                speaker = getattr(item, "speaker", None)
                if speaker:
                    counts[speaker] = counts.get(speaker, 0) + 1
            section.also.append(Rec(section=target, title=by_name[target].title, items=items,
                                    speakers=[Rec(name=k, count=v) for k, v in counts.items()]))


def _positions(section: Rec) -> None:
    """Positions grouped by the party their actor speaks for (the actor itself when the text names
    none), so counter-positions stand side by side; each item names its actor. Parties in the order
    the facts file gives their first position."""
    groups: dict[str, list[Rec]] = {}
    for item in section.items:
        groups.setdefault(getattr(item, "party", None) or item.actor, []).append(item)
    section.groups = [Rec(actor=party, party=party, items=items,
                          named=any(i.actor != party for i in items)) for party, items in groups.items()]


def _casualties(section: Rec, all_items: list[Rec], labels: dict[str, str], words: Words = ENGLISH,
                with_outlet: frozenset = frozenset()) -> None:
    """Figures per kind; a displayed figure's disagreeing partners are always shown beside it."""
    by_id = {item.id: item for item in all_items if item.id}
    shown = list(section.items)
    shown_ids = {id(item) for item in shown}
    for item in list(shown):
        for other_id in item.conflicts:
            other = by_id.get(other_id)
            if other is not None and id(other) not in shown_ids:
                shown.append(other)
                shown_ids.add(id(other))
    # the victims' figure is told apart only beside a total that counts the attacker too (casualties.passes)
    victims = {(item.kind, (getattr(item, "place", None) or "").lower(), item.count) for item in shown
               if item.who == "victims"}
    totals: dict[tuple, Rec] = {}
    for item in shown:
        place = (getattr(item, "place", None) or "").lower()
        item.parts = []
        attacker = item.who == "people" and item.kind == "killed" and any(
            k == "killed" and p == place and n < item.count for k, p, n in victims)
        if attacker and (item.kind, place) not in totals:
            totals[(item.kind, place)] = item
        item.figure = words.figure(item, with_attacker=attacker)
    # the victims' figure reads on its total's line ("5 people killed, including the attacker; among them 4
    # victims killed — ..."): on a line of its own it read as a rival total, or as the same figure twice (judged)
    folded = set()
    for item in shown:
        total = totals.get((item.kind, (getattr(item, "place", None) or "").lower()))
        if item.who == "victims" and total is not None and item.count < total.count and not item.conflicts:
            total.parts.append(item)
            folded.add(id(item))
    shown = [item for item in shown if id(item) not in folded]
    for item in shown:
        ids = sorted({s.article for s in item.sources})
        item.articles = ids[:MAX_CITED] + ([f"and {len(ids) - MAX_CITED} more"] if len(ids) > MAX_CITED else [])
        # as a reader names them: the outlet (else the headline, else the id), in the order the item cites them
        names = list(dict.fromkeys(labels.get(s.article, s.article) for s in item.sources))
        item.reported_in = names[:MAX_CITED] + ([_more_sources(len(names) - MAX_CITED, words)]
                                               if len(names) > MAX_CITED else [])
        # the list line names outlets only: a headline or a file id beside an outlet reads as one more outlet
        # (or as the outlet's headline), and the citations already lead to every article
        # (and, counted, the articles without one: the line never reads as if the named outlets said it all)
        outlets = list(dict.fromkeys(labels[s.article] for s in item.sources if s.article in with_outlet))
        unnamed = len({s.article for s in item.sources if s.article not in with_outlet})
        more = max(0, len(outlets) - MAX_CITED) + (unnamed if outlets else 0)
        item.outlets = outlets[:MAX_CITED] + ([_more_sources(more, words)] if more else [])
    kinds: dict[str, list[Rec]] = {}
    for item in shown:
        kinds.setdefault(item.kind, []).append(item)
    section.items = shown
    section.table_columns = MAX_TABLE_COLUMNS  # more disagreeing figures than this: one per row, not side by side
    section.kinds = [Rec(kind=kind, label=words.label(kind), items=items,
                         disagreements=_disagreements(items)) for kind, items in kinds.items()]


def _more_sources(num: int, words: Words) -> str:
    """'and 2 more sources', never 'and 2 more' after a figure: that reads as two more people (judged)."""
    return words.gettext("and 1 more source") if num == 1 else words.gettext("and %(num)d more sources") % {"num": num}


def _disagreements(items: list[Rec]) -> list[list[Rec]]:
    """Groups of figures that contradict each other (connected by `conflicts`), in input order."""
    index = {item.id: i for i, item in enumerate(items) if item.id}
    parent = list(range(len(items)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, item in enumerate(items):
        for other in item.conflicts:
            if other in index:
                parent[root(index[other])] = root(i)
    groups: dict[int, list[Rec]] = {}
    for i, item in enumerate(items):
        groups.setdefault(root(i), []).append(item)
    return [group for group in groups.values() if len(group) > 1]


IMAGE_MAGIC = ((b"\x89PNG\r\n\x1a\n", "image/png"), (b"\xff\xd8\xff", "image/jpeg"), (b"GIF87a", "image/gif"),
               (b"GIF89a", "image/gif"))
_SVG = re.compile(rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*)*<svg[\s>]", re.S)


def _image_type(data: bytes) -> Optional[str]:
    """The MIME type of an image by its first bytes (never by its name), or None if it is not one."""
    for magic, mime in IMAGE_MAGIC:
        if data.startswith(magic):
            return mime
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if _SVG.match(data[:4096]):
        return "image/svg+xml"
    return None


def _logo(config: Config) -> Optional[str]:
    """The logo as a data: URL, so the HTML file is self-contained and the PDF fetches nothing.
    Only an image is embedded: `logo: /etc/passwd` must not put that file into the briefing."""
    if config.logo is None:
        return None
    path = Path(config.logo)
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise UserError(f"{path}: cannot read the logo: not a regular file")
        if info.st_size > MAX_LOGO_BYTES:
            raise UserError(f"{path}: the logo is larger than {MAX_LOGO_BYTES:,} bytes; use a smaller image")
        data = path.read_bytes()
    except OSError as err:
        raise UserError(f"{path}: cannot read the logo: {err.strerror or err}") from None
    mime = _image_type(data)
    if mime is None:
        raise UserError(f"{path}: the logo is not a PNG, JPEG, GIF, WebP or SVG image; set `logo:` to an image file")
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


def _page(config: Config) -> Rec:
    """page.* values, checked again (a Config built in code or copied skips the file's validation)."""
    try:
        page = Page.model_validate(plain(config.page))
    except ValidationError as err:
        first = err.errors()[0]
        raise ConfigError(f"config key 'page.{first['loc'][0]}': {first['msg']}") from None
    return rec(plain(page))


def _coverage(facts: Facts) -> Rec:
    dates = sorted(a.published[:10] for a in facts.articles if a.published)
    outlets = list(dict.fromkeys(a.source for a in facts.articles if a.source))
    return Rec(articles=len(facts.articles), outlets=outlets, first=dates[0] if dates else None,
               last=dates[-1] if dates else None, skipped=len(facts.skipped))


def _whats_new(data: Optional[dict], words: Words = ENGLISH) -> Optional[Rec]:
    if data is None:
        return None
    data = plain(data)
    changes = []
    for change in data.get("casualties") or []:
        new = rec(change["new"])
        old = rec(change["old"]) if change.get("old") else None
        new.figure = words.figure(new)
        if old is not None:
            old.figure = words.figure(old)
            old.cites, old.cite = [], Markup("")
        changes.append(Rec(kind=change.get("kind", new.kind), label=words.label(change.get("kind", new.kind)),
                           old=old, new=new))
    out = Rec(since=str(data.get("since") or ""),
              developments=[rec(d) for d in data.get("developments") or []],
              positions=[rec(p) for p in data.get("positions") or []],
              casualties=changes,
              answered=[rec(q) for q in data.get("answered") or []])
    out.empty = not (out.developments or out.positions or out.casualties or out.answered)
    return out


def _whats_new_items(whats_new: Optional[Rec]) -> list[Rec]:
    if whats_new is None:
        return []
    return whats_new.developments + whats_new.positions + [c.new for c in whats_new.casualties] + whats_new.answered


def _display_order(section: Rec) -> list[Rec]:
    if section.name == "positions":
        return [item for group in section.groups for item in group.items]
    if section.name == "casualties":
        return [i for kind in section.kinds for item in kind.items for i in [item] + list(item.parts)]
    return section.items


def _bottom_line(text: str, developments: Rec) -> Rec:
    """The facts' bottom line, with the shown developments it is made of (`count` of them, leading the
    section) and their citation markers; the one-page layout lists the developments after those."""
    used = []
    for item in developments.items:
        if not text or item.text.rstrip(" .") not in text:
            break
        used.append(item)
    return Rec(text=text, count=len(used), cite=Markup("".join(str(i.cite) for i in used)))


def safe_link(url: Optional[str]) -> Optional[Markup]:
    """An article's address as a Markdown autolink, only for an http(s) address: `javascript:` or a
    relative path stays text. Characters that could end the link are percent-encoded."""
    if not url:
        return None
    text = str(url).strip()
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return Markup(f"<{quote(text, safe=LINK_SAFE)}>")


LINK_SAFE = ":/?#[]@!$&'()*+,;=%~"


def article_label(article: Any) -> str:
    """What a reader calls an article: its outlet, else its headline, else (nothing better) its id."""
    return article.source or article.title or article.id


def _article(record: Rec, language: str) -> Rec:
    record.label = article_label(record)
    record.date = format_day(record.published, language)
    record.link = safe_link(record.url)
    return record


def _sources(section: Rec, facts: Facts, citations: Citations, shown: set[int], language: str) -> None:
    """Sources: the cited articles in the order of their first citation (each with its cited sentences,
    in number order), then the articles not cited, unknown cited articles, skipped files; and `notes`,
    every citation in number order with its article (the one-page layout's footnotes)."""
    cited: dict[str, list[Rec]] = {}
    for source in citations.sources:
        n = citations.numbers[(source.article, source.start, source.end)]
        if n in shown:
            cited.setdefault(source.article, []).append(Rec(n=n, anchor=f"src-{n}", sentence=source.sentence,
                                                            start=source.start, end=source.end))
    articles = []
    for article in facts.articles:
        record = _article(rec(plain(article)), language)
        record.cites = cited.pop(article.id, [])
        articles.append(record)
    for article_id, cites in cited.items():  # cited by a what's-new item from an article not in these facts
        articles.append(_article(Rec(id=article_id, path="", title=None, author=None, source=None, published=None,
                                     url=None, sha256="", paths=[], cites=cites), language))
    first = {id(a): min(c.n for c in a.cites) for a in articles if a.cites}
    articles.sort(key=lambda a: (0, first[id(a)]) if a.cites else (1, 0))  # stable: uncited keep their order
    notes = []
    for article in articles:
        for cite in article.cites:
            cite.article = article
            notes.append(cite)
    notes.sort(key=lambda c: c.n)
    section.items = articles
    section.articles = articles
    section.notes = notes
    section.total = len(articles)
    section.more = 0
    section.skipped = [rec(plain(s)) for s in facts.skipped]
    section.empty = section_spec("sources").empty if not (articles or facts.skipped) else ""


def _document(config: Config, language: str) -> Rec:
    """The document's own record from the config: time of issue, reference, version, distribution,
    handling caveat, prepared and checked by. `issued` is printed in the language; `issued_iso` as written."""
    return Rec(issued=format_moment(config.issued, language), issued_iso=config.issued,
               reference=config.reference, version=config.version, distribution=list(config.distribution),
               handling=config.handling, prepared_by=config.prepared_by, checked_by=config.checked_by)


def section_order(config: Config) -> list:
    """The configured sections, with Sources appended when left out: every citation must lead somewhere."""
    sections = config.section_list()
    if not any(s.name == "sources" for s in sections):
        from briefgen.config import Section
        sections.append(Section(name="sources"))
    return sections


def build_context(facts: Facts, config: Config, whats_new: Optional[dict] = None,
                  layout: Optional[str] = None) -> dict[str, Any]:
    """Everything a template can use; keys are listed (and tested) in docs/templates.md."""
    layout = layout or config.layout
    language = getattr(config, "language", "en")
    words = Words(language)
    configured = {s.name: s for s in section_order(config)}
    counts = config.shown_counts()
    # Each section's list is already in the order the briefing shows it: a section shows its first `limit`.
    all_records = {s.name: _items(getattr(facts, s.name), None) for s in extracted_sections()}
    names = [s.name for s in all_sections()]
    by_name: dict[str, Rec] = {}
    for name in names:
        entry = configured.get(name)
        limit = counts.get(name, config.limit)
        if layout == "onepage":
            limit = min(limit, ONEPAGE_LIMIT)
        records = all_records.get(name, [])
        by_name[name] = _section(name, entry.title if entry else None, limit, shown_items(records, limit), len(records),
                                 words, held=sum(1 for r in records if getattr(r, "held", None)))
    for name, entry in configured.items():  # a section of the user's own: its template, sections/NAME.md.j2
        if name not in by_name:
            by_name[name] = Rec(name=name, title=entry.title or name.replace("_", " ").capitalize(),
                                limit=entry.limit or config.limit, items=[], total=0, more=0, held=0, empty="", also=[],
                                template=f"sections/{name}.md.j2")
    labels = {a.id: article_label(a) for a in facts.articles}
    shown_names = (["developments", "casualties", "open_questions"] if layout == "onepage"
                   else [s.name for s in section_order(config) if s.name != "sources"])
    _told_elsewhere(by_name, [n for n in shown_names if n in by_name])
    _positions(by_name["positions"])
    _casualties(by_name["casualties"], all_records["casualties"], labels, words,
                frozenset(a.id for a in facts.articles if a.source))

    new = _whats_new(whats_new, words)
    citations = Citations()
    citations.walk(_whats_new_items(new))
    for name in shown_names:
        citations.walk(_display_order(by_name[name]))
    shown = set(range(1, len(citations.numbers) + 1))
    for item in _whats_new_items(new) + [i for n in by_name if n != "sources" for i in by_name[n].items] + [
            part for item in by_name["casualties"].items for part in (getattr(item, "parts", None) or [])]:
        citations.attach(item, labels, words)
    _sources(by_name["sources"], facts, citations, shown, language)

    title = config.title if config.title != "Briefing" or not facts.title else facts.title
    sections = [by_name[s.name] for s in section_order(config)]
    return {
        "title": title,
        "bottom_line": _bottom_line(facts.bottom_line, by_name["developments"]),
        "subtitle": config.subtitle,
        "author": config.author,
        "organisation": config.organisation,
        "date": format_day(config.date or facts.date, language) or "",
        "date_iso": config.date or facts.date or "",
        "marking": config.marking,
        "document": _document(config, language),
        "extra": _rec_value(plain(dict(getattr(config, "extra", {}) or {}))),
        "language": language,
        "logo": _logo(config),
        "layout": layout,
        "page": _page(config),
        "sections": sections,
        **{name: by_name[name] for name in names},
        "actors": [rec(plain(a)) for a in facts.actors],
        "articles": by_name["sources"].articles,
        "skipped": by_name["sources"].skipped,
        "coverage": _coverage(facts),
        "whats_new": new,
        "config": rec(plain(config.model_dump(mode="json", exclude={"aliases"}))),
    }
