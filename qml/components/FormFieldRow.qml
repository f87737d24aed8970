// One labelled form field: the label (marked when required), the control (the
// component's children), and a help line under it that turns red when the core's
// refusal is about this field.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tracelot

ColumnLayout {
    id: row

    property string label
    property string help
    property bool mandatory: false
    property bool hasError: false
    property bool showLabel: true
    default property alias control: slot.data

    spacing: Theme.space1

    Label {
        visible: row.showLabel
        Layout.fillWidth: true
        text: row.mandatory ? qsTr("%1 *").arg(row.label) : row.label
        font.pixelSize: Theme.fontLabel
        font.weight: Font.Medium
        color: row.hasError ? Theme.danger : Theme.text
        elide: Text.ElideRight
    }
    ColumnLayout {
        id: slot
        Layout.fillWidth: true
        spacing: 0
    }
    Label {
        Layout.fillWidth: true
        visible: text.length > 0
        text: row.help
        font.pixelSize: Theme.fontSmall
        color: row.hasError ? Theme.danger : Theme.textMuted
        wrapMode: Text.WordWrap
    }
}
