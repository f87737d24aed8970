// A certificate of release on screen — the same text the PDF and the paper carry, with
// the QA signature — and its print and PDF actions.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tracelot
import Tracelot.Models

AppDialog {
    id: dialog

    property string lotId
    property string certificateId

    title: qsTr("Certificate of release %1").arg(reports.certificateNumber(lotId, certificateId))
    acceptText: qsTr("Print…")
    notice: reports.message
    noticeTone: reports.messageIsProblem ? "error" : "success"
    preferredWidth: 760

    onAboutToShow: reports.clearMessage()
    onSubmitted: {
        submitSucceeded = reports.printCertificate(lotId, certificateId)
    }

    leftActions: [
        ActionButton {
            text: qsTr("Save as PDF…")
            iconName: "file"
            onClicked: reports.saveCertificatePdfAs(dialog.lotId, dialog.certificateId)
        }
    ]

    QualityReports {
        id: reports
        session: Session
    }

    Rectangle {
        Layout.fillWidth: true
        implicitHeight: document.implicitHeight + 2 * Theme.space5
        color: "#ffffff"
        border.color: Theme.border
        radius: Theme.radius
        Text {
            id: document
            anchors {
                left: parent.left
                right: parent.right
                top: parent.top
                margins: Theme.space5
            }
            textFormat: Text.RichText
            wrapMode: Text.Wrap
            text: dialog.visible ? reports.certificateHtml(dialog.lotId, dialog.certificateId) : ""
            Accessible.role: Accessible.Document
            Accessible.name: dialog.title
        }
    }
}
