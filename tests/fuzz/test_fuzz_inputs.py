"""A short fuzzing run of every importer and form: nothing but TrilemmaError, and a refusal changes nothing."""

import pytest
from fuzz.fuzz_inputs import IMPORTERS, Tally, Template, exercise, run_hypothesis


@pytest.fixture(scope="module")
def template():
    return Template()


@pytest.mark.slow
@pytest.mark.parametrize("name", list(IMPORTERS))
def test_generated_inputs_are_refused_cleanly_or_saved(name, template, tmp_path):
    tally = run_hypothesis(name, 60, template, tmp_path, seed=20261128)
    assert tally.inputs == 60
    assert tally.failure_count == 0, tally.failures
    assert tally.refused > 0  # the generators do reach the error paths


def test_the_fuzz_check_catches_a_crash_and_a_change_on_refusal(template, tmp_path):
    """The harness itself: an unexpected exception, or a refusal after writing, counts as a failure."""
    from db.errors import ValidationError

    def crashes(t, db, data, folder):
        raise KeyError("boom")

    def writes_then_refuses(t, db, data, folder):
        db.execute("INSERT INTO themes (slug, name) VALUES ('sneaky', 'Sneaky')")
        raise ValidationError("refused", "x")

    tally = Tally()
    assert "KeyError" in exercise(template, crashes, None, tmp_path, tally)
    found = exercise(template, writes_then_refuses, None, tmp_path, tally)
    assert "changed the database" in found or "transaction open" in found
    assert tally.failure_count == 2


def test_inputs_the_long_runs_found(template, tmp_path):
    """Each once raised a raw exception in a 10,000-input run; now each is refused with a message."""
    from fuzz.fuzz_inputs import IMPORTERS

    cases = [
        ("gift", b"::q:: Which? {= -> <![ CDATA[x]]> = -> }"),  # html.parser's AssertionError
        ("moodle_xml", b'<?xml version="1.0" encoding="UHF-8"?><quiz></quiz>'),  # LookupError: unknown encoding
        ("form_items", ("actor", {"id": "a-b", "name": "A", "order": 2**63})),  # OverflowError in SQLite
        ("form_items", ("event", {"id": "e-x", "title": "E", "start": "2001", "actors": ["china"],
                                  "summary": {"not": "text"}, "sources": [{"source": "diplomat-2024"}]})),
        ("form_items", ("claim", {"id": "c-x", "text": "t", "status": "contested", "paragraph": 10**30})),
        ("editor_apply_edit", ([("module", {"id": "m-x", "title": "M", "order": {"a": 1}})], [])),
        ("form_items", ("event", {"id": "e-y", "title": "E", "start": "0000", "actors": ["china"],
                                  "sources": [{"source": "diplomat-2024"}]})),  # year 0: ValueError in datetime
        ("form_items", ("question", {"id": "q-o", "type": "order", "prompt": "P", "items": [[], "x"]})),
        ("form_items", ("event", {"id": "e-z", "title": "E", "start": "2001", "actors": ["china", "china"],
                                  "sources": [{"source": "diplomat-2024"}]})),  # a link stored twice
        # Issue 18: numbers that are not finite or too large, metadata of the wrong type or nested very deep.
        ("gift", b"::q:: Which year? {#nan}"),  # ValueError: int(nan)
        ("gift", b"::q:: Which year? {#2000:1e400}"),  # OverflowError: int(inf)
        ("gift", b'// [trilemma] {"claims": 5}\n::q:: Which? {T}'),  # TypeError: int is not iterable
        ("gift", b"// [trilemma] " + b"[" * 3000 + b"]" * 3000 + b"\n::q:: Which? {T}"),  # RecursionError
        ("moodle_xml", b"<quiz><question type='numerical'><questiontext><text>Y?</text></questiontext><answer "
                       b"fraction='100'><text>1961</text><tolerance>1e999</tolerance></answer></question></quiz>"),
        ("moodle_xml", b"<quiz><question type='truefalse'><questiontext><text>Y?</text></questiontext>"
                       b"<trilemma_links>{\"sources\": [7]}</trilemma_links></question></quiz>"),
    ]
    cases.append(("pack", _encrypted_pack()))  # zipfile: RuntimeError, password required
    for name, data in cases:
        tally = Tally()
        assert exercise(template, IMPORTERS[name][1], data, tmp_path, tally) is None, name
        assert tally.refused == 1


def _encrypted_pack() -> bytes:
    """A pack whose manifest member claims to be encrypted (flag bit 0 set in both headers)."""
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("manifest.json", "{}")
        zf.writestr("content.json", "{}")
    data = bytearray(buffer.getvalue())
    data[6] |= 1  # local header flags
    central = data.find(b"PK\x01\x02")
    data[central + 8] |= 1  # central directory flags
    return bytes(data)
