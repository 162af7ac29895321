"""Radio buttons and check boxes whose text wraps to their width.

A quiz option can be a long sentence. Qt's buttons draw their text on one line, so one long option made
the story's check question (and the quiz at 200 % text) wider than its pane, with a horizontal scroll bar
and the option cut off. These buttons stay one widget each (the same text, name, keys and focus for a
screen reader); only the drawing and the size wrap.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStyleOptionFocusRect,
    QStylePainter,
)

FLAGS = Qt.TextWordWrap | Qt.AlignLeft | Qt.AlignTop | Qt.TextShowMnemonic  # "&&" draws as "&"
MIN_CHARS = 12  # the narrowest a button gets: about this many characters of text beside the indicator


class _Wrapping:
    """What both buttons share: the indicator on the first line, the text wrapped beside it."""

    INDICATOR: QStyle.PrimitiveElement
    WIDTH: QStyle.PixelMetric
    HEIGHT: QStyle.PixelMetric
    SPACING: QStyle.PixelMetric

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Qt's buttons take their one-line width as their minimum: these may be narrower and grow taller.
        policy = QSizePolicy(QSizePolicy.Preferred, QSizePolicy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _metrics(self) -> tuple[int, int, int]:
        """(indicator width, indicator height, spacing between indicator and text)."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        style = self.style()
        return (style.pixelMetric(self.WIDTH, option, self), style.pixelMetric(self.HEIGHT, option, self),
                style.pixelMetric(self.SPACING, option, self))

    def _text_rect(self, width: int) -> QRect:
        indicator, _, spacing = self._metrics()
        left = indicator + spacing
        return QRect(left, 1, max(width - left - 2, 1), 100_000)

    def hasHeightForWidth(self) -> bool:  # Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # Qt override
        _, indicator_height, _ = self._metrics()
        text = self.fontMetrics().boundingRect(self._text_rect(width), FLAGS, self.text())
        return max(text.height(), indicator_height) + 4

    def minimumSizeHint(self) -> QSize:  # Qt override
        indicator, indicator_height, spacing = self._metrics()
        width = indicator + spacing + self.fontMetrics().horizontalAdvance("M") * MIN_CHARS
        return QSize(width, max(self.fontMetrics().height(), indicator_height) + 4)

    def sizeHint(self) -> QSize:  # Qt override
        one_line = super().sizeHint()
        return QSize(one_line.width(), self.heightForWidth(one_line.width()))

    def hitButton(self, pos) -> bool:  # Qt override: the whole wrapped text is the button
        return self.rect().contains(pos)

    def paintEvent(self, _event) -> None:  # Qt override
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        indicator, indicator_height, _ = self._metrics()
        line = self.fontMetrics().height()
        mark = QStyleOptionButton(option)
        mark.rect = QRect(0, 1 + max((line - indicator_height) // 2, 0), indicator, indicator_height)
        painter.drawPrimitive(self.INDICATOR, mark)
        area = self._text_rect(self.width())
        area.setHeight(self.height() - 2)
        painter.drawItemText(area, FLAGS, option.palette, self.isEnabled(), self.text(), QPalette.WindowText)
        if self.hasFocus():
            focus = QStyleOptionFocusRect()
            focus.initFrom(self)
            used = self.fontMetrics().boundingRect(area, FLAGS, self.text())
            focus.rect = used.adjusted(-2, -1, 2, 1)
            painter.drawPrimitive(QStyle.PE_FrameFocusRect, focus)


class WrappingRadioButton(_Wrapping, QRadioButton):
    """A radio button whose text wraps to its width."""

    INDICATOR = QStyle.PE_IndicatorRadioButton
    WIDTH = QStyle.PM_ExclusiveIndicatorWidth
    HEIGHT = QStyle.PM_ExclusiveIndicatorHeight
    SPACING = QStyle.PM_RadioButtonLabelSpacing


class WrappingCheckBox(_Wrapping, QCheckBox):
    """A check box whose text wraps to its width."""

    INDICATOR = QStyle.PE_IndicatorCheckBox
    WIDTH = QStyle.PM_IndicatorWidth
    HEIGHT = QStyle.PM_IndicatorHeight
    SPACING = QStyle.PM_CheckBoxLabelSpacing
