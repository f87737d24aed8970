// The expiry board: lots with stock in four buckets (expired, < 7 days, < 30 days,
// later). A bucket is a button: it filters the stock list to its lots; again shows all.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tracelot

RowLayout {
    id: board

    property var buckets: []
    property string current
    signal chosen(string key)

    spacing: Theme.space3

    // Four fixed cells whose values follow the board: recreating them on every change
    // (a model of new objects after each commit) can leave Qt 6.4's RowLayout stale.
    Repeater {
        model: 4

        Button {
            id: bucket
            required property int index
            readonly property var modelData: board.buckets[index] || { key: "", title: "", hint: "", count: 0, tone: "" }
            readonly property bool selected: board.current === modelData.key

            Layout.fillWidth: true
            Layout.preferredWidth: 1
            implicitHeight: 60
            padding: 0
            checkable: false
            Accessible.name: qsTr("%1: %2 lots").arg(modelData.title).arg(modelData.count)
            Accessible.description: selected ? qsTr("Showing these lots; press again to show all") : qsTr("Show these lots")
            onClicked: board.chosen(modelData.key)

            contentItem: RowLayout {
                spacing: Theme.space3
                Rectangle {
                    Layout.preferredWidth: 4
                    Layout.fillHeight: true
                    Layout.topMargin: Theme.space2
                    Layout.bottomMargin: Theme.space2
                    Layout.leftMargin: Theme.space2
                    radius: 2
                    color: Theme.toneColor(bucket.modelData.tone)
                }
                Label {
                    text: bucket.modelData.count
                    font.pixelSize: Theme.fontDisplay
                    font.weight: Font.DemiBold
                    color: bucket.modelData.count > 0 ? Theme.toneColor(bucket.modelData.tone) : Theme.textFaint
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    Label {
                        Layout.fillWidth: true
                        text: bucket.modelData.title
                        font.weight: Font.DemiBold
                        elide: Text.ElideRight
                    }
                    Label {
                        Layout.fillWidth: true
                        text: bucket.modelData.hint
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        elide: Text.ElideRight
                    }
                }
            }
            background: Rectangle {
                radius: Theme.radius
                color: bucket.selected ? Theme.toneSoft(bucket.modelData.tone) : bucket.hovered ? Theme.surfaceAlt : Theme.surface
                border.color: bucket.visualFocus ? Theme.focus : bucket.selected ? Theme.toneColor(bucket.modelData.tone) : Theme.border
                border.width: bucket.visualFocus || bucket.selected ? 2 : 1
            }
        }
    }
}
