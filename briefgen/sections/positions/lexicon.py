"""Positions' word lists: stance verbs, adjectives and nouns, and the grammar sets the rules read."""
from __future__ import annotations

from briefgen.extract.lexicon import REPORTING_VERBS

# fmt: off
# Verbs of belief, intent and stance that cue a position beyond THE reporting verbs.
STANCE_CUES = frozenset({
    "accept", "advocate", "aim", "anticipate", "appeal", "applaud", "back", "believe", "blame", "brag",
    "challenge", "champion", "cite", "commit", "concur", "consider", "contemplate", "contest", "count",
    "decide", "decry", "defend", "deplore", "disclose", "dismiss", "dispute", "doubt", "endorse",
    "estimate", "expand", "expect", "express", "favor", "favour", "fear", "feel", "find", "forecast",
    "guarantee", "highlight", "hint", "hope", "imply", "indicate", "intend", "justify", "lambaste",
    "mention", "notice", "object", "offer", "oppose", "order", "plan", "play", "plead", "prefer",
    "press", "propose", "push", "query", "question", "reaffirm", "rebuff", "recognise", "recognize",
    "recommend", "refuse", "reject", "request", "resist", "reveal", "ridicule", "rubbish", "rule",
    "seek", "settle", "show", "signal", "speak", "support", "suspect", "swear", "talk", "think",
    "trash", "unveil", "veto", "vote", "vouch", "want", "wish", "denounce", "reaffirm", "renew", "voice",
    "attack",  # only "attacked X as Y" (PREP_OK): "insurgents attacked the convoy" is no stance
})
# Verbs that report speech or belief: stance "states" unless the complement says more.
REPORTING = REPORTING_VERBS | STANCE_CUES

# Stance by lemma (or lemma + particle); anything else in REPORTING "states".
STANCE = {
    "reject": "rejects", "dismiss": "rejects", "rule out": "rejects", "refuse": "rejects", "rebuff": "rejects",
    "dispute": "rejects",
    "demand": "demands", "call for": "demands", "call on": "demands", "urge": "urges", "request": "demands", "plead": "urges",
    "appeal": "urges", "order": "demands",
    "offer": "offers", "pledge": "promises", "promise": "promises", "commit": "promises", "vow": "promises",
    "propose": "proposes", "suggest": "proposes", "recommend": "proposes", "advise": "proposes",
    "unveil": "proposes",
    "deny": "denies",
    "confirm": "confirms", "affirm": "confirms", "reaffirm": "confirms", "acknowledge": "confirms",
    "admit": "confirms", "concede": "confirms",
    "warn": "warns", "threaten": "warns", "caution": "warns", "fear": "warns",
    "support": "supports", "back": "supports", "endorse": "supports", "favor": "supports",
    "favour": "supports", "agree": "supports", "accept": "supports", "praise": "supports",
    "hail": "supports", "welcome": "supports",
    "oppose": "opposes", "criticize": "opposes", "criticise": "opposes", "condemn": "opposes",
    "slam": "opposes", "deplore": "opposes", "decry": "opposes", "accuse": "accuses", "blame": "accuses",
    "seek": "wants", "want": "wants", "hope": "wants", "wish": "wants", "aim": "wants", "intend": "wants",
    "plan": "wants", "prefer": "wants",
    "trash": "opposes", "rubbish": "rejects", "play down": "rejects", "lambaste": "opposes", "blast": "opposes",
    "attack": "accuses", "mock": "opposes", "ridicule": "opposes", "challenge": "opposes", "contest": "rejects",
    "veto": "rejects", "block": "opposes", "resist": "opposes", "champion": "supports", "advocate": "supports",
    "push for": "demands", "press for": "demands", "defend": "supports", "applaud": "supports",
    "tout": "supports", "guarantee": "promises", "assure": "promises", "reassure": "promises", "swear": "states", "vouch": "supports",
    "denounce": "opposes", "insist": "insists", "maintain": "insists", "assert": "insists", "argue": "argues",
    "contend": "argues",
}

# Verbs of firm assertion: what they report is the speaker's stance whatever its content ("officials
# insist the man did it", "the lawyer argues the shooting was an accident").
ASSERTIVE = frozenset({"insist", "argue", "contend", "maintain", "assert", "allege", "swear", "make clear"})
# Speakers who tell the facts of a case (police, coroners, investigators): what they report is a fact
# for key developments, a position only through a stance verb ("the sheriff urged residents to ...").
FACT_TELLERS = frozenset({
    "police", "sheriff", "detective", "detectives", "officer", "sergeant", "sgt", "lieutenant", "lt",
    "trooper", "troopers", "coroner", "investigator", "investigators", "examiner", "patrol", "constable",
    "dispatcher", "deputies", "marshal", "investigation", "investigations", "homicide", "captain", "precinct",
})
# Verbs by which a subject puts out a statement of its own ("X released a statement saying ...").
ISSUE_VERBS = frozenset({"release", "issue", "publish", "send", "post", "put", "make", "give", "deliver", "write"})
# Speakers whose reported claims are their side's case, whatever their content: counsel for a party.
ADVOCATES = frozenset({"attorney", "attorneys", "lawyer", "lawyers", "counsel", "defender", "prosecutor",
                       "prosecutors"})

# Adjectives after "be" that carry a stance ("was critical of", "is confident that").
ADJ_STANCE = {
    "critical": "opposes", "skeptical": "opposes", "sceptical": "opposes", "wary": "warns", "opposed": "opposes",
    "supportive": "supports", "confident": "states", "optimistic": "states", "pessimistic": "states",
    "adamant": "states", "open": "offers", "ready": "offers", "willing": "offers", "unwilling": "rejects",
    "reluctant": "rejects", "eager": "wants", "keen": "wants", "determined": "wants", "concerned": "warns",
    "worried": "warns", "convinced": "states", "sure": "states", "certain": "states", "clear": "states",
    "hopeful": "wants", "firm": "states", "insistent": "demands", "doubtful": "states",
}

# Nouns of statement owned by an actor ("X's claim that ...", "X's call for ...").
NOUN_STANCE = {
    "claim": "states", "accusation": "accuses", "assertion": "states", "argument": "states",
    "insistence": "demands", "demand": "demands", "call": "demands", "proposal": "proposes", "plan": "proposes",
    "pledge": "promises", "promise": "promises", "vow": "promises", "warning": "warns", "suggestion": "proposes",
    "statement": "states", "announcement": "states", "offer": "offers", "refusal": "rejects",
    "rejection": "rejects", "threat": "warns", "denial": "denies", "allegation": "accuses",
    "criticism": "opposes", "endorsement": "supports", "request": "demands", "appeal": "urges",
    "position": "states", "view": "states", "belief": "states", "opposition": "opposes", "support": "supports",
    "dismissal": "rejects", "recommendation": "proposes", "remarks": "states", "comments": "states",
    "denunciation": "opposes",
}

# Statement nouns that stay their owner's even inside what another reports ("Biden said Trump's
# accusation that ... had imperiled troops": the accusation is Trump's).
SPEECH_NOUNS = frozenset({
    "claim", "accusation", "assertion", "argument", "insistence", "demand", "call", "proposal", "pledge",
    "promise", "vow", "warning", "suggestion", "threat", "denial", "allegation", "criticism", "request",
    "appeal", "refusal", "rejection", "denunciation",
})
# Words that make a stance noun someone else's claim about its owner.
HEDGES = frozenset({"alleged", "reported", "suspected", "purported", "rumored", "rumoured", "supposed"})

# "expressed readiness / concern / support ...": the object names the stance.
EXPRESSED = {
    "readiness": "offers", "willingness": "offers", "openness": "offers", "concern": "warns",
    "concerns": "warns", "alarm": "warns", "fear": "warns", "fears": "warns", "support": "supports",
    "solidarity": "supports", "hope": "wants", "desire": "wants", "interest": "wants",
    "opposition": "opposes", "doubt": "states", "doubts": "states", "skepticism": "opposes",
    "scepticism": "opposes", "regret": "states", "confidence": "states", "frustration": "opposes",
}

# Verbs whose bare object is already a position ("offered its venue", "rejected calls for ...").
OBJECT_OK = {
    "reject", "dismiss", "rule", "refuse", "rebuff", "dispute", "demand", "call", "urge", "request", "offer",
    "pledge", "promise", "propose", "suggest", "recommend", "unveil", "deny", "confirm", "affirm", "reaffirm",
    "acknowledge", "admit", "warn", "threaten", "support", "back", "endorse", "favor", "favour", "accept",
    "praise", "hail", "welcome", "oppose", "criticize", "criticise", "condemn", "slam", "deplore", "decry",
    "accuse", "blame", "seek", "want", "announce", "stress", "emphasize", "emphasise", "reiterate",
    "express", "prefer", "question", "doubt", "underline", "underscore", "highlight", "predict",
    "forecast", "describe", "reveal", "disclose", "vow", "order", "advise", "plan", "intend", "expect",
    "trash", "rubbish", "contemplate", "tout", "cite", "play", "mention", "consider", "defend",
    "applaud", "lambaste", "blast", "mock", "ridicule", "challenge", "contest", "veto", "resist", "champion",
    "advocate", "guarantee", "recognize", "recognise", "query", "justify", "answer", "counter", "recall", "repeat",
    "denounce", "renew", "voice",
}

# Verbs whose prepositional complement is the position ("called for", "spoke about", "agreed to").
PREP_OK = {
    "call": {"for", "on"}, "agree": {"to", "with", "on"}, "warn": {"of", "against", "about"},
    "insist": {"on"}, "vote": {"for", "against"}, "argue": {"for", "against"}, "plead": {"for", "with"},
    "appeal": {"for", "to"}, "hope": {"for"}, "wish": {"for"}, "speak": {"about", "of", "on", "against", "out"},
    "talk": {"about", "of"}, "respond": {"to"}, "count": {"on"}, "push": {"for"}, "press": {"for"},
    "expand": {"on"}, "elaborate": {"on"}, "vouch": {"for"}, "advocate": {"for"}, "complain": {"about", "of"},
    "boast": {"about", "of"}, "brag": {"about"}, "comment": {"on"}, "decide": {"on", "against"},
    "settle": {"on"}, "object": {"to"}, "commit": {"to"}, "aim": {"for", "at"}, "concur": {"with"},
    "attack": {"as"},
}

# Verbs that need a clause after them to report anything ("said on Tuesday" alone is no position).
CLAUSE_DEPS = {"ccomp", "xcomp", "parataxis"}

OBJECT_DEPS = {"dobj", "attr", "oprd", "dative"}

INHERIT_DEPS = {"advcl", "conj", "xcomp", "pcomp"}

PRONOUN_PEOPLE = {"he", "she", "his", "her"}

MAX_TEXT_TOKENS = 70

HEAD_NOUN_DEPS = {"compound", "flat", "appos", "nmod"}

ROLE_NOUNS = {
    "spokesman", "spokeswoman", "spokesperson", "official", "officials", "aide", "aides", "adviser", "advisers",
    "advisor", "advisors", "member", "members", "leader", "leaders", "head", "chief", "director", "minister",
    "president", "secretary", "representative", "representatives", "campaign", "team", "administration",
    "government", "office", "ministry", "spokespeople", "lawyer", "lawyers", "attorney", "attorneys",
    "chairman", "chairwoman", "ambassador", "envoy", "counsel", "staff", "staffer", "staffers", "allies",
    "ally", "camp", "party", "department", "embassy", "commander", "general",
    "military", "army", "forces", "delegation", "negotiator", "negotiators", "source", "sources",
}

# Statement nouns whose prepositional phrase is their content ("call for X", "rejection of X").
NOUN_PREPS = {
    "call": {"for"}, "demand": {"for"}, "proposal": {"for", "to"}, "plan": {"for", "to"}, "request": {"for"},
    "appeal": {"for"}, "support": {"for"}, "opposition": {"to"}, "endorsement": {"of"},
    "criticism": {"of"}, "rejection": {"of"}, "dismissal": {"of"}, "denial": {"of"}, "offer": {"of"},
    "pledge": {"of"}, "promise": {"of"}, "warning": {"of", "against", "about"}, "threat": {"of", "against"},
    "refusal": {"of"}, "insistence": {"on"}, "recommendation": {"for", "of"}, "remarks": {"on", "about"},
    "comments": {"on", "about"}, "position": {"on"}, "view": {"on", "of"}, "accusation": {"against", "of"},
}

COPULAS = {"be", "appear", "seem", "remain", "sound", "look"}
# fmt: on

# fmt: off
# --- what makes a reported statement a stance (issue 11, item 1) ---------------------------------
# Modal verbs that make a claim about what should or must be done ("X said Y must go").
STANCE_MODALS = frozenset({"should", "must", "ought", "shall", "need", "cannot", "can't"})
# ... of these, laid in a quotation on another ("You should resign", "the party must ..."): a demand.
DEMAND_MODALS = frozenset({"should", "must", "ought"})
# "need to", "have to": obligation through a verb and its infinitive.
OBLIGATION_VERBS = frozenset({"need", "have"})
# Modals of commitment: a stance when the speaker is the one who will act ("we will", "he would").
COMMIT_MODALS = frozenset({"will", "would", "'ll", "wo"})
# Modals of possibility: a stance when their subject is the speaker's own side ("Washington could help").
SIDE_MODALS = frozenset({"could", "can", "may", "might"})
# In a direct quotation only a first-person "will" commits ("We will rebuild"); "I would be devastated"
# is a hypothetical, and "I don't know" no denial.
QUOTE_COMMIT_MODALS = frozenset({"will", "'ll", "wo", "shall"})
QUOTE_SPEAKER_SUBJECTS = frozenset({"i", "we"})
# Verbs of knowing and perceiving: "I don't know", "we didn't see" deny nothing.
NOT_DENIALS = frozenset({
    "know", "think", "remember", "understand", "see", "believe", "recall", "mean", "care", "hear", "feel",
    "want", "expect", "have", "be", "get", "go", "make", "say", "tell", "look", "seem", "need", "like",
    "imagine", "wonder", "guess",
})
# Verbs of knowing and feeling: "we will never know", "I will remember his smile" commit to nothing.
COGNITION = frozenset({
    "know", "think", "remember", "understand", "see", "believe", "recall", "mean", "care", "hear", "feel",
    "miss", "wonder", "learn", "find", "forget", "imagine", "guess", "love",
})
# Subjects of a committing modal that stand for the speaker.
SPEAKER_SUBJECTS = frozenset({"i", "we", "he", "she", "they"})
# Evaluative words: a claim about what is right, wrong, needed or dangerous.
EVALUATIVE = frozenset({
    "wrong", "right", "unacceptable", "acceptable", "important", "necessary", "unnecessary", "essential",
    "vital", "crucial", "dangerous", "ridiculous", "absurd", "outrageous", "unfair", "fair", "illegal",
    "legitimate", "illegitimate", "better", "best", "worse", "worst", "terrible", "horrible", "horrifying",
    "disgraceful", "shameful", "irresponsible", "reckless", "unjust", "just", "appropriate", "inappropriate",
    "unprecedented", "disastrous", "catastrophic", "unqualified", "qualified", "unfit", "fit", "corrupt",
    "false", "untrue", "nonsense", "mistake", "disgrace", "failure", "threat",
    "priority", "responsibility", "duty", "lie", "lies", "silly", "stupid", "crazy", "safe", "unsafe",
    "significant", "meaningful", "welcome", "regrettable", "deplorable", "excellent", "great", "bad",
    "good", "opportunity", "step", "progress", "victory", "defeat", "hope", "solution", "impossible",
    "scam", "fraud", "hoax", "positive", "negative", "harmful", "helpful",
    "unreliable", "misleading", "myth", "malarkey", "stretch", "baloney", "garbage", "disaster", "insult",
    "outrage", "choice", "violation", "crime",
})
# "It is (not) the time to ...": a call for (or against) an act, when the noun has an infinitive.
TIME_NOUNS = frozenset({"time", "moment"})
# Verbs of a first-person wish in a quotation: "we would like the truth", "I'd love to see ...".
WISH_VERBS = frozenset({"like", "love", "prefer"})
WISH_MODALS = frozenset({"would", "'d"})
# Verbs of a first-person belief in a quotation ("I believe North Korea wants ..."), and nouns of one
# ("Our belief is that ...").
BELIEF_VERBS = frozenset({"believe"})
BELIEF_NOUNS = frozenset({"belief", "view", "position", "conviction", "hope", "goal", "aim", "message"})
FIRST_PERSON_OWNERS = frozenset({"my", "our"})
# Objects of a light verb whose evaluative adjective is the claim ("would have a significant meaning").
LIGHT_VERBS = frozenset({"have", "make", "be"})
# Pronouns that stand for an organisation or a group of speakers ("Georgia Power said it will ...").
GROUP_SUBJECTS = frozenset({"it", "they", "we"})
# Stance verbs whose presence inside the reported words makes them a stance.
CONTENT_STANCE = frozenset({
    "want", "seek", "reject", "refuse", "oppose", "support", "demand", "urge", "blame", "deny", "intend",
    "plan", "hope", "prefer", "welcome", "condemn", "insist", "vow", "promise", "pledge", "threaten",
    "warn", "accept", "back", "favor", "favour", "fight", "agree", "disagree", "apologize", "apologise",
    "regret", "commit", "confirm", "denounce", "condemn", "guarantee", "consider", "weigh",
})
# Speech-verb lemmas of a quotation, as the position's reading verb (a subject-less clause reads with it).
PAST_TENSE = {
    "say": "said", "tell": "told", "speak": "spoke", "write": "wrote", "think": "thought", "seek": "sought",
    "hold": "held", "make": "made", "give": "gave", "take": "took", "feel": "felt", "find": "found",
    "mean": "meant", "lead": "led", "put": "put", "set": "set", "keep": "kept", "leave": "left",
    "bring": "brought", "buy": "bought", "stand": "stood", "understand": "understood", "swear": "swore",
    "rule": "ruled", "offer": "offered", "admit": "admitted", "commit": "committed", "regret": "regretted",
    "refer": "referred", "prefer": "preferred", "plan": "planned", "omit": "omitted", "submit": "submitted",
}
# Words of a quotation of at least this many words can be a position of its speaker.
MIN_QUOTE_WORDS = 5
# A quotation continued after its attribution in the same paragraph ("“There's a myth that he will help
# you,” she said. “Don't believe it.”") is one statement: the position quotes both parts while together
# they stay within this many words, so that its "it" and "he" and what it rejects stay with it.
CONTINUATION_MAX_WORDS = 45
# Words by which the continuation refers back to the part before it ("Don't believe it", "This guy doesn't
# care"), within its first CONTINUATION_LEAD words: only then does it belong with that part.
BACK_REFERENCES = frozenset({"it", "this", "that", "he", "she", "they", "these", "those", "him", "her", "them"})
CONTINUATION_LEAD = 4
# Ranking across articles (issue 11, item 4): how much each signal weighs.
STANCE_WEIGHT = {"explicit": 3.0, "content": 2.0, "quote": 2.5}
SUPPORT_WEIGHT = 1.0  # per further article reporting the same stance
PROMINENCE_WEIGHT = 0.5  # per log2 of the actor's positions across the articles
SPEAKS_FOR_WEIGHT = 0.5  # an actor who speaks for a party (a country, or a title or apposition names it)
# fmt: on

# fmt: off
# Articles off the story (issue 11): in a unit of at least this many articles, one that shares no name
# (a capitalised word inside a sentence) with any other article, while the others share names among
# themselves, is about another story; its positions are not the story's.
OFF_STORY_MIN_ARTICLES = 3
# Words capitalised inside a sentence that name nothing ("I", weekdays and months say nothing of the story).
NOT_NAMES = frozenset({
    "the", "and", "but", "this", "that", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "mr", "mrs", "ms", "dr", "sen", "rep", "gov",
})
# Ranking (issue 11, item 4): each further item of a party costs this much weight, so that the parties
# take turns while a party's strong stance still comes before another party's weak one.
TURN_COST = 1.0
# Adverbs by which one tells one's own act as no fault of one's own ("he told detectives the gun went off
# accidentally"): the teller's defence, a stance, where the same words from police are the facts of the case.
EXCULPATORY = frozenset({"accidentally", "unintentionally", "inadvertently", "mistakenly", "unknowingly"})
# Cues of intent or acknowledgement that weigh as a reported stance, not as a stance verb: plans and
# agreements are as often logistics ("officials plan to visit the sites next week").
WEAK_CUES = frozenset({"plan", "intend", "expect", "agree", "acknowledge", "admit", "announce", "confirm", "aim"})
# fmt: on

# fmt: off
# --- not stances (issue 11, item 1; the judges' NOT-POSITION and CUE-WRONG rows) -----------------------
# Objects of praise that make it a tribute to people, not a stance on the story's issues ("praised the
# courage of the children who tried to save their friend").
TRIBUTE_OBJECTS = frozenset({
    "courage", "bravery", "heroism", "sacrifice", "memory", "life", "spirit", "strength", "resilience",
    "service", "dedication", "kindness", "compassion", "professionalism", "response", "quick",
})
# Verbs after "want to", "wish to", "seek to" that make the sentence a remark or a gesture, not a want:
# "wanted to remind people that ...", "wishes to thank ...", "wants the world to know ...".
NOT_WANTED = frozenset({
    "remind", "thank", "say", "tell", "express", "share", "note", "point", "let", "mention", "add",
    "acknowledge", "stress", "emphasize", "emphasise", "clarify", "explain", "make",
})
# Verbs of trying: "sought to play down X", "tried to reassure X" report an act; the stance (if any) is
# the infinitive's.
TRY_VERBS = frozenset({"seek", "try", "attempt", "aim", "strive"})
# Evaluative words that describe a person rather than a course of action: with "he"/"she"/"I" as their
# subject in a quotation they are a tribute or a character remark ("He's a really good guy"), not a stance.
CHARACTER_WORDS = frozenset({
    "good", "great", "best", "better", "bad", "worse", "worst", "safe", "fit", "strong", "right", "wrong",
})
# Adjectives of "hold X responsible": the speaker blames X.
BLAME_ADJECTIVES = frozenset({"responsible", "accountable", "liable"})
# Verbs of what is owed or deserved: "they deserve someone who ...", a normative claim.
NORMATIVE_VERBS = frozenset({"deserve", "merit", "owe"})
# Adverbs of narrative sequence that leave a position dangling ("Warren then accused ...", "Kerry also
# announced ..."): left out of the position's text, which reads alone without them.
SEQUENCE_ADVERBS = frozenset({"then", "also", "too", "later", "again", "meanwhile", "further", "however", "likewise"})
# Determiners of a subject that point back to someone named before ("Another senior official, X, ...").
BACK_DETERMINERS = frozenset({"another", "other"})
# Demonstratives that make a complement point back to what the article said before ("played down those
# allegations"): such a position does not stand alone.
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
# Subjects of a quotation's "have to" / "can't" / character word that speak of a person, not of a course
# of action ("I have to go", "he has to get up", "I can't make any statements", "she was strong").
PERSONAL_SUBJECTS = frozenset({"i", "he", "she"})
# Verbs besides the copulas whose adjective complement evaluates their subject ("it proved wrong").
LINKING_VERBS = frozenset({"become", "prove", "stay", "grow"})
# Infinitives after "it's time to" that mourn or leave rather than call for an act ("It's time to go",
# "a perfect time to come together and remember her").
NOT_CALLS = frozenset({"go", "come", "leave", "grieve", "mourn", "remember", "heal", "pray", "celebrate", "say"})
# Nouns of "have the right to ...": a claim of what is due.
ENTITLEMENTS = frozenset({"right", "duty", "obligation", "responsibility"})
# A stance noun owned by its actor reads as the actor's verb ("Hillary Clinton's vow to go after ..." ->
# "Hillary Clinton vowed to go after ..."), so that the position is a sentence, not a noun phrase.
NOUN_VERBS = {
    "claim": "claimed", "accusation": "alleged", "allegation": "alleged", "assertion": "asserted",
    "argument": "argued", "insistence": "insisted", "demand": "demanded", "call": "called",
    "proposal": "proposed", "plan": "planned", "pledge": "pledged", "promise": "promised", "vow": "vowed",
    "warning": "warned", "suggestion": "suggested", "offer": "offered", "refusal": "refused",
    "rejection": "rejected", "threat": "threatened", "denial": "denied", "criticism": "criticized",
    "endorsement": "endorsed", "request": "requested", "appeal": "appealed", "opposition": "opposed",
    "support": "supported", "dismissal": "dismissed", "recommendation": "recommended",
    "denunciation": "denounced",
}
# The noun's prepositions the verb keeps ("call for" -> "called for"); any other is left out, the verb
# taking its object directly ("dismissal of the idea" -> "dismissed the idea").
NOUN_VERB_PREPS = {
    "call": {"for", "on"}, "appeal": {"for", "to"}, "warning": {"of", "against", "about"}, "insistence": {"on"},
}
# Object pronouns of a position's verb that are read as the person they stand for ("Trump attacked her
# as ..." -> "... attacked Hillary Clinton as ..."); a position whose pronoun stands for no one is not shown.
OBJECT_PRONOUNS = frozenset({"him", "her"})
# Conjunctions opening a quotation that leave a stance quoted alone dangling ("But I would like ..."):
# the position quotes the words after them.
LEADING_CONJUNCTIONS = frozenset({"But", "And", "So", "Or", "Yet"})
# Verbs whose object predicate is the speaker's evaluation ("called the report outrageous"); "piss so
# bad" evaluates nothing.
ASCRIBING_VERBS = frozenset({
    "call", "consider", "find", "deem", "declare", "label", "brand", "term", "make", "think", "judge",
    "rule", "describe", "dub",
})
# Verbs by which a quoted main clause draws a conclusion from evidence ("Today's vote shows that the
# reform can pass"): the speaker's argument, shown as such, never a bare statement with no label.
EVIDENTIAL_VERBS = frozenset({"show", "prove", "demonstrate", "confirm", "illustrate", "underscore", "underline"})
# "No nominee has been less prepared than X", "nobody is less fit than X": a subject no one and a
# comparative of lack against a named person: the speaker's verdict against that person.
NOBODY_DETERMINERS = frozenset({"no", "nobody", "none"})
LACK_COMPARATIVES = frozenset({"less", "fewer"})
# Verbs of giving whose object noun is the stance ("offered her firmest promise", "issued a warning").
OFFERED_NOUNS = frozenset({"offer", "make", "give", "issue", "deliver", "repeat", "renew", "reiterate"})
# Subordinators of "X won't happen until/unless Y": a claim of what must happen first.
CONDITION_MARKS = frozenset({"until", "unless"})
# Documents that report their parties' own words ("The joint statement said X had pledged ..."): a stance
# verb inside what they say is its subject's own position.
DOCUMENT_NOUNS = frozenset({"statement", "communique", "communiqué", "declaration", "readout", "resolution", "agreement"})
# A quoted stance this close (characters, start to start) to its speaker's stance in the article's own
# words is shown through those words (the quotes section shows the quotation itself).
QUOTE_NEAR_CHARS = 400
# ... or anywhere in the article when the two share an evaluative word or this many content words.
QUOTE_SHARED_WORDS = 3
# Share of the content words of the shorter of two positions by one actor that the other holds for the
# two to say the same (the second is a repeat and is not shown).
REPEAT_SHARE = 0.6
# The same actor's same stance said twice in other words ("... you should be criminally investigated", then
# "called for a criminal investigation into the executives"): items of one actor and one stance label that
# share this many word stems (of STEM_CHARS letters; names and the cue apart) are one stance, shown once.
SAME_STANCE_SHARED_STEMS = 2
STEM_CHARS = 6
# fmt: on


# Verbs of agreeing: "agreed to return the tail" (an infinitive) is an act agreed on, an event for key
# developments; "agreed with X", "agreed to the plan" (a proposal or demand) stay the speaker's support.
AGREE_CUES = frozenset({"agree"})

# Evaluative words of a quotation that give its stance (stance_in): what one calls a myth or a lie one
# rejects; what one calls unacceptable or a disgrace, or someone unqualified, one opposes. The other
# evaluative words ("important", "dangerous", "a stretch") only state.
DISMISSIVE = frozenset({"myth", "lie", "lies", "nonsense", "malarkey", "baloney", "hoax", "false", "untrue", "garbage",
                        "misleading", "inaccurate", "baseless", "bogus", "fake", "stretch"})
CONDEMNING = frozenset({
    "unacceptable", "outrageous", "unfair", "illegal", "illegitimate", "disgraceful", "shameful", "irresponsible",
    "reckless", "unjust", "inappropriate", "unqualified", "unfit", "corrupt", "deplorable", "horrifying",
    "horrible", "disgrace", "outrage", "insult", "ridiculous", "absurd", "wrong",
})
# Words a trimmed span never ends on: a coordinator whose second half was cut off.
DANGLING_ENDS = frozenset({"and", "or", "but", "nor", "while", "as", "with"})
# Attitudes whose present negation by the speaker dismisses ("he does not care about the polls",
# "they do not accept the result"): a rejection, not a denial of what was done.
DISMISSING_NEGATIONS = frozenset({"care", "accept", "agree", "believe", "trust", "want", "need", "support", "recognize",
                                  "recognise"})
# What one can tout as a course to take (a stance), beside the stance nouns: "touted the plan / her
# policies"; touting a result ("record growth", "his record") is a boast, no stance.
ADVOCATED = frozenset({"policy", "agenda", "idea", "bill", "initiative", "program", "programme", "plan", "deal",
                       "reform", "measure", "candidacy", "approach", "strategy", "vision"})
# Verbs after a speaker's "will"/"would" that foretell rather than commit ("it will take months", "we
# will have to see", "he would become ..."): no promise.
NOT_PROMISED = COGNITION | NOT_DENIALS | frozenset({"take", "happen", "become", "remain", "continue", "depend",
                                                   "try", "wait", "face", "lose", "win", "die", "live", "come"})
# Imperatives of a quotation that address the listener's attention, not an act urged ("Let's be clear",
# "Look, ...", "Imagine ..."): they state.
ATTENTION_IMPERATIVES = frozenset({"let", "look", "listen", "see", "imagine", "remember", "think", "believe",
                                   "mind", "excuse", "forgive", "thank", "say", "tell", "know", "understand"})

# fmt: off
# --- the label of a reported stance (round 9: the judges' CUE-WRONG rows, a shown stance with no label) ---
# Evaluative words by the stance they give when the speaker says them of a course, a claim or a party
# (verdict): what one calls good, the right choice or an opportunity one supports; bad, a mistake or a
# failure one opposes; a threat or dangerous one warns of; important or necessary for X to do, one urges.
APPROVING = frozenset({
    "good", "great", "excellent", "positive", "helpful", "welcome", "opportunity", "progress", "victory",
    "solution", "step", "significant", "meaningful", "choice", "best", "better", "right", "fair", "legitimate",
    "qualified", "acceptable", "appropriate",
})
DISAPPROVING = frozenset({"bad", "terrible", "disastrous", "mistake", "failure", "harmful", "worse", "worst",
                          "disaster", "silly", "stupid", "crazy", "unreliable", "negative", "impossible"})
ALARMING = frozenset({"threat", "dangerous", "unsafe", "catastrophic"})
NEEDED = frozenset({"important", "necessary", "essential", "vital", "crucial", "priority"})
# Charges the speaker says something was not ("It wasn't a scam", "it was not illegal"): a denial.
CHARGES = frozenset({"scam", "fraud", "crime", "illegal", "wrong", "lie", "lies", "hoax", "corrupt", "mistake",
                     "cover-up", "bribe", "violation"})
# Nouns of a first-person aim whose infinitive is what the speaker wants ("My goal is to ...") or, negated,
# refuses ("My goal is not to apologize").
AIM_NOUNS = frozenset({"goal", "aim", "intention", "purpose", "mission", "objective"})
# fmt: on

# Bodies named after the person they serve ("the Clinton campaign", "the Obama administration", "Trump's
# team"): what they say is the body's, under its own name, never the person's own words (the judges'
# WRONG-ACTOR rows: a campaign's or an administration's statement filed under the candidate).
PERSON_BODIES = frozenset({"campaign", "administration", "camp", "team", "government", "office", "staff",
                           "aides", "allies", "spokespeople", "transition"})
# Nouns of some of a body's members ("Members of Congress have called for ..."): they speak as members, not
# as the body (the judges' WRONG-ACTOR row: "Congress" for some of its members).
MEMBER_NOUNS = frozenset({"member", "members"})
# Nouns of a person: an evaluative word on one of them is a character remark or a tribute ("(X) is a bad
# guy", "she was a wonderful mother"), not a stance (the judges' NOT-POSITION row).
PERSON_NOUNS = frozenset({
    "guy", "man", "woman", "person", "people", "kid", "boy", "girl", "child", "father", "mother", "dad", "mom",
    "son", "daughter", "friend", "neighbor", "neighbour", "individual", "human", "being", "student", "worker",
    "husband", "wife", "brother", "sister", "player", "teammate", "coach", "teacher", "soul", "gentleman", "lady",
})
# Counsel who argue no side's case: their account of the case is the case's facts.
PROSECUTORS = frozenset({"prosecutor", "prosecutors", "prosecution", "state's", "states"})
# Nouns of a course of action: an adjective of approval or disapproval on one of them ("a bad idea", "the best
# decision") supports or opposes it; on anything else ("the worst Christmas ever", "a terrible thing", "a good
# game") it is a lament or a remark.
COURSE_NOUNS = frozenset({
    "idea", "plan", "decision", "policy", "move", "proposal", "bill", "deal", "approach", "law", "measure",
    "choice", "option", "step", "solution", "opportunity", "strategy", "course", "way", "agreement", "reform",
    "program", "programme", "initiative", "compromise", "candidate", "nominee", "mistake", "call",
})
# Verbs of what the speaker's side could give ("Washington could provide air support"): an offer; "they can
# surprise Clinton" is a hope or a forecast.
OFFER_VERBS = frozenset({
    "provide", "assist", "help", "offer", "send", "give", "support", "contribute", "host", "supply", "deploy",
    "join", "mediate", "accept", "fund", "pay", "donate", "lend", "share", "guarantee", "supervise", "monitor",
})
# Verbs after "he/she should" of what one deserves or feels, not of an act called for ("He should get credit").
UNEARNED_VERBS = frozenset({"get", "have", "receive", "be", "feel", "know", "deserve", "earn"})
# Nouns of a claim: calling one wrong rejects it ("those statements were wrong").
CLAIM_NOUNS = frozenset({"statement", "claim", "report", "allegation", "story", "account", "assertion", "charge",
                         "accusation", "suggestion", "prediction", "poll", "figure", "number"})
# Adverbs of a relative clause that make its stance one held before ("Clinton, who once praised the pact"):
# background, not the actor's position now.
BYGONE = frozenset({"once", "formerly", "previously", "originally", "initially"})
# Verbs of a formal act (a vote, a veto, a block): "Russia and China have vetoed three resolutions" is a record
# of what was done, not a stance stated in the story, when told in the perfect ("have vetoed") or as the joint
# act of several parties (which no one of them holds alone).
RECORD_ACTS = frozenset({"veto", "vote", "block"})
PERFECT_AUX = frozenset({"have", "has", "had", "'ve"})
# A paragraph that opens with an earlier year ("In 2011, X resigned ...") tells background, and so does the
# one after it when it opens with one of these ("Afterward, ... He vowed to ..."): a stance told there with no
# year of its own is an old one, not the response to this story, and shown undated it would read as one.
SEQUENCE_OPENERS = ("afterward", "afterwards", "since then", "thereafter", "subsequently", "later")
# Condemning words that said of a person are a lament ("he was horrible in the loss"), not opposition.
LAMENTS = frozenset({"horrible", "horrifying", "terrible", "awful"})

# A quotation shown as a position must say what its stance is about: a third-person pronoun in its first
# sentence with nothing in the quotation before it to point back to ("To repeat myself, it's a bunch of
# malarkey", "This is clearly unacceptable", "There's a myth out there that he'll ...") leaves the reader
# without the object; the quotation still shows under Quotes.
REFERRING_PERSON_PRONOUNS = frozenset({"he", "him", "she", "her"})  # a person named before it in the words
REFERRING_THING_PRONOUNS = frozenset({"it", "this", "that", "these", "those", "they", "them"})  # any noun before it
REFERRING_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "dative"})
# "It is time to ...", "it's important that ...": an empty "it" that points forward to its clause
EXPLETIVE_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "csubj", "acl", "relcl", "advcl"})
# The sentence before such a quotation names its object when it tells of the same speaker ("Biden rubbished
# Trump's claim to understand the middle class."): shown before the words when it has at most this many words.
LEAD_MAX_WORDS = 45
# The clauses of a quotation's first sentence whose "it" or "this" must point somewhere: its main verb and
# the clauses joined to it or said by it ("I think it is wrong").
MAIN_CLAUSE_DEPS = frozenset({"conj", "ccomp", "parataxis"})

# "Parliament threatened to cut off supply routes", "welcomed the government's withdrawal": a national body named
# without its country. The country is the one the nearest sentence naming a country names alone (the item's own for
# a bare actor, then the BODY_BEFORE before it; a city as the place the text puts it in, "Manama, Bahrain"; two
# there and it is not said which), else of the countries the
# article's first BODY_LEAD sentences name, the one the article names most (with its people: "Pakistan",
# "Pakistani"), when it is named more than BODY_STANDS_OUT times as often as the next; the item then names it ("Pakistan's Parliament",
# "the government's (Bahrain)") and the actor speaks for it (extract.named_body). Else the item is left as it is.
UNNAMED_BODIES = frozenset({"parliament", "government", "cabinet", "legislature", "military", "army", "junta"})
BODY_BEFORE = 2
BODY_LEAD = 3
BODY_STANDS_OUT = 1.25

# "“This man is totally unqualified,” he added": a quotation that opens on a person it points to ("this man") names
# him after it ("This man [Donald Trump] ...") when the sentence before names one person alone other than the
# speaker (extract.named_pointer); else it is left as it is
POINTING_DETERMINERS = frozenset({"this", "that"})
POINTED_PERSONS = frozenset({"man", "woman", "guy", "gentleman", "lady", "fellow", "person", "individual"})
