#include "sessionfixture.h"

#include "demo/demodata.h"

#include <QLocale>
#include <QStandardPaths>

namespace tracelot::test {

void pinUiEnvironment()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

bool SessionFixture::setUp(bool demo)
{
    if (!openWithAdmin()) return false;
    if (!demo) return true;
    const auto loaded = demo::load(*ws, admin);
    if (!loaded) qWarning("demo data refused: %s", qPrintable(loaded.refusal().message));
    return loaded.ok();
}

void SessionFixture::begin(const Actor& actor)
{
    owned = std::make_unique<ui::Session>();
    owned->attach(std::move(ws));
    owned->begin(actor);
}

} // namespace tracelot::test
