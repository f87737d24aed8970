// Retry a sync conflict differently: the values the change was recorded with, editable
// (JSON, the same fields as docs/COMMANDS.md lists for the command); the core runs it as a
// new command under the same rules and a refusal shows here.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tracelot
import Tracelot.Models

AppDialog {
    id: dialog

    required property SyncViewModel vm

    title: qsTr("Retry %1 differently").arg(vm.current.title || "")
    acceptText: qsTr("Record again")
    acceptEnabled: vm.canResolve
    notice: vm.actionError
    preferredWidth: 640

    onAboutToShow: {
        vm.clearAction()
        payload.text = vm.current.payloadText || "{}"
    }
    onOpened: payload.forceActiveFocus()
    onSubmitted: {
        if (vm.retry(payload.text)) {
            submitSucceeded = true
            close()
        }
    }

    Label {
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        text: qsTr("It was refused because: %1").arg(dialog.vm.current.why || "")
        color: Theme.textMuted
    }
    FormFieldRow {
        Layout.fillWidth: true
        label: qsTr("Values")
        help: qsTr("Change what no longer holds (for example another location or a smaller quantity). Ctrl+Enter records it.")
        ScrollView {
            Layout.fillWidth: true
            Layout.preferredHeight: 220
            TextArea {
                id: payload
                objectName: "retryPayload"
                font.family: Theme.monoFamily
                wrapMode: TextEdit.WrapAnywhere
                selectByMouse: true
                Accessible.name: qsTr("Values of the change, as JSON")
                Keys.onPressed: event => {
                    if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter) && (event.modifiers & Qt.ControlModifier)) {
                        dialog.submit()
                        event.accepted = true
                    }
                }
            }
        }
    }
}
