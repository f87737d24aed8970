// One generated form field of the catalog schema: a text field for text, codes,
// integers and temperatures (decimal text), a check box for yes/no, a drop-down for
// choices. Only the control of the field's type is visible (hidden ones take no space
// and no Tab stop). Enter is not handled here: it travels up to AppDialog, which submits.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tracelot

FormFieldRow {
    id: field

    required property int index
    required property string name
    required property string type
    required property var value
    required property var options
    required property string placeholder
    required label
    required help
    required mandatory
    required hasError
    property bool readOnly: false
    readonly property bool isText: type !== "boolean" && type !== "enum"
    signal edited(int row, var value)

    function focusControl() {
        const control = type === "boolean" ? checkBox : type === "enum" ? comboBox : textField
        control.forceActiveFocus()
    }

    showLabel: type !== "boolean"

    TextField {
        id: textField
        visible: field.isText
        Layout.fillWidth: true
        text: field.isText ? field.value : ""
        placeholderText: field.placeholder
        readOnly: field.readOnly
        selectByMouse: true
        horizontalAlignment: field.type === "integer" || field.type === "decimal" ? Text.AlignRight : Text.AlignLeft
        inputMethodHints: field.type === "integer" ? Qt.ImhDigitsOnly : field.type === "decimal" ? Qt.ImhFormattedNumbersOnly : Qt.ImhNone
        validator: field.type === "integer" ? digits : field.type === "decimal" ? decimal : null
        Accessible.name: field.label
        Accessible.description: field.help
        onTextEdited: field.edited(field.index, text)
        background: Rectangle {
            implicitHeight: Theme.controlHeight
            radius: 3
            color: field.readOnly ? Theme.surfaceAlt : Theme.surface
            border.color: field.hasError ? Theme.danger : textField.activeFocus ? Theme.focus : Theme.borderStrong
            border.width: field.hasError || textField.activeFocus ? 2 : 1
        }
        RegularExpressionValidator {
            id: digits
            regularExpression: /[0-9]{0,10}/
        }
        RegularExpressionValidator {
            id: decimal
            regularExpression: /[-−]?[0-9]{0,2}([.,][0-9]?)?/
        }
    }
    CheckBox {
        id: checkBox
        visible: field.type === "boolean"
        Layout.fillWidth: true
        Layout.leftMargin: -6
        text: field.label
        checked: field.value === true
        enabled: !field.readOnly
        Accessible.name: field.label
        Accessible.description: field.help
        onToggled: field.edited(field.index, checked)
    }
    ComboBox {
        id: comboBox
        visible: field.type === "enum"
        Layout.fillWidth: true
        model: visible ? field.options : []
        textRole: "label"
        valueRole: "value"
        currentIndex: visible ? field.options.findIndex(option => option.value === field.value) : -1
        enabled: !field.readOnly
        Accessible.name: field.label
        Accessible.description: field.help
        onActivated: index => field.edited(field.index, field.options[index].value)
    }
}
