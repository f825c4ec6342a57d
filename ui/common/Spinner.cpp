#include "ui/common/Spinner.h"

#include <QPaintEvent>
#include <QPainter>
#include <QTimer>

#include "ui/common/Theme.h"

Spinner::Spinner(QWidget *parent, int diameter)
    : QWidget(parent)
    , m_timer(new QTimer(this))
    , m_diameter(diameter)
{
    setFixedSize(diameter, diameter);
    setAccessibleName(tr("Working…"));
    m_timer->setInterval(40);
    connect(m_timer, &QTimer::timeout, this, [this] {
        m_angle = (m_angle + 30) % 360;
        update();
    });
}

Spinner::~Spinner() = default;

QSize Spinner::sizeHint() const
{
    return {m_diameter, m_diameter};
}

bool Spinner::isSpinning() const
{
    return m_timer->isActive();
}

void Spinner::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal w = qMax(2.0, m_diameter / 9.0);
    const QRectF r = QRectF(rect()).adjusted(w, w, -w, -w);
    p.setPen(QPen(Theme::color(Theme::Role::SpinnerTrack), w));
    p.drawEllipse(r);
    p.setPen(QPen(palette().color(QPalette::Highlight), w, Qt::SolidLine, Qt::RoundCap));
    p.drawArc(r, -m_angle * 16, 100 * 16);
}

void Spinner::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_timer->start();
}

void Spinner::hideEvent(QHideEvent *event)
{
    m_timer->stop();
    QWidget::hideEvent(event);
}
