// The pick screen: the scan field (keyboard-wedge scanner, GS1 case barcode or lot code)
// and the pick list of the open order in walking order. A scan confirms the pick line of
// that lot; a wrong lot is refused right under the field with the reason. "Short…"
// reports that less was found than reserved.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tracelot
import Tracelot.Models

ColumnLayout {
    id: panel

    required property OrdersViewModel viewModel
    readonly property var d: viewModel.detail
    signal shortRequested(int row)

    function focusScan() {
        scan.forceActiveFocus()
    }

    spacing: Theme.space2

    Label {
        Layout.fillWidth: true
        text: panel.d.exists ? qsTr("Picking order %1 for %2 — %3 line(s) to pick").arg(panel.d.number).arg(panel.d.customer).arg(panel.d.toPick)
                             : qsTr("Choose an order on the left.")
        font.pixelSize: Theme.fontTitle
        font.weight: Font.DemiBold
        elide: Text.ElideRight
    }
    ScanField {
        id: scan
        objectName: "pickScanField"
        Layout.fillWidth: true
        enabled: panel.d.exists === true
        hasError: panel.viewModel.scanError.length > 0
        placeholderText: qsTr("Scan the case or the lot code")
        Accessible.name: qsTr("Scan the picked case or lot")
        onScanned: text => {
            if (panel.viewModel.scan(text))
                scan.clear()
            else
                scan.selectAll()
        }
    }
    NoticeBanner {
        Layout.fillWidth: true
        tone: panel.viewModel.scanError.length > 0 ? "error" : "success"
        text: panel.viewModel.scanError.length > 0 ? panel.viewModel.scanError : panel.viewModel.scanNotice
    }
    Rectangle {
        Layout.fillWidth: true
        Layout.fillHeight: true
        color: Theme.surface
        radius: Theme.radius
        border.color: picks.activeFocus ? Theme.focus : Theme.border

        ListView {
            id: picks
            objectName: "pickList"
            anchors.fill: parent
            anchors.margins: 1
            clip: true
            model: panel.viewModel.pickRows
            activeFocusOnTab: true
            keyNavigationEnabled: true
            boundsBehavior: Flickable.StopAtBounds
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Pick list in walking order")
            ScrollBar.vertical: ScrollBar {}
            Keys.onReturnPressed: if (currentIndex >= 0) panel.shortRequested(currentIndex)

            delegate: Rectangle {
                id: pickRow
                required property int index
                required property var modelData
                width: ListView.view.width
                height: 56
                color: ListView.isCurrentItem ? Theme.selection : modelData.done ? Theme.successSoft : index % 2 ? Theme.surfaceAlt : Theme.surface
                Accessible.role: Accessible.ListItem
                Accessible.name: qsTr("%1: lot %2, %3 %4 of %5, %6").arg(modelData.location).arg(modelData.tlc).arg(modelData.quantity).arg(modelData.unit)
                                 .arg(modelData.product).arg(modelData.done ? qsTr("picked") : qsTr("to pick"))

                RowLayout {
                    anchors {
                        fill: parent
                        leftMargin: Theme.space3
                        rightMargin: Theme.space3
                    }
                    spacing: Theme.space3
                    Icon {
                        name: pickRow.modelData.done ? "check" : "box"
                        color: pickRow.modelData.done ? Theme.success : Theme.textMuted
                    }
                    ColumnLayout {
                        Layout.preferredWidth: 110
                        spacing: 0
                        Label {
                            text: pickRow.modelData.location
                            font.weight: Font.DemiBold
                        }
                        Label {
                            text: pickRow.modelData.locationName
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontLabel
                        }
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0
                        Label {
                            Layout.fillWidth: true
                            text: qsTr("Lot %1 · expires %2").arg(pickRow.modelData.tlc).arg(pickRow.modelData.expiry)
                            font.family: Theme.monoFamily
                            elide: Text.ElideRight
                        }
                        Label {
                            Layout.fillWidth: true
                            text: qsTr("Line %1 · %2 — %3").arg(pickRow.modelData.lineNo).arg(pickRow.modelData.product).arg(pickRow.modelData.description)
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontLabel
                            elide: Text.ElideRight
                        }
                    }
                    Label {
                        text: qsTr("%1 / %2 %3").arg(pickRow.modelData.picked).arg(pickRow.modelData.quantity).arg(pickRow.modelData.unit)
                        font.weight: Font.DemiBold
                    }
                    ActionButton {
                        visible: !pickRow.modelData.done
                        text: qsTr("Short…")
                        Accessible.name: qsTr("Report a short pick of lot %1").arg(pickRow.modelData.tlc)
                        onClicked: panel.shortRequested(pickRow.index)
                    }
                }
            }

            EmptyState {
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.space4
                visible: picks.count === 0
                icon: "scan"
                title: qsTr("Nothing to pick")
                message: panel.d.exists ? qsTr("Allocate the order first.") : qsTr("Choose an order.")
            }
        }
    }
}
