// A lot's or hold's status as a small coloured pill: available / released (green),
// held / quarantine / open (amber), expired / disposed (red), empty (grey).
import QtQuick
import QtQuick.Controls
import Tracelot

Rectangle {
    id: pill

    property string status
    property alias text: label.text
    readonly property string tone: {
        switch (status) {
        case "available":
        case "released":
            return "success"
        case "held":
        case "quarantine":
        case "open":
            return "warning"
        case "expired":
        case "disposed":
            return "error"
        default:
            return ""
        }
    }

    implicitWidth: label.implicitWidth + 2 * Theme.space2
    implicitHeight: 22
    radius: 11
    color: tone.length > 0 ? Theme.toneSoft(tone) : Theme.surfaceSunken
    Accessible.role: Accessible.StaticText
    Accessible.name: label.text

    Label {
        id: label
        anchors.centerIn: parent
        font.pixelSize: Theme.fontSmall
        font.weight: Font.DemiBold
        color: pill.tone.length > 0 ? Theme.toneColor(pill.tone) : Theme.textMuted
    }
}
