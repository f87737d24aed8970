// One catalog list (products, suppliers, customers or locations): search (Ctrl+F),
// the "show retired" filter, the sortable table, and the create/edit form (Ctrl+N,
// Enter or double-click on a row). All rules live in CatalogViewModel and the core.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tracelot
import Tracelot.Models

ColumnLayout {
    id: list

    required property string kind
    readonly property alias title: vm.title

    function newRecord() {
        vm.editor.startNew()
        editorDialog.open()
    }
    function edit(row) {
        const id = vm.model.recordId(row)
        if (id.length === 0 || !vm.editor.startEdit(id))
            return false
        editorDialog.open()
        return true
    }
    function openDialog(name) {
        if (name === "new") {
            newRecord()
            return true
        }
        if (name === "edit")
            return edit(Math.max(0, table.currentRow))
        return false
    }
    function dialogOpen() {
        return editorDialog.visible
    }
    function submitDialog() {
        return editorDialog.submit()
    }
    function closeDialogs() {
        editorDialog.close()
    }

    spacing: Theme.space3
    // Arriving on a list puts the cursor in its search: type to find, ↓ or Enter to the rows.
    onVisibleChanged: if (visible && !editorDialog.visible) search.forceActiveFocus()

    CatalogViewModel {
        id: vm
        session: Session
        kind: list.kind
    }

    Shortcut {
        sequence: StandardKey.Find
        enabled: list.visible
        onActivated: {
            search.forceActiveFocus()
            search.selectAll()
        }
    }
    Shortcut {
        sequence: StandardKey.New
        enabled: list.visible && vm.canEdit && !editorDialog.visible
        onActivated: list.newRecord()
    }

    RowLayout {
        Layout.fillWidth: true
        Layout.leftMargin: Theme.space6
        Layout.rightMargin: Theme.space6
        Layout.topMargin: Theme.space4
        spacing: Theme.space3

        SearchField {
            id: search
            objectName: "search"
            Layout.preferredWidth: 320
            placeholderText: qsTr("Search (Ctrl+F)")
            Accessible.name: qsTr("Search %1").arg(vm.title)
            onTextChanged: vm.model.searchText = text
            Keys.onDownPressed: table.focusTable()
            onAccepted: table.focusTable()
        }
        CheckBox {
            text: qsTr("Show retired (%1)").arg(vm.retired)
            checked: vm.model.showInactive
            onToggled: vm.model.showInactive = checked
            Accessible.name: qsTr("Show retired records")
        }
        Item {
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("%1 of %2 shown").arg(vm.model.count).arg(vm.total)
            color: Theme.textMuted
            font.pixelSize: Theme.fontLabel
        }
        ActionButton {
            text: qsTr("Edit")
            iconName: "edit"
            enabled: table.currentRow >= 0 && vm.model.count > 0
            onClicked: list.edit(table.currentRow)
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Open the selected record (Enter)")
        }
        ActionButton {
            id: newButton
            text: vm.newLabel
            iconName: "plus"
            highlighted: true
            enabled: vm.canEdit
            onClicked: list.newRecord()
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Ctrl+N")
        }
    }

    NoticeBanner {
        Layout.fillWidth: true
        Layout.leftMargin: Theme.space6
        Layout.rightMargin: Theme.space6
        tone: "info"
        text: vm.canEdit ? "" : qsTr("You can look up the catalog. Changing it needs the warehouse manager or administrator role.")
    }

    Item {
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.leftMargin: Theme.space6
        Layout.rightMargin: Theme.space6
        Layout.bottomMargin: Theme.space5

        DataTable {
            id: table
            objectName: "table"
            anchors.fill: parent
            visible: vm.model.count > 0
            model: vm.model
            columns: vm.columns
            sortColumn: vm.model.sortColumn
            sortDescending: vm.model.sortDescending
            statusColumn: vm.columns.length - 1
            accessibleName: vm.title
            onSortRequested: column => vm.model.sortBy(column)
            onActivated: row => list.edit(row)
        }
        EmptyState {
            anchors.centerIn: parent
            anchors.verticalCenterOffset: -40
            visible: vm.model.count === 0
            icon: vm.total === 0 ? "box" : "search"
            title: vm.total === 0 ? qsTr("Nothing here yet")
                                  : vm.model.searchText.length > 0 ? qsTr("Nothing matches “%1”").arg(vm.model.searchText)
                                                                   : qsTr("Only retired records")
            message: vm.total === 0 ? (vm.canEdit ? qsTr("Add the first one with “%1”.").arg(vm.newLabel) : qsTr("Nobody has added any yet."))
                                    : vm.model.searchText.length > 0 ? qsTr("Try fewer or shorter words, or tick “Show retired”.")
                                                                     : qsTr("Tick “Show retired” to see them.")
            actionText: vm.total === 0 && vm.canEdit ? vm.newLabel : ""
            onActionTriggered: list.newRecord()
        }
    }

    CatalogEditorDialog {
        id: editorDialog
        editor: vm.editor
        canEdit: vm.canEdit
        onSaved: recordId => {
            table.currentRow = vm.model.rowOf(recordId)
            table.focusTable()
        }
        onClosed: if (table.visible) table.focusTable()
    }
}
