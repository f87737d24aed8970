#pragma once
// A real sync conflict for the self-test and the screenshots: an in-process sync server
// (the same core tracelot-server runs) and a second workstation in a temporary folder.
// This workstation moves a lot while the other one puts the same lot on hold and reaches
// the server first; after this workstation syncs, the move is a conflict here.
#include "common/result.h"
#include "pipeline/command.h"

namespace tracelot {
class Workspace;
}

namespace tracelot::ui::syncdemo {

// Leaves one open conflict in `ws` (the move of `actor`); returns the lot's id.
Result<QString> makeConflict(Workspace& ws, const Actor& actor);

}  // namespace tracelot::ui::syncdemo
