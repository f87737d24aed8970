// Create a user (administrators only): user name, full name, an initial password
// typed twice, and the roles to start with. The core's refusal shows in place.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tracelot
import Tracelot.Models

AppDialog {
    id: dialog

    required property IdentityViewModel viewModel
    signal created(string username)

    function chosenRoles() {
        const chosen = []
        for (let i = 0; i < roleBoxes.count; ++i) {
            const box = roleBoxes.itemAt(i)
            if (box.checked)
                chosen.push(box.modelData.key)
        }
        return chosen
    }
    function reset() {
        viewModel.clearCreateError()
        for (const field of [username, displayName, password, passwordAgain])
            field.clear()
        for (let i = 0; i < roleBoxes.count; ++i)
            roleBoxes.itemAt(i).checked = false
    }

    title: qsTr("New user")
    acceptText: qsTr("Create user")
    notice: viewModel.createError
    preferredWidth: 620

    onAboutToShow: reset()
    onOpened: username.forceActiveFocus()
    onSubmitted: {
        if (viewModel.createUser(username.text, displayName.text, password.text, passwordAgain.text, chosenRoles())) {
            submitSucceeded = true
            created(username.text.trim().toLowerCase())
            close()
            return
        }
        const fields = { "username": username, "displayName": displayName, "password": password, "passwordAgain": passwordAgain }
        const field = fields[viewModel.createErrorField] || username
        field.forceActiveFocus()
        field.selectAll()
    }

    GridLayout {
        Layout.fillWidth: true
        columns: 2
        columnSpacing: Theme.space4
        rowSpacing: Theme.space3

        FormFieldRow {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            label: qsTr("User name")
            help: qsTr("What they type to sign in.")
            mandatory: true
            hasError: dialog.viewModel.createErrorField === "username"
            TextField {
                id: username
                Layout.fillWidth: true
                selectByMouse: true
                Accessible.name: qsTr("User name")
            }
        }
        FormFieldRow {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            label: qsTr("Full name")
            help: qsTr("Printed on e-signatures and reports.")
            mandatory: true
            hasError: dialog.viewModel.createErrorField === "displayName"
            TextField {
                id: displayName
                Layout.fillWidth: true
                selectByMouse: true
                Accessible.name: qsTr("Full name")
            }
        }
        FormFieldRow {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            label: qsTr("Initial password")
            help: qsTr("At least %1 characters. Tell it to them in person.").arg(dialog.viewModel.minimumPasswordLength)
            mandatory: true
            hasError: dialog.viewModel.createErrorField === "password"
            TextField {
                id: password
                Layout.fillWidth: true
                echoMode: TextInput.Password
                Accessible.name: qsTr("Initial password")
                Accessible.passwordEdit: true
            }
        }
        FormFieldRow {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            label: qsTr("Repeat the password")
            mandatory: true
            hasError: dialog.viewModel.createErrorField === "passwordAgain"
            TextField {
                id: passwordAgain
                Layout.fillWidth: true
                echoMode: TextInput.Password
                Accessible.name: qsTr("Repeat the password")
                Accessible.passwordEdit: true
            }
        }
    }

    Label {
        Layout.topMargin: Theme.space2
        text: qsTr("Roles")
        font.pixelSize: Theme.fontLabel
        font.weight: Font.Medium
    }
    GridLayout {
        Layout.fillWidth: true
        columns: 2
        rowSpacing: 0
        columnSpacing: Theme.space4
        Repeater {
            id: roleBoxes
            model: dialog.viewModel.roleOptions
            CheckBox {
                required property var modelData
                Layout.fillWidth: true
                text: modelData.label
                Accessible.name: text
            }
        }
    }
}
