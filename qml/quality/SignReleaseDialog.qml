// Sign and release a hold (21 CFR Part 11 spirit): the hold record being signed
// (number, lot, reason, cause, scope) and its SHA-256, the meaning of the signature, and
// the signer's password entered now. A wrong password is refused and logged — said here,
// with the password field marked. After the release: the signature and the certificate
// of release (show, print, PDF).
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
    property string meaning
    signal certificateRequested(string lotId, string certificateId)

    title: qsTr("Sign and release hold %1").arg(hold.number)
    acceptText: done ? qsTr("Close") : qsTr("Sign and release")
    acceptEnabled: done || viewModel.canRelease
    notice: viewModel.signError.length > 0 ? viewModel.signError : viewModel.releaseNote
    noticeTone: viewModel.signError.length > 0 ? "error" : "info"
    preferredWidth: 680

    onAboutToShow: {
        viewModel.beginSigning()
        meaning = viewModel.meaningOptions.length > 0 ? viewModel.meaningOptions[0].value : ""
        password.text = ""
    }
    onOpened: password.focusField()
    onSubmitted: {
        if (done) {
            submitSucceeded = true
            close()
            return
        }
        if (viewModel.release(meaning, password.text)) {
            submitSucceeded = true
            password.text = ""
        } else {
            password.text = ""
            password.focusField()
        }
    }

    NoticeBanner {
        Layout.fillWidth: true
        tone: "warning"
        text: !dialog.done && (dialog.hold.cause === "qc_required" || dialog.hold.cause === "check_failed")
              && !dialog.hold.lot.checks.some(c => c.passed)
              ? qsTr("No passed quality check is recorded for this lot. Release only if you have assessed it otherwise, and choose the meaning that says so.")
              : ""
    }
    HoldRecord {
        Layout.fillWidth: true
        hold: dialog.hold
        sha256: dialog.viewModel.signingSha256
    }

    ChoiceEntry {
        Layout.fillWidth: true
        visible: !dialog.done
        label: qsTr("Meaning of your signature")
        mandatory: true
        options: dialog.viewModel.meaningOptions
        value: dialog.meaning
        hasError: dialog.viewModel.signErrorField === "meaning"
        onChosen: value => dialog.meaning = value
    }
    TextEntry {
        id: password
        objectName: "signPassword"
        Layout.fillWidth: true
        visible: !dialog.done
        label: qsTr("Your password (%1)").arg(Session.displayName)
        help: qsTr("Entered now to sign; never stored. Signing binds your name, the time (UTC) and the meaning to this exact record.")
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
            text: qsTr("Hold %1 is released. The stock can be allocated again.").arg(dialog.viewModel.signedResult.number || "")
        }
        Repeater {
            model: dialog.hold.signatures
            SignatureBlock {
                required property var modelData
                Layout.fillWidth: true
                signature: modelData
            }
        }
        ActionButton {
            visible: (dialog.viewModel.signedResult.certificateId || "").length > 0
            text: qsTr("Show the certificate of release…")
            iconName: "file"
            onClicked: dialog.certificateRequested(dialog.viewModel.signedResult.lotId, dialog.viewModel.signedResult.certificateId)
        }
    }
}
