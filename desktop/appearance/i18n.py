"""Interface languages: Qt translators (ours and Qt's own), the right fonts, and content names.

`install_language("zh_CN")` loads resources/translations/trilemma_zh_CN.qm and Qt's qtbase_zh_CN.qm (English loads
trilemma_en.qm, which holds the English singular and plural forms of the "%n …" messages),
sets the default locale, puts the fonts for that script first, and makes db queries return content
names in that language. Qt then sends every widget a LanguageChange, on which it sets its texts again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from db.i18n import set_content_language

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
SOURCE = "en"
# The language menu shows each language in its own name.
LANGUAGES = {"en": "English", "zh_CN": "简体中文", "ko": "한국어", "ru": "Русский"}
# Han characters look different in Chinese, Korean and Japanese fonts: put the right one first among them, or
# Qt falls back to the Japanese one. A Latin font comes before them: the CJK fonts draw ’ full width, so an
# English name such as "China’s" read "China’ s"; Qt takes each character from the first family that has it,
# so Latin text and its apostrophes come from the Latin font and Han and Hangul from the CJK one.
# Cyrillic is covered by the usual sans fonts.
LATIN_FAMILIES = ["Noto Sans", "DejaVu Sans", "Segoe UI", "Helvetica Neue"]
FONT_FAMILIES = {
    "zh_CN": LATIN_FAMILIES + ["Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC",
                               "Noto Sans CJK KR"],
    "ko": LATIN_FAMILIES + ["Noto Sans CJK KR", "Source Han Sans KR", "Malgun Gothic", "Apple SD Gothic Neo",
                            "Noto Sans CJK SC"],
    "ru": LATIN_FAMILIES,
    "en": LATIN_FAMILIES + ["Noto Sans CJK SC"],
}
_installed: list[QTranslator] = []
_current = SOURCE
_default_families: list[str] | None = None


def current_language() -> str:
    """The interface language now in use."""
    return _current


def qm_path(lang: str) -> Path:
    """Where our compiled translation for a language lives."""
    return TRANSLATIONS / f"trilemma_{lang}.qm"


def system_language() -> str:
    """The best supported language for the system locale (English when none fits)."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("-", "_")
        if code in LANGUAGES:
            return code
        if code.startswith("zh") and ("Hans" in code or code.endswith(("CN", "SG"))):
            return "zh_CN"
        if code.split("_")[0] in LANGUAGES:
            return code.split("_")[0]
    return SOURCE


def install_language(lang: str, app: QCoreApplication | None = None) -> bool:
    """Switch translators, locale, fonts and content names to a language; False if its file is missing."""
    global _current
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; choose one of {', '.join(LANGUAGES)}")
    app = app or QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    # English too has a file: the singular and plural forms of "%n question(s)" (only plural messages in it).
    ours = QTranslator(app)
    ok = ours.load(str(qm_path(lang)))
    if ok:
        app.installTranslator(ours)
        _installed.append(ours)
    if lang != SOURCE:
        qt_dir = QLibraryInfo.path(QLibraryInfo.TranslationsPath)
        for name in (f"qtbase_{lang}", f"qt_{lang}"):
            qt = QTranslator(app)
            if qt.load(name, qt_dir):
                app.installTranslator(qt)
                _installed.append(qt)
                break
    _current = lang
    QLocale.setDefault(QLocale(lang))
    set_content_language(lang)
    if isinstance(app, QApplication):
        _set_fonts(app, lang)
    return ok


def _set_fonts(app: QApplication, lang: str) -> None:
    global _default_families
    font = QFont(app.font())
    if _default_families is None:
        _default_families = list(font.families()) or [font.family()]
    font.setFamilies(FONT_FAMILIES.get(lang, []) + _default_families)
    app.setFont(font)



def local_number(value: float, decimals: int = 1) -> str:
    """A number as the interface language writes it, without needless zeros: '17.9', '17,9' in Russian, '18'."""
    rounded = round(value, decimals)
    if rounded == int(rounded):
        return QLocale().toString(int(rounded))
    return QLocale().toString(rounded, "f", decimals).rstrip("0")
