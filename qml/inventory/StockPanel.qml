// Stock: the expiry board, the filters (product, location, status, use-by window, search
// by lot code or product) and the lots in FEFO order — a lazy list that loads 200 rows
// at a time as you scroll, so it stays fast with a million lots. Enter or a double-click
// opens a lot: its stock per location, holds with signatures, quality checks, history,
// and the move / count / waste / split / transform forms.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tracelot
import Tracelot.Models

ColumnLayout {
    id: panel

    readonly property alias viewModel: vm

    function openLot(row) {
        if (row < 0 || row >= vm.lots.count)
            return false
        vm.openRow(row)
        lotDialog.open()
        return true
    }
    function openDialog(name) {
        if (name === "lot")
            return openLot(Math.max(0, table.currentRow))
        if (!lotDialog.visible && !openLot(Math.max(0, table.currentRow)))
            return false
        return lotDialog.openAction(name)
    }
    function dialogOpen() {
        return lotDialog.visible
    }
    function submitDialog() {
        return lotDialog.submitAction()
    }
    function closeDialogs() {
        lotDialog.closeAll()
    }

    spacing: Theme.space3
    onVisibleChanged: if (visible && !lotDialog.visible) search.forceActiveFocus()

    StockViewModel {
        id: vm
        session: Session
    }

    Shortcut {
        sequence: StandardKey.Find
        enabled: panel.visible && !lotDialog.visible
        onActivated: {
            search.forceActiveFocus()
            search.selectAll()
        }
    }

    ExpiryBoard {
        Layout.fillWidth: true
        Layout.leftMargin: Theme.space6
        Layout.rightMargin: Theme.space6
        Layout.topMargin: Theme.space4
        buckets: vm.board
        current: vm.bucket
        onChosen: key => vm.showBucket(key)
    }

    RowLayout {
        Layout.fillWidth: true
        Layout.leftMargin: Theme.space6
        Layout.rightMargin: Theme.space6
        spacing: Theme.space2

        SearchField {
            id: search
            objectName: "stockSearch"
            Layout.fillWidth: true
            Layout.preferredWidth: 220
            Layout.maximumWidth: 260
            Layout.minimumWidth: 150
            placeholderText: qsTr("Lot code or product")
            ToolTip.visible: hovered
            ToolTip.delay: 800
            ToolTip.text: qsTr("Ctrl+F")
            Accessible.name: qsTr("Search lots by lot code or product")
            text: vm.searchText
            onTextEdited: vm.searchText = text
            onTextChanged: if (text.length === 0) vm.searchText = ""
            Keys.onDownPressed: table.focusTable()
            onAccepted: table.focusTable()
        }
        ComboBox {
            Layout.fillWidth: true
            Layout.preferredWidth: 190
            Layout.minimumWidth: 110
            model: vm.productOptions
            textRole: "label"
            valueRole: "value"
            currentIndex: Math.max(0, indexOfValue(vm.productFilter))
            Accessible.name: qsTr("Filter by product")
            onActivated: vm.productFilter = currentValue
        }
        ComboBox {
            Layout.fillWidth: true
            Layout.preferredWidth: 160
            Layout.minimumWidth: 110
            model: vm.locationOptions
            textRole: "label"
            valueRole: "value"
            currentIndex: Math.max(0, indexOfValue(vm.locationFilter))
            Accessible.name: qsTr("Filter by location")
            onActivated: vm.locationFilter = currentValue
        }
        ComboBox {
            Layout.fillWidth: true
            Layout.preferredWidth: 140
            Layout.minimumWidth: 110
            model: vm.statusOptions
            textRole: "label"
            valueRole: "value"
            currentIndex: Math.max(0, indexOfValue(vm.statusFilter))
            Accessible.name: qsTr("Filter by status")
            onActivated: vm.statusFilter = currentValue
        }
        ComboBox {
            Layout.fillWidth: true
            Layout.preferredWidth: 150
            Layout.minimumWidth: 110
            model: vm.windowOptions
            textRole: "label"
            valueRole: "value"
            currentIndex: Math.max(0, indexOfValue(vm.windowFilter))
            Accessible.name: qsTr("Filter by use-by date")
            onActivated: vm.windowFilter = currentValue
        }
        ActionButton {
            visible: vm.filtered
            text: qsTr("Show all")
            onClicked: vm.clearFilters()
        }
        Item {
            Layout.fillWidth: true
        }
        Label {
            text: vm.lots.count < vm.lots.total ? qsTr("%1 of %2 lots loaded").arg(vm.lots.count).arg(vm.lots.total) : qsTr("%1 lots").arg(vm.lots.total)
            color: Theme.textMuted
            font.pixelSize: Theme.fontLabel
        }
    }

    RowLayout {
        Layout.fillWidth: true
        Layout.leftMargin: Theme.space6
        Layout.rightMargin: Theme.space6
        spacing: Theme.space2
        visible: vm.notice.length > 0 || vm.canWarn

        NoticeBanner {
            Layout.fillWidth: true
            text: vm.notice
            tone: vm.noticeTone
            dismissable: true
            onDismissed: vm.dismissNotice()
        }
        Item {
            visible: vm.notice.length === 0
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("First expired, first out: the list is in the order lots should leave.")
            color: Theme.textFaint
            font.pixelSize: Theme.fontSmall
            visible: vm.notice.length === 0
        }
        ActionButton {
            text: qsTr("Raise expiry warnings")
            iconName: "alert"
            enabled: vm.canWarn
            onClicked: vm.raiseExpiryWarnings()
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Records a warning on every lot that has entered its product's warning window")
        }
    }

    Item {
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.leftMargin: Theme.space6
        Layout.rightMargin: Theme.space6
        Layout.bottomMargin: Theme.space5

        DataTable {
            id: table
            objectName: "lots"
            anchors.fill: parent
            visible: vm.lots.count > 0
            model: vm.lots
            columns: vm.columns
            sortColumn: 2  // always FEFO: use-by, then receive date
            statusColumn: vm.columns.length - 1
            accessibleName: qsTr("Lots in first-expired-first-out order")
            onActivated: row => panel.openLot(row)
            onCurrentRowChanged: {
                // Load the next page before the keyboard reaches the end.
                if (currentRow >= vm.lots.count - 20 && vm.lots.count < vm.lots.total)
                    vm.lots.loadMore()
            }
        }
        EmptyState {
            anchors.centerIn: parent
            anchors.verticalCenterOffset: -30
            visible: vm.lots.count === 0
            icon: vm.filtered ? "search" : "box"
            title: vm.filtered ? qsTr("No lot matches") : qsTr("No stock yet")
            message: vm.filtered ? qsTr("Try another filter, or show all lots.") : qsTr("Lots appear here as they are received at the dock.")
            actionText: vm.filtered ? qsTr("Show all") : ""
            onActionTriggered: vm.clearFilters()
        }
    }

    LotDialog {
        id: lotDialog
        viewModel: vm
        onClosed: if (table.visible) table.focusTable()
    }
}
