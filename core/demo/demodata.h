#pragma once
// A realistic demo data set of a food importer: suppliers in several countries,
// customers, cheeses, fish, leafy greens, herbs and frozen goods, cold rooms, a
// freezer, quarantine and a dock. Loaded through the command pipeline, so every record
// is an ordinary event.
#include "common/result.h"
#include "pipeline/command.h"

namespace tracelot {
class Workspace;
namespace demo {

struct Summary {
    int suppliers = 0;
    int customers = 0;
    int products = 0;
    int locations = 0;
    int users = 0;
    int lots = 0;
};

// Needs a signed-in administrator, who is granted the warehouse manager role (to receive
// the demo stock). Refused when the catalog already has data.
Result<Summary> load(Workspace& workspace, const Actor& admin);

}  // namespace demo
}  // namespace tracelot
