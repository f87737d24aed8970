// Physically split part of the lot into a new lot with the same lot code (TLC), e.g. a
// pallet broken up over two locations.
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

    title: qsTr("Split lot %1").arg(detail.tlc)
    acceptText: qsTr("Split")
    acceptEnabled: actions.canMove
    notice: actions.errorMessage
    preferredWidth: 560

    onAboutToShow: {
        actions.clearError()
        location = detail.stock.length > 0 ? detail.stock[0].locationId : ""
        quantity.text = ""
    }
    onOpened: quantity.focusField()
    onSubmitted: {
        if (actions.split(detail.lotId, location, quantity.text)) {
            submitSucceeded = true
            close()
        } else if (actions.errorField === "location") {
            locationField.focusField()
        } else {
            quantity.focusField()
        }
    }

    Label {
        Layout.fillWidth: true
        text: qsTr("The new lot keeps the lot code %1, its dates and its supplier; it starts where the stock is split.").arg(dialog.detail.tlc)
        color: Theme.textMuted
        wrapMode: Text.WordWrap
    }
    ChoiceEntry {
        id: locationField
        Layout.fillWidth: true
        label: qsTr("Where")
        mandatory: true
        options: dialog.detail.stock.map(s => ({ value: s.locationId, label: qsTr("%1 — %2").arg(s.code).arg(s.quantityText) }))
        value: dialog.location
        hasError: dialog.actions.errorField === "location"
        onChosen: value => dialog.location = value
    }
    TextEntry {
        id: quantity
        Layout.fillWidth: true
        label: qsTr("Quantity for the new lot (%1)").arg(dialog.detail.unitText)
        help: qsTr("Less than what is there: splitting off all of it is a move.")
        mandatory: true
        numeric: true
        hasError: dialog.actions.errorField === "quantity"
    }
}
