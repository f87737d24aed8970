// Sync conflicts: the changes recorded here that no longer hold once the server's order
// of events is known. On the left the list (open ones first); on the right what was tried
// and by whom, why it no longer holds (the rule's own words), what the others recorded
// meanwhile on the same lots, and the two ways out: retry differently (edit the values,
// a new command through the same rules) or discard (kept in the list for the record).
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tracelot
import Tracelot.Models

RowLayout {
    id: panel

    required property SyncViewModel vm

    function openRetry() {
        if (!panel.vm.current.open)
            return false
        retryDialog.open()
        return true
    }
    function dialogOpen() {
        return retryDialog.visible
    }
    function submitDialog() {
        return retryDialog.visible && retryDialog.submit()
    }
    function closeDialogs() {
        retryDialog.close()
    }
    function focusList() {
        list.forceActiveFocus()
    }

    spacing: Theme.space4

    // The list.
    Rectangle {
        Layout.preferredWidth: 400
        Layout.maximumWidth: 400
        Layout.fillHeight: true
        color: Theme.surface
        radius: Theme.radius
        border.color: list.activeFocus ? Theme.focus : Theme.border

        ListView {
            id: list
            anchors.fill: parent
            anchors.margins: 1
            clip: true
            model: panel.vm.conflicts
            currentIndex: panel.vm.currentRow
            onCurrentIndexChanged: panel.vm.currentRow = currentIndex
            activeFocusOnTab: true
            keyNavigationEnabled: true
            boundsBehavior: Flickable.StopAtBounds
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Sync conflicts")
            ScrollBar.vertical: ScrollBar {}
            Keys.onDeletePressed: panel.vm.discard()
            Keys.onReturnPressed: panel.openRetry()

            delegate: Rectangle {
                id: row
                required property int index
                required property string title
                required property string by
                required property string when
                required property string why
                required property string resolution
                required property string statusText

                width: ListView.view.width
                height: 64
                color: ListView.isCurrentItem ? Theme.selection : (index % 2 === 1 ? Theme.surfaceAlt : Theme.surface)
                Accessible.role: Accessible.ListItem
                Accessible.name: qsTr("%1 by %2, %3: %4").arg(title).arg(by).arg(statusText).arg(why)

                ColumnLayout {
                    anchors.fill: parent
                    anchors.leftMargin: Theme.space3
                    anchors.rightMargin: Theme.space3
                    anchors.topMargin: Theme.space2
                    anchors.bottomMargin: Theme.space2
                    spacing: 2
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.space2
                        Label {
                            Layout.fillWidth: true
                            text: qsTr("%1 · %2").arg(row.title).arg(row.by)
                            font.weight: Font.DemiBold
                            elide: Text.ElideRight
                            color: row.resolution.length > 0 ? Theme.textMuted : Theme.text
                        }
                        Rectangle {
                            implicitWidth: pill.implicitWidth + 2 * Theme.space2
                            implicitHeight: 18
                            radius: 9
                            color: row.resolution.length > 0 ? Theme.surfaceSunken : Theme.dangerSoft
                            Label {
                                id: pill
                                anchors.centerIn: parent
                                text: row.statusText
                                font.pixelSize: Theme.fontSmall
                                color: row.resolution.length > 0 ? Theme.textMuted : Theme.danger
                            }
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        text: row.why
                        elide: Text.ElideRight
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontLabel
                    }
                    Label {
                        Layout.fillWidth: true
                        text: row.when
                        color: Theme.textFaint
                        font.pixelSize: Theme.fontSmall
                    }
                }
                TapHandler {
                    onTapped: {
                        list.currentIndex = row.index
                        list.forceActiveFocus()
                    }
                }
            }
        }
        EmptyState {
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.space4
            visible: panel.vm.conflicts.count === 0
            icon: "check"
            title: qsTr("No sync conflicts")
            message: qsTr("Everything recorded here still holds after the last sync.")
        }
    }

    // The selected conflict.
    Rectangle {
        Layout.fillWidth: true
        Layout.fillHeight: true
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.border

        ScrollView {
            id: detailScroll
            anchors.fill: parent
            anchors.margins: Theme.space4
            visible: panel.vm.current.deviceSeq !== undefined
            contentWidth: availableWidth
            clip: true

            ColumnLayout {
                width: detailScroll.availableWidth
                spacing: Theme.space3

                Label {
                    Layout.fillWidth: true
                    text: qsTr("%1 could not be kept").arg(panel.vm.current.title || "")
                    font.pixelSize: Theme.fontTitle
                    font.weight: Font.DemiBold
                    wrapMode: Text.WordWrap
                }
                NoticeBanner {
                    Layout.fillWidth: true
                    text: panel.vm.actionError.length > 0 ? panel.vm.actionError : panel.vm.actionMessage
                    tone: panel.vm.actionError.length > 0 ? "error" : "success"
                    dismissable: true
                    onDismissed: panel.vm.clearAction()
                }

                Label {
                    text: qsTr("What was tried")
                    font.weight: Font.DemiBold
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontLabel
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    text: qsTr("%1, recorded by %2 on this workstation at %3.").arg(panel.vm.current.title || "").arg(panel.vm.current.by || "").arg(panel.vm.current.when || "")
                }
                GridLayout {
                    Layout.fillWidth: true
                    columns: 2
                    columnSpacing: Theme.space3
                    rowSpacing: 2
                    Repeater {
                        model: panel.vm.current.tried || []
                        delegate: Label {
                            required property var modelData
                            required property int index
                            Layout.row: index
                            Layout.column: 0
                            text: modelData.label
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontLabel
                        }
                    }
                    Repeater {
                        model: panel.vm.current.tried || []
                        delegate: Label {
                            required property var modelData
                            required property int index
                            Layout.row: index
                            Layout.column: 1
                            Layout.fillWidth: true
                            text: modelData.value
                            elide: Text.ElideMiddle
                            font.pixelSize: Theme.fontLabel
                        }
                    }
                }

                Label {
                    text: qsTr("Why it no longer holds")
                    font.weight: Font.DemiBold
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontLabel
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    text: panel.vm.current.why || ""
                    color: Theme.danger
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    text: panel.vm.current.sourceText || ""
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontLabel
                }

                Label {
                    text: qsTr("What the other side did")
                    font.weight: Font.DemiBold
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontLabel
                }
                Label {
                    visible: (panel.vm.current.otherSide || []).length === 0
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    text: qsTr("Nothing another workstation recorded on the same records was found; the rule itself refused the change.")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontLabel
                }
                Repeater {
                    model: panel.vm.current.otherSide || []
                    delegate: Label {
                        required property var modelData
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        text: modelData.facts.length > 0 ? qsTr("%1 recorded %2 at %3 (%4).").arg(modelData.who).arg(modelData.what).arg(modelData.when).arg(modelData.facts)
                                                         : qsTr("%1 recorded %2 at %3.").arg(modelData.who).arg(modelData.what).arg(modelData.when)
                    }
                }

                RowLayout {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.space3
                    spacing: Theme.space2
                    visible: panel.vm.current.open === true
                    ActionButton {
                        text: qsTr("Retry differently…")
                        iconName: "edit"
                        highlighted: true
                        enabled: panel.vm.canResolve
                        onClicked: panel.openRetry()
                        Accessible.name: qsTr("Retry this change with different values")
                    }
                    ActionButton {
                        text: qsTr("Discard")
                        iconName: "trash"
                        enabled: panel.vm.canResolve
                        onClicked: panel.vm.discard()
                        Accessible.name: qsTr("Discard this change")
                    }
                    Item {
                        Layout.fillWidth: true
                    }
                }
                Label {
                    visible: panel.vm.current.open === false
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    color: Theme.textMuted
                    text: panel.vm.current.resolution === "retried" ? qsTr("Resolved: recorded again with changed values.")
                                                                    : qsTr("Resolved: discarded.")
                }
            }
        }
        EmptyState {
            anchors.centerIn: parent
            width: Math.min(520, parent.width - 2 * Theme.space4)
            visible: panel.vm.current.deviceSeq === undefined
            icon: "sync"
            title: qsTr("Select a conflict")
            message: qsTr("When a change recorded here is refused after sync, it waits here until someone retries it differently or discards it.")
        }
    }

    RetryConflictDialog {
        id: retryDialog
        vm: panel.vm
    }
}
