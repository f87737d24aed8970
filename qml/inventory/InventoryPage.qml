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

    TabBar {
        id: tabs
        Layout.fillWidth: true
        Layout.leftMargin: Theme.space6
        Layout.rightMargin: Theme.space6
        spacing: Theme.space1
        background: Item {
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

        Repeater {
            model: [
                { title: qsTr("Receiving"), icon: "truck" },
                { title: qsTr("Stock"), icon: "box" }
            ]
            TabButton {
                id: tab
                required property var modelData
                required property int index
                readonly property bool current: tabs.currentIndex === index
                width: implicitWidth
                padding: Theme.space2
                leftPadding: Theme.space3
                rightPadding: Theme.space3
                Accessible.name: modelData.title
                ToolTip.visible: hovered
                ToolTip.delay: 800
                ToolTip.text: qsTr("Alt+%1").arg(index + 1)

                Shortcut {
                    sequence: "Alt+" + (tab.index + 1)
                    enabled: page.visible
                    onActivated: tabs.currentIndex = tab.index
                }

                contentItem: RowLayout {
                    spacing: Theme.space2
                    Icon {
                        name: tab.modelData.icon
                        size: 16
                        color: tab.current ? Theme.primary : Theme.textMuted
                    }
                    Label {
                        text: tab.modelData.title
                        color: tab.current ? Theme.text : Theme.textMuted
                        font.weight: tab.current ? Font.DemiBold : Font.Normal
                    }
                }
                background: Rectangle {
                    color: tab.hovered && !tab.current ? Theme.surfaceSunken : "transparent"
                    radius: Theme.radius
                    border.color: tab.visualFocus ? Theme.focus : "transparent"
                    Rectangle {
                        visible: tab.current
                        anchors {
                            left: parent.left
                            right: parent.right
                            bottom: parent.bottom
                        }
                        height: 2
                        color: Theme.primary
                    }
                }
            }
        }
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
