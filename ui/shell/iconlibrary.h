#pragma once
// The icons of resources/icons: small 24×24 SVG files drawn for Tracelot. Qt 6.4 on
// Debian has no SVG image plugin by default, so QML draws the path data itself
// (components/Icon.qml, a Canvas); this singleton reads the <path d="…"> elements once.
#include <QHash>
#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace tracelot::ui {

class IconLibrary : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(Icons)
    QML_SINGLETON

public:
    explicit IconLibrary(QObject* parent = nullptr);

    // [{ d: "M4 7h16…", fill: false }, …] for qrc:/icons/<name>.svg; empty (and a warning)
    // when there is no such icon.
    Q_INVOKABLE QVariantList shapes(const QString& name);

    // Path data of an SVG document (only <path> elements; circles are written as arcs).
    static QVariantList parse(const QByteArray& svg);

private:
    QHash<QString, QVariantList> cache_;
};

}  // namespace tracelot::ui
