"""The printed words of worksheets, answer keys and handouts, marked for translation (context "Paper").

db/interchange/paper_words.py prints them from the .ts files without Qt; a test keeps the two lists equal.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP


def _t(text: str) -> str:
    return QT_TRANSLATE_NOOP("Paper", text)


MARKED = (
    _t('worksheet'),
    _t('answer key'),
    _t('{0} — answer key'),
    _t("For the teacher. Letters refer to the worksheet's choices."),
    _t('Name: ______________________    Class: ________    Date: ____________'),
    _t('Answer: {0}'),
    _t('Sources: {0}'),
    _t('The article (¶{0}): {1} — {2}: {3}'),
    _t('The article: {0} — {1}: {2}'),
    _t('This module has no questions yet.'),
    _t('Trilemma · {0}'),
    _t('Trilemma · {0} · answer key'),
    _t('page {0}'),
    _t('Tick one box.'),
    _t('Tick every right answer.'),
    _t('True'),
    _t('False'),
    _t('Year: ____________'),
    _t('Date (a year, or a month and year): ______________________'),
    _t('Number the events from 1 (earliest) onwards.'),
    _t('Write the letter that matches each number.'),
    _t('{0} (accept {1}–{2})'),
    _t('Timeline {0}–{1}'),
    _t('The China–North Korea–Russia triangle, {0}–{1}'),
    _t("Events in date order. A date is only as precise as its source: “2024” means some time in 2024. {0} (and a filled circle on the line) marks a landmark; the numbers on the line are the events' numbers in the table (where they fit; choose a shorter period for more)."),  # noqa: E501 - one literal, so lupdate reads it whole
    _t('Periods'),
    _t('When'),
    _t('Period'),
    _t('Events'),
    _t('What happened'),
    _t('Who'),
    _t('No events in this period.'),
    _t('Trilemma · timeline {0}–{1} · sources are listed in the app for every event'),
    _t('{0} – handout'),
    _t('In the article: {0}'),
    _t('Background: not in the article itself'),
    _t('On the timeline: {0}'),
    _t('The map at {0}.'),
    _t('The map at {0}, compared with {1}.'),
    _t('Claim (¶{0}): {1} — {2}: {3}'),
    _t('Claim: {0} — {1}: {2}'),
    _t('Check: {0}'),
    _t('Discuss: {0}'),
    _t('This story has no stops yet.'),
    _t('{0} ({1})'),
    _t('Trilemma · {0} · the sources of every stop are in the app'),
)
