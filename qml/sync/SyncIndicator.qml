// The sync state in the status line: online / offline / stopped / not configured, the
// commands still waiting for the server, the conflicts to resolve, the last sync. A click
// (or Enter when focused) opens the Sync tabs of the Identity & audit page.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tracelot
import Tracelot.Models

AbstractButton {
    id: indicator

    readonly property string stateKey: SyncStatus.stateKey
    readonly property color tone: stateKey === "online" ? Theme.success
                                : stateKey === "stopped" ? Theme.danger
                                : stateKey === "offline" ? Theme.warning : Theme.textMuted

    focusPolicy: Qt.TabFocus
    padding: Theme.space1
    hoverEnabled: true
    Accessible.role: Accessible.Button
    Accessible.name: SyncStatus.indicatorText
    Accessible.description: SyncStatus.indicatorDetail
    ToolTip.visible: hovered || visualFocus
    ToolTip.text: SyncStatus.indicatorDetail
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()

    background: Rectangle {
        radius: Theme.radius
        color: indicator.hovered ? Theme.surface : "transparent"
        border.color: indicator.visualFocus ? Theme.focus : "transparent"
    }
    contentItem: RowLayout {
        spacing: Theme.space1
        Icon {
            name: indicator.stateKey === "online" ? "sync" : "sync-off"
            size: 14
            color: indicator.tone
        }
        Label {
            text: SyncStatus.indicatorText
            color: indicator.stateKey === "none" ? Theme.textMuted : Theme.text
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
            Layout.maximumWidth: 520
        }
        Rectangle {
            visible: SyncStatus.conflicts > 0
            Layout.preferredWidth: 8
            Layout.preferredHeight: 8
            radius: 4
            color: Theme.danger
        }
    }
}
