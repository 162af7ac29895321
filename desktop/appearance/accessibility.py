"""App-wide keyboard rules: Tab always moves between controls, arrow keys move inside them.

Item views (tables, lists, trees) would otherwise take Tab to walk their cells, which traps a keyboard
user in a table of a hundred rows; a scroll area's frame would be a Tab stop a screen reader reads as
nothing. One application event filter applies the rules to every widget, whoever builds it, when Qt first
polishes it. It also keeps markup out of what a screen reader says: Qt hands a widget's tooltip to AT-SPI as
its description, tags and all, so a rich tooltip gets a plain-text description beside it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QAbstractItemView, QAccessibleWidget, QApplication, QScrollArea, QWidget

from desktop.widgets.plain_text import plain_text

AUTO_DESCRIPTION = "_plainTooltipDescription"   # the description this filter wrote (one a widget set stays)


class KeyboardPolicyFilter(QObject):
    """Turns off Tab-between-cells on item views, and the silent Tab stop of scroll areas, as they are polished."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Polish:
            if isinstance(obj, QAbstractItemView):
                obj.setTabKeyNavigation(False)
            elif isinstance(obj, QScrollArea):
                # The controls inside take the focus and the area scrolls to them; the frame itself says nothing.
                obj.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        elif event.type() == QEvent.ToolTipChange and isinstance(obj, QWidget):
            describe_tooltip(obj)
        return False


def describe_tooltip(widget: QWidget) -> None:
    """Give a widget whose tooltip is rich text the tooltip's words as its accessible description."""
    tip = widget.toolTip()
    mine = widget.property(AUTO_DESCRIPTION)
    if widget.accessibleDescription() and widget.accessibleDescription() != mine:
        return   # the widget's own description says it better
    words = plain_text(tip) if GuiQt.mightBeRichText(tip) else ""
    if words or mine:
        widget.setAccessibleDescription(words)
        widget.setProperty(AUTO_DESCRIPTION, words)


# Views that paint themselves would reach screen readers as a nameless "filler": give them a role Orca names.
ROLES = {"timelinePlot": QAccessible.Role.Chart, "relationGraph": QAccessible.Role.Chart}
# Qt's accessibility cache owns each interface from the factory and deletes it with its widget; the Python wrappers
# are kept here so Python never frees one the cache still uses (a deleted one becomes an empty, invalid wrapper).
_interfaces: list[QAccessibleWidget] = []


def _painted_view_interface(_class_name: str, obj: QObject):
    """The accessible interface of a self-painted view (by object name), or None for Qt's own."""
    role = ROLES.get(obj.objectName()) if isinstance(obj, QWidget) else None
    if role is None:
        return None
    interface = QAccessibleWidget(obj, role, "")
    _interfaces.append(interface)
    return interface


_filter: KeyboardPolicyFilter | None = None


def apply_rules(widgets) -> None:
    """The keyboard rules and tooltip descriptions for these widgets, as they stand now."""
    for each in widgets:
        if isinstance(each, QAbstractItemView):
            each.setTabKeyNavigation(False)
        elif isinstance(each, QScrollArea):
            each.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if each.toolTip():
            describe_tooltip(each)


_roles_installed = False


def install_roles() -> None:
    """The painted views' roles for screen readers (once). Before any window is built: an interface a screen reader
    asked for before the factory was there stays a nameless filler."""
    global _roles_installed
    if not _roles_installed:
        QAccessible.installFactory(_painted_view_interface)
        _roles_installed = True


def install(app: QApplication, *, catch_up: tuple[QWidget, ...] = ()) -> None:
    """Install the keyboard rules and the painted views' roles on the application (once).

    `catch_up`: windows built already, which get the rules now, with all they hold; the filter then sees only what
    changes or is built later. The app installs it so once its window is on screen: a Python filter on the
    application is called for each of the thousands of events of a window's build and first show, which cost
    start-up tens of ms."""
    global _filter
    install_roles()
    if _filter is None:
        _filter = KeyboardPolicyFilter(app)
        app.installEventFilter(_filter)
    for window in catch_up:
        apply_rules([window, *window.findChildren(QWidget)])
