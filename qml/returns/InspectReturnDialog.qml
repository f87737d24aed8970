// Inspect one returned line: restock (where to), keep quarantined, or destroy. Restock and
// destroy close the return hold, so QA signs with the password (entered now, never stored);
// the core refuses restocking a recalled, otherwise held or expired lot, and says so here.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tracelot
import Tracelot.Models

AppDialog {
    id: dialog

    required property ReturnsViewModel viewModel
    property int lineNo: 1
    property string decision: "restock"
    property string location

    title: qsTr("Inspect line %1 of return %2").arg(lineNo).arg(viewModel.detail.number || "")
    acceptText: decision === "quarantine" ? qsTr("Keep quarantined") : qsTr("Sign")
    preferredWidth: 600
    notice: viewModel.error
    onAboutToShow: {
        viewModel.clearMessages()
        decision = "restock"
        location = viewModel.stockLocations.length > 0 ? viewModel.stockLocations[0].value : ""
        password.text = ""
        inspectNote.text = ""
    }
    onSubmitted: {
        if (viewModel.inspect(lineNo, decision, location, password.text, inspectNote.text)) {
            submitSucceeded = true
            password.text = ""
            close()
        } else {
            password.text = ""
            if (viewModel.errorField === "password")
                password.focusField()
        }
    }

    ChoiceEntry {
        Layout.fillWidth: true
        label: qsTr("Decision")
        options: dialog.viewModel.decisionOptions
        value: dialog.decision
        onChosen: value => dialog.decision = value
    }
    ChoiceEntry {
        Layout.fillWidth: true
        visible: dialog.decision === "restock"
        label: qsTr("Back to")
        options: dialog.viewModel.stockLocations
        value: dialog.location
        onChosen: value => dialog.location = value
    }
    TextEntry {
        id: inspectNote
        Layout.fillWidth: true
        label: qsTr("What was found")
    }
    TextEntry {
        id: password
        objectName: "inspectPassword"
        Layout.fillWidth: true
        visible: dialog.decision !== "quarantine"
        label: qsTr("Your password (e-signature)")
        password: true
        mandatory: true
        help: qsTr("Entered now to sign; never stored.")
    }
}
