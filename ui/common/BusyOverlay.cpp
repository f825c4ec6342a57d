#include "ui/common/BusyOverlay.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

#include "ui/common/Spinner.h"
#include "ui/common/Theme.h"

BusyOverlay::BusyOverlay(QWidget *parent)
    : QWidget(parent)
    , m_spinner(new Spinner(this, 28))
    , m_label(new QLabel(this))
{
    Q_ASSERT(parent);
    m_label->setTextFormat(Qt::PlainText);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_spinner, 0, Qt::AlignHCenter);
    layout->addWidget(m_label, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    m_label->setStyleSheet(Theme::styled(QStringLiteral("color: @TextOverlay;")));
    parent->installEventFilter(this);
    hide();
}

BusyOverlay::~BusyOverlay() = default;

void BusyOverlay::start(const QString &text)
{
    m_label->setText(text);
    setGeometry(parentWidget()->rect());
    raise();
    show();
}

void BusyOverlay::stop()
{
    hide();
}

bool BusyOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void BusyOverlay::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), Theme::color(Theme::Role::BusyVeil));
}
