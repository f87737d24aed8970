// Write off a quantity of the lot as waste, with the reason (expired, damaged,
// temperature, recall, other — "other" needs a note).
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
    property string location
    property string reason

    function quantityAt(locationId) {
        const s = detail.stock.find(x => x.locationId === locationId)
        return s ? String(s.quantity) : ""
    }

    title: qsTr("Write off from lot %1").arg(detail.tlc)
    acceptText: qsTr("Record waste")
    acceptEnabled: actions.canMove
    notice: actions.errorMessage
    preferredWidth: 560

    onAboutToShow: {
        actions.clearError()
        location = detail.stock.length > 0 ? detail.stock[0].locationId : ""
        reason = detail.status === "expired" ? "expired" : ""
        quantity.text = quantityAt(location)
        note.text = ""
    }
    onOpened: quantity.focusField()
    onSubmitted: {
        if (actions.waste(detail.lotId, location, quantity.text, reason, note.text)) {
            submitSucceeded = true
            close()
        } else {
            const fields = { "quantity": quantity, "location": locationField, "reason": reasonField, "note": note }
            if (fields[actions.errorField])
                fields[actions.errorField].focusField()
        }
    }

    ChoiceEntry {
        id: locationField
        Layout.fillWidth: true
        label: qsTr("Where")
        mandatory: true
        options: dialog.detail.stock.map(s => ({ value: s.locationId, label: qsTr("%1 — %2").arg(s.code).arg(s.quantityText) }))
        value: dialog.location
        hasError: dialog.actions.errorField === "location"
        onChosen: value => {
            dialog.location = value
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
        id: reasonField
        Layout.fillWidth: true
        label: qsTr("Reason")
        mandatory: true
        options: dialog.actions.wasteReasonOptions
        value: dialog.reason
        hasError: dialog.actions.errorField === "reason"
        onChosen: value => dialog.reason = value
    }
    TextEntry {
        id: note
        Layout.fillWidth: true
        label: qsTr("Note")
        help: qsTr("Required for “Other”.")
        hasError: dialog.actions.errorField === "note"
    }
}
