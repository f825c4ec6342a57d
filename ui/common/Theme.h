#pragma once

class QApplication;

// The house look: Fusion with a calm, dense palette (light grey window, white views, Targo blue selection).
namespace Theme {

void apply(QApplication &app);

} // namespace Theme
