// Place an order: the customer, the lines (product and quantity in its base unit), the
// requested ship date and the customer's PO. The core checks everything (unknown or
// retired customer, empty order, ship date in the past) and its refusal shows here.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tracelot
import Tracelot.Models

AppDialog {
    id: dialog

    required property OrdersViewModel viewModel
    property string customer
    property var lines: [{ product: "", quantity: "" }]
    signal placed(string orderId)

    function setLine(index, key, value) {
        const copy = lines.slice()
        copy[index] = Object.assign({}, copy[index])
        copy[index][key] = value
        lines = copy
    }

    title: qsTr("New order")
    acceptText: qsTr("Place order")
    preferredWidth: 680
    notice: viewModel.error
    onAboutToShow: {
        viewModel.clearMessages()
        customer = ""
        lines = [{ product: "", quantity: "" }]
        shipDate.text = ""
        reference.text = ""
    }
    onOpened: customerChoice.focusField()
    onSubmitted: {
        const out = lines.filter(l => l.product.length > 0).map(l => ({ product: l.product, quantity: parseInt(l.quantity || "0") }))
        if (viewModel.place(customer, out, shipDate.text, reference.text)) {
            submitSucceeded = true
            placed(viewModel.orderId)
            close()
        }
    }

    ChoiceEntry {
        id: customerChoice
        objectName: "orderCustomer"
        Layout.fillWidth: true
        label: qsTr("Customer")
        mandatory: true
        options: [{ value: "", label: qsTr("Choose the customer…") }].concat(dialog.viewModel.customerOptions.map(c => ({ value: c.code, label: c.label })))
        value: dialog.customer
        onChosen: value => dialog.customer = value
    }
    Repeater {
        model: dialog.lines
        RowLayout {
            id: lineRow
            required property int index
            required property var modelData
            Layout.fillWidth: true
            spacing: Theme.space3
            ChoiceEntry {
                Layout.fillWidth: true
                label: qsTr("Product, line %1").arg(lineRow.index + 1)
                options: [{ value: "", label: qsTr("Choose a product…") }].concat(dialog.viewModel.productOptions.map(p => ({ value: p.code, label: p.label })))
                value: lineRow.modelData.product
                onChosen: value => dialog.setLine(lineRow.index, "product", value)
            }
            TextEntry {
                Layout.preferredWidth: 120
                label: qsTr("Quantity")
                numeric: true
                text: lineRow.modelData.quantity
                onEdited: text => dialog.setLine(lineRow.index, "quantity", text)
            }
        }
    }
    ActionButton {
        text: qsTr("Add a line")
        iconName: "plus"
        onClicked: dialog.lines = dialog.lines.concat([{ product: "", quantity: "" }])
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.space3
        TextEntry {
            id: shipDate
            Layout.fillWidth: true
            label: qsTr("Requested ship date")
            placeholderText: qsTr("YYYY-MM-DD (empty: today)")
        }
        TextEntry {
            id: reference
            Layout.fillWidth: true
            label: qsTr("Customer PO")
        }
    }
}
