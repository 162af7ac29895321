"""A story as a handout PDF: each stop's text, the article paragraphs and claims it rests on (status in words),
what the timeline and map show there, and room to answer its check question and discussion prompt."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer
from sqlite_utils import Database

from db.claim_status import status_words
from db.dates import label_range
from db.errors import NotFoundError, TrilemmaError
from db.interchange.worksheet import _build, _doc, _footer, _Lines, _p, _styles
from db.queries.stories import story as read_story


def write_story_handout(db: Database, path: str | Path, *, story: str) -> dict:
    """Write the story `story` as a handout PDF; return {stops, pages}."""
    try:
        item = read_story(db, story)
    except NotFoundError as exc:
        raise TrilemmaError(f"--story: {exc}") from exc
    st = _styles()
    doc = _doc(path, f"{item['title']} – handout")
    flow: list = [_p(item["title"], st["title"]),
                  _p("Name: ______________________    Class: ________    Date: ____________", st["subtitle"])]
    if item.get("summary"):
        flow.append(_p(item["summary"], st["body"]))
    chapter = None
    for n, stop in enumerate(item["stops"], start=1):
        block: list = []
        if stop["chapter"] and stop["chapter"] != chapter:
            chapter = stop["chapter"]
            flow.append(CondPageBreak(60 * mm))
            flow.append(_p(chapter, st["head"]))
        block.append(_p(f"{n}.  {stop['title']}", st["q"]))
        block.append(_p(stop["text"], st["body"]))
        paras = ", ".join(f"¶{p}" for p in stop["paragraphs"])
        block.append(_p(f"In the article: {paras}" if paras else "Background: not in the article itself", st["small"]))
        events = "; ".join(f"{e['title']} ({label_range(e['start'], e['end'])})" for e in stop["event_info"])
        if events:
            block.append(_p(f"On the timeline: {events}", st["small"]))
        where = f"The map at {label_range(stop['map_date'])}"
        block.append(_p(where + (f", compared with {label_range(stop['compare'])}." if stop.get("compare") else "."),
                        st["small"]))
        for claim in stop["claim_info"]:
            label, meaning = status_words(claim["status"])   # words, never colour: the page is black and white
            para = f" (¶{claim['paragraph']})" if claim.get("paragraph") else ""
            block.append(_p(f"Claim{para}: {claim['text']} — {label}: {meaning}", st["small"]))
        for heading, text in (("Check", stop.get("question_prompt", "")), ("Discuss", stop.get("prompt", ""))):
            if text:
                block.append(Spacer(1, 2 * mm))
                block.append(_p(f"{heading}: {text}", st["answer"]))
                block.append(_Lines(3, doc.width))
        block.append(Spacer(1, 5 * mm))
        flow.append(CondPageBreak(45 * mm))
        flow.append(KeepTogether(block))
    if not item["stops"]:
        flow.append(_p("This story has no stops yet.", st["body"]))
    _build(doc, flow, _footer(f"Trilemma · {item['title']} · the sources of every stop are in the app"))
    return {"stops": len(item["stops"]), "pages": doc.page}
