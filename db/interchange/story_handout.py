"""A story as a handout PDF: each stop's text, the article paragraphs and claims it rests on (status in words),
what the timeline and map show there, and room to answer its check question and discussion prompt.

Prints in a language (`lang`) as the worksheet does: the story where translated (English elsewhere, unmarked),
the printed words from the .ts files, local dates, and Noto Sans CJK embedded for Chinese and Korean."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer

from db.claim_status import status_words
from db.errors import NotFoundError, TrilemmaError
from db.interchange.paper_words import word
from db.interchange.worksheet import _build, _doc, _footer, _Lines, _p, _styles, _when
from db.queries.stories import story as read_story

if TYPE_CHECKING:
    from db.connection import Database

# Between the items of a list in running text, and between paragraph numbers (Chinese has its own punctuation).
_LIST_SEP = {"zh_CN": "；"}
_PARA_SEP = {"zh_CN": "、"}


def write_story_handout(db: Database, path: str | Path, *, story: str, lang: str | None = None) -> dict:
    """Write the story `story` as a handout PDF in `lang` (None: English); return {stops, pages}."""
    try:
        item = read_story(db, story, lang or "en", mark=False)
    except NotFoundError as exc:
        raise TrilemmaError(f"--story: {exc}") from exc
    statuses = [status_words(c["status"]) for s in item["stops"] for c in s["claim_info"]]
    st = _styles(lang, [item, [word(x, lang) for pair in statuses for x in pair]])
    sep = _LIST_SEP.get(lang, "; ")
    doc = _doc(path, word("{0} – handout", lang, item["title"]))
    flow: list = [_p(item["title"], st["title"]),
                  _p(word("Name: ______________________    Class: ________    Date: ____________", lang),
                     st["subtitle"])]
    if item.get("summary"):
        flow.append(_p(item["summary"], st["body"]))
    chapter = None
    for n, stop in enumerate(item["stops"], start=1):
        block: list = []
        # Chapters group by the English (the query's chapter_index), so two translations never split one.
        if stop["chapter"] and stop["chapter_index"] != chapter:
            chapter = stop["chapter_index"]
            flow.append(CondPageBreak(60 * mm))
            block.append(_p(stop["chapter"], st["head"]))  # kept with its first stop, never alone at a page's foot
        block.append(_p(f"{n}.  {stop['title']}", st["q"]))
        block.append(_p(stop["text"], st["body"]))
        paras = _PARA_SEP.get(lang, ", ").join(f"¶{p}" for p in stop["paragraphs"])
        block.append(_p(word("In the article: {0}", lang, paras) if paras
                        else word("Background: not in the article itself", lang), st["small"]))
        events = sep.join(word("{0} ({1})", lang, e["title"], _when(e["start"], e["end"], lang))
                          for e in stop["event_info"])
        if events:
            block.append(_p(word("On the timeline: {0}", lang, events), st["small"]))
        if stop.get("compare"):
            where = word("The map at {0}, compared with {1}.", lang, _when(stop["map_date"], None, lang),
                         _when(stop["compare"], None, lang))
        else:
            where = word("The map at {0}.", lang, _when(stop["map_date"], None, lang))
        block.append(_p(where, st["small"]))
        for claim in stop["claim_info"]:
            # words, never colour: the page is black and white
            label, meaning = (word(x, lang) for x in status_words(claim["status"]))
            line = (word("Claim (¶{0}): {1} — {2}: {3}", lang, claim["paragraph"], claim["text"], label, meaning)
                    if claim.get("paragraph") else word("Claim: {0} — {1}: {2}", lang, claim["text"], label, meaning))
            block.append(_p(line, st["small"]))
        for heading, text in (("Check: {0}", stop.get("question_prompt", "")), ("Discuss: {0}", stop.get("prompt", ""))):
            if text:
                block.append(Spacer(1, 2 * mm))
                block.append(_p(word(heading, lang, text), st["answer"]))
                block.append(_Lines(3, doc.width))
        block.append(Spacer(1, 5 * mm))
        flow.append(CondPageBreak(45 * mm))
        flow.append(KeepTogether(block))
    if not item["stops"]:
        flow.append(_p(word("This story has no stops yet.", lang), st["body"]))
    footer = _footer(word("Trilemma · {0} · the sources of every stop are in the app", lang, item["title"]), st, lang)
    _build(doc, flow, footer)
    return {"stops": len(item["stops"]), "pages": doc.page}
