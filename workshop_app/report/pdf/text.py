"""Paragraphs from user text for reportlab: escaped, with visible labels for glyphs the fonts
lack, right-to-left aware, and fast for the plain text most notes are."""

from __future__ import annotations

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import textTransformFrags
from reportlab.platypus.paraparser import ParaFrag

from workshop_app.report import bidi, fonts
from workshop_app.report.markup import clean, fits, rtl_markup, to_markup


class TextMaker:
    """Builds paragraphs from user text: escaped, with glyph fallbacks, right-to-left aware.

    One maker serves a whole report, and it remembers what it worked out: the markup of each
    text (a note is printed as a quote and again in the appendix, theme and area names appear
    in several chapters), the right-aligned variant of each style, and per style the fragment
    reportlab's parser makes of plain text (see :meth:`para`).
    """

    def __init__(self, width: float, language: str = "en"):
        self.width = width
        self.language = language
        self.covered = {
            fonts.REGULAR: fonts.coverage(fonts.REGULAR),
            fonts.BOLD: fonts.coverage(fonts.BOLD),
            fonts.ITALIC: fonts.coverage(fonts.ITALIC),
        }
        self._common = fonts.common_coverage()
        self._any_face: dict[str, str] = {}  # markup of texts that every face prints in full
        self._per_face: dict[tuple[str, str], str] = {}
        self._rtl_styles: dict[int, tuple[ParagraphStyle, ParagraphStyle]] = {}
        self._fragments: dict[int, tuple[ParagraphStyle, ParaFrag | None]] = {}
        self._upright: dict[int, tuple[ParagraphStyle, ParagraphStyle]] = {}

    def markup(self, text: str, style: ParagraphStyle, indent: float = 0) -> tuple[str, bool]:
        """Markup for ``text`` in ``style``; True when the text reads right to left."""
        hit = self._any_face.get(text)
        if hit is not None:
            return hit, False
        covered = self.covered.get(style.fontName, self.covered[fonts.REGULAR])
        if not bidi.has_rtl(text):
            if fits(text, self._common):  # no fallback labels in any face: one markup for all
                markup = self._any_face[text] = to_markup(text, covered, self.language)
                return markup, False
            key = (text, style.fontName)
            markup = self._per_face.get(key)
            if markup is None:
                markup = self._per_face[key] = to_markup(text, covered, self.language)
            return markup, False
        width = self.width - style.leftIndent - style.rightIndent - indent - 1

        def measure(s: str) -> float:
            return stringWidth(s, style.fontName, style.fontSize)

        markup, base = rtl_markup(text, covered, width, measure, self.language)
        return markup, base == "R"

    def rtl_style(self, style: ParagraphStyle) -> ParagraphStyle:
        """``style`` right-aligned, for a paragraph that reads right to left (made once per style)."""
        hit = self._rtl_styles.get(id(style))
        if hit is None or hit[0] is not style:
            rtl = ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT, firstLineIndent=0)
            hit = self._rtl_styles[id(style)] = (style, rtl)
        return hit[1]

    def para(self, markup: str, style: ParagraphStyle, cls: type[Paragraph] = Paragraph, **kw) -> Paragraph:
        """``cls(markup, style, **kw)``; plain text skips reportlab's markup parser.

        Most paragraphs of a report are plain text: no tags, no entities. reportlab parses each
        one with an HTML parser only to get a single fragment with the style's font and colour
        and the text with its white space collapsed; that took a fifth of the report's time.
        Here the fragment is copied from one the parser made for the same style, and the white
        space collapsed exactly as reportlab's ``cleanBlockQuotedText`` does (which splits at
        white space except U+00A0 but including U+200B); anything else goes to the parser.
        """
        if kw or "<" in markup or "&" in markup or "\u200b" in markup or "\x00" in markup:
            return cls(markup, style, **kw)
        if "\xa0" in markup:  # a no-break space joins words: keep it out of split()
            text = " ".join(markup.replace("\xa0", "\x00").split()).replace("\x00", "\xa0")
        else:
            text = " ".join(markup.split())
        template = self._fragment(style)
        if template is None or not text:
            return cls(markup, style, **kw)
        frag = ParaFrag.__new__(ParaFrag)
        frag.__dict__.update(template.__dict__)
        frag.text = text
        frag.link = []
        frag.us_lines = []
        frags = [frag]
        textTransformFrags(frags, style)
        return cls(text, style, frags=frags)

    def _fragment(self, style: ParagraphStyle) -> ParaFrag | None:
        hit = self._fragments.get(id(style))
        if hit is None or hit[0] is not style:
            frags = Paragraph("x", style).frags
            ok = len(frags) == 1 and frags[0].text == "x" and set(frags[0].__dict__) >= {"link", "us_lines"}
            hit = self._fragments[id(style)] = (style, frags[0] if ok else None)
        return hit[1]

    def face(self, text: str, style: ParagraphStyle) -> ParagraphStyle:
        """``style``, or the same in the regular face when only that face can print ``text``.

        DejaVu Sans Oblique has no Arabic (nor N'Ko, Tifinagh, Ogham): a quote in Arabic would
        print as code labels. Printed upright it reads; and as Hebrew and Arabic have no italics,
        a right-to-left quote is upright whether the oblique face has its letters or not.
        """
        if style.fontName == fonts.REGULAR:
            return style
        covered = self.covered.get(style.fontName)
        if covered is None:
            return style
        if not (style.fontName == fonts.ITALIC and bidi.has_rtl(text)):
            if fits(text, covered):
                return style
            regular = self.covered[fonts.REGULAR]
            if not any(ord(c) in regular and ord(c) not in covered for c in text):
                return style
        hit = self._upright.get(id(style))
        if hit is None or hit[0] is not style:
            upright = ParagraphStyle(f"{style.name}-upright", parent=style, fontName=fonts.REGULAR)
            hit = self._upright[id(style)] = (style, upright)
        return hit[1]

    def paragraph(self, text: str, style: ParagraphStyle, *, prefix: str = "", suffix: str = "", **kw) -> Paragraph:
        style = self.face(text, style)
        markup, rtl = self.markup(text, style)
        if rtl and prefix:  # the bullet goes after the first line: break the lines leaving room for it
            markup, rtl = self.markup(text, style, stringWidth(" " + prefix.strip(), style.fontName, style.fontSize))
        if rtl:
            style = self.rtl_style(style)
            if suffix:
                suffix = "<br/>" + suffix.lstrip()
            if prefix:  # a bullet goes to the right, before the first word
                markup, prefix = (
                    markup.replace("<br/>", " " + prefix.strip() + "<br/>", 1)
                    if "<br/>" in markup
                    else markup + " " + prefix.strip(),
                    "",
                )
        return self.para(prefix + markup + suffix, style, **kw)

    def paragraphs(self, text: str, style: ParagraphStyle) -> list[Paragraph]:
        """One paragraph per block of ``text`` separated by blank lines."""
        blocks = [b.strip() for b in clean(text).split("\n\n")]
        return [self.paragraph(b, style) for b in blocks if b]

    def plain(self, text: str, style: ParagraphStyle) -> str:
        """Escaped markup for short fixed-direction text (titles, names)."""
        return self.markup(text, style)[0]
