// Catalog & sites: products, suppliers, customers and locations — one tab each, the
// master data every other context relies on.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tracelot

ColumnLayout {
    id: page

    readonly property var kinds: ["product", "supplier", "customer", "location"]
    readonly property var tabKeys: ["products", "suppliers", "customers", "locations"]

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
    function dialogOpen() {
        const list = currentList()
        return list !== null && list.dialogOpen()
    }
    function currentList() {
        return lists.itemAt(tabs.currentIndex)
    }
    function openDialog(name) {
        const list = currentList()
        return list !== null && list.openDialog(name)
    }
    function submitDialog() {
        const list = currentList()
        return list !== null && list.submitDialog()
    }
    function closeDialogs() {
        for (let i = 0; i < lists.count; ++i)
            lists.itemAt(i).closeDialogs()
    }

    spacing: 0

    PageHeader {
        title: qsTr("Catalog")
        subtitle: qsTr("What you sell, who supplies it, who buys it and where it is kept: the master data every other part of Tracelot relies on.")
        icon: "catalog"
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
                { title: qsTr("Products"), icon: "box" },
                { title: qsTr("Suppliers"), icon: "truck" },
                { title: qsTr("Customers"), icon: "users" },
                { title: qsTr("Locations"), icon: "map-pin" }
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

        Repeater {
            id: lists
            model: page.kinds
            CatalogList {
                required property string modelData
                kind: modelData
            }
        }
    }
}
