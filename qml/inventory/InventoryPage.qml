// Inventory & receiving: receiving at the dock (Alt+1) and the stock with its expiry
// board and lot detail (Alt+2).
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tracelot

ColumnLayout {
    id: page

    readonly property var tabKeys: ["receiving", "stock"]

    function showTab(key) {
        const index = tabKeys.indexOf(key)
        if (index < 0)
            return false
        tabs.currentIndex = index
        return true
    }
    function currentTab() {
        return tabKeys[tabs.currentIndex]
    }
    // "define-product" (receiving); "lot", "move", "adjust", "waste", "split",
    // "transform", "place-hold" (stock: on the selected lot).
    function openDialog(name) {
        if (name === "define-product") {
            tabs.currentIndex = 0
            receiving.defineProduct()
            return true
        }
        tabs.currentIndex = 1
        return stock.openDialog(name)
    }
    function dialogOpen() {
        return receiving.dialogVisible || stock.dialogOpen()
    }
    function submitDialog() {
        return stock.submitDialog()
    }
    function closeDialogs() {
        receiving.closeDialogs()
        stock.closeDialogs()
    }

    spacing: 0

    PageHeader {
        title: qsTr("Inventory & receiving")
        subtitle: qsTr("Lots come in at the dock with their traceability data, are put away, moved, counted and written off, and leave first-expired-first-out.")
        icon: "inventory"
    }

    PageTabs {
        id: tabs
        Layout.fillWidth: true
        Layout.leftMargin: Theme.space6
        Layout.rightMargin: Theme.space6
        shortcutsEnabled: page.visible
        tabs: [
            { title: qsTr("Receiving"), icon: "truck" },
            { title: qsTr("Stock"), icon: "box" }
        ]
    }

    StackLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        currentIndex: tabs.currentIndex

        ReceivingPanel {
            id: receiving
        }
        StockPanel {
            id: stock
        }
    }
}
