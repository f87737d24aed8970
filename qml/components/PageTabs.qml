// The tabs of a page (Receiving / Stock, Holds / Cold chain …): icon and title, the current
// one bold with a brand-green underline; Alt+1 … Alt+9 switch while the page is visible.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tracelot

TabBar {
    id: bar

    // [{ title, icon }]
    property var tabs: []
    // Alt+1 … Alt+9 switch tabs while this is true (the page is visible).
    property bool shortcutsEnabled: true

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
        model: bar.tabs
        TabButton {
            id: tab
            required property var modelData
            required property int index
            readonly property bool current: bar.currentIndex === index
            width: implicitWidth
            padding: Theme.space2
            leftPadding: Theme.space3
            rightPadding: Theme.space3
            Accessible.name: modelData.title
            ToolTip.visible: hovered
            ToolTip.delay: 800
            ToolTip.text: qsTr("Alt+%1").arg(index + 1)

            Shortcut {
                sequence: "Alt+" + (tab.index + 1)
                enabled: bar.shortcutsEnabled
                onActivated: bar.currentIndex = tab.index
            }

            contentItem: RowLayout {
                spacing: Theme.space2
                Icon {
                    name: tab.modelData.icon
                    size: 16
                    color: tab.current ? Theme.primary : Theme.textMuted
                }
                Label {
                    text: tab.modelData.title
                    color: tab.current ? Theme.text : Theme.textMuted
                    font.weight: tab.current ? Font.DemiBold : Font.Normal
                }
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
