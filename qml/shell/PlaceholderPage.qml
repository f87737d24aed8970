// The page of a bounded context whose work has not landed yet: it says so plainly
// (which issue brings it, or that it is planned) and shows nothing it does not have.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tracelot

ColumnLayout {
    id: page

    property string title
    property string icon
    property string note
    property string scope

    spacing: 0

    PageHeader {
        title: page.title
        subtitle: page.scope.length > 0 ? page.scope.charAt(0).toUpperCase() + page.scope.slice(1) + "." : ""
        icon: page.icon
    }
    Item {
        Layout.fillWidth: true
        Layout.fillHeight: true
        EmptyState {
            anchors.centerIn: parent
            anchors.verticalCenterOffset: -40
            icon: page.icon
            title: qsTr("Not available yet")
            message: page.note
        }
    }
}
