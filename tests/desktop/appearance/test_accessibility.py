"""Accessibility: names on every control, Tab reaches every place, a visible focus ring, text size keys."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGraphicsView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from desktop.appearance import text_size, theme

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractSlider, QAbstractItemView,
               QTextEdit, QPlainTextEdit, QGraphicsView, QTabBar)


def _tabs(window):
    """Show each tab of the main window in turn (teacher mode on, so its tabs are there too)."""
    window.state.set_teacher_mode(True)
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        QApplication.processEvents()
        yield window.tabs.tabText(i).replace("&", "")


def _controls(window):
    """Visible controls a user operates (not Qt's inner parts: scroll bars, headers, combo popups)."""
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, INTERACTIVE) or isinstance(widget, QScrollBar | QHeaderView):
            continue
        if widget.objectName().startswith("qt_") and not isinstance(widget, QTabBar):
            continue
        if isinstance(widget.parentWidget(), QComboBox):
            continue
        yield widget


def _name(widget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Name).strip() if iface else ""


def test_every_visible_control_in_every_tab_has_an_accessible_name(qtbot, window):
    """What a screen reader announces (Qt's accessible name, from the name, text or label) is never empty."""
    with qtbot.waitExposed(window):
        window.show()
    missing = []
    for tab in _tabs(window):
        for widget in _controls(window):
            if not _name(widget):
                missing.append(f"{tab}: {type(widget).__name__} {widget.objectName()!r} in "
                               f"{type(widget.parentWidget()).__name__}")
    assert not missing, "controls without an accessible name:\n" + "\n".join(missing)


def test_item_views_and_painted_views_have_a_description(qtbot, window):
    """Views a keyboard user must learn to drive (tables, lists, graphs) say how in their description."""
    with qtbot.waitExposed(window):
        window.show()
    missing = []
    for tab in _tabs(window):
        for widget in _controls(window):
            if isinstance(widget, QAbstractItemView | QGraphicsView):
                iface = QAccessible.queryAccessibleInterface(widget)
                if not iface.text(QAccessible.Description).strip():
                    missing.append(f"{tab}: {type(widget).__name__} {widget.objectName()!r}")
    assert not missing, "views without an accessible description:\n" + "\n".join(missing)


def _is_placeholder(place) -> bool:
    labels = [w for w in place.findChildren(QWidget) if not isinstance(w, QLabel)]
    return not labels


def test_tab_key_reaches_every_place_of_each_tab(qtbot, window):
    """Pressing Tab alone cycles through every place on screen; no view keeps Tab to itself."""
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    unreached = []
    for tab in _tabs(window):
        visible = {name: place for name, place in window.places.items()
                   if place.isVisible() and not _is_placeholder(place)}
        window.tabs.tabBar().setFocus()
        reached = set()
        for _ in range(120):
            focus = QApplication.focusWidget()
            for name, place in visible.items():
                if focus is not None and (focus is place or place.isAncestorOf(focus)):
                    reached.add(name)
            QTest.keyClick(focus, Qt.Key_Tab)
        unreached += [f"{tab}: {name}" for name in visible if name not in reached]
    assert not unreached, "places Tab never reaches: " + ", ".join(unreached)


def test_focus_ring_is_visible_in_every_theme(qtbot, restore_appearance):
    """A focused button looks different from an unfocused one (the stylesheet's focus ring)."""
    holder = QWidget()
    qtbot.addWidget(holder)
    first, second = QPushButton("One", holder), QPushButton("Two", holder)
    second.move(0, 40)
    with qtbot.waitExposed(holder):
        holder.show()
    holder.activateWindow()
    for name in theme.theme_names():
        theme.apply_theme(name)
        second.setFocus()
        QApplication.processEvents()
        unfocused = first.grab().toImage()
        first.setFocus()
        QApplication.processEvents()
        assert first.hasFocus()
        assert first.grab().toImage() != unfocused, f"no visible focus in the {name} theme"


def test_text_size_keys_grow_shrink_and_reset_the_font(qtbot, window, restore_appearance):
    """Ctrl+= makes text larger, Ctrl+- smaller, Ctrl+0 back to the default."""
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    base = QApplication.font().pointSizeF()
    QTest.keySequence(window, "Ctrl+=")
    assert text_size.current_scale() == 115
    assert QApplication.font().pointSizeF() > base
    QTest.keySequence(window, "Ctrl+=")
    QTest.keySequence(window, "Ctrl+0")
    assert text_size.current_scale() == 100
    assert abs(QApplication.font().pointSizeF() - base) < 0.11
    QTest.keySequence(window, "Ctrl+-")
    assert QApplication.font().pointSizeF() < base


def test_largest_text_still_fits_the_window(qtbot, window, restore_appearance):
    """At the largest text size the window's minimum size fits a 1366×768 screen less a window frame, no button
    is cut short, and no label (not word-wrapped) is narrower than its text."""
    text_size.apply_scale(text_size.STEPS[-1])
    window.resize(1350, 720)
    with qtbot.waitExposed(window):
        window.show()
    cut = []
    for tab in _tabs(window):
        hint = window.minimumSizeHint()
        assert hint.width() <= 1350 and hint.height() <= 720, f"{tab}: needs {hint.width()}×{hint.height()}"
        for button in window.findChildren(QPushButton):
            if button.isVisible() and button.width() < button.minimumSizeHint().width():
                cut.append(f"{tab}: button {button.text()!r}")
        for label in window.findChildren(QLabel):
            if label.isVisible() and label.text() and not label.wordWrap() and label.textFormat() != Qt.RichText \
                    and label.width() < label.fontMetrics().horizontalAdvance(label.text().replace("&", "")):
                cut.append(f"{tab}: label {label.text()!r}")
    assert not cut, "text cut short: " + ", ".join(cut)


def test_every_control_of_the_dialogs_has_an_accessible_name(qtbot, window):
    """The PIN, import, export and record-store dialogs: nothing a screen reader would announce as blank."""
    from desktop.interchange.export_dialog import FORMATS, ExportDialog
    from desktop.interchange.import_dialog import ImportDialog
    from desktop.interchange.record_store_dialog import RecordStoreDialog
    from desktop.teacher.pin_dialog import PinDialog

    state = window.state
    state.set_teacher_mode(True)
    dialogs = [PinDialog(state, mode, window) for mode in ("set", "enter", "change")]
    dialogs += [ExportDialog(state, mode, window) for mode in FORMATS]
    dialogs += [ImportDialog(state, window), RecordStoreDialog(state, window)]
    missing = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        missing += [f"{type(dialog).__name__}: {type(w).__name__} {w.objectName()!r}" for w in _controls(dialog)
                    if not _name(w)]
        dialog.close()
    assert not missing, "controls without an accessible name:\n" + "\n".join(missing)


def test_a_rich_tooltip_is_described_without_markup(qtbot):
    """Qt gives screen readers the tooltip as the description: the words reach them, the tags do not."""
    from desktop.appearance import accessibility

    accessibility.install(QApplication.instance())
    button = QPushButton("Show")
    qtbot.addWidget(button)
    button.setToolTip("<p style='white-space:pre-wrap'>Treaty &amp; talks (1961)</p>")
    assert button.accessibleDescription() == "Treaty & talks (1961)"
    button.setToolTip("Plain words")
    assert button.accessibleDescription() == ""          # a plain tooltip reads as it is
    button.setAccessibleDescription("Its own words")
    button.setToolTip("<b>Other</b>")
    assert button.accessibleDescription() == "Its own words"


def test_the_painted_views_have_a_role_a_screen_reader_names(qtbot, min_db_path):
    """The timeline and the map paint themselves; without a role of their own they would be a nameless filler."""
    from desktop.shell.app import create_window

    win = create_window(min_db_path)
    qtbot.addWidget(win)
    for view in (win.timeline_widget.plot, win.relations_widget.graph):
        interface = QAccessible.queryAccessibleInterface(view)
        assert interface.role() == QAccessible.Role.Chart
        assert interface.text(QAccessible.Text.Name) == view.accessibleName() != ""


def test_a_window_built_before_the_rules_gets_them_when_installed(qtbot):
    """The app installs the keyboard rules once its window is on screen: what was built before is brought under them."""
    from PySide6.QtWidgets import QScrollArea, QTableWidget, QVBoxLayout, QWidget

    from desktop.appearance import accessibility

    window = QWidget()
    qtbot.addWidget(window)
    table, area = QTableWidget(3, 3), QScrollArea()
    layout = QVBoxLayout(window)
    for w in (table, area):
        layout.addWidget(w)
    assert table.tabKeyNavigation() and area.focusPolicy() != Qt.FocusPolicy.NoFocus  # never polished yet
    accessibility.install(QApplication.instance(), catch_up=(window,))
    assert not table.tabKeyNavigation()
    assert area.focusPolicy() == Qt.FocusPolicy.NoFocus
