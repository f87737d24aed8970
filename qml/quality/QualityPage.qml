// Quality & cold chain — the QA inbox: the open holds, oldest first, with their age and
// cause (filter by cause); the hold opened on the right with its record, the signature
// that closed it, the lot's checks, certificates and history; and the QA decisions:
// record a check, sign and release, dispose. Place a hold, and print the holds register.
// The second tab is the cold chain (qml/coldchain): temperatures, excursions, HACCP record.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tracelot
import Tracelot.Models

ColumnLayout {
    id: page

    readonly property var tabKeys: ["holds", "coldchain"]
    function showTab(key) {
        const index = tabKeys.indexOf(key)
        if (index < 0)
            return false
        tabs.currentIndex = index
        return true
    }
    function currentTab() {
        return tabKeys[tabs.currentIndex]
    }

    // "place-hold", "record-check", "define-check", "release", "dispose", "certificate"
    // (on the open hold).
    function openDialog(name) {
        tabs.currentIndex = 0
        const dialogs = { "place-hold": placeHoldDialog, "record-check": checkDialog, "define-check": templateDialog, "release": signDialog,
                          "dispose": disposeDialog }
        if (name === "certificate") {
            if (vm.detail.certificateId.length === 0)
                return false
            openCertificate(vm.detail.lot.lotId, vm.detail.certificateId)
            return true
        }
        const d = dialogs[name]
        if (!d)
            return false
        if (name !== "place-hold" && !vm.detail.exists) {
            if (vm.inbox.count === 0)
                return false
            inbox.currentIndex = 0
            vm.openRow(0)
        }
        d.open()
        return true
    }
    function dialogOpen() {
        return coldChain.dialogOpen() || [templateDialog, placeHoldDialog, checkDialog, signDialog, disposeDialog, certificateDialog].some(d => d.visible)
    }
    function submitDialog() {
        if (coldChain.dialogOpen())
            return coldChain.submitDialog()
        for (const d of [templateDialog, placeHoldDialog, checkDialog, signDialog, disposeDialog, certificateDialog])
            if (d.visible)
                return d.submit()
        return false
    }
    function closeDialogs() {
        coldChain.closeDialogs()
        for (const d of [templateDialog, placeHoldDialog, checkDialog, signDialog, disposeDialog, certificateDialog])
            d.close()
    }
    // After a dialog: the list selects the open hold (none when it has left the inbox).
    function syncSelection() {
        inbox.currentIndex = vm.inbox.rowOf(vm.detail.holdId)
        inbox.forceActiveFocus()
    }
    function openCertificate(lotId, certificateId) {
        certificateDialog.lotId = lotId
        certificateDialog.certificateId = certificateId
        certificateDialog.open()
    }

    spacing: 0
    onVisibleChanged: if (visible && !dialogOpen()) inbox.forceActiveFocus()

    QualityViewModel {
        id: vm
        session: Session
    }
    QualityReports {
        id: reports
        session: Session
    }

    PageHeader {
        title: qsTr("Quality & cold chain")
        subtitle: qsTr("Holds wait here until QA checks the lot and releases it with a signature, or disposes of it.")
        icon: "quality"

        ActionButton {
            text: qsTr("Holds register")
            iconName: "printer"
            onClicked: registerMenu.popup()
            Menu {
                id: registerMenu
                MenuItem {
                    text: qsTr("Print open holds…")
                    onTriggered: reports.printHoldsRegister(true)
                }
                MenuItem {
                    text: qsTr("Open holds as PDF…")
                    onTriggered: reports.saveHoldsRegisterPdfAs(true)
                }
                MenuSeparator {}
                MenuItem {
                    text: qsTr("Print all holds…")
                    onTriggered: reports.printHoldsRegister(false)
                }
                MenuItem {
                    text: qsTr("All holds as PDF…")
                    onTriggered: reports.saveHoldsRegisterPdfAs(false)
                }
            }
        }
        ActionButton {
            text: qsTr("Place hold…")
            iconName: "lock"
            highlighted: true
            enabled: vm.canPlaceHold
            onClicked: placeHoldDialog.open()
        }
    }

    NoticeBanner {
        Layout.fillWidth: true
        Layout.leftMargin: Theme.space6
        Layout.rightMargin: Theme.space6
        Layout.bottomMargin: Theme.space3
        tone: reports.messageIsProblem ? "error" : "success"
        text: reports.message
        dismissable: true
        onDismissed: reports.clearMessage()
    }
    NoticeBanner {
        Layout.fillWidth: true
        Layout.leftMargin: Theme.space6
        Layout.rightMargin: Theme.space6
        Layout.bottomMargin: Theme.space3
        tone: "info"
        text: vm.releaseNote.length > 0 ? qsTr("You can look at the holds. %1 %2").arg(vm.releaseNote).arg(vm.checkNote) : ""
    }

    PageTabs {
        id: tabs
        Layout.fillWidth: true
        Layout.leftMargin: Theme.space6
        Layout.rightMargin: Theme.space6
        Layout.bottomMargin: Theme.space2
        shortcutsEnabled: page.visible
        tabs: [
            { title: qsTr("Holds"), icon: "lock" },
            { title: qsTr("Cold chain"), icon: "thermometer" }
        ]
    }

    StackLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        currentIndex: tabs.currentIndex

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.leftMargin: Theme.space6
            Layout.rightMargin: Theme.space6
            Layout.topMargin: Theme.space1
            Layout.bottomMargin: Theme.space5
            spacing: Theme.space4

            // The inbox.
            ColumnLayout {
                Layout.preferredWidth: 380
                Layout.maximumWidth: 380
                Layout.fillHeight: true
                spacing: Theme.space2

                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.space1
                    Repeater {
                        model: vm.inbox.causes
                        Button {
                            id: chip
                            required property var modelData
                            readonly property bool selected: vm.inbox.causeFilter === modelData.cause
                            text: qsTr("%1 (%2)").arg(modelData.label).arg(modelData.count)
                            font.pixelSize: Theme.fontLabel
                            padding: Theme.space1
                            leftPadding: Theme.space2
                            rightPadding: Theme.space2
                            Accessible.name: qsTr("Show holds: %1").arg(text)
                            onClicked: vm.inbox.causeFilter = modelData.cause
                            contentItem: Label {
                                text: chip.text
                                font: chip.font
                                color: chip.selected ? Theme.primary : Theme.textMuted
                            }
                            background: Rectangle {
                                implicitHeight: 26
                                radius: 13
                                color: chip.selected ? Theme.primarySoft : chip.hovered ? Theme.surfaceAlt : Theme.surface
                                border.color: chip.visualFocus ? Theme.focus : chip.selected ? Theme.primary : Theme.border
                            }
                        }
                    }
                }

                Rectangle {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    color: Theme.surface
                    radius: Theme.radius
                    border.color: inbox.activeFocus ? Theme.focus : Theme.border

                    ListView {
                        id: inbox
                        objectName: "inbox"
                        anchors.fill: parent
                        anchors.margins: 1
                        clip: true
                        model: vm.inbox
                        activeFocusOnTab: true
                        keyNavigationEnabled: true
                        currentIndex: -1
                        boundsBehavior: Flickable.StopAtBounds
                        Accessible.role: Accessible.List
                        Accessible.name: qsTr("Open holds, oldest first")
                        ScrollBar.vertical: ScrollBar {}
                        // The open hold follows the selection, but not while a dialog works on it
                        // (a release removes it from the inbox; the pane keeps showing it, signed).
                        onCurrentIndexChanged: if (currentIndex >= 0 && !page.dialogOpen()) vm.openRow(currentIndex)
                        onCountChanged: if (count > 0 && !vm.detail.exists) currentIndex = 0
                        Component.onCompleted: if (count > 0) currentIndex = 0
                        Keys.onReturnPressed: if (vm.canRelease) signDialog.open()

                        delegate: Rectangle {
                            id: holdRow
                            required property int index
                            required property string holdId
                            required property string number
                            required property string tlc
                            required property string product
                            required property string cause
                            required property string causeText
                            required property string reason
                            required property string age
                            required property int ageHours
                            readonly property bool current: ListView.isCurrentItem

                            width: ListView.view.width
                            height: 76
                            color: current ? Theme.selection : index % 2 ? Theme.surfaceAlt : Theme.surface
                            Accessible.role: Accessible.ListItem
                            Accessible.name: qsTr("Hold %1, %2 old, %3, lot %4, %5").arg(number).arg(age).arg(causeText).arg(tlc).arg(reason)

                            Rectangle {
                                visible: holdRow.current
                                width: 3
                                anchors {
                                    left: parent.left
                                    top: parent.top
                                    bottom: parent.bottom
                                }
                                color: Theme.primary
                            }
                            ColumnLayout {
                                anchors {
                                    fill: parent
                                    leftMargin: Theme.space3
                                    rightMargin: Theme.space3
                                    topMargin: Theme.space2
                                    bottomMargin: Theme.space2
                                }
                                spacing: 2
                                RowLayout {
                                    Layout.fillWidth: true
                                    spacing: Theme.space2
                                    Label {
                                        text: holdRow.number
                                        font.weight: Font.DemiBold
                                    }
                                    Label {
                                        Layout.fillWidth: true
                                        text: holdRow.causeText
                                        color: holdRow.cause === "manual" ? Theme.textMuted : Theme.warning
                                        font.pixelSize: Theme.fontLabel
                                        elide: Text.ElideRight
                                    }
                                    Icon {
                                        name: "clock"
                                        size: 14
                                        color: holdRow.ageHours >= 48 ? Theme.danger : Theme.textMuted
                                    }
                                    Label {
                                        text: holdRow.age
                                        font.weight: Font.DemiBold
                                        color: holdRow.ageHours >= 48 ? Theme.danger : Theme.text
                                    }
                                }
                                Label {
                                    Layout.fillWidth: true
                                    text: qsTr("%1 · %2").arg(holdRow.tlc).arg(holdRow.product)
                                    elide: Text.ElideRight
                                }
                                Label {
                                    Layout.fillWidth: true
                                    text: holdRow.reason
                                    color: Theme.textMuted
                                    font.pixelSize: Theme.fontLabel
                                    elide: Text.ElideRight
                                }
                            }
                            TapHandler {
                                onTapped: {
                                    inbox.currentIndex = holdRow.index
                                    inbox.forceActiveFocus()
                                }
                            }
                        }

                        EmptyState {
                            anchors.centerIn: parent
                            width: parent.width - 2 * Theme.space4
                            visible: inbox.count === 0
                            icon: "check"
                            title: qsTr("No open holds")
                            message: vm.inbox.causeFilter.length > 0 ? qsTr("None with this cause.") : qsTr("Everything on hand may be sold.")
                        }
                    }
                }
            }

            HoldDetailPane {
                Layout.fillWidth: true
                Layout.fillHeight: true
                viewModel: vm
                onCheckRequested: checkDialog.open()
                onDefineCheckRequested: templateDialog.open()
                onReleaseRequested: signDialog.open()
                onDisposeRequested: disposeDialog.open()
                onCertificateRequested: (lotId, certificateId) => page.openCertificate(lotId, certificateId)
            }
        }

        Item {
            ColdChainPanel {
                id: coldChain
                anchors.fill: parent
                anchors.leftMargin: Theme.space6
                anchors.rightMargin: Theme.space6
                anchors.bottomMargin: Theme.space5
            }
        }
    }

    PlaceHoldDialog {
        id: placeHoldDialog
        onPlaced: holdId => {
            vm.inbox.causeFilter = ""
            const row = vm.inbox.rowOf(holdId)
            if (row >= 0)
                inbox.currentIndex = row
            vm.openHold(holdId)
        }
    }
    RecordCheckDialog {
        id: checkDialog
        viewModel: vm
        onClosed: if (!templateDialog.visible) page.syncSelection()
        onDefineRequested: templateDialog.open()
    }
    CheckTemplateDialog {
        id: templateDialog
        productId: vm.detail.lot.productId
        // Back in the check form (when it was open), the new criteria are there.
        onDefined: if (checkDialog.visible) vm.beginCheck()
        onClosed: if (!checkDialog.visible) page.syncSelection()
    }
    SignReleaseDialog {
        id: signDialog
        viewModel: vm
        onCertificateRequested: (lotId, certificateId) => page.openCertificate(lotId, certificateId)
        onClosed: page.syncSelection()
    }
    DisposeDialog {
        id: disposeDialog
        viewModel: vm
        onClosed: page.syncSelection()
    }
    CertificateDialog {
        id: certificateDialog
    }
}
