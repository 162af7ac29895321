"""PDFs in a language: translated content and printed words, dates as the language writes them, and for
Chinese and Korean an embedded Noto Sans CJK font whose text pdftotext reads back (not empty boxes)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from db.content import get_item, save_item
from db.errors import TrilemmaError
from db.interchange import paper_font
from db.interchange.paper_words import WORDS, _table
from db.interchange.worksheet import write_handout, write_worksheet


def _poppler(*command: str) -> str:
    if not shutil.which(command[0]):
        pytest.skip(f"{command[0]} (poppler-utils) is not installed")
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def _text(path: Path) -> str:
    return "".join(_poppler("pdftotext", str(path), "-").split())  # CJK lines break anywhere: compare without spaces


def _embedded_fonts(path: Path) -> list[tuple[str, str]]:
    """(font name, embedded yes/no) of each font pdffonts lists."""
    rows = _poppler("pdffonts", str(path)).splitlines()[2:]
    return [(row.split()[0], row.split()[-5]) for row in rows]


def _needs_cjk_font():
    if paper_font.find_cjk("regular") is None:
        pytest.skip("Noto Sans CJK (fonts-noto-cjk) is not installed")


def test_a_chinese_worksheet_prints_chinese_in_an_embedded_simplified_chinese_font(full_db, tmp_path, translations):
    _needs_cjk_font()
    write_worksheet(full_db, tmp_path / "zh.pdf", module="m-korean-war", lang="zh_CN")
    text = _text(tmp_path / "zh.pdf")
    assert "朝鲜战争及其留下的同盟" in text
    assert "1994年，俄罗斯向韩国移交了有关战争爆发的苏联秘密文件" in text
    assert "姓名：" in text and "请勾选一项。" in text and "Name:" not in text
    fonts = _embedded_fonts(tmp_path / "zh.pdf")
    assert any("NotoSansCJKsc" in name and emb == "yes" for name, emb in fonts), fonts


def test_a_korean_answer_key_prints_korean_in_an_embedded_korean_font(full_db, tmp_path, translations):
    _needs_cjk_font()
    write_worksheet(full_db, tmp_path / "ko.pdf", module="m-korean-war", answer_key=True, lang="ko")
    text = _text(tmp_path / "ko.pdf")
    assert "한국전쟁과그것이남긴동맹—정답지" in text
    assert "정답:압록강/압록/Yalu" in text
    assert "정답:1950년6월" in text, "the place-on-timeline answer is a Korean date"
    fonts = _embedded_fonts(tmp_path / "ko.pdf")
    assert any("NotoSansCJKkr" in name and emb == "yes" for name, emb in fonts), fonts


def test_a_russian_answer_key_has_russian_words_and_dates(full_db, tmp_path, translations):
    write_worksheet(full_db, tmp_path / "ru.pdf", module="m-korean-war", answer_key=True, lang="ru")
    text = " ".join(_poppler("pdftotext", str(tmp_path / "ru.pdf"), "-").split())
    assert "Корейская война и союзы, которые она оставила — ответы" in text
    assert "Ответ: июнь 1950 г." in text
    assert "Ответ: Ялу / Ялуцзян / Амнок / Yalu" in text


def test_a_korean_handout_writes_dates_the_korean_way(full_db, tmp_path, translations):
    _needs_cjk_font()
    write_handout(full_db, tmp_path / "ko.pdf", start=1950, end=1953, lang="ko")
    text = _text(tmp_path / "ko.pdf")
    assert "중국·북한·러시아삼각관계,1950~1953" in text and "1950년6월" in text


def test_without_a_cjk_font_a_chinese_pdf_is_refused_with_what_to_install(full_db, tmp_path, monkeypatch):
    monkeypatch.setattr(paper_font, "CJK_DIRS", [str(tmp_path / "no-fonts")])
    monkeypatch.delenv("TRILEMMA_CJK_FONT_DIR", raising=False)
    with pytest.raises(TrilemmaError, match="fonts-noto-cjk"):
        write_worksheet(full_db, tmp_path / "zh.pdf", module="m-korean-war", lang="zh_CN")
    assert not (tmp_path / "zh.pdf").exists()


def test_the_font_collection_can_come_from_a_folder_named_in_the_environment(tmp_path, monkeypatch):
    _needs_cjk_font()
    folder = tmp_path / "fonts"
    folder.mkdir()
    (folder / "NotoSansCJK-Regular.ttc").symlink_to(paper_font.find_cjk("regular"))
    monkeypatch.setattr(paper_font, "CJK_DIRS", [])
    monkeypatch.setenv("TRILEMMA_CJK_FONT_DIR", str(folder))
    assert paper_font.find_cjk("regular") == folder / "NotoSansCJK-Regular.ttc"
    assert paper_font.find_cjk("bold") is None


@pytest.mark.parametrize("lang", ["zh_CN", "ko", "ru"])
def test_every_printed_word_is_translated(lang):
    table = _table(lang)
    assert [w for w in WORDS if not table.get(w)] == []


def test_an_english_apostrophe_in_a_chinese_pdf_is_not_drawn_full_width(full_db, tmp_path, translations):
    _needs_cjk_font()
    write_worksheet(full_db, tmp_path / "zh.pdf", module="m-korean-war", answer_key=True, lang="zh_CN")
    text = _poppler("pdftotext", str(tmp_path / "zh.pdf"), "-")
    assert "China's North Korea Dilemma" in text and "China’s" not in text, "the source title keeps its Latin form"


def test_a_generated_question_nobody_translated_is_made_again_in_the_language(full_db, tmp_path, translations):
    _needs_cjk_font()
    qid = "gen-month-cpv-enters-korean-war-1950"
    write_worksheet(full_db, tmp_path / "ko.pdf", module="m-korean-war", answer_key=True, lang="ko")
    text = _text(tmp_path / "ko.pdf")
    assert "연표위에월단위까지표시하십시오." in text and "정답:1950년10월" in text
    # Once a teacher has changed it, it is no longer the generator's: it prints as written.
    save_item(full_db, kind="question", item=dict(get_item(full_db, "question", qid), prompt="Where does CPV go?"))
    write_worksheet(full_db, tmp_path / "ko2.pdf", module="m-korean-war", answer_key=True, lang="ko")
    text = _text(tmp_path / "ko2.pdf")
    assert "WheredoesCPVgo?" in text and "연표위에월단위까지표시하십시오." not in text


def test_each_pdf_gets_the_glyphs_of_its_own_text(full_db, tmp_path, translations):
    """Two PDFs in one run: the second's characters are not limited to the first's (reportlab shares typefaces
    by name)."""
    _needs_cjk_font()
    write_worksheet(full_db, tmp_path / "a.pdf", module="m-seoul-summit-2024", lang="ko")
    write_worksheet(full_db, tmp_path / "b.pdf", module="m-korean-war", lang="ko")
    assert "한국전쟁과그것이남긴동맹" in _text(tmp_path / "b.pdf")
