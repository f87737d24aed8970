#pragma once
// Each bounded context installs itself: its projections and its commands.
namespace tracelot {
class Projections;
class CommandCatalog;
struct Registrar {
    Projections& projections;
    CommandCatalog& commands;
};
}  // namespace tracelot
