"""A story prints as a handout: every stop in order, the claims' statuses in words, room to answer."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from db import i18n
from db.errors import TrilemmaError
from db.interchange import export_file, paper_font
from db.translations import save_translation


def _text(path) -> str:
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(out.split())


def test_a_story_handout_lists_its_stops_claims_and_questions(min_db, tmp_path):
    summary = export_file(min_db, tmp_path / "story.pdf", "story-handout", story="st-test")
    assert summary["stops"] == 3 and summary["pages"] >= 1
    text = _text(tmp_path / "story.pdf")
    assert text.index("1. The 1961 treaty") < text.index("2. The low point") < text.index("3. Putin visits")
    assert "Allies" in text and "Moscow" in text                     # chapters
    assert "compared with August 1961" in text
    assert "Discuss: What changed between 1961 and 2017?" in text
    assert "Check: The article calls Putin's trip abroad a rare one." in text
    status = min_db.execute("SELECT status FROM claims WHERE slug = 'c01-putin-visit'").fetchone()[0]
    assert f"— {status.capitalize()}:" in text


def test_a_handout_of_no_story_says_which(min_db, tmp_path):
    with pytest.raises(TrilemmaError, match="story"):
        export_file(min_db, tmp_path / "x.pdf", "story-handout", story="nothing")
    with pytest.raises(TrilemmaError, match="--story"):
        export_file(min_db, tmp_path / "x.pdf", "story-handout")


# --- in a language -------------------------------------------------------------------------------------------

def _translate_stops(db, lang: str, titles: list[str]) -> None:
    for stop, title in zip(("the-treaty", "the-low-point", "the-visit"), titles, strict=True):
        save_translation(db, kind="story_stop", slug=f"st-test/{stop}", lang=lang, field="title", value=title)


def _fonts(path) -> str:
    if not shutil.which("pdffonts"):
        pytest.skip("pdffonts (poppler-utils) is not installed")
    return subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout


def _needs_cjk_font():
    if paper_font.find_cjk("regular") is None:
        pytest.skip("Noto Sans CJK (fonts-noto-cjk) is not installed")


@pytest.mark.parametrize(("lang", "titles", "labels", "font"), [
    ("zh_CN", ["1961年条约", "低谷", "普京来访"], ["检测：", "讨论：", "姓名："], "NotoSansCJKsc"),
    ("ko", ["1961년 조약", "최저점", "푸틴의 방문"], ["확인:", "토론:", "이름:"], "NotoSansCJKkr"),
])
def test_a_story_handout_in_chinese_or_korean_prints_its_translation_in_a_cjk_font(min_db, tmp_path, lang, titles,
                                                                                   labels, font):
    _needs_cjk_font()
    _translate_stops(min_db, lang, titles)
    export_file(min_db, tmp_path / f"{lang}.pdf", "story-handout", story="st-test", lang=lang)
    text = "".join(_text(tmp_path / f"{lang}.pdf").split())  # CJK lines break anywhere: compare without spaces
    first, second, third = (f"{n}.{title.replace(' ', '')}" for n, title in enumerate(titles, start=1))
    assert text.index(first) < text.index(second) < text.index(third)
    assert all(label.replace(" ", "") in text for label in labels), labels
    assert "Check:" not in text and "Discuss:" not in text and "Name:" not in text
    # Untranslated content prints as plain English: paper never carries the screen's "[English]" marker.
    assert "ThearticlecallsPutin'stripabroadarareone." in text.replace("’", "'")
    assert "[" not in text
    assert any(font in row and row.split()[-5] == "yes" for row in _fonts(tmp_path / f"{lang}.pdf").splitlines())


def test_a_russian_story_handout_writes_dates_the_russian_way(min_db, tmp_path):
    export_file(min_db, tmp_path / "ru.pdf", "story-handout", story="st-test", lang="ru")
    text = _text(tmp_path / "ru.pdf")
    assert "Карта на дату: 2017 г.; для сравнения: август 1961 г." in text and "г.." not in text
    assert "Обсудите: What changed between 1961 and 2017?" in text
    assert "compared with" not in text and "August" not in text


def test_english_is_the_same_whatever_language_the_screen_shows(min_db, tmp_path, monkeypatch):
    _translate_stops(min_db, "ko", ["1961년 조약", "최저점", "푸틴의 방문"])
    monkeypatch.setattr(i18n, "_language", "ko")   # the interface shows Korean; the English handout stays English
    export_file(min_db, tmp_path / "en.pdf", "story-handout", story="st-test", lang="en")
    text = _text(tmp_path / "en.pdf")
    assert "1. The 1961 treaty" in text and "조약" not in text and "[영어]" not in text
    assert "The map at 2017, compared with August 1961." in text
    assert "NotoSansCJK" not in _fonts(tmp_path / "en.pdf")
