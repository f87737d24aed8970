// Move a quantity of the lot from one location to another (put-away, replenishment, to
// quarantine). The core refuses what breaks a rule — capacity, held or expired stock
// outside quarantine — and the refusal stays here, with the field marked.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tracelot
import Tracelot.Models

AppDialog {
    id: dialog

    required property LotActions actions
    required property LotDetail detail
    property string from
    property string to

    function stockOptions() {
        return detail.stock.map(s => ({ value: s.locationId, label: qsTr("%1 — %2").arg(s.code).arg(s.quantityText), quantity: s.quantity }))
    }
    function quantityAt(locationId) {
        const s = detail.stock.find(x => x.locationId === locationId)
        return s ? String(s.quantity) : ""
    }

    title: qsTr("Move lot %1").arg(detail.tlc)
    acceptText: qsTr("Move")
    acceptEnabled: actions.canMove
    notice: actions.errorMessage
    preferredWidth: 560

    onAboutToShow: {
        actions.clearError()
        from = detail.stock.length > 0 ? detail.stock[0].locationId : ""
        to = ""
        quantity.text = quantityAt(from)
    }
    onOpened: quantity.focusField()
    onSubmitted: {
        if (actions.move(detail.lotId, from, to, quantity.text)) {
            submitSucceeded = true
            close()
        } else {
            const fields = { "quantity": quantity, "from": fromField, "to": toField }
            if (fields[actions.errorField])
                fields[actions.errorField].focusField()
        }
    }

    ChoiceEntry {
        id: fromField
        Layout.fillWidth: true
        label: qsTr("From")
        mandatory: true
        options: dialog.stockOptions()
        value: dialog.from
        hasError: dialog.actions.errorField === "from"
        onChosen: value => {
            dialog.from = value
            quantity.text = dialog.quantityAt(value)
        }
    }
    TextEntry {
        id: quantity
        Layout.fillWidth: true
        label: qsTr("Quantity (%1)").arg(dialog.detail.unitText)
        mandatory: true
        numeric: true
        hasError: dialog.actions.errorField === "quantity"
    }
    ChoiceEntry {
        id: toField
        Layout.fillWidth: true
        label: qsTr("To")
        help: qsTr("Held or expired stock may only go to a quarantine location.")
        mandatory: true
        options: dialog.actions.locationOptions.filter(o => o.value !== dialog.from)
        value: dialog.to
        hasError: dialog.actions.errorField === "to"
        onChosen: value => dialog.to = value
    }
}
