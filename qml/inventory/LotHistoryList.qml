// A lot's history, newest first: what happened, the details, who recorded it and when,
// with a coloured mark for holds, checks, counts and waste.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tracelot

ListView {
    id: list

    clip: true
    spacing: 0
    boundsBehavior: Flickable.StopAtBounds
    activeFocusOnTab: true
    keyNavigationEnabled: true
    Accessible.role: Accessible.List
    Accessible.name: qsTr("History of the lot")
    ScrollBar.vertical: ScrollBar {}

    delegate: Rectangle {
        id: entry
        required property int index
        required property string title
        required property string detail
        required property string who
        required property string when
        required property string tone

        width: ListView.view.width
        implicitHeight: row.implicitHeight + 2 * Theme.space2
        color: ListView.isCurrentItem && list.activeFocus ? Theme.selection : index % 2 ? Theme.surfaceAlt : Theme.surface
        Accessible.role: Accessible.ListItem
        Accessible.name: title + ", " + when + ", " + detail

        RowLayout {
            id: row
            anchors {
                left: parent.left
                right: parent.right
                verticalCenter: parent.verticalCenter
                leftMargin: Theme.space3
                rightMargin: Theme.space3
            }
            spacing: Theme.space3
            Rectangle {
                Layout.preferredWidth: 8
                Layout.preferredHeight: 8
                Layout.alignment: Qt.AlignTop
                Layout.topMargin: 5
                radius: 4
                color: entry.tone.length > 0 ? Theme.toneColor(entry.tone) : Theme.borderStrong
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 1
                Label {
                    Layout.fillWidth: true
                    text: entry.title
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                }
                Label {
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: entry.detail
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontLabel
                    wrapMode: Text.Wrap
                }
            }
            ColumnLayout {
                Layout.alignment: Qt.AlignTop
                spacing: 1
                Label {
                    Layout.alignment: Qt.AlignRight
                    text: entry.when
                    font.pixelSize: Theme.fontLabel
                    color: Theme.textMuted
                }
                Label {
                    Layout.alignment: Qt.AlignRight
                    text: entry.who
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textFaint
                }
            }
        }
    }

    Label {
        anchors.centerIn: parent
        visible: list.count === 0
        text: qsTr("No history.")
        color: Theme.textMuted
    }
}
