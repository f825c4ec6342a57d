#include "ui/customers/TimelineModel.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QTimeZone>

#include "core/customers/CustomerTypes.h"
#include "ui/common/StatusChip.h"
#include "ui/common/Theme.h"
#include "ui/customers/CustomerSectionModels.h"
#include "ui/tickets/TicketListModel.h"

using namespace Qt::Literals::StringLiterals;
using ops::Money;
using ops::customers::TimelineEvent;
using ops::customers::TimelineKind;
using ops::customers::TimelinePage;

namespace {

// Newest-first order of the repository: time, then kind key (bytewise), then id, all descending.
bool newer(const TimelineEvent &a, const TimelineEvent &b)
{
    if (a.atUs != b.atUs)
        return a.atUs > b.atUs;
    const int k = qstrcmp(ops::customers::timelineKindKey(a.kind), ops::customers::timelineKindKey(b.kind));
    if (k != 0)
        return k > 0;
    return a.id > b.id;
}

} // namespace

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractListModel(parent)
{}

TimelineModel::~TimelineModel() = default;

QString TimelineModel::kindLabel(TimelineKind k)
{
    switch (k) {
    case TimelineKind::TicketOpened:
        return tr("Ticket opened");
    case TimelineKind::TicketClosed:
        return tr("Ticket closed");
    case TimelineKind::TicketMessage:
        return tr("Message");
    case TimelineKind::InvoiceIssued:
        return tr("Invoice");
    case TimelineKind::PaymentReceived:
        return tr("Payment");
    case TimelineKind::SubscriptionStarted:
        return tr("Service started");
    case TimelineKind::SubscriptionEnded:
        return tr("Service ended");
    case TimelineKind::JobScheduled:
        return tr("Job scheduled");
    case TimelineKind::JobCompleted:
        return tr("Job completed");
    case TimelineKind::EquipmentInstalled:
        return tr("Equipment");
    case TimelineKind::Count:
        break;
    }
    return {};
}

QColor TimelineModel::kindColor(TimelineKind k)
{
    switch (k) {
    case TimelineKind::TicketOpened:
        return Theme::color(Theme::Role::TimelineTicketOpened);
    case TimelineKind::TicketClosed:
        return Theme::color(Theme::Role::TimelineTicketClosed);
    case TimelineKind::TicketMessage:
        return Theme::color(Theme::Role::TimelineTicketMessage);
    case TimelineKind::InvoiceIssued:
        return Theme::color(Theme::Role::TimelineInvoiceIssued);
    case TimelineKind::PaymentReceived:
        return Theme::color(Theme::Role::TimelinePaymentReceived);
    case TimelineKind::SubscriptionStarted:
        return Theme::color(Theme::Role::TimelineSubscriptionStarted);
    case TimelineKind::SubscriptionEnded:
        return Theme::color(Theme::Role::TimelineSubscriptionEnded);
    case TimelineKind::JobScheduled:
        return Theme::color(Theme::Role::TimelineJobScheduled);
    case TimelineKind::JobCompleted:
        return Theme::color(Theme::Role::TimelineJobCompleted);
    case TimelineKind::EquipmentInstalled:
        return Theme::color(Theme::Role::TimelineEquipmentInstalled);
    case TimelineKind::Count:
        break;
    }
    return Theme::color(Theme::Role::TimelineOther);
}

TimelineModel::Row TimelineModel::makeRow(const TimelineEvent &e) const
{
    const QLocale locale;
    Row r;
    r.e = e;
    // Invoices and subscriptions happen on a day (midnight in Montreal), not at a time of day.
    const bool dayOnly = e.kind == TimelineKind::InvoiceIssued || e.kind == TimelineKind::SubscriptionStarted
        || e.kind == TimelineKind::SubscriptionEnded;
    if (dayOnly) {
        static const QTimeZone montreal("America/Montreal");
        r.date = locale.toString(e.at.toTimeZone(montreal).date(), QLocale::ShortFormat);
    } else {
        const QDateTime local = e.at.toLocalTime();
        r.date = locale.toString(local.date(), QLocale::ShortFormat);
        r.time = locale.toString(local.time(), QLocale::ShortFormat);
    }
    const QString amount = Money::fromCents(e.amountCents).format(locale);
    switch (e.kind) {
    case TimelineKind::TicketOpened:
    case TimelineKind::TicketClosed:
        r.title = e.title;
        r.detail = TicketListModel::typeLabel(e.detail);
        r.trailing = CustomerTicketsModel::statusLabel(e.status);
        r.tone = int(StatusChip::toneFor(e.status));
        break;
    case TimelineKind::TicketMessage:
        r.title = e.title;
        r.detail = e.detail;
        break;
    case TimelineKind::InvoiceIssued: {
        const QStringList period = e.title.split(u'/');
        const QDate from = QDate::fromString(period.value(0), Qt::ISODate);
        const QDate to = QDate::fromString(period.value(1), Qt::ISODate);
        r.title = tr("Invoice for %1 – %2")
                      .arg(locale.toString(from, QLocale::ShortFormat), locale.toString(to, QLocale::ShortFormat));
        r.detail = tr("Due %1 · %2")
                       .arg(locale.toString(QDate::fromString(e.detail, Qt::ISODate), QLocale::ShortFormat),
                           InvoicesModel::statusLabel(e.status));
        r.trailing = amount;
        break;
    }
    case TimelineKind::PaymentReceived:
        r.title = PaymentsModel::methodLabel(e.title);
        r.detail = e.detail.isEmpty() ? PaymentsModel::statusLabel(e.status)
                                      : tr("%1 · %2").arg(e.detail, PaymentsModel::statusLabel(e.status));
        r.trailing = amount;
        break;
    case TimelineKind::SubscriptionStarted:
    case TimelineKind::SubscriptionEnded:
        r.title = e.title;
        r.detail = e.detail.isEmpty() ? tr("%1 per month").arg(amount) : tr("%1 · %2 per month").arg(e.detail, amount);
        r.trailing = StatusChip::label(e.status);
        r.tone = int(StatusChip::toneFor(e.status));
        break;
    case TimelineKind::JobScheduled:
    case TimelineKind::JobCompleted:
        r.title = CustomerJobsModel::typeLabel(e.title);
        r.detail = e.detail.isEmpty() ? tr("No technician assigned") : e.detail;
        r.trailing = CustomerJobsModel::statusLabel(e.status);
        r.tone = int(e.status == "completed"_L1 ? StatusChip::Tone::Good : StatusChip::Tone::Info);
        break;
    case TimelineKind::EquipmentInstalled:
        r.title = e.title;
        r.detail = tr("Serial %1").arg(e.detail);
        r.trailing = StatusChip::label(e.status);
        r.tone = int(StatusChip::toneFor(e.status));
        break;
    case TimelineKind::Count:
        r.title = e.title;
        r.detail = e.detail;
        break;
    }
    return r;
}

void TimelineModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_cursor = {};
    m_hasMore = false;
    endResetModel();
}

void TimelineModel::appendPage(const TimelinePage &page)
{
    if (!page.events.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(page.events.size()) - 1);
        for (const TimelineEvent &e : page.events)
            m_rows.append(makeRow(e));
        endInsertRows();
    }
    m_cursor = page.next;
    m_hasMore = page.hasMore;
}

int TimelineModel::mergeHead(const TimelinePage &firstPage)
{
    if (m_rows.isEmpty()) {
        appendPage(firstPage);
        return int(firstPage.events.size());
    }
    const TimelineEvent &top = m_rows.constFirst().e;
    int n = 0;
    while (n < firstPage.events.size() && newer(firstPage.events.at(n), top))
        ++n;
    if (n == 0)
        return 0;
    beginInsertRows({}, 0, n - 1);
    for (int i = n - 1; i >= 0; --i)
        m_rows.prepend(makeRow(firstPage.events.at(i)));
    endInsertRows();
    return n;
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return tr("%1 %2 — %3 %4 %5 — %6", "date time — kind code title — detail")
            .arg(r.date, r.time, kindLabel(r.e.kind), r.e.code, r.title, r.detail);
    case Qt::ToolTipRole:
        return r.detail.isEmpty() ? r.title : tr("%1\n%2").arg(r.title, r.detail);
    case KindRole:
        return int(r.e.kind);
    case KindLabelRole:
        return kindLabel(r.e.kind);
    case TimeRole:
        return r.e.at;
    case DateTextRole:
        return r.date;
    case TimeTextRole:
        return r.time;
    case CodeRole:
        return r.e.code;
    case TitleRole:
        return r.title;
    case DetailRole:
        return r.detail;
    case TrailingRole:
        return r.trailing;
    case ToneRole:
        return r.tone;
    case IdRole:
        return r.e.id;
    default:
        return {};
    }
}

// ---- delegate ----

TimelineDelegate::TimelineDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

TimelineDelegate::~TimelineDelegate() = default;

QSize TimelineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return {400, option.fontMetrics.height() * 2 + 14};
}

void TimelineDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *w = option.widget;
    QStyle *style = w ? w->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, p, w); // background, selection, focus

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &pal = option.palette;
    const QColor text = selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text);
    const QColor muted = selected ? pal.color(QPalette::HighlightedText) : Theme::color(Theme::Role::TextCaption);
    const auto kind = TimelineKind(index.data(TimelineModel::KindRole).toInt());
    const QColor colour = TimelineModel::kindColor(kind);

    const QRect r = option.rect.adjusted(8, 6, -10, -6);
    const QFontMetrics fm = option.fontMetrics;
    const int lineH = fm.height();
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.9);
    const QFontMetrics smallFm(small);

    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    // Date and time.
    const int dateW = qMax(fm.horizontalAdvance(u"0000-00-00"_s), fm.horizontalAdvance(u"00/00/0000"_s)) + 8;
    p->setPen(text);
    p->setFont(option.font);
    p->drawText(QRect(r.left(), r.top(), dateW, lineH), Qt::AlignLeft | Qt::AlignVCenter,
        index.data(TimelineModel::DateTextRole).toString());
    p->setPen(muted);
    p->setFont(small);
    p->drawText(QRect(r.left(), r.top() + lineH, dateW, lineH), Qt::AlignLeft | Qt::AlignVCenter,
        index.data(TimelineModel::TimeTextRole).toString());

    // Rail and dot.
    const int railX = r.left() + dateW + 10;
    p->setPen(QPen(Theme::color(Theme::Role::Divider), 2));
    p->drawLine(railX, option.rect.top(), railX, option.rect.bottom());
    p->setPen(QPen(option.palette.color(QPalette::Base), 2));
    p->setBrush(colour);
    p->drawEllipse(QPointF(railX, r.top() + lineH / 2.0), 5.5, 5.5);

    // Trailing amount or status chip.
    const QString trailing = index.data(TimelineModel::TrailingRole).toString();
    const int tone = index.data(TimelineModel::ToneRole).toInt();
    int right = r.right();
    if (!trailing.isEmpty()) {
        p->setFont(option.font);
        if (tone < 0) {
            const int tw = fm.horizontalAdvance(trailing);
            p->setPen(text);
            p->drawText(QRect(right - tw, r.top(), tw, lineH), Qt::AlignRight | Qt::AlignVCenter, trailing);
            right -= tw + 12;
        } else {
            const QSize chip = StatusChip::sizeFor(fm, trailing);
            StatusChip::paint(p, QRect(right - chip.width(), r.top(), chip.width(), lineH), trailing,
                StatusChip::Tone(tone), Qt::AlignRight | Qt::AlignVCenter);
            right -= chip.width() + 12;
        }
    }

    // Kind label, code, title.
    const int x = railX + 16;
    QFont bold = small;
    bold.setBold(true);
    const QFontMetrics boldFm(bold);
    const QString kindText = index.data(TimelineModel::KindLabelRole).toString();
    const int kindW = boldFm.horizontalAdvance(kindText);
    p->setFont(bold);
    p->setPen(selected ? text : colour);
    p->drawText(QRect(x, r.top(), kindW, lineH), Qt::AlignLeft | Qt::AlignVCenter, kindText);
    int cx = x + kindW + 10;
    const QString code = index.data(TimelineModel::CodeRole).toString();
    if (!code.isEmpty()) {
        p->setFont(small);
        p->setPen(muted);
        const int codeW = smallFm.horizontalAdvance(code);
        p->drawText(QRect(cx, r.top(), codeW, lineH), Qt::AlignLeft | Qt::AlignVCenter, code);
        cx += codeW + 10;
    }
    p->setFont(option.font);
    p->setPen(text);
    const int titleW = qMax(0, right - cx);
    p->drawText(QRect(cx, r.top(), titleW, lineH), Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(index.data(TimelineModel::TitleRole).toString(), Qt::ElideRight, titleW));
    // Detail.
    p->setFont(small);
    p->setPen(muted);
    const int detailW = qMax(0, r.right() - x);
    p->drawText(QRect(x, r.top() + lineH, detailW, lineH), Qt::AlignLeft | Qt::AlignVCenter,
        smallFm.elidedText(index.data(TimelineModel::DetailRole).toString(), Qt::ElideRight, detailW));
    p->restore();
}
