"""Casualty figures' word lists, patterns and thresholds: harm words, victims, scope, other events."""
from __future__ import annotations

import re

from briefgen.extract.lexicon import PERSON_PRONOUNS

# fmt: off
KILL_VERBS = {"kill", "murder", "slay", "assassinate", "massacre", "slaughter", "execute", "behead"}

DIE_VERBS = {"die", "perish"}

WOUND_VERBS = {"wound", "injure", "hurt", "hospitalize", "hospitalise", "maim"}

SHOOT_VERBS = {"shoot", "stab"}

STRIKE_VERBS = {"strike", "hit"}

STRIKE_BY = {"gunfire", "bullet", "round", "shrapnel", "gunshot", "shot", "pellet"}

DISPLACE_VERBS = {"displace"}

DEAD_ADJ = {"dead", "deceased"}
# Words that make a shooting or a wound a death ("fatally shot", "a deadly stabbing", "mortally wounded").
DEATH_MODIFIERS = {"fatal", "deadly", "fatally", "mortally", "lethally"}

WOUND_ADJ = {"injured", "wounded", "hurt", "hospitalized", "hospitalised"}

MISSING_ADJ = {"missing"}

DEATH_NOUNS = {"death", "fatality"}

OF_NOUNS = {"death": "killed", "killing": "killed", "murder": "killed", "wounding": "wounded",
            "shooting": "shot", "stabbing": "shot"}

CASUALTY_NOUNS = {"casualty"}

TOLL_VERBS = {"rise", "climb", "reach", "stand", "be", "hit", "increase", "jump", "grow", "mount", "soar"}

# "bringing the number of fatalities to three", "would push the overall toll to 99": a toll raised to a new figure.
RAISE_VERBS = {"bring", "push", "raise", "take", "lift", "put", "send", "increase", "drive"}

# Nouns that hold a running count of the dead: "the toll", "the number of fatalities".
TOLL_NOUNS = {"toll", "number"}

PRIORITY = {"killed_or_wounded": 5, "killed": 4, "wounded": 3, "shot": 2, "missing": 1, "displaced": 1}

POLICE = {"officer", "policeman", "policewoman", "police", "deputy", "trooper", "agent", "cop", "constable",
          "marshal", "sheriff", "patrolman"}

SUSPECTS = {"suspect", "gunman", "shooter", "attacker", "assailant", "perpetrator", "killer", "bomber",
            "hijacker", "gunmen", "murderer", "stabber"}

SOLDIERS = {"soldier", "troop", "serviceman", "servicemember", "marine", "sailor", "airman", "paratrooper",
            "serviceman", "servicewoman"}

CIVILIANS = {"civilian", "noncombatant"}

VICTIMS = {"victim"}

PERSON_NOUNS = POLICE | SUSPECTS | SOLDIERS | CIVILIANS | VICTIMS | {
    "people", "person", "man", "woman", "child", "kid", "boy", "girl", "teen", "teenager", "adult", "baby",
    "infant", "toddler", "juvenile", "youth", "minor", "student", "resident", "bystander", "passenger",
    "worker", "employee", "customer", "driver", "pedestrian", "protester", "protestor", "demonstrator",
    "worshipper", "worshiper", "refugee", "migrant", "journalist", "reporter", "member", "fighter",
    "militant", "patient", "doctor", "nurse", "guard", "firefighter", "individual", "male", "female",
    "relative", "friend", "brother", "sister", "son", "daughter", "mother", "father", "parent", "wife",
    "husband", "girlfriend", "boyfriend", "grandmother", "grandfather", "granddaughter", "grandson",
    "grandchild", "niece", "nephew", "cousin", "uncle", "aunt", "neighbor", "neighbour", "hostage",
    "prisoner", "inmate", "pupil", "teacher", "classmate", "sibling", "spouse", "partner", "companion",
    "other", "hiker", "tourist", "visitor", "guest", "player", "fan", "rider", "cyclist", "motorist",
    "occupant", "crew", "pilot", "miner", "farmer", "villager", "citizen", "personnel", "staff",
    "colleague", "roommate", "stepson", "stepdaughter", "stepfather", "stepmother", "fiancé", "fiance",
    "fiancee", "newborn", "senior", "elder", "official", "employee", "clerk", "owner", "shopper",
    "diner", "security", "jogger", "homeowner", "tenant", "gang", "one", "teenage", "mom", "dad",
    "grandma", "grandpa", "sibling", "kin", "local", "national", "servicemember", "policeman",
    "correspondent", "photographer", "cameraman", "presenter", "chief", "leader", "commander", "lieutenant", "sergeant", "captain", "mayor", "governor", "minister",
}

BODY_NOUNS = {"body", "corpse"}

REFLEXIVE = {"himself", "herself"}
HARMED_PRONOUNS = set(PERSON_PRONOUNS) | REFLEXIVE  # a pronoun that can be the person harmed

NEGATIVE_HEADS = {"none", "nobody", "noone"}

# The story's own places are those the article's lead names (its first sentence naming a place among the first
# LEAD_SENTENCES); a figure's place is its sentence's, else that of one of the PLACE_LOOKBACK sentences before it.
LEAD_SENTENCES = 3
PLACE_LOOKBACK = 2
# A round-up's lead names ROUNDUP_PLACES places or more; another place is a thread of its own when ROUNDUP_THREAD
# sentences or more name it.
ROUNDUP_PLACES = 3
ROUNDUP_THREAD = 2
# how a round-up's figure says its place in its scope, and a running toll raised to the figure its place's toll so far
ROUNDUP_SCOPE = "in {place}"
ROUNDUP_TOLL_SCOPE = "toll so far in {place}"
# What names a round-up figure's place (a country, a city, a region), and how many words may stand between a
# place's possessive and the place it holds ("Yemen's capital of Sanaa").
PLACE_LABELS = {"GPE", "LOC"}
PLACE_LINK_REACH = 4

# Animals a story can tell killed or wounded ("rangers shot the lion"): a pronoun or name that stands for one
# ("Mohawk, a lion, ... rangers killed him") counts no person.
ANIMAL_NOUNS = {
    "animal", "lion", "lioness", "tiger", "leopard", "cheetah", "bear", "wolf", "dog", "cat", "horse", "elephant",
    "gorilla", "chimpanzee", "monkey", "shark", "alligator", "crocodile", "snake", "cougar", "puma", "jaguar",
    "hippo", "hippopotamus", "rhino", "rhinoceros", "buffalo", "bull", "cow", "deer", "moose", "boar", "pig",
    "coyote", "hyena", "cub", "puppy", "pet", "beast", "predator", "whale", "dolphin", "bird", "eagle",
}

# "three other victims were shot" beside the dead: the people shot besides them, who lived.
OTHERS = {"other", "others", "additional"}

# "identified the victims as A and B": the names listed count the victims.
NAMING_VERBS = {"identify", "name"}

# "two of whom are dead", "three of them were hurt": the pronoun stands for people already counted.
PARTITIVE_PRONOUNS = {"whom", "them", "those", "these"}

MODALS = {"would", "could", "might", "should"}

IRREALIS = {"try", "attempt", "plan", "intend", "want", "threaten", "vow", "seek", "aim", "mean", "hope",
            "conspire", "plot", "miss", "escape", "avoid", "fear", "expect", "prevent", "narrowly",
            "prepare", "prepared", "ready", "willing"}

# "whether someone shot the child", "if anyone was hurt": a harm asked about, not told.
QUESTION_MARKS = {"whether", "if"}

# Many incidents told together: "a series of shootings", "a spate of killings".
SERIES_NOUNS = {"series", "string", "spate", "wave", "rash", "flurry", "outbreak", "surge", "spike", "epidemic"}

# A paragraph opening as a timeline entry: "1993: Dr. Ann Lee is shot ...", "istock 1993: ...".
TIMELINE = re.compile(r"\W*(?:\w+\s+)?((?:19|20)\d\d)\s*[:\u2013\u2014-]\s")

# A number these verbs take is a telephone number, never a count of people ("call 911").
NUMBER_VERBS = {"call", "dial", "text", "phone", "ring"}

# A number followed by these words (within three) is a rate, never a count ("19 deaths per 100,000").
RATE_WORDS = {"per", "percent", "%"}

BAD_ENTS = {"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"}

SCOPE_PREPS = {"since", "in", "at", "across", "during", "throughout", "near", "after", "on", "over", "inside",
               "outside", "from"}

QUALIFIERS = [  # (words just before the number, qualifier); longest first
    (("no", "fewer", "than"), "at_least"), (("no", "less", "than"), "at_least"),
    (("as", "many", "as"), "up_to"), (("in", "excess", "of"), "more_than"), (("upwards", "of"), "more_than"),
    (("more", "than"), "more_than"), (("at", "least"), "at_least"), (("up", "to"), "up_to"),
    (("fewer", "than"), "up_to"), (("less", "than"), "up_to"), (("close", "to"), "up_to"),
    (("an", "estimated"), "about"), (("over",), "more_than"), (("nearly",), "up_to"), (("almost",), "up_to"),
    (("about",), "about"), (("around",), "about"), (("some",), "about"), (("roughly",), "about"),
    (("approximately",), "about"), (("estimated",), "about"), (("least",), "at_least"),
]

FALLBACK_GAP = {"people", "persons", "others", "other", "more", "are", "were", "was", "is", "have", "has",
                "been", "reportedly", "critically", "seriously", "fatally", "now", "later", "also", "men",
                "women", "children", "victims", "being", "confirmed", "left"}

FALLBACK_KIND = {"dead": "killed", "killed": "killed", "murdered": "killed", "dies": "killed", "died": "killed",
                 "injured": "wounded", "wounded": "wounded", "hurt": "wounded", "hospitalized": "wounded",
                 "hospitalised": "wounded", "shot": "shot", "missing": "missing", "displaced": "displaced"}

MAX_SCOPE_TOKENS = 20

MAX_SENTENCE = 400  # tokens; longer "sentences" are run-together page text, not reporting

BODY_PARTS = {"head", "chest", "leg", "arm", "back", "face", "neck", "stomach", "abdomen", "foot", "hand",
              "shoulder", "side", "buttock", "torso", "hip", "thigh", "knee", "eye", "mouth", "body", "groin",
              "elbow", "wrist", "ankle", "jaw", "temple", "heart", "lung", "spine"}

LONG_AGO = re.compile(r"\b(?:last|previous|past) (?:year|decade)\b|\b(?:years|decades|months) (?:ago|earlier|before)\b|"
                      r"\blast (?:january|february|march|april|may|june|july|august|september|october|november|"
                      r"december)\b", re.I)

EVENT_NOUNS = {"shooting", "incident", "attack", "stabbing", "homicide", "killing", "murder", "slaying",
               "crime", "case", "assault", "violence", "bombing", "crash", "strike", "airstrike", "raid", "blast",
               "explosion", "ambush", "massacre"}

OTHER_MARKS = {"separate", "unrelated", "another", "other", "previous", "prior", "similar", "different", "such",
               "earlier"}

# "ten days after a gunman killed five officers in Dallas": a harm a span of time before or after the story's
# event is another event.
TIME_UNITS = {"minute", "hour", "day", "week", "month", "year", "decade"}
DISTANCE_MARKS = {"after", "before"}

MOTIVE_NOUNS = {"retaliation", "revenge", "retribution", "reprisal"}

# Determiners that make plural events this story's own ("the shootings", "both attacks", "his killings").
DEFINITE = {"the", "these", "those", "both", "his", "her", "their", "its", "two", "three"}

YEAR = re.compile(r"\b(?:19|20)\d\d\b")

# What "has killed ..." sums over months or years: its toll is a running tally, not one event's figure.
CONFLICT_NOUNS = {"war", "conflict", "uprising", "insurgency", "revolt", "revolution", "crackdown", "fighting",
                  "unrest", "violence", "epidemic", "campaign", "offensive"}

PLURAL_EVENTS = {"shootings", "incidents", "homicides", "stabbings", "killings", "murders", "slayings"}

AREA_WORDS = {"city"}

# "at six crime scenes", "in three locations": figures over many places are a tally of many events.
SCENE_NOUNS = {"scenes", "locations", "sites", "places"}

DATE_REACH = 9  # words before an event noun where its date ("the May 2, 2016, shooting") is read

PERIOD = re.compile(r"\b(?:this|last|earlier this|past|previous) (?:year|month|decade)\b|"
                    r"\b(?:over|in|during) the (?:past|last) (?:week|weekend|month|year|decade|few|several|\d+|"
                    r"\w+ (?:days|weeks|months|years))\b|\bin (?:19|20)\d\d\b|"
                    r"\b(?:annually|each year|every year)\b|"
                    r"\b(?:through|until|till|since) (?:(?:early|late|mid-?)\s?)?(?:[A-Z][a-z]+\.? )?(?:19|20)\d\d\b", re.I)

MAX_GAP = 8  # words between the counted people and the harm word before the text elides them

# How badly people were hurt: "two were critically wounded" tells how badly some of the wounded are, a part.
SEVERITY = {"critically", "seriously", "severely", "gravely", "badly"}

SURVIVAL = {"survive", "stabilize", "recover", "treat", "release"}

BULLETS = ("+", "\u2022", "*", "\u25ba", "\u00bb", "|", "\u25b6")

POSSESSIVE = ("'s", "\u2019s")  # a claimant's side: "Ukraine's military"
# "his three sons", "their two children": a figure told by whose they are describes some of the dead.
OWNER_WORDS = {"his", "her", "their"}

# Figures further apart than this factor count different scopes, not one disputed count (12 and 200 wounded).
MAX_DISPUTE_RATIO = 3

# A figure that names or describes people ("Kathy Smith dead") is a part of a larger figure of these kinds.
PART_KINDS = {"killed": {"killed"}, "wounded": {"wounded"}, "killed_or_wounded": {"killed_or_wounded", "wounded"}}

# A count of deaths this large with no date in its sentence is a running toll told as background.
BACKGROUND_TOLL = 1000

# Words that tell one more person besides the ones already counted ("a fourth person was also shot"): no part.
ADDED_WORDS = {"another", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}

# "dozens dead" is covered by a count from its lower bound up to this many times it (24 to 239 for dozens).
VAGUE_REACH = 10

# "about 40" allows 40 give or take this share when figures are compared across articles.
ABOUT_SPREAD = 0.25

# Who gives a figure: words dropped at the start of the claimant's name, and its longest length.
# The verbs that give a figure ("police said three were killed"): a narrower list than the reporting verbs,
# because "accused of killing", "tried for the death" name no source of the figure.
# Not "post" or "update": "Posted: Thursday ... Updated: ..." is page furniture, not a source.
CLAIM_VERBS = {"say", "report", "confirm", "announce", "tell", "state", "estimate", "count", "add", "put", "give",
               "record", "tweet", "write", "claim"}
# "according to" these names a document, not who gives the figure.
CLAIMANT_NOUNS = {"statement", "report", "reports", "record", "records", "data", "figure", "figures", "document",
                  "release", "count", "tally", "estimate", "source", "station", "page"}
CLAIMANT_DROP = {"the", "a", "an", "local", "some"}
MAX_CLAIMANT_TOKENS = 6

# The text's own time for a figure: "as of Tuesday", "as of 5 p.m."
AS_OF = re.compile(r"\bas of ((?:[\w.:,]+ ?){1,4}?)(?=[,.;]|\s(?:the|a|an|at|in|on|when|there|police|officials)\b|$)",
                   re.I)

# A calendar date in the text ("June 5, 2014", "July 18", "Nov. 5, 2009"): a figure's own date.
EVENT_DATE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?"
                        r"(?:, (?:19|20)\d\d)?\b|\bMay \d{1,2}(?:, (?:19|20)\d\d)?\b")
MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10,
              "nov": 11, "dec": 12}
WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
# A figure dated this many days or more before its article's date belongs to an earlier event.
EARLIER_DAYS = 7

# A sentence about a trial, a charge or a sentence: the harm is the object of a charge ("Man to be tried in
# teen's death"), a poor source of the figure when another sentence gives it; and its article's date is
# not the figure's.
COURT = re.compile(r"\b(?:trial|tried|sentenc\w*|convict\w*|arraign\w*|indict\w*|plead\w*|pled|verdict|jury|"
                   r"jurors|hearing|bond|bail|guilty|acquit\w*|charged|charges?|prosecut\w*|court)\b", re.I)
# Words that put a figure's event before its article ("last summer", "a year ago").
EARLIER = re.compile(r"\blast (?:summer|spring|fall|autumn|winter|year|month)\b|\b(?:years?|months?) ago\b", re.I)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")  # a figure's date as the briefing shows it ("2 April")

# Each kind of figure: its heading in the briefing, and its words in a sentence ("How many were killed?").
KINDS = {
    "killed": ("Killed", "killed"), "wounded": ("Wounded", "wounded"),
    "killed_or_wounded": ("Killed or wounded", "killed or wounded"), "missing": ("Missing", "missing"),
    "displaced": ("Displaced", "displaced"), "detained": ("Detained", "detained"), "affected": ("Affected", "affected"),
}
KIND_LABELS = {kind: label for kind, (label, _) in KINDS.items()}
KIND_WORDS = {kind: words for kind, (_, words) in KINDS.items()}
# How exact a figure is, and the words that say so before the number when it is shown.
QUALIFIER_WORDS = {"exact": "", "about": "about ", "at_least": "at least ", "more_than": "more than ", "up_to": "up to "}
# A list of counted people whose sum the text never states ("the chief and four others") is shown in its words,
# from the first part's modifiers (these dependencies) to the last part's noun, when at most this many words.
PART_MODIFIERS = {"det", "nummod", "amod", "compound", "poss", "quantmod", "nmod", "predet"}
MAX_PARTS_WORDS = 12
# An uncounted group of harmed people ("several guards were wounded", "a number of people were hurt"): the least
# number each word allows (a modifier of the people noun, or GROUP_NOUNS + "of" + the people). A counted figure of
# that kind smaller than that is only some of them, shown as a lower bound ("at least 1 person wounded").
GROUP_WORDS = {"several": 2, "some": 2, "many": 3, "numerous": 3, "multiple": 2, "various": 2}
GROUP_NOUNS = {"number": 2}
GROUP_KINDS = {"killed", "wounded"}
# "how many people were killed": a question, not a group the text tells
GROUP_BLOCKERS = {"how", "not", "too", "so"}
# fmt: on
