"""Article-level passes over a casualty article's candidates, as a named ordered list.

Each sentence gives its candidates on its own (extract.py); what only the whole article can decide is
done here, one pass after the other, in the order of `PASSES`. Every pass takes the candidates and
the article and returns the candidates that go on:

1. victims plus suspect: a suspect's death told apart from the victims' adds one figure, both together
   (gun-violence tallies count a gunman who dies), when the victims' figure leaves the attacker out
   ("the gunman killed three"; "three people are dead" or "left one man dead" may count him already);
2. shot, resolved: "X were shot" is wounded when the article reports no death or X are "others" besides
   the dead, else killed or wounded;
3. headline parts: a headline figure ("3 dead in ...") is the story's own; smaller figures of that
   kind further down are parts of it and are dropped;
3b. headline scope: the headline's figures share the scope phrase after its last figure ("3 dead, 26 wounded
   in weekend Detroit shootings");
4. severity parts: "two were critically wounded" beside "four were shot" tells how badly some were hurt,
   not how many: dropped when the article gives a larger wounded (or shot) figure;
5. covered singles: one person ("a man was shot") is dropped when the article gives a larger figure
   of that kind, as is a "shot" count that is only part of a larger one, and one wounded person named
   without a number ("the injured child") when the article reports one death: the one who died;
6. later parts: a smaller exact figure told after the article's largest of its kind is a part of it;
7. raised tolls: once the article raises a toll to a new figure ("bringing the number of fatalities to
   three", "would push the overall toll to 99"), its smaller tolls ("84 deaths") are the old count;
0. earlier dates (first): a figure whose harm is dated weeks before the latest date the article names ("On July 18,
   rebels detonated a bomb that killed three" in an article dated Sept. 25) beside a figure of that kind
   without such a date is an earlier event the article recalls; so is a harm dated by month and day in an
   article that dates its news by weekday ("on Wednesday"), as news style dates only the past week so;
8. background tolls: "responsible for the deaths of 35,000 citizens", a count of deaths in the thousands with
   no date in its sentence, is a conflict's running toll told as background, not the story's figure.
"""
from __future__ import annotations

from typing import Callable, Optional

from briefgen.extract.context import ArticleContext, clean
from briefgen.sections.casualties.candidate import Candidate
from briefgen.sections.casualties.claims import calendar, days_before, latest_date
from briefgen.sections.casualties.lexicon import (
    BACKGROUND_TOLL,
    EARLIER_DAYS,
    MAX_SCOPE_TOKENS,
    SCOPE_PREPS,
    WEEKDAY,
)

Pass = Callable[[list[Candidate], ArticleContext], list[Candidate]]


def article_total(cands: list[Candidate]) -> Optional[Candidate]:
    """A suspect's death told apart from the victims' → one more figure, victims plus suspect."""
    if any(c.total for c in cands):
        return None
    suspects = [c for c in cands if c.kind == "killed" and c.suspect]
    victims = [c for c in cands if c.kind == "killed" and not c.suspect and c.qualifier == "exact"
               and not c.implicit and c.agentive]
    if not suspects or not victims or any(c.includes_suspect for c in victims):
        return None
    best = max(victims, key=lambda c: c.count)
    sus = suspects[0]
    if best.who == "people":
        best.who = "victims"  # "4 victims killed" beside "5 people killed": the part, named as such
    return Candidate(count=best.count + sus.count, qualifier="exact", kind="killed", who="people",
                     start=best.start, end=best.end, sent=best.sent, includes_suspect=True, total=True,
                     scope=best.scope, extra_sents=[sus.sent], text=f"{best.text}; {sus.text}")


def add_article_total(cands: list[Candidate], ctx: ArticleContext) -> list[Candidate]:
    total = article_total(cands)
    return cands if total is None else cands + [total]


def resolve_shot(cands: list[Candidate], ctx: ArticleContext) -> list[Candidate]:
    """"X were shot": wounded if the article reports no death, else killed or wounded."""
    deaths = any(c.kind == "killed" for c in cands)
    for c in cands:
        if c.kind == "shot":
            # "two were killed ... three other victims were shot": the others are the ones who lived
            c.kind = "killed_or_wounded" if deaths and not c.others else "wounded"
            c.shot = True
    return cands


def title_end_of(ctx: ArticleContext) -> int:
    """Where the title ends when the text opens with it (a .txt title line), else 0."""
    title = clean(ctx.title or "")
    if not title:
        return 0
    head = clean(ctx.text[:len(ctx.title or "") + 200])
    if not head.startswith(title):
        return 0
    return ctx.text.find("\n") if "\n" in ctx.text else len(ctx.text)


def drop_title_parts(cands: list[Candidate], ctx: ArticleContext) -> list[Candidate]:
    """A headline's figure ("3 dead, 1 hurt in ...") is the story's figure: a smaller figure of that kind
    further down ("killed two people in the yard") is a part of it, or another event."""
    title_end = title_end_of(ctx)
    if title_end <= 0:
        return cands
    top: dict[str, int] = {}
    for c in cands:
        if c.sent.start_char < title_end and c.kind in ("killed", "wounded") and c.qualifier == "exact" \
                and not c.suspect:
            top[c.kind] = max(top.get(c.kind, 0), c.count)
    return [c for c in cands if c.sent.start_char < title_end or c.suspect or c.count >= top.get(c.kind, 0)]


def headline_scope(cands: list[Candidate], ctx: ArticleContext) -> list[Candidate]:
    """A headline's figures share the scope phrase after its last figure: "3 dead, 26 wounded in weekend Detroit
    shootings" gives both figures "in weekend Detroit shootings" (which shootings), to the headline's end."""
    title_end = title_end_of(ctx)
    doc = ctx.doc
    mine = [c for c in cands if c.sent.start_char < title_end]
    if not mine or doc is None:
        return cands
    last = max(c.start for c in mine)
    line = [t for t in doc[last:] if t.idx < title_end and not t.is_space]
    after = next((line[i:] for i, t in enumerate(line) if t.lower_ in SCOPE_PREPS), [])
    if after:
        scope = clean(ctx.text[after[0].idx:after[-1].idx + len(after[-1].text)])
        if len(after) <= MAX_SCOPE_TOKENS:
            for c in mine:
                if not c.scope or scope.startswith(c.scope):
                    c.scope = scope
    return cands


def drop_covered_singles(cands: list[Candidate], ctx: ArticleContext) -> list[Candidate]:
    """One person ("a man was shot", "one person was hurt") when the article gives a larger figure for that kind.

    The single mention is part of the figure, not another figure; a lone "killed or wounded" person
    is dropped as soon as the article counts anyone.
    """
    explicit = {c.kind for c in cands if not c.implicit and c.count > 1}
    most_killed = max((c.count for c in cands if c.kind == "killed"), default=0)
    most_shot = max((c.count for c in cands if c.shot and c.kind == "killed_or_wounded"), default=0)
    total = any(c.total for c in cands)
    out = []
    for c in cands:
        if c.shot and c.kind == "killed_or_wounded" and (c.count <= most_killed or c.count < most_shot):
            continue  # "two were shot" beside "three were killed" or "four were shot": a part, not a new figure
        if total and c.suspect and c.kind == "killed" and c.count == 1:
            continue  # the suspect's death is in the total
        if c.implicit and c.count == 1 and c.kind == "wounded" and most_killed == 1 and not _beside_a_death(c, cands):
            continue  # "the badly wounded teenager" beside "the boy died": the one who died, before he died
        if c.count == 1 and c.qualifier == "exact" and not c.suspect and not c.implicit and any(
                r.raised and r.sent.start == c.sent.start for r in cands):
            out.append(c)  # "one man was killed, raising the toll to seven": the day's death beside the toll
            continue
        if c.count == 1 and c.qualifier == "exact" and not c.suspect:
            if c.kind in explicit:
                continue
            if c.kind == "killed_or_wounded" and explicit & {"killed", "wounded", "killed_or_wounded"}:
                continue
        out.append(c)
    return out


def _beside_a_death(c: Candidate, cands: list[Candidate]) -> bool:
    """The sentence tells a death apart from the wounded person ("killing the reporter Ann Lee and injuring the
    bureau chief Tom Hale"): two people, the wounded one is not the one who died."""
    return any(o.kind == "killed" and o.sent.start == c.sent.start and (o.end <= c.start or c.end <= o.start)
               for o in cands)


def drop_severity_parts(cands: list[Candidate], ctx: ArticleContext) -> list[Candidate]:
    """"Two remain in critical condition", "two were seriously injured": a part of a larger wounded figure."""
    hurt = [c.count for c in cands if c.kind in ("wounded", "killed_or_wounded") and not c.severe]
    return [c for c in cands if not (c.severe and c.kind == "wounded" and any(n > c.count for n in hurt))]


def drop_later_parts(cands: list[Candidate], ctx: ArticleContext) -> list[Candidate]:
    """Once an article has given its largest figure of a kind ("five people are dead"), a smaller exact figure
    of that kind further down ("three people died at the scene", "killed his ex-girlfriend", "the couple's two
    daughters later died") tells a part of it, not another count: dropped. The victims' figure beside a
    victims-plus-suspect total, the suspects' own deaths and figures told before the largest stay."""
    out = cands
    suspects = sum(c.count for c in cands if c.kind == "killed" and c.suspect)
    for kind in ("killed", "wounded"):
        mine = [c for c in cands if c.kind == kind and c.qualifier == "exact" and not c.suspect]
        if not mine:
            continue
        top = max(c.count for c in mine)
        first = min(c.sent.start_char for c in mine if c.count == top)
        keep = {top - suspects} if kind == "killed" and any(c.total for c in mine) else set()
        out = [c for c in out if not (c in mine and c.count < top and c.sent.start_char > first
                                      and not c.total and c.count not in keep)]
    return out


def drop_raised_tolls(cands: list[Candidate], ctx: ArticleContext) -> list[Candidate]:
    """"estimates of 84 deaths ... Saturday's deaths, which would push the overall toll to 99": the raised toll
    replaces the article's smaller tolls of that kind; a figure of one event ("at least 15 died") stays."""
    raised: dict[str, int] = {}
    for c in cands:
        if c.raised:
            raised[c.kind] = max(raised.get(c.kind, 0), c.count)
    return [c for c in cands if not (c.tally and not c.raised and c.count < raised.get(c.kind, 0))]


def drop_background_tolls(cands: list[Candidate], ctx: ArticleContext) -> list[Candidate]:
    """"the deaths of 35,000 Pakistani citizens", with no date in the sentence: a running toll told as background."""
    def dated(c: Candidate) -> bool:
        return c.as_of is not None or any(t.ent_type_ in ("DATE", "TIME") for t in c.sent)
    return [c for c in cands if not (c.tally and not c.raised and c.count >= BACKGROUND_TOLL and not dated(c))]


def drop_earlier_dates(cands: list[Candidate], ctx: ArticleContext) -> list[Candidate]:
    """"On July 18, rebels detonated a bomb that killed three" in an article whose latest date is Sept. 25, beside
    "a reporter died in the exchange of fire": the dated figure is an earlier event. Alone it is the story's."""
    doc = ctx.doc
    if doc is None:
        return cands
    latest = latest_date(doc)
    # News style dates the past week by weekday ("on Wednesday") and older days by month and day: in an article
    # that dates by weekday, a harm dated "On July 18" (with no weekday) is older than the week
    weekdays = any(e.label_ == "DATE" and WEEKDAY.search(e.text) for e in doc.ents)

    def earlier(c: Candidate) -> bool:
        if not c.as_of or calendar(c.as_of) is None:
            return False
        if latest is not None and (days_before(c.as_of, latest) or 0) >= EARLIER_DAYS:
            return True
        return weekdays and not WEEKDAY.search(c.sent.text)
    old = {id(c) for c in cands if earlier(c)}
    kinds = {c.kind for c in cands if id(c) not in old}
    return [c for c in cands if id(c) not in old or c.kind not in kinds]


# The article-level passes, run in this order by `extract`.
PASSES: tuple[tuple[str, Pass], ...] = (
    ("earlier dates", drop_earlier_dates),
    ("victims plus suspect", add_article_total),
    ("shot, resolved", resolve_shot),
    ("headline parts", drop_title_parts),
    ("headline scope", headline_scope),
    ("severity parts", drop_severity_parts),
    ("covered singles", drop_covered_singles),
    ("later parts", drop_later_parts),
    ("raised tolls", drop_raised_tolls),
    ("background tolls", drop_background_tolls),
)
