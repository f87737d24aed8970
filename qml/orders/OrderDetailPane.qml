// The open order: its header, the actions its state allows (disabled with the role it
// takes when the signed-in user may not), the lines with the lots allocated and why, what
// FEFO passed over, open problems (shortfall, short pick, lost to a hold), the exception
// resolution for the manager, and the state history.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tracelot
import Tracelot.Models

Rectangle {
    id: pane

    required property OrdersViewModel viewModel
    required property Item page
    readonly property var d: viewModel.detail
    signal shipRequested
    signal cancelRequested
    signal pickRequested

    function allowed(command) {
        return viewModel.permissions[command] ? viewModel.permissions[command].allowed : false
    }
    function note(command) {
        return viewModel.permissions[command] ? viewModel.permissions[command].note : ""
    }

    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.border

    EmptyState {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.space6
        visible: !pane.d.exists
        icon: "orders"
        title: qsTr("No order open")
        message: qsTr("Choose an order on the left.")
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        anchors.margins: Theme.space4
        visible: pane.d.exists === true
        clip: true
        contentWidth: availableWidth

        ColumnLayout {
            width: scroll.availableWidth
            spacing: Theme.space3

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.space3
                Label {
                    text: qsTr("Order %1").arg(pane.d.number || "")
                    font.pixelSize: Theme.fontHeadline
                    font.weight: Font.DemiBold
                }
                StatusPill {
                    status: pane.d.needsAllocation || pane.d.hasException ? "held" : "available"
                    text: pane.d.statusText || ""
                }
                Item {
                    Layout.fillWidth: true
                }
            }
            GridLayout {
                Layout.fillWidth: true
                columns: 4
                columnSpacing: Theme.space3
                rowSpacing: 2
                Label { text: qsTr("Customer"); color: Theme.textMuted }
                Label { Layout.fillWidth: true; text: pane.d.customer || ""; elide: Text.ElideRight }
                Label { text: qsTr("Requested ship date"); color: Theme.textMuted }
                Label { text: pane.d.requested || "" }
                Label { text: qsTr("Ship to"); color: Theme.textMuted }
                Label { Layout.fillWidth: true; text: pane.d.shipTo || ""; elide: Text.ElideRight }
                Label { text: qsTr("Customer PO"); color: Theme.textMuted }
                Label { text: pane.d.reference || "—" }
                Label { visible: pane.d.shipped === true; text: qsTr("Shipped"); color: Theme.textMuted }
                Label {
                    visible: pane.d.shipped === true
                    Layout.fillWidth: true
                    text: qsTr("%1 with %2, tracking %3").arg(pane.d.shipDate || "").arg(pane.d.carrier || "").arg(pane.d.tracking || "")
                    elide: Text.ElideRight
                }
                Label { visible: pane.d.shipped === true; text: qsTr("Reference document"); color: Theme.textMuted }
                Label { visible: pane.d.shipped === true; text: pane.d.document || "" }
            }

            Flow {
                Layout.fillWidth: true
                spacing: Theme.space2
                ActionButton {
                    visible: pane.d.status === "placed"
                    text: qsTr("Confirm")
                    iconName: "check"
                    highlighted: true
                    enabled: pane.allowed("ConfirmOrder")
                    Accessible.description: pane.note("ConfirmOrder")
                    onClicked: pane.viewModel.confirm()
                }
                ActionButton {
                    objectName: "allocateButton"
                    visible: ["confirmed", "allocated"].indexOf(pane.d.status) >= 0 && pane.d.needsAllocation === true
                    text: qsTr("Allocate (FEFO)")
                    iconName: "box"
                    highlighted: true
                    enabled: pane.allowed("AllocateOrder")
                    Accessible.description: pane.note("AllocateOrder")
                    onClicked: pane.viewModel.allocate()
                }
                ActionButton {
                    visible: ["allocated", "picked"].indexOf(pane.d.status) >= 0 && pane.d.toPick > 0
                    text: qsTr("Pick (%1)").arg(pane.d.toPick || 0)
                    iconName: "scan"
                    enabled: pane.allowed("ConfirmPick")
                    onClicked: pane.pickRequested()
                }
                ActionButton {
                    visible: ["allocated", "picked"].indexOf(pane.d.status) >= 0
                    text: qsTr("Ship…")
                    iconName: "truck"
                    highlighted: pane.d.status === "picked"
                    enabled: pane.allowed("ShipOrder")
                    Accessible.description: pane.note("ShipOrder")
                    onClicked: pane.shipRequested()
                }
                ActionButton {
                    visible: pane.d.status === "shipped"
                    text: qsTr("Delivered")
                    iconName: "check"
                    enabled: pane.allowed("DeliverOrder")
                    Accessible.description: pane.note("DeliverOrder")
                    onClicked: pane.viewModel.deliver()
                }
                ActionButton {
                    visible: pane.d.toPick !== undefined && (pane.d.status === "allocated" || pane.d.status === "picked")
                    text: qsTr("Pick list…")
                    iconName: "printer"
                    onClicked: pickMenu.popup()
                    Menu {
                        id: pickMenu
                        MenuItem {
                            text: qsTr("Print the pick list…")
                            onTriggered: pane.viewModel.printPickList()
                        }
                        MenuItem {
                            text: qsTr("Pick list as PDF…")
                            onTriggered: pane.viewModel.savePickListPdfAs()
                        }
                    }
                }
                ActionButton {
                    visible: pane.d.shipped === true
                    text: qsTr("Packing slip…")
                    iconName: "printer"
                    onClicked: slipMenu.popup()
                    Menu {
                        id: slipMenu
                        MenuItem {
                            text: qsTr("Print the packing slip…")
                            onTriggered: pane.viewModel.printPackingSlip()
                        }
                        MenuItem {
                            text: qsTr("Packing slip as PDF…")
                            onTriggered: pane.viewModel.savePackingSlipPdfAs()
                        }
                    }
                }
                ActionButton {
                    visible: ["placed", "confirmed", "allocated", "picked"].indexOf(pane.d.status) >= 0
                    text: qsTr("Cancel order…")
                    iconName: "close"
                    enabled: pane.allowed("CancelOrder")
                    Accessible.description: pane.note("CancelOrder")
                    onClicked: pane.cancelRequested()
                }
            }

            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                wrapMode: Text.Wrap
                color: Theme.textMuted
                font.pixelSize: Theme.fontLabel
                text: pane.d.exists && !pane.allowed("AllocateOrder") ? pane.note("AllocateOrder") : ""
            }

            Label {
                text: qsTr("Lines")
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
            }
            Repeater {
                model: pane.d.lines || []
                Rectangle {
                    id: lineBox
                    required property var modelData
                    Layout.fillWidth: true
                    implicitHeight: lineColumn.implicitHeight + 2 * Theme.space2
                    color: Theme.surfaceAlt
                    radius: Theme.radius
                    border.color: modelData.problems.length > 0 ? Theme.warning : Theme.border

                    ColumnLayout {
                        id: lineColumn
                        anchors {
                            left: parent.left
                            right: parent.right
                            top: parent.top
                            margins: Theme.space2
                        }
                        spacing: 2
                        RowLayout {
                            Layout.fillWidth: true
                            Label {
                                Layout.fillWidth: true
                                text: qsTr("%1. %2 — %3").arg(lineBox.modelData.lineNo).arg(lineBox.modelData.product).arg(lineBox.modelData.description)
                                font.weight: Font.DemiBold
                                elide: Text.ElideRight
                            }
                            Label {
                                text: qsTr("%1 %4 ordered · %2 allocated · %3 picked").arg(lineBox.modelData.quantity).arg(lineBox.modelData.allocated)
                                      .arg(lineBox.modelData.picked).arg(lineBox.modelData.unit)
                            }
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: lineBox.modelData.problems.length > 0
                            text: lineBox.modelData.problems
                            color: Theme.danger
                            wrapMode: Text.Wrap
                        }
                        Repeater {
                            model: lineBox.modelData.allocations
                            Label {
                                required property var modelData
                                Layout.fillWidth: true
                                wrapMode: Text.Wrap
                                font.pixelSize: Theme.fontLabel
                                text: qsTr("Lot %1 at %2 · expires %3 · %4 reserved, %5 picked — %6").arg(modelData.tlc).arg(modelData.location).arg(modelData.expiry)
                                      .arg(modelData.quantity).arg(modelData.picked).arg(modelData.why || qsTr("first to expire"))
                            }
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: lineBox.modelData.passedOver.length > 0
                            wrapMode: Text.Wrap
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontLabel
                            text: qsTr("Passed over: %1").arg(lineBox.modelData.passedOver)
                        }
                        RowLayout {
                            visible: lineBox.modelData.exception === true
                            spacing: Theme.space2
                            Label {
                                text: pane.allowed("ResolvePickException") ? qsTr("Resolve:") : pane.note("ResolvePickException")
                                color: Theme.textMuted
                            }
                            Repeater {
                                model: [{ key: "reallocate", label: qsTr("Re-allocate") }, { key: "backorder", label: qsTr("Backorder") },
                                        { key: "cancel_line", label: qsTr("Cancel the line") }]
                                ActionButton {
                                    required property var modelData
                                    text: modelData.label
                                    enabled: pane.allowed("ResolvePickException")
                                    onClicked: pane.viewModel.resolveException(lineBox.modelData.lineNo, modelData.key)
                                }
                            }
                        }
                    }
                }
            }

            Label {
                text: qsTr("History")
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
            }
            Repeater {
                model: pane.d.history || []
                RowLayout {
                    id: historyRow
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: Theme.space3
                    Label {
                        text: historyRow.modelData.when
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontLabel
                    }
                    Label {
                        Layout.fillWidth: true
                        text: historyRow.modelData.what
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontLabel
                    }
                    Label {
                        text: historyRow.modelData.by
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontLabel
                    }
                }
            }
        }
    }
}
