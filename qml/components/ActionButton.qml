// Tracelot's button: the page's main action is `highlighted` (filled brand green), the
// others are quiet outlined buttons. An optional icon sits before the text; keyboard
// focus shows as a ring.
import QtQuick
import QtQuick.Controls
import Tracelot

Button {
    id: control

    property string iconName
    readonly property color foreground: !enabled ? Theme.textFaint : highlighted ? Theme.primaryText : Theme.text

    implicitHeight: Theme.controlHeight
    leftPadding: Theme.space3 + (iconName.length > 0 ? -2 : 0)
    rightPadding: Theme.space3
    topPadding: 0
    bottomPadding: 0
    font.pixelSize: Theme.fontBody
    font.weight: highlighted ? Font.DemiBold : Font.Normal
    Accessible.name: text

    contentItem: Item {
        implicitWidth: row.implicitWidth
        implicitHeight: row.implicitHeight
        Row {
            id: row
            anchors.centerIn: parent
            spacing: 6
            Icon {
                visible: control.iconName.length > 0
                anchors.verticalCenter: parent.verticalCenter
                name: control.iconName
                size: 16
                color: control.foreground
            }
            Label {
                anchors.verticalCenter: parent.verticalCenter
                text: control.text
                font: control.font
                color: control.foreground
            }
        }
    }

    background: Rectangle {
        implicitWidth: 72
        implicitHeight: Theme.controlHeight
        radius: Theme.radius
        color: {
            if (control.highlighted)
                return !control.enabled ? Theme.border : control.down ? Qt.darker(Theme.primaryHover, 1.15) : control.hovered ? Theme.primaryHover : Theme.primary
            return control.down ? Theme.surfaceSunken : control.hovered ? Theme.surfaceAlt : Theme.surface
        }
        border.color: control.highlighted ? "transparent" : control.hovered ? Theme.borderStrong : Theme.border
        Rectangle {
            visible: control.visualFocus
            anchors.fill: parent
            anchors.margins: -3
            radius: parent.radius + 3
            color: "transparent"
            border.color: Theme.focus
            border.width: 2
        }
    }
}
