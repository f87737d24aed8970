// The search box of lists: a magnifier, the text, and a clear button. Esc clears it.
import QtQuick
import QtQuick.Controls
import Tracelot

TextField {
    id: field

    leftPadding: Theme.space2 + 18 + Theme.space2
    rightPadding: clearButton.visible ? 30 : Theme.space2
    implicitHeight: Theme.controlHeight
    selectByMouse: true
    Accessible.role: Accessible.EditableText
    Accessible.searchEdit: true

    Keys.onEscapePressed: event => {
        if (text.length > 0) {
            field.clear()
            event.accepted = true
        } else {
            event.accepted = false
        }
    }

    Icon {
        anchors {
            left: parent.left
            leftMargin: Theme.space2
            verticalCenter: parent.verticalCenter
        }
        name: "search"
        size: 16
        color: field.activeFocus ? Theme.primary : Theme.textFaint
    }
    ToolButton {
        id: clearButton
        visible: field.text.length > 0
        anchors {
            right: parent.right
            rightMargin: 3
            verticalCenter: parent.verticalCenter
        }
        width: 24
        height: 24
        padding: 4
        focusPolicy: Qt.NoFocus
        contentItem: Icon {
            name: "close"
            size: 14
            color: Theme.textMuted
        }
        Accessible.name: qsTr("Clear the search")
        onClicked: field.clear()
    }
}
