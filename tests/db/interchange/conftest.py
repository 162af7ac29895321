"""Fixtures for the interchange tests: a seeded database with a question of every type."""

from __future__ import annotations

import pytest

from db.content import save_items

SRC = [{"source": "diplomat-2024", "locator": "¶8"}]
EVERY_TYPE = [
    {"id": "q-sc", "type": "single_choice", "prompt": "Which city hosted the 2024 summit?",
     "options": ["Pyongyang", "Beijing", "Moscow"], "correct": [0], "explanation": "It was in Pyongyang.",
     "sources": SRC},
    {"id": "q-ms", "type": "multiple_select", "prompt": "Which two signed the 2024 treaty?",
     "options": ["Russia", "North Korea", "China", "Japan"], "correct": [0, 1], "explanation": "", "sources": SRC},
    {"id": "q-tf", "type": "true_false", "prompt": "China signed the 2024 treaty.", "answer": False,
     "explanation": "It did not.", "sources": SRC},
    {"id": "q-sa", "type": "short_answer", "prompt": "Who visited Pyongyang in June 2024?",
     "answers": ["Vladimir Putin", "Putin"], "explanation": "", "sources": SRC},
    {"id": "q-ny", "type": "numeric_year", "prompt": "In which year was the Sino-DPRK treaty signed?",
     "answer": 1961, "tolerance": 1, "explanation": "", "sources": SRC},
    {"id": "q-ma", "type": "match", "prompt": "Match each capital to its country.",
     "pairs": [["Beijing", "China"], ["Pyongyang", "North Korea"], ["Moscow", "Russia"]], "explanation": "",
     "sources": SRC},
    {"id": "q-tricky", "type": "single_choice",
     "prompt": "Escapes: a ~ tilde, = equals, # hash, {braces}, a: colon and // slashes?",
     "options": ["50% ~ half", "a = b", "#1", "{x}"], "correct": [3], "explanation": "Braces {} and : too.",
     "sources": SRC},
]
SUPPORTED = {"single_choice", "multiple_select", "true_false", "short_answer", "numeric_year", "match"}


@pytest.fixture
def quiz_db(min_db):
    """The small seeded database plus a question of every type GIFT and Moodle XML support, in a module."""
    items = [("question", q) for q in EVERY_TYPE]
    items.append(("module", {"id": "m-every-type", "title": "Every type", "summary": "", "order": 2,
                             "questions": [q["id"] for q in EVERY_TYPE]}))
    save_items(min_db, items)
    return min_db
