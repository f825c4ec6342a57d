// Fixture: render/ may use Qt GUI (ops_render links Qt6::Gui).
#include <QImage>
#include <QPainter>

void paintIt() {}
