"""RecordStoreDialog: the teacher sets the learning record store (xAPI) and sees whether statements arrive."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from db.errors import TrilemmaError
from db.interchange.lrs import lrs_settings, outbox_status, save_lrs_settings, send_pending
from desktop.state import AppState
from desktop.widgets import plain_text


class RecordStoreDialog(QDialog):
    """Address, key and secret of the record store; the outbox's status; Save and Send now."""

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.setObjectName("recordStoreDialog")
        self.setWindowTitle(self.tr("Learning record store (xAPI)"))
        self.resize(560, 0)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Answers can be sent to your school's learning record store as xAPI statements, "
                               "under each student's pseudonym (never the name). Leave the address empty and "
                               "Trilemma sends nothing anywhere."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        cfg = lrs_settings(state.db)
        form = QFormLayout()
        self.endpoint = self._field(cfg["endpoint"], self.tr("Record store address"), "https://lrs.school.example/xAPI/")
        self.key = self._field(cfg["key"], self.tr("Key"), "")
        self.secret = self._field(cfg["secret"], self.tr("Secret"), "")
        self.secret.setEchoMode(QLineEdit.Password)
        self.home_page = self._field(cfg["home_page"], self.tr("School home page"), "https://school.example/trilemma")
        self.activity_base = self._field(cfg["activity_base"], self.tr("Activity address"),
                                         "https://trilemma.example/activities")
        for label, field in ((self.tr("&Address:"), self.endpoint), (self.tr("&Key:"), self.key),
                             (self.tr("&Secret:"), self.secret), (self.tr("School &home page:"), self.home_page),
                             (self.tr("A&ctivity address:"), self.activity_base)):
            form.addRow(label, field)
        layout.addLayout(form)
        self.status = QLabel("")
        self.status.setObjectName("outboxStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Close)
        self.send_button = buttons.addButton(self.tr("Send &now"), QDialogButtonBox.ActionRole)
        self.send_button.setObjectName("sendNow")
        buttons.button(QDialogButtonBox.Save).clicked.connect(self.save)
        self.send_button.clicked.connect(self.send_now)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()

    def _field(self, value: str, name: str, placeholder: str) -> QLineEdit:
        field = QLineEdit(value)
        field.setAccessibleName(name)
        field.setPlaceholderText(placeholder)
        return field

    def refresh(self) -> None:
        """Show the outbox's status in words."""
        self.status.setText(self.status_text(outbox_status(self.state.db)))

    def save(self) -> bool:
        """Store the settings (checked first); a problem is shown and nothing is stored."""
        try:
            self.state.run(save_lrs_settings, origin=self, endpoint=self.endpoint.text(), key=self.key.text(),
                           secret=self.secret.text(), home_page=self.home_page.text(),
                           activity_base=self.activity_base.text())
        except TrilemmaError as exc:
            plain_text.warning(self, self.tr("Settings not saved"), self.tr("Nothing was saved.\n\n%s")
                               % plain_text.sentence(exc))
            return False
        self.refresh()
        return True

    def send_now(self) -> None:
        """Save, then try to send every waiting statement at once."""
        if not self.save():
            return
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            result = self.state.run(send_pending, origin=self, force=True).value
        finally:
            QApplication.restoreOverrideCursor()
        self.refresh()
        if result.error:
            self.status.setText(self.tr("Not sent: %s. The statements are kept and will be tried again.\n%s")
                                % (result.error, self.status.text()))
        elif result.sent:
            self.status.setText(self.tr("Sent %n statement(s).", "", result.sent) + "\n" + self.status.text())

    def status_text(self, info: dict) -> str:
        """db.interchange.lrs.outbox_status's sentence, in the interface language."""
        pending, sent = info["pending"], info["sent"]
        if not info["configured"]:
            return self.tr("No record store is set up: nothing is sent anywhere.")
        if info["last_error"]:
            return self.tr("%n statement(s) waiting. Last problem: %1.", "", pending) \
                .replace("%1", str(info["last_error"]).rstrip("."))
        if pending:
            return self.tr("%n statement(s) waiting to be sent; %1 delivered.", "", pending).replace("%1", str(sent))
        if not sent:
            return self.tr("Nothing to send yet: statements are recorded as students answer.")
        if info["last_sent"]:
            return self.tr("All %n statement(s) delivered (last at %1).", "", sent).replace("%1", str(info["last_sent"]))
        return self.tr("All %n statement(s) delivered.", "", sent)
