// Identity & audit: the users and their roles (administrators create users and grant
// or revoke roles; the core refuses what breaks a rule, e.g. removing the last
// administrator, and the refusal shows next to the roles), and the audit-trail check.
// The Sync tabs (qml/sync) hold the sync conflicts and the enrolment with a sync server.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tracelot
import Tracelot.Models

ColumnLayout {
    id: page

    // Tabs: the users, and sync (qml/sync): its conflicts and its settings.
    readonly property var tabKeys: ["users", "sync", "sync-settings"]
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

    function openDialog(name) {
        if (name === "new-user") {
            tabs.currentIndex = 0
            createDialog.open()
            return true
        }
        if (name === "verify-audit") {
            vm.verifyAudit()
            return vm.auditChecked
        }
        if (name === "retry-conflict") {
            tabs.currentIndex = 1
            return syncConflicts.openRetry()
        }
        return false
    }
    function dialogOpen() {
        return createDialog.visible || syncConflicts.dialogOpen()
    }
    function submitDialog() {
        if (syncConflicts.dialogOpen())
            return syncConflicts.submitDialog()
        return false
    }
    function closeDialogs() {
        createDialog.close()
        syncConflicts.closeDialogs()
    }

    spacing: 0

    IdentityViewModel {
        id: vm
        session: Session
    }

    PageHeader {
        title: qsTr("Identity & audit")
        subtitle: qsTr("Who may do what in Tracelot, and proof that the record of what happened has not been altered.")
        icon: "identity"

        ActionButton {
            text: qsTr("Verify audit trail")
            iconName: "shield"
            onClicked: vm.verifyAudit()
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Checks the hash chain of every event and compares every list with a rebuild from the events. Changes nothing.")
        }
        ActionButton {
            text: qsTr("New user")
            iconName: "plus"
            highlighted: true
            visible: vm.canAdminister
            onClicked: createDialog.open()
        }
    }

    NoticeBanner {
        Layout.fillWidth: true
        Layout.leftMargin: Theme.space6
        Layout.rightMargin: Theme.space6
        Layout.bottomMargin: Theme.space3
        text: vm.auditChecked ? vm.auditText : ""
        tone: vm.auditOk ? "success" : "error"
        monospace: !vm.auditOk
    }

    PageTabs {
        id: tabs
        Layout.fillWidth: true
        Layout.leftMargin: Theme.space6
        Layout.rightMargin: Theme.space6
        Layout.bottomMargin: Theme.space2
        shortcutsEnabled: page.visible
        tabs: [
            { title: qsTr("Users"), icon: "users" },
            { title: syncVm.conflicts.open > 0 ? qsTr("Sync conflicts (%1)").arg(syncVm.conflicts.open) : qsTr("Sync conflicts"), icon: "sync" },
            { title: qsTr("Sync settings"), icon: "shield" }
        ]
    }

    SyncViewModel {
        id: syncVm
        session: Session
    }

    SyncConflictsPanel {
        id: syncConflicts
        visible: tabs.currentIndex === 1
        vm: syncVm
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.leftMargin: Theme.space6
        Layout.rightMargin: Theme.space6
        Layout.topMargin: Theme.space1
        Layout.bottomMargin: Theme.space5
    }

    SyncSettingsPanel {
        visible: tabs.currentIndex === 2
        vm: syncVm
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.leftMargin: Theme.space6
        Layout.rightMargin: Theme.space6
        Layout.topMargin: Theme.space1
        Layout.bottomMargin: Theme.space5
    }

    RowLayout {
        visible: tabs.currentIndex === 0
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.leftMargin: Theme.space6
        Layout.rightMargin: Theme.space6
        Layout.bottomMargin: Theme.space5
        spacing: Theme.space4

        // The users.
        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            color: Theme.surface
            radius: Theme.radius
            border.color: users.activeFocus ? Theme.focus : Theme.border

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: 1
                spacing: 0

                Rectangle {
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.headerHeight
                    color: Theme.surfaceAlt
                    radius: Theme.radius
                    Rectangle {  // square off the lower corners
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.bottom: parent.bottom
                        height: parent.radius
                        color: parent.color
                    }
                    RowLayout {
                        anchors.fill: parent
                        anchors.leftMargin: Theme.space3
                        anchors.rightMargin: Theme.space3
                        spacing: Theme.space3
                        Label {
                            Layout.preferredWidth: 3
                            Layout.fillWidth: true
                            text: qsTr("Name")
                            font.pixelSize: Theme.fontLabel
                            font.weight: Font.DemiBold
                            color: Theme.textMuted
                        }
                        Label {
                            Layout.preferredWidth: 2
                            Layout.fillWidth: true
                            text: qsTr("User name")
                            font.pixelSize: Theme.fontLabel
                            font.weight: Font.DemiBold
                            color: Theme.textMuted
                        }
                        Label {
                            Layout.preferredWidth: 4
                            Layout.fillWidth: true
                            text: qsTr("Roles")
                            font.pixelSize: Theme.fontLabel
                            font.weight: Font.DemiBold
                            color: Theme.textMuted
                        }
                        Label {
                            Layout.preferredWidth: 80
                            text: qsTr("Status")
                            font.pixelSize: Theme.fontLabel
                            font.weight: Font.DemiBold
                            color: Theme.textMuted
                        }
                    }
                    Rectangle {
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.bottom: parent.bottom
                        height: 1
                        color: Theme.border
                    }
                }

                ListView {
                    id: users
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: vm.users
                    activeFocusOnTab: true
                    keyNavigationEnabled: true
                    boundsBehavior: Flickable.StopAtBounds
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("Users")
                    ScrollBar.vertical: ScrollBar {}

                    delegate: Rectangle {
                        id: userRow
                        required property int index
                        required property string userId
                        required property string username
                        required property string displayName
                        required property var roles
                        required property string rolesText
                        required property bool active

                        width: ListView.view.width
                        height: 44
                        color: ListView.isCurrentItem ? Theme.selection : (index % 2 === 1 ? Theme.surfaceAlt : Theme.surface)
                        Accessible.role: Accessible.ListItem
                        Accessible.name: displayName + ", " + (rolesText.length > 0 ? rolesText : qsTr("no role"))

                        RowLayout {
                            anchors.fill: parent
                            anchors.leftMargin: Theme.space3
                            anchors.rightMargin: Theme.space3
                            spacing: Theme.space3
                            Label {
                                Layout.preferredWidth: 3
                                Layout.fillWidth: true
                                text: userRow.displayName
                                elide: Text.ElideRight
                                color: userRow.active ? Theme.text : Theme.textFaint
                                font.weight: Font.Medium
                            }
                            Label {
                                Layout.preferredWidth: 2
                                Layout.fillWidth: true
                                text: userRow.username
                                elide: Text.ElideRight
                                color: Theme.textMuted
                            }
                            Label {
                                Layout.preferredWidth: 4
                                Layout.fillWidth: true
                                text: userRow.rolesText.length > 0 ? userRow.rolesText : qsTr("no role")
                                elide: Text.ElideRight
                                color: userRow.rolesText.length > 0 ? Theme.text : Theme.textFaint
                            }
                            Rectangle {
                                Layout.preferredWidth: 80
                                Layout.preferredHeight: 20
                                color: "transparent"
                                Rectangle {
                                    width: statusText.implicitWidth + 2 * Theme.space2
                                    height: 20
                                    radius: 10
                                    color: userRow.active ? Theme.successSoft : Theme.surfaceSunken
                                    Label {
                                        id: statusText
                                        anchors.centerIn: parent
                                        text: userRow.active ? qsTr("Active") : qsTr("Deactivated")
                                        font.pixelSize: Theme.fontSmall
                                        color: userRow.active ? Theme.success : Theme.textMuted
                                    }
                                }
                            }
                        }
                        TapHandler {
                            onTapped: {
                                users.currentIndex = userRow.index
                                users.forceActiveFocus()
                            }
                        }
                    }
                }
            }
        }

        // The selected user's roles.
        Rectangle {
            id: rolesPanel
            readonly property var user: users.currentItem
            readonly property bool canChange: vm.canAdminister && user !== null && user.active

            Layout.preferredWidth: 320
            Layout.fillHeight: true
            color: Theme.surface
            radius: Theme.radius
            border.color: Theme.border

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.space4
                spacing: Theme.space3

                Label {
                    Layout.fillWidth: true
                    text: rolesPanel.user ? qsTr("Roles of %1").arg(rolesPanel.user.displayName) : qsTr("Roles")
                    font.pixelSize: Theme.fontTitle
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontLabel
                    text: !rolesPanel.user ? qsTr("Select a user to see their roles.")
                        : vm.canAdminister ? qsTr("Tick a role to grant it, untick it to revoke it. It takes effect at once.")
                                           : qsTr("Only an administrator can change roles.")
                }
                NoticeBanner {
                    Layout.fillWidth: true
                    text: vm.roleError
                    dismissable: true
                    onDismissed: vm.clearRoleError()
                }
                Repeater {
                    model: vm.roleOptions
                    CheckBox {
                        id: roleBox
                        required property var modelData
                        Layout.fillWidth: true
                        text: modelData.label
                        enabled: rolesPanel.canChange
                        checked: rolesPanel.user !== null && rolesPanel.user.roles.indexOf(modelData.key) >= 0
                        Accessible.name: text
                        onToggled: {
                            vm.setRole(rolesPanel.user.userId, modelData.key, checked)
                            // Show what the core decided, not what was clicked.
                            checked = Qt.binding(() => rolesPanel.user !== null && rolesPanel.user.roles.indexOf(roleBox.modelData.key) >= 0)
                        }
                    }
                }
                Item {
                    Layout.fillHeight: true
                }
                ActionButton {
                    Layout.fillWidth: true
                    visible: vm.canAdminister && rolesPanel.user !== null && rolesPanel.user.active && rolesPanel.user.username !== Session.userName
                    text: qsTr("Deactivate this user")
                    onClicked: vm.deactivate(rolesPanel.user.userId)
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("They can no longer sign in; everything they recorded stays.")
                }
            }
        }
    }

    CreateUserDialog {
        id: createDialog
        viewModel: vm
        onCreated: username => {
            const row = vm.users.rowOfUsername(username)
            if (row >= 0)
                users.currentIndex = row
        }
    }
}
