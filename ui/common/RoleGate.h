#pragma once

#include "core/session/Capabilities.h"

class QAction;
class QWidget;

// How a screen follows the role (docs/architecture.md, "The UI follows the role"): each screen has one
// setCapabilities(const ops::Capabilities &) that hides the parts the role cannot use and gates each action through
// these helpers. A denied control is disabled and its tooltip says why, naming the role ("Your role (dispatcher) does
// not allow editing customers."); allowed again, it gets its own tooltip back. The database enforces the same rules.
namespace RoleGate {

// Shows the reason as w's tooltip when denied, or w's own tooltip when allowed; returns whether it is allowed. For
// controls whose enabled state also depends on other things (selection, busy): AND the result in there.
bool explain(QWidget *w, const ops::Capabilities &caps, ops::Capabilities::Action action);
bool explain(QAction *a, const ops::Capabilities &caps, ops::Capabilities::Action action);
// explain() + setEnabled(allowed).
bool gate(QWidget *w, const ops::Capabilities &caps, ops::Capabilities::Action action);
bool gate(QAction *a, const ops::Capabilities &caps, ops::Capabilities::Action action);

} // namespace RoleGate
