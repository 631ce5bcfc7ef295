"""Quotes' word lists, patterns and limits."""
from __future__ import annotations

import re

from briefgen.extract.lexicon import REPORTING_VERBS

# fmt: off
# Verbs that introduce a direct quotation beyond THE reporting verbs: manner of speaking, labelling.
MANNER_VERBS = frozenset({
    "brand", "cast", "characterise", "characterize", "charge", "continue", "cry", "dub", "exclaim",
    "inform", "joke", "label", "mention", "murmur", "muse", "mutter", "proclaim", "put", "quip", "quote",
    "recount", "scoff", "shout", "sigh", "term", "thank", "whisper", "yell",
})
SPEECH_VERBS = REPORTING_VERBS | MANNER_VERBS
# Verbs that introduce a quotation with the particle "back" ("she shot back", "he fired back").
BACK_VERBS = frozenset({"shoot", "fire", "hit", "snap", "write", "push", "talk"})

OPENERS_BEFORE = set(" \t\n([{\u2014\u2013-/:")

CLIMB = {"advcl", "xcomp", "conj", "pcomp", "acl", "ccomp", "dep", "prep", "pobj", "dobj", "attr", "appos",
         "npadvmod", "oprd"}  # from a subject-less "saying"/"adding" up to the clause that names the speaker

DASH_NAME = re.compile(r"[ \t]*(?:--|-|\u2013|\u2014)[ \t]*([A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,3})"
                       r"[ \t]*[.,]?[ \t]*$", re.M)

MARK = re.compile(r"``|''|[\u201c\u201d\"\u2018\u2019']")

TERMINAL = {".", "!", "?", "\u2026", "...", ":"}

MAX_SINGLE_WORDS = 40

MAX_SPEAKER_TOKENS = 10

MAX_TAIL_WORDS = 12  # a sentence after a quotation that is only its attribution ("Trump said.") is short

NAME_POS = frozenset({"PROPN", "NOUN"})  # the words of a speaker written between a quotation and its verb

# Nouns of saying: the possessor of one is the speaker of a quotation in its clause ("Comey's conclusion that ...").
SAYING_NOUNS = frozenset({
    "conclusion", "statement", "claim", "description", "assessment", "remark", "comment", "assertion",
    "warning", "promise", "pledge", "accusation", "charge", "verdict", "words", "argument", "insistence",
})

FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})  # a finite verb: a quotation with one is a clause said

PRIOR_WINDOW = 150  # tokens: a he/she this close after a quote's speaker, with no subject nearer, is that speaker

SUBORDINATE = frozenset({"pcomp", "relcl", "advcl", "acl", "csubj"})  # clauses whose subject is not the speaker's
# fmt: on

# Ranking across articles (issue 11, item 5).
FRAGMENT_WORDS = 2  # a quotation of this many words or fewer is a scare quote, a title or a fragment
SALIENT_WORDS = 25  # longer quotations are no more salient than this
# Nouns that never speak: events, proceedings and places ("the hearing", "the crash").
NOT_SPEAKERS = frozenset({
    "hearing", "accident", "crash", "shooting", "incident", "meeting", "event", "trial", "ceremony",
    "funeral", "vigil", "explosion", "fire", "collision", "game", "match", "street", "road", "avenue",
})
