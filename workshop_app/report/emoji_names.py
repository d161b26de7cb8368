"""Swedish names of the emoji people most often type in notes, for the PDF's visible labels.

The embedded fonts have no emoji, and reportlab cannot copy characters above U+FFFF correctly
from a PDF even when a font draws them, so an emoji prints as a label. Python knows only the
English names (:func:`unicodedata.name`); a Swedish report labels the common ones in Swedish
(after the Unicode CLDR's Swedish short names) and others by their code point.
"""

from __future__ import annotations

SWEDISH = {
    "😀": "grinande ansikte", "😃": "grinande ansikte med stora ögon", "😄": "grinande ansikte med leende ögon",
    "😁": "strålande ansikte med leende ögon", "😆": "grinande ansikte med hopknipna ögon",
    "😅": "grinande ansikte med svett", "🤣": "rullar på golvet av skratt", "😂": "ansikte med glädjetårar",
    "🙂": "lätt leende ansikte", "🙃": "upp och nedvänt ansikte", "😉": "blinkande ansikte",
    "😊": "leende ansikte med leende ögon", "😇": "leende ansikte med gloria",
    "😍": "leende ansikte med hjärtformade ögon", "😘": "ansikte som slänger en kyss",
    "😋": "ansikte som smakar på god mat", "😎": "leende ansikte med solglasögon", "🤔": "funderande ansikte",
    "😐": "neutralt ansikte", "😑": "uttryckslöst ansikte", "😶": "ansikte utan mun",
    "🙄": "ansikte med rullande ögon", "😏": "flinande ansikte", "😣": "envist ansikte",
    "😥": "ledset men lättat ansikte", "😮": "ansikte med öppen mun", "😪": "sömnigt ansikte",
    "😫": "trött ansikte", "😴": "sovande ansikte", "😌": "lättat ansikte", "😛": "ansikte med tungan ute",
    "😒": "missnöjt ansikte", "😓": "nedslaget ansikte med svett", "😔": "eftertänksamt ansikte",
    "😕": "förvirrat ansikte", "😲": "förbluffat ansikte", "🙁": "lätt bekymrat ansikte",
    "😞": "besviket ansikte", "😟": "oroligt ansikte", "😤": "ansikte med ånga från näsan",
    "😢": "gråtande ansikte", "😭": "storgråtande ansikte", "😨": "rädd ansikte", "😩": "utmattat ansikte",
    "😬": "grimaserande ansikte", "😰": "ängsligt ansikte med svett", "😱": "ansikte som skriker av rädsla",
    "😳": "rodnande ansikte", "😡": "surmulet ansikte", "😠": "argt ansikte", "🤯": "exploderande huvud",
    "🥳": "festande ansikte", "🥲": "leende ansikte med tår", "😷": "ansikte med munskydd",
    "🤒": "ansikte med termometer", "🤕": "ansikte med bandage", "👍": "tummen upp", "👎": "tummen ned",
    "👏": "klappande händer", "🙌": "höjda händer", "🙏": "knäppta händer", "💪": "spänd biceps",
    "👋": "vinkande hand", "🤝": "handslag", "👌": "ok-hand", "💙": "blått hjärta", "💚": "grönt hjärta",
    "💛": "gult hjärta", "💔": "krossat hjärta", "🧡": "orange hjärta", "💜": "lila hjärta",
    "🎉": "partysmällare", "🏥": "sjukhus", "💊": "piller", "🩺": "stetoskop", "💉": "spruta",
    "🚑": "ambulans", "📱": "mobiltelefon", "💻": "bärbar dator", "📞": "telefonlur", "📧": "e-post",
    "💡": "glödlampa", "🔥": "eld", "👩": "kvinna", "👨": "man", "🧑": "person", "👵": "äldre kvinna",
    "👴": "äldre man", "👶": "bebis", "👪": "familj", "🏠": "hus", "🚗": "bil",
    "🌍": "jordglob med Europa och Afrika", "💰": "pengapåse", "📈": "diagram som ökar",
    "📉": "diagram som minskar", "🤷": "person som rycker på axlarna",
    "🤦": "person som slår handen för ansiktet", "🌟": "glittrande stjärna", "✨": "gnistor",
    "⭐": "stjärna", "✅": "bock i grön ruta", "❌": "kryss", "❗": "utropstecken", "❓": "frågetecken",
    "⏰": "väckarklocka", "⌛": "timglas",
}


def emoji_label(char: str, language: str) -> str:
    """``[emoji: grinande ansikte]`` in a Swedish report, ``[emoji: grinning face]`` in an English
    one; ``[emoji U+1F9A0]`` for an emoji without a name in the report's language."""
    import unicodedata

    if language == "sv":
        name = SWEDISH.get(char, "")
    else:
        name = unicodedata.name(char, "").lower()
    return f"[emoji: {name}]" if name else f"[emoji U+{ord(char):04X}]"
