// The frame of the pages before sign-in (first start, sign-in, cannot open): the brand,
// a centred card with a title and the form (the component's children), and the
// database path underneath so nobody wonders which file they are in.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tracelot
import Tracelot.Models

Rectangle {
    id: frame

    property string title
    property string subtitle
    default property alias content: body.data

    color: Theme.background

    Rectangle {
        anchors {
            left: parent.left
            right: parent.right
            top: parent.top
        }
        height: parent.height * 0.38
        color: Theme.navBackground
    }

    ScrollView {
        id: scroller
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: scroller.availableWidth
            spacing: Theme.space5

            RowLayout {
                Layout.alignment: Qt.AlignHCenter
                Layout.topMargin: Math.max(Theme.space6, frame.height * 0.08)
                spacing: Theme.space3
                Rectangle {
                    Layout.preferredWidth: 40
                    Layout.preferredHeight: 40
                    radius: 10
                    color: Theme.primary
                    Icon {
                        anchors.centerIn: parent
                        name: "leaf"
                        size: 24
                        color: Theme.primaryText
                    }
                }
                ColumnLayout {
                    spacing: 0
                    Label {
                        text: qsTr("Tracelot")
                        color: "#ffffff"
                        font.pixelSize: Theme.fontHeadline
                        font.weight: Font.DemiBold
                    }
                    Label {
                        text: qsTr("Back office of a food importer and distributor")
                        color: Theme.navText
                        font.pixelSize: Theme.fontLabel
                    }
                }
            }

            Rectangle {
                id: card
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredWidth: Math.min(Theme.formMaxWidth + 2 * Theme.space6, frame.width - 2 * Theme.space5)
                Layout.preferredHeight: cardColumn.implicitHeight + 2 * Theme.space6
                radius: Theme.radius + 4
                color: Theme.surface
                border.color: Theme.border

                // A soft shadow without graphical effects.
                Rectangle {
                    z: -1
                    anchors.fill: parent
                    anchors.topMargin: 4
                    anchors.leftMargin: -1
                    anchors.rightMargin: -1
                    anchors.bottomMargin: -6
                    radius: parent.radius + 2
                    color: Qt.rgba(0, 0, 0, 0.07)
                }

                ColumnLayout {
                    id: cardColumn
                    anchors {
                        fill: parent
                        margins: Theme.space6
                    }
                    spacing: Theme.space4

                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: Theme.space1
                        Label {
                            Layout.fillWidth: true
                            text: frame.title
                            font.pixelSize: Theme.fontHeadline
                            font.weight: Font.DemiBold
                            color: Theme.text
                            wrapMode: Text.WordWrap
                            Accessible.role: Accessible.Heading
                            Accessible.name: text
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: text.length > 0
                            text: frame.subtitle
                            color: Theme.textMuted
                            wrapMode: Text.WordWrap
                        }
                    }
                    ColumnLayout {
                        id: body
                        Layout.fillWidth: true
                        spacing: Theme.space3
                    }
                }
            }

            RowLayout {
                Layout.alignment: Qt.AlignHCenter
                Layout.bottomMargin: Theme.space6
                spacing: Theme.space2
                Icon {
                    name: "database"
                    size: 14
                    color: Theme.textMuted
                }
                Label {
                    Layout.maximumWidth: frame.width - 2 * Theme.space6
                    text: Session.databasePath
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    elide: Text.ElideMiddle
                    Accessible.name: qsTr("Database: %1").arg(Session.databasePath)
                }
            }
        }
    }
}
