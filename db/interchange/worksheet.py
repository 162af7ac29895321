"""Paper: a module's worksheet (questions with room to answer), its answer key, and a timeline handout, as PDF.

Drawn with reportlab so the command line can print without Qt. Black on white only: choices are
empty boxes, kinds of events are words, never colour; text is 10.5 pt or larger in a Unicode font.
Each prints in a language (`lang`): the content where translated, the printed words, the dates, and
for Chinese and Korean an embedded Noto Sans CJK font (db/interchange/paper_font.py).
"""

from __future__ import annotations

import hashlib
import html
import json
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import LayoutError

from db import i18n
from db.claim_status import status_words
from db.content import get_item, list_items
from db.dates import span
from db.errors import NotFoundError, TrilemmaError
from db.i18n_items import localized, localized_all
from db.interchange.paper_font import fonts_for, latin_apostrophes, rich_symbols
from db.interchange.paper_words import WORDS, word
from db.interchange.questions import in_language
from db.queries import actors, eras, event_rows

if TYPE_CHECKING:
    from db.connection import Database

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
# Vera (the fallback) lacks some symbols; DejaVu and Noto Sans CJK have them.
STAR, ARROW = ("★", "→") if rich_symbols() else ("*", "->")


def _when(start: str, end: str | None, lang: str | None) -> str:
    """A date or span as the language writes it ('June 2024', '2024年6月', 'июнь 2024 г.')."""
    return i18n.date_label(start, end or None, lang or "en")


def _styles(lang: str | None, content) -> dict[str, ParagraphStyle]:
    """The paragraph styles, in a font that has every character of `content` and of the printed words."""
    text = json.dumps(content, ensure_ascii=False, default=str) + "".join(word(w, lang) for w in WORDS)
    regular, bold = fonts_for(lang, text + STAR + ARROW + "–—…¶·“”")
    # Chinese runs without spaces: break lines between any two characters, as Chinese typesetting does.
    base = ParagraphStyle("body", fontName=regular, fontSize=10.5, leading=14, alignment=TA_LEFT,
                          wordWrap="CJK" if lang == "zh_CN" else None)
    return {
        "font": ParagraphStyle("font", fontName=regular),
        "title": ParagraphStyle("title", parent=base, fontName=bold, fontSize=17, leading=21, spaceAfter=4),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=10.5, leading=14, spaceAfter=8),
        "q": ParagraphStyle("q", parent=base, fontName=bold, fontSize=11.5, leading=15, spaceBefore=4, spaceAfter=4),
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=9.5, leading=12),
        "answer": ParagraphStyle("answer", parent=base, fontName=bold),
        "head": ParagraphStyle("head", parent=base, fontName=bold, fontSize=13, leading=17, spaceBefore=8, spaceAfter=4),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    if style.fontName.startswith("TrilemmaCJK"):
        text = latin_apostrophes(text)
    return Paragraph(html.escape(text).replace("\n", "<br/>"), style)


class _Box(Flowable):
    """An empty square to tick, drawn (not a font glyph), so it prints in any font."""

    def __init__(self, size: float = 4 * mm):
        super().__init__()
        self.size = size
        self.width = self.height = size

    def draw(self) -> None:
        self.canv.setLineWidth(0.9)
        self.canv.rect(0, 0, self.size, self.size)


class _Lines(Flowable):
    """Ruled lines to write an answer on."""

    def __init__(self, count: int, width: float, gap: float = 8 * mm):
        super().__init__()
        self.count, self.width, self.gap = count, width, gap
        self.height = count * gap

    def draw(self) -> None:
        self.canv.setLineWidth(0.5)
        self.canv.setStrokeColor(colors.black)
        for i in range(self.count):
            y = self.height - (i + 1) * self.gap + 1
            self.canv.line(0, y, self.width, y)


def _shuffled(values: list, key: str) -> list:
    """A fixed, reproducible shuffle (the same sheet prints the same way every time)."""
    return sorted(values, key=lambda v: hashlib.sha256(f"{key}|{v}".encode()).hexdigest())


def _choices(rows: list[str], st: dict, width: float) -> Table:
    table = Table([[_Box(), _p(f"{LETTERS[i]}.  {text}", st["body"])] for i, text in enumerate(rows)],
                  colWidths=[8 * mm, width - 8 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return table


def _english_events(db: Database) -> dict[str, dict]:
    """Every event as stored (the queries' rows follow the interface's content language, not the PDF's)."""
    return {e["id"]: e for e in list_items(db, "event")}


def _titles(db: Database, slugs: list[str], lang: str | None) -> dict[str, str]:
    """Event titles by slug in the language (English where not translated)."""
    events = _english_events(db)
    return {s: localized("event", {"id": s, "title": events[s]["title"]}, lang, db)["title"]
            for s in slugs if s in events}


def _answer_area(titles: dict[str, str], q: dict, st: dict, width: float, lang: str | None = None) -> list:
    """The room to answer `q`; `titles`: the worksheet's event titles by slug, in its language."""
    t = q["type"]
    if t == "single_choice":
        return [_p(word("Tick one box.", lang), st["small"]), _choices(_printed_options(q), st, width)]
    if t == "multiple_select":
        return [_p(word("Tick every right answer.", lang), st["small"]), _choices(_printed_options(q), st, width)]
    if t == "true_false":
        return [_choices([word("True", lang), word("False", lang)], st, width)]
    if t == "short_answer":
        return [_Lines(2, width)]
    if t == "numeric_year":
        return [_p(word("Year: ____________", lang), st["body"])]
    if t == "place_on_timeline":
        return [_p(word("Date (a year, or a month and year): ______________________", lang), st["body"])]
    if t == "order":
        rows = [[_p("____", st["body"]), _p(titles.get(s, s), st["body"])] for s in _shuffled(q["items"], q["id"])]
        table = Table(rows, colWidths=[16 * mm, width - 16 * mm], hAlign="LEFT")
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        return [_p(word("Number the events from 1 (earliest) onwards.", lang), st["small"]), table]
    if t == "match":
        rights = _shuffled([p[1] for p in q["pairs"]], q["id"])
        rows = [[_p(f"{i + 1}.  {left}", st["body"]), _p(f"{ARROW} ____", st["body"]),
                 _p(f"{LETTERS[i]}.  {rights[i]}", st["body"])] for i, (left, _) in enumerate(q["pairs"])]
        table = Table(rows, colWidths=[width * 0.42, 18 * mm, width * 0.58 - 18 * mm], hAlign="LEFT")
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        return [_p(word("Write the letter that matches each number.", lang), st["small"]), table]
    return []


def _option_order(q: dict) -> list[int]:
    """Stored option indexes in printed order: shuffled, so a file whose first option is always right gives nothing away."""
    return _shuffled(list(range(len(q["options"]))), q["id"])


def _printed_options(q: dict) -> list[str]:
    return [q["options"][i] for i in _option_order(q)]


def _answer_text(titles: dict[str, str], q: dict, lang: str | None = None) -> str:
    t = q["type"]
    if t in ("single_choice", "multiple_select"):
        order = _option_order(q)
        return "; ".join(f"{LETTERS[order.index(i)]}. {q['options'][i]}" for i in sorted(q["correct"], key=order.index))
    if t == "true_false":
        return word("True" if q["answer"] else "False", lang)
    if t == "short_answer":
        return " / ".join(q["answers"])
    if t == "numeric_year":
        tol = q.get("tolerance", 0)
        answer = q["answer"]
        return word("{0} (accept {1}–{2})", lang, answer, answer - tol, answer + tol) if tol else f"{answer}"
    if t == "place_on_timeline":
        return _when(q["answer"], None, lang)
    if t == "order":
        shown = _shuffled(q["items"], q["id"])
        return "; ".join(f"{q['items'].index(s) + 1} – {titles.get(s, s)}" for s in shown)
    if t == "match":
        rights = _shuffled([p[1] for p in q["pairs"]], q["id"])
        return "; ".join(f"{i + 1} {ARROW} {LETTERS[rights.index(right)]}" for i, (_, right) in enumerate(q["pairs"]))
    return ""


def _doc(path: str | Path, title: str) -> SimpleDocTemplate:
    return SimpleDocTemplate(str(path), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                             bottomMargin=16 * mm, title=title, author="Trilemma", creator="Trilemma")


def _footer(text: str, st: dict, lang: str | None):
    regular = st["font"].fontName

    def draw(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(regular, 8.5)
        canvas.drawString(18 * mm, 9 * mm, text)
        canvas.drawRightString(A4[0] - 18 * mm, 9 * mm, word("page {0}", lang, doc.page))
        canvas.restoreState()

    return draw


def write_worksheet(db: Database, path: str | Path, *, module: str, answer_key: bool = False,
                    lang: str | None = None) -> dict:
    """A module's worksheet (or its answer key) as a PDF in `lang` (None: English); return {questions, pages}."""
    try:
        mod = localized("module", get_item(db, "module", module), lang, db)
    except NotFoundError as exc:
        raise TrilemmaError(f"--module: {exc}") from exc
    by_id = {q["id"]: q for q in list_items(db, "question")}
    questions = in_language(db, [by_id[q] for q in mod["questions"] if q in by_id], lang)
    source_titles = {s["id"]: s["title"] for s in list_items(db, "source")}
    claims = {c["id"]: localized("claim", c, lang, db) for c in list_items(db, "claim")} if answer_key else {}
    titles = _titles(db, sorted({i for q in questions for i in q.get("items", [])}), lang)
    status = [status_words(c["status"]) for c in claims.values()]
    st = _styles(lang, [mod["title"], mod.get("summary"), questions, titles, list(claims.values()),
                        [word(x, lang) for pair in status for x in pair]])
    kind = word("answer key" if answer_key else "worksheet", lang)
    doc = _doc(path, f"{mod['title']} – {kind}")
    width = doc.width
    story: list = [_p(word("{0} — answer key", lang, mod["title"]) if answer_key else mod["title"], st["title"])]
    if answer_key:
        story.append(_p(word("For the teacher. Letters refer to the worksheet's choices.", lang), st["subtitle"]))
    else:
        story.append(_p(word("Name: ______________________    Class: ________    Date: ____________", lang),
                        st["subtitle"]))
        if mod.get("summary"):
            story.append(_p(mod["summary"], st["body"]))
    story.append(Spacer(1, 4 * mm))
    for n, q in enumerate(questions, start=1):
        block: list = [_p(f"{n}.  {q['prompt']}", st["q"])]
        if answer_key:
            block.append(_p(word("Answer: {0}", lang, _answer_text(titles, q, lang)), st["answer"]))
            if q.get("explanation"):
                block.append(_p(q["explanation"], st["body"]))
            cites = [source_titles.get(c["source"], c["source"]) + (f" {c['locator']}" if c.get("locator") else "")
                     for c in q.get("sources", [])]
            if cites:
                block.append(_p(word("Sources: {0}", lang, "; ".join(cites)), st["small"]))
            for slug in q.get("claims", []):
                if slug in claims:  # the status in words, so a teacher never presents a disputed claim as fact
                    c = claims[slug]
                    label, meaning = (word(x, lang) for x in status_words(c["status"]))  # words: fonts may lack symbols
                    line = (word("The article (¶{0}): {1} — {2}: {3}", lang, c["paragraph"], c["text"], label, meaning)
                            if c.get("paragraph") else word("The article: {0} — {1}: {2}", lang, c["text"], label,
                                                            meaning))
                    block.append(_p(line, st["small"]))
        else:
            block.extend(_answer_area(titles, q, st, width, lang))
        block.append(Spacer(1, 5 * mm))
        story.append(CondPageBreak(40 * mm))
        story.append(KeepTogether(block))
    if not questions:
        story.append(_p(word("This module has no questions yet.", lang), st["body"]))
    footer = _footer(word("Trilemma · {0} · answer key" if answer_key else "Trilemma · {0}", lang, mod["title"]),
                     st, lang)
    _build(doc, story, footer)
    return {"questions": len(questions), "pages": doc.page}


class _TimelineStrip(Flowable):
    """The period drawn as a line: years as ticks, eras as labelled outlined bands, events as numbered marks.

    Black only: a landmark is a filled circle, any other event an open one; a span is a bar. The numbers
    match the first column of the events table below."""

    def __init__(self, first: int, last: int, periods: list[dict], events: list[dict], width: float, font: str):
        super().__init__()
        self.first, self.last, self.width, self.font = first, last + 1, width, font
        self.era_rows = self._lanes([(span(e["start"], e["end"] or None)[0],
                                      span(e["start"], e["end"])[1] if e["end"] else float(self.last), e["name"])
                                     for e in periods], gap=0.0)
        marks = []
        for n, e in enumerate(events, start=1):
            a, b = span(e["start"], e["end"])
            marks.append((max(a, self.first), min(b, self.last), n, e["importance"] >= 5))
        self.marks = marks
        self.label_rows = self._label_lanes(marks)
        self.height = 12 * mm + 6 * mm * len(self.era_rows) + 5 * mm * max(1, len(self.label_rows)) + 4 * mm

    def _x(self, year: float) -> float:
        return (min(max(year, self.first), self.last) - self.first) / (self.last - self.first) * self.width

    def _lanes(self, spans: list[tuple[float, float, str]], gap: float) -> list[list[tuple[float, float, str]]]:
        lanes: list[list[tuple[float, float, str]]] = []
        for item in sorted(spans):
            for lane in lanes:
                if lane[-1][1] + gap <= item[0]:
                    lane.append(item)
                    break
            else:
                lanes.append([item])
        return lanes

    MAX_LABEL_LANES = 6

    def _label_lanes(self, marks) -> list[list[tuple[float, int]]]:
        """Numbers in as few rows as fit without overlap; where even six rows are full, the mark stays unnumbered."""
        lanes: list[list[tuple[float, int]]] = []
        for a, b, n, _ in marks:
            w = pdfmetrics.stringWidth(str(n), self.font, 7.5) + 2.5
            x = min(max(self._x((a + b) / 2), w / 2), self.width - w / 2)
            for lane in lanes:
                if lane[-1][0] + lane[-1][2] / 2 + 1 <= x - w / 2:
                    lane.append((x, n, w))
                    break
            else:
                if len(lanes) < self.MAX_LABEL_LANES:
                    lanes.append([(x, n, w)])
        return lanes

    def draw(self) -> None:
        c = self.canv
        c.setStrokeColor(colors.black)
        c.setFillColor(colors.black)
        top = self.height
        y = top - 6 * mm * len(self.era_rows) - 8 * mm  # the axis
        for i, lane in enumerate(self.era_rows):
            band_y = top - (i + 1) * 6 * mm
            for a, b, name in lane:
                x0, x1 = self._x(a), self._x(b)
                c.setLineWidth(0.8)
                c.rect(x0, band_y, max(x1 - x0, 1), 5 * mm, stroke=1, fill=0)
                label = name
                while label and pdfmetrics.stringWidth(label, self.font, 7.5) > x1 - x0 - 3:
                    label = label[:-2] + "…" if len(label) > 2 else ""
                c.setFont(self.font, 7.5)
                c.drawString(x0 + 1.5, band_y + 1.6 * mm, label)
        c.setLineWidth(1.2)
        c.line(0, y, self.width, y)
        years = self.last - self.first
        step = 1 if years <= 15 else 5 if years <= 60 else 10
        c.setFont(self.font, 8)
        for year in range(self.first, self.last + 1):
            x = self._x(year)
            c.setLineWidth(0.8)
            c.line(x, y - 1.5 * mm, x, y + 1.5 * mm)
            if year % step == 0 and year < self.last:
                c.drawString(x + 1, y + 1.8 * mm, str(year))
        for a, b, _, landmark in self.marks:
            x0, x1 = self._x(a), self._x(b)
            if x1 - x0 > 2:
                c.setLineWidth(2)
                c.line(x0, y - 2.5 * mm, x1, y - 2.5 * mm)
            c.setLineWidth(0.7)
            c.circle((x0 + x1) / 2, y - 2.5 * mm, 1.1 * mm, stroke=1, fill=1 if landmark else 0)
        c.setFont(self.font, 7.5)
        for i, lane in enumerate(self.label_rows):
            ly = y - 7.5 * mm - i * 5 * mm
            for x, n, w in lane:
                c.setLineWidth(0.3)
                c.line(x, y - 3.6 * mm, x, ly + 2.6 * mm)
                c.setFillColor(colors.white)
                c.rect(x - w / 2, ly - 0.8, w, 3.4 * mm, stroke=0, fill=1)
                c.setFillColor(colors.black)
                c.drawCentredString(x, ly, str(n))


def _build(doc: SimpleDocTemplate, story: list, footer) -> None:
    """Lay out and write the PDF; a piece too large for a page becomes a plain error."""
    try:
        doc.build(story, onFirstPage=footer, onLaterPages=footer)
    except LayoutError as exc:
        raise TrilemmaError("a text is too long to fit on one page (a summary or question of several thousand "
                            "words?), so the PDF was not made; shorten it in the editor") from exc


def _year(iso: str | None) -> int | None:
    return int(iso[:4]) if iso else None


def write_handout(db: Database, path: str | Path, *, start: int | None = None, end: int | None = None,
                  lang: str | None = None) -> dict:
    """A timeline handout of the events (and eras) from year `start` to year `end`, as a PDF in `lang`; return counts."""
    rows = event_rows(db)
    if not rows:
        raise TrilemmaError("there are no events to print")
    first = start if start is not None else min(_year(r["start"]) for r in rows)
    last = end if end is not None else max(_year(r["end"] or r["start"]) for r in rows)
    if first > last:
        raise TrilemmaError(f"--from {first} comes after --to {last}")
    english = _english_events(db)
    events = localized_all("event", [{**r, "id": r["slug"], "title": english[r["slug"]]["title"],
                                      "summary": english[r["slug"]].get("summary", "")} for r in rows
                                     if _year(r["start"]) <= last and _year(r["end"] or r["start"]) >= first], lang, db)
    periods = [localized("era", {**e, "id": e["slug"]}, lang, db) for e in eras(db, "en")
               if _year(e["start"]) <= last and (_year(e["end"]) or 9999) >= first]
    names = {a["slug"]: localized("actor", {**a, "id": a["slug"]}, lang, db)["name"] for a in actors(db, "en")}
    st = _styles(lang, [events, periods, names])
    doc = _doc(path, word("Timeline {0}–{1}", lang, first, last))
    width = doc.width
    intro = word("Events in date order. A date is only as precise as its source: “2024” means some time in 2024. {0} "
                 "(and a filled circle on the line) marks a landmark; the numbers on the line are the events' numbers "
                 "in the table (where they fit; choose a shorter period for more).", lang, STAR)
    story: list = [_p(word("The China–North Korea–Russia triangle, {0}–{1}", lang, first, last), st["title"]),
                   _p(intro, st["subtitle"]),
                   _TimelineStrip(first, last, periods, events, width, st["font"].fontName), Spacer(1, 3 * mm)]
    if periods:
        story.append(_p(word("Periods", lang), st["head"]))
        story.append(_table([[word("When", lang), word("Period", lang)]] +
                            [[html.escape(_when(e["start"], e["end"], lang)) + ("" if e["end"] else " –"),
                              f"<b>{html.escape(e['name'])}</b> — {html.escape(e['summary'])}"] for e in periods],
                            [34 * mm, width - 34 * mm], st))
    story.append(CondPageBreak(50 * mm))
    story.append(_p(word("Events", lang), st["head"]))
    body = [["#", word("When", lang), word("What happened", lang), word("Who", lang)]]
    comma = "、" if lang == "zh_CN" else ", "
    for n, e in enumerate(events, start=1):
        star = f"{STAR} " if e["importance"] >= 5 else ""
        body.append([str(n), html.escape(_when(e["start"], e["end"], lang)),
                     f"<b>{star}{html.escape(e['title'])}</b><br/>{html.escape(e['summary'])}",
                     html.escape(comma.join(names.get(a, a) for a in e["actors"]))])
    if len(body) == 1:
        body.append(["", "", word("No events in this period.", lang), ""])
    story.append(_table(body, [9 * mm, 28 * mm, width - 37 * mm - 36 * mm, 36 * mm], st))
    footer = _footer(word("Trilemma · timeline {0}–{1} · sources are listed in the app for every event", lang,
                          first, last), st, lang)
    _build(doc, story, footer)
    return {"events": len(events), "eras": len(periods), "pages": doc.page}


def _table(rows: list[list[str]], widths: list[float], st: dict) -> Table:
    head = ParagraphStyle("th", parent=st["body"], fontName=st["answer"].fontName)
    fix = latin_apostrophes if head.fontName.startswith("TrilemmaCJK") else str  # see _p
    data = [[Paragraph(fix(c), head) for c in rows[0]]] + [[Paragraph(fix(c), st["body"]) for c in r] for r in rows[1:]]
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 1.2, colors.black),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, colors.black),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return table
