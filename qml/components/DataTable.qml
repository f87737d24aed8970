// The one data table of Tracelot: a header that sorts when clicked (an arrow shows the
// column and direction), zebra rows, keyboard navigation (↑ ↓ Page Up/Down Home End;
// Enter opens the row) and double-click to open. Columns share the width by their
// weights and never get narrower than minColumnWidth. An optional status column is
// drawn as a small pill.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Tracelot

Rectangle {
    id: root

    property alias model: table.model
    property var columns: []  // [{ title, minWidth, weight, numeric }]
    property int sortColumn: -1
    property bool sortDescending: false
    property int statusColumn: -1
    property int currentRow: -1
    property string accessibleName
    readonly property alias rows: table.rows
    signal activated(int row)
    signal sortRequested(int column)

    // Each column's minimum: its minWidth, and never narrower than its header (title,
    // padding and the sort arrow). Measured when the columns change.
    property var minimumWidths: []
    function measureColumns() {
        const widths = []
        for (let i = 0; i < columns.length; ++i) {
            headerMetrics.text = columns[i].title
            widths.push(Math.max(columns[i].minWidth, Math.ceil(headerMetrics.advanceWidth) + 2 * Theme.space3 + 18))
        }
        minimumWidths = widths
        table.forceLayout()
    }
    function columnWidth(column) {
        if (column < 0 || column >= columns.length || column >= minimumWidths.length)
            return 0
        let minimum = 0
        let weights = 0
        for (let i = 0; i < columns.length; ++i) {
            minimum += minimumWidths[i]
            weights += columns[i].weight
        }
        const spare = Math.max(0, table.width - 1 - minimum)
        const share = weights > 0 ? spare * columns[column].weight / weights : (column === columns.length - 1 ? spare : 0)
        return Math.floor(minimumWidths[column] + share)
    }
    function selectRow(row) {
        if (table.rows === 0) {
            currentRow = -1
            return
        }
        currentRow = Math.max(0, Math.min(table.rows - 1, row))
        table.positionViewAtRow(currentRow, TableView.Contain)
    }
    function focusTable() {
        table.forceActiveFocus()
        if (currentRow < 0)
            selectRow(0)
    }

    color: Theme.surface
    radius: Theme.radius
    border.color: table.activeFocus ? Theme.focus : Theme.border
    onColumnsChanged: measureColumns()
    Component.onCompleted: measureColumns()

    TextMetrics {
        id: headerMetrics
        font.pixelSize: Theme.fontLabel
        font.weight: Font.DemiBold
    }

    HorizontalHeaderView {
        id: header
        anchors {
            left: parent.left
            right: parent.right
            top: parent.top
            margins: 1
        }
        syncView: table
        clip: true
        implicitHeight: Theme.headerHeight

        delegate: Rectangle {
            id: headerCell
            required property int column
            required property string display
            readonly property bool numeric: root.columns[column] ? root.columns[column].numeric : false
            readonly property bool sorted: root.sortColumn === column

            implicitHeight: Theme.headerHeight
            color: headerMouse.containsMouse ? Theme.surfaceSunken : Theme.surfaceAlt
            Accessible.role: Accessible.ColumnHeader
            Accessible.name: display

            Row {
                anchors {
                    fill: parent
                    leftMargin: Theme.space3
                    rightMargin: Theme.space3
                }
                layoutDirection: headerCell.numeric ? Qt.RightToLeft : Qt.LeftToRight
                spacing: Theme.space1
                Label {
                    anchors.verticalCenter: parent.verticalCenter
                    width: Math.min(implicitWidth, parent.width - (sortIcon.visible ? sortIcon.width + Theme.space1 : 0))
                    text: headerCell.display
                    font.pixelSize: Theme.fontLabel
                    font.weight: Font.DemiBold
                    color: headerCell.sorted ? Theme.text : Theme.textMuted
                    elide: Text.ElideRight
                }
                Icon {
                    id: sortIcon
                    anchors.verticalCenter: parent.verticalCenter
                    visible: headerCell.sorted
                    name: root.sortDescending ? "chevron-down" : "chevron-up"
                    size: 14
                    color: Theme.primary
                }
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
            MouseArea {
                id: headerMouse
                anchors.fill: parent
                hoverEnabled: true
                cursorShape: Qt.PointingHandCursor
                onClicked: root.sortRequested(headerCell.column)
            }
        }
    }

    TableView {
        id: table
        objectName: root.objectName.length > 0 ? root.objectName + "View" : ""
        anchors {
            left: parent.left
            right: parent.right
            top: header.bottom
            bottom: parent.bottom
            margins: 1
        }
        clip: true
        focus: true
        activeFocusOnTab: true
        boundsBehavior: Flickable.StopAtBounds
        columnWidthProvider: column => root.columnWidth(column)
        rowHeightProvider: () => Theme.rowHeight
        onWidthChanged: forceLayout()
        Accessible.role: Accessible.Table
        Accessible.name: root.accessibleName

        ScrollBar.vertical: ScrollBar {
            policy: ScrollBar.AsNeeded
        }
        ScrollBar.horizontal: ScrollBar {
            policy: ScrollBar.AsNeeded
        }

        Keys.onUpPressed: root.selectRow(root.currentRow - 1)
        Keys.onDownPressed: root.selectRow(root.currentRow + 1)
        Keys.onPressed: event => {
            const page = Math.max(1, Math.floor(table.height / Theme.rowHeight) - 1)
            if (event.key === Qt.Key_PageDown)
                root.selectRow(root.currentRow + page)
            else if (event.key === Qt.Key_PageUp)
                root.selectRow(root.currentRow - page)
            else if (event.key === Qt.Key_Home)
                root.selectRow(0)
            else if (event.key === Qt.Key_End)
                root.selectRow(table.rows - 1)
            else if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter) && root.currentRow >= 0)
                root.activated(root.currentRow)
            else
                return
            event.accepted = true
        }
        onActiveFocusChanged: if (activeFocus && root.currentRow < 0 && rows > 0) root.selectRow(0)

        delegate: Rectangle {
            id: cell
            required property int row
            required property int column
            required property string display
            required property bool active
            required property bool numeric
            readonly property bool current: row === root.currentRow

            implicitHeight: Theme.rowHeight
            color: current ? Theme.selection : (row % 2 === 1 ? Theme.surfaceAlt : Theme.surface)

            Label {
                visible: cell.column !== root.statusColumn
                anchors {
                    fill: parent
                    leftMargin: Theme.space3
                    rightMargin: Theme.space3
                }
                text: cell.display
                elide: Text.ElideRight
                verticalAlignment: Text.AlignVCenter
                horizontalAlignment: cell.numeric ? Text.AlignRight : Text.AlignLeft
                color: cell.active ? Theme.text : Theme.textFaint
                font.pixelSize: Theme.fontBody
            }
            Rectangle {
                visible: cell.column === root.statusColumn
                anchors {
                    left: parent.left
                    leftMargin: Theme.space3
                    verticalCenter: parent.verticalCenter
                }
                width: pill.implicitWidth + 2 * Theme.space2
                height: 20
                radius: 10
                color: cell.active ? Theme.successSoft : Theme.surfaceSunken
                Label {
                    id: pill
                    anchors.centerIn: parent
                    text: cell.display
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.Medium
                    color: cell.active ? Theme.success : Theme.textMuted
                }
            }
            Rectangle {
                visible: cell.current && cell.column === 0
                width: 3
                anchors {
                    left: parent.left
                    top: parent.top
                    bottom: parent.bottom
                }
                color: Theme.primary
            }
            TapHandler {
                onTapped: {
                    root.currentRow = cell.row
                    table.forceActiveFocus()
                }
                onDoubleTapped: root.activated(cell.row)
            }
        }
    }
}
