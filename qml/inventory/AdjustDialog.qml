// Record a count of the lot at a location: the quantity counted and why it differs; the
// difference is booked as an adjustment.
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
    property string reason: "count"

    function quantityAt(locationId) {
        const s = detail.stock.find(x => x.locationId === locationId)
        return s ? s.quantityText : qsTr("nothing")
    }

    title: qsTr("Count lot %1").arg(detail.tlc)
    acceptText: qsTr("Record count")
    acceptEnabled: actions.canMove
    notice: actions.errorMessage
    preferredWidth: 560

    onAboutToShow: {
        actions.clearError()
        location = detail.stock.length > 0 ? detail.stock[0].locationId : ""
        reason = "count"
        counted.text = ""
        note.text = ""
    }
    onOpened: counted.focusField()
    onSubmitted: {
        if (actions.adjust(detail.lotId, location, counted.text, reason, note.text)) {
            submitSucceeded = true
            close()
        } else {
            const fields = { "counted": counted, "location": locationField, "reason": reasonField }
            if (fields[actions.errorField])
                fields[actions.errorField].focusField()
        }
    }

    ChoiceEntry {
        id: locationField
        Layout.fillWidth: true
        label: qsTr("Where you counted")
        mandatory: true
        options: dialog.actions.locationOptions
        value: dialog.location
        hasError: dialog.actions.errorField === "location"
        onChosen: value => dialog.location = value
    }
    TextEntry {
        id: counted
        Layout.fillWidth: true
        label: qsTr("Counted (%1)").arg(dialog.detail.unitText)
        help: qsTr("The books say %1 here.").arg(dialog.quantityAt(dialog.location))
        mandatory: true
        numeric: true
        hasError: dialog.actions.errorField === "counted"
    }
    ChoiceEntry {
        id: reasonField
        Layout.fillWidth: true
        label: qsTr("Reason")
        mandatory: true
        options: dialog.actions.adjustReasonOptions
        value: dialog.reason
        hasError: dialog.actions.errorField === "reason"
        onChosen: value => dialog.reason = value
    }
    TextEntry {
        id: note
        Layout.fillWidth: true
        label: qsTr("Note")
    }
}
