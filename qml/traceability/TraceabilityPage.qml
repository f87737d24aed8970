// Traceability & recall — trace a lot, TLC or order forward (tree + the customers who got
// it, with quantities) or backward (tree + receipts and suppliers); initiate a recall with
// the scope shown before confirming; the recalls with their reconciliation (shipped =
// returned + destroyed + unrecoverable, stock on hold), customers notified, recovery,
// close with e-signature, the drill timer and the recall report (print / PDF); the FSMA
// 204 sortable spreadsheet (CSV or XLSX).
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tracelot
import Tracelot.Models

ColumnLayout {
    id: page

    readonly property var tabKeys: ["trace", "recalls", "fsma"]
    function showTab(key) {
        const index = tabKeys.indexOf(key)
        if (index < 0)
            return false
        tabs.currentIndex = index
        return true
    }
    function currentTab() {
        return tabKeys[tabs.currentIndex]
    }
    // "recall", "notify", "recovery", "close", "fsma"
    function openDialog(name) {
        const dialogs = { "recall": recallDialog, "notify": notifyDialog, "recovery": recoveryDialog, "close": closeDialog, "fsma": fsmaDialog }
        const d = dialogs[name]
        if (!d)
            return false
        if ((name === "notify" || name === "recovery" || name === "close") && vm.recall.recallId === undefined) {
            if (vm.recalls.length === 0)
                return false
            vm.openRecallRow(0)
            tabs.currentIndex = 1
        }
        d.open()
        return true
    }
    function dialogOpen() {
        return [recallDialog, notifyDialog, recoveryDialog, closeDialog, fsmaDialog].some(d => d.visible)
    }
    function submitDialog() {
        for (const d of [recallDialog, notifyDialog, recoveryDialog, closeDialog, fsmaDialog])
            if (d.visible)
                return d.submit()
        return false
    }
    function closeDialogs() {
        for (const d of [recallDialog, notifyDialog, recoveryDialog, closeDialog, fsmaDialog])
            d.close()
    }

    spacing: 0
    onVisibleChanged: if (visible && !dialogOpen()) searchField.forceActiveFocus()

    TraceabilityViewModel {
        id: vm
        session: Session
    }

    PageHeader {
        title: qsTr("Traceability & recall")
        subtitle: qsTr("Where a lot came from and where it went, in milliseconds; recalls from scope to signed close.")
        icon: "traceability"

        ActionButton {
            text: qsTr("FSMA 204 export…")
            iconName: "file"
            onClicked: fsmaDialog.open()
        }
        ActionButton {
            text: qsTr("Initiate recall…")
            iconName: "alert"
            highlighted: true
            enabled: vm.canRecall
            onClicked: recallDialog.open()
        }
    }

    NoticeBanner {
        Layout.fillWidth: true
        Layout.leftMargin: Theme.space6
        Layout.rightMargin: Theme.space6
        Layout.bottomMargin: Theme.space3
        tone: vm.error.length > 0 ? "error" : "success"
        text: page.dialogOpen() ? "" : (vm.error.length > 0 ? vm.error : vm.message)
        dismissable: true
        onDismissed: vm.clearMessages()
    }
    NoticeBanner {
        Layout.fillWidth: true
        Layout.leftMargin: Theme.space6
        Layout.rightMargin: Theme.space6
        Layout.bottomMargin: Theme.space3
        tone: "info"
        text: vm.recallNote.length > 0 ? qsTr("You can trace and export. %1").arg(vm.recallNote) : ""
    }

    PageTabs {
        id: tabs
        Layout.fillWidth: true
        Layout.leftMargin: Theme.space6
        Layout.rightMargin: Theme.space6
        Layout.bottomMargin: Theme.space2
        shortcutsEnabled: page.visible
        tabs: [
            { title: qsTr("Trace"), icon: "search" },
            { title: qsTr("Recalls"), icon: "alert" },
            { title: qsTr("FSMA 204"), icon: "file" }
        ]
    }

    StackLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.leftMargin: Theme.space6
        Layout.rightMargin: Theme.space6
        Layout.bottomMargin: Theme.space5
        currentIndex: tabs.currentIndex

        // --- Trace -------------------------------------------------------------------------
        ColumnLayout {
            spacing: Theme.space3

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.space2
                TextField {
                    id: searchField
                    objectName: "traceKey"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Lot, traceability lot code or order (backward)")
                    Accessible.name: qsTr("Lot, traceability lot code or order to trace")
                    onAccepted: vm.trace(text, forwardButton.checked)
                }
                RadioButton {
                    id: forwardButton
                    text: qsTr("Forward")
                    checked: true
                    Accessible.name: qsTr("Trace forward: where it went")
                }
                RadioButton {
                    text: qsTr("Backward")
                    Accessible.name: qsTr("Trace backward: where it came from")
                }
                ActionButton {
                    text: qsTr("Trace")
                    iconName: "search"
                    highlighted: true
                    onClicked: vm.trace(searchField.text, forwardButton.checked)
                }
            }
            Label {
                Layout.fillWidth: true
                text: vm.traceError.length > 0 ? vm.traceError : vm.traceSummary
                color: vm.traceError.length > 0 ? Theme.danger : Theme.textMuted
                wrapMode: Text.WordWrap
            }
            RowLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: Theme.space4

                Rectangle {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    color: Theme.surface
                    radius: Theme.radius
                    border.color: tree.activeFocus ? Theme.focus : Theme.border
                    ListView {
                        id: tree
                        objectName: "traceTree"
                        anchors.fill: parent
                        anchors.margins: Theme.space2
                        clip: true
                        model: vm.traceRows
                        activeFocusOnTab: true
                        keyNavigationEnabled: true
                        Accessible.role: Accessible.Tree
                        Accessible.name: vm.traceForward ? qsTr("Trace tree, forward") : qsTr("Trace tree, backward")
                        ScrollBar.vertical: ScrollBar {}
                        delegate: Label {
                            required property var modelData
                            required property int index
                            width: ListView.view.width
                            leftPadding: modelData.depth * 18
                            topPadding: 3
                            bottomPadding: 3
                            text: modelData.text
                            elide: Text.ElideRight
                            font.weight: modelData.depth === 0 ? Font.DemiBold : Font.Normal
                            color: modelData.kind === "shipment" ? Theme.primary : modelData.kind === "receipt" ? Theme.textMuted : Theme.text
                            Accessible.name: text
                        }
                        EmptyState {
                            anchors.centerIn: parent
                            visible: tree.count === 0
                            icon: "traceability"
                            title: qsTr("Nothing traced yet")
                            message: qsTr("Scan or type a lot, a supplier's lot code or an order, then press Enter.")
                        }
                    }
                }
                ColumnLayout {
                    Layout.preferredWidth: 420
                    Layout.maximumWidth: 420
                    Layout.fillHeight: true
                    Label {
                        text: vm.traceForward ? qsTr("Customers (%1)").arg(vm.customers.length) : qsTr("Receipts and suppliers (%1)").arg(vm.customers.length)
                        font.weight: Font.DemiBold
                    }
                    Rectangle {
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        color: Theme.surface
                        radius: Theme.radius
                        border.color: customerList.activeFocus ? Theme.focus : Theme.border
                        ListView {
                            id: customerList
                            objectName: "traceCustomers"
                            anchors.fill: parent
                            anchors.margins: Theme.space2
                            clip: true
                            model: vm.customers
                            activeFocusOnTab: true
                            keyNavigationEnabled: true
                            Accessible.role: Accessible.List
                            Accessible.name: qsTr("Customers with quantities")
                            ScrollBar.vertical: ScrollBar {}
                            delegate: ColumnLayout {
                                required property var modelData
                                width: ListView.view.width
                                spacing: 0
                                Accessible.name: qsTr("%1, %2, %3").arg(modelData.customer).arg(modelData.product).arg(modelData.shipped)
                                Label {
                                    Layout.fillWidth: true
                                    text: parent.modelData.customer
                                    font.weight: Font.DemiBold
                                    elide: Text.ElideRight
                                }
                                Label {
                                    Layout.fillWidth: true
                                    text: page.customerLine(parent.modelData)
                                    color: Theme.textMuted
                                    font.pixelSize: Theme.fontLabel
                                    elide: Text.ElideRight
                                    bottomPadding: Theme.space2
                                }
                            }
                        }
                    }
                }
            }
        }

        // --- Recalls -----------------------------------------------------------------------
        RowLayout {
            spacing: Theme.space4
            Rectangle {
                Layout.preferredWidth: 360
                Layout.maximumWidth: 360
                Layout.fillHeight: true
                color: Theme.surface
                radius: Theme.radius
                border.color: recallList.activeFocus ? Theme.focus : Theme.border
                ListView {
                    id: recallList
                    objectName: "recallList"
                    anchors.fill: parent
                    anchors.margins: 1
                    clip: true
                    model: vm.recalls
                    activeFocusOnTab: true
                    keyNavigationEnabled: true
                    currentIndex: -1
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("Recalls, newest first")
                    ScrollBar.vertical: ScrollBar {}
                    onCurrentIndexChanged: if (currentIndex >= 0) vm.openRecallRow(currentIndex)
                    Component.onCompleted: if (count > 0) currentIndex = 0
                    delegate: Rectangle {
                        id: recallRow
                        required property var modelData
                        required property int index
                        width: ListView.view.width
                        height: 64
                        color: ListView.isCurrentItem ? Theme.selection : index % 2 ? Theme.surfaceAlt : Theme.surface
                        Accessible.role: Accessible.ListItem
                        Accessible.name: qsTr("Recall %1, class %2, %3, %4").arg(modelData.number).arg(modelData.recallClass).arg(modelData.statusText).arg(modelData.reason)
                        MouseArea {
                            anchors.fill: parent
                            onClicked: recallList.currentIndex = recallRow.index
                        }
                        ColumnLayout {
                            anchors.fill: parent
                            anchors.margins: Theme.space2
                            spacing: 2
                            Label {
                                text: qsTr("%1 — class %2 — %3%4").arg(recallRow.modelData.number).arg(recallRow.modelData.recallClass)
                                      .arg(recallRow.modelData.statusText).arg(recallRow.modelData.drill ? qsTr(" (drill)") : "")
                                font.weight: Font.DemiBold
                            }
                            Label {
                                Layout.fillWidth: true
                                text: recallRow.modelData.reason
                                elide: Text.ElideRight
                                color: Theme.textMuted
                            }
                        }
                    }
                    EmptyState {
                        anchors.centerIn: parent
                        width: parent.width - 2 * Theme.space4
                        visible: recallList.count === 0
                        icon: "alert"
                        title: qsTr("No recalls")
                        message: qsTr("Start one, or a drill, with “Initiate recall”.")
                    }
                }
            }
            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: Theme.space2
                visible: vm.recall.recallId !== undefined
                Label {
                    text: vm.recall.number !== undefined ? qsTr("Recall %1 — class %2%3").arg(vm.recall.number).arg(vm.recall.recallClass).arg(vm.recall.drill ? qsTr(" — mock recall (drill)") : "") : ""
                    font.pixelSize: Theme.fontTitle
                    font.weight: Font.DemiBold
                }
                Label {
                    Layout.fillWidth: true
                    text: vm.recall.reason !== undefined ? vm.recall.initiated + " — " + vm.recall.reason : ""
                    wrapMode: Text.WordWrap
                }
                Label {
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: vm.recall.drillText !== undefined ? vm.recall.drillText : ""
                    color: Theme.primary
                    wrapMode: Text.WordWrap
                }
                Label {
                    Layout.fillWidth: true
                    objectName: "reconciliation"
                    text: vm.recall.reconciliation !== undefined ? vm.recall.reconciliation : ""
                    font.weight: Font.DemiBold
                    wrapMode: Text.WordWrap
                }
                Label {
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: vm.recall.signature !== undefined ? vm.recall.signature : ""
                    wrapMode: Text.WordWrap
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.space2
                    ActionButton {
                        text: qsTr("Customer notified…")
                        enabled: vm.canNotify && !vm.recall.closed && lineList.currentIndex >= 0
                        onClicked: notifyDialog.open()
                    }
                    ActionButton {
                        text: qsTr("Recovery…")
                        enabled: vm.canRecall && !vm.recall.closed && lineList.currentIndex >= 0
                        onClicked: recoveryDialog.open()
                    }
                    ActionButton {
                        text: qsTr("Close recall…")
                        iconName: "pen"
                        enabled: vm.canRecall && !vm.recall.closed
                        onClicked: closeDialog.open()
                    }
                    Item { Layout.fillWidth: true }
                    ActionButton {
                        text: qsTr("Print report…")
                        iconName: "printer"
                        onClicked: vm.printReport()
                    }
                    ActionButton {
                        text: qsTr("Save PDF…")
                        iconName: "file"
                        onClicked: vm.saveReportPdfAs()
                    }
                }
                Label {
                    text: qsTr("Affected customers")
                    font.weight: Font.DemiBold
                }
                Rectangle {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    color: Theme.surface
                    radius: Theme.radius
                    border.color: lineList.activeFocus ? Theme.focus : Theme.border
                    ListView {
                        id: lineList
                        objectName: "recallLines"
                        anchors.fill: parent
                        anchors.margins: 1
                        clip: true
                        model: vm.recall.lines !== undefined ? vm.recall.lines : []
                        activeFocusOnTab: true
                        keyNavigationEnabled: true
                        Accessible.role: Accessible.List
                        Accessible.name: qsTr("Affected customers, what they got and what is accounted for")
                        ScrollBar.vertical: ScrollBar {}
                        onCountChanged: currentIndex = count > 0 ? 0 : -1
                        delegate: Rectangle {
                            id: lineRow
                            required property var modelData
                            required property int index
                            width: ListView.view.width
                            height: 48
                            color: ListView.isCurrentItem ? Theme.selection : index % 2 ? Theme.surfaceAlt : Theme.surface
                            Accessible.role: Accessible.ListItem
                            Accessible.name: qsTr("%1, %2: shipped %3, remainder %4, notified %5").arg(modelData.customer).arg(modelData.product)
                                             .arg(modelData.shipped).arg(modelData.remainder).arg(modelData.notified)
                            MouseArea {
                                anchors.fill: parent
                                onClicked: lineList.currentIndex = lineRow.index
                            }
                            ColumnLayout {
                                anchors.fill: parent
                                anchors.margins: Theme.space2
                                spacing: 0
                                Label {
                                    Layout.fillWidth: true
                                    text: qsTr("%1 — %2 — shipped %3").arg(lineRow.modelData.customer).arg(lineRow.modelData.product).arg(lineRow.modelData.shipped)
                                    font.weight: Font.DemiBold
                                    elide: Text.ElideRight
                                }
                                Label {
                                    Layout.fillWidth: true
                                    text: qsTr("returned %1, destroyed %2, unrecoverable %3, remainder %4 — notified: %5").arg(lineRow.modelData.returned)
                                          .arg(lineRow.modelData.destroyed).arg(lineRow.modelData.unrecoverable).arg(lineRow.modelData.remainder).arg(lineRow.modelData.notified)
                                    color: lineRow.modelData.remainder > 0 ? Theme.warning : Theme.textMuted
                                    font.pixelSize: Theme.fontLabel
                                    elide: Text.ElideRight
                                }
                            }
                        }
                    }
                }
            }
            EmptyState {
                Layout.fillWidth: true
                visible: vm.recall.recallId === undefined && vm.recalls.length > 0
                icon: "alert"
                title: qsTr("Choose a recall")
                message: qsTr("Its customers, recovery and holds are shown here.")
            }
        }

        // --- FSMA 204 ----------------------------------------------------------------------
        ColumnLayout {
            spacing: Theme.space3
            Label {
                Layout.fillWidth: true
                Layout.maximumWidth: 760
                wrapMode: Text.WordWrap
                text: qsTr("The electronic sortable spreadsheet FDA can ask for within 24 hours (21 CFR 1.1455): one row per critical tracking event — receiving, shipping and transformation — with every key data element in its own column. XLSX has one sheet per event type and a legend.")
            }
            ActionButton {
                text: qsTr("Export…")
                iconName: "file"
                highlighted: true
                onClicked: fsmaDialog.open()
            }
            Item { Layout.fillHeight: true }
        }
    }

    function customerLine(c) {
        return vm.traceForward ? qsTr("%1: shipped %2, returned %3, %4 shipment(s) — %5").arg(c.product).arg(c.shipped).arg(c.returned).arg(c.shipments).arg(c.orders)
                               : qsTr("%1: %2 received %3 — %4").arg(c.product).arg(c.shipped).arg(c.returned).arg(c.orders)
    }

    // --- Dialogs ---------------------------------------------------------------------------
    AppDialog {
        id: recallDialog
        objectName: "recallDialog"
        property bool previewed: false
        title: qsTr("Initiate a recall")
        acceptText: previewed ? qsTr("Recall and hold stock") : qsTr("Show the scope")
        acceptEnabled: vm.canRecall
        notice: vm.error.length > 0 ? vm.error : vm.recallNote
        noticeTone: vm.error.length > 0 ? "error" : "info"
        preferredWidth: 680
        onAboutToShow: {
            previewed = false
            vm.clearMessages()
            recallKey.text = searchField.text
            recallReason.text = ""
            recallClass.value = "I"
        }
        onOpened: recallKey.focusField()
        onSubmitted: {
            if (!previewed) {
                previewed = vm.previewScope(recallKey.text, recallProduct.text)
                return
            }
            if (vm.initiateRecall(recallKey.text, recallProduct.text, recallReason.text, recallClass.value, drillBox.checked)) {
                submitSucceeded = true
                tabs.currentIndex = 1
                recallList.currentIndex = 0
                close()
            }
        }
        TextEntry {
            id: recallKey
            Layout.fillWidth: true
            label: qsTr("Lot or traceability lot code")
            mandatory: true
            hasError: vm.errorField === "key"
            onEdited: recallDialog.previewed = false
        }
        TextEntry {
            id: recallProduct
            Layout.fillWidth: true
            label: qsTr("Product code (when the lot code is used for several)")
            onEdited: recallDialog.previewed = false
        }
        TextEntry {
            id: recallReason
            Layout.fillWidth: true
            label: qsTr("Reason, as the customers will be told")
            mandatory: true
            hasError: vm.errorField === "reason"
        }
        ChoiceEntry {
            id: recallClass
            Layout.fillWidth: true
            label: qsTr("Class")
            mandatory: true
            options: [{ value: "I", label: qsTr("Class I — serious health hazard") }, { value: "II", label: qsTr("Class II — temporary or remote hazard") },
                      { value: "III", label: qsTr("Class III — unlikely to cause harm") }]
            onChosen: v => value = v
        }
        CheckBox {
            id: drillBox
            text: qsTr("Mock recall (drill): the same flow, timed and marked as a drill")
        }
        NoticeBanner {
            Layout.fillWidth: true
            tone: "warning"
            text: recallDialog.previewed && vm.scope.summary !== undefined ? vm.scope.summary : ""
        }
    }

    AppDialog {
        id: notifyDialog
        objectName: "notifyDialog"
        readonly property var line: lineList.currentIndex >= 0 && vm.recall.lines !== undefined ? vm.recall.lines[lineList.currentIndex] : null
        property string method: "phone"
        title: qsTr("Customer notified — %1").arg(line ? line.customer : "")
        acceptText: qsTr("Record")
        acceptEnabled: vm.canNotify
        notice: vm.error
        onAboutToShow: { vm.clearMessages(); notifyContact.text = ""; method = "phone" }
        onOpened: notifyContact.focusField()
        onSubmitted: if (line && vm.recordNotified(line.customerId, method, notifyContact.text)) { submitSucceeded = true; close() }
        ChoiceEntry {
            Layout.fillWidth: true
            label: qsTr("How")
            mandatory: true
            options: vm.notificationMethods
            value: notifyDialog.method
            onChosen: v => notifyDialog.method = v
        }
        TextEntry {
            id: notifyContact
            Layout.fillWidth: true
            label: qsTr("Whom (name, phone number or address)")
            mandatory: true
            hasError: vm.errorField === "contact"
        }
    }

    AppDialog {
        id: recoveryDialog
        objectName: "recoveryDialog"
        readonly property var line: lineList.currentIndex >= 0 && vm.recall.lines !== undefined ? vm.recall.lines[lineList.currentIndex] : null
        title: qsTr("Recovery from %1 — %2").arg(line ? line.customer : "").arg(line ? line.product : "")
        acceptText: qsTr("Record")
        acceptEnabled: vm.canRecall
        notice: vm.error.length > 0 ? vm.error : qsTr("Shipped %1; give what is accounted for so far.").arg(line ? line.shipped : "")
        noticeTone: vm.error.length > 0 ? "error" : "info"
        onAboutToShow: {
            vm.clearMessages()
            returnedField.text = line ? line.returned : "0"
            destroyedField.text = line ? line.destroyed : "0"
            lostField.text = line ? line.unrecoverable : "0"
        }
        onOpened: returnedField.focusField()
        onSubmitted: if (line && vm.recordRecovery(line.customerId, line.productId, parseInt(returnedField.text || "0"), parseInt(destroyedField.text || "0"),
                                                   parseInt(lostField.text || "0"))) { submitSucceeded = true; close() }
        TextEntry { id: returnedField; Layout.fillWidth: true; numeric: true; label: qsTr("Returned to us") }
        TextEntry { id: destroyedField; Layout.fillWidth: true; numeric: true; label: qsTr("Destroyed at the customer") }
        TextEntry { id: lostField; Layout.fillWidth: true; numeric: true; label: qsTr("Consumed or unrecoverable") }
    }

    AppDialog {
        id: closeDialog
        objectName: "closeDialog"
        readonly property bool remainder: vm.recall.unreconciled !== undefined && vm.recall.unreconciled !== 0
        title: qsTr("Close recall %1").arg(vm.recall.number !== undefined ? vm.recall.number : "")
        acceptText: remainder ? qsTr("Sign write-off and close") : qsTr("Close recall")
        acceptEnabled: vm.canRecall
        notice: vm.error.length > 0 ? vm.error : (vm.recall.reconciliation !== undefined ? vm.recall.reconciliation : "")
        noticeTone: vm.error.length > 0 ? "error" : "info"
        preferredWidth: 680
        onAboutToShow: { vm.clearMessages(); closePassword.text = ""; writeOffReason.text = "" }
        onOpened: remainder ? writeOffReason.focusField() : undefined
        onSubmitted: {
            if (vm.closeRecall(closePassword.text, writeOffReason.text)) {
                submitSucceeded = true
                close()
            }
            closePassword.text = ""
        }
        TextEntry {
            id: writeOffReason
            Layout.fillWidth: true
            visible: closeDialog.remainder
            label: qsTr("Why the remainder is written off")
            mandatory: true
            hasError: vm.errorField === "reason"
        }
        Label {
            Layout.fillWidth: true
            visible: closeDialog.remainder
            text: qsTr("Record SHA-256: %1").arg(vm.recall.recordSha256 !== undefined ? vm.recall.recordSha256 : "")
            font.family: "DejaVu Sans Mono"
            font.pixelSize: Theme.fontLabel
            wrapMode: Text.WrapAnywhere
        }
        TextEntry {
            id: closePassword
            objectName: "closePassword"
            Layout.fillWidth: true
            visible: closeDialog.remainder
            password: true
            label: qsTr("Your password (%1)").arg(Session.displayName)
            help: qsTr("Entered now to sign the write-off; never stored.")
            hasError: vm.errorField === "password"
        }
    }

    AppDialog {
        id: fsmaDialog
        objectName: "fsmaDialog"
        property string format: "xlsx"
        title: qsTr("FSMA 204 sortable spreadsheet")
        acceptText: qsTr("Export…")
        notice: vm.error
        preferredWidth: 640
        onAboutToShow: {
            vm.clearMessages()
            const today = new Date()
            fsmaTo.text = today.toISOString().slice(0, 10)
            fsmaFrom.text = new Date(today.getTime() - 30 * 86400000).toISOString().slice(0, 10)
        }
        onOpened: fsmaFrom.focusField()
        onSubmitted: if (vm.exportFsmaAs(fsmaFrom.text, fsmaTo.text, fsmaProducts.text, fsmaTlcs.text, format)) { submitSucceeded = true; close() }
        TextEntry { id: fsmaFrom; Layout.fillWidth: true; label: qsTr("From (YYYY-MM-DD)"); hasError: vm.errorField === "from" }
        TextEntry { id: fsmaTo; Layout.fillWidth: true; label: qsTr("To (YYYY-MM-DD)"); hasError: vm.errorField === "to" }
        TextEntry { id: fsmaProducts; Layout.fillWidth: true; label: qsTr("Products (codes, comma separated; empty: all)") }
        TextEntry { id: fsmaTlcs; Layout.fillWidth: true; label: qsTr("Traceability lot codes (comma separated; instead of dates)") }
        ChoiceEntry {
            Layout.fillWidth: true
            label: qsTr("Format")
            options: [{ value: "xlsx", label: qsTr("XLSX (one sheet per event type, legend)") }, { value: "csv", label: qsTr("CSV (one file)") }]
            value: fsmaDialog.format
            onChosen: v => fsmaDialog.format = v
        }
    }
}
