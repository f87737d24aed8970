// Sign-in. A wrong user name or password is said in place; what was typed stays.
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
        work.start()  // let the busy state paint first: checking a password takes a moment
    }

    title: qsTr("Sign in")
    subtitle: qsTr("Use the account your administrator created for you.")

    LoginForm {
        id: form
        session: Session
    }
    Timer {
        id: work
        interval: 30
        onTriggered: {
            const done = form.submit(username.text, password.text)
            page.busy = false
            if (!done) {
                const field = form.errorField === "username" ? username : password
                field.forceActiveFocus()
                field.selectAll()
            }
        }
    }

    NoticeBanner {
        Layout.fillWidth: true
        text: form.errorMessage
    }
    FormFieldRow {
        Layout.fillWidth: true
        label: qsTr("User name")
        hasError: form.errorField === "username"
        TextField {
            id: username
            Layout.fillWidth: true
            selectByMouse: true
            inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhPreferLowercase
            Accessible.name: qsTr("User name")
            onAccepted: page.submit()
            Component.onCompleted: forceActiveFocus()
        }
    }
    FormFieldRow {
        Layout.fillWidth: true
        label: qsTr("Password")
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
        Item {
            Layout.fillWidth: true
        }
        ActionButton {
            text: qsTr("Sign in")
            highlighted: true
            enabled: !page.busy
            onClicked: page.submit()
        }
    }
}
