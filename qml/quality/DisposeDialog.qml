// Dispose of a hold with a signature: release, destroy (written off as waste), return to
// supplier, or rework — with the signer's password entered now. A hold from a
// temperature excursion needs its corrective action first (the core says so here).
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tracelot
import Tracelot.Models

AppDialog {
    id: dialog

    required property QualityViewModel viewModel
    readonly property HoldDetail hold: viewModel.detail
    readonly property bool done: viewModel.signedResult.line !== undefined
    property string disposition

    title: qsTr("Dispose of hold %1").arg(hold.number)
    acceptText: done ? qsTr("Close") : qsTr("Sign and dispose")
    acceptEnabled: done || viewModel.canRelease
    notice: viewModel.signError.length > 0 ? viewModel.signError : viewModel.releaseNote
    noticeTone: viewModel.signError.length > 0 ? "error" : "info"
    preferredWidth: 680

    onAboutToShow: {
        viewModel.beginSigning()
        disposition = ""
        password.text = ""
        note.text = ""
    }
    onOpened: dispositionField.focusField()
    onSubmitted: {
        if (done) {
            submitSucceeded = true
            close()
            return
        }
        if (viewModel.dispose(disposition, password.text, note.text)) {
            submitSucceeded = true
        } else if (viewModel.signErrorField === "disposition") {
            dispositionField.focusField()
        } else {
            password.text = ""
            password.focusField()
        }
    }

    HoldRecord {
        Layout.fillWidth: true
        hold: dialog.hold
        sha256: dialog.viewModel.signingSha256
    }
    ChoiceEntry {
        id: dispositionField
        Layout.fillWidth: true
        visible: !dialog.done
        label: qsTr("What happens to the held stock")
        mandatory: true
        options: dialog.viewModel.dispositionOptions
        value: dialog.disposition
        hasError: dialog.viewModel.signErrorField === "disposition"
        onChosen: value => dialog.disposition = value
    }
    TextEntry {
        id: note
        Layout.fillWidth: true
        visible: !dialog.done
        label: qsTr("Note")
    }
    TextEntry {
        id: password
        Layout.fillWidth: true
        visible: !dialog.done
        label: qsTr("Your password (%1)").arg(Session.displayName)
        help: qsTr("Entered now to sign; never stored.")
        mandatory: true
        password: true
        hasError: dialog.viewModel.signErrorField === "password"
    }
    ColumnLayout {
        Layout.fillWidth: true
        visible: dialog.done
        spacing: Theme.space2
        NoticeBanner {
            Layout.fillWidth: true
            tone: "success"
            text: qsTr("Hold %1 is closed: %2.").arg(dialog.viewModel.signedResult.number || "").arg(dialog.viewModel.signedResult.disposition || "")
        }
        Repeater {
            model: dialog.hold.signatures
            SignatureBlock {
                required property var modelData
                Layout.fillWidth: true
                signature: modelData
            }
        }
    }
}
