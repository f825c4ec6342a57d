#include "ui/customers/CustomerOverviewPage.h"

#include <QDateTime>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include "ui/common/StatusChip.h"
#include "ui/customers/CustomerSectionModels.h"

using namespace Qt::Literals::StringLiterals;
using ops::customers::FileSection;

namespace {

QLabel *valueLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    l->setTextFormat(Qt::PlainText);
    l->setObjectName(u"FieldValue"_s);
    return l;
}

} // namespace

CustomerOverviewPage::CustomerOverviewPage(QWidget *parent)
    : QWidget(parent)
{
    QWidget *page = this;
    auto *v = new QVBoxLayout(page);
    v->setContentsMargins(12, 12, 12, 12);
    auto *cards = new QGridLayout;
    cards->setHorizontalSpacing(12);
    cards->setVerticalSpacing(12);
    const QString captions[] = {
        tr("SERVICES"), tr("BALANCE DUE"), tr("LAST PAYMENT"), tr("TICKETS"), tr("DISPATCH"), tr("EQUIPMENT")};
    int i = 0;
    for (const QString &caption : captions) {
        auto *card = new QFrame(page);
        card->setObjectName(u"OverviewCard"_s);
        auto *cv = new QVBoxLayout(card);
        cv->setContentsMargins(14, 10, 14, 12);
        cv->setSpacing(2);
        auto *c = new QLabel(caption, card);
        c->setObjectName(u"CardCaption"_s);
        auto *value = valueLabel(card);
        value->setObjectName(u"CardValue"_s);
        auto *detail = valueLabel(card);
        detail->setObjectName(u"CardDetail"_s);
        detail->setWordWrap(true);
        cv->addWidget(c);
        cv->addWidget(value);
        cv->addWidget(detail);
        cv->addStretch(1);
        m_overviewValues << value << detail;
        cards->addWidget(card, i / 3, i % 3);
        ++i;
    }
    for (int c = 0; c < 3; ++c)
        cards->setColumnStretch(c, 1);
    v->addLayout(cards);

    // Recent tickets and invoices, from the file already read (no extra round trip).
    auto *recent = new QHBoxLayout;
    recent->setSpacing(12);
    auto recentCard = [&](const QString &caption, QGridLayout *&grid) {
        auto *card = new QFrame(page);
        card->setObjectName(u"OverviewCard"_s);
        auto *cv = new QVBoxLayout(card);
        cv->setContentsMargins(14, 10, 14, 12);
        cv->setSpacing(6);
        auto *c = new QLabel(caption, card);
        c->setObjectName(u"CardCaption"_s);
        cv->addWidget(c);
        grid = new QGridLayout;
        grid->setHorizontalSpacing(12);
        grid->setVerticalSpacing(4);
        cv->addLayout(grid);
        cv->addStretch(1);
        recent->addWidget(card, 1);
    };
    recentCard(tr("RECENT TICKETS"), m_recentTickets);
    recentCard(tr("RECENT INVOICES"), m_recentInvoices);
    v->addSpacing(12);
    v->addLayout(recent);
    v->addStretch(1);
}

void CustomerOverviewPage::fillRecent(QGridLayout *grid, const QList<RecentRow> &rows, const QString &empty)
{
    while (QLayoutItem *item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QWidget *parent = grid->parentWidget();
    if (rows.isEmpty()) {
        auto *none = new QLabel(empty, parent);
        none->setObjectName(u"CardDetail"_s);
        grid->addWidget(none, 0, 0);
        return;
    }
    int r = 0;
    for (const RecentRow &row : rows) {
        auto *code = new QLabel(row.code, parent);
        code->setObjectName(u"RecentCode"_s);
        code->setTextFormat(Qt::PlainText); // database text: never rich text
        auto *text = new QLabel(parent);
        text->setObjectName(u"CardDetail"_s);
        text->setTextFormat(Qt::PlainText);
        text->setText(text->fontMetrics().elidedText(row.text, Qt::ElideRight, 320));
        text->setToolTip(row.text);
        auto *when = new QLabel(row.when, parent);
        when->setObjectName(u"CardDetail"_s);
        when->setTextFormat(Qt::PlainText);
        auto *right = new QLabel(row.amount, parent);
        right->setObjectName(u"CardDetail"_s);
        right->setTextFormat(Qt::PlainText);
        right->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *chip = new StatusChipLabel(parent);
        chip->setText(row.status, StatusChip::Tone(row.tone));
        grid->addWidget(code, r, 0);
        grid->addWidget(text, r, 1);
        grid->addWidget(when, r, 2);
        grid->addWidget(right, r, 3);
        grid->addWidget(chip, r, 4, Qt::AlignLeft | Qt::AlignVCenter);
        ++r;
    }
    grid->setColumnStretch(1, 1);
}

void CustomerOverviewPage::showFile(const ops::customers::CustomerFile &file)
{
    const QLocale locale;
    auto set = [this](int card, const QString &value, const QString &detail) {
        m_overviewValues.at(card * 2)->setText(value);
        m_overviewValues.at(card * 2 + 1)->setText(detail);
    };
    // Services.
    QStringList plans;
    int active = 0;
    for (const auto &sub : file.subscriptions) {
        if (sub.status != "active"_L1)
            continue;
        ++active;
        const QString name = locale.language() == QLocale::English ? sub.planNameEn : sub.planNameFr;
        if (plans.size() < 3)
            plans << (name.isEmpty() ? sub.planName : name);
    }
    set(0, tr("%n active", "subscriptions", active),
        plans.isEmpty() ? tr("No active subscription") : plans.join(u"\n"_s));
    // Balance due on open invoices: exact figures from the database, not a count of the rows read.
    const int open = file.openInvoices;
    const QDate oldestDue = file.oldestDue;
    set(1, file.balanceDue.format(locale),
        open == 0 ? tr("No open invoice")
                  : tr("%n open invoice(s), oldest due %1", nullptr, open)
                        .arg(locale.toString(oldestDue, QLocale::ShortFormat)));
    // Last payment.
    if (file.payments.isEmpty()) {
        set(2, QStringLiteral("—"), tr("No payment"));
    } else {
        const auto &p = file.payments.constFirst();
        set(2, p.amount.format(locale),
            tr("%1 · %2").arg(locale.toString(p.receivedAt.toLocalTime().date(), QLocale::ShortFormat),
                PaymentsModel::methodLabel(p.method)));
    }
    // Tickets.
    const int openTickets = file.openTickets; // over all the customer's tickets
    set(3, tr("%n open", "tickets", openTickets),
        file.tickets.isEmpty()
            ? tr("No ticket")
            : tr("Latest: %1 — %2").arg(file.tickets.constFirst().code, file.tickets.constFirst().subject));
    // Dispatch: the next job still to come, else the latest.
    const ops::customers::CustomerJob *next = nullptr;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const auto &j : file.jobs)
        if (j.scheduledStart.isValid() && j.scheduledStart >= now && j.status != "cancelled"_L1
            && (!next || j.scheduledStart < next->scheduledStart))
            next = &j;
    const ops::customers::CustomerJob *shown = next ? next : (file.jobs.isEmpty() ? nullptr : &file.jobs.first());
    if (!shown) {
        set(4, QStringLiteral("—"), tr("No dispatch job"));
    } else {
        const QString when = shown->scheduledStart.isValid()
            ? locale.toString(shown->scheduledStart.toLocalTime(), QLocale::ShortFormat)
            : CustomerJobsModel::statusLabel(shown->status);
        set(4, when,
            tr("%1 %2 · %3")
                .arg(next ? tr("Next:") : tr("Latest:"), CustomerJobsModel::typeLabel(shown->jobType),
                    shown->technicians.isEmpty() ? CustomerJobsModel::statusLabel(shown->status) : shown->technicians));
    }
    // Equipment and locations.
    int installed = 0;
    for (const auto &e : file.equipment)
        if (e.status == "installed"_L1)
            ++installed;
    set(5, tr("%n installed", "equipment", installed),
        tr("%n service location(s)", nullptr, file.total(FileSection::Locations)));

    // The models built the labels and tones already; the newest rows are first in the file.
    QList<RecentRow> tickets;
    for (int i = 0; i < qMin(5, int(file.tickets.size())); ++i) {
        const auto &t = file.tickets.at(i);
        tickets.append({t.code, t.subject, locale.toString(t.createdAt.toLocalTime().date(), QLocale::ShortFormat),
            QString(), CustomerTicketsModel::statusLabel(t.status), int(StatusChip::toneFor(t.status))});
    }
    fillRecent(m_recentTickets, tickets, tr("No ticket"));
    QList<RecentRow> invoices;
    for (int i = 0; i < qMin(5, int(file.invoices.size())); ++i) {
        const auto &inv = file.invoices.at(i);
        invoices.append({inv.code,
            tr("%1 – %2", "invoice period")
                .arg(locale.toString(inv.periodStart, QLocale::ShortFormat),
                    locale.toString(inv.periodEnd, QLocale::ShortFormat)),
            locale.toString(inv.issueDate, QLocale::ShortFormat), inv.total.format(locale),
            InvoicesModel::statusLabel(inv.status), InvoicesModel::toneFor(inv)});
    }
    fillRecent(m_recentInvoices, invoices, tr("No invoice"));
}
