// Sync settings: where this workstation stands (server, device, last sync, last error,
// "Sync now"), enrolment with a sync server (HTTPS address, the CA certificate or the
// server's own certificate to pin, the one-time code an administrator issued with
// `tracelot-server devices enrol`), and the parked batches that failed too often —
// visible, never dropped, sent again with "Retry now".
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tracelot
import Tracelot.Models

ScrollView {
    id: panel

    required property SyncViewModel vm
    readonly property var status: vm.status

    function enrol() {
        panel.vm.enrol(serverField.text, caField.text, codeField.text, nameField.text)
        return true
    }
    function focusFirst() {
        if (serverField.enabled)
            serverField.forceActiveFocus()
    }

    contentWidth: availableWidth
    clip: true

    RowLayout {
        width: panel.availableWidth
        spacing: Theme.space4

        // Where this workstation stands, and the parked batches.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            spacing: Theme.space3

            Rectangle {
                Layout.fillWidth: true
                implicitHeight: stateColumn.implicitHeight + 2 * Theme.space4
                color: Theme.surface
                radius: Theme.radius
                border.color: Theme.border

                ColumnLayout {
                    id: stateColumn
                    anchors.fill: parent
                    anchors.margins: Theme.space4
                    spacing: Theme.space2

                    Label {
                        text: qsTr("This workstation")
                        font.pixelSize: Theme.fontTitle
                        font.weight: Font.DemiBold
                    }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        text: panel.status.indicatorText
                        font.weight: Font.Medium
                    }
                    GridLayout {
                        Layout.fillWidth: true
                        columns: 2
                        columnSpacing: Theme.space3
                        rowSpacing: Theme.space1
                        Label { text: qsTr("Server"); color: Theme.textMuted; font.pixelSize: Theme.fontLabel }
                        Label {
                            Layout.fillWidth: true
                            text: panel.status.serverUrl.length > 0 ? panel.status.serverUrl : qsTr("none")
                            elide: Text.ElideMiddle
                        }
                        Label { text: qsTr("Certificate"); color: Theme.textMuted; font.pixelSize: Theme.fontLabel }
                        Label {
                            Layout.fillWidth: true
                            text: panel.status.caFile.length > 0 ? panel.status.caFile : qsTr("the system's trusted authorities")
                            elide: Text.ElideMiddle
                        }
                        Label { text: qsTr("Device"); color: Theme.textMuted; font.pixelSize: Theme.fontLabel }
                        Label {
                            Layout.fillWidth: true
                            text: panel.status.deviceId
                            font.family: Theme.monoFamily
                            font.pixelSize: Theme.fontLabel
                            elide: Text.ElideMiddle
                        }
                        Label { text: qsTr("Waiting to send"); color: Theme.textMuted; font.pixelSize: Theme.fontLabel }
                        Label { text: qsTr("%n change(s)", "", panel.status.pending) }
                        Label { text: qsTr("Last sync"); color: Theme.textMuted; font.pixelSize: Theme.fontLabel }
                        Label { text: panel.status.lastSyncText }
                    }
                    NoticeBanner {
                        Layout.fillWidth: true
                        text: panel.status.online ? "" : panel.status.lastError
                        tone: panel.status.stateKey === "stopped" ? "error" : "warning"
                    }
                    RowLayout {
                        spacing: Theme.space2
                        ActionButton {
                            text: qsTr("Sync now")
                            iconName: "sync"
                            enabled: panel.status.configured
                            onClicked: panel.vm.syncNow()
                        }
                        ActionButton {
                            text: qsTr("Disconnect")
                            iconName: "close"
                            visible: panel.status.configured && panel.vm.canEnrol
                            onClicked: panel.status.disconnectServer()
                            ToolTip.visible: hovered
                            ToolTip.text: qsTr("Stops syncing. Changes waiting to be sent stay here until the workstation is enrolled again.")
                        }
                    }
                }
            }

            Rectangle {
                Layout.fillWidth: true
                implicitHeight: parkedColumn.implicitHeight + 2 * Theme.space4
                color: Theme.surface
                radius: Theme.radius
                border.color: Theme.border

                ColumnLayout {
                    id: parkedColumn
                    anchors.fill: parent
                    anchors.margins: Theme.space4
                    spacing: Theme.space2

                    Label {
                        text: qsTr("Parked batches")
                        font.pixelSize: Theme.fontTitle
                        font.weight: Font.DemiBold
                    }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontLabel
                        text: panel.vm.parked.length === 0 ? qsTr("None. A batch that fails to send several times in a row is parked here with its last error; nothing is dropped.")
                                                           : qsTr("These changes failed to send several times in a row. They are kept; Retry now sends them again.")
                    }
                    Repeater {
                        model: panel.vm.parked
                        delegate: Label {
                            required property var modelData
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                            text: qsTr("#%1 %2 — %3 attempts, parked %4: %5").arg(modelData.deviceSeq).arg(modelData.title).arg(modelData.attempts).arg(modelData.when).arg(modelData.error)
                        }
                    }
                    ActionButton {
                        visible: panel.vm.parked.length > 0
                        text: qsTr("Retry now")
                        iconName: "sync"
                        highlighted: true
                        onClicked: panel.vm.retryParked()
                    }
                }
            }
        }

        // Enrolment.
        Rectangle {
            Layout.preferredWidth: 460
            Layout.alignment: Qt.AlignTop
            implicitHeight: enrolColumn.implicitHeight + 2 * Theme.space4
            color: Theme.surface
            radius: Theme.radius
            border.color: Theme.border

            ColumnLayout {
                id: enrolColumn
                anchors.fill: parent
                anchors.margins: Theme.space4
                spacing: Theme.space3

                Label {
                    text: panel.status.configured ? qsTr("Enrol again") : qsTr("Enrol with a sync server")
                    font.pixelSize: Theme.fontTitle
                    font.weight: Font.DemiBold
                }
                NoticeBanner {
                    Layout.fillWidth: true
                    text: !panel.vm.canEnrol ? panel.vm.enrolNote : panel.status.enrolError.length > 0 ? panel.status.enrolError : panel.status.enrolMessage
                    tone: !panel.vm.canEnrol ? "info" : panel.status.enrolError.length > 0 ? "error" : "success"
                }
                FormFieldRow {
                    Layout.fillWidth: true
                    label: qsTr("Server address")
                    mandatory: true
                    help: qsTr("HTTPS only, e.g. https://sync.example.com:8443")
                    TextField {
                        id: serverField
                        objectName: "syncServerField"
                        Layout.fillWidth: true
                        enabled: panel.vm.canEnrol && !panel.status.enrolling
                        text: panel.status.serverUrl
                        placeholderText: "https://"
                        Accessible.name: qsTr("Server address")
                        onAccepted: caField.forceActiveFocus()
                    }
                }
                FormFieldRow {
                    Layout.fillWidth: true
                    label: qsTr("CA certificate or pinned server certificate")
                    help: qsTr("Path of a PEM file. Leave empty to trust the system's authorities. Certificate errors are never ignored.")
                    TextField {
                        id: caField
                        objectName: "syncCaField"
                        Layout.fillWidth: true
                        enabled: panel.vm.canEnrol && !panel.status.enrolling
                        text: panel.status.caFile
                        placeholderText: qsTr("/etc/tracelot/sync-ca.pem")
                        Accessible.name: qsTr("CA certificate file")
                        onAccepted: codeField.forceActiveFocus()
                    }
                }
                FormFieldRow {
                    Layout.fillWidth: true
                    label: qsTr("Enrolment code")
                    mandatory: true
                    help: qsTr("The one-time code the server's administrator issued for this workstation.")
                    TextField {
                        id: codeField
                        objectName: "syncCodeField"
                        Layout.fillWidth: true
                        enabled: panel.vm.canEnrol && !panel.status.enrolling
                        font.family: Theme.monoFamily
                        Accessible.name: qsTr("Enrolment code")
                        onAccepted: nameField.forceActiveFocus()
                    }
                }
                FormFieldRow {
                    Layout.fillWidth: true
                    label: qsTr("Workstation name")
                    help: qsTr("How the server lists this workstation.")
                    TextField {
                        id: nameField
                        Layout.fillWidth: true
                        enabled: panel.vm.canEnrol && !panel.status.enrolling
                        text: panel.vm.suggestedDeviceName()
                        Accessible.name: qsTr("Workstation name")
                        onAccepted: panel.enrol()
                    }
                }
                RowLayout {
                    spacing: Theme.space2
                    ActionButton {
                        text: panel.status.enrolling ? qsTr("Enrolling…") : qsTr("Enrol")
                        iconName: "shield"
                        highlighted: true
                        enabled: panel.vm.canEnrol && !panel.status.enrolling
                        onClicked: panel.enrol()
                    }
                    BusyIndicator {
                        visible: panel.status.enrolling
                        running: visible
                        Layout.preferredWidth: 24
                        Layout.preferredHeight: 24
                    }
                }
            }
        }
    }
}
