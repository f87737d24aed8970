// The navigation shell once signed in: one entry per bounded context on the left
// (Ctrl+1 … Ctrl+9, Ctrl+0), the page on the right, the status line at the bottom.
// Pages load the first time they are shown and then stay.
// No "pragma ComponentBehavior: Bound" here (nor in Main.qml): Qt 6.4's Loader cannot
// instantiate bound components ("outside its creation context"); 6.5 fixes that.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tracelot
import Tracelot.Models

Item {
    id: shell

    property int current: 0

    function pageAt(index) {
        const loader = pages.itemAt(index)
        if (!loader)
            return null
        loader.wanted = true
        return loader.item
    }
    function showPage(path) {
        const parts = String(path).split("/")
        const index = navigation.indexOf(parts[0])
        if (index < 0)
            return false
        current = index
        if (parts.length < 2)
            return true
        const page = pageAt(index)
        return page !== null && page.showTab !== undefined && page.showTab(parts[1])
    }
    function openDialog(name) {
        const page = pageAt(current)
        return page !== null && page.openDialog !== undefined && page.openDialog(name)
    }
    function currentPage() {
        const page = pageAt(current)
        const tab = page !== null && page.currentTab !== undefined ? page.currentTab() : ""
        return navigation.keyAt(current) + (tab.length > 0 ? "/" + tab : "")
    }
    function dialogOpen() {
        const page = pageAt(current)
        return page !== null && page.dialogOpen !== undefined && page.dialogOpen()
    }
    function submitDialog() {
        const page = pageAt(current)
        return page !== null && page.submitDialog !== undefined && page.submitDialog()
    }
    function closeDialogs() {
        const page = pageAt(current)
        if (page !== null && page.closeDialogs !== undefined)
            page.closeDialogs()
    }

    NavigationModel {
        id: navigation
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            Rectangle {
                id: rail
                Layout.preferredWidth: Theme.navWidth
                Layout.fillHeight: true
                color: Theme.navBackground

                ColumnLayout {
                    anchors.fill: parent
                    spacing: 0

                    RowLayout {
                        Layout.fillWidth: true
                        Layout.margins: Theme.space4
                        Layout.bottomMargin: Theme.space3
                        spacing: Theme.space2
                        Rectangle {
                            Layout.preferredWidth: 32
                            Layout.preferredHeight: 32
                            radius: 8
                            color: Theme.primary
                            Icon {
                                anchors.centerIn: parent
                                name: "leaf"
                                size: 20
                                color: Theme.primaryText
                            }
                        }
                        ColumnLayout {
                            spacing: 0
                            Label {
                                text: qsTr("Tracelot")
                                color: "#ffffff"
                                font.pixelSize: Theme.fontTitle
                                font.weight: Font.DemiBold
                            }
                            Label {
                                text: qsTr("Food import back office")
                                color: Theme.navTextFaint
                                font.pixelSize: Theme.fontSmall
                            }
                        }
                    }

                    Repeater {
                        model: navigation
                        NavButton {
                            required property int index
                            Layout.fillWidth: true
                            Layout.leftMargin: Theme.space2
                            Layout.rightMargin: Theme.space2
                            checked: shell.current === index
                            onClicked: shell.current = index
                        }
                    }

                    Item {
                        Layout.fillHeight: true
                    }

                    Rectangle {
                        Layout.fillWidth: true
                        Layout.preferredHeight: 1
                        color: Theme.navHover
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        Layout.margins: Theme.space3
                        spacing: Theme.space2
                        Rectangle {
                            Layout.preferredWidth: 32
                            Layout.preferredHeight: 32
                            radius: 16
                            color: Theme.navSelected
                            Label {
                                anchors.centerIn: parent
                                text: Session.displayName.length > 0 ? Session.displayName.charAt(0).toUpperCase() : "?"
                                color: "#ffffff"
                                font.weight: Font.DemiBold
                            }
                        }
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 0
                            Label {
                                Layout.fillWidth: true
                                text: Session.displayName
                                color: "#ffffff"
                                elide: Text.ElideRight
                            }
                            Label {
                                Layout.fillWidth: true
                                text: Session.rolesText
                                color: Theme.navTextFaint
                                font.pixelSize: Theme.fontSmall
                                elide: Text.ElideRight
                            }
                        }
                        ToolButton {
                            id: signOut
                            Layout.preferredWidth: 32
                            Layout.preferredHeight: 32
                            contentItem: Icon {
                                name: "logout"
                                size: 18
                                color: signOut.hovered || signOut.activeFocus ? "#ffffff" : Theme.navText
                            }
                            background: Rectangle {
                                radius: Theme.radius
                                color: signOut.hovered ? Theme.navHover : "transparent"
                                border.color: signOut.visualFocus ? Theme.navText : "transparent"
                            }
                            Accessible.name: qsTr("Sign out")
                            ToolTip.visible: hovered
                            ToolTip.text: qsTr("Sign out")
                            onClicked: Session.signOut()
                        }
                    }
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: 0

                NoticeBanner {
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.space6
                    Layout.rightMargin: Theme.space6
                    Layout.topMargin: Theme.space4
                    text: Session.notice
                    tone: Session.noticeIsProblem ? "warning" : "success"
                    dismissable: true
                    onDismissed: Session.dismissNotice()
                }

                StackLayout {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    currentIndex: shell.current

                    Repeater {
                        id: pages
                        model: navigation

                        Loader {
                            id: pageLoader
                            required property int index
                            required property string key
                            required property string title
                            required property string iconName
                            required property string note
                            required property string scope
                            property bool wanted: false

                            active: wanted || shell.current === index
                            sourceComponent: {
                                switch (key) {
                                case "catalog": return catalogPage
                                case "inventory": return inventoryPage
                                case "quality": return qualityPage
                                case "orders": return ordersPage
                                case "returns": return returnsPage
                                case "traceability": return traceabilityPage
                                case "identity": return identityPage
                                default: return placeholderPage
                                }
                            }

                            Component {
                                id: catalogPage
                                CatalogPage {}
                            }
                            Component {
                                id: inventoryPage
                                InventoryPage {}
                            }
                            Component {
                                id: qualityPage
                                QualityPage {}
                            }
                            Component {
                                id: ordersPage
                                OrdersPage {}
                            }
                            Component {
                                id: returnsPage
                                ReturnsPage {}
                            }
                            Component {
                                id: traceabilityPage
                                TraceabilityPage {}
                            }
                            Component {
                                id: identityPage
                                IdentityPage {}
                            }
                            Component {
                                id: placeholderPage
                                PlaceholderPage {
                                    title: pageLoader.title
                                    icon: pageLoader.iconName
                                    note: pageLoader.note
                                    scope: pageLoader.scope
                                }
                            }
                        }
                    }
                }
            }
        }

        StatusLine {
            Layout.fillWidth: true
            onSyncClicked: shell.showPage("identity/sync")
        }
    }
}
