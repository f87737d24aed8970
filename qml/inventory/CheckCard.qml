// One quality check of a lot: passed or failed, when, each criterion's result, the note.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tracelot

Rectangle {
    id: card

    required property var check

    implicitHeight: column.implicitHeight + 2 * Theme.space3
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border

    ColumnLayout {
        id: column
        anchors {
            fill: parent
            margins: Theme.space3
        }
        spacing: Theme.space1
        RowLayout {
            spacing: Theme.space2
            Icon {
                name: card.check.passed ? "check" : "alert"
                size: 16
                color: card.check.passed ? Theme.success : Theme.danger
            }
            Label {
                text: card.check.passed ? qsTr("Quality check passed") : qsTr("Quality check failed")
                font.weight: Font.DemiBold
                color: card.check.passed ? Theme.success : Theme.danger
            }
            Label {
                text: card.check.when
                color: Theme.textMuted
                font.pixelSize: Theme.fontLabel
            }
        }
        Repeater {
            model: card.check.results
            Label {
                required property string modelData
                Layout.fillWidth: true
                text: modelData
                font.pixelSize: Theme.fontLabel
                wrapMode: Text.Wrap
            }
        }
        Label {
            Layout.fillWidth: true
            visible: card.check.note.length > 0
            text: qsTr("Note: %1").arg(card.check.note)
            color: Theme.textMuted
            font.pixelSize: Theme.fontLabel
            wrapMode: Text.Wrap
        }
    }
}
