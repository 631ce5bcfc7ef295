"""Open questions' word lists: hedges, untold verbs, decision verbs and the cue priority."""
from __future__ import annotations

import re

# fmt: off
HEDGE_ADJ = {
    "unclear", "uncertain", "unknown", "unconfirmed", "undecided", "unresolved", "unanswered", "ambivalent",
    "undetermined", "unsettled", "undisclosed", "unspecified", "unexplained", "unverified", "unsure",
    "unlikely", "likely", "doubtful", "divided", "noncommittal", "inconclusive",
}

HEDGE_ADJ_ATTRIBUTIVE = {"undisclosed", "unspecified", "unconfirmed", "unresolved", "unanswered"}

NOT_ADJ = {"clear", "known", "certain", "sure", "confirmed", "decided", "determined", "settled", "immediately",
           "available", "confident"}

UNTOLD = {
    "confirm", "clarify", "specify", "say", "disclose", "release", "reveal", "identify", "explain",
    "elaborate", "detail", "decide", "determine", "announce", "know", "name", "establish",
    "indicate", "finalize", "finalise", "agree", "set", "rule", "schedule", "speculate",
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
# "various options, including A, B or C": words that open a list a clause may continue
LIST_OPENERS = {"including", "like", "such"}

# "unanswered" says a question is open only of what is asked ("unanswered questions"), not "eight unanswered runs"
UNANSWERED_NOUNS = {"question", "call", "letter", "email", "query", "plea", "request", "message", "demand",
                    "mystery", "issue"}

# "no arrests have been made", "there was no decision": a "no <noun>" that says something is still missing;
# not "no charges were warranted" (a decision taken)
NO_HEADS = {"be", "make", "file", "bring", "announce", "reach", "give", "release", "set", "have", "report",
            "take", "establish", "determine", "find", "offer", "provide", "disclose", "identify", "exist", "emerge"}

# "Investigators are trying to determine what caused the fire": a wh-clause under a verb of finding out
FIND_OUT = {"determine", "investigate", "establish", "learn", "understand", "figure", "examine", "probe", "review",
            "ascertain", "look", "unclear", "know"}
WH_WORDS = {"what", "why", "how", "who", "where", "when", "which"}

# "aren't confident that the relationship can be patched": asked as whether it can, then who doubts it
DOUBTED = {"not confident", "not sure", "not certain", "not convinced"}

# "fueled questions about whether to dart the lion": the noun that asks it; the item is the whether-clause
QUESTION_NOUNS = {"question", "debate", "doubt", "uncertainty", "speculation"}

# "a decision regarding whether a charge is filed": a whether-clause under a preposition of the noun it is about
WHETHER_PREPS = {"regarding", "concerning", "about", "on", "over", "as"}

# "Here's what they wanted to know: / Whether ... / How the bank will help ...": a listed question is a line without
# these at its end, at most this many lines below the lead-in that ends with a colon
LINE_END = {".", "?", "!"}
LISTED_LINES = 6

# "the suspect remains at large", "is still at large": someone sought and not found
AT_LARGE = {"large"}

# A point a later article answers: the topic of the question, the words that raise it, and the words of a
# statement that settles it. A question is dropped when a later article's development settles its topic.
ANSWERS = {
    "identity": (r"\b(?:identif|identit|names?\b|named\b)",
                 r"\b(?:identified (?:him|her|them|the \w+ )?as|was named as|were named as)\b|"
                 r"\b(?:was|were) named (?=[A-Z][a-z]+ [A-Z])|"
                 r"\b[A-Z][a-z]+ [A-Z][a-z]+, (?:\d{1,2}|age \d{1,2})\b"),
    "condition": (r"\b(?:conditions?|alive|survived?|whereabouts|missing)\b",
                  r"\b(?:found dead|has died|had died|died|was pronounced dead|body (?:was|has been) (?:found|recovered)|"
                  r"found alive|was rescued|has been rescued|in (?:stable|critical|good|serious|fair) condition|"
                  r"(?:is|are|was|were) (?:now )?doing (?:better|well|fine|okay)|(?:is|are) (?:now )?recovering|"
                  r"expected to (?:recover|survive)|released from (?:the )?hospital)\b"),
    "arrest": (r"\b(?:arrests?|at large|suspects?|custody|charged?)\b",
               r"\b(?:was arrested|were arrested|has been arrested|have been arrested|was taken into custody|"
               r"turned himself in|turned herself in|surrendered|was charged|has been charged|were charged)\b"),
    "accident": (r"\baccident(?:al|ally)?\b",
                 r"\b(?:was an accident|(?:have|has) been an accident|was accidental|ruled (?:an )?accident(?:al)?|accidental (?:gunshot|shooting|discharge)|"
                 r"accidentally (?:shot|killed|fired))\b"),
}

# a statement with one of these is no answer: it is itself hedged
HEDGED = r"\b(?:not|no|unclear|unknown|whether|may|might|could|possibly|yet to|believed|apparently)\b"

# the words that say a point is open, not what it is about ("there is no word on his condition")
QUESTION_WORDS = frozenset({"unclear", "unknown", "uncertain", "word", "sure", "immediately", "available", "known",
                            "clear", "release", "released", "confirm", "confirmed", "information", "detail",
                            "current", "latest", "exact", "exactly"})

# an unknown that names nothing beyond these (and QUESTION_WORDS, TIME_WORDS) says no more than that the article
# ends there ("No further details have been released at this time"): no question an analyst would list
VAGUE_TOPIC = frozenset({"detail", "details", "further", "additional", "time", "moment", "point", "information",
                         "comment", "news", "update", "updates", "specifics", "immediately", "yet", "released",
                         "available", "given", "provided", "disclosed", "made", "public",
                         "happen", "happened", "exactly",  # "Unclear: what exactly happened" names nothing
                         # "The investigation remains ongoing": the newsroom's boilerplate, no point of its own
                         "investigation", "probe", "inquiry", "ongoing", "remains", "remain", "continues",
                         "continuing", "active",
                         # "Unclear: what went wrong" is "what happened"; "Reports could not be independently
                         # confirmed" is the newsroom's caveat about no report in particular
                         "go", "went", "wrong", "report", "reports", "claim", "claims", "independently",
                         "verified", "verify", "could"})
MOTIVE_WH = r"\bwhy\b"  # "why this happened" asks the motive: a topic of its own

# topics whose answers often concern someone else (another victim's death): the answer must share a word with
# the question
SAME_POINT_TOPICS = {"condition"}

# a count just before the settling words: "at least 15 died" settles no one person's condition
COUNT_BEFORE = r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|scores?)\s+(?:\w+\s+){0,2}$"

# "no one has been charged", "nobody has claimed responsibility": the step is still to be taken
NO_ONE = {"no one", "nobody", "noone"}
NO_ONE_VERBS = {"charge", "arrest", "identify", "detain", "claim", "name", "apprehend", "convict", "find", "hold",
                "take", "indict", "question"}

# "was still being sought", "police are searching for the weapon": someone or something not yet found
SEEK = {"seek", "search", "hunt"}

# "waiting to hear from the medical examiner", "are waiting for the autopsy results"
WAIT = {"wait", "await"}

# "multiple conflicting justifications": accounts that disagree
CONFLICT_ADJ = {"conflicting", "contradictory", "contradicting", "inconsistent"}

# "are now considering various options": a decision being weighed (the progressive: not yet taken)
WEIGHING = {"consider", "weigh", "mull", "evaluate", "explore", "debate"}

# "the former congressman allegedly sent ...": a claim not yet established
ALLEGED = {"allegedly", "supposedly", "purportedly"}
# an alleged act is a question the story leaves open ("Unclear: whether X sent ...") only when the article reports a
# denial or a dispute of it (write.disputed); else "allegedly" is the reporter's caution and the item says so
# ("Unconfirmed: X allegedly sent ...")
DISPUTE_VERBS = {"deny", "denial", "dispute", "insist", "refute", "contest", "reject", "contradict"}

# "doctors have some concerns with his blood levels", "allies voiced concern that ...": a worry still open
CONCERN_NOUNS = {"concern", "worry", "fear", "doubt", "skepticism", "scepticism"}
# "voiced skepticism at the idea that X": the worry is about the that-clause of the idea it names
IDEA_NOUNS = {"idea", "notion", "claim", "suggestion", "assertion", "contention"}
# "Sen. Ada Morrow, D-Ore., voiced ...": at most this many tokens of aside between a name and the verb it voices
VOICER_ASIDE = 5
IDEA_PREPS = {"at", "about", "over", "of", "toward", "towards"}
CONCERN_VERBS = {"have", "voice", "raise", "express", "remain"}
CONCERN_PREPS = {"with", "about", "over"}  # "concerns with his blood levels": what the worry is about
# "Unclear: whether to dart a predator ...": an infinitive question with no one named as asking it
SUBJECTLESS_ASK = re.compile(r"(?:whether|how|what|when|where) to \w+", re.I)
# ", with some saying he was holed up in a hotel in the city": an unsourced rumour hung on the unknown
RUMOUR_TAIL = re.compile(r",\s+with (?:some|others|many|a few|one)\b[^.;]*$", re.I)
# "concern that Pyongyang may be using the talks": the worry asked as "whether Pyongyang is using the talks"
GUESS_MODALS = {"may", "might", "could"}

# "likely to resume": a predicative hedge (not the attributive "the likely winner")
PREDICATIVE_HEDGE = {"likely"}

# "calls into question whether ...": a whether-clause under "call ... into question"
INTO_QUESTION = {"call", "bring", "throw", "put"}

# an answer must name what the question asks about: this many content words in common with the question's main
# clause (beyond the topic's own words and the time words); "his whereabouts were unclear on Saturday" is not
# answered by "15 died in the city"
ANSWER_SHARED = 1
TIME_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
                        "yesterday", "tonight", "morning", "afternoon", "evening", "night", "week", "month"})

# a speaker's own words left without their quotation marks: "I'll go", "We don't know yet"
FIRST_PERSON_START = r"^(?:if [^,]*,\s*)?(?:i|i'm|i'll|i've|i'd)\b"

# a negation the model may tag as punctuation (the curly "n’t")
NEGATION_WORDS = {"not", "n't", "n\u2019t", "never"}

# "may have been holed up", "might have caused": a guess about the past
MAY_HAVE = {"may", "might"}
# a guess is listed as unconfirmed, with who guesses it ("Unconfirmed: rebels may have been ..., a witness said")
UNCONFIRMED = "Unconfirmed: "

# --- written as an analyst lists an unknown (write.py) ---

# pronouns an item cannot show: it would lean on a sentence the briefing does not show ("They're unsure if
# he got off ...", "That appears highly unlikely"); a he/she subject is replaced by the person named before
LEANING_PRONOUNS = frozenset({"we", "us", "our", "i", "me", "my", "you", "your", "him"})
# these are fine after a noun in the same item ("whether the bank will claw back the millions it has paid")
# a leading "they" is the plural noun that says the sentence or the one the sentence before is about, when
# that subject is at most this many words ("Investigators", "State police")
ANTECEDENT_WORDS = 4
COLLECTIVE_PLURALS = frozenset({"police"})
BACK_PRONOUNS = frozenset({"it", "they", "them"})
# "We haven't yet heard a condition update of ...": the newsroom's voice, the unknown is its object
NOT_YET_REPORTED = "Not yet reported: "
SUBJECT_PRONOUNS = frozenset({"he", "she"})
POSSESSIVE_PRONOUNS = frozenset({"his", "her"})
PLURAL_POSSESSIVE = frozenset({"their", "its"})  # fine after a noun subject in the same item ("Police ... their")
DEICTIC = frozenset({"that", "this", "these", "those"})
# "why this might have happened": "this" as the subject of the unknown itself is the story's event
EVENT_DEICTIC = frozenset({"this"})

# inside a speaker's quotation only these cues name an unknown (the wh-clause, a hedge adjective); a quoted
# "We will never know", "the child does not know where ..." or "He may have gotten on a bus" is the speaker's
QUOTED_CUES = ("whether", "unclear", "uncertain", "unknown", "unsure", "not sure", "not clear", "not confident",
               "remains to be seen")
QUOTED_WH_GOVERNORS = FIND_OUT

# "no one has been charged", "no arrests have been made": the question the missing step leaves open, in
# front of the article's words; arrest and charge ask the same question (one item per question)
NO_ONE_QUESTION = "Will anyone be {verb}?"
NO_NOUN_QUESTIONS = {
    "arrest": "Will anyone be arrested?", "charge": "Will anyone be charged?", "suspect": "Who is the suspect?",
    "motive": "What was the motive?", "explanation": "What is the explanation?",
}
# "will decide whether to press charges", "whether a criminal charge is filed": the step's question (the same as
# NO_NOUN_QUESTIONS', so that both items ask it once)
WHETHER_QUESTIONS = {"charge": "Will anyone be charged?", "arrest": "Will anyone be arrested?",
                     "prosecute": "Will anyone be charged?", "indict": "Will anyone be charged?"}
# the verbs that take such a step as their noun ("press charges", "a charge is filed", "there are charges to be filed")
STEP_VERBS = {"file", "press", "bring", "lay", "seek", "make", "be"}
# two items with the same cue and first word ask the same thing when they share this many content words
SAME_UNKNOWN_SHARED = 1
SAME_QUESTION_WORDS = {"arrested": "charged", "detained": "charged", "apprehended": "charged", "held": "charged"}

# an allegation asks whether it is true: "Unclear: whether <the clause without the adverb>"
ALLEGED_WHETHER = "Unclear: whether {clause}"

# "conflicting justifications for the firing": the point in dispute, then the article's words
CONFLICT_POINT = "Unclear: the {noun} {rest}."
CONFLICT_PREPS = {"for", "about", "of", "over", "on"}

# "may have": a guess that is no open point when it is a rough count ("As many as 20 people may have been
# involved"), negated ("may not have intended to"), or conceded ("although X may have ...")
CONCESSIVE_MARKS = {"although", "though", "while", "even", "if"}
ESTIMATE_WORDS = {"many", "much", "few", "up", "least", "most", "about", "around", "nearly", "some"}

# "has yet to show any intention to ...": a criticism, not a step still to come
YET_TO_ASSERTIVE = {"show", "demonstrate", "display"}

# "remained in the dark over what happened", "were kept in the dark"
DARK_VERBS = {"remain", "be", "keep", "leave", "stay"}

# "will be decided", "will be hammered out": a decision still to come (the particle a phrasal verb needs)
LATER_DECIDED = {"decide": "", "determine": "", "finalize": "", "finalise": "", "settle": "", "hammer": "out",
                 "work": "out", "thrash": "out", "iron": "out"}

# "The judge will sentence him Aug. 28", "is due to be sentenced": a sentence still to come, listed as its point
LATER_SENTENCED = {"sentence"}
DUE_TO = {"due", "schedule", "set", "expect"}
SENTENCE_POINT = "Unclear: the sentence. "
# developments' stand_alone may name a leading pronoun more boldly than this section does: its text is taken only when
# its first words are the sentence's own
STAND_ALONE_KEPT = 3
# a name in apposition to "his son" is a person's unless the model calls it one of these
NOT_PERSON_ENTS = frozenset({"ORG", "DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT"})
# a him/her it names only when one person is named before (see one_antecedent)
OBJECT_PERSONS = frozenset({"him", "her"})

# "activists fear Obama will make a deal ...": a worry about what may still come (the feared clause's will/modal)
FEAR_VERBS = {"fear", "worry"}
FEARED_MODALS = {"will", "would", "may", "might", "could"}
# "Some accuse the state of deploying mercenaries": a charge that no one named makes
ACCUSE = {"accuse", "allege"}
UNNAMED_ACCUSERS = {"some", "many", "others", "critic", "activist", "resident", "opponent", "witness", "rumor", "rumour"}

# "the reason will remain unknown" says nothing alone: the sentence's wh-clause says which reason
VAGUE_SUBJECTS = {"reason", "cause", "motive", "answer", "question", "truth", "detail", "details"}

# "would not speculate whether ...": a refusal to guess; the item is the unknown, then who would not guess
SPECULATE = ("not speculate",)

# a live page adds each UPDATE at the top: text above an UPDATE line answers what the older text below still asks
UPDATE_MARK = "UPDATE"

# figures for different spans of time ("3 dead in weekend shootings", "a violent night leaves 2 dead") count
# different things, not a dispute between reports
SCOPE_WORDS = {"weekend": "weekend", "overnight": "night", "night": "night", "tonight": "night", "week": "week",
               "month": "month", "year": "year", "today": "day", "yesterday": "day"}

PRIORITY = ("yet to", "not yet", "no one", "not ", "decline", "refuse", "remains to be seen", "whether", "no ")
# fmt: on

# a he/she/his/her is named only when one person is named in the sentence and this many sentences before it
ANTECEDENT_SENTENCES = 3
# the gender of a he/she/his/her, matched against a person noun ("the son") the sentence before has as its subject
PRONOUN_GENDERS = {"he": "male", "his": "male", "him": "male", "she": "female", "her": "female"}

# "Russia, however, has not confirmed ...": a connective set off after the item's first words leans on the sentence
# before as a leading one does; it is cut (the words before it: at most this many, with no comma)
INNER_CONNECTIVE = re.compile(r"^((?:[^,\s]+\s+){0,5}[^,\s]+),\s+(?:however|meanwhile|moreover|nevertheless|nonetheless|"
                              r"though|in turn|in addition|by contrast|in contrast|instead|too),\s+", re.IGNORECASE)

# "Further details about the incident are unclear": a bare "the incident" leans on the sentence that told it (a page
# may tell several); placed as the nearest of the PLACE_SENTENCES sentences before it places it, after one of
# PLACE_PREPS, a street or block (PLACE_HEADS) or a named place, in at most PLACE_MAX words (extract.placed_event)
GENERIC_EVENTS = ("incident",)
PLACE_SENTENCES = 3
PLACE_PREPS = {"on", "at", "in"}
PLACE_HEADS = {"block", "street", "road", "avenue", "lane", "drive", "boulevard", "highway", "intersection"}
PLACE_MAX = 10

# --- an open question whose sentence a shown development already tells (merge.open_part) ---
# the item says only what is open: these openings already do ("Unclear: where ...", "Will anyone be charged?")
ASKING_OPENERS = ("Unclear: ", "Not yet reported: ", "Of concern to ", "How many ", "Will ", "Who ", "What ")
# a development tells the item when this share of the item's content words is in the development's text
TOLD_SHARE = 0.8
# "X ran off and was still being sought", "the suspect remains at large": asked as where that person is
WHEREABOUTS_CUES = ("still sought", "at large")
# "The precise number of athletes will be hammered out ...": asked as what is still to be decided
DECIDED_LATER = re.compile(r"^(?P<what>.+?) (?:will|would) (?:still )?be \w+(?: out)?\b", re.IGNORECASE)
# "the family remained in the dark over what happened": asked as the wh-clause they are not told
DARK_ABOUT = re.compile(r"\bin the dark (?:over|about|on|as to) (?P<what>(?:what|why|how|who|where|when|whether)\b.+)$",
                        re.IGNORECASE)
# "Unclear: the sentence. The judge will sentence Dana Roe May 4" told by the development "The judge will sentence
# Dana Roe May 4": what is open is the sentence that person gets, asked as SENTENCE_ASKED with the name the words after
# the verb give ("sentence Dana Roe", "Dana Roe will be sentenced"); with no name found, the whole item is the
# development's words and is not shown again
_WHEN_WORD = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|"
              r"Saturday|Sunday|Next|This|Last)")
# one word of a name: capitalised, not a month or day ("Aug. 28", "May 4"), not cut by a dot unless an initial
_NAME_PART = rf"(?:(?!{_WHEN_WORD}\b)[A-Z][a-z\u2019'-]+(?![.\w])|[A-Z]\.)"
SENTENCED_WHO = re.compile(rf"\bsentence (?P<after>{_NAME_PART}(?: {_NAME_PART})+)"
                           rf"|(?P<before>{_NAME_PART}(?: {_NAME_PART})+)(?:, \d{{1,3}},)? "
                           r"(?:is|was|will be|would be|is due to be|is scheduled to be|is set to be|is expected to be) "
                           r"(?:due to be )?sentenced\b")
SENTENCE_ASKED = "Unclear: what sentence {who} will get"
# a person's name in the item's words (two or more capitalised words), the first one after the item's first word
NAME = re.compile(r"(?<=[\s,(])(?:[A-Z][a-z\u2019'.-]+)(?: (?:[A-Z][a-z\u2019'.-]+|[A-Z]\.))+")
# "police in New York": a name after one of these is a place, not the one sought
PLACE_BEFORE = re.compile(r"\b(?:in|at|of|from|near|to|outside)\s+$", re.IGNORECASE)
# "The suspect remains at large": the one sought named by a short "the ..." subject
SOUGHT_SUBJECT = re.compile(r"^the (?P<who>(?:[a-z-]+ ){0,2}[a-z-]+?) (?:remains?|is|was|were|are|has|had|ran|fled)\b",
                            re.IGNORECASE)
# "Weiner, 51, who's married to ..., allegedly sent": the aside after the subject is the development's, not the question's
ASIDE = re.compile(r"^(?P<who>[^,]+?)(?:, \d{1,3},)?(?:,? (?:who|which)[\u2019']?s? [^,]+,)? (?=\S)")
# "Details of the promised cooperation were unclear" beside "Kerry did not specify other steps agreed to": both ask
# what was agreed, one gap (merge.one_per_agreement). An item asks it when it is about details left untold
# (DETAIL_UNKNOWN) and names an agreement (AGREEMENT_WORDS, as similar.content_words stems them)
DETAIL_UNKNOWN = re.compile(r"\b(?:details?|specif(?:y|ied|ics)|elaborat(?:e|ed)|spell(?:ed)? out)\b", re.IGNORECASE)
AGREEMENT_WORDS = frozenset({"promis", "agre", "agreement", "pledg", "pledge", "commit", "commitment", "deal", "accord",
                             "cooperation"})
# "whether the board would feel the same": leans on a view told before; named from the nearest "<X> thinks <view>"
# of the same person in the ANTECEDENT_SENTENCES before (write.same_view), else the item is dropped
SAME_VIEW = re.compile(r"\b(?:feel|think|believe|see it) the same(?: way)?\b", re.IGNORECASE)
OPINION_VERBS = frozenset({"think", "believe", "feel"})

# "some accuse the state of deploying mercenaries": a state that the sentence does not name (no country or people in
# it): the country the sentence before or the article's first STATE_LEAD sentences name, the one the article names
# most (with its people: "Libya" and "Libyans"), when it is named more than STATE_STANDS_OUT times as often as the next, written after it ("the state
# (Libya)"); else the item goes (write.named_state)
UNNAMED_STATES = frozenset({"state", "regime"})
STATE_NAMERS = frozenset({"GPE", "NORP"})
STATE_LEAD = 3
STATE_STANDS_OUT = 1.25

# --- boilerplate unknowns written as the question they imply (write.py implied_question) ---
# "Investigators are waiting to hear more from the medical examiner": what the awaited one will report
AWAITED_FROM = "Unclear: what {source} will report ({who} waiting to hear more)"
# the item's words before the waiting verb: its subject as written, with the verb's auxiliary ("Investigators are")
AWAITING_SUBJECT = re.compile(r"^(?P<who>[^,;:]+?(?: (?:are|is|were|was|remain|remains)(?: still)?)?) (?=(?:waiting|awaiting)\b)")
AWAITED_THING = "Unclear: what {thing} will show ({who} {verb} {pronoun})"
# "The circumstances surrounding the shooting are under investigation": the aspect is the unknown
UNKNOWN_ASPECTS = frozenset({"circumstance", "circumstances", "cause", "detail", "details", "motive", "reason",
                             "origin", "nature", "extent"})
# "The shooting is under investigation": an event, whose circumstances are the unknown
EVENT_NOUNS = frozenset({"shooting", "crash", "death", "deaths", "fire", "incident", "killing", "killings",
                         "collision", "explosion", "attack", "stabbing", "accident", "blast", "collapse",
                         "drowning", "derailment", "homicide", "outbreak"})
UNDER_ASPECT = "Unclear: {aspect} ({state})"
UNDER_EVENT = "Unclear: the circumstances of {event} ({state})"
# "Further details about the incident are unclear as police continue to investigate": the cue adjectives whose
# aspect subject is written as the unknown, with the clause that says why in brackets
UNCLEAR_CUES = frozenset({"unclear", "unknown", "not clear", "not known"})
WHY_MARKS = frozenset({"as", "while", "because", "pending", "until"})
# a bare "the attack" is told by a shown development only in the singular ("attacks in India" is a record, not it),
# except words whose plural still tells the one event ("shots were fired", "the deaths of two men")
PLURAL_TELLS = frozenset({"shot", "death", "gunmen", "explo"})
# "The parks service is now considering various options, including returning the lion ...": which it will take
WEIGHED_OPTIONS = re.compile(
    r"^(?P<who>[^,;:]+?) (?:is|are|was|were) (?:now |still )?(?:considering|weighing|mulling|reviewing|studying) "
    r"(?:various |several |many |a number of |a range of |its |their |the |possible |different )*"
    r"(?:options|alternatives|choices|scenarios),? (?:including|such as) (?P<options>.+)$")
WEIGHED_QUESTION = "Unclear: which option {who} will take ({options})"
# a reporter's aside between dashes inside the options ("— an apparent reference to livestock it may kill —")
DASH_ASIDE = re.compile(r"\s+[\u2014\u2013]\s+[^\u2014\u2013]+?\s+[\u2014\u2013]\s+")
