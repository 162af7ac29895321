"""Links reached with Tab are announced with their words and where they go (issue 20)."""

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.appearance import announce
from desktop.appearance.links import link_words, speak_label_links


def test_link_words_name_the_destination():
    assert link_words(" Treaty ", QUrl("event:treaty-1961")) == (
        "Link: Treaty, opens this event in the details and selects it on the timeline")
    assert link_words("Russia", QUrl("pair:russia/ukraine")).endswith("opens the history of these two countries")
    web = link_words("EFE", QUrl("https://example.org/a"))
    assert "https://example.org/a" in web and "not opened" in web


def test_a_labels_links_are_announced_as_tab_reaches_them(qtbot):
    window = QWidget()
    layout = QVBoxLayout(window)
    button = QPushButton("Before")
    label = QLabel("Weak spots: <a href='event:alpha'>Alpha &amp; co</a> and <a href='event:beta'>Beta</a>")
    label.setTextInteractionFlags(Qt.TextBrowserInteraction)
    layout.addWidget(button)
    layout.addWidget(label)
    speak_label_links(label)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    label.setFocus()
    qtbot.waitUntil(label.hasFocus)
    qtbot.keyClick(label, Qt.Key_Tab)
    qtbot.waitUntil(lambda: bool(announce.recent) and announce.recent[-1].startswith("Link: Alpha & co"))
    qtbot.keyClick(label, Qt.Key_Tab)
    qtbot.waitUntil(lambda: announce.recent[-1].startswith("Link: Beta, opens this event"))
