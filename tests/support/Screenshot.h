#pragma once

#include <QDir>
#include <QString>

namespace ops::test {

// Saves an offscreen grab of a widget as <name>.png into $OPS_SCREENSHOT_DIR, for a person to look at
// (scripts/dev.sh test sets it to build/screenshots). Without the variable nothing is written. Returns false only
// when a set folder could not be written. Header-only: the support library does not link Qt Widgets.
template <typename Widget> bool saveScreenshot(Widget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("OPS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return true;
    QDir().mkpath(dir);
    return widget.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace ops::test
