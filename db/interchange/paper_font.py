"""Fonts for the PDFs: DejaVu Sans (Latin, Cyrillic) or, for Chinese and Korean, Noto Sans CJK, embedded.

reportlab embeds only TrueType outlines and Noto Sans CJK has PostScript (CFF) ones, so for each PDF the
characters it prints are copied out of the CJK font into a small TrueType font (curves converted with
fontTools), which reportlab then embeds. A CJK PDF without a CJK font is refused with a message saying
what to install, never printed as empty boxes.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from db.errors import TrilemmaError

_REPORTLAB_FONTS = Path(__import__("reportlab").__file__).parent / "fonts"
LATIN_CANDIDATES = [
    ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    (str(_REPORTLAB_FONTS / "Vera.ttf"), str(_REPORTLAB_FONTS / "VeraBd.ttf")),
]
# Where Debian/Ubuntu (fonts-noto-cjk), Fedora and Arch put Noto Sans CJK; TRILEMMA_CJK_FONT_DIR goes first.
CJK_DIRS = ["/usr/share/fonts/opentype/noto", "/usr/share/fonts/google-noto-cjk", "/usr/share/fonts/noto-cjk",
            "/usr/share/fonts/opentype/noto-cjk", str(Path.home() / ".local/share/fonts")]
CJK_FILES = {"regular": ("NotoSansCJK-Regular.ttc", "NotoSansCJK-Regular.otc"),
             "bold": ("NotoSansCJK-Bold.ttc", "NotoSansCJK-Bold.otc")}
# The family whose glyph shapes the language expects first; any other Noto Sans CJK face has the same characters.
CJK_FAMILY = {"zh_CN": "Noto Sans CJK SC", "ko": "Noto Sans CJK KR"}
MISSING = ("Chinese and Korean PDFs need the font Noto Sans CJK, which was not found (looked in {0}). "
           "Install it (Debian and Ubuntu: sudo apt install fonts-noto-cjk; Fedora: google-noto-sans-cjk-fonts) "
           "and print again.")


def latin_fonts() -> tuple[str, str]:
    """Register a Unicode TrueType font (DejaVu Sans if installed, else reportlab's own Vera); (regular, bold)."""
    for regular, bold in LATIN_CANDIDATES:
        if Path(regular).exists() and Path(bold).exists():
            if "TrilemmaSans" not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont("TrilemmaSans", regular))
                pdfmetrics.registerFont(TTFont("TrilemmaSans-Bold", bold))
                pdfmetrics.registerFontFamily("TrilemmaSans", normal="TrilemmaSans", bold="TrilemmaSans-Bold",
                                              italic="TrilemmaSans", boldItalic="TrilemmaSans-Bold")
            return "TrilemmaSans", "TrilemmaSans-Bold"
    return "Helvetica", "Helvetica-Bold"


def rich_symbols() -> bool:
    """True if the Latin font has ★ and → (DejaVu does; Vera, the fallback, does not)."""
    return Path(LATIN_CANDIDATES[0][0]).exists()


_APOSTROPHE = re.compile(r"(?<=[A-Za-z])[’‘](?=[A-Za-z])")


def latin_apostrophes(text: str) -> str:
    """’ inside Latin words as ' : the CJK fonts draw ’ full width, so "China’s" would print as "China’ s"."""
    return _APOSTROPHE.sub("'", text)


def needs_cjk(lang: str | None, text: str) -> bool:
    """True for Chinese or Korean, or for any text with Han, kana or Hangul in it."""
    return lang in CJK_FAMILY or any("\u3040" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af" or
                                     "\uf900" <= c <= "\ufaff" or "\u1100" <= c <= "\u11ff" for c in text)


def _dirs() -> list[Path]:
    extra = os.environ.get("TRILEMMA_CJK_FONT_DIR")
    return [Path(d) for d in ([extra] if extra else []) + CJK_DIRS]


def find_cjk(weight: str) -> Path | None:
    """The Noto Sans CJK collection file of a weight ("regular" or "bold"), or None."""
    for folder in _dirs():
        for name in CJK_FILES[weight]:
            if (folder / name).is_file():
                return folder / name
    return None


def _face(path: Path, lang: str | None):
    """The face of the collection for the language's family (else the first Noto Sans CJK face), lazily loaded."""
    from fontTools.ttLib import TTCollection

    faces = TTCollection(str(path), lazy=True).fonts
    names = [f["name"].getDebugName(1) or "" for f in faces]
    want = CJK_FAMILY.get(lang or "", "Noto Sans CJK SC")
    for wanted in (want, "Noto Sans CJK SC", "Noto Sans CJK"):
        for face, name in zip(faces, names, strict=True):
            if name.startswith(wanted):
                return face
    return faces[0]


def _subset(path: Path, lang: str | None, text: str, tag: str) -> tuple[bytes, str]:
    """A TrueType font with the glyphs of `text` (quadratic curves) from the CJK face; (bytes, PostScript name).

    The PostScript name ends in `tag`: reportlab keeps one typeface per name, so two PDFs with different
    characters would otherwise share the first one's glyphs."""
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen

    face = _face(path, lang)
    cmap, glyph_set, hmtx = face.getBestCmap(), face.getGlyphSet(), face["hmtx"]
    order, chars = [".notdef"], {}
    for code in sorted({ord(c) for c in text} | set(range(32, 127))):
        glyph = cmap.get(code)
        if glyph:
            chars[code] = glyph
            if glyph not in order:
                order.append(glyph)
    glyphs, metrics = {}, {}
    for name in order:
        pen = TTGlyphPen(None)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))  # CFF winds the other way round
        glyphs[name], metrics[name] = pen.glyph(), hmtx[name]
    ps_name = f"{face['name'].getDebugName(6) or 'NotoSansCJK'}-{tag}"
    builder = FontBuilder(face["head"].unitsPerEm, isTTF=True)
    builder.setupGlyphOrder(order)
    builder.setupCharacterMap(chars)
    builder.setupGlyf(glyphs)
    builder.setupHorizontalMetrics(metrics)
    builder.setupHorizontalHeader(ascent=face["hhea"].ascent, descent=face["hhea"].descent)
    builder.setupNameTable({"familyName": face["name"].getDebugName(1) or "Noto Sans CJK",
                            "styleName": face["name"].getDebugName(2) or "Regular", "psName": ps_name})
    os2 = face["OS/2"]
    builder.setupOS2(sTypoAscender=os2.sTypoAscender, sTypoDescender=os2.sTypoDescender,
                     usWinAscent=os2.usWinAscent, usWinDescent=os2.usWinDescent, fsType=0)
    builder.setupPost()
    out = io.BytesIO()
    builder.save(out)
    return out.getvalue(), ps_name


def cjk_fonts(lang: str | None, text: str) -> tuple[str, str]:
    """Register Noto Sans CJK fonts holding every character of `text`; (regular, bold) names for reportlab."""
    regular = find_cjk("regular")
    if regular is None:
        raise TrilemmaError(MISSING.format(", ".join(str(d) for d in _dirs())))
    bold = find_cjk("bold") or regular
    try:
        import fontTools  # noqa: F401 - only to give a clear message when it is missing
    except ImportError as exc:
        raise TrilemmaError("Chinese and Korean PDFs need the Python package fonttools (pip install fonttools)") from exc
    key = hashlib.sha256(f"{lang}|{regular}|{bold}|{''.join(sorted(set(text)))}".encode()).hexdigest()[:12]
    names = (f"TrilemmaCJK-{key}", f"TrilemmaCJK-{key}-Bold")
    if names[0] not in pdfmetrics.getRegisteredFontNames():
        for name, path in zip(names, (regular, bold), strict=True):
            data, _ps = _subset(path, lang, text, key)
            pdfmetrics.registerFont(TTFont(name, io.BytesIO(data)))
        pdfmetrics.registerFontFamily(names[0], normal=names[0], bold=names[1], italic=names[0], boldItalic=names[1])
    return names


def fonts_for(lang: str | None, text: str) -> tuple[str, str]:
    """(regular, bold) font names for a PDF in `lang` that prints `text`."""
    return cjk_fonts(lang, text) if needs_cjk(lang, text) else latin_fonts()
