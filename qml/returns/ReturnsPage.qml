// Returns — the returns on the left (status filter), the open return on the right with its
// lines and the next step: authorize or reject, receive into quarantine (each line held),
// inspect each line (restock, keep quarantined, destroy; QA signs with the password),
// record the refund. New returns are requested from the lots delivered on an order.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tracelot
import Tracelot.Models

ColumnLayout {
    id: page

    readonly property var tabKeys: ["list"]
    function showTab(key) {
        return tabKeys.indexOf(key) >= 0
    }
    function currentTab() {
        return "list"
    }
    readonly property var dialogs: [requestDialog, rejectDialog, receiveDialog, inspectDialog, refundDialog]
    // "request", and on the open return: "reject", "receive", "inspect", "refund".
    function openDialog(name) {
        const d = { "request": requestDialog, "reject": rejectDialog, "receive": receiveDialog, "inspect": inspectDialog, "refund": refundDialog }[name]
        if (!d)
            return false
        if (name !== "request" && !vm.detail.exists) {
            if (vm.rows.length === 0)
                return false
            list.currentIndex = 0
            vm.openRow(0)
        }
        d.open()
        return true
    }
    function dialogOpen() {
        return dialogs.some(d => d.visible)
    }
    function submitDialog() {
        for (const d of dialogs)
            if (d.visible)
                return d.submit()
        return false
    }
    function closeDialogs() {
        for (const d of dialogs)
            d.close()
    }
    function allowed(command) {
        return vm.permissions[command] ? vm.permissions[command].allowed : false
    }
    function note(command) {
        return vm.permissions[command] ? vm.permissions[command].note : ""
    }

    spacing: 0
    onVisibleChanged: if (visible && !dialogOpen()) list.forceActiveFocus()

    ReturnsViewModel {
        id: vm
        session: Session
    }

    PageHeader {
        title: qsTr("Returns")
        subtitle: qsTr("Delivered goods coming back: authorized, received into quarantine, inspected line by line, refunded.")
        icon: "returns"
        ActionButton {
            text: qsTr("Request a return…")
            iconName: "plus"
            highlighted: true
            enabled: page.allowed("RequestReturn")
            Accessible.description: page.note("RequestReturn")
            onClicked: requestDialog.open()
        }
    }

    NoticeBanner {
        Layout.fillWidth: true
        Layout.leftMargin: Theme.space6
        Layout.rightMargin: Theme.space6
        Layout.bottomMargin: Theme.space2
        tone: vm.error.length > 0 ? "error" : "success"
        text: page.dialogOpen() ? "" : vm.error.length > 0 ? vm.error : vm.notice
        dismissable: true
        onDismissed: vm.clearMessages()
    }

    RowLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.leftMargin: Theme.space6
        Layout.rightMargin: Theme.space6
        Layout.bottomMargin: Theme.space5
        spacing: Theme.space4

        ColumnLayout {
            Layout.preferredWidth: 360
            Layout.maximumWidth: 360
            Layout.fillHeight: true
            spacing: Theme.space2
            ChoiceEntry {
                Layout.fillWidth: true
                label: qsTr("Show")
                options: [{ value: "", label: qsTr("All returns") }, { value: "requested", label: qsTr("Requested") },
                          { value: "authorized", label: qsTr("Authorized") }, { value: "received", label: qsTr("In quarantine") },
                          { value: "inspected", label: qsTr("Inspected") }, { value: "rejected", label: qsTr("Rejected") }]
                value: vm.statusFilter
                onChosen: value => vm.statusFilter = value
            }
            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                color: Theme.surface
                radius: Theme.radius
                border.color: list.activeFocus ? Theme.focus : Theme.border

                ListView {
                    id: list
                    objectName: "returnList"
                    anchors.fill: parent
                    anchors.margins: 1
                    clip: true
                    model: vm.rows
                    activeFocusOnTab: true
                    keyNavigationEnabled: true
                    currentIndex: -1
                    boundsBehavior: Flickable.StopAtBounds
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("Returns")
                    ScrollBar.vertical: ScrollBar {}
                    onCurrentIndexChanged: if (currentIndex >= 0 && !page.dialogOpen()) vm.openRow(currentIndex)
                    Component.onCompleted: if (count > 0) currentIndex = 0

                    delegate: Rectangle {
                        id: returnRow
                        required property int index
                        required property var modelData
                        width: ListView.view.width
                        height: 58
                        color: ListView.isCurrentItem ? Theme.selection : index % 2 ? Theme.surfaceAlt : Theme.surface
                        Accessible.role: Accessible.ListItem
                        Accessible.name: qsTr("Return %1 of order %2, %3").arg(modelData.number).arg(modelData.order).arg(modelData.statusText)
                        ColumnLayout {
                            anchors {
                                fill: parent
                                leftMargin: Theme.space3
                                rightMargin: Theme.space3
                                topMargin: Theme.space2
                                bottomMargin: Theme.space2
                            }
                            spacing: 2
                            RowLayout {
                                Layout.fillWidth: true
                                Label {
                                    text: returnRow.modelData.number
                                    font.weight: Font.DemiBold
                                }
                                Label {
                                    Layout.fillWidth: true
                                    text: returnRow.modelData.statusText
                                    color: Theme.textMuted
                                    font.pixelSize: Theme.fontLabel
                                    elide: Text.ElideRight
                                }
                                Label {
                                    text: returnRow.modelData.reason
                                    font.pixelSize: Theme.fontLabel
                                }
                            }
                            Label {
                                Layout.fillWidth: true
                                text: qsTr("%1 · order %2 · %3 line(s)").arg(returnRow.modelData.customer).arg(returnRow.modelData.order).arg(returnRow.modelData.lines)
                                color: Theme.textMuted
                                font.pixelSize: Theme.fontLabel
                                elide: Text.ElideRight
                            }
                        }
                        TapHandler {
                            onTapped: {
                                list.currentIndex = returnRow.index
                                list.forceActiveFocus()
                            }
                        }
                    }
                    EmptyState {
                        anchors.centerIn: parent
                        width: parent.width - 2 * Theme.space4
                        visible: list.count === 0
                        icon: "returns"
                        title: qsTr("No returns")
                        message: qsTr("Returns are requested from delivered orders.")
                    }
                }
            }
        }

        Rectangle {
            id: pane
            readonly property var d: vm.detail
            Layout.fillWidth: true
            Layout.fillHeight: true
            color: Theme.surface
            radius: Theme.radius
            border.color: Theme.border

            EmptyState {
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.space6
                visible: !pane.d.exists
                icon: "returns"
                title: qsTr("No return open")
                message: qsTr("Choose a return on the left.")
            }
            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.space4
                visible: pane.d.exists === true
                spacing: Theme.space3
                RowLayout {
                    spacing: Theme.space3
                    Label {
                        text: qsTr("Return %1").arg(pane.d.number || "")
                        font.pixelSize: Theme.fontHeadline
                        font.weight: Font.DemiBold
                    }
                    StatusPill {
                        status: pane.d.status === "received" ? "quarantine" : pane.d.status === "rejected" ? "expired" : "available"
                        text: pane.d.statusText || ""
                    }
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: qsTr("Order %1 · reason: %2%3%4").arg(pane.d.order || "").arg(pane.d.reason || "")
                          .arg(pane.d.note ? qsTr(" · %1").arg(pane.d.note) : "").arg(pane.d.location ? qsTr(" · received into %1").arg(pane.d.location) : "")
                }
                Label {
                    visible: (pane.d.rejectReason || "").length > 0
                    text: qsTr("Rejected: %1").arg(pane.d.rejectReason || "")
                    color: Theme.danger
                }
                Label {
                    visible: (pane.d.refunded || "").length > 0
                    text: qsTr("Refunded: %1").arg(pane.d.refunded || "")
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.space2
                    ActionButton {
                        visible: pane.d.status === "requested"
                        text: qsTr("Authorize")
                        iconName: "check"
                        highlighted: true
                        enabled: page.allowed("AuthorizeReturn")
                        Accessible.description: page.note("AuthorizeReturn")
                        onClicked: vm.authorize()
                    }
                    ActionButton {
                        visible: pane.d.status === "requested"
                        text: qsTr("Reject…")
                        iconName: "close"
                        enabled: page.allowed("RejectReturn")
                        onClicked: rejectDialog.open()
                    }
                    ActionButton {
                        visible: pane.d.status === "authorized"
                        text: qsTr("Receive into quarantine…")
                        iconName: "box"
                        highlighted: true
                        enabled: page.allowed("ReceiveReturn")
                        Accessible.description: page.note("ReceiveReturn")
                        onClicked: receiveDialog.open()
                    }
                    ActionButton {
                        visible: pane.d.status === "received" || pane.d.status === "inspected"
                        text: qsTr("Record refund…")
                        iconName: "file"
                        enabled: page.allowed("RecordRefund")
                        Accessible.description: page.note("RecordRefund")
                        onClicked: refundDialog.open()
                    }
                }
                Label {
                    text: qsTr("Lines")
                    font.pixelSize: Theme.fontTitle
                    font.weight: Font.DemiBold
                }
                Repeater {
                    model: pane.d.lines || []
                    RowLayout {
                        id: lineRow
                        required property var modelData
                        Layout.fillWidth: true
                        spacing: Theme.space3
                        Label {
                            Layout.fillWidth: true
                            text: qsTr("%1. Lot %2 · %3 · %4 %5").arg(lineRow.modelData.lineNo).arg(lineRow.modelData.tlc).arg(lineRow.modelData.product)
                                  .arg(lineRow.modelData.quantity).arg(lineRow.modelData.unit)
                            elide: Text.ElideRight
                        }
                        Label {
                            visible: lineRow.modelData.decision.length > 0
                            text: lineRow.modelData.decisionText
                            font.weight: Font.DemiBold
                        }
                        ActionButton {
                            visible: pane.d.status === "received" && lineRow.modelData.decision.length === 0 || lineRow.modelData.decision === "quarantine"
                            text: qsTr("Inspect…")
                            enabled: page.allowed("InspectReturn")
                            Accessible.description: page.note("InspectReturn")
                            onClicked: {
                                inspectDialog.lineNo = lineRow.modelData.lineNo
                                inspectDialog.open()
                            }
                        }
                    }
                }
                Item {
                    Layout.fillHeight: true
                }
            }
        }
    }

    RequestReturnDialog {
        id: requestDialog
        viewModel: vm
        onRequested: list.currentIndex = vm.rowOf(vm.returnId)
    }
    AppDialog {
        id: rejectDialog
        title: qsTr("Reject return %1").arg(vm.detail.number || "")
        acceptText: qsTr("Reject")
        preferredWidth: 520
        notice: vm.error
        onAboutToShow: {
            vm.clearMessages()
            rejectReason.text = ""
        }
        onOpened: rejectReason.focusField()
        onSubmitted: if (vm.reject(rejectReason.text)) {
            submitSucceeded = true
            close()
        }
        TextEntry {
            id: rejectReason
            Layout.fillWidth: true
            label: qsTr("Reason")
            mandatory: true
        }
    }
    AppDialog {
        id: receiveDialog
        property string location
        title: qsTr("Receive return %1").arg(vm.detail.number || "")
        acceptText: qsTr("Receive")
        preferredWidth: 520
        notice: vm.error
        onAboutToShow: {
            vm.clearMessages()
            location = vm.quarantineLocations.length > 0 ? vm.quarantineLocations[0].value : ""
        }
        onSubmitted: if (vm.receive(location)) {
            submitSucceeded = true
            close()
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("The goods go into a quarantine location and every line is held until QA inspects it.")
        }
        ChoiceEntry {
            Layout.fillWidth: true
            label: qsTr("Quarantine location")
            options: vm.quarantineLocations
            value: receiveDialog.location
            onChosen: value => receiveDialog.location = value
        }
    }
    InspectReturnDialog {
        id: inspectDialog
        viewModel: vm
    }
    AppDialog {
        id: refundDialog
        title: qsTr("Refund for return %1").arg(vm.detail.number || "")
        acceptText: qsTr("Record refund")
        preferredWidth: 560
        notice: vm.error
        onAboutToShow: {
            vm.clearMessages()
            amount.text = ""
            currency.text = "USD"
            refundReference.text = ""
        }
        onOpened: amount.focusField()
        onSubmitted: if (vm.refund(amount.text, currency.text, refundReference.text)) {
            submitSucceeded = true
            close()
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("The payment itself happens outside Tracelot; this records it on the return.")
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.space3
            TextEntry {
                id: amount
                Layout.fillWidth: true
                label: qsTr("Amount")
                mandatory: true
                placeholderText: qsTr("12.50")
            }
            TextEntry {
                id: currency
                Layout.preferredWidth: 100
                label: qsTr("Currency")
                mandatory: true
            }
        }
        TextEntry {
            id: refundReference
            Layout.fillWidth: true
            label: qsTr("Credit note or payment reference")
            mandatory: true
        }
    }
}
