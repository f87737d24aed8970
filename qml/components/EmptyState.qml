// What a list or page shows when there is nothing (yet): an icon, a short title, one
// sentence on what to do, and optionally the action that fills it.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tracelot

ColumnLayout {
    id: empty

    property string icon: "info"
    property string title
    property string message
    property string actionText
    signal actionTriggered

    spacing: Theme.space3
    width: Math.min(implicitWidth, 520)

    Rectangle {
        Layout.alignment: Qt.AlignHCenter
        Layout.preferredWidth: 64
        Layout.preferredHeight: 64
        radius: 32
        color: Theme.surfaceSunken
        Icon {
            anchors.centerIn: parent
            name: empty.icon
            size: 30
            color: Theme.textMuted
        }
    }
    Label {
        Layout.alignment: Qt.AlignHCenter
        Layout.maximumWidth: 520
        text: empty.title
        font.pixelSize: Theme.fontTitle
        font.weight: Font.DemiBold
        color: Theme.text
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
    }
    Label {
        Layout.alignment: Qt.AlignHCenter
        Layout.maximumWidth: 520
        visible: text.length > 0
        text: empty.message
        color: Theme.textMuted
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
    }
    ActionButton {
        Layout.alignment: Qt.AlignHCenter
        Layout.topMargin: Theme.space2
        visible: empty.actionText.length > 0
        text: empty.actionText
        highlighted: true
        onClicked: empty.actionTriggered()
    }
}
