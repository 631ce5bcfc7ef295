"""The title and bottom line's word lists and limits: the data story.py reads."""
from __future__ import annotations

import re

# fmt: off
DEFAULT_TITLE = "Briefing"  # the config's default: any other configured title wins over the generated one

HEADLINE_START = 300  # a headline-like development whose sentence starts before this character is a printed headline

TITLE_MAX_WORDS = 18  # a title longer than this is cut at a phrase boundary
TITLE_MIN_WORDS = 4  # a headline or clause shorter than this says too little to be the title

SALIENT = 5  # a title naming none of the story's this many most mentioned actors and places is led by the first

PLACE_RANK = 3  # ... and one naming no place gets the story's main place when it is among the first this many

BOTTOM_LINE_ITEMS = 3  # at most this many top developments make the bottom line
BOTTOM_LINE_WORDS = 70  # ... and no more words than this in all (the first one always counts)

# " - FOX 8 WVUE New Orleans News, Weather" / " | CNN": an outlet's name after the headline
OUTLET_TAIL = re.compile(r"\s+(?:[-\u2013\u2014|]|::)\s+(?=\S)(?!.*\s[-\u2013\u2014|]\s).*$")

# "UPDATE:", "WATCH:", "VIDEO:", "BREAKING:" in front of a headline
KICKER = re.compile(r"^\s*(?:UPDATED?|WATCH|VIDEO|BREAKING|EXCLUSIVE|PHOTOS?|LIVE|DEVELOPING)\s*[:\-\u2013\u2014]\s*",
                    re.IGNORECASE)

# lines that are no headline: a date line, a credit, a byline
NOT_HEADLINE = re.compile(
    r"^\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:source|photo|image|credit|by|posted|updated|"
    r"published)\b\s*:?|\(?\d{1,2}[:/.]\d{2})", re.IGNORECASE)

# where a clause ends, for a title cut from a sentence: the event comes before these
CLAUSE_BREAKS = re.compile(
    r"(?:,|;|\s[-\u2013\u2014]\s|\s(?:when|while|which|who|whose|where|because|although|though|but|even as|"
    r"according to|since|amid)\s)")

# "Mohawk the lion, one of the city's famous cats, was shot": a short subject, its apposition, the verb
APPOSITION = re.compile(r"^(?P<head>(?:\S+\s){0,3}\S+),\s(?:[^,]\s?){1,70},\s(?=(?:was|were|is|are|has|have|had|will|"
                        r"would|\w+ed)\b)")

# "X said on Tuesday that Y" → "X: Y"
REPORTED = re.compile(
    r"^(?P<who>[A-Z][^,;:]{2,80}?)\s+(?:said|says|told [A-Z][\w.]*(?: [A-Z][\w.]*)*|announced|confirmed|"
    r"reported|warned)(?:\s+on\s+\w+|\s+\w+day)?\s+(?:that\s+)?(?P<what>.+)$")

# "..., police said Sunday." at the end: the attribution is not part of the event
ATTRIBUTION_TAIL = re.compile(
    r",\s+(?:[\w.'\u2019-]+\s+){0,6}(?:said|says|reported|reports|announced|confirmed|told [\w.\s]{1,40})"
    r"(?:\s+(?:on\s+)?\w+(?:day|night|morning|afternoon|evening))*\s*[.!]?$")

# the time words a headline leaves out: "on Monday", "Wednesday afternoon", "early Sunday morning"
WHEN = re.compile(
    r"\s+(?:(?:on|early|late|last|this)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"(?:\s+(?:morning|afternoon|evening|night))?\b", re.IGNORECASE)

LEADING_ARTICLE = re.compile(r"^(?:a|an|the)\s+(?=\S)", re.IGNORECASE)

# a name that is a news outlet, not an actor of the story ("AP", "CBS46 News", "WWJ")
OUTLET_NAME = re.compile(r"^(?:[A-Z]{2,4}|.*\b(?:News|TV|Radio|Press|Post|Times|Journal|Tribune|Herald)\b.*)$")
# fmt: on
