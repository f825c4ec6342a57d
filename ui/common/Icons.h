#pragma once

#include <QColor>
#include <QIcon>

// Small line icons painted with QPainter (no image-format plugin to load at start-up). GUI thread only.
namespace Icons {

enum class Glyph
{
    Info,
    Warning,
    Error,
    Check,
    Close,
    Search,
    Customer,
    Customers,
    Location,
    Equipment,
    Database,
    Server,
    Settings,
    Refresh,
    User,
    Home,
    Pulse,
    Map, // a folded map (the Map section)
};

// color invalid: the glyph's own default colour.
QIcon icon(Glyph glyph, const QColor &color = {});
QColor defaultColor(Glyph glyph);

} // namespace Icons
