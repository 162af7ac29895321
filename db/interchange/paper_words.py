"""The printed words of worksheets, answer keys and handouts, in the language the teacher prints in.

The translations live with every other interface string in resources/translations/trilemma_LANG.ts
(context "Paper"; claim statuses in "ClaimStatus"), marked for extraction in desktop/interchange/paper_words.py,
and are read here from the .ts file so the command line can print in a language without Qt.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from defusedxml import ElementTree

TRANSLATIONS = Path(__file__).resolve().parent.parent.parent / "resources" / "translations"
CONTEXTS = ("Paper", "ClaimStatus")
LANGUAGES = ("en", "zh_CN", "ko", "ru")

# Every English text the PDFs print; desktop/interchange/paper_words.py lists the same texts for translation.
WORDS = (
    "worksheet", "answer key", "{0} — answer key", "For the teacher. Letters refer to the worksheet's choices.",
    "Name: ______________________    Class: ________    Date: ____________",
    "Answer: {0}", "Sources: {0}", "The article (¶{0}): {1} — {2}: {3}", "The article: {0} — {1}: {2}",
    "This module has no questions yet.", "Trilemma · {0}", "Trilemma · {0} · answer key", "page {0}",
    "Tick one box.", "Tick every right answer.", "True", "False", "Year: ____________",
    "Date (a year, or a month and year): ______________________", "Number the events from 1 (earliest) onwards.",
    "Write the letter that matches each number.", "{0} (accept {1}–{2})",
    "Timeline {0}–{1}", "The China–North Korea–Russia triangle, {0}–{1}",
    "Events in date order. A date is only as precise as its source: “2024” means some time in 2024. {0} (and a "
    "filled circle on the line) marks a landmark; the numbers on the line are the events' numbers in the table "
    "(where they fit; choose a shorter period for more).",
    "Periods", "When", "Period", "Events", "What happened", "Who", "No events in this period.",
    "Trilemma · timeline {0}–{1} · sources are listed in the app for every event",
    # the story handout
    "{0} – handout", "In the article: {0}", "Background: not in the article itself", "On the timeline: {0}",
    "The map at {0}.", "The map at {0}, compared with {1}.", "Claim (¶{0}): {1} — {2}: {3}", "Claim: {0} — {1}: {2}",
    "Check: {0}", "Discuss: {0}", "This story has no stops yet.", "{0} ({1})",
    "Trilemma · {0} · the sources of every stop are in the app",
)


@cache
def _table(lang: str) -> dict[str, str]:
    """English → translation for the paper's contexts of one language ({} for English or no file)."""
    path = TRANSLATIONS / f"trilemma_{lang}.ts"
    if lang == "en" or not path.exists():
        return {}
    out: dict[str, str] = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        if context.findtext("name") not in CONTEXTS:
            continue
        for message in context.iter("message"):
            node = message.find("translation")
            if node is None or node.get("type") in ("unfinished", "obsolete", "vanished") or not node.text:
                continue
            out[message.findtext("source") or ""] = node.text
    return out


def word(text: str, lang: str | None, *args) -> str:
    """One printed text in `lang` (English where no translation exists), with {0}, {1} … filled in."""
    translated = _table(lang or "en").get(text, text)
    return translated.format(*args) if args else translated
