// The top of every page: the context's icon, its title, one line on what the page is
// for, and the page's main actions on the right (the component's children).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tracelot

Item {
    id: header

    property string title
    property string subtitle
    property string icon
    default property alias actions: actionRow.data

    implicitHeight: layout.implicitHeight + Theme.space5 + Theme.space4
    Layout.fillWidth: true

    RowLayout {
        id: layout
        anchors {
            fill: parent
            leftMargin: Theme.space6
            rightMargin: Theme.space6
            topMargin: Theme.space5
            bottomMargin: Theme.space4
        }
        spacing: Theme.space3

        Rectangle {
            visible: header.icon.length > 0
            Layout.preferredWidth: 40
            Layout.preferredHeight: 40
            Layout.alignment: Qt.AlignTop
            radius: Theme.radius + 2
            color: Theme.primarySoft
            Icon {
                anchors.centerIn: parent
                name: header.icon
                size: 22
                color: Theme.primary
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                Layout.fillWidth: true
                text: header.title
                font.pixelSize: Theme.fontHeadline
                font.weight: Font.DemiBold
                color: Theme.text
                elide: Text.ElideRight
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: header.subtitle
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
        }

        RowLayout {
            id: actionRow
            Layout.alignment: Qt.AlignVCenter
            spacing: Theme.space2
        }
    }
}
