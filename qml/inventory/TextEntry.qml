// A labelled text field of the inventory and quality forms: the value comes from the view
// model, each edit goes back to it (edited), and the core's refusal marks it in red with
// its help line. Enter is not handled here: it travels up to the form, which submits.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tracelot

FormFieldRow {
    id: entry

    property alias text: field.text
    property alias placeholderText: field.placeholderText
    property alias field: field
    property bool numeric: false
    property bool monospace: false
    property bool password: false
    property bool readOnly: false
    property var validator: null
    signal edited(string text)

    // In a form grid a help line under one field must not shift its neighbours.
    Layout.alignment: Qt.AlignTop

    function focusField() {
        field.forceActiveFocus()
        field.selectAll()
    }

    TextField {
        id: field
        objectName: entry.objectName.length > 0 ? entry.objectName + "Field" : ""
        Layout.fillWidth: true
        selectByMouse: true
        readOnly: entry.readOnly
        echoMode: entry.password ? TextInput.Password : TextInput.Normal
        horizontalAlignment: entry.numeric ? Text.AlignRight : Text.AlignLeft
        inputMethodHints: entry.numeric ? Qt.ImhFormattedNumbersOnly : Qt.ImhNone
        validator: entry.validator
        font.family: entry.monospace ? Theme.monoFamily : Qt.application.font.family
        Accessible.name: entry.label
        Accessible.description: entry.help
        Accessible.passwordEdit: entry.password
        onTextEdited: entry.edited(text)
        background: Rectangle {
            implicitHeight: Theme.controlHeight
            radius: 3
            color: entry.readOnly ? Theme.surfaceAlt : Theme.surface
            border.color: entry.hasError ? Theme.danger : field.activeFocus ? Theme.focus : Theme.borderStrong
            border.width: entry.hasError || field.activeFocus ? 2 : 1
        }
    }
}
