// A Tracelot icon (resources/icons/<name>.svg) in any colour. The SVG's path data is
// stroked (or filled, where the SVG says so) on a Canvas, scaled from its 24×24 grid:
// no SVG image plugin needed, and the colour follows the theme.
import QtQuick
import Tracelot
import Tracelot.Models

Canvas {
    id: icon

    property string name
    property color color: Theme.text
    property int size: Theme.iconSize
    readonly property var shapes: name.length > 0 ? Icons.shapes(name) : []

    implicitWidth: size
    implicitHeight: size
    Accessible.ignored: true

    onShapesChanged: requestPaint()
    onColorChanged: requestPaint()
    onWidthChanged: requestPaint()
    onHeightChanged: requestPaint()

    onPaint: {
        const ctx = getContext("2d")
        ctx.reset()
        if (width <= 0 || height <= 0)
            return
        const scale = Math.min(width, height) / 24
        ctx.scale(scale, scale)
        ctx.lineWidth = 1.8
        ctx.lineCap = "round"
        ctx.lineJoin = "round"
        ctx.strokeStyle = icon.color
        ctx.fillStyle = icon.color
        for (let i = 0; i < shapes.length; ++i) {
            ctx.beginPath()
            ctx.path = shapes[i].d
            if (shapes[i].fill)
                ctx.fill()
            else
                ctx.stroke()
        }
    }
}
