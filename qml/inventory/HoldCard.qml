// One hold of a lot: number, status, cause, reason and scope; the signatures that closed
// it; and, for a release, its certificate.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tracelot

Rectangle {
    id: card

    required property var hold
    property var certificates: []
    signal certificateRequested(string certificateId)

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
                name: "lock"
                size: 16
                color: Theme.textMuted
            }
            Label {
                text: qsTr("Hold %1").arg(card.hold.number)
                font.weight: Font.DemiBold
            }
            StatusPill {
                status: card.hold.status
                text: card.hold.statusText
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("%1 · %2").arg(card.hold.causeText).arg(card.hold.placedText)
                color: Theme.textMuted
                font.pixelSize: Theme.fontLabel
                elide: Text.ElideRight
            }
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("%1 — holds %2").arg(card.hold.reason).arg(card.hold.scope)
            wrapMode: Text.Wrap
        }
        Repeater {
            model: card.hold.signatures
            SignatureBlock {
                required property var modelData
                Layout.fillWidth: true
                signature: modelData
            }
        }
        Repeater {
            model: card.certificates.filter(c => c.holdNumber === card.hold.number)
            ActionButton {
                required property var modelData
                text: qsTr("Certificate of release %1").arg(modelData.number)
                iconName: "file"
                onClicked: card.certificateRequested(modelData.certificateId)
            }
        }
    }
}
