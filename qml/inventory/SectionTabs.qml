// The tabs inside a pane or dialog (stock by location / holds / history …), drawn like
// the page tabs: muted text, the current one bold with a brand-green underline.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Tracelot

TabBar {
    id: bar

    property var titles: []

    spacing: Theme.space1
    background: Item {
        Rectangle {
            anchors {
                left: parent.left
                right: parent.right
                bottom: parent.bottom
            }
            height: 1
            color: Theme.border
        }
    }

    Repeater {
        model: bar.titles
        TabButton {
            id: tab
            required property string modelData
            required property int index
            readonly property bool current: bar.currentIndex === index
            width: implicitWidth
            padding: Theme.space2
            leftPadding: Theme.space3
            rightPadding: Theme.space3
            Accessible.name: modelData
            contentItem: Label {
                text: tab.modelData
                textFormat: Text.PlainText
                color: tab.current ? Theme.text : Theme.textMuted
                font.weight: tab.current ? Font.DemiBold : Font.Normal
            }
            background: Rectangle {
                color: tab.hovered && !tab.current ? Theme.surfaceSunken : "transparent"
                radius: Theme.radius
                border.color: tab.visualFocus ? Theme.focus : "transparent"
                Rectangle {
                    visible: tab.current
                    anchors {
                        left: parent.left
                        right: parent.right
                        bottom: parent.bottom
                    }
                    height: 2
                    color: Theme.primary
                }
            }
        }
    }
}
