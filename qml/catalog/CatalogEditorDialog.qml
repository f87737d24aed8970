// The create/edit form of a catalog record, generated from the core's field schema
// (one FieldEditor per field). The core's refusal appears at the top of the form, the
// field it is about is marked and focused, and everything typed stays.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tracelot
import Tracelot.Models

AppDialog {
    id: dialog

    required property CatalogEditor editor
    property bool canEdit: false
    signal saved(string recordId)

    function focusField(row) {
        const field = fields.itemAt(row >= 0 ? row : 0)
        if (field)
            field.focusControl()
    }

    title: editor.title
    notice: editor.errorMessage
    acceptText: editor.isNew ? qsTr("Create") : qsTr("Save changes")
    acceptEnabled: canEdit
    preferredWidth: 760

    onOpened: focusField(0)
    onSubmitted: {
        if (editor.save()) {
            submitSucceeded = true
            saved(editor.recordId)
            close()
        } else {
            focusField(editor.errorRow)
        }
    }

    leftActions: [
        ActionButton {
            visible: !dialog.editor.isNew
            enabled: dialog.canEdit
            text: dialog.editor.active ? qsTr("Retire") : qsTr("Reinstate")
            ToolTip.visible: hovered
            ToolTip.text: dialog.editor.active ? qsTr("Stop using it in new work; its history stays. You can reinstate it.")
                                               : qsTr("Use it again in new work.")
            onClicked: {
                if (dialog.editor.setActive(!dialog.editor.active)) {
                    dialog.saved(dialog.editor.recordId)
                    dialog.close()
                }
            }
        },
        Label {
            visible: !dialog.editor.isNew && !dialog.editor.active
            text: qsTr("Retired")
            color: Theme.textMuted
            font.pixelSize: Theme.fontLabel
        }
    ]

    GridLayout {
        Layout.fillWidth: true
        columns: width > 560 ? 2 : 1
        columnSpacing: Theme.space5
        rowSpacing: Theme.space3

        Repeater {
            id: fields
            model: dialog.editor.fields
            FieldEditor {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                readOnly: !dialog.canEdit
                onEdited: (row, value) => dialog.editor.setValue(row, value)
            }
        }
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("* required")
        color: Theme.textFaint
        font.pixelSize: Theme.fontSmall
    }
}
