// Orders & picking — the order book on the left (status filter, search, age; shortfall and
// "needs re-allocation" flagged), the open order on the right (lines, the lots allocated and
// why FEFO chose them, what it passed over, the state history) with its actions. The pick
// tab is driven by the scanner: a scanned case or lot confirms its pick line; a wrong lot is
// refused in place with the reason.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tracelot
import Tracelot.Models

ColumnLayout {
    id: page

    readonly property var tabKeys: ["list", "pick"]
    function showTab(key) {
        const index = tabKeys.indexOf(key)
        if (index < 0)
            return false
        tabs.currentIndex = index
        if (key === "pick")
            page.ensureOrder()
        return true
    }
    function currentTab() {
        return tabKeys[tabs.currentIndex]
    }
    readonly property var dialogs: [placeDialog, shipDialog, cancelDialog, shortDialog]
    // "place", "ship", "cancel", "short" (the last three on the open order).
    function openDialog(name) {
        const d = { "place": placeDialog, "ship": shipDialog, "cancel": cancelDialog, "short": shortDialog }[name]
        if (!d)
            return false
        if (name !== "place" && !page.ensureOrder())
            return false
        d.open()
        return true
    }
    function dialogOpen() {
        return dialogs.some(d => d.visible)
    }
    function submitDialog() {
        for (const d of dialogs)
            if (d.visible)
                return d.submit()
        return false
    }
    function closeDialogs() {
        for (const d of dialogs)
            d.close()
    }
    function ensureOrder() {
        if (vm.detail.exists)
            return true
        if (vm.rows.length === 0)
            return false
        list.currentIndex = 0
        vm.openRow(0)
        return true
    }
    function allowed(command) {
        return vm.permissions[command] ? vm.permissions[command].allowed : false
    }
    function note(command) {
        return vm.permissions[command] ? vm.permissions[command].note : ""
    }

    spacing: 0
    onVisibleChanged: if (visible && !dialogOpen()) list.forceActiveFocus()

    OrdersViewModel {
        id: vm
        session: Session
    }

    PageHeader {
        title: qsTr("Orders & picking")
        subtitle: qsTr("Customer orders from placing to delivery: stock is allocated first-expired-first-out and picked by scanning.")
        icon: "orders"

        ActionButton {
            text: qsTr("New order…")
            iconName: "plus"
            highlighted: true
            enabled: page.allowed("PlaceOrder")
            Accessible.description: page.note("PlaceOrder")
            onClicked: placeDialog.open()
        }
    }

    NoticeBanner {
        Layout.fillWidth: true
        Layout.leftMargin: Theme.space6
        Layout.rightMargin: Theme.space6
        Layout.bottomMargin: Theme.space2
        tone: vm.error.length > 0 ? "error" : "success"
        text: page.dialogOpen() ? "" : vm.error.length > 0 ? vm.error : vm.notice
        dismissable: true
        onDismissed: vm.clearMessages()
    }

    PageTabs {
        id: tabs
        Layout.fillWidth: true
        Layout.leftMargin: Theme.space6
        Layout.rightMargin: Theme.space6
        Layout.bottomMargin: Theme.space2
        shortcutsEnabled: page.visible
        tabs: [
            { title: qsTr("Orders"), icon: "orders" },
            { title: qsTr("Pick"), icon: "scan" }
        ]
        onCurrentIndexChanged: if (currentIndex === 1) pickPanel.focusScan()
    }

    RowLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.leftMargin: Theme.space6
        Layout.rightMargin: Theme.space6
        Layout.bottomMargin: Theme.space5
        spacing: Theme.space4

        // The order book.
        ColumnLayout {
            Layout.preferredWidth: 360
            Layout.maximumWidth: 360
            Layout.fillHeight: true
            spacing: Theme.space2

            Flow {
                Layout.fillWidth: true
                spacing: Theme.space1
                Repeater {
                    model: vm.statusOptions
                    Button {
                        id: chip
                        required property var modelData
                        readonly property bool selected: vm.statusFilter === modelData.key
                        text: qsTr("%1 (%2)").arg(modelData.label).arg(modelData.count)
                        font.pixelSize: Theme.fontLabel
                        padding: Theme.space1
                        leftPadding: Theme.space2
                        rightPadding: Theme.space2
                        Accessible.name: qsTr("Show orders: %1").arg(text)
                        onClicked: vm.statusFilter = modelData.key
                        contentItem: Label {
                            text: chip.text
                            font: chip.font
                            color: chip.selected ? Theme.primary : Theme.textMuted
                        }
                        background: Rectangle {
                            implicitHeight: 26
                            radius: 13
                            color: chip.selected ? Theme.primarySoft : chip.hovered ? Theme.surfaceAlt : Theme.surface
                            border.color: chip.visualFocus ? Theme.focus : chip.selected ? Theme.primary : Theme.border
                        }
                    }
                }
            }
            SearchField {
                Layout.fillWidth: true
                placeholderText: qsTr("Order number or customer")
                Accessible.name: qsTr("Search orders")
                onTextEdited: vm.search = text
            }
            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                color: Theme.surface
                radius: Theme.radius
                border.color: list.activeFocus ? Theme.focus : Theme.border

                ListView {
                    id: list
                    objectName: "orderList"
                    anchors.fill: parent
                    anchors.margins: 1
                    clip: true
                    model: vm.rows
                    activeFocusOnTab: true
                    keyNavigationEnabled: true
                    currentIndex: -1
                    boundsBehavior: Flickable.StopAtBounds
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("Orders by requested ship date")
                    ScrollBar.vertical: ScrollBar {}
                    onCurrentIndexChanged: if (currentIndex >= 0 && !page.dialogOpen()) vm.openRow(currentIndex)
                    Component.onCompleted: if (count > 0) currentIndex = 0
                    Keys.onReturnPressed: tabs.currentIndex = 1

                    delegate: Rectangle {
                        id: orderRow
                        required property int index
                        required property var modelData
                        readonly property bool current: ListView.isCurrentItem
                        readonly property bool attention: modelData.needsAllocation || modelData.exception

                        width: ListView.view.width
                        height: 62
                        color: current ? Theme.selection : index % 2 ? Theme.surfaceAlt : Theme.surface
                        Accessible.role: Accessible.ListItem
                        Accessible.name: qsTr("Order %1, %2, %3, ship %4").arg(modelData.number).arg(modelData.customer).arg(modelData.statusText).arg(modelData.requested)

                        Rectangle {
                            visible: orderRow.current
                            width: 3
                            anchors {
                                left: parent.left
                                top: parent.top
                                bottom: parent.bottom
                            }
                            color: Theme.primary
                        }
                        ColumnLayout {
                            anchors {
                                fill: parent
                                leftMargin: Theme.space3
                                rightMargin: Theme.space3
                                topMargin: Theme.space2
                                bottomMargin: Theme.space2
                            }
                            spacing: 2
                            RowLayout {
                                Layout.fillWidth: true
                                spacing: Theme.space2
                                Label {
                                    text: orderRow.modelData.number
                                    font.weight: Font.DemiBold
                                }
                                Label {
                                    text: orderRow.modelData.statusText
                                    color: Theme.textMuted
                                    font.pixelSize: Theme.fontLabel
                                }
                                Label {
                                    Layout.fillWidth: true
                                    horizontalAlignment: Text.AlignRight
                                    visible: orderRow.attention
                                    text: orderRow.modelData.exception ? qsTr("short pick") : qsTr("re-allocate · %1 short").arg(orderRow.modelData.shortfall)
                                    color: Theme.danger
                                    font.pixelSize: Theme.fontLabel
                                    font.weight: Font.DemiBold
                                    elide: Text.ElideRight
                                }
                                Item {
                                    Layout.fillWidth: true
                                    visible: !orderRow.attention
                                }
                                Icon {
                                    visible: orderRow.modelData.age.length > 0
                                    name: "clock"
                                    size: 14
                                    color: Theme.textMuted
                                }
                                Label {
                                    text: orderRow.modelData.age
                                    font.pixelSize: Theme.fontLabel
                                }
                            }
                            Label {
                                Layout.fillWidth: true
                                text: qsTr("%1 · ship %2 · %3 line(s)").arg(orderRow.modelData.customer).arg(orderRow.modelData.requested).arg(orderRow.modelData.lines)
                                color: Theme.textMuted
                                font.pixelSize: Theme.fontLabel
                                elide: Text.ElideRight
                            }
                        }
                        TapHandler {
                            onTapped: {
                                list.currentIndex = orderRow.index
                                list.forceActiveFocus()
                            }
                        }
                    }

                    EmptyState {
                        anchors.centerIn: parent
                        width: parent.width - 2 * Theme.space4
                        visible: list.count === 0
                        icon: "orders"
                        title: qsTr("No orders")
                        message: vm.statusFilter.length > 0 || vm.search.length > 0 ? qsTr("None match the filter.") : qsTr("Place the first order with “New order…”.")
                    }
                }
            }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex

            OrderDetailPane {
                viewModel: vm
                page: page
                onShipRequested: shipDialog.open()
                onCancelRequested: cancelDialog.open()
                onPickRequested: tabs.currentIndex = 1
            }
            PickPanel {
                id: pickPanel
                viewModel: vm
                onShortRequested: row => {
                    shortDialog.pickRow = row
                    shortDialog.open()
                }
            }
        }
    }

    PlaceOrderDialog {
        id: placeDialog
        viewModel: vm
        onClosed: if (!submitSucceeded) vm.clearMessages()
        onPlaced: orderId => list.currentIndex = vm.rowOf(orderId)
    }
    ShipOrderDialog {
        id: shipDialog
        viewModel: vm
    }
    AppDialog {
        id: cancelDialog
        title: qsTr("Cancel order %1").arg(vm.detail.number || "")
        acceptText: qsTr("Cancel the order")
        preferredWidth: 520
        notice: vm.error
        onAboutToShow: {
            vm.clearMessages()
            cancelReason.text = ""
        }
        onOpened: cancelReason.focusField()
        onClosed: if (!submitSucceeded) vm.clearMessages()
        onSubmitted: {
            if (vm.cancel(cancelReason.text)) {
                submitSucceeded = true
                close()
            }
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("Its reservations are released. A shipped order cannot be cancelled.")
        }
        TextEntry {
            id: cancelReason
            Layout.fillWidth: true
            label: qsTr("Reason")
            mandatory: true
        }
    }
    AppDialog {
        id: shortDialog
        property int pickRow: 0
        readonly property var row: vm.pickRows[pickRow] || ({})
        title: qsTr("Short pick of lot %1").arg(row.tlc || "")
        acceptText: qsTr("Report short pick")
        preferredWidth: 520
        notice: vm.error
        onAboutToShow: {
            vm.clearMessages()
            found.text = String(row.picked || 0)
        }
        onOpened: found.focusField()
        onClosed: if (!submitSucceeded) vm.clearMessages()
        onSubmitted: {
            if (vm.reportShort(pickRow, parseInt(found.text || "0"))) {
                submitSucceeded = true
                close()
            }
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("%1 %2 of lot %3 were to pick at %4. How many did you find? The rest is released and the manager decides.")
                  .arg(shortDialog.row.quantity || 0).arg(shortDialog.row.unit || "").arg(shortDialog.row.tlc || "").arg(shortDialog.row.location || "")
        }
        TextEntry {
            id: found
            Layout.fillWidth: true
            label: qsTr("Found")
            numeric: true
        }
    }
}
