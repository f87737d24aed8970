// The status line: who is signed in (name and roles), which database is open, and the
// sync state.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tracelot
import Tracelot.Models

Rectangle {
    id: status

    // The sync indicator was clicked: the shell shows the sync conflicts.
    signal syncClicked

    implicitHeight: Theme.statusHeight
    color: Theme.surfaceSunken

    Rectangle {
        anchors {
            left: parent.left
            right: parent.right
            top: parent.top
        }
        height: 1
        color: Theme.border
    }

    RowLayout {
        anchors {
            fill: parent
            leftMargin: Theme.space4
            rightMargin: Theme.space4
        }
        spacing: Theme.space2

        Icon {
            name: "user"
            size: 14
            color: Theme.textMuted
        }
        Label {
            text: qsTr("Signed in as %1 (%2)").arg(Session.displayName).arg(Session.rolesText)
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
            Layout.maximumWidth: status.width * 0.4
            Accessible.name: text
        }
        Rectangle {
            Layout.preferredWidth: 1
            Layout.preferredHeight: 14
            Layout.leftMargin: Theme.space2
            Layout.rightMargin: Theme.space2
            color: Theme.borderStrong
        }
        Icon {
            name: "database"
            size: 14
            color: Theme.textMuted
        }
        Label {
            Layout.fillWidth: true
            text: Session.databasePath
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideMiddle
            Accessible.name: qsTr("Database: %1").arg(Session.databasePath)
        }
        SyncIndicator {
            onClicked: status.syncClicked()
        }
    }
}
