#include "ui/map/MapCardPanel.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include "ui/common/Theme.h"

using namespace Qt::Literals::StringLiterals;

MapCardPanel::MapCardPanel(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"mapCard"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setFocusPolicy(Qt::StrongFocus);
    // A fixed width lets the word-wrapped labels know their height (no blank line under a one-line title).
    setFixedWidth(320);
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(10, 8, 10, 8);
    auto *top = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(u"mapCardTitle"_s);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    top->addWidget(m_title, 1);
    auto *close = new QToolButton(this);
    close->setText(u"×"_s);
    close->setAutoRaise(true);
    close->setToolTip(tr("Close the card (Esc)"));
    close->setAccessibleName(tr("Close the card"));
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        emit closed();
    });
    top->addWidget(close, 0, Qt::AlignTop);
    v->addLayout(top);
    m_body = new QLabel(this);
    m_body->setObjectName(u"mapCardBody"_s);
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::PlainText); // customer names and addresses are untrusted text
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(m_body);
    auto *buttons = new QHBoxLayout;
    m_customer = new QPushButton(tr("Customer file"), this);
    m_customer->setObjectName(u"mapCardCustomer"_s);
    m_customer->setToolTip(tr("Open the customer file"));
    m_job = new QPushButton(tr("Job"), this);
    m_job->setObjectName(u"mapCardJob"_s);
    m_job->setToolTip(tr("Open the job"));
    m_ticket = new QPushButton(tr("Ticket"), this);
    m_ticket->setObjectName(u"mapCardTicket"_s);
    m_ticket->setToolTip(tr("Open the ticket"));
    m_trail = new QPushButton(tr("Today's trail"), this);
    m_trail->setObjectName(u"mapCardTrail"_s);
    m_trail->setToolTip(tr("Draw where this technician went today (during the shift)"));
    m_outage = new QPushButton(tr("Outage list"), this);
    m_outage->setObjectName(u"mapCardOutage"_s);
    m_outage->setToolTip(tr("Show this port in the outage list: affected customers, open or close the outage"));
    for (QPushButton *b : {m_customer, m_job, m_ticket, m_trail, m_outage}) {
        b->hide();
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    v->addLayout(buttons);
    connect(m_customer, &QPushButton::clicked, this, [this] { emit customerRequested(m_card.customerId); });
    connect(m_job, &QPushButton::clicked, this, [this] { emit jobRequested(m_card.jobId); });
    connect(m_ticket, &QPushButton::clicked, this, [this] { emit ticketRequested(m_card.ticketId); });
    connect(m_trail, &QPushButton::clicked, this, [this] { emit trailRequested(m_technicianId); });
    connect(m_outage, &QPushButton::clicked, this, [this] { emit outageRequested(m_card.portKey); });
    hide();
}

void MapCardPanel::showLoading(const QString &title)
{
    m_card = {};
    m_technicianId = 0;
    m_title->setText(title);
    m_body->setText(tr("Reading…"));
    for (QPushButton *b : {m_customer, m_job, m_ticket, m_trail, m_outage})
        b->hide();
    place();
}

void MapCardPanel::showCard(const ops::map::MapCard &card)
{
    m_card = card;
    m_technicianId = 0;
    m_title->setText(card.title);
    m_body->setText(card.lines.join(u'\n'));
    m_customer->setVisible(card.customerId != 0);
    m_job->setVisible(card.jobId != 0);
    m_ticket->setVisible(card.ticketId != 0);
    m_outage->setVisible(!card.portKey.isEmpty() && m_outageAvailable);
    m_trail->hide();
    place();
}

void MapCardPanel::showError(const QString &title, const QString &message)
{
    m_card = {};
    m_technicianId = 0;
    m_title->setText(title);
    m_body->setText(message);
    for (QPushButton *b : {m_customer, m_job, m_ticket, m_trail, m_outage})
        b->hide();
    place();
}

void MapCardPanel::showTechnician(const QString &title, const QStringList &lines, qint64 technicianId, bool trail)
{
    m_card = {};
    m_technicianId = technicianId;
    m_title->setText(title);
    m_body->setText(lines.join(u'\n'));
    for (QPushButton *b : {m_customer, m_job, m_ticket, m_outage})
        b->hide();
    m_trail->setVisible(trail);
    place();
}

void MapCardPanel::place()
{
    adjustSize();
    if (QWidget *p = parentWidget())
        move(12, std::max(12, p->height() - height() - 48));
    show();
    raise();
}

void MapCardPanel::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        emit closed();
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        // The item's own action first: a job card opens the job, a ticket card the ticket.
        for (QPushButton *b : {m_job, m_ticket, m_outage, m_customer, m_trail})
            if (!b->isHidden()) {
                b->click();
                event->accept();
                return;
            }
    }
    QFrame::keyPressEvent(event);
}
