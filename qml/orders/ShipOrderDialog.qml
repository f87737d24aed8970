// Ship the open order: carrier, tracking number and the reference document (bill of lading
// or invoice number) FSMA 204 wants with every shipped lot. After shipping, the packing slip
// prints or is saved as PDF from here.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tracelot
import Tracelot.Models

AppDialog {
    id: dialog

    required property OrdersViewModel viewModel
    property string documentType: "bill_of_lading"
    property bool shipped: false

    title: qsTr("Ship order %1").arg(viewModel.detail.number || "")
    acceptText: shipped ? qsTr("Done") : qsTr("Ship")
    preferredWidth: 600
    notice: shipped ? viewModel.notice : viewModel.error
    noticeTone: shipped ? "success" : "error"
    onAboutToShow: {
        viewModel.clearMessages()
        shipped = false
        carrier.text = ""
        tracking.text = ""
        documentNumber.text = ""
        documentType = "bill_of_lading"
    }
    onOpened: carrier.focusField()
    onSubmitted: {
        if (shipped) {
            submitSucceeded = true
            close()
        } else if (viewModel.ship(carrier.text, tracking.text, documentType, documentNumber.text)) {
            submitSucceeded = true
            shipped = true
        }
    }
    leftActions: [
        ActionButton {
            visible: dialog.shipped
            text: qsTr("Print packing slip…")
            iconName: "printer"
            onClicked: dialog.viewModel.printPackingSlip()
        },
        ActionButton {
            visible: dialog.shipped
            text: qsTr("Packing slip as PDF…")
            iconName: "file"
            onClicked: dialog.viewModel.savePackingSlipPdfAs()
        }
    ]

    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: qsTr("Every picked lot leaves the stock; the shipment records each lot's TLC, quantity, ship-from and ship-to for FSMA 204.")
    }
    TextEntry {
        id: carrier
        objectName: "shipCarrier"
        Layout.fillWidth: true
        label: qsTr("Carrier")
        mandatory: true
        readOnly: dialog.shipped
    }
    TextEntry {
        id: tracking
        Layout.fillWidth: true
        label: qsTr("Tracking number")
        mandatory: true
        monospace: true
        readOnly: dialog.shipped
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.space3
        ChoiceEntry {
            Layout.preferredWidth: 220
            label: qsTr("Reference document")
            options: dialog.viewModel.documentTypeOptions.map(o => ({ value: o.key, label: o.label }))
            value: dialog.documentType
            onChosen: value => dialog.documentType = value
        }
        TextEntry {
            id: documentNumber
            Layout.fillWidth: true
            label: qsTr("Its number")
            mandatory: true
            readOnly: dialog.shipped
        }
    }
}
