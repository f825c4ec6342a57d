#pragma once

// DispatchTimeline's layout constants and small helpers, shared by its two source files (not a public header).
#include <QString>

#include "ui/dispatch/DispatchTimeline.h"

namespace ops::dispatch::timeline {

constexpr int kHeaderH = 40;
constexpr int kNameW = 200;
constexpr int kRowH = 40;
constexpr int kGroupH = 22;
constexpr int kSpan = DispatchTimeline::kLastMinute - DispatchTimeline::kFirstMinute;
constexpr int kEdge = 6; // pixels of a bar's right edge that resize it

inline QString hhmm(int minutes)
{
    return QStringLiteral("%1:%2")
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace ops::dispatch::timeline
