// Reads the path data of the Tracelot icons (see iconlibrary.h).
#include "shell/iconlibrary.h"

#include <QFile>
#include <QLoggingCategory>
#include <QVariantMap>
#include <QXmlStreamReader>

Q_LOGGING_CATEGORY(lcIcons, "tracelot.ui.icons")

namespace tracelot::ui {

IconLibrary::IconLibrary(QObject* parent) : QObject(parent) {}

QVariantList IconLibrary::shapes(const QString& name)
{
    if (name.isEmpty()) return {};
    if (const auto it = cache_.constFind(name); it != cache_.constEnd()) return it.value();
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    QVariantList result;
    if (!file.open(QIODevice::ReadOnly)) qCWarning(lcIcons) << "no icon called" << name;
    else result = parse(file.readAll());
    cache_.insert(name, result);
    return result;
}

QVariantList IconLibrary::parse(const QByteArray& svg)
{
    QVariantList out;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != QLatin1String("path")) continue;
        const QXmlStreamAttributes attrs = xml.attributes();
        const QString d = attrs.value(QLatin1String("d")).toString();
        if (d.isEmpty()) continue;
        const QString fill = attrs.value(QLatin1String("fill")).toString();
        out << QVariantMap{{QStringLiteral("d"), d}, {QStringLiteral("fill"), !fill.isEmpty() && fill != QLatin1String("none")}};
    }
    if (xml.hasError()) qCWarning(lcIcons) << "icon is not valid SVG:" << xml.errorString();
    return out;
}

}  // namespace tracelot::ui
