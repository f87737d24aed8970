// Repack or merge lots into a new lot with a new lot code: each input lot (at a
// location) with the quantity used, the new lot's product, quantity and location, and its
// expiry (by default, and at the latest, the earliest input's).
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
    property string kind: "repack"
    property var inputs: []  // [{ lotId, tlc, locationId, code, available, unitText, expiry, quantity }]
    property var found: []
    property string outputProduct
    property string outputLocation

    function inputsOf(choice) {
        const out = []
        for (const s of choice.stock)
            out.push({ lotId: choice.lotId, tlc: choice.tlc, locationId: s.locationId, code: s.code, available: s.quantityText,
                       unitText: choice.unitText, expiry: choice.expiry, quantity: "" })
        return out
    }
    function addLot(lotId) {
        const choice = actions.lotChoice(lotId)
        if (!choice.lotId)
            return
        const more = inputsOf(choice).filter(i => !inputs.some(x => x.lotId === i.lotId && x.locationId === i.locationId))
        inputs = inputs.concat(more.slice(0, 1))
        finder.clear()
        found = []
    }
    function removeInput(index) {
        const copy = inputs.slice()
        copy.splice(index, 1)
        inputs = copy
    }

    title: qsTr("Transform from lot %1").arg(detail.tlc)
    acceptText: kind === "merge" ? qsTr("Merge") : qsTr("Repack")
    acceptEnabled: actions.canTransform
    notice: actions.errorMessage
    preferredWidth: 760

    onAboutToShow: {
        actions.clearError()
        kind = "repack"
        found = []
        finder.clear()
        const start = actions.lotChoice(detail.lotId)
        inputs = start.lotId ? inputsOf(start).slice(0, 1) : []
        outputProduct = detail.productId
        outputLocation = inputs.length > 0 ? inputs[0].locationId : ""
        outputQuantity.text = ""
        expiry.text = ""
    }
    onOpened: {
        const first = inputRows.itemAt(0)
        if (first)
            first.focusQuantity()
    }
    onSubmitted: {
        if (actions.transform(kind, inputs, outputProduct, outputQuantity.text, outputLocation, expiry.text)) {
            submitSucceeded = true
            close()
        }
    }

    ChoiceEntry {
        Layout.fillWidth: true
        label: qsTr("Kind")
        help: dialog.kind === "merge" ? qsTr("Two or more lots become one new lot.") : qsTr("One lot is repacked into a new lot (new lot code).")
        options: dialog.actions.transformKindOptions
        value: dialog.kind
        onChosen: value => dialog.kind = value
    }

    Label {
        text: qsTr("Inputs: the quantity used of each")
        font.pixelSize: Theme.fontLabel
        font.weight: Font.Medium
        color: dialog.actions.errorField === "inputs" ? Theme.danger : Theme.text
    }
    Repeater {
        id: inputRows
        model: dialog.inputs
        RowLayout {
            id: inputRow
            required property var modelData
            required property int index
            function focusQuantity() {
                used.forceActiveFocus()
            }
            Layout.fillWidth: true
            spacing: Theme.space2
            Label {
                Layout.fillWidth: true
                text: qsTr("%1 at %2 (%3 there)").arg(inputRow.modelData.tlc).arg(inputRow.modelData.code).arg(inputRow.modelData.available)
                elide: Text.ElideRight
            }
            TextField {
                id: used
                Layout.preferredWidth: 120
                horizontalAlignment: Text.AlignRight
                placeholderText: inputRow.modelData.unitText
                text: inputRow.modelData.quantity
                Accessible.name: qsTr("Quantity used of lot %1 at %2").arg(inputRow.modelData.tlc).arg(inputRow.modelData.code)
                onTextEdited: dialog.inputs[inputRow.index].quantity = text
            }
            ToolButton {
                contentItem: Icon {
                    name: "close"
                    size: 14
                    color: Theme.textMuted
                }
                Accessible.name: qsTr("Remove input %1").arg(inputRow.modelData.tlc)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Remove this input")
                onClicked: dialog.removeInput(inputRow.index)
            }
        }
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.space2
        SearchField {
            id: finder
            Layout.fillWidth: true
            placeholderText: qsTr("Add an input lot: lot code or product")
            Accessible.name: qsTr("Find a lot to add as input")
            onTextEdited: dialog.found = text.trim().length >= 2 ? dialog.actions.findLots(text) : []
            Keys.onReturnPressed: event => {
                if (dialog.found.length > 0) {
                    dialog.addLot(dialog.found[0].lotId)
                    event.accepted = true
                } else {
                    event.accepted = false
                }
            }
        }
    }
    Repeater {
        model: dialog.found.slice(0, 5)
        ActionButton {
            required property var modelData
            Layout.fillWidth: true
            text: qsTr("Add %1").arg(modelData.label)
            iconName: "plus"
            onClicked: dialog.addLot(modelData.lotId)
        }
    }

    GridLayout {
        Layout.fillWidth: true
        Layout.topMargin: Theme.space2
        columns: 2
        columnSpacing: Theme.space4
        rowSpacing: Theme.space3
        ChoiceEntry {
            Layout.fillWidth: true
            Layout.columnSpan: 2
            label: qsTr("Product of the new lot")
            mandatory: true
            options: dialog.actions.productOptions
            value: dialog.outputProduct
            hasError: dialog.actions.errorField === "outputProduct"
            onChosen: value => dialog.outputProduct = value
        }
        TextEntry {
            id: outputQuantity
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            label: qsTr("Quantity of the new lot")
            mandatory: true
            numeric: true
            hasError: dialog.actions.errorField === "outputQuantity"
        }
        ChoiceEntry {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            label: qsTr("Where the new lot is")
            mandatory: true
            options: dialog.actions.locationOptions
            value: dialog.outputLocation
            hasError: dialog.actions.errorField === "outputLocation"
            onChosen: value => dialog.outputLocation = value
        }
        TextEntry {
            id: expiry
            Layout.fillWidth: true
            Layout.columnSpan: 2
            label: qsTr("Use by of the new lot")
            placeholderText: qsTr("YYYY-MM-DD")
            help: dialog.actions.defaultExpiryText(dialog.inputs)
            hasError: dialog.actions.errorField === "expiry"
        }
    }
}
