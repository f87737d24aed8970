// First start: the database has no users. Creates the first administrator (no default
// password exists) and, if wanted, loads the demo data of a food importer.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tracelot
import Tracelot.Models

WelcomeCard {
    id: page

    property bool busy: false

    function submit() {
        if (busy)
            return
        busy = true
        work.start()  // let the busy state paint first: hashing and loading take a moment
    }
    function focusField(name) {
        const fields = { "username": username, "displayName": displayName, "password": password, "passwordAgain": passwordAgain }
        const field = fields[name] || username
        field.forceActiveFocus()
        field.selectAll()
    }

    title: qsTr("Set up Tracelot")
    subtitle: qsTr("This database has no users yet. Create the first administrator: you sign in with this account and create the accounts of your colleagues.")

    SetupForm {
        id: form
        session: Session
    }
    Timer {
        id: work
        interval: 30
        onTriggered: {
            const done = form.submit(username.text, displayName.text, password.text, passwordAgain.text, demo.checked)
            page.busy = false
            if (!done)
                page.focusField(form.errorField)
        }
    }

    NoticeBanner {
        Layout.fillWidth: true
        text: form.errorMessage
    }
    FormFieldRow {
        Layout.fillWidth: true
        label: qsTr("User name")
        help: qsTr("2 to 32 letters, digits, dot, dash or underscore, starting with a letter.")
        mandatory: true
        hasError: form.errorField === "username"
        TextField {
            id: username
            Layout.fillWidth: true
            focus: true
            selectByMouse: true
            inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhPreferLowercase
            Accessible.name: qsTr("User name")
            onAccepted: page.submit()
            Component.onCompleted: forceActiveFocus()
        }
    }
    FormFieldRow {
        Layout.fillWidth: true
        label: qsTr("Full name")
        help: qsTr("Printed on e-signatures and reports.")
        mandatory: true
        hasError: form.errorField === "displayName"
        TextField {
            id: displayName
            Layout.fillWidth: true
            selectByMouse: true
            Accessible.name: qsTr("Full name")
            onAccepted: page.submit()
        }
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.space3
        FormFieldRow {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            label: qsTr("Password")
            help: qsTr("At least %1 characters.").arg(form.minimumPasswordLength)
            mandatory: true
            hasError: form.errorField === "password"
            TextField {
                id: password
                Layout.fillWidth: true
                echoMode: TextInput.Password
                Accessible.name: qsTr("Password")
                Accessible.passwordEdit: true
                onAccepted: page.submit()
            }
        }
        FormFieldRow {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            label: qsTr("Repeat the password")
            mandatory: true
            hasError: form.errorField === "passwordAgain"
            TextField {
                id: passwordAgain
                Layout.fillWidth: true
                echoMode: TextInput.Password
                Accessible.name: qsTr("Repeat the password")
                Accessible.passwordEdit: true
                onAccepted: page.submit()
            }
        }
    }
    ColumnLayout {
        Layout.fillWidth: true
        spacing: 0
        CheckBox {
            id: demo
            Layout.leftMargin: -6
            checked: true
            text: qsTr("Load demo data of a food importer")
            Accessible.name: text
            Keys.onReturnPressed: page.submit()
            Keys.onEnterPressed: page.submit()
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Suppliers, customers, cheeses, fish, leafy greens, herbs and frozen goods, cold rooms and a freezer: a place to try things out. Leave it unticked to start with an empty catalog.")
            wrapMode: Text.WordWrap
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            Layout.leftMargin: 22
        }
    }
    RowLayout {
        Layout.fillWidth: true
        Layout.topMargin: Theme.space2
        spacing: Theme.space3
        BusyIndicator {
            visible: page.busy
            running: page.busy
            Layout.preferredWidth: 28
            Layout.preferredHeight: 28
        }
        Label {
            Layout.fillWidth: true
            visible: page.busy
            text: demo.checked ? qsTr("Creating your account and loading the demo data…") : qsTr("Creating your account…")
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }
        Item {
            Layout.fillWidth: true
            visible: !page.busy
        }
        ActionButton {
            text: qsTr("Create administrator")
            highlighted: true
            enabled: !page.busy
            onClicked: page.submit()
        }
    }
}
