"""The PDF report (reportlab), split by what each part does:

- :mod:`.render` walks the outline and lays the document out;
- :mod:`.text` makes paragraphs of user text (escaping, glyph fallback, right to left);
- :mod:`.flowables` holds the PDF's own flowables, document and canvas;
- :mod:`.page` draws the title page and every page's head and foot;
- :mod:`.layout` holds the measures: colours, margins, styles, column widths.
"""

from workshop_app.report.pdf.flowables import Contents, LayoutState, ReportCanvas
from workshop_app.report.pdf.layout import MARGIN_X, column_widths, count_widths
from workshop_app.report.pdf.render import Paragraph, PdfRenderer, render_pdf
from workshop_app.report.pdf.text import TextMaker

__all__ = [
    "Contents",
    "LayoutState",
    "MARGIN_X",
    "Paragraph",
    "PdfRenderer",
    "ReportCanvas",
    "TextMaker",
    "column_widths",
    "count_widths",
    "render_pdf",
]
