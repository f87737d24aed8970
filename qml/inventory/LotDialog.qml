// One lot, opened from the stock list: lot code, product and status on top, the lot's
// actions (move, count, waste, split, transform, place hold, labels), its key data, and
// three tabs — stock per location, holds & checks (signatures of closed holds on
// screen, certificates), and the full history. Esc closes it.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tracelot
import Tracelot.Models

Dialog {
    id: dialog

    required property StockViewModel viewModel
    readonly property LotDetail detail: viewModel.detail
    readonly property LotActions actions: viewModel.actions
    readonly property bool canMove: actions.canMove && detail.onHand > 0

    function openAction(name) {
        const dialogs = {
            "move": moveDialog, "adjust": adjustDialog, "waste": wasteDialog, "split": splitDialog,
            "transform": transformDialog, "place-hold": placeHoldDialog
        }
        const d = dialogs[name]
        if (!d)
            return false
        d.open()
        return true
    }
    function openCertificate(certificateId) {
        certificateDialog.lotId = detail.lotId
        certificateDialog.certificateId = certificateId
        certificateDialog.open()
    }
    function currentAction() {
        for (const d of [moveDialog, adjustDialog, wasteDialog, splitDialog, transformDialog, placeHoldDialog])
            if (d.visible)
                return d
        return null
    }
    function submitAction() {
        const d = currentAction()
        return d !== null && d.submit()
    }
    function closeAll() {
        for (const d of [moveDialog, adjustDialog, wasteDialog, splitDialog, transformDialog, placeHoldDialog, certificateDialog])
            d.close()
        close()
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(1040, parent ? parent.width - 2 * Theme.space6 : 1040)
    height: parent ? parent.height - 2 * Theme.space5 : 640
    modal: true
    focus: true
    padding: 0
    closePolicy: Popup.CloseOnEscape
    onOpened: tabs.forceActiveFocus()

    background: Rectangle {
        color: Theme.background
        radius: Theme.radius + 2
        border.color: Theme.borderStrong
    }

    header: Rectangle {
        implicitHeight: 64
        color: Theme.surface
        radius: Theme.radius + 2
        Rectangle {
            anchors {
                left: parent.left
                right: parent.right
                bottom: parent.bottom
            }
            height: parent.radius
            color: parent.color
        }
        RowLayout {
            anchors {
                fill: parent
                leftMargin: Theme.space5
                rightMargin: Theme.space3
            }
            spacing: Theme.space3
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                RowLayout {
                    spacing: Theme.space3
                    Label {
                        text: dialog.detail.tlc
                        font.family: Theme.monoFamily
                        font.pixelSize: Theme.fontHeadline - 2
                        font.weight: Font.DemiBold
                        Accessible.role: Accessible.Heading
                        Accessible.name: qsTr("Lot %1").arg(text)
                    }
                    StatusPill {
                        status: dialog.detail.status
                        text: dialog.detail.statusText
                    }
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("%1 (%2) · %3 on hand").arg(dialog.detail.productName).arg(dialog.detail.productCode)
                          .arg(dialog.detail.onHand.toLocaleString(Qt.locale(), "f", 0) + " " + dialog.detail.unitText)
                    color: Theme.textMuted
                    elide: Text.ElideRight
                }
            }
            ToolButton {
                focusPolicy: Qt.NoFocus
                contentItem: Icon {
                    name: "close"
                    size: 16
                    color: Theme.textMuted
                }
                Accessible.name: qsTr("Close")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Close (Esc)")
                onClicked: dialog.close()
            }
        }
        Rectangle {
            anchors {
                left: parent.left
                right: parent.right
                bottom: parent.bottom
            }
            height: 1
            color: Theme.border
        }
    }

    contentItem: ColumnLayout {
        spacing: Theme.space3

        // The lot's actions; what the role may not do is disabled, and the reason shown.
        Flow {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.space5
            Layout.rightMargin: Theme.space5
            Layout.topMargin: Theme.space4
            spacing: Theme.space2
            ActionButton {
                text: qsTr("Move…")
                iconName: "move"
                enabled: dialog.canMove
                onClicked: moveDialog.open()
            }
            ActionButton {
                text: qsTr("Count…")
                iconName: "count"
                enabled: dialog.actions.canMove
                onClicked: adjustDialog.open()
            }
            ActionButton {
                text: qsTr("Waste…")
                iconName: "trash"
                enabled: dialog.canMove
                onClicked: wasteDialog.open()
            }
            ActionButton {
                text: qsTr("Split…")
                iconName: "split"
                enabled: dialog.canMove
                onClicked: splitDialog.open()
            }
            ActionButton {
                text: qsTr("Transform…")
                iconName: "merge"
                enabled: dialog.actions.canTransform && dialog.detail.onHand > 0
                onClicked: transformDialog.open()
            }
            ActionButton {
                text: qsTr("Place hold…")
                iconName: "lock"
                enabled: placeHoldDialog.form.canPlace && dialog.detail.onHand > 0
                onClicked: placeHoldDialog.open()
            }
            ActionButton {
                text: qsTr("Print labels…")
                iconName: "printer"
                enabled: dialog.detail.onHand > 0
                onClicked: labels.printLabels(dialog.detail.lotId, "lot")
            }
            ActionButton {
                text: qsTr("Labels as PDF…")
                iconName: "file"
                enabled: dialog.detail.onHand > 0
                onClicked: labels.saveLabelsPdfAs(dialog.detail.lotId, "lot")
            }
        }
        NoticeBanner {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.space5
            Layout.rightMargin: Theme.space5
            tone: "info"
            text: [dialog.actions.moveNote, dialog.actions.transformNote].filter(s => s.length > 0).join(" ")
        }
        NoticeBanner {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.space5
            Layout.rightMargin: Theme.space5
            tone: labels.messageIsProblem ? "error" : "success"
            text: labels.message
            dismissable: true
            onDismissed: labels.clearMessage()
        }
        NoticeBanner {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.space5
            Layout.rightMargin: Theme.space5
            tone: "success"
            text: dialog.actions.doneMessage
            dismissable: true
            onDismissed: dialog.actions.clearDone()
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.leftMargin: Theme.space5
            Layout.rightMargin: Theme.space5
            Layout.bottomMargin: Theme.space5
            spacing: Theme.space4

            // Key data (FSMA 204 receiving KDEs).
            Rectangle {
                Layout.preferredWidth: 320
                Layout.fillHeight: true
                color: Theme.surface
                radius: Theme.radius
                border.color: Theme.border
                ScrollView {
                    id: factsScroll
                    anchors.fill: parent
                    anchors.margins: Theme.space4
                    contentWidth: availableWidth
                    clip: true
                    ColumnLayout {
                        width: factsScroll.availableWidth
                        spacing: Theme.space2
                        Label {
                            text: qsTr("Key data")
                            font.weight: Font.DemiBold
                        }
                        Repeater {
                            model: dialog.detail.facts
                            ColumnLayout {
                                id: fact
                                required property var modelData
                                Layout.fillWidth: true
                                spacing: 0
                                Label {
                                    text: fact.modelData.label
                                    color: Theme.textMuted
                                    font.pixelSize: Theme.fontSmall
                                }
                                Label {
                                    Layout.fillWidth: true
                                    text: fact.modelData.value
                                    wrapMode: Text.Wrap
                                }
                            }
                        }
                    }
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: 0

                SectionTabs {
                    id: tabs
                    Layout.fillWidth: true
                    titles: [qsTr("Stock by location (%1)").arg(dialog.detail.stock.length),
                             qsTr("Holds and checks (%1)").arg(dialog.detail.holds.length + dialog.detail.checks.length),
                             qsTr("History (%1)").arg(dialog.detail.history.count)]
                }

                StackLayout {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    currentIndex: tabs.currentIndex

                    // Stock per location.
                    ListView {
                        clip: true
                        model: dialog.detail.stock
                        boundsBehavior: Flickable.StopAtBounds
                        Accessible.role: Accessible.List
                        Accessible.name: qsTr("Stock by location")
                        delegate: Rectangle {
                            id: stockRow
                            required property var modelData
                            required property int index
                            width: ListView.view.width
                            height: 48
                            color: index % 2 ? Theme.surfaceAlt : Theme.surface
                            RowLayout {
                                anchors.fill: parent
                                anchors.leftMargin: Theme.space3
                                anchors.rightMargin: Theme.space3
                                spacing: Theme.space3
                                Icon {
                                    name: "map-pin"
                                    size: 16
                                    color: Theme.textMuted
                                }
                                ColumnLayout {
                                    Layout.fillWidth: true
                                    spacing: 0
                                    Label {
                                        text: stockRow.modelData.code
                                        font.weight: Font.DemiBold
                                    }
                                    Label {
                                        Layout.fillWidth: true
                                        text: stockRow.modelData.name
                                        color: Theme.textMuted
                                        font.pixelSize: Theme.fontSmall
                                        elide: Text.ElideRight
                                    }
                                }
                                Label {
                                    visible: stockRow.modelData.held.length > 0
                                    text: stockRow.modelData.held
                                    color: Theme.warning
                                    font.pixelSize: Theme.fontLabel
                                }
                                Label {
                                    text: stockRow.modelData.quantityText
                                    font.weight: Font.DemiBold
                                    horizontalAlignment: Text.AlignRight
                                    Layout.minimumWidth: 100
                                }
                            }
                        }
                        Label {
                            anchors.centerIn: parent
                            visible: dialog.detail.stock.length === 0
                            text: qsTr("No stock left of this lot.")
                            color: Theme.textMuted
                        }
                    }

                    // Holds (with signatures) and checks.
                    ScrollView {
                        id: holdsScroll
                        contentWidth: availableWidth
                        clip: true
                        ColumnLayout {
                            width: holdsScroll.availableWidth
                            spacing: Theme.space3
                            Item {
                                implicitHeight: Theme.space1
                            }
                            Label {
                                visible: dialog.detail.holds.length === 0 && dialog.detail.checks.length === 0
                                text: qsTr("No holds and no quality checks for this lot.")
                                color: Theme.textMuted
                            }
                            Repeater {
                                model: dialog.detail.holds
                                HoldCard {
                                    required property var modelData
                                    Layout.fillWidth: true
                                    hold: modelData
                                    certificates: dialog.detail.certificates
                                    onCertificateRequested: id => dialog.openCertificate(id)
                                }
                            }
                            Repeater {
                                model: dialog.detail.checks
                                CheckCard {
                                    required property var modelData
                                    Layout.fillWidth: true
                                    check: modelData
                                }
                            }
                        }
                    }

                    // History.
                    LotHistoryList {
                        model: dialog.detail.history
                    }
                }
            }
        }
    }

    LotLabelPrinter {
        id: labels
        session: Session
    }

    MoveDialog {
        id: moveDialog
        actions: dialog.actions
        detail: dialog.detail
    }
    AdjustDialog {
        id: adjustDialog
        actions: dialog.actions
        detail: dialog.detail
    }
    WasteDialog {
        id: wasteDialog
        actions: dialog.actions
        detail: dialog.detail
    }
    SplitDialog {
        id: splitDialog
        actions: dialog.actions
        detail: dialog.detail
    }
    TransformDialog {
        id: transformDialog
        actions: dialog.actions
        detail: dialog.detail
    }
    PlaceHoldDialog {
        id: placeHoldDialog
        lotId: dialog.detail.lotId
    }
    CertificateDialog {
        id: certificateDialog
    }
}
