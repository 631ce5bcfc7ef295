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
# Relative pronouns that stand for the noun a relative clause hangs on.
RELATIVE = frozenset({"who", "that", "which", "whom"})
# fmt: on
