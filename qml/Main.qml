// The Tracelot window. Which page fills it follows the session: first start (set up
// the first administrator), sign-in, the shell once signed in, or an explanation when
// the database could not be opened. The functions below let the keyboard shell and the
// self-test move around. (Not "ComponentBehavior: Bound": see shell/AppShell.qml.)
import QtQuick
import QtQuick.Controls
import Tracelot
import Tracelot.Models

ApplicationWindow {
    id: window

    width: 1366
    height: 768
    minimumWidth: 1024
    minimumHeight: 640
    visible: true
    title: Session.signedIn ? qsTr("Tracelot — %1").arg(Session.displayName) : qsTr("Tracelot")
    color: Theme.background
    font.pixelSize: Theme.fontBody

    palette {
        window: Theme.background
        windowText: Theme.text
        base: Theme.surface
        alternateBase: Theme.surfaceAlt
        text: Theme.text
        button: "#f6f8f7"
        buttonText: Theme.text
        highlight: Theme.primary
        highlightedText: Theme.primaryText
        placeholderText: Theme.textFaint
        toolTipBase: Theme.text
        toolTipText: Theme.surface
        light: "#ffffff"
        midlight: "#eef2f0"
        mid: Theme.borderStrong
        dark: "#8d9a95"
        shadow: "#5d6a65"
        link: Theme.primary
    }

    // Shows a page by path: "catalog", "catalog/suppliers", "identity", ... True when shown.
    function showPage(path) {
        return stage.item && stage.item.showPage ? stage.item.showPage(path) : false
    }
    // Opens a dialog of the current page: "new", "edit" (first row), "new-user", "verify-audit".
    function openDialog(name) {
        return stage.item && stage.item.openDialog ? stage.item.openDialog(name) : false
    }
    // Where the user is: "catalog/suppliers", "identity", ... ("" before sign-in).
    function currentPage() {
        return stage.item && stage.item.currentPage ? stage.item.currentPage() : ""
    }
    function dialogOpen() {
        return stage.item && stage.item.dialogOpen ? stage.item.dialogOpen() : false
    }
    // Submits the open dialog of the current page; true when it was accepted.
    function submitDialog() {
        return stage.item && stage.item.submitDialog ? stage.item.submitDialog() : false
    }
    function closeDialogs() {
        if (stage.item && stage.item.closeDialogs)
            stage.item.closeDialogs()
        return true
    }

    Loader {
        id: stage
        anchors.fill: parent
        focus: true
        sourceComponent: {
            switch (Session.stage) {
            case Session.Setup:
                return setupPage
            case Session.SignIn:
                return loginPage
            case Session.Ready:
                return shell
            default:
                return closedPage
            }
        }
    }

    Component {
        id: setupPage
        SetupPage {}
    }
    Component {
        id: loginPage
        LoginPage {}
    }
    Component {
        id: shell
        AppShell {}
    }
    Component {
        id: closedPage
        ClosedPage {}
    }
}
