"""Key developments across articles: one item per event, most salient and corroborated first.

Each candidate's score takes the story-level signals here (recency, history, machinery, status); candidates
reporting the same event are clustered (`briefgen.similar`, split by `same_event`) into one item citing every
article, and `repeats.select` picks the shown items greedily by score, corroboration and novelty.
"""
from __future__ import annotations

import datetime
from collections import Counter, defaultdict
from typing import Optional


from briefgen import similar
from briefgen.merge.story import headline_like
from briefgen.merge.story_lexicon import HEADLINE_START
from briefgen.sections.developments.lexicon import (
    AFTERMATH,
    AHEAD,
    ANALYSIS,
    ATTRIBUTED,
    BACKDROP,
    BACKGROUND,
    BACKGROUND_FROM,
    BULLETIN,
    CANDIDATE_BUDGET,
    CHARACTERISED,
    CHARGED,
    CLUSTER_THRESHOLD,
    COMMENTARY,
    COLOUR_FROM,
    DATE_OPENING,
    DEFAULT_LIMIT,
    EARLIER_DAYS,
    EARLIER_OPENING,
    FINDING,
    FUTURE,
    GRIEF,
    HELD_THEN,
    HISTORY,
    HISTORY_FROM,
    LATEST_LEAD,
    LEAD_SENTENCES,
    MACHINERY,
    MAX_PER_ARTICLE,
    MINOR,
    MINOR_FROM,
    MINOR_SHIFT,
    PERFECT_FROM,
    PERFECT_IRREGULAR,
    PERFECT_NOT_PARTICIPLE,
    PERFECT_REACTIONS,
    PERFECT_STATE,
    PERFECT_SUBJECT_BLOCKERS,
    PERFECT_TIMED,
    MIN_PER_ARTICLE,
    MONTH_DAY,
    MONTHS,
    NEIGHBOURS,
    RECOLLECTION,
    SETTING,
    STATUS,
    STILL_ONGOING,
    TALLY,
    VERDICT,
    WEEKDAYS,
    WEIGHTS,
    WEIGHTS_RANK,
    YEAR,
    YEAR_WHEN,
)
from briefgen.sections.developments.model import Development, article_of
from briefgen.sections.developments.repeats import counted_words, custody, said_already, select  # noqa: F401 (re-exported)
from briefgen.sections.developments.same_event import (  # noqa: F401 (re-exported)
    figures,
    merge_cluster,
    rarity,
    same_figures,
    same_predicate,
    same_statement,
    same_time,
    split_times,
    time_marks,
)


def recency(items: list[Development], published: dict[str, str]) -> dict[str, float]:
    """0 for the earliest article, 1 for the latest: by published date where known, else file order (the
    order of `published`, which lists every article as read); articles it does not list, by id."""
    seen = {article_of(it) for it in items}
    arts = [a for a in published if a in seen] + sorted(seen - set(published))
    ordered = sorted(range(len(arts)), key=lambda k: (published.get(arts[k]) or "", k))
    if len(arts) < 2:
        return {a: 0.0 for a in arts}
    return {arts[k]: rank / (len(arts) - 1) for rank, k in enumerate(ordered)}


def dated_earlier(item: Development, published: dict[str, str]) -> float:
    """1 for a sentence dated (by month and day) more than EARLIER_DAYS before its article was published ("On
    July 18, rebels ..." in an October report): history the story recalls, not its latest state."""
    pub = (published.get(article_of(item)) or "")[:10]
    m = MONTH_DAY.search(item.text)
    if not m or len(pub) < 10:
        return 0.0
    try:
        when = datetime.date.fromisoformat(pub)
    except ValueError:
        return 0.0
    month = MONTHS[m.group(1)[:3].lower()]
    year = when.year if month <= when.month else when.year - 1
    try:
        said = datetime.date(int(m.group(3)) if m.group(3) else year, month, int(m.group(2)))
    except ValueError:
        return 0.0
    return 1.0 if (when - said).days > EARLIER_DAYS else 0.0


def superseded_plan(item: Development, late: dict[str, float]) -> float:
    """1 for what an earlier article says is still to come ("the trial is to begin Tuesday") or where it says
    someone is held ("is in the county jail on a $150,000 bond") or what is still going on ("are still conducting
    interviews"): a later article reports the story after it, so
    the plan or the custody is no longer the current state."""
    if len(late) < 2 or late.get(article_of(item), 1.0) >= 1.0:
        return 0.0
    return 1.0 if FUTURE.search(item.text) or HELD_THEN.search(item.text) or STILL_ONGOING.search(item.text) else 0.0


def verdict_day(items: list[Development], published: dict[str, str]) -> str:
    """The earliest publication day (YYYY-MM-DD) of an article with a candidate telling a verdict (lexicon.VERDICT);
    "" when none is dated or none tells one."""
    days = [(published.get(article_of(it)) or "")[:10] for it in items if VERDICT.search(it.text)]
    return min((d for d in days if len(d) == 10), default="")


def superseded_charge(item: Development, published: dict[str, str], verdict: str) -> float:
    """1 for a charge (lexicon.CHARGED: "was booked with negligent homicide") told by an article dated before the first
    article telling a verdict ("found guilty of manslaughter"): the charge is no longer the case's current state. Only
    with dates: file order says too little of which report came after the verdict."""
    day = (published.get(article_of(item)) or "")[:10]
    if not verdict or len(day) < 10 or day >= verdict:
        return 0.0
    return 1.0 if CHARGED.search(item.text) and not VERDICT.search(item.text) else 0.0


def machinery(text: str) -> float:
    """1 for a sentence that shows only the case's machinery (lexicon.MACHINERY: who leads the investigation, the
    appeal for tips, "no further details", how responders were called to the scene, advice): no development."""
    return 1.0 if any(p.search(text) for p in MACHINERY) else 0.0


def minor(text: str) -> float:
    """1 for a sentence that is real but minor (lexicon.MINOR): the scene or the time it was reported, a
    characterisation, the war or the crisis behind the news, the writer's analysis, an expert's commentary, a friend's
    grief; and the colour (`colour`: the setting, a neighbour's account, a person's memories, a characterisation by
    its own verb, grief) that `shown_without_colour` keeps within the first COLOUR_FROM, but a characterisation set
    off as an aside (`aside`). It goes down, below the story's events, and still shows when nothing better is left."""
    return 1.0 if any(p.search(text) for p in MINOR) or (colour(text) and not aside(text)) else 0.0


def aside(text: str) -> bool:
    """A characterisation (lexicon.CHARACTERISED) set off by a comma in a sentence telling more ("X, described by
    family members as a beautiful person, was examining the gun when it went off"): the sentence's own verb tells an
    event, which keeps its place."""
    m = CHARACTERISED.search(text)
    return bool(m) and text[:m.start()].rstrip().endswith(",")


def perfect_state(item: Development) -> bool:
    """A sentence past its article's lead (PERFECT_FROM characters) whose subject goes on to an active present perfect
    (lexicon.PERFECT_STATE: "Russia and China have vetoed three resolutions ...", "The White House has provided
    multiple conflicting justifications ..."), with no date or time and no quotation: the state of affairs behind the
    news, not the event of a day. Not the passive ("has been charged"), nor a reaction ("has drawn derision")."""
    text = item.text
    src = item.sources[0] if item.sources else None
    if src is None or src.start < PERFECT_FROM:
        return False
    m = PERFECT_STATE.match(text)
    if not m or set(m.group("subject").lower().split()) & PERFECT_SUBJECT_BLOCKERS:
        return False
    verb = m.group("verb")
    if verb in PERFECT_NOT_PARTICIPLE or verb in PERFECT_REACTIONS or not (verb.endswith("ed") or verb in PERFECT_IRREGULAR):
        return False
    return not (WEEKDAYS.search(text) or MONTH_DAY.search(text) or YEAR.search(text) or PERFECT_TIMED.search(text)
                or any(q in text for q in "\"\u201c\u201d"))


def minor_down(ranked: list[Development]) -> list[Development]:
    """The ranked items with each minor one (`minor`, `perfect_state`) past the first MINOR_FROM moved MINOR_SHIFT
    places down: the MINOR_SHIFT events ranked after it come up, and it still shows when the list is short."""
    down = [k >= MINOR_FROM and bool(minor(m.text) or perfect_state(m)) for k, m in enumerate(ranked)]
    return [ranked[k] for k in sorted(range(len(ranked)), key=lambda k: (k + MINOR_SHIFT * down[k], down[k], k))]


def status(text: str) -> float:
    """1 for the case's legal status said as one ("no one has been charged"): where the case stands now."""
    return 1.0 if STATUS.search(text) else 0.0


def latest_leads(items: list[Development], published: dict[str, str]) -> set[tuple[str, int]]:
    """The lead candidates (article, start) of the latest article, when the articles' dates are known and differ:
    its first LATEST_LEAD candidate sentences report the story's latest state. With no dates, file order says too
    little of which report is the latest to reorder on it."""
    arts = {article_of(it) for it in items}
    dated = {a: (published.get(a) or "")[:10] for a in arts if len((published.get(a) or "")) >= 10}
    if len(dated) < 2 or len(set(dated.values())) < 2:
        return set()
    last_day = max(dated.values())
    latest = [a for a, d in dated.items() if d == last_day]
    if len(latest) != 1:
        return set()
    starts = sorted(it.sources[0].start for it in items if article_of(it) == latest[0])
    return {(latest[0], s) for s in starts[:LATEST_LEAD]}


def weekday_leads(items: list[Development]) -> set[str]:
    """The articles whose lead (first LEAD_SENTENCES candidates but the ones opening on a date) tells its news by
    weekday and names no calendar date."""
    firsts: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for it in items:
        firsts[article_of(it)].append((it.sources[0].start, it.text))
    out = set()
    for art, sents in firsts.items():
        lead = " ".join([t for _, t in sorted(sents) if not DATE_OPENING.match(t)][:LEAD_SENTENCES])
        if WEEKDAYS.search(lead) and not MONTH_DAY.search(lead):
            out.add(art)
    return out


def recalled(item: Development, weekday_articles: set[str]) -> float:
    """1 for a sentence opening on a calendar date ("On July 18, ...") with no weekday, in an article whose lead tells
    its news by weekday: an earlier event the article recalls (news gives the date for what is older than a week)."""
    text = item.text
    return 1.0 if (article_of(item) in weekday_articles and DATE_OPENING.match(text)
                   and not WEEKDAYS.search(text)) else 0.0


def opened_earlier(item: Development) -> float:
    """1 for a candidate whose sentence, as the article wrote it, opens on an earlier time ("Earlier in the week,
    Trump called for ..."): another event than the story's news, though the item's text has the opening cut off."""
    return 1.0 if any(EARLIER_OPENING.match(s.sentence) for s in item.sources[:1]) else 0.0


def finding(text: str) -> float:
    """1 for what the investigators found happened (lexicon.FINDING: "appears to have been an accident", "killed
    her daughters before killing herself"): the case's outcome so far."""
    return 1.0 if FINDING.search(text) else 0.0


def lead_words(items: list[Development]) -> frozenset:
    """Every content word of the articles' leads (lead_sets): who and what the story is about."""
    leads = lead_sets(items, [similar.content_words(it.text) for it in items])
    return frozenset().union(*leads.values()) if leads else frozenset()


def off_lead(text: str, lead: frozenset) -> float:
    """1 for a sentence that shares no content word with any article's lead: the scene around the story, the people
    beside it, the writer's framing ("In the next booth over, a man was chatting with a friend")."""
    words = similar.content_words(text)
    return 1.0 if lead and words and not words & lead else 0.0


def colour(text: str) -> bool:
    """The setting (a town's size, a road blocked off, a school), a neighbour's account or a person's memories: colour
    around the story, which an analyst does not list as a development."""
    return bool(SETTING.search(text) or NEIGHBOURS.match(text) or RECOLLECTION.search(text)
                or CHARACTERISED.search(text) or GRIEF.search(text))


def latest_year(items: list[Development], published: dict[str, str]) -> int:
    """The story's own year: the latest of its articles' publication years and of the years its candidates name
    (0 if none)."""
    years = [int(y) for it in items for y in YEAR.findall(it.text)]
    years += [int(d[:4]) for d in published.values() if d and d[:4].isdigit()]
    return max(years, default=0)


def earlier_year(text: str, story_year: int) -> bool:
    """A sentence every year of which is before the story's latest year ("Although he ran for mayor in 2013, ..."
    in a story that reaches 2016): the story's past."""
    years = [int(y) for y in YEAR.findall(text)]
    return bool(years) and max(years) < story_year


def year_in_weekday_story(item: Development, weekday_articles: set[str], published: dict[str, str]) -> bool:
    """A sentence naming a year, in an undated article whose lead tells its news by weekday and names no year ("got
    a call Sunday morning" and then "took her children to visit them in 2013"): news of this week is told by
    weekday, so the year is the story's past. Not what is still to come ("will stand trial in 2017")."""
    art = article_of(item)
    if art not in weekday_articles or (published.get(art) or "")[:4].isdigit():
        return False
    return bool(YEAR_WHEN.search(item.text)) and not FUTURE.search(item.text) and not AHEAD.search(item.text)


def background(item: Development, published: dict[str, str], weekday_articles: set[str], story_year: int = 0) -> bool:
    """History the story recalls (lexicon.HISTORY, a date weeks before its article, a calendar date in a weekday
    story, a year before the story's latest), the backdrop the writer sets it against (lexicon.BACKDROP), the
    writer's analysis or the case's machinery: what an analyst reads as background, not the news."""
    text = item.text
    return bool(HISTORY.search(text) or BACKGROUND.search(text) or BACKDROP.search(text) or ANALYSIS.search(text)
                or COMMENTARY.search(text) or BULLETIN.match(text)
                or machinery(text)
                or dated_earlier(item, published) or recalled(item, weekday_articles)
                or earlier_year(text, story_year) or year_in_weekday_story(item, weekday_articles, published))


def shown_without_colour(ranked: list[Development], published: Optional[dict[str, str]] = None,
                         weekday_articles: frozenset = frozenset(), story_year: int = 0) -> list[Development]:
    """The ranked items but the colour (`colour`), the earlier events (`opened_earlier`) and the background
    (`background`) past the first COLOUR_FROM, and what the sentence says is the story's past (lexicon.HISTORY, an
    earlier year) past the first HISTORY_FROM: the list ends earlier rather than show it, and the events ranked
    after it move up. Within the first few it stays: a short story's lead may be built on a neighbour's account."""
    published = published or {}
    return [m for k, m in enumerate(ranked)
            if k < COLOUR_FROM or (not colour(m.text) and not opened_earlier(m))
            if k < BACKGROUND_FROM or not background(m, published, weekday_articles, story_year)
            if k < HISTORY_FROM or not (HISTORY.search(m.text) or earlier_year(m.text, story_year)
                                        or year_in_weekday_story(m, weekday_articles, published))]


def printed_headline(item: Development) -> bool:
    """An article's headline printed as its first line ("Why Voters Are Cheering the Mayor's Plan."): the title's
    material (merge/engine drops it from what is shown), no development."""
    src = item.sources[0] if item.sources else None
    return src is not None and src.start < HEADLINE_START and headline_like(item.text.rstrip(" ."))


def headline_words(items: list[Development]) -> frozenset:
    """Every content word of the articles' printed headlines: what the story's headlines say it is about."""
    heads = [similar.content_words(it.text) for it in items if printed_headline(it)]
    return frozenset().union(*heads) if heads else frozenset()


def headlined(item: Development, heads: frozenset) -> float:
    """How much of what the headlines say the candidate tells (the set cosine of its content words with theirs;
    0 for a headline itself): the main event an article's headline announces and its lead reports."""
    if not heads or printed_headline(item):
        return 0.0
    return similar.similarity(similar.content_words(item.text), heads)


def adjusted(items: list[Development], published: dict[str, str]) -> list[Development]:
    """Each candidate's score with the story-level signals: recency, a plan a later article overtook, history dated
    weeks before its article, history it says is history, the case's machinery, a neighbour's account, a person's memories, the writer's analysis, the setting, a sentence sharing no word with any lead, one opening on an earlier time (down), its legal status, what the investigators found and the latest article's lead (up)."""
    late = recency(items, published)
    leads = latest_leads(items, published)
    by_weekday = weekday_leads(items)
    lead = lead_words(items)
    heads = headline_words(items)
    out = []
    for it in items:
        src = it.sources[0]
        score = (it.score + WEIGHTS["recency"] * late[article_of(it)]
                 - (WEIGHTS["future"] + WEIGHTS_RANK["superseded"]) * superseded_plan(it, late)
                 - WEIGHTS["background"] * dated_earlier(it, published)
                 - WEIGHTS_RANK["machinery"] * machinery(it.text)
                 - WEIGHTS_RANK["neighbours"] * bool(NEIGHBOURS.match(it.text))
                 - WEIGHTS_RANK["recollection"] * bool(RECOLLECTION.search(it.text))
                 - WEIGHTS_RANK["analysis"] * bool(ANALYSIS.search(it.text))
                 - WEIGHTS_RANK["setting"] * bool(SETTING.search(it.text))
                 - WEIGHTS_RANK["off_lead"] * off_lead(it.text, lead)
                 - WEIGHTS_RANK["history"] * max(float(bool(HISTORY.search(it.text))), recalled(it, by_weekday))
                 - WEIGHTS_RANK["earlier"] * opened_earlier(it)
                 + WEIGHTS_RANK["status"] * status(it.text)
                 + WEIGHTS_RANK["finding"] * finding(it.text)
                 + WEIGHTS_RANK["headline"] * headlined(it, heads)
                 + WEIGHTS_RANK["latest_lead"] * ((src.article, src.start) in leads))
        out.append(it.model_copy(update={"score": round(score, 4)}))
    return out


def aftermath_after_first(merged: list[Development]) -> list[Development]:
    """The items in ranked order, each aftermath item (lexicon.AFTERMATH: a memorial, a vigil, a fundraiser)
    but the best one down by WEIGHTS_RANK["aftermath"]: the story's aftermath is one development, and a second
    (the GoFundMe after the memorial) is colour that takes an event's place."""
    out, seen = [], False
    for m in merged:
        if AFTERMATH.search(m.text):
            if seen:
                m = m.model_copy(update={"score": round(m.score - WEIGHTS_RANK["aftermath"], 4)})
            seen = True
        out.append(m)
    return sorted(out, key=lambda m: (-m.score, m.text))


def lead_sets(items: list[Development], sets: list[frozenset]) -> dict[str, frozenset]:
    """Each article's lead in words: the content words of its first LEAD_SENTENCES candidates."""
    leads: dict[str, list[tuple[int, frozenset]]] = defaultdict(list)
    for it, words in zip(items, sets):
        leads[article_of(it)].append((it.sources[0].start, words))
    return {a: frozenset().union(*(w for _, w in sorted(firsts, key=lambda x: x[0])[:LEAD_SENTENCES]))
            for a, firsts in leads.items()}


def off_story(items: list[Development], sets: list[frozenset]) -> set[str]:
    """The articles of another story: with three or more articles, one whose lead shares no word with any other
    article's lead (an unrelated article put in the folder). A sentence-by-sentence test costs more than it
    gains: reports of one story often open on different sides of it."""
    leads = lead_sets(items, sets)
    if len(leads) < 3:
        return set()
    return {a for a, words in leads.items()
            if not words & frozenset().union(*(w for b, w in leads.items() if b != a))}


def _best_per_article(items: list[Development]) -> list[Development]:
    """Few articles keep all their candidates; many keep their best few (never under MIN_PER_ARTICLE),
    so ranking a thousand articles costs about what a few hundred would. `items` come sorted by article, best first."""
    n_articles = len({article_of(it) for it in items})
    keep = max(MIN_PER_ARTICLE, min(MAX_PER_ARTICLE, CANDIDATE_BUDGET // max(n_articles, 1)))
    out, seen = [], Counter()
    for it in items:
        art = article_of(it)
        if seen[art] < keep:
            seen[art] += 1
            out.append(it)
    return out


def tallies(text: str) -> dict[str, frozenset]:
    """The sentence's counts of the dead and the injured (same_event.figures)."""
    return {k: v for k, v in figures(text).items() if k in TALLY}


def superseded_tally(ranked: list[Development], late: dict[str, float]) -> list[Development]:
    """The ranked items but a count of the dead and the injured another article's count of the same event
    overtakes: both count one kind alike and another one differently ("left two dead and eight other people
    injured" in one report, "police reported two fatal shootings and 15 nonfatal shootings" in another). Showing
    both states one side of a disputed figure as fact: the count a source is named for (lexicon.ATTRIBUTED) stands
    over one the writer states as fact, and between two alike, the later article's."""
    counts = [tallies(m.text) for m in ranked]
    sourced = [bool(ATTRIBUTED.search(m.text)) for m in ranked]

    def overtakes(j: int, i: int) -> bool:
        mine, theirs = counts[i], counts[j]
        both = mine.keys() & theirs.keys()
        if article_of(ranked[i]) == article_of(ranked[j]) or not (any(mine[k] == theirs[k] for k in both)
                                                                   and any(mine[k] != theirs[k] for k in both)):
            return False
        if sourced[i] != sourced[j]:
            return sourced[j]
        return late.get(article_of(ranked[j]), 0.0) > late.get(article_of(ranked[i]), 0.0)

    return [m for i, m in enumerate(ranked) if not any(overtakes(j, i) for j in range(len(ranked)) if j != i)]


def rank(items: list[Development], limit: Optional[int] = None,
         published: Optional[dict[str, str]] = None, notes: Optional[dict] = None) -> list[Development]:
    """All articles' candidates in, one item per event out, most salient and corroborated first.

    `limit` None means DEFAULT_LIMIT; 0 or less means no limit. `notes`, when given, gets "off_story": the
    articles found to be another story's (for the other sections).
    """
    items = [it for it in items if it.text and it.sources]
    if not items:
        return []
    items = adjusted(items, published or {})
    items = sorted(items, key=lambda m: (article_of(m), -m.score, m.text))
    items = _best_per_article(items)
    texts = [it.text for it in items]
    sets = [similar.content_words(t) for t in texts]
    groups = [article_of(it) for it in items]
    n_articles = len(set(groups))
    # words found in several articles' candidates: what the story as a whole is about
    per_article: dict = defaultdict(set)
    for words, group in zip(sets, groups):
        per_article[group] |= words
    shared: Counter = Counter(w for words in per_article.values() for w in words)
    if n_articles < 2:
        shared = Counter()
    other_story = off_story(items, sets)
    if notes is not None:
        notes["off_story"] = frozenset(other_story)
    if other_story:
        items = [it.model_copy(update={"score": round(it.score - WEIGHTS["off_story"], 4)})
                 if article_of(it) in other_story else it for it in items]
    order = sorted(range(len(items)), key=lambda i: (-items[i].score, items[i].text, i))
    weight = rarity(sets)
    preds = [it.predicates for it in items]
    merged = []
    for members in similar.leader_clusters(sets, CLUSTER_THRESHOLD, order=order, apart=groups):
        for same_event in split_times(members, texts):
            # the articles that report this event agree on it, even in statements of their own: the lead
            # statement ranks by that agreement, and cites only the sentences that say the same thing
            agree = len({groups[i] for i in same_event})
            for k, group in enumerate(split_times(same_event, texts, sets, weight, preds)):
                merged.append(merge_cluster([items[i] for i in group], shared, agreement=agree if k == 0 else None))
    # the writer's analysis is no development: down in the ranking, and not shown even where the list is short
    merged = [m for m in merged if not ANALYSIS.search(m.text)]
    # a charge a later article's verdict overtook is not the case's state: not shown as current, nor in the place of
    # the arrest its article reports
    verdict = verdict_day(items, published or {})
    merged = [m for m in merged if not superseded_charge(m, published or {}, verdict)]
    merged.sort(key=lambda m: (-m.score, m.text))
    merged = aftermath_after_first(merged)
    cap = DEFAULT_LIMIT if limit is None else (limit if limit > 0 else len(merged))
    # the printed headlines are the title's material, not shown: they take no part in what the items chosen say (a
    # headline chosen first made its own article's lead, which reports what it announces, "said already")
    heads = [m for m in merged if printed_headline(m)][:cap]
    merged = [m for m in merged if not printed_headline(m)]
    chosen = superseded_tally(select(merged, cap - len(heads)), recency(items, published or {})) if cap > len(heads) else []
    shown = shown_without_colour(chosen, published, frozenset(weekday_leads(items)), latest_year(items, published or {}))
    return heads + minor_down(shown)
