// A notice in place: the core's refusal in a form, a result, or a one-time message.
// Tones: "error", "warning", "info", "success". Invisible while its text is empty.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tracelot

Rectangle {
    id: banner

    property string text
    property string tone: "error"
    property bool dismissable: false
    property bool monospace: false
    signal dismissed

    visible: text.length > 0
    implicitHeight: visible ? content.implicitHeight + 2 * Theme.space3 : 0
    implicitWidth: 320
    radius: Theme.radius
    color: Theme.toneSoft(tone)
    border.color: Qt.tint(Theme.toneSoft(tone), Qt.rgba(0, 0, 0, 0.08))

    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    Rectangle {
        width: 3
        radius: 1
        anchors {
            left: parent.left
            top: parent.top
            bottom: parent.bottom
            topMargin: 6
            bottomMargin: 6
            leftMargin: 4
        }
        color: Theme.toneColor(banner.tone)
    }

    RowLayout {
        id: content
        anchors {
            fill: parent
            leftMargin: Theme.space4
            rightMargin: Theme.space3
            topMargin: Theme.space3
            bottomMargin: Theme.space3
        }
        spacing: Theme.space2

        Icon {
            Layout.alignment: Qt.AlignTop
            name: banner.tone === "success" ? "check" : banner.tone === "info" ? "info" : "alert"
            color: Theme.toneColor(banner.tone)
            size: 18
        }
        Label {
            Layout.fillWidth: true
            text: banner.text
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.fontBody
            font.family: banner.monospace ? Theme.monoFamily : Qt.application.font.family
            textFormat: Text.PlainText
        }
        ToolButton {
            visible: banner.dismissable
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: 24
            Layout.preferredHeight: 24
            padding: 3
            contentItem: Icon {
                name: "close"
                size: 14
                color: Theme.textMuted
            }
            Accessible.name: qsTr("Dismiss")
            onClicked: banner.dismissed()
        }
    }
}
