// Place a hold: the lot (given, or found by lot code or product), optionally one
// location and a quantity there, and the reason people will read on the holds register.
// Held stock can no longer be allocated, picked or shipped.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tracelot
import Tracelot.Models

AppDialog {
    id: dialog

    property string lotId
    readonly property alias form: form
    property var found: []
    property string location
    signal placed(string holdId)

    title: qsTr("Place a hold")
    acceptText: qsTr("Place hold")
    acceptEnabled: form.canPlace
    notice: form.errorMessage.length > 0 ? form.errorMessage : form.permissionNote
    noticeTone: form.errorMessage.length > 0 ? "error" : "info"
    preferredWidth: 600

    onAboutToShow: {
        form.start(lotId)
        found = []
        finder.clear()
        location = ""
        quantity.text = ""
        reason.text = ""
    }
    onOpened: {
        if (form.lot.lotId)
            reason.focusField()
        else
            finder.forceActiveFocus()
    }
    onSubmitted: {
        if (form.place(location, quantity.text, reason.text)) {
            submitSucceeded = true
            placed(form.placedHoldId)
            close()
        } else if (form.errorField === "reason") {
            reason.focusField()
        } else if (form.errorField === "quantity") {
            quantity.focusField()
        } else if (form.errorField === "lot") {
            finder.forceActiveFocus()
        }
    }

    PlaceHoldForm {
        id: form
        session: Session
    }

    FormFieldRow {
        Layout.fillWidth: true
        label: qsTr("Lot")
        mandatory: true
        hasError: form.errorField === "lot"
        help: form.lot.lotId ? qsTr("%1 · use by %2").arg(form.lot.productName).arg(form.lot.expiry || "—") : qsTr("Type a lot code or product and choose the lot.")
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.space2
            Label {
                visible: form.lot.lotId !== undefined
                text: form.lot.tlc || ""
                font.family: Theme.monoFamily
                font.weight: Font.DemiBold
            }
            SearchField {
                id: finder
                Layout.fillWidth: true
                placeholderText: form.lot.lotId ? qsTr("Choose another lot…") : qsTr("Lot code or product")
                Accessible.name: qsTr("Find the lot to hold")
                onTextEdited: dialog.found = text.trim().length >= 2 ? form.findLots(text) : []
                Keys.onReturnPressed: event => {
                    if (dialog.found.length > 0) {
                        form.chooseLot(dialog.found[0].lotId)
                        dialog.found = []
                        finder.clear()
                        reason.focusField()
                        event.accepted = true
                    } else {
                        event.accepted = false
                    }
                }
            }
        }
    }
    Repeater {
        model: dialog.found.slice(0, 5)
        ActionButton {
            required property var modelData
            Layout.fillWidth: true
            text: modelData.label
            onClicked: {
                form.chooseLot(modelData.lotId)
                dialog.found = []
                finder.clear()
                reason.focusField()
            }
        }
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.space4
        ChoiceEntry {
            Layout.fillWidth: true
            Layout.preferredWidth: 2
            label: qsTr("Where")
            options: [{ value: "", label: qsTr("The whole lot, everywhere") }].concat(
                         (form.lot.stock || []).map(s => ({ value: s.locationId, label: qsTr("%1 — %2").arg(s.code).arg(s.quantityText) })))
            value: dialog.location
            hasError: form.errorField === "location"
            onChosen: value => dialog.location = value
        }
        TextEntry {
            id: quantity
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            label: qsTr("Quantity")
            placeholderText: qsTr("all")
            numeric: true
            readOnly: dialog.location.length === 0
            hasError: form.errorField === "quantity"
        }
    }
    TextEntry {
        id: reason
        Layout.fillWidth: true
        label: qsTr("Reason")
        help: qsTr("In words people will read on the holds register.")
        mandatory: true
        hasError: form.errorField === "reason"
    }
}
