// An electronic signature as it appears on screen wherever a closed hold is shown: the
// printed name, the UTC date and time, the meaning, and the SHA-256 of the record signed.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tracelot

Rectangle {
    id: block

    required property var signature

    implicitHeight: column.implicitHeight + 2 * Theme.space3
    radius: Theme.radius
    color: Theme.successSoft
    border.color: Qt.tint(Theme.successSoft, Qt.rgba(0, 0, 0, 0.08))
    Accessible.role: Accessible.StaticText
    Accessible.name: block.signature.line

    ColumnLayout {
        id: column
        anchors {
            fill: parent
            margins: Theme.space3
        }
        spacing: 2
        RowLayout {
            spacing: Theme.space2
            Icon {
                name: "pen"
                size: 16
                color: Theme.success
            }
            Label {
                text: block.signature.printedName
                font.weight: Font.DemiBold
            }
            Label {
                text: block.signature.signedAt
                color: Theme.textMuted
            }
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Meaning: %1").arg(block.signature.meaning)
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Signed record SHA-256: %1").arg(block.signature.recordSha256)
            font.family: Theme.monoFamily
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            wrapMode: Text.WrapAnywhere
        }
    }
}
