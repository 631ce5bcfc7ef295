"""Word lists every section shares: THE reporting verbs, quotation marks, pronouns.

Language data apart from the rules that read it (as spaCy keeps `lang/en/*.py`). A section adds its
own classes of words in its own `lexicon.py`; a word list is defined once, here or there.
"""
from __future__ import annotations

# fmt: off
# Verbs that report what someone said: a quote's speech verb, a position's cue, an event's frame.
REPORTING_VERBS = frozenset({
    "accuse", "acknowledge", "add", "admit", "advise", "affirm", "agree", "allege", "announce",
    "answer", "argue", "ask", "assert", "assure", "blast", "boast", "call", "caution", "claim",
    "clarify", "comment", "complain", "concede", "conclude", "condemn", "confirm", "contend",
    "counter", "criticise", "criticize", "declare", "demand", "deny", "describe", "elaborate",
    "emphasise", "emphasize", "explain", "hail", "insist", "lament", "maintain", "mock", "note",
    "observe", "pledge", "point", "post", "praise", "predict", "promise", "reassure", "recall",
    "reiterate", "remark", "repeat", "reply", "report", "respond", "retort", "say", "slam", "state",
    "stress", "suggest", "tell", "testify", "threaten", "tout", "tweet", "underline", "underscore",
    "urge", "vow", "warn", "welcome", "wonder", "write",
})

# Quotation marks, as spaCy tokenises them.
OPEN_QUOTES = frozenset({"\u201c", "\u00ab"})
CLOSE_QUOTES = frozenset({"\u201d", "\u00bb"})
BOTH_QUOTES = frozenset({'"', "''", "``"})
LOW_OPEN_QUOTE = "\u201e"
# Personal pronouns whose antecedent is a person of known gender.
PERSON_PRONOUNS = {"he": "male", "she": "female", "him": "male", "her": "female"}
GROUP_PRONOUNS = frozenset({"they", "we"})
# a person is "he" or "she" as the article writes them when its pronouns after their name are, at least
# GENDER_EVIDENCE times and GENDER_SHARE of them (actors.gender_of); PRONOUN_SEX the same as the honorifics' genders
GENDER_EVIDENCE = 2
GENDER_SHARE = 2 / 3
HE_WORDS = frozenset({"he", "him", "his", "himself"})
SHE_WORDS = frozenset({"she", "her", "hers", "herself"})
PRONOUN_SEX = {"he": "male", "she": "female"}
# Relative pronouns that stand for the noun a relative clause hangs on.
RELATIVE = frozenset({"who", "that", "which", "whom"})
# News outlets, agencies, broadcasters and websites are who REPORTS, never whose position it is
# (issue 11, item 2): words that make an organisation's name an outlet's, and well-known outlets.
OUTLET_WORDS = frozenset({
    "news", "times", "post", "journal", "tribune", "herald", "gazette", "daily", "telegraph", "guardian",
    "chronicle", "examiner", "courier", "inquirer", "dispatch", "bulletin", "ledger", "magazine",
    "newspaper", "tv", "television", "radio", "channel", "network", "broadcasting", "broadcaster",
    "agency", "wire", "press", "media", "newsweek", "online", ".com", "comet", "tabloid",
})
OUTLET_NAMES = frozenset({
    "ap", "afp", "reuters", "associated press", "agence france-presse", "xinhua", "tass", "ria novosti",
    "interfax", "yonhap", "kyodo", "mena", "anadolu", "bbc", "cnn", "nbc", "abc", "cbs", "msnbc", "npr",
    "pbs", "fox", "fox news", "al jazeera", "politico", "axios", "bloomberg", "breitbart", "huffpost",
    "huffington post", "buzzfeed", "vox", "slate", "salon", "the hill", "cnbc", "sky news", "euronews",
    "dw", "deutsche welle", "france 24", "rt", "sputnik", "itar-tass", "twitter", "facebook", "instagram",
    "youtube", "tiktok",
})
# Words after a name that make it a street or a place, never a speaker.
PLACE_WORDS = frozenset({
    "street", "st.", "avenue", "ave.", "road", "rd.", "boulevard", "blvd.", "lane", "drive", "dr.",
    "highway", "hwy", "route", "block", "way", "court", "place", "square", "park", "bridge",
})
# fmt: on
