// Request a return: the delivered order, the reason from the list, and per delivered lot
// the quantity coming back (at most what was delivered minus what earlier returns claim).
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tracelot
import Tracelot.Models

AppDialog {
    id: dialog

    required property ReturnsViewModel viewModel
    property string orderId
    property string reason: "damaged"
    property var lots: []
    property var quantities: ({})
    signal requested

    title: qsTr("Request a return")
    acceptText: qsTr("Request")
    preferredWidth: 680
    notice: viewModel.error
    onAboutToShow: {
        viewModel.clearMessages()
        orderId = ""
        reason = "damaged"
        lots = []
        quantities = {}
        returnNote.text = ""
    }
    onOpened: orderChoice.focusField()
    onSubmitted: {
        const lines = lots.map(l => ({ lotId: l.lotId, quantity: parseInt(quantities[l.lotId] || "0") }))
        if (viewModel.request(orderId, reason, returnNote.text, lines)) {
            submitSucceeded = true
            requested()
            close()
        }
    }

    ChoiceEntry {
        id: orderChoice
        Layout.fillWidth: true
        label: qsTr("Delivered order")
        mandatory: true
        options: [{ value: "", label: qsTr("Choose the order…") }].concat(dialog.viewModel.deliveredOrders)
        value: dialog.orderId
        onChosen: value => {
            dialog.orderId = value
            dialog.lots = dialog.viewModel.deliveredLots(value)
            dialog.quantities = {}
        }
    }
    ChoiceEntry {
        Layout.fillWidth: true
        label: qsTr("Reason")
        mandatory: true
        options: dialog.viewModel.reasonOptions
        value: dialog.reason
        onChosen: value => dialog.reason = value
    }
    Repeater {
        model: dialog.lots
        TextEntry {
            required property var modelData
            Layout.fillWidth: true
            label: qsTr("Lot %1 · %2 — %3 of %4 %5 may come back").arg(modelData.tlc).arg(modelData.product).arg(modelData.returnable).arg(modelData.delivered).arg(modelData.unit)
            numeric: true
            placeholderText: "0"
            onEdited: text => {
                const q = Object.assign({}, dialog.quantities)
                q[modelData.lotId] = text
                dialog.quantities = q
            }
        }
    }
    TextEntry {
        id: returnNote
        Layout.fillWidth: true
        label: qsTr("Note")
    }
}
