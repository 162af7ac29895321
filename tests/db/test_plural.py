"""English counts in the data layer's sentences: "1 backup", "3 backups", never "backup(s)"."""

from db.plural import counted


def test_one_is_singular_and_every_other_count_plural():
    assert counted(1, "backup") == "1 backup"
    assert [counted(n, "statement") for n in (0, 2, 21)] == ["0 statements", "2 statements", "21 statements"]


def test_an_irregular_plural_is_given():
    assert counted(1, "entry", "entries") == "1 entry"
    assert counted(4, "entry", "entries") == "4 entries"
