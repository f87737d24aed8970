// The one dialog frame of Tracelot: a title bar, the core's refusal shown in place at
// the top, the content (the component's children, scrolling when tall), and the
// buttons. Esc closes it, Enter in a field submits it (the fields call submit()).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tracelot

Dialog {
    id: dialog

    property string notice
    property string noticeTone: "error"
    property string acceptText: qsTr("Save")
    property bool acceptEnabled: true
    property int preferredWidth: 720
    default property alias content: body.data
    property alias leftActions: leftRow.data
    property bool submitSucceeded: false  // set by the handler of submitted() when it worked
    signal submitted

    // Emits submitted(); true when its handler set `submitSucceeded`.
    function submit() {
        submitSucceeded = false
        if (acceptEnabled)
            submitted()
        return submitSucceeded
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(preferredWidth, parent ? parent.width - 2 * Theme.space6 : preferredWidth)
    height: Math.min(implicitHeight, parent ? parent.height - 2 * Theme.space6 : implicitHeight)
    modal: true
    focus: true
    padding: 0
    topPadding: 0
    bottomPadding: 0
    closePolicy: Popup.CloseOnEscape


    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius + 2
        border.color: Theme.borderStrong
    }

    header: Item {
        implicitHeight: 52
        Label {
            anchors {
                left: parent.left
                right: closeButton.left
                leftMargin: Theme.space5
                verticalCenter: parent.verticalCenter
            }
            text: dialog.title
            font.pixelSize: Theme.fontTitle + 1
            font.weight: Font.DemiBold
            color: Theme.text
            elide: Text.ElideRight
        }
        ToolButton {
            id: closeButton
            anchors {
                right: parent.right
                rightMargin: Theme.space3
                verticalCenter: parent.verticalCenter
            }
            focusPolicy: Qt.NoFocus
            contentItem: Icon {
                name: "close"
                size: 16
                color: Theme.textMuted
            }
            Accessible.name: qsTr("Close")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Close (Esc)")
            onClicked: dialog.reject()
        }
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

    contentItem: ScrollView {
        id: scroller
        implicitHeight: column.implicitHeight + 2 * Theme.space5
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            id: column
            x: Theme.space5
            y: Theme.space5
            width: scroller.availableWidth - 2 * Theme.space5
            spacing: Theme.space4

            NoticeBanner {
                Layout.fillWidth: true
                text: dialog.notice
                tone: dialog.noticeTone
            }
            ColumnLayout {
                id: body
                Layout.fillWidth: true
                spacing: Theme.space3
            }
        }
        Keys.onReturnPressed: dialog.submit()
        Keys.onEnterPressed: dialog.submit()
    }

    footer: Item {
        implicitHeight: 60
        Rectangle {
            anchors {
                left: parent.left
                right: parent.right
                top: parent.top
            }
            height: 1
            color: Theme.border
        }
        RowLayout {
            anchors {
                fill: parent
                leftMargin: Theme.space5
                rightMargin: Theme.space5
            }
            spacing: Theme.space2
            RowLayout {
                id: leftRow
                spacing: Theme.space2
            }
            Item {
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("Enter saves · Esc closes")
                color: Theme.textFaint
                font.pixelSize: Theme.fontSmall
                Layout.rightMargin: Theme.space2
            }
            ActionButton {
                text: qsTr("Cancel")
                onClicked: dialog.reject()
            }
            ActionButton {
                text: dialog.acceptText
                highlighted: true
                enabled: dialog.acceptEnabled
                onClicked: dialog.submit()
            }
        }
    }
}
