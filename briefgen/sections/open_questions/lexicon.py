"""Open questions' word lists: hedges, untold verbs, decision verbs and the cue priority."""
from __future__ import annotations

# fmt: off
HEDGE_ADJ = {
    "unclear", "uncertain", "unknown", "unconfirmed", "undecided", "unresolved", "unanswered", "ambivalent",
    "undetermined", "unsettled", "undisclosed", "unspecified", "unexplained", "unverified", "unsure",
    "unlikely", "doubtful", "divided", "noncommittal", "inconclusive",
}

HEDGE_ADJ_ATTRIBUTIVE = {"undisclosed", "unspecified", "unconfirmed", "unresolved", "unanswered"}

NOT_ADJ = {"clear", "known", "certain", "sure", "confirmed", "decided", "determined", "settled", "immediately"}

UNTOLD = {
    "confirm", "clarify", "specify", "say", "disclose", "release", "reveal", "identify", "explain",
    "elaborate", "detail", "decide", "determine", "announce", "know", "name", "establish",
    "indicate", "finalize", "finalise", "agree", "set", "rule", "schedule",
}

ANONYMITY = {"ask", "wish", "request", "want", "prefer", "agree", "insist"}  # "who asked not to be named"

OWN_MIND = {"i", "you", "he", "she"}  # "I don't know how ...": a person's state of mind, no open point

WHETHER_GOV = {
    "decide", "determine", "know", "ask", "question", "investigate", "investigation", "look", "examine",
    "review", "consider", "say", "confirm", "clarify", "see", "debate", "wonder", "weigh", "assess",
    "evaluate", "establish", "probe", "decision", "include", "specify", "explain", "indicate", "discuss",
    "uncertainty", "doubt", "study", "check", "learn", "tell", "answer", "depend", "inquiry", "show",
}

DECLINE = {"decline", "refuse"}

DECLINED = {
    "comment", "say", "give", "discuss", "elaborate", "confirm", "disclose", "specify", "provide", "identify",
    "release", "answer", "speculate", "name", "detail", "reveal", "explain", "address", "offer",
}

UNDER = {"consideration", "review", "investigation", "discussion", "negotiation", "negotiations", "study",
         "debate", "evaluation", "scrutiny", "examination"}

WHETHER_HEADS = {"ccomp", "pcomp", "csubj", "xcomp", "dobj", "nsubj", "advcl", "pobj", "acl", "attr"}

STILL_NOUNS = {"difference", "disagreement", "gap", "question", "issue", "obstacle", "hurdle", "dispute",
               "uncertainty", "doubt", "concern", "sticking", "divide", "division"}

STILL_VERBS = {"remain", "linger", "persist", "loom"}

NO_NOUNS = {"arrest", "suspect", "motive", "charge", "detail", "explanation", "decision", "timeline",
            "agreement", "deal", "date", "breakthrough", "consensus", "word", "information", "identification",
            "timetable", "clarity", "answer"}

TALKS = {"negotiation", "talk", "deal", "agreement", "discussion", "settlement", "decision", "outcome",
         "summit", "accord", "treaty", "process"}

PIVOT_ADJ = {"central", "key", "crucial", "critical", "pivotal", "decisive", "vital", "essential"}

DECISIONS = {"agree", "accept", "attend", "join", "decide", "approve", "sign", "meet", "reject", "veto",
             "participate", "visit", "resign", "withdraw", "deploy", "recognize", "recognise", "endorse",
             "cancel", "postpone", "delay", "choose", "allow", "consider"}

CONTENTION = {"contention", "dispute", "disagreement"}

SEPARATE = {"advcl", "conj", "parataxis"}

PRIORITY = ("yet to", "not ", "decline", "refuse", "remains to be seen", "whether", "no ")
# fmt: on
