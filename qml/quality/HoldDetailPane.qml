// The hold opened from the QA inbox: its record and the SHA-256 a signature binds to,
// the QA actions (record a check, sign and release, dispose, the certificate), the
// signatures that closed it, and the lot behind it: checks and certificates, history,
// key data.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tracelot
import Tracelot.Models

Rectangle {
    id: pane

    required property QualityViewModel viewModel
    readonly property HoldDetail hold: viewModel.detail
    signal checkRequested
    signal defineCheckRequested
    signal releaseRequested
    signal disposeRequested
    signal certificateRequested(string lotId, string certificateId)

    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.border

    EmptyState {
        anchors.centerIn: parent
        visible: !pane.hold.exists
        icon: "quality"
        title: qsTr("No hold selected")
        message: qsTr("Choose a hold in the inbox (↑ ↓) to review it.")
    }

    ColumnLayout {
        anchors {
            fill: parent
            margins: Theme.space4
        }
        // Hidden by opacity, not visibility: a layout made visible again in Qt 6.4 may keep
        // the sizes it had before its texts changed.
        opacity: pane.hold.exists ? 1 : 0
        enabled: pane.hold.exists
        spacing: Theme.space3

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.space3
            // A Row, not layout cells: it follows the title's width when another hold opens.
            Row {
                spacing: Theme.space3
                Label {
                    anchors.verticalCenter: parent.verticalCenter
                    text: qsTr("Hold %1").arg(pane.hold.number)
                    font.pixelSize: Theme.fontHeadline - 2
                    font.weight: Font.DemiBold
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                StatusPill {
                    anchors.verticalCenter: parent.verticalCenter
                    status: pane.hold.status
                    text: pane.hold.statusText
                }
            }
            Label {
                Layout.fillWidth: true
                text: pane.hold.causeText
                color: Theme.textMuted
                elide: Text.ElideRight
            }
        }

        Flow {
            Layout.fillWidth: true
            spacing: Theme.space2
            visible: pane.hold.open || pane.hold.certificateId.length > 0
            ActionButton {
                visible: pane.hold.open
                text: qsTr("Record check…")
                iconName: "check"
                enabled: pane.viewModel.canRecordCheck
                onClicked: pane.checkRequested()
            }
            ActionButton {
                visible: pane.hold.open
                text: qsTr("Sign and release…")
                iconName: "pen"
                highlighted: true
                enabled: pane.viewModel.canRelease
                onClicked: pane.releaseRequested()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Enter in the inbox")
            }
            ActionButton {
                visible: pane.hold.open
                text: qsTr("Dispose…")
                iconName: "trash"
                enabled: pane.viewModel.canRelease
                onClicked: pane.disposeRequested()
            }
            ActionButton {
                visible: pane.hold.certificateId.length > 0
                text: qsTr("Certificate of release…")
                iconName: "file"
                onClicked: pane.certificateRequested(pane.hold.lot.lotId, pane.hold.certificateId)
            }
        }

        HoldRecord {
            Layout.fillWidth: true
            hold: pane.hold
        }

        Repeater {
            model: pane.hold.signatures
            SignatureBlock {
                required property var modelData
                Layout.fillWidth: true
                signature: modelData
            }
        }

        SectionTabs {
            id: tabs
            Layout.fillWidth: true
            titles: [qsTr("Checks and certificates (%1)").arg(pane.hold.lot.checks.length + pane.hold.lot.certificates.length),
                     qsTr("Lot history (%1)").arg(pane.hold.lot.history.count),
                     qsTr("Lot key data")]
        }
        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex

            ScrollView {
                id: checksScroll
                contentWidth: availableWidth
                clip: true
                ColumnLayout {
                    width: checksScroll.availableWidth
                    spacing: Theme.space2
                    RowLayout {
                        Layout.fillWidth: true
                        Layout.topMargin: Theme.space2
                        spacing: Theme.space2
                        Label {
                            Layout.fillWidth: true
                            text: qsTr("Each product has its own check criteria.")
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontLabel
                            elide: Text.ElideRight
                        }
                        ActionButton {
                            text: qsTr("Check definition…")
                            iconName: "edit"
                            enabled: pane.viewModel.canRecordCheck
                            onClicked: pane.defineCheckRequested()
                        }
                    }
                    Label {
                        visible: pane.hold.lot.checks.length === 0
                        Layout.topMargin: Theme.space2
                        text: qsTr("No quality check recorded for this lot yet.")
                        color: Theme.textMuted
                    }
                    Repeater {
                        model: pane.hold.lot.checks
                        CheckCard {
                            required property var modelData
                            Layout.fillWidth: true
                            check: modelData
                        }
                    }
                    Repeater {
                        model: pane.hold.lot.certificates
                        ActionButton {
                            required property var modelData
                            text: qsTr("Certificate of release %1 (hold %2)").arg(modelData.number).arg(modelData.holdNumber)
                            iconName: "file"
                            onClicked: pane.certificateRequested(pane.hold.lot.lotId, modelData.certificateId)
                        }
                    }
                }
            }
            LotHistoryList {
                model: pane.hold.lot.history
            }
            ScrollView {
                id: factsScroll
                contentWidth: availableWidth
                clip: true
                GridLayout {
                    width: factsScroll.availableWidth
                    columns: 2
                    columnSpacing: Theme.space4
                    rowSpacing: Theme.space1
                    Repeater {
                        model: pane.hold.lot.facts
                        Label {
                            required property var modelData
                            required property int index
                            Layout.row: index
                            Layout.column: 0
                            text: modelData.label
                            color: Theme.textMuted
                        }
                    }
                    Repeater {
                        model: pane.hold.lot.facts
                        Label {
                            required property var modelData
                            required property int index
                            Layout.row: index
                            Layout.column: 1
                            Layout.fillWidth: true
                            text: modelData.value
                            wrapMode: Text.Wrap
                        }
                    }
                }
            }
        }
    }
}
