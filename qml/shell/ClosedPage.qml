// Shown when the database could not be opened: why, in the core's words, and what to do.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tracelot
import Tracelot.Models

WelcomeCard {
    title: qsTr("The database cannot be opened")
    subtitle: qsTr("Tracelot could not open %1.").arg(Session.databasePath)

    NoticeBanner {
        Layout.fillWidth: true
        text: Session.openError.length > 0 ? Session.openError : qsTr("No database is open.")
    }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        color: Theme.textMuted
        text: qsTr("Start Tracelot with --db PATH to open another database file, or ask your administrator.")
    }
    ActionButton {
        Layout.alignment: Qt.AlignRight
        text: qsTr("Quit")
        onClicked: Qt.quit()
    }
}
