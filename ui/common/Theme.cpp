#include "ui/common/Theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyleFactory>

namespace Theme {

void apply(QApplication &app)
{
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(fusion);
    QPalette p = app.palette();
    p.setColor(QPalette::Window, QColor(0xf4, 0xf6, 0xf8));
    p.setColor(QPalette::WindowText, QColor(0x1d, 0x27, 0x33));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf6, 0xf8, 0xfa));
    p.setColor(QPalette::Text, QColor(0x1d, 0x27, 0x33));
    p.setColor(QPalette::Button, QColor(0xfa, 0xfb, 0xfc));
    p.setColor(QPalette::ButtonText, QColor(0x1d, 0x27, 0x33));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x74, 0xc0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x1f, 0x2a, 0x36));
    p.setColor(QPalette::ToolTipText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x7b, 0x86, 0x92));
    p.setColor(QPalette::Link, QColor(0x1f, 0x6f, 0xc5));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0xa0, 0xa6, 0xae));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0xa0, 0xa6, 0xae));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0xa0, 0xa6, 0xae));
    QApplication::setPalette(p);
}

} // namespace Theme
