"""The PDFs' printed words are the texts marked for translation, so `translations.py update` extracts them all."""

from __future__ import annotations

from db.interchange.paper_words import WORDS
from desktop.interchange.paper_words import MARKED


def test_the_marked_words_are_the_printed_words():
    assert MARKED == WORDS
