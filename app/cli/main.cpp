// tracelot-cli: wiring only; see cli.cpp.
#include "cli.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tracelot"));
    QCoreApplication::setOrganizationName(QStringLiteral("Tracelot"));
    return tracelot::cli::run(app.arguments().mid(1));
}
