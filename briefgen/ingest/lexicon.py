"""Ingest's word lists and thresholds, as data: page furniture, dates and languages.

The furniture rules in `furniture.py` read these. They describe the shape of what web pages wrap an
article in (widget labels, credit lines, prompts, related-story blocks), not any one site: a pattern
here must recur across many publishers. Patterns are matched case-insensitively against one
paragraph (a block between blank lines) or one line, with the white space collapsed.
"""
from __future__ import annotations

import re

# fmt: off

# A paragraph longer than this is an article's prose, never furniture (a caption or a prompt is short).
MAX_FURNITURE_CHARS = 400
# Prompts, credits and sign-offs are shorter still.
MAX_PROMPT_CHARS = 220
MAX_CREDIT_CHARS = 160

# Labels of players, galleries, ads and page widgets. A paragraph made only of these (and counts such as
# "1 of 10"), or holding two or more of them, is furniture.
WIDGET_LABELS = (
    "advertisement", "advertisements", "ad", "skip ad", "close ad", "sponsored", "sponsored content",
    "continue reading the main story", "continue reading", "read more", "read full article", "show more",
    "full screen", "full screen autoplay", "autoplay", "close", "replay", "play", "play video", "pause",
    "mute", "unmute", "next", "previous", "prev", "loading", "loading ...", "loading...", "wait 1 second",
    "just watched", "must watch", "more videos", "video", "videos", "watch", "watch video", "view photos",
    "view gallery", "view comments", "view all", "enlarge this image", "toggle caption", "hide caption",
    "show caption", "caption", "buy photo", "buy photos", "photos", "gallery", "image", "photo", "slideshow",
    "share", "share this", "tweet", "email", "print", "comments", "comment", "facebook", "twitter",
    "pinterest", "linkedin", "whatsapp", "reddit", "×", "x", "|", "now playing", "up next", "top stories",
    "trending", "most read", "most popular", "recommended", "related", "related stories", "related story",
    "related content", "related articles", "you may also like", "more from", "more stories", "more on this",
)
# Widget labels that also occur in prose; counted only beside another label, never alone in prose.
WIDGET_COUNTERS = (r"\b\d{1,3} of \d{1,3}\b", r"\bslideshow \(\d+ images?\)", r"\b\d{1,2}:\d{2}\b(?= \w)",
                   r"\bskip ad\b", r"\bfull screen\b", r"\bautoplay\b", r"\bview photos\b", r"\bjust watched\b",
                   r"\bmust watch\b", r"\bmore videos\b", r"\breplay\b", r"\btoggle caption\b",
                   r"\benlarge this image\b", r"\bhide caption\b", r"\bbuy photo\b", r"\bnow playing\b",
                   r"\bwait \d+ seconds?\b", r"\bloading\s?\.\.\.", r"\bcaption\b")

# A label that opens a block of links to other stories; the headline-shaped paragraphs after it go too.
RELATED_LABELS = re.compile(
    r"^(?:(?:related|more)(?: stor(?:y|ies)| articles?| coverage| content| links?| videos?| headlines| news)?|"
    r"read more|also read|read also|see also|more on this(?: story)?|more from [\w .&'-]{1,40}|"
    r"recommended(?: for you)?|you (?:may|might) also like|trending(?: now)?|popular(?: stories)?|"
    r"most (?:read|popular|viewed)|top stories|latest (?:news|stories)|in other news|other stories)"
    r"(?:\s*(?:[:|]|\s[-\u2013\u2014])\s*(?P<rest>.*)|\s*)$", re.IGNORECASE)
# "Related Coverage 3 dead in ...": a "related" label may run into its headline with only a space.
RELATED_RUN_ON = re.compile(r"^related (?:coverage|headlines?|stor(?:y|ies)|articles?|content|links?)\s+(?P<rest>\S.*)$",
                            re.IGNORECASE)
# Items of a related block that open with a bullet: once one does, the block ends at the first that does not.
BULLET = re.compile(r"^[+\u2022\u25cf\u25aa*\u2013\u2014-]\s")
# How many headline-shaped paragraphs a related block may hold, and how long each may be.
MAX_RELATED_ITEMS = 8
MAX_RELATED_CHARS = 160
# Teaser pairs (a story's lede, then the lede and more) at most this many paragraphs apart form one block.
MAX_TEASER_GAP = 6
# After a teaser list, the article resumes at the first paragraph on the headline's subject: one that
# shares this many content words (briefgen.similar.content_words) with the headline.
MIN_HEADLINE_SHARE = 2

# Calls to the reader: share, follow, subscribe, watch, come back.
PROMPTS = re.compile(
    r"(?:^|\b)(?:"
    r"sign up\b|subscribe\b|subscribing\b|unsubscribe\b|newsletters?\b|e-?mail address\b|"
    r"not a robot\b|receive (?:occasional|our|the latest) (?:updates|news|emails?)|"
    r"click here\b|tap here\b|download (?:the|our) app\b|get the app\b|"
    r"keep up with (?:local|the latest|our|breaking)\b|sign in\b|log in\b|already have an account|create (?:an|your) account|forgot (?:your )?password|"
    r"thank you for (?:registering|signing up|subscribing)|confirmation e-?mail|check your e-?mail|"
    r"why are we asking|welcome back\b|\{\*.*\*\}|enable javascript|"
    r"(?:like|follow) us\b|follow [\w .&'-]{1,40} on (?:twitter|facebook|instagram|x)\b|"
    r"share (?:this|on) \b|read or share this story|share your (?:thoughts|story|photos)|"
    r"stay with [\w .&'/-]{1,40} for\b|stay tuned\b|check back (?:later|for)\b|"
    r"will have (?:much )?more (?:on|details|information|as)\b|this (?:is a developing|story (?:is developing|will be updated|has been updated))|"
    r"(?:watch|listen to|see) (?:the|our) (?:full |latest )?(?:report|video|story|interview|broadcast|coverage)\b|"
    r"(?:^|\s)(?:watch|listen|video|photos|gallery|live)\s*:\s*$|"
    r"(?:^|\s)(?:watch|listen)\s*(?:live|now)\b|"
    r"(?:calls|callers|tips|tipsters)\b[^.]{0,30}\b(?:(?:will|can|may) (?:be kept|remain|be) (?:strictly )?(?:confidential|anonymous)|"
    r"(?:are|is) (?:kept )?(?:strictly )?(?:confidential|anonymous))|you (?:can|may) remain anonymous\b|"
    r"copyright\b|\u00a9|\(c\) \d{4}|all rights reserved|may not be (?:re)?published, broadcast|"
    r"this material may not be|terms of (?:use|service)\b|privacy policy\b|cookie policy\b"
    r")", re.IGNORECASE)
# "Follow FOX 8:" and the like: a short line that is only a call to follow.
FOLLOW_LINE = re.compile(r"^(?:follow|like|join|connect with)(?: us)?(?: [\w.&'-]+){0,5}\s*:?\s*$", re.IGNORECASE)

# Photo, video and chart credits and captions. Name shapes are case-sensitive; keywords are not.
CREDIT = re.compile(
    r"(?:"
    r"\((?i:ap|afp|reuters|epa|upi|getty images|associated press|ap photo[^)]*|photo[^)]*|file[^)]*)\)\s*$|"
    r"/\s*(?i:ap|afp|epa|reuters|upi|getty images|shutterstock|istock|wikimedia commons|flickr|pool|file)"
    r"(?:\s*/\s*[\w .'-]+)*\s*$|"
    r"\b(?i:getty images|wikimedia commons|shutterstock|istockphoto)\s*$|"
    r"\b[A-Z]{2,}/[A-Z][\w.'-]+(?: [A-Z][\w.'-]+)+\b|"            # REUTERS/First Last
    r"^[A-Z][\w.'-]+ [A-Z][\w.'-]+(?: [A-Z][\w.'-]+)?\s*/\s*(?:[A-Z][\w.&'-]*\s*)+$|"  # First Last/Outlet
    r"\b(?i:file (?:photo|image))\)?\.?\s*$|"
    r"^(?i:photo|image|picture|video|caption|credit|photograph|illustration|graphic|source|courtesy|pictured)s?"
    r"(?i: by| courtesy of| credit| of)?\s*:|"
    r"^(?i:(?:photo|image|picture|video|graphic|illustration)s? (?:by|courtesy of|credit))\b|"
    r"^(?i:(?:in this|this) (?:undated |handout |file |\w+ )?(?:photo|image|picture|video|frame grab|screen ?grab)"
    r"(?: \w+)* (?:taken|provided|released|obtained|made|shows|shot|from))\b|"
    r"^(?i:file)\s*[-\u2013\u2014:]\s*(?i:(?:in )?this)\b|"
    r"\b(?i:picture taken) [A-Z]\w+ \d{1,2}\b"
    r")")
# A photo caption without a credit: one sentence whose verb is a pose in the present tense ("A ranger aims
# his gun at a lion", "Mourners pray")
# that ends with the day the picture was taken ("on March 30.", ", Tuesday, Sept. 25, 2012."). Reports
# are written in the past tense; captions describe a picture as it is.
CAPTION_VERBS = ("aims", "cries", "weeps", "embraces", "gestures", "hugs", "kneels", "looks on", "look on", "mourns",
                 "mourn", "poses", "pose", "prays", "pray", "reacts", "react", "waves", "wipes", "salutes", "comforts",
                 "is seen", "are seen", "is pictured", "are pictured")
CAPTION_DATE = re.compile(r"(?:\bon|,)\s+(?:[A-Z][a-z]+day,?\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?\.$")
CAPTION_VERB = re.compile(r"\b(?:" + "|".join(CAPTION_VERBS) + r")\b")
MAX_CAPTION_CHARS = 250
# Contributors and sign-offs: "X contributed to this report", "With A B, C D", "-- Name", "AB/CD/EF".
NAME = r"[A-Z][\w.'\u2019-]+(?: (?:[A-Z][\w.'\u2019-]+|de|van|von|der|al|bin|la|le|del)){0,3}"
CONTRIBUTOR = re.compile(
    r"(?:"
    r"\b(?i:contributed (?:to )?(?:this |the )?(?:report|article|story|reporting))\b|"
    r"\b(?i:(?:additional )?reporting by)\b|^(?i:(?:editing|writing|compiled|edited) by)\b|"
    rf"^(?i:with) {NAME}(?:(?:,| and|, and) {NAME})*\.?$|"
    rf"^{NAME} (?i:reported from) [A-Z][\w.' -]+(?:,? (?:and )?[A-Z][\w.' -]+)*\.?$|"
    rf"^(?:--|\u2014|\u2013)\s*{NAME}\s*$|"
    r"^[A-Z]{2,4}(?:/[A-Z]{2,4}){1,4}$|"
    r"^(?i:information from)\s*:|"
    rf"^(?i:by|written by|posted by)\s*:?\s+{NAME}(?:(?:,| and|, and) {NAME})*"
    r"(?:\s*[,|/\-\u2013\u2014]\s*[A-Z][\w .&'-]{1,60})?$|"
    r"^(?i:(?:editor'?s|editors'?|editor\u2019s) note|note to (?:readers|editors))\b"
    r")")
# "Updated: Friday, June 6, 2014 6:23 PM EDT", "Published Thursday, Nov. 12, 2015": the date is metadata.
DATE_LINE = re.compile(r"^(?:.{0,120}?\s)?(?P<label>(?:last )?(?:updated|posted|published|modified|created))(?: on| at)?\s*:?\s*"
                       r"(?P<date>(?:[A-Z][a-z]+day,? )?(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8}\.? \d{4}|"
                       r"\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})[^a-z]{0,40}(?:[ap]\.?m\.?)?[^a-z]{0,12}"
                       r"(?:[A-Z]{2,4})?)\s*(?:\|.*)?$",
                       re.IGNORECASE)
# Site taglines that close a page's title or open its body.
SITE_TAGLINE = re.compile(r"\bnews,? (?:weather|sports)(?:,? (?:and )?(?:sports|weather|traffic|closings|video|radar))+\b|"
                          r"^(?:local|breaking|latest) news (?:and|&) (?:information|weather)\b", re.IGNORECASE)
# An embedded post: a link to the post's picture, or the post's signature "— Name (@handle) Month D, YYYY".
EMBED = re.compile(r"pic\.twitter\.com/|\(@\w{1,30}\)\s+(?:[A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})|"
                   r"\ba post shared by\b|\bview this post on instagram\b|https?://t\.co/", re.IGNORECASE)
# A paragraph where this share of words are handles, hashtags or links is a post or a link list.
MAX_LINK_SHARE = 0.25
LINKISH = re.compile(r"^(?:@\w+|#\w+|https?://\S+|www\.\S+|\S+\.(?:com|org|net|co\.uk|ly)(?:/\S*)?)$", re.IGNORECASE)
# A reader poll's options: "1. Yes." "5. Unsure." A run of at least MIN_POLL_LINES short numbered lines.
POLL_LINE = re.compile(r"^\(?\d{1,2}[.)]\s+\S(?:[^.!?]{0,38})[.!?]?$")
MAX_POLL_WORDS = 5
MIN_POLL_LINES = 2
# A line of only rules, stars or dots.
RULE_LINE = re.compile(r"^[\W_]{3,}$")
# Datelines that open an article: "GAINESVILLE, Fla. —", "MONTPELIER, Vt. (AP) —", "(Reuters) -".
DATELINE = re.compile(
    r"^(?P<place>(?:[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,4})(?:,(?: [A-Z][a-zA-Z.]+){1,3})?)?\s*"
    r"(?:\((?P<agency>[A-Za-z][\w .&-]{0,30})\))?\s*(?:[-\u2013\u2014]{1,2}|:)\s+(?=[A-Z0-9\"'\u201c])")
# News agencies a dateline may name in brackets (the source of the article when it names no other).
AGENCIES = {"ap": "Associated Press", "reuters": "Reuters", "afp": "AFP", "upi": "UPI", "cnn": "CNN",
            "ians": "IANS", "pti": "PTI", "dpa": "dpa", "efe": "EFE", "bloomberg": "Bloomberg", "xinhua": "Xinhua"}
# A title's site part: " - Site Name" / " | Site" after the headline, when it reads as a name, not words.
TITLE_SEPARATORS = (" | ", " - ", " \u2013 ", " \u2014 ", " :: ")
MAX_SITE_WORDS = 10
TITLE_PREFIX = re.compile(r"^(?:update[d]?|breaking(?: news)?|watch|video|photos|live|exclusive)\s*:\s*", re.IGNORECASE)
# A text shorter than this after HTML, PDF or Word extraction is reported: the extraction may have failed.
MIN_EXTRACTED_CHARS = 400

# English function words that other languages written in Latin letters seldom use: a text where they
# are this share of the words is English without asking the identifier (whose model takes ~130 MB).
ENGLISH_WORDS = frozenset("""the and of to is that with for he she it they this from by at his her which said have has
been were are not but or would their who after about its than when there what could will been into over""".split())
MIN_ENGLISH_SHARE = 0.12
# Languages: the identifier is asked only of a text this long, and its verdict taken at this confidence.
MIN_LANGUAGE_CHARS = 200
MIN_LANGUAGE_CONFIDENCE = 0.9
LANGUAGE_NAMES = {
    "af": "Afrikaans", "ar": "Arabic", "bg": "Bulgarian", "bn": "Bengali", "ca": "Catalan", "cs": "Czech",
    "cy": "Welsh", "da": "Danish", "de": "German", "el": "Greek", "en": "English", "es": "Spanish", "et": "Estonian",
    "fa": "Persian", "fi": "Finnish", "fr": "French", "he": "Hebrew", "hi": "Hindi", "hr": "Croatian",
    "hu": "Hungarian", "id": "Indonesian", "it": "Italian", "ja": "Japanese", "ko": "Korean", "lt": "Lithuanian",
    "lv": "Latvian", "nl": "Dutch", "no": "Norwegian", "pl": "Polish", "pt": "Portuguese", "ro": "Romanian",
    "ru": "Russian", "sk": "Slovak", "sl": "Slovenian", "sq": "Albanian", "sr": "Serbian", "sv": "Swedish",
    "sw": "Swahili", "ta": "Tamil", "th": "Thai", "tr": "Turkish", "uk": "Ukrainian", "ur": "Urdu",
    "vi": "Vietnamese", "zh": "Chinese",
}

# fmt: on
