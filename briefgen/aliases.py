"""Names that stand for an actor: capitals and seats of government, short forms of countries and bodies.

Generic world knowledge, not words from any article. A config's `aliases:` adds to these (or
replaces them with `default_aliases: false`).
"""

DEFAULT_ALIASES: dict[str, str] = {
    "U.S.": "United States", "US": "United States", "USA": "United States", "U.S.A.": "United States",
    "United States of America": "United States", "America": "United States",
    "Washington": "United States", "White House": "United States", "the White House": "United States",
    "Kremlin": "Russia", "the Kremlin": "Russia", "Moscow": "Russia", "Russian Federation": "Russia",
    "Kyiv": "Ukraine", "Kiev": "Ukraine",
    "Beijing": "China", "People's Republic of China": "China", "PRC": "China",
    "London": "United Kingdom", "Downing Street": "United Kingdom", "UK": "United Kingdom",
    "U.K.": "United Kingdom", "Britain": "United Kingdom", "Great Britain": "United Kingdom",
    "Paris": "France", "Elysee": "France", "Élysée": "France", "Berlin": "Germany", "Rome": "Italy",
    "Madrid": "Spain", "Warsaw": "Poland", "Tokyo": "Japan", "Seoul": "South Korea",
    "Pyongyang": "North Korea", "Tehran": "Iran", "Ankara": "Turkey", "Türkiye": "Turkey",
    "New Delhi": "India", "Islamabad": "Pakistan", "Kabul": "Afghanistan", "Damascus": "Syria",
    "Baghdad": "Iraq", "Riyadh": "Saudi Arabia", "Cairo": "Egypt", "Ottawa": "Canada",
    "Canberra": "Australia", "Minsk": "Belarus", "Budapest": "Hungary", "Caracas": "Venezuela",
    "Havana": "Cuba", "Mexico City": "Mexico", "Brasilia": "Brazil", "Pretoria": "South Africa",
    "Brussels": "European Union", "EU": "European Union", "the EU": "European Union",
    "UN": "United Nations", "U.N.": "United Nations", "the UN": "United Nations", "the U.N.": "United Nations",
    "Pentagon": "United States Department of Defense", "the Pentagon": "United States Department of Defense",
}
