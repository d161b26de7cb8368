"""The bar chart of notes per focus area and category, drawn with reportlab.graphics.

The colours and the axis step are shared with the HTML version (which draws SVG itself);
reportlab is imported only when the PDF chart is drawn.

The same figures are always printed as a table next to it (a chart alone is not accessible).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from workshop_app.report import fonts
from workshop_app.report.markup import line_text, visual_order

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing

    from workshop_app.report.blocks import Chart

CATEGORY_COLOURS = {"possibility": "#009E73", "obstacle": "#D55E00", "support": "#0072B2"}
"""Colour-blind-safe colours (Okabe-Ito) per category key."""
OTHER_COLOURS = ("#CC79A7", "#E69F00", "#56B4E9", "#999999")

LABEL_SIZE = 8


def category_colour(key: str, index: int) -> str:
    return CATEGORY_COLOURS.get(key) or OTHER_COLOURS[index % len(OTHER_COLOURS)]


def nice_step(maximum: int) -> int:
    """A round step for the value axis (1, 2, 5, 10, 20, 50 ...) giving about five ticks."""
    if maximum <= 5:
        return 1
    raw = maximum / 5
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * power:
            return int(factor * power)
    return int(10 * power)


def _fit_label(text: str, width: float) -> str:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, fonts.REGULAR, LABEL_SIZE) <= width:
        return text
    while text and stringWidth(text + "…", fonts.REGULAR, LABEL_SIZE) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def notes_chart(block: Chart, width: float, max_height: float, language: str = "en") -> Drawing:
    """A horizontal grouped bar chart: one group per focus area, one bar per category."""
    from reportlab.graphics.charts.barcharts import HorizontalBarChart
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors
    from reportlab.pdfbase.pdfmetrics import stringWidth

    covered = fonts.coverage(fonts.REGULAR)  # every label is drawn in the regular face
    rows = block.rows
    names = [line_text(row.name, covered, language) for row in rows]  # logical order: shortened, then reordered
    label_width = min(width * 0.36, max(stringWidth(n, fonts.REGULAR, LABEL_SIZE) for n in names) + 6)
    legend_height = 22
    group = max(12.0, min(34.0, (max_height - legend_height - 30) / max(1, len(rows))))
    plot_height = group * len(rows)
    height = plot_height + legend_height + 30
    drawing = Drawing(width, height)
    drawing.initialFontName = fonts.REGULAR  # or the renderer starts in Helvetica
    drawing.initialFontSize = LABEL_SIZE

    chart = HorizontalBarChart()
    chart.x = label_width + 4
    chart.y = 22
    chart.width = width - chart.x - 24
    chart.height = plot_height
    series = list(zip(*[row.values for row in rows])) or [()]
    # reportlab draws the first category and the first series at the bottom: reverse both so
    # that the first area is on top and its bars follow the legend's order downwards
    chart.data = [tuple(reversed(s)) for s in reversed(series)]
    chart.categoryAxis.categoryNames = [visual_order(_fit_label(n, label_width)) for n in reversed(names)]
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = colors.HexColor("#888888")
    chart.categoryAxis.tickLeft = 0
    maximum = max([v for s in series for v in s] or [0])
    step = nice_step(maximum)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(step, math.ceil(maximum / step) * step)
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = fonts.REGULAR
    chart.valueAxis.labels.fontSize = LABEL_SIZE
    chart.valueAxis.labelTextFormat = "%d"
    chart.valueAxis.strokeColor = colors.HexColor("#888888")
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e3e3e3")
    chart.valueAxis.gridStrokeWidth = 0.5
    chart.barSpacing = 1
    chart.groupSpacing = max(3, group * 0.25)
    chart.barLabelFormat = lambda value: f"{value:d}" if value else ""  # the table shows zeros
    chart.barLabels.fontName = fonts.REGULAR
    chart.barLabels.fontSize = LABEL_SIZE - 1
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 2
    count = len(block.series)
    for index, (key, _heading) in enumerate(block.series):
        bar = chart.bars[count - 1 - index]
        bar.fillColor = colors.HexColor(category_colour(key, index))
        bar.strokeColor = None
    drawing.add(chart)

    legend = Legend()
    legend.fontName = fonts.REGULAR
    legend.fontSize = LABEL_SIZE
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.variColumn = 1  # each entry as wide as its own name: even gaps between the entries
    legend.autoXPadding = 14
    legend.dx = legend.dy = 8
    legend.deltax = 12
    legend.dxTextSpace = 4
    legend.x = chart.x
    legend.y = height - 8
    legend.boxAnchor = "nw"
    legend.strokeColor = None
    legend.colorNamePairs = [
        (colors.HexColor(category_colour(key, i)), visual_order(line_text(heading, covered, language)))
        for i, (key, heading) in enumerate(block.series)
    ]
    drawing.add(legend)
    return drawing
