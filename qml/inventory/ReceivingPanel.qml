// Receiving at the dock, keyboard only: the scan field has the focus; a scan fills
// product, lot code, dates and quantity at once and moves to the quantity; Enter
// receives (ReceiveLot) and comes back to the scan field for the next case. An unknown
// GTIN offers the catalog's product form with the GTIN filled in. The core's refusal
// shows in place, next to its field, with everything kept. On the right: the lot just
// received (its lot code, whether it went on QC hold) with its labels, and the lots
// received in this session.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tracelot
import Tracelot.Models

Item {
    id: panel

    readonly property alias form: form
    readonly property bool dialogVisible: productDialog.visible

    function focusScan() {
        scanField.forceActiveFocus()
        scanField.selectAll()
    }
    function scan(text) {
        const ok = form.scan(text)
        if (ok) {
            scanField.clear()
            if (form.unknownGtin)
                defineButton.forceActiveFocus()
            else
                quantity.focusField()
        } else {
            scanField.selectAll()
        }
        return ok
    }
    function receive() {
        if (form.receive()) {
            focusScan()
            return true
        }
        focusError()
        return false
    }
    function focusError() {
        const fields = {
            "product": product, "quantity": quantity, "tlc": tlc, "expiry": expiry, "bestBefore": bestBefore,
            "productionDate": productionDate, "temperature": temperature, "supplier": supplier, "location": location,
            "referenceNumber": referenceNumber
        }
        const field = fields[form.errorField]
        if (field)
            field.focusField()
    }
    function defineProduct() {
        form.prepareNewProduct()
        productDialog.open()
    }
    function closeDialogs() {
        productDialog.close()
    }

    onVisibleChanged: if (visible && !productDialog.visible) focusScan()

    ReceivingForm {
        id: form
        session: Session
    }

    RowLayout {
        anchors {
            fill: parent
            leftMargin: Theme.space6
            rightMargin: Theme.space6
            topMargin: Theme.space4
            bottomMargin: Theme.space5
        }
        spacing: Theme.space4

        // The scan and the form.
        ScrollView {
            id: formScroll
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            clip: true

            ColumnLayout {
                width: formScroll.availableWidth
                spacing: Theme.space3

                NoticeBanner {
                    Layout.fillWidth: true
                    tone: "info"
                    text: form.permissionNote
                }

                Rectangle {
                    Layout.fillWidth: true
                    implicitHeight: scanColumn.implicitHeight + 2 * Theme.space4
                    color: Theme.surface
                    radius: Theme.radius
                    border.color: Theme.border

                    ColumnLayout {
                        id: scanColumn
                        anchors {
                            fill: parent
                            margins: Theme.space4
                        }
                        spacing: Theme.space2

                        Label {
                            text: qsTr("Scan the case label")
                            font.pixelSize: Theme.fontTitle
                            font.weight: Font.DemiBold
                        }
                        ScanField {
                            id: scanField
                            objectName: "scanField"
                            Layout.fillWidth: true
                            placeholderText: qsTr("Scan a GS1 barcode, or type it and press Enter")
                            hasError: form.scanError.length > 0 && !form.unknownGtin
                            Accessible.name: qsTr("Barcode scan")
                            Accessible.description: qsTr("A scan fills product, lot code, dates and quantity")
                            onScanned: text => panel.scan(text)
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: form.scanHri.length > 0
                            text: qsTr("Read: %1").arg(form.scanHri)
                            font.family: Theme.monoFamily
                            font.pixelSize: Theme.fontLabel
                            color: Theme.textMuted
                            elide: Text.ElideRight
                        }
                        NoticeBanner {
                            Layout.fillWidth: true
                            text: form.scanError
                            tone: form.unknownGtin ? "warning" : "error"
                        }
                        RowLayout {
                            visible: form.unknownGtin
                            spacing: Theme.space2
                            ActionButton {
                                id: defineButton
                                text: qsTr("Define the product…")
                                iconName: "plus"
                                highlighted: true
                                enabled: form.canDefineProduct
                                onClicked: panel.defineProduct()
                                Keys.onReturnPressed: panel.defineProduct()
                                Keys.onEnterPressed: panel.defineProduct()
                            }
                            Label {
                                visible: !form.canDefineProduct
                                text: qsTr("Ask a warehouse manager to add it to the catalog.")
                                color: Theme.textMuted
                                font.pixelSize: Theme.fontLabel
                            }
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: form.scanHri.length === 0 && form.scanError.length === 0
                            text: qsTr("The scanner's group separator is kept (shown as <GS>). Without a scanner, type the human-readable form, e.g. (01)…(17)…(10)….")
                            color: Theme.textFaint
                            font.pixelSize: Theme.fontSmall
                            wrapMode: Text.WordWrap
                        }
                    }
                }

                NoticeBanner {
                    Layout.fillWidth: true
                    text: form.errorMessage
                }

                GridLayout {
                    id: grid
                    Layout.fillWidth: true
                    columns: width > 620 ? 3 : 2
                    columnSpacing: Theme.space4
                    rowSpacing: Theme.space3

                    Keys.onReturnPressed: panel.receive()
                    Keys.onEnterPressed: panel.receive()

                    ChoiceEntry {
                        id: product
                        Layout.fillWidth: true
                        Layout.columnSpan: grid.columns - 1
                        Layout.preferredWidth: 2
                        label: qsTr("Product")
                        mandatory: true
                        options: form.productOptions
                        value: form.productId
                        hasError: form.errorField === "product"
                        onChosen: value => form.productId = value
                    }
                    TextEntry {
                        id: quantity
                        objectName: "quantity"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        label: form.productUnit.length > 0 ? qsTr("Quantity (%1)").arg(form.productUnit) : qsTr("Quantity")
                        help: form.quantityHint
                        mandatory: true
                        numeric: true
                        text: form.quantity
                        hasError: form.errorField === "quantity"
                        onEdited: text => form.quantity = text
                    }
                    TextEntry {
                        id: tlc
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        label: qsTr("Lot code (TLC)")
                        placeholderText: qsTr("empty: Tracelot assigns one")
                        text: form.tlc
                        monospace: true
                        hasError: form.errorField === "tlc"
                        onEdited: text => form.tlc = text
                    }
                    TextEntry {
                        id: expiry
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        label: qsTr("Use by")
                        placeholderText: qsTr("YYYY-MM-DD")
                        text: form.expiry
                        hasError: form.errorField === "expiry"
                        onEdited: text => form.expiry = text
                    }
                    TextEntry {
                        id: bestBefore
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        label: qsTr("Best before")
                        placeholderText: qsTr("YYYY-MM-DD")
                        text: form.bestBefore
                        hasError: form.errorField === "bestBefore"
                        onEdited: text => form.bestBefore = text
                    }
                    TextEntry {
                        id: productionDate
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        label: qsTr("Production date")
                        placeholderText: qsTr("YYYY-MM-DD")
                        text: form.productionDate
                        hasError: form.errorField === "productionDate"
                        onEdited: text => form.productionDate = text
                    }
                    ChoiceEntry {
                        id: supplier
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        label: qsTr("Supplier")
                        mandatory: true
                        options: form.supplierOptions
                        value: form.supplierId
                        hasError: form.errorField === "supplier"
                        onChosen: value => form.supplierId = value
                    }
                    ChoiceEntry {
                        id: location
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        label: qsTr("Received at")
                        mandatory: true
                        options: form.locationOptions
                        value: form.locationId
                        hasError: form.errorField === "location"
                        onChosen: value => form.locationId = value
                    }
                    TextEntry {
                        id: temperature
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        label: qsTr("Temperature at receipt (°C)")
                        numeric: true
                        text: form.temperature
                        hasError: form.errorField === "temperature"
                        onEdited: text => form.temperature = text
                    }
                    ChoiceEntry {
                        id: referenceType
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        label: qsTr("Reference document")
                        mandatory: true
                        options: form.referenceTypeOptions
                        value: form.referenceType
                        onChosen: value => form.referenceType = value
                    }
                    TextEntry {
                        id: referenceNumber
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        label: qsTr("Document number")
                        mandatory: true
                        text: form.referenceNumber
                        hasError: form.errorField === "referenceNumber"
                        onEdited: text => form.referenceNumber = text
                    }
                }

                RowLayout {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.space1
                    spacing: Theme.space2
                    ActionButton {
                        text: qsTr("Receive")
                        iconName: "check"
                        highlighted: true
                        enabled: form.canReceive
                        onClicked: panel.receive()
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("Enter in any field")
                    }
                    ActionButton {
                        text: qsTr("Clear")
                        onClicked: {
                            form.clearItem()
                            panel.focusScan()
                        }
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("Empties product, lot, dates and quantity; keeps supplier, location and document")
                    }
                    Item {
                        Layout.fillWidth: true
                    }
                    Label {
                        text: qsTr("* required · Enter receives")
                        color: Theme.textFaint
                        font.pixelSize: Theme.fontSmall
                    }
                }
            }
        }

        // What was just received, its labels, and this session's receipts.
        ColumnLayout {
            Layout.preferredWidth: 340
            Layout.maximumWidth: 340
            Layout.fillHeight: true
            spacing: Theme.space3

            Rectangle {
                Layout.fillWidth: true
                implicitHeight: lastColumn.implicitHeight + 2 * Theme.space4
                color: Theme.surface
                radius: Theme.radius
                border.color: Theme.border

                ColumnLayout {
                    id: lastColumn
                    readonly property var receipt: form.lastReceipt
                    readonly property bool any: receipt.lotId !== undefined
                    anchors {
                        fill: parent
                        margins: Theme.space4
                    }
                    spacing: Theme.space2

                    Label {
                        text: qsTr("Just received")
                        font.pixelSize: Theme.fontTitle
                        font.weight: Font.DemiBold
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: !lastColumn.any
                        text: qsTr("Nothing yet in this session. The lot you receive shows here with its labels.")
                        color: Theme.textMuted
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: lastColumn.any
                        text: lastColumn.receipt.tlc || ""
                        font.family: Theme.monoFamily
                        font.pixelSize: Theme.fontHeadline
                        font.weight: Font.DemiBold
                        elide: Text.ElideRight
                        Accessible.name: qsTr("Lot code %1").arg(text)
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: lastColumn.any
                        text: lastColumn.receipt.tlcAssigned ? qsTr("Lot code assigned by Tracelot (the supplier gave none)")
                                                             : qsTr("The supplier's lot code, kept as received")
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontLabel
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: lastColumn.any
                        text: qsTr("%1 · %2 at %3").arg(lastColumn.receipt.productName || "").arg(lastColumn.receipt.quantityText || "").arg(lastColumn.receipt.locationCode || "")
                        wrapMode: Text.WordWrap
                    }
                    NoticeBanner {
                        Layout.fillWidth: true
                        tone: lastColumn.receipt.held ? "warning" : "success"
                        text: !lastColumn.any ? "" : lastColumn.receipt.held
                              ? qsTr("On QC hold %1: QA checks and releases it before it can be shipped.").arg(lastColumn.receipt.holdNumber)
                              : qsTr("Available: no quality hold.")
                    }
                    ChoiceEntry {
                        id: labelSize
                        Layout.fillWidth: true
                        visible: lastColumn.any
                        label: qsTr("Label")
                        options: [{ value: "case", label: qsTr("Case label, 4 × 6 in") }, { value: "lot", label: qsTr("Lot label, 100 × 50 mm") }]
                        value: "case"
                        onChosen: v => value = v
                    }
                    RowLayout {
                        visible: lastColumn.any
                        spacing: Theme.space2
                        ActionButton {
                            text: qsTr("Print labels…")
                            iconName: "printer"
                            onClicked: form.printLabels(labelSize.value)
                        }
                        ActionButton {
                            text: qsTr("Save as PDF…")
                            iconName: "file"
                            onClicked: form.saveLabelsPdfAs(labelSize.value)
                        }
                    }
                    NoticeBanner {
                        Layout.fillWidth: true
                        text: form.labelMessage
                        tone: form.labelMessageIsProblem ? "error" : "success"
                    }
                }
            }

            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                color: Theme.surface
                radius: Theme.radius
                border.color: Theme.border

                ColumnLayout {
                    anchors {
                        fill: parent
                        margins: Theme.space4
                    }
                    spacing: Theme.space2

                    Label {
                        text: qsTr("Received in this session (%1)").arg(form.receipts.length)
                        font.weight: Font.DemiBold
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: form.receipts.length === 0
                        text: qsTr("Each lot you receive is listed here, newest first.")
                        color: Theme.textFaint
                        font.pixelSize: Theme.fontLabel
                        wrapMode: Text.WordWrap
                    }
                    ListView {
                        id: recent
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        clip: true
                        model: form.receipts
                        spacing: Theme.space1
                        boundsBehavior: Flickable.StopAtBounds
                        Accessible.role: Accessible.List
                        Accessible.name: qsTr("Lots received in this session")
                        delegate: RowLayout {
                            id: receiptRow
                            required property var modelData
                            width: ListView.view.width
                            spacing: Theme.space2
                            Label {
                                text: receiptRow.modelData.time
                                color: Theme.textFaint
                                font.pixelSize: Theme.fontSmall
                            }
                            Label {
                                Layout.fillWidth: true
                                text: qsTr("%1 · %2").arg(receiptRow.modelData.tlc).arg(receiptRow.modelData.quantityText)
                                elide: Text.ElideRight
                                font.pixelSize: Theme.fontLabel
                            }
                            Label {
                                visible: receiptRow.modelData.held === true
                                text: receiptRow.modelData.holdNumber || ""
                                color: Theme.warning
                                font.pixelSize: Theme.fontSmall
                                font.weight: Font.DemiBold
                            }
                        }
                    }
                }
            }
        }
    }

    CatalogEditorDialog {
        id: productDialog
        editor: form.productEditor
        canEdit: form.canDefineProduct
        onSaved: recordId => {
            form.productDefined(recordId)
            quantity.focusField()
        }
        onRejected: panel.focusScan()
    }
}
