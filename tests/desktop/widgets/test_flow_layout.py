"""FlowLayout: controls wrap onto new rows as the width runs out, and spare room goes to growing controls."""

from PySide6.QtWidgets import QLineEdit, QPushButton, QSizePolicy, QWidget

from desktop.widgets.flow_layout import FlowLayout


def _fixed(parent, width, height=20):
    w = QPushButton(parent)
    w.setFixedSize(width, height)
    w.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return w


def test_items_wrap_by_width_and_rows_add_up(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    flow = FlowLayout(host, spacing=4)
    buttons = [_fixed(host, 100) for _ in range(5)]
    for b in buttons:
        flow.addWidget(b)
    assert flow.heightForWidth(1000) == 20                      # one row
    assert flow.heightForWidth(250) == 3 * 20 + 2 * 4            # two, two, one
    host.resize(250, flow.heightForWidth(250))
    host.show()
    flow.setGeometry(host.rect())
    rows = sorted({b.geometry().top() for b in buttons})
    assert rows == [0, 24, 48]
    assert all(b.geometry().right() < 250 for b in buttons)


def test_spare_room_on_a_row_goes_to_an_expanding_field(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    flow = FlowLayout(host, spacing=4)
    field = QLineEdit(host)
    flow.addWidget(field)
    button = _fixed(host, 80)
    flow.addWidget(button)
    host.resize(600, 40)
    host.show()
    flow.setGeometry(host.rect())
    assert field.width() == 600 - 80 - 4
    assert button.geometry().right() == 599


def test_an_item_wider_than_the_row_is_narrowed_to_the_row_not_cut_off(qtbot):
    """A combo box whose preferred width exceeds the pane (long theme names at 200 %) gets the row's width, down to
    its least width, instead of running past the right edge."""
    host = QWidget()
    qtbot.addWidget(host)
    flow = FlowLayout(host, spacing=4)
    wide = QPushButton("x" * 80, host)
    wide.setMinimumWidth(50)
    flow.addWidget(wide)
    flow.addWidget(_fixed(host, 40))
    assert wide.sizeHint().width() > 300
    host.resize(300, flow.heightForWidth(300))
    host.show()
    flow.setGeometry(host.rect())
    assert wide.geometry().left() == 0 and wide.geometry().right() < 300
