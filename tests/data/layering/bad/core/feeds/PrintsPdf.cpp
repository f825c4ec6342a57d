// Fixture: core/ must not include Qt GUI (the check reports both includes; <QString> is fine).
#include <QString>
#include <QTextDocument>
#include <QtGui/QPdfWriter>

void printIt() {}
