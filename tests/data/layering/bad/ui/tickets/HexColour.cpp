// Fixture for TestLayeringCheck: one hex colour in a ui/ string literal (line 7); colours in comments (#abcdef) and
// preprocessor lines do not count.
#include <QLabel>

void paint(QLabel *label)
{
    label->setStyleSheet(QStringLiteral("color: #1d2733; font-weight: 600;"));
}
