"""The overview chart as a PNG image (Pillow), for the Word report.

The same chart as the PDF's and the HTML's (:mod:`.chart`): one group of bars per focus area,
one bar per category in the category's colour, a legend and a value axis with round steps. Drawn
at twice the printed resolution so that it stays sharp when printed.
"""

from __future__ import annotations

from io import BytesIO

from workshop_app.report import fonts
from workshop_app.report.blocks import Chart
from workshop_app.report.chart import category_colour, nice_step
from workshop_app.report.markup import clean

WIDTH = 1600
"""Pixels; printed 16 cm wide in the Word document (about 250 dpi)."""
FONT_SIZE = 30
BAR = 24
GAP = 20
LABEL_SHARE = 0.34


def _font(size: int, bold: bool = False):
    from PIL import ImageFont

    from workshop_app.paths import resource

    name = fonts.FILES[fonts.BOLD if bold else fonts.REGULAR]
    return ImageFont.truetype(str(resource("fonts", name)), size)


def _fit(draw, text: str, font, width: float) -> str:
    if draw.textlength(text, font=font) <= width:
        return text
    while text and draw.textlength(text + "…", font=font) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def chart_png(chart: Chart) -> tuple[bytes, float]:
    """The chart as PNG bytes and its height divided by its width."""
    from PIL import Image, ImageDraw

    font = _font(FONT_SIZE)
    small = _font(FONT_SIZE - 4)
    rows = chart.rows
    group = BAR * len(chart.series) + GAP
    legend = 50
    top = legend + 10
    height = top + group * len(rows) + 50
    image = Image.new("RGB", (WIDTH, height), "white")
    draw = ImageDraw.Draw(image)
    label_width = int(WIDTH * LABEL_SHARE)
    plot_left, plot_right = label_width + 12, WIDTH - 60
    maximum = max([v for r in rows for v in r.values] or [1]) or 1
    step = nice_step(maximum)
    axis_max = max(step, -(-maximum // step) * step)
    scale = (plot_right - plot_left) / axis_max
    x = plot_left
    for index, (key, heading) in enumerate(chart.series):
        draw.rectangle([x, 12, x + 26, 38], fill=category_colour(key, index))
        draw.text((x + 30, 25), heading, font=font, fill="#1f2328", anchor="lm")
        x += 30 + draw.textlength(heading, font=font) + 36
    bottom = top + group * len(rows)
    value = 0
    while value <= axis_max:
        gx = plot_left + value * scale
        draw.line([gx, top - 4, gx, bottom], fill="#e3e3e3", width=2)
        draw.text((gx, bottom + 22), str(value), font=small, fill="#1f2328", anchor="mm")
        value += step
    draw.line([plot_left, top - 4, plot_left, bottom], fill="#888888", width=2)
    for number, row in enumerate(rows):
        y = top + number * group
        name = _fit(draw, " ".join(clean(row.name).split()), font, label_width - 10)
        draw.text((label_width, y + (group - GAP) / 2), name, font=font, fill="#1f2328", anchor="rm")
        for index, ((key, _), count) in enumerate(zip(chart.series, row.values)):
            by = y + index * BAR
            if count:
                draw.rectangle(
                    [plot_left, by, plot_left + count * scale, by + BAR - 3], fill=category_colour(key, index)
                )
                draw.text(
                    (plot_left + count * scale + 6, by + (BAR - 3) / 2),
                    str(count),
                    font=small,
                    fill="#1f2328",
                    anchor="lm",
                )
    out = BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue(), height / WIDTH
