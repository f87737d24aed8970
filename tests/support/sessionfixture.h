#pragma once
// The set-up the desktop tests share: a workspace on a real SQLite file in a temporary
// directory (manual clock, sequential ids, the first administrator "admin"), the demo data
// when asked, then handed to a desktop Session with a user signed in — the way the app
// runs after sign-in. For UI tests only (it links the view models' library).
#include "shell/session.h"
#include "testsupport.h"

#include <memory>

namespace tracelot::test {

// What every UI test pins before its first case: QStandardPaths in test mode, English (US).
void pinUiEnvironment();

struct SessionFixture : Fixture {
    std::unique_ptr<ui::Session> owned;

    // Opens the workspace with the first administrator; with `demo`, loads the demo data
    // (after which "admin" is a warehouse manager too: signIn("admin") again to see it).
    bool setUp(bool demo);
    // Hands the workspace to a new Session and signs `actor` in (ws is empty afterwards).
    void begin(const Actor& actor);
    ui::Session* session() const { return owned.get(); }
};

} // namespace tracelot::test
