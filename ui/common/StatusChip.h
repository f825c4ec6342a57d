#pragma once

#include <QColor>
#include <QString>
#include <QWidget>

class QFontMetrics;
class QPainter;

// Status "chips": a rounded, tinted label per status key (active, suspended, in_stock…). Shared by the header
// widgets (StatusChipLabel) and the views (StatusChipDelegate).
namespace StatusChip {

enum class Tone
{
    Neutral,
    Good,
    Warning,
    Bad,
    Info
};

Tone toneFor(const QString &statusKey);
// Translated label for a status key from the schema; unknown keys are shown as they are.
QString label(const QString &statusKey);
QSize sizeFor(const QFontMetrics &fm, const QString &text);
void paint(QPainter *painter, const QRect &rect, const QString &text, Tone tone,
    Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter);

} // namespace StatusChip

class StatusChipLabel : public QWidget
{
    Q_OBJECT
public:
    explicit StatusChipLabel(QWidget *parent = nullptr);
    ~StatusChipLabel() override;

    void setStatus(const QString &statusKey);
    void setText(const QString &text, StatusChip::Tone tone);
    QString text() const { return m_text; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
    StatusChip::Tone m_tone = StatusChip::Tone::Neutral;
};
