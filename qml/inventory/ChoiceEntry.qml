// A labelled drop-down of the inventory and quality forms over [{ value, label }]
// options: shows the view model's value, reports the user's choice (chosen), and is
// marked in red when the core's refusal is about it.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tracelot

FormFieldRow {
    id: entry

    property var options: []
    property string value
    property alias box: box
    signal chosen(string value)

    // In a form grid a help line under one field must not shift its neighbours.
    Layout.alignment: Qt.AlignTop

    function focusField() {
        box.forceActiveFocus()
    }

    ComboBox {
        id: box
        Layout.fillWidth: true
        model: entry.options
        textRole: "label"
        valueRole: "value"
        currentIndex: {
            for (let i = 0; i < entry.options.length; ++i)
                if (entry.options[i].value === entry.value)
                    return i
            return -1
        }
        displayText: currentIndex < 0 ? qsTr("Choose…") : currentText
        Accessible.name: entry.label
        Accessible.description: entry.help
        onActivated: index => entry.chosen(entry.options[index].value)
        background: Rectangle {
            implicitHeight: Theme.controlHeight
            implicitWidth: 140
            radius: 3
            color: box.down ? Theme.surfaceSunken : Theme.surface
            border.color: entry.hasError ? Theme.danger : box.activeFocus ? Theme.focus : Theme.borderStrong
            border.width: entry.hasError || box.activeFocus ? 2 : 1
        }
    }
}
