// Cold chain: one monitored location at a time. The chart shows its readings over the
// chosen days with the allowed band (green) and every excursion or monitoring gap shaded
// (red); the list beside it gives each deviation with the holds it raised and its
// corrective action. Record a corrective action, import a data-logger file, print the
// HACCP temperature record.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import QtCharts
import Tracelot
import Tracelot.Models

ColumnLayout {
    id: panel

    property alias viewModel: cc
    function dialogOpen() { return actionDialog.visible || importDialog.visible }
    function closeDialogs() { actionDialog.close(); importDialog.close() }
    function submitDialog() {
        if (actionDialog.visible)
            return actionDialog.submit()
        return false
    }
    function refreshChart() {
        cc.fillReadings(readings)
        cc.fillExcursionShade(shadeUpper)
        bandLow.clear(); bandHigh.clear(); shadeLower.clear()
        bandLow.append(cc.from.getTime(), cc.minC); bandLow.append(cc.to.getTime(), cc.minC)
        bandHigh.append(cc.from.getTime(), cc.maxC); bandHigh.append(cc.to.getTime(), cc.maxC)
        shadeLower.append(cc.from.getTime(), cc.axisLow); shadeLower.append(cc.to.getTime(), cc.axisLow)
    }

    spacing: Theme.space3

    ColdChainViewModel {
        id: cc
        session: Session
        onViewChanged: panel.refreshChart()
    }
    Component.onCompleted: refreshChart()

    NoticeBanner {
        Layout.fillWidth: true
        tone: cc.messageIsProblem ? "error" : "success"
        text: cc.message
        dismissable: true
        onDismissed: cc.clearMessage()
    }
    NoticeBanner {
        Layout.fillWidth: true
        tone: "info"
        text: cc.canRecord ? "" : cc.permissionNote
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.space3

        Label {
            text: qsTr("Location")
            color: Theme.textMuted
        }
        ComboBox {
            id: locationBox
            Layout.preferredWidth: 360
            model: cc.locations
            textRole: "label"
            valueRole: "id"
            Accessible.name: qsTr("Monitored location")
            Component.onCompleted: currentIndex = indexOfValue(cc.locationId)
            onActivated: cc.locationId = currentValue
            Connections {
                target: cc
                function onLocationsChanged() { locationBox.currentIndex = locationBox.indexOfValue(cc.locationId) }
            }
        }
        Label {
            text: qsTr("Days")
            color: Theme.textMuted
        }
        SpinBox {
            from: 1
            to: 366
            value: cc.days
            editable: true
            Accessible.name: qsTr("Days shown")
            onValueModified: cc.days = value
        }
        Item { Layout.fillWidth: true }
        ActionButton {
            text: qsTr("Import data-logger file…")
            iconName: "file"
            enabled: cc.canRecord && cc.locationId.length > 0
            onClicked: importDialog.open()
        }
        ActionButton {
            text: qsTr("HACCP record")
            iconName: "printer"
            enabled: cc.locationId.length > 0
            onClicked: haccpMenu.popup()
            Menu {
                id: haccpMenu
                MenuItem {
                    text: qsTr("Print…")
                    onTriggered: cc.printHaccp()
                }
                MenuItem {
                    text: qsTr("Save as PDF…")
                    onTriggered: cc.saveHaccpPdfAs()
                }
            }
        }
    }

    Label {
        Layout.fillWidth: true
        text: cc.summary
        color: Theme.textMuted
        wrapMode: Text.Wrap
    }

    RowLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        spacing: Theme.space4

        EmptyState {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: cc.locations.length === 0
            icon: "thermometer"
            title: qsTr("No monitored location")
            message: qsTr("Give a cold room, freezer or other location an allowed temperature range in the catalog to monitor it here.")
        }

        ChartView {
            id: chart
            objectName: "coldChainChart"
            visible: cc.locations.length > 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 260
            antialiasing: true
            legend.visible: true
            legend.alignment: Qt.AlignBottom
            backgroundRoundness: Theme.radius
            Accessible.name: qsTr("Temperature chart")

            DateTimeAxis {
                id: xAxis
                min: cc.from
                max: cc.to
                format: cc.days > 2 ? "dd MMM" : "dd MMM HH:mm"
                tickCount: Math.min(cc.days + 1, 8)
            }
            ValueAxis {
                id: yAxis
                min: cc.axisLow
                max: cc.axisHigh
                titleText: qsTr("°C")
                labelFormat: "%.0f"
            }
            AreaSeries {
                name: qsTr("Allowed range")
                axisX: xAxis
                axisY: yAxis
                color: Theme.successSoft
                borderColor: Theme.success
                borderWidth: 1
                upperSeries: LineSeries { id: bandHigh }
                lowerSeries: LineSeries { id: bandLow }
            }
            AreaSeries {
                name: qsTr("Excursion or gap")
                axisX: xAxis
                axisY: yAxis
                color: Qt.rgba(0.66, 0.2, 0.12, 0.18)
                borderWidth: 0
                upperSeries: LineSeries { id: shadeUpper }
                lowerSeries: LineSeries { id: shadeLower }
            }
            LineSeries {
                id: readings
                name: qsTr("Temperature")
                axisX: xAxis
                axisY: yAxis
                color: Theme.info
                width: 1.5
            }
        }

        ColumnLayout {
            visible: cc.locations.length > 0
            Layout.preferredWidth: 400
            Layout.maximumWidth: 400
            Layout.fillHeight: true
            spacing: Theme.space2

            Label {
                text: qsTr("Excursions and gaps (%1)").arg(cc.excursions.count)
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
            }
            Label {
                visible: cc.excursions.count === 0
                Layout.fillWidth: true
                text: qsTr("None in these days.")
                color: Theme.textMuted
            }
            ListView {
                id: excursionList
                objectName: "excursionList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: Theme.space2
                model: cc.excursions
                activeFocusOnTab: true
                keyNavigationEnabled: true
                Accessible.name: qsTr("Excursions and monitoring gaps")
                Keys.onReturnPressed: if (currentItem && cc.canRecord) currentItem.openAction()

                delegate: Rectangle {
                    id: row
                    required property int index
                    required property string excursionId
                    required property string kindText
                    required property string start
                    required property string end
                    required property int minutes
                    required property string peak
                    required property string holds
                    required property string correctiveAction
                    required property bool needsAction
                    function openAction() {
                        actionDialog.excursionId = excursionId
                        actionDialog.summary = qsTr("%1 from %2 to %3").arg(kindText).arg(start).arg(end)
                        actionDialog.open()
                    }

                    width: ListView.view.width
                    implicitHeight: body.implicitHeight + 2 * Theme.space3
                    radius: Theme.radius
                    color: ListView.isCurrentItem ? Theme.selection : Theme.surface
                    border.color: needsAction ? Theme.danger : Theme.border

                    MouseArea {
                        anchors.fill: parent
                        onClicked: excursionList.currentIndex = row.index
                    }
                    ColumnLayout {
                        id: body
                        anchors.fill: parent
                        anchors.margins: Theme.space3
                        spacing: Theme.space1
                        Label {
                            Layout.fillWidth: true
                            text: qsTr("%1 · %2 min%3").arg(row.kindText).arg(row.minutes).arg(row.peak.length > 0 ? qsTr(" · peak %1").arg(row.peak) : "")
                            font.weight: Font.DemiBold
                            color: Theme.danger
                        }
                        Label {
                            Layout.fillWidth: true
                            text: qsTr("%1 → %2").arg(row.start).arg(row.end)
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontLabel
                        }
                        Label {
                            Layout.fillWidth: true
                            text: qsTr("Holds: %1").arg(row.holds)
                            wrapMode: Text.Wrap
                        }
                        Label {
                            Layout.fillWidth: true
                            text: row.needsAction ? qsTr("No corrective action yet — the holds cannot be disposed of before one is recorded.")
                                                  : qsTr("Corrective action: %1").arg(row.correctiveAction)
                            color: row.needsAction ? Theme.warning : Theme.text
                            wrapMode: Text.Wrap
                        }
                        ActionButton {
                            visible: row.needsAction && cc.canRecord
                            text: qsTr("Record corrective action…")
                            iconName: "pen"
                            onClicked: row.openAction()
                        }
                    }
                }
            }
        }
    }

    AppDialog {
        id: actionDialog
        property string excursionId
        property string summary
        title: qsTr("Corrective action")
        acceptText: qsTr("Record")
        preferredWidth: 520
        notice: cc.messageIsProblem ? cc.message : ""
        onOpened: { actionText.text = ""; cc.clearMessage(); actionText.forceActiveFocus() }
        onSubmitted: {
            if (cc.recordCorrectiveAction(excursionId, actionText.text)) {
                submitSucceeded = true
                close()
            }
        }

        Label {
            Layout.fillWidth: true
            text: actionDialog.summary
            wrapMode: Text.Wrap
        }
        TextArea {
            id: actionText
            Layout.fillWidth: true
            Layout.preferredHeight: 110
            placeholderText: qsTr("What was done: e.g. door seal replaced, compressor serviced, product temperatures checked")
            wrapMode: TextArea.Wrap
            Accessible.name: qsTr("What was done")
        }
    }

    FileDialog {
        id: importDialog
        title: qsTr("Import a data-logger file for this location")
        nameFilters: [qsTr("Data-logger files (*.csv *.txt)"), qsTr("All files (*)")]
        onAccepted: cc.importFile(selectedFile, "")
    }
}
