// The hold record a signature is bound to, as the signer sees it: number, lot, reason,
// cause, scope, who placed it and when, and the SHA-256 of exactly this record.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tracelot
import Tracelot.Models

Rectangle {
    id: record

    required property HoldDetail hold
    property string sha256

    implicitHeight: grid.implicitHeight + 2 * Theme.space4
    radius: Theme.radius
    color: Theme.surfaceAlt
    border.color: Theme.border
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Hold record %1").arg(hold.number)

    GridLayout {
        id: grid
        anchors {
            fill: parent
            margins: Theme.space4
        }
        columns: 2
        columnSpacing: Theme.space4
        rowSpacing: Theme.space1

        Label {
            text: qsTr("Hold")
            color: Theme.textMuted
        }
        Label {
            Layout.fillWidth: true
            text: record.hold.number
            font.weight: Font.DemiBold
        }
        Label {
            text: qsTr("Lot")
            color: Theme.textMuted
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("%1 — %2").arg(record.hold.lot.tlc).arg(record.hold.lot.productName)
            wrapMode: Text.Wrap
        }
        Label {
            text: qsTr("Reason")
            color: Theme.textMuted
        }
        Label {
            Layout.fillWidth: true
            text: record.hold.reason
            wrapMode: Text.Wrap
        }
        Label {
            text: qsTr("Cause")
            color: Theme.textMuted
        }
        Label {
            Layout.fillWidth: true
            text: record.hold.causeText
        }
        Label {
            text: qsTr("Holds")
            color: Theme.textMuted
        }
        Label {
            Layout.fillWidth: true
            text: record.hold.scope
        }
        Label {
            text: qsTr("Placed")
            color: Theme.textMuted
        }
        Label {
            Layout.fillWidth: true
            text: record.hold.placedText
            wrapMode: Text.Wrap
        }
        Label {
            text: qsTr("SHA-256")
            color: Theme.textMuted
        }
        Label {
            Layout.fillWidth: true
            text: record.sha256.length > 0 ? record.sha256 : record.hold.recordSha256
            font.family: Theme.monoFamily
            font.pixelSize: Theme.fontLabel
            wrapMode: Text.WrapAnywhere
            Accessible.name: qsTr("SHA-256 of the hold record: %1").arg(text)
        }
    }
}
