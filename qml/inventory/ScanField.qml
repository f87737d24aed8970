// The scan field of the dock: a large text field a keyboard-wedge scanner types into.
// ScanKeyFilter keeps the GS1 group separator (ASCII 29, Alt+0029) as the visible "<GS>";
// the scanner's Enter (or the user's) emits scanned(text). Esc clears it.
import QtQuick
import QtQuick.Controls
import Tracelot
import Tracelot.Models

TextField {
    id: field

    property bool hasError: false
    signal scanned(string text)

    implicitHeight: 44
    leftPadding: Theme.space3 + 22 + Theme.space2
    font.pixelSize: Theme.fontTitle
    font.family: Theme.monoFamily
    selectByMouse: true
    Accessible.role: Accessible.EditableText
    onAccepted: {
        if (text.length > 0)
            scanned(text)
    }
    Keys.onEscapePressed: event => {
        if (text.length > 0) {
            field.clear()
            event.accepted = true
        } else {
            event.accepted = false
        }
    }

    ScanKeyFilter {
        target: field
    }

    Icon {
        anchors {
            left: parent.left
            leftMargin: Theme.space3
            verticalCenter: parent.verticalCenter
        }
        name: "scan"
        size: 22
        color: field.activeFocus ? Theme.primary : Theme.textFaint
    }

    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.color: field.hasError ? Theme.danger : field.activeFocus ? Theme.focus : Theme.borderStrong
        border.width: field.activeFocus || field.hasError ? 2 : 1
    }
}
