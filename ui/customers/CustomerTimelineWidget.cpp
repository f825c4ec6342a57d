#include "ui/customers/CustomerTimelineWidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/concurrency/Async.h"
#include "core/customers/CustomerApi.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/Theme.h"
#include "ui/customers/TimelineModel.h"

using namespace Qt::Literals::StringLiterals;
using ops::customers::TimelineKind;
using ops::customers::TimelinePage;

CustomerTimelineWidget::CustomerTimelineWidget(ops::customers::CustomerApi *service, qint64 customerId, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_customerId(customerId)
    , m_kinds(ops::customers::CustomerApi::allTimelineKinds())
    , m_model(new TimelineModel(this))
{
    setObjectName(u"CustomerTimeline"_s);
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(6);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(4);
    auto *show = new QLabel(tr("Show:"), this);
    show->setObjectName(u"FieldCaption"_s);
    bar->addWidget(show);
    auto addFilter = [&](const QString &text, QList<TimelineKind> kinds) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setCheckable(true);
        b->setChecked(true);
        b->setObjectName(u"TimelineFilter"_s);
        b->setStyleSheet(u"QToolButton { border: 1px solid %1; border-radius: 10px; padding: 2px 10px;"
                         " color: %1; background: palette(base); }"
                         "QToolButton:checked { background: %1; color: %2; }"_s.arg(
                             TimelineModel::kindColor(kinds.first()).name(), Theme::css(Theme::Role::TextOnColor)));
        connect(b, &QToolButton::toggled, this, &CustomerTimelineWidget::onFilterToggled);
        bar->addWidget(b);
        m_filters.append({b, std::move(kinds)});
    };
    addFilter(tr("Tickets"), {TimelineKind::TicketOpened, TimelineKind::TicketClosed});
    addFilter(tr("Messages"), {TimelineKind::TicketMessage});
    addFilter(tr("Invoices"), {TimelineKind::InvoiceIssued});
    addFilter(tr("Payments"), {TimelineKind::PaymentReceived});
    addFilter(tr("Services"), {TimelineKind::SubscriptionStarted, TimelineKind::SubscriptionEnded});
    addFilter(tr("Jobs"), {TimelineKind::JobScheduled, TimelineKind::JobCompleted});
    addFilter(tr("Equipment"), {TimelineKind::EquipmentInstalled});
    bar->addStretch(1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"FieldCaption"_s);
    bar->addWidget(m_summary);
    v->addLayout(bar);

    m_banner = new MessageBanner(this);
    v->addWidget(m_banner);

    m_view = new QListView(this);
    m_view->setObjectName(u"timelineView"_s);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new TimelineDelegate(m_view));
    m_view->setUniformItemSizes(true); // virtualised: rows are never measured one by one
    m_view->setLayoutMode(QListView::SinglePass);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setAccessibleName(tr("Customer timeline"));
    v->addWidget(m_view, 1);

    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, &CustomerTimelineWidget::maybeFetchMore);
    connect(m_view->verticalScrollBar(), &QScrollBar::rangeChanged, this, &CustomerTimelineWidget::maybeFetchMore);
    updateSummary();
}

CustomerTimelineWidget::~CustomerTimelineWidget() = default;

QString CustomerTimelineWidget::language() const
{
    return QLocale().language() == QLocale::English ? u"en"_s : u"fr"_s;
}

void CustomerTimelineWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_started)
        reload(); // the first page is read when the timeline is first shown
}

void CustomerTimelineWidget::setKinds(const QSet<TimelineKind> &kinds)
{
    m_kinds = kinds;
    for (const Filter &f : m_filters) {
        const QSignalBlocker block(f.button);
        f.button->setChecked(kinds.contains(f.kinds.first()));
    }
    if (m_started)
        reload();
}

void CustomerTimelineWidget::onFilterToggled()
{
    QSet<TimelineKind> kinds;
    for (const Filter &f : m_filters)
        if (f.button->isChecked())
            for (TimelineKind k : f.kinds)
                kinds.insert(k);
    m_kinds = kinds;
    reload();
}

void CustomerTimelineWidget::reload()
{
    m_started = true;
    ++m_seq; // results of earlier requests are dropped
    m_loading = false;
    m_pages = 0;
    m_banner->dismiss();
    m_model->clear();
    fetchNext();
}

void CustomerTimelineWidget::fetchNext()
{
    if (!m_service || m_loading)
        return;
    m_loading = true;
    updateSummary();
    const quint64 seq = m_seq;
    const bool first = m_model->rowCount() == 0;
    ops::runThen(m_service->loadTimeline(m_customerId, m_kinds, m_model->cursor(), kPageSize, language()), this,
        [this, seq, first](const ops::Result<TimelinePage> &r) {
            if (seq != m_seq)
                return;
            m_loading = false;
            onPage(r, first);
        });
}

void CustomerTimelineWidget::onPage(const ops::Result<TimelinePage> &result, bool)
{
    if (!result.ok()) {
        m_banner->showError(result.error().userMessage.isEmpty() ? tr("The timeline could not be loaded.")
                                                                 : result.error().userMessage);
        updateSummary();
        return;
    }
    m_model->appendPage(result.value());
    ++m_pages;
    updateSummary();
    emit pageLoaded(int(result.value().events.size()));
    QTimer::singleShot(0, this, &CustomerTimelineWidget::maybeFetchMore); // a short first page fills the view
}

void CustomerTimelineWidget::maybeFetchMore()
{
    if (!isVisible() || !m_model->hasMore() || m_loading)
        return;
    // From the rows and the scroll position (uniform rows, per-pixel scrolling), not from the scroll bar's range,
    // which lags behind the model until the next layout: fetch when less than a screenful remains below.
    const int rowHeight = m_model->rowCount() > 0 ? m_view->sizeHintForRow(0) : 0;
    const int viewport = m_view->viewport()->height();
    const int below = m_model->rowCount() * rowHeight - m_view->verticalScrollBar()->value() - viewport;
    if (below <= viewport)
        fetchNext();
}

void CustomerTimelineWidget::refreshHead()
{
    if (!m_service || !m_started || m_headInFlight)
        return;
    m_headInFlight = true;
    const quint64 seq = m_seq;
    ops::runThen(m_service->loadTimeline(m_customerId, m_kinds, {}, kPageSize, language()), this,
        [this, seq](const ops::Result<TimelinePage> &r) {
            m_headInFlight = false;
            if (seq != m_seq || !r.ok() || m_loading)
                return;
            if (m_model->rowCount() == 0)
                m_model->appendPage(r.value());
            else
                m_model->mergeHead(r.value());
            updateSummary();
        });
}

void CustomerTimelineWidget::updateSummary()
{
    const int n = m_model->rowCount();
    const QLocale locale;
    if (m_loading && n == 0)
        m_summary->setText(tr("Loading…"));
    else if (m_kinds.isEmpty())
        m_summary->setText(tr("No kind of event selected"));
    else if (n == 0)
        m_summary->setText(tr("No events"));
    else if (m_model->hasMore())
        m_summary->setText(tr("%1 most recent events · scroll for more").arg(locale.toString(n)));
    else
        m_summary->setText(tr("%n event(s)", nullptr, n));
}
