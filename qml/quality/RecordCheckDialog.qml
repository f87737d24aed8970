// Record a quality check of the lot, generated from its product's check template: a
// pass/fail choice or a measured value (with unit and limits) per criterion. Every
// criterion must be answered; the check passes only if all pass (a failed check places
// a hold). The refusal shows in place and the criterion it is about is marked.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tracelot
import Tracelot.Models

AppDialog {
    id: dialog

    required property QualityViewModel viewModel
    readonly property CheckForm form: viewModel.check
    signal defineRequested

    title: qsTr("Quality check of lot %1").arg(viewModel.detail.lot.tlc)
    acceptText: qsTr("Record check")
    acceptEnabled: viewModel.canRecordCheck && form.hasTemplate && form.resultMessage.length === 0
    notice: form.errorMessage.length > 0 ? form.errorMessage : form.resultMessage.length > 0 ? form.resultMessage : viewModel.checkNote
    noticeTone: form.errorMessage.length > 0 ? "error" : form.resultMessage.length > 0 ? (form.resultPassed ? "success" : "warning") : "info"
    preferredWidth: 680

    onAboutToShow: viewModel.beginCheck()
    onOpened: {
        const first = rows.itemAt(0)
        if (first)
            first.focusAnswer()
    }
    onSubmitted: {
        if (form.submit()) {
            submitSucceeded = true
        } else {
            const row = rows.itemAt(Math.max(0, form.errorRow))
            if (row)
                row.focusAnswer()
        }
    }

    Label {
        Layout.fillWidth: true
        visible: !dialog.form.hasTemplate
        text: qsTr("%1 has no quality check defined yet. A QA technician defines its criteria first (pass/fail or measured with limits).").arg(dialog.viewModel.detail.lot.productName)
        wrapMode: Text.WordWrap
        color: Theme.textMuted
    }
    ActionButton {
        visible: !dialog.form.hasTemplate
        enabled: dialog.viewModel.canRecordCheck
        text: qsTr("Define the check…")
        iconName: "edit"
        onClicked: dialog.defineRequested()
    }
    Label {
        Layout.fillWidth: true
        visible: dialog.form.hasTemplate
        text: qsTr("%1 of %2 criteria answered — every one is required.").arg(dialog.form.answered).arg(dialog.form.count)
        color: Theme.textMuted
        font.pixelSize: Theme.fontLabel
    }

    Repeater {
        id: rows
        model: dialog.form
        Rectangle {
            id: criterion
            required property int index
            required property string label
            required property string kind
            required property string unit
            required property string limits
            required property string answer
            required property bool hasError
            function focusAnswer() {
                if (kind === "measure")
                    measured.forceActiveFocus()
                else
                    passButton.forceActiveFocus()
            }
            Layout.fillWidth: true
            implicitHeight: criterionRow.implicitHeight + 2 * Theme.space3
            radius: Theme.radius
            color: Theme.surfaceAlt
            border.color: hasError ? Theme.danger : Theme.border
            border.width: hasError ? 2 : 1

            RowLayout {
                id: criterionRow
                anchors {
                    fill: parent
                    margins: Theme.space3
                }
                spacing: Theme.space3
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    Label {
                        Layout.fillWidth: true
                        text: criterion.label
                        font.weight: Font.Medium
                        color: criterion.hasError ? Theme.danger : Theme.text
                        wrapMode: Text.Wrap
                    }
                    Label {
                        visible: criterion.limits.length > 0
                        text: qsTr("Limits: %1").arg(criterion.limits)
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                    }
                }
                // Pass / fail: two toggles, neither chosen at first.
                RowLayout {
                    visible: criterion.kind !== "measure"
                    spacing: Theme.space1
                    ActionButton {
                        id: passButton
                        text: qsTr("Pass")
                        iconName: "check"
                        highlighted: criterion.answer === "pass"
                        Accessible.checkable: true
                        Accessible.checked: highlighted
                        Accessible.name: qsTr("%1: pass").arg(criterion.label)
                        onClicked: dialog.form.setAnswer(criterion.index, "pass")
                    }
                    ActionButton {
                        text: qsTr("Fail")
                        iconName: "close"
                        highlighted: criterion.answer === "fail"
                        Accessible.checkable: true
                        Accessible.checked: highlighted
                        Accessible.name: qsTr("%1: fail").arg(criterion.label)
                        onClicked: dialog.form.setAnswer(criterion.index, "fail")
                    }
                }
                RowLayout {
                    visible: criterion.kind === "measure"
                    spacing: Theme.space1
                    TextField {
                        id: measured
                        Layout.preferredWidth: 110
                        horizontalAlignment: Text.AlignRight
                        text: criterion.kind === "measure" ? criterion.answer : ""
                        Accessible.name: qsTr("%1, measured in %2").arg(criterion.label).arg(criterion.unit)
                        onTextEdited: dialog.form.setAnswer(criterion.index, text)
                    }
                    Label {
                        text: criterion.unit
                        color: Theme.textMuted
                    }
                }
            }
        }
    }

    TextEntry {
        Layout.fillWidth: true
        visible: dialog.form.hasTemplate
        label: qsTr("Note")
        text: dialog.form.note
        onEdited: text => dialog.form.note = text
    }
}
