// Define a product's quality check (QA technician): its criteria, each pass/fail or a
// measured value with unit and limits. Saving makes a new revision; the core's refusal
// shows in place with the criterion it is about marked.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tracelot
import Tracelot.Models

AppDialog {
    id: dialog

    property string productId
    readonly property alias form: form
    signal defined

    title: qsTr("Quality check of %1").arg(form.productName)
    acceptText: qsTr("Save the check")
    acceptEnabled: form.canDefine
    notice: form.errorMessage.length > 0 ? form.errorMessage : form.permissionNote
    noticeTone: form.errorMessage.length > 0 ? "error" : "info"
    preferredWidth: 820

    onAboutToShow: form.start(productId)
    onOpened: {
        const first = rows.itemAt(0)
        if (first)
            first.focusLabel()
    }
    onSubmitted: {
        if (form.save()) {
            submitSucceeded = true
            defined()
            close()
        } else {
            const row = rows.itemAt(Math.max(0, form.errorRow))
            if (row)
                row.focusLabel()
        }
    }

    CheckTemplateForm {
        id: form
        session: Session
    }

    Label {
        Layout.fillWidth: true
        text: form.revision > 0 ? qsTr("Revision %1 is in use. Saving makes revision %2; checks already recorded keep theirs.").arg(form.revision).arg(form.revision + 1)
                                : qsTr("No check is defined yet. Every criterion will have to be answered when the check is recorded.")
        color: Theme.textMuted
        wrapMode: Text.WordWrap
    }

    Repeater {
        id: rows
        model: form.criteria
        RowLayout {
            id: row
            required property var modelData
            required property int index
            readonly property bool measure: modelData.kind === "measure"
            readonly property bool hasError: form.errorRow === index
            function focusLabel() {
                label.forceActiveFocus()
            }
            Layout.fillWidth: true
            spacing: Theme.space2
            TextField {
                id: label
                Layout.fillWidth: true
                Layout.preferredWidth: 3
                placeholderText: qsTr("Criterion, e.g. Smell and appearance")
                text: row.modelData.label
                Accessible.name: qsTr("Criterion %1").arg(row.index + 1)
                onTextEdited: form.setValue(row.index, "label", text)
                background: Rectangle {
                    implicitHeight: Theme.controlHeight
                    radius: 3
                    color: Theme.surface
                    border.color: row.hasError ? Theme.danger : label.activeFocus ? Theme.focus : Theme.borderStrong
                    border.width: row.hasError || label.activeFocus ? 2 : 1
                }
            }
            ComboBox {
                Layout.preferredWidth: 160
                model: form.kindOptions
                textRole: "label"
                valueRole: "value"
                currentIndex: row.measure ? 1 : 0
                Accessible.name: qsTr("Kind of criterion %1").arg(row.index + 1)
                onActivated: form.setValue(row.index, "kind", currentValue)
            }
            TextField {
                Layout.preferredWidth: 70
                visible: row.measure
                placeholderText: qsTr("unit")
                text: row.modelData.unit
                Accessible.name: qsTr("Unit of criterion %1").arg(row.index + 1)
                onTextEdited: form.setValue(row.index, "unit", text)
            }
            TextField {
                Layout.preferredWidth: 70
                visible: row.measure
                horizontalAlignment: Text.AlignRight
                placeholderText: qsTr("min")
                text: row.modelData.min
                Accessible.name: qsTr("Lower limit of criterion %1").arg(row.index + 1)
                onTextEdited: form.setValue(row.index, "min", text)
            }
            TextField {
                Layout.preferredWidth: 70
                visible: row.measure
                horizontalAlignment: Text.AlignRight
                placeholderText: qsTr("max")
                text: row.modelData.max
                Accessible.name: qsTr("Upper limit of criterion %1").arg(row.index + 1)
                onTextEdited: form.setValue(row.index, "max", text)
            }
            ToolButton {
                enabled: form.criteria.length > 1
                contentItem: Icon {
                    name: "close"
                    size: 14
                    color: parent.enabled ? Theme.textMuted : Theme.textFaint
                }
                Accessible.name: qsTr("Remove criterion %1").arg(row.index + 1)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Remove this criterion")
                onClicked: form.removeCriterion(row.index)
            }
        }
    }
    ActionButton {
        text: qsTr("Add a criterion")
        iconName: "plus"
        onClicked: {
            form.addCriterion()
            const last = rows.itemAt(rows.count - 1)
            if (last)
                last.focusLabel()
        }
    }
}
