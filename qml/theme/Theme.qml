// Tracelot's one visual vocabulary: a 4-px spacing scale, a small type scale, the colour
// roles of the app (surfaces, text, the brand green, the four notice tones) and sizes.
// Every page and component takes its numbers from here.
pragma Singleton
import QtQuick

QtObject {
    // Spacing scale (4-px grid).
    readonly property int space1: 4
    readonly property int space2: 8
    readonly property int space3: 12
    readonly property int space4: 16
    readonly property int space5: 24
    readonly property int space6: 32
    readonly property int space7: 48

    // Type scale (pixel sizes).
    readonly property int fontSmall: 11
    readonly property int fontBody: 13
    readonly property int fontLabel: 12
    readonly property int fontTitle: 16
    readonly property int fontHeadline: 22
    readonly property int fontDisplay: 28
    readonly property string monoFamily: "monospace"

    // Sizes.
    readonly property int radius: 6
    readonly property int controlHeight: 32
    readonly property int rowHeight: 34
    readonly property int headerHeight: 36
    readonly property int navWidth: 256
    readonly property int statusHeight: 28
    readonly property int iconSize: 18
    readonly property int formMaxWidth: 440

    // Colour roles.
    readonly property color background: "#f3f5f4"
    readonly property color surface: "#ffffff"
    readonly property color surfaceAlt: "#f8faf9"
    readonly property color surfaceSunken: "#eef2f0"
    readonly property color border: "#d9e0dd"
    readonly property color borderStrong: "#b9c4bf"
    readonly property color text: "#1c2622"
    readonly property color textMuted: "#5b6a64"
    readonly property color textFaint: "#8a9791"
    readonly property color primary: "#1f6b57"
    readonly property color primaryHover: "#185846"
    readonly property color primarySoft: "#e3f1ec"
    readonly property color primaryText: "#ffffff"
    readonly property color selection: "#d6ebe3"
    readonly property color focus: "#2f8f75"

    readonly property color navBackground: "#15302a"
    readonly property color navHover: "#1d3f37"
    readonly property color navSelected: "#27574b"
    readonly property color navText: "#d5e3de"
    readonly property color navTextFaint: "#87a39a"

    readonly property color danger: "#a8321f"
    readonly property color dangerSoft: "#fbebe7"
    readonly property color warning: "#8a5a00"
    readonly property color warningSoft: "#fff4d9"
    readonly property color info: "#245b8f"
    readonly property color infoSoft: "#e7f0f9"
    readonly property color success: "#1d6e45"
    readonly property color successSoft: "#e4f4ea"

    function toneColor(tone) {
        switch (tone) {
        case "error": return danger
        case "warning": return warning
        case "success": return success
        default: return info
        }
    }
    function toneSoft(tone) {
        switch (tone) {
        case "error": return dangerSoft
        case "warning": return warningSoft
        case "success": return successSoft
        default: return infoSoft
        }
    }
}
