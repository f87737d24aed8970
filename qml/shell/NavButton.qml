// One entry of the navigation rail: icon, title and its keyboard shortcut (shown on
// hover). A context that has not landed yet is dimmed, its tooltip and page say when it
// comes. The shortcut works from anywhere in the shell.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tracelot

AbstractButton {
    id: entry

    required property string title
    required property string iconName
    required property string shortcut
    required property bool available
    required property string note

    checkable: false
    implicitHeight: 36
    focusPolicy: Qt.TabFocus
    Accessible.role: Accessible.PageTab
    Accessible.name: title
    Accessible.description: available ? shortcut : note

    Shortcut {
        sequence: entry.shortcut
        onActivated: entry.clicked()
    }

    background: Rectangle {
        radius: Theme.radius
        color: entry.checked ? Theme.navSelected : entry.hovered ? Theme.navHover : "transparent"
        border.color: entry.visualFocus ? Theme.navText : "transparent"
        Rectangle {
            visible: entry.checked
            width: 3
            radius: 1
            anchors {
                left: parent.left
                top: parent.top
                bottom: parent.bottom
                topMargin: 8
                bottomMargin: 8
            }
            color: "#7fd1b5"
        }
    }

    contentItem: RowLayout {
        spacing: Theme.space3
        Icon {
            Layout.leftMargin: Theme.space3
            name: entry.iconName
            size: 18
            color: entry.checked ? "#ffffff" : entry.available ? Theme.navText : Theme.navTextFaint
        }
        Label {
            Layout.fillWidth: true
            text: entry.title
            color: entry.checked ? "#ffffff" : entry.available ? Theme.navText : Theme.navTextFaint
            font.weight: entry.checked ? Font.DemiBold : Font.Normal
            elide: Text.ElideRight
        }
        Label {
            visible: entry.hovered || entry.checked
            text: entry.shortcut
            color: Theme.navTextFaint
            font.pixelSize: Theme.fontSmall - 1
            Layout.rightMargin: Theme.space2
        }
    }

    ToolTip.visible: hovered && !available
    ToolTip.text: note
    ToolTip.delay: 600
}
