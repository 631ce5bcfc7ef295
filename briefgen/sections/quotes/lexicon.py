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

# "“...,” Lt. Jane Doe." — a name alone after the closing mark, ending the paragraph (titles, then a name)
NAME_AFTER = re.compile(r"[ \t]*,?[ \t]*((?:[A-Z][\w.'\u2019-]*[ \t]+){1,4}[A-Z][\w'\u2019-]+)[ \t]*\.[ \t]*$", re.M)

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
FRAGMENT_WORDS = 3  # a quotation of this many words or fewer is a scare quote, a title or a fragment
PARTIAL_FRAGMENT_WORDS = 3  # a partial quotation this short ("kiss of death") is a phrase, not a statement
SALIENT_WORDS = 25  # longer quotations are no more salient than this
# Nouns that never speak: events, proceedings and places ("the hearing", "the crash").
NOT_SPEAKERS = frozenset({
    "hearing", "accident", "crash", "shooting", "incident", "meeting", "event", "trial", "ceremony",
    "funeral", "vigil", "explosion", "fire", "collision", "game", "match", "street", "road", "avenue",
})

# One quotation split by a speech tag ("“X,” he said. “Y.”") is one quote: the words between the two
# halves, when they are only the tag, are this few. Consecutive paragraphs of one speaker join only when
# the second cannot stand alone (it opens with a connective or a pronoun) and the whole stays this short.
MAX_JOIN_GAP_WORDS = 12
# ... or a longer tag that opens with the reporting verb and says who the speaker is ("“X,” said Jo Roe, who chairs
# the committee and is the most senior envoy to visit since May. “Y.”"): the same quotation, when the tag is at most
# this many words and the halves are in one paragraph (round 13: the first half was shown apart from the rest).
MAX_TAG_CLAUSE_WORDS = 30
TAG_VERB_WITHIN = 3  # the reporting verb is one of the tag's first this many words
MAX_JOINED_WORDS = 90

# Openers that make a quotation lean on words before it ("But ...", "Another is ...", "Until then ...").
CONNECTIVE_OPENERS = frozenset({
    "but", "and", "so", "or", "yet", "still", "also", "instead", "meanwhile", "then", "another", "plus",
    "nor", "however", "otherwise", "anyway", "besides", "until", "which", "hence", "thus", "therefore",
    "not",  # "Not sure of ...": the answer to a question the quotation does not give
    "specifically",  # "Specifically, the loss ...": the detail of something said before
})
# An elliptical condition ("If they do, ...", "If not, ...") leans on the sentence before it too.
ELLIPTICAL_OPENER = re.compile(
    r"^(?:if|unless|when|until)\s+(?:so|not|then|\w+\s+(?:do|does|did|don't|doesn't|didn't|can|can't|will|won't|"
    r"would|wouldn't|are|aren't|is|isn't|was|were))\b\s*[,.;]", re.I)
# Pronouns whose referent a quotation opening with them does not give ("He walked over ...").
ANAPHORIC_OPENERS = frozenset({
    "he", "she", "they", "him", "her", "them", "his", "their", "he's", "she's", "they're", "they've",
    "they'll", "he'll", "she'll", "he'd", "she'd", "they'd",
})
# "This is ..." / "That would be ...": a demonstrative standing for something said before.
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
DEMONSTRATIVE_VERBS = frozenset({
    "is", "was", "are", "were", "would", "will", "could", "has", "had", "means", "meant", "seems", "'s",
})
CONNECTIVE_PENALTY = 3.0  # a quotation that opens with a connective ranks after those that stand alone
ANAPHORIC_PENALTY = 2.0
ANAPHORIC_SHORT_WORDS = 20  # a quotation this short that opens with a pronoun is all about its referent
DEMONSTRATIVE_PENALTY = 1.0
DESCRIPTION_PENALTY = 1.0  # "the man", "the statement": a speaker the reader cannot place

# A definite description as speaker ("the senator", "the statement", "the conservative-leaning newspaper")
# names the actor the sentence before made its subject, within this many sentences.
DESCRIPTION_WINDOW = 2

# Support across articles: each further article quoting the words adds this much, up to this many.
SUPPORT_WEIGHT = 1.0
MAX_SUPPORT = 2
# The same speaker's quotation whose content words are this much inside a longer one is that quotation
# in other words (another article's cut or transcription); it needs this many content words.
NEAR_SAME = 0.7
NEAR_SAME_MIN_WORDS = 3

# One quotation shown once (issue 11, item 5): a quote a shown position already gives (citing the same sentence
# with this share of the quote's content words, or this larger share from any sentence) ranks after the shown
# quotes, so that the next most important quotations show. The briefing shows this many positions by default.
SHOWN = 10
SHOWN_COVER_SAME_SENTENCE = 0.6
SHOWN_COVER = 0.8
SHOWN_MIN_WORDS = 2  # a quote with fewer content words is judged as a fragment, not as a repeat
# A he/she quotation that opens the article, no one named before it but in the headline, is spoken by the person
# the next sentences (this many) make the subject of a speech verb.
AHEAD_SENTENCES = 2
# A description as speaker ("Jane's former coach", "the superintendent") is the one person the article described
# so before; these words open a description, and these heads say too little to name anyone by.
DESCRIPTION_DETERMINERS = frozenset({"the", "a", "an", "one", "another", "his", "her", "their", "its"})
GENERIC_DESCRIPTIONS = frozenset({
    "man", "woman", "person", "people", "boy", "girl", "child", "resident", "neighbor", "neighbour", "friend",
    "witness", "source", "official", "spokesman", "spokeswoman", "spokesperson", "statement", "report", "member",
    "relative", "one", "other", "others", "group", "family",
})
MAX_DESCRIPTION_WORDS = 5
# "police said" names the one police force the article names ("Springfield Police Department", "Kent Police").
BARE_FORCES = frozenset({"police", "the police"})
NAMED_FORCE = re.compile(r"\b((?:(?!The\b)[A-Z][a-z]+[ \t]+){1,3}Police(?:[ \t]+(?:Department|Service|Force))?)\b")
# Words that open a description, not a name ("Some protesters", "Many residents", "A spokesman for ..."): such a
# speaker ranks after the named ones.
DESCRIPTION_OPENERS = frozenset({
    "the", "a", "an", "one", "another", "some", "many", "several", "two", "three", "other", "others", "most",
    "few", "both", "all", "his", "her", "their", "its",
})
# A quotation alone after a paragraph that opens "Roe says ..." and ends reporting no one is Roe's: the paragraph's
# first sentence is sought this many sentences back.
PARAGRAPH_SENTENCES = 3
POSSESSIVE_MARKS = frozenset({"'s", "\u2019s", "'", "\u2019"})  # "Fox News’ Jane Roe": a person after an outlet's possessive
# A partial quotation that opens with one of these is a piece of a clause ("is a very dangerous road", "to explore
# how ...", "who violated ..."): it ranks with the quotations that lean on words before them.
CLAUSE_FRAGMENT_OPENERS = frozenset({
    "is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "will", "would", "can", "could",
    "should", "may", "might", "must", "to", "who", "whom", "whose", "which", "that", "where", "when", "because",
    "of", "for", "with", "by", "from", "in", "on", "at", "as", "than",
})
# A partial quotation that is a noun phrase ("a major step forward", "the extraordinary circumstances ...") is what was
# said of a subject the quotation does not give: it ranks after the statements (a piece of a clause is not shown).
PHRASE_OPENERS = frozenset({"a", "an", "the"})
# A described speaker's partial quotation folds into another speaker's longer one only when it is a phrase of this
# many words ("cherry-picked"), not one word anyone may use ("outrageous").
INSIDE_MIN_WORDS = 2
# "the man said" after "A neighbor said ...": a person word that stands for the unnamed person just introduced.
PERSON_NOUNS = frozenset({"man", "woman", "person", "boy", "girl", "resident", "neighbor", "neighbour", "witness"})
# "“No,” the executive answered." after "The senator asked Roe, “...?”": an answer's described speaker is the person
# the sentence before asked.
ANSWER_VERBS = frozenset({"answer", "reply", "respond", "retort"})
ASKING_VERBS = frozenset({"ask", "question", "press", "challenge"})

# A quotation that says where something stands is not known now ("Not sure of the current condition", "There is no
# word yet on ...", "It's too early to say"): when a later article tells the story after it, that article answers
# it, so the earlier article's quotation is not shown (as developments' superseded plans go down: an earlier
# article's "is being held", lexicon HELD_THEN there, which quotes reuse; not its FUTURE, whose "is to" is in
# speech mostly a purpose, "our job is to ...", not a plan). Not "unclear why": a motive often stays unknown.
NOT_KNOWN_NOW = re.compile(
    r"\b(?:not\s+(?:yet\s+)?(?:sure|certain|known)\s+(?:of|about|yet|how|whether|if|what)|no\s+word\s+(?:yet|on)|"
    r"too\s+(?:early|soon)\s+to\s+(?:say|tell|know)|(?:do|does|did)\s*(?:n't|not)\s+(?:yet\s+)?know\s+yet|"
    r"(?:have|has)\s*(?:n't|not)\s+(?:yet\s+)?(?:been\s+)?(?:determined|confirmed)\s+yet)\b", re.IGNORECASE)
# What a not-known-now quotation is about: the words after the cue ("of the current condition right now" ->
# "condition"), without these. Another article's development naming it, without a not-known cue of its own, answers
# it ("the boy is in stable condition") when the articles' dates do not say which came later.
TOPIC_WORDS = 5
TOPIC_SKIP = frozenset({
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those", "current",
    "exact", "latest", "right", "now", "yet", "at", "this", "time", "point", "moment", "of", "about", "on", "any",
    "how", "whether", "if", "what", "is", "are", "was", "were", "be", "it", "he", "she", "they", "we", "i",
})
# Where a quotation of several sentences breaks into sentences (one answered sentence goes, the rest stays).
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z\u201c\"'(])")

# An in-sentence item's context sentence that opens on one of these pronouns gets the named speaker for it
# ("He said he was pleased ..." -> "[Jane Doe] said he was pleased ...")
CONTEXT_PRONOUNS = ("he", "she")

# A speaker written as one of these with "the" and a clause saying who it is ("said the man who built his career
# on ...") is an epithet for the named speaker of the quote just before (the gender, when the noun gives one)
EPITHET_NOUNS = {"man": "male", "woman": "female", "veteran": None, "lawmaker": None, "senator": None,
                 "candidate": None, "politician": None, "nominee": None}

# Round 12 (judged): what an analyst cannot sign as a quote.
# A fragment shown in its sentence whose quoted pieces are each this short ("very secure", "held on", "universal
# rights … meaningful reform") is a scare quote or a phrase, not a quotation: it ranks after the other fragments.
SHOWN_FRAGMENT_WORDS = 4  # "specific series of steps", "my boy Jay"
# A crowd's chant or shout ("protesters", "the crowd", "demonstrators chanted") has no one speaker: it ranks after
# every other quote.
CROWD_NOUNS = frozenset({
    "protesters", "protestors", "demonstrators", "crowd", "crowds", "marchers", "chanters", "mob", "rioters",
})
# A short quotation that leans on words before it ("So, let's do that", "So that on top of ...") or that points at
# what is not in it ("What we were told is that he shot him straight here") reads only in its article: it ranks
# after the quotations that stand alone and the fragments when this short.
SHORT_LEANING_WORDS = 12
# A short question ("Are you out of your senses?") reads only with what it asks about, which it does not say.
SHORT_QUESTION_WORDS = 8
# Pronouns and deictic words a quotation needs its article for, when it names no one ("he shot him straight here").
POINTING_WORDS = frozenset({"he", "him", "his", "she", "her", "they", "them", "their", "here"})
POINTING_MIN = 2  # this many pointing words and no name: the quotation is about someone it does not name

# A whole quotation whose subject is a thing done to someone it does not name ("The decision to put him down was not
# taken lightly"): it opens with one of DANGLING_OPENERS and has one of DANGLING_PRONOUNS before any name it gives
# (round 13, judged DANGLING; it ranks after the other whole quotations). A quotation that opens with "I", "It" or a
# pronoun is not taken: in a crime story its "he"/"her" is the suspect or the victim the briefing is about (ranking
# those lower lost gold quotes), and one opening with a pronoun already ranks by ANAPHORIC_PENALTY.
DANGLING_OPENERS = frozenset({"the", "this", "that", "a", "an"})
DANGLING_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "he's", "she's", "he'd", "she'd", "he'll", "she'll"})

# A fragment opening mid-clause is shown as its whole sentence only when its quoted words are at least this share of
# the sentence's words: a narrated sentence with a few quoted words in it reads as the reporter's, not the speaker's
# (judged NOT-QUOTE, "reporter's sentence shown as his words", round 9).
SENTENCE_FORM_SHARE = 0.5

# A quotation one of whose sentences (of at least this many content words) a quotation of the same speaker ranked
# before it already gives in other words (NEAR_SAME of its content words) ranks with the repeats (round 14, judged
# DUP: two articles' versions of one statement, each with a sentence of its own).
REPEAT_MIN_WORDS = 5

# A whole quotation that opens with one of these pronouns for someone other than its speaker ("He needs to stop
# blaming everyone else ..." by a newspaper, about the candidate named just before) reads with the person's name in
# brackets, as journalists write it ("[Jane Roe] needs to stop ..."): opening word -> (gender, how the name stands in).
# The person is the one fitting person (gender not contradicted, not the speaker) named in the nearest sentence
# before the quotation that names one, at most BRACKET_SENTENCES sentences back; else the pronoun stays and the
# quotation ranks after those that stand alone (round 16, judged DANGLING).
BRACKET_PRONOUNS = {"he": ("male", "[{}]"), "she": ("female", "[{}]"), "his": ("male", "[{}'s]"),
                    "her": ("female", "[{}'s]")}
BRACKET_SENTENCES = 2
# the name goes in only when the article's he/she after it say the pronoun's gender this often at least
# (briefgen.extract.actors.pronoun_gender; the quotation's own pronoun counts): one "She" given the man named before
# was a misquote (round 16)
BRACKET_EVIDENCE = 1

# A sentence shown as a fragment's context that opens with a connective and then a pronoun for the speaker ("But he
# also said that ...") reads with the speaker's name for both ("[Jane Roe] also said that ..."; round 16, judged
# DANGLING): the connectives that may stand before the pronoun.
CONTEXT_CONNECTIVES = ("but", "and", "yet", "still", "however", "meanwhile", "so", "also", "then")

# A sentence of a quotation this short (content words) repeats an earlier quotation of its speaker only when all of
# its content words are in it ("It's not the time to ease pressure towards North Korea" after "It is not the time to
# ease pressure, or to reward North Korea"); from REPEAT_MIN_WORDS on, NEAR_SAME of them suffice (round 16, DUP).
REPEAT_SHORT_MIN_WORDS = 4

# the dependency labels of a clause's subject: quoted words whose head verb has one inside the marks are a clause
# (extract._is_phrase)
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"})
