#include "ui/audit/AuditLogWidget.h"

#include <atomic>
#include <memory>

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollBar>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "core/audit/AuditApi.h"
#include "core/concurrency/Async.h"
#include "core/settings/Settings.h"
#include "ui/audit/AuditLogModel.h"
#include "ui/common/GridTools.h"
#include "ui/common/MessageBanner.h"

using namespace Qt::Literals::StringLiterals;
using ops::audit::AuditEntry;
using ops::audit::AuditQuery;

namespace {
const auto kHeaderKey = u"Audit/header"_s;
const auto kSplitterKey = u"Audit/splitter"_s;
const QDate kNoDate(2000, 1, 1); // the date edits' minimum: shown as "Any"

QString valueText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QCoreApplication::translate("AuditLogWidget", "(empty)");
    case QJsonValue::Bool:
        return v.toBool() ? QCoreApplication::translate("AuditLogWidget", "yes")
                          : QCoreApplication::translate("AuditLogWidget", "no");
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 17);
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object: {
        // A secret column: the audit keeps only that it changed and its length (migration 0012, ops_audit_mask).
        const QJsonObject o = v.toObject();
        if (o.value(u"hidden"_s).toBool()) {
            const int length = o.value(u"length"_s).toInt();
            return QCoreApplication::translate("AuditLogWidget", "(hidden, %n character(s))", nullptr, length);
        }
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    }
    return {};
}

QDateEdit *dateEdit(const QString &name, const QString &accessible, QWidget *parent)
{
    auto *d = new QDateEdit(parent);
    d->setObjectName(name);
    d->setAccessibleName(accessible);
    d->setCalendarPopup(true);
    d->setMinimumDate(kNoDate);
    d->setSpecialValueText(QCoreApplication::translate("AuditLogWidget", "Any", "date"));
    d->setDisplayFormat(u"yyyy-MM-dd"_s);
    d->setDate(kNoDate);
    return d;
}

} // namespace

AuditLogWidget::AuditLogWidget(ops::Settings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
{
    setObjectName(u"AuditLogWidget"_s);
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(10, 8, 10, 8);
    v->setSpacing(6);
    m_banner = new MessageBanner(this);
    m_model = new AuditLogModel(this);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"auditSplitter"_s);
    splitter->setChildrenCollapsible(false);
    m_splitter = splitter;
    m_view = new QTreeView(splitter);
    m_view->setObjectName(u"auditList"_s);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setAccessibleName(tr("Audit log"));
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    header->resizeSection(AuditLogModel::Time, 150);
    header->resizeSection(AuditLogModel::Staff, 160);
    header->resizeSection(AuditLogModel::Action, 90);
    header->resizeSection(AuditLogModel::Entity, 130);
    header->resizeSection(AuditLogModel::EntityId, 70);
    header->resizeSection(AuditLogModel::Customer, 220);
    // Column chooser, remembered widths, and "Export to CSV" (shown rows, or every matching row from the database).
    m_grid = GridTools::attach(m_view, m_settings, kHeaderKey, u"audit"_s);
    m_grid->setBanner(m_banner);
    m_grid->setAllRowsProvider([this](const QString &path, const ops::csv::CsvOptions &csv) {
        GridExportJob job;
        auto cancel = std::make_shared<std::atomic<bool>>(false);
        auto progress = std::make_shared<std::atomic<qint64>>(0);
        if (!m_api) {
            job.rows = QtFuture::makeReadyFuture<ops::Result<qint64>>(ops::Error::make(
                ops::Error::Kind::Unavailable, tr("Export is unavailable until the database is connected.")));
        } else {
            job.rows = m_api->exportCsv(path, m_query, csv, cancel, progress)
                           .then([](const ops::Result<ops::audit::AuditExportResult> &r) -> ops::Result<qint64> {
                               if (!r.ok())
                                   return r.error();
                               return r.value().rows;
                           });
        }
        job.cancel = [cancel] {
            *cancel = true;
        };
        job.rowsSoFar = [progress] {
            return progress->load();
        };
        job.estimatedTotal = [] {
            return qint64(-1);
        };
        return job;
    });

    auto *detailsBox = new QWidget(splitter);
    auto *dv = new QVBoxLayout(detailsBox);
    dv->setContentsMargins(0, 4, 0, 0);
    dv->setSpacing(4);
    m_detailsTitle = new QLabel(detailsBox);
    m_detailsTitle->setObjectName(u"auditDetailsTitle"_s);
    m_detailsTitle->setTextFormat(Qt::PlainText);
    m_detailsTitle->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // one line (full text: tooltip)
    m_detailsTitle->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details = new QTreeWidget(detailsBox);
    m_details->setObjectName(u"auditDetails"_s);
    m_details->setAccessibleName(tr("Fields of the selected change"));
    m_details->setColumnCount(3);
    m_details->setHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    m_details->setRootIsDecorated(false);
    m_details->setAlternatingRowColors(true);
    m_details->setUniformRowHeights(false);
    m_details->setWordWrap(true);
    m_details->header()->resizeSection(0, 180);
    m_details->header()->resizeSection(1, 320);
    dv->addWidget(m_detailsTitle);
    dv->addWidget(m_details, 1);
    splitter->addWidget(m_view);
    splitter->addWidget(detailsBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    v->addWidget(buildFilterBar());
    v->addWidget(m_banner);
    v->addWidget(splitter, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"auditSummary"_s);
    v->addWidget(m_summary);

    if (m_settings) {
        header->restoreState(m_settings->uiState(kHeaderKey).toByteArray());
        splitter->restoreState(m_settings->uiState(kSplitterKey).toByteArray());
    }

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditLogWidget::updateDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditLogWidget::updateDetails);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (!index.isValid())
            return;
        const AuditEntry &e = m_model->entry(index.row());
        if (e.customerId > 0)
            emit customerRequested(e.customerId, e.customerCode);
    });
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, &AuditLogWidget::maybeFetchMore);
    connect(m_view->verticalScrollBar(), &QScrollBar::rangeChanged, this, &AuditLogWidget::maybeFetchMore);
    updateDetails();
    updateSummary();
}

AuditLogWidget::~AuditLogWidget() = default;

QWidget *AuditLogWidget::buildFilterBar()
{
    auto *bar = new QWidget(this);
    auto *h = new QHBoxLayout(bar);
    h->setContentsMargins(0, 0, 0, 0);
    h->setSpacing(6);
    auto label = [bar, h](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, bar);
        l->setBuddy(buddy);
        h->addWidget(l);
        h->addWidget(buddy);
    };

    m_staff = new QComboBox(bar);
    m_staff->setObjectName(u"auditStaffFilter"_s);
    m_staff->setAccessibleName(tr("Staff member"));
    m_staff->addItem(tr("All staff"), qint64(0));
    m_staff->setMinimumContentsLength(14);
    m_staff->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    label(tr("&Staff:"), m_staff);

    m_entity = new QComboBox(bar);
    m_entity->setObjectName(u"auditEntityFilter"_s);
    m_entity->setAccessibleName(tr("Entity"));
    m_entity->addItem(tr("All entities"), QString());
    for (const QString &e : ops::audit::knownEntities())
        m_entity->addItem(AuditLogModel::entityLabel(e), e);
    label(tr("&Entity:"), m_entity);

    m_customer = new QLineEdit(bar);
    m_customer->setObjectName(u"auditCustomerFilter"_s);
    m_customer->setAccessibleName(tr("Customer code or number"));
    m_customer->setPlaceholderText(tr("Code or number"));
    m_customer->setClearButtonEnabled(true);
    m_customer->setMaximumWidth(160);
    label(tr("C&ustomer:"), m_customer);

    m_from = dateEdit(u"auditFromFilter"_s, tr("From date"), bar);
    label(tr("&From:"), m_from);
    m_to = dateEdit(u"auditToFilter"_s, tr("To date"), bar);
    label(tr("&To:"), m_to);

    m_action = new QComboBox(bar);
    m_action->setObjectName(u"auditActionFilter"_s);
    m_action->setAccessibleName(tr("Action"));
    m_action->addItem(tr("All actions"), QString());
    for (const QString &a : ops::audit::knownActions())
        m_action->addItem(AuditLogModel::actionLabel(a), a);
    label(tr("&Action:"), m_action);
    h->addStretch(1);

    m_exportButton = new QToolButton(bar);
    m_exportButton->setObjectName(u"auditExportButton"_s);
    m_exportButton->setDefaultAction(m_grid->exportAction());
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    h->addWidget(m_exportButton);

    // Every filter applies at once (a date after a short pause while it is typed); the same query is not run twice.
    auto apply = [this] {
        if (!m_applying && (query() != m_query || !m_api))
            reload();
    };
    auto *dateTimer = new QTimer(this);
    dateTimer->setSingleShot(true);
    dateTimer->setInterval(400);
    connect(dateTimer, &QTimer::timeout, this, apply);
    connect(m_staff, &QComboBox::currentIndexChanged, this, apply);
    connect(m_entity, &QComboBox::currentIndexChanged, this, apply);
    connect(m_action, &QComboBox::currentIndexChanged, this, apply);
    for (QDateEdit *d : {m_from, m_to}) {
        connect(d, &QDateEdit::dateChanged, dateTimer, qOverload<>(&QTimer::start));
        connect(d, &QDateEdit::editingFinished, this, apply);
    }
    connect(m_customer, &QLineEdit::returnPressed, this, apply);
    connect(m_customer, &QLineEdit::editingFinished, this, apply);
    connect(m_customer, &QLineEdit::textChanged, this, [this, apply](const QString &text) {
        if (text.isEmpty())
            apply(); // the clear button
    });
    return bar;
}

AuditQuery AuditLogWidget::query() const
{
    AuditQuery q;
    q.staffId = m_staff->currentData().toLongLong();
    q.entity = m_entity->currentData().toString();
    q.action = m_action->currentData().toString();
    q.customer = m_customer->text().trimmed();
    if (m_from->date() > kNoDate)
        q.from = m_from->date();
    if (m_to->date() > kNoDate)
        q.to = m_to->date();
    return q;
}

void AuditLogWidget::setQuery(const AuditQuery &q)
{
    m_applying = true;
    int staff = m_staff->findData(q.staffId);
    if (staff < 0 && q.staffId > 0) {
        m_staff->addItem(tr("Staff member #%1").arg(q.staffId), q.staffId);
        staff = m_staff->count() - 1;
    }
    m_staff->setCurrentIndex(qMax(0, staff));
    m_entity->setCurrentIndex(qMax(0, m_entity->findData(q.entity)));
    m_action->setCurrentIndex(qMax(0, m_action->findData(q.action)));
    m_customer->setText(q.customer);
    m_from->setDate(q.from.isValid() ? q.from : kNoDate);
    m_to->setDate(q.to.isValid() ? q.to : kNoDate);
    m_applying = false;
    reload();
}

void AuditLogWidget::setAuditApi(ops::audit::AuditApi *api)
{
    m_api = api;
    ++m_seq; // answers of the previous connection are dropped
    m_loading = false;
    m_hasMore = false;
    m_banner->dismiss();
    m_model->clear();
    m_exportButton->setEnabled(api != nullptr);
    if (!api) {
        updateSummary();
        return;
    }
    loadStaff();
    reload();
}

void AuditLogWidget::setExportService(ops::csv::ExportService *exports)
{
    m_grid->setExportService(exports);
}

void AuditLogWidget::loadStaff()
{
    ops::runThen(m_api->staff(), this, [this](const ops::Result<QList<ops::audit::StaffOption>> &r) {
        if (!r.ok())
            return m_banner->showError(r.error().userMessage);
        const qint64 current = m_staff->currentData().toLongLong();
        m_applying = true;
        while (m_staff->count() > 1)
            m_staff->removeItem(1);
        for (const auto &s : r.value()) {
            const QString text = s.active ? s.name : tr("%1 (inactive)").arg(s.name);
            m_staff->addItem(text, s.id);
            m_staff->setItemData(m_staff->count() - 1, s.pgRole, Qt::ToolTipRole);
        }
        m_staff->setCurrentIndex(qMax(0, m_staff->findData(current)));
        m_applying = false;
    });
}

void AuditLogWidget::reload()
{
    m_query = query();
    m_cursor = {};
    m_hasMore = false;
    m_model->clear();
    request(true);
}

void AuditLogWidget::fetchMore()
{
    if (m_api && m_hasMore && !m_loading)
        request(false);
}

void AuditLogWidget::request(bool first)
{
    if (!m_api) {
        updateSummary();
        return;
    }
    const quint64 seq = ++m_seq;
    m_loading = true;
    updateSummary();
    ops::runThen(m_api->page(m_query, m_cursor, kPageRows), this,
        [this, seq, first](const ops::Result<ops::audit::AuditPage> &r) {
            if (seq != m_seq)
                return; // a newer query (or another connection) answers instead
            m_loading = false;
            if (!r.ok()) {
                m_hasMore = false;
                m_banner->showError(r.error().userMessage);
                updateSummary();
                return;
            }
            m_banner->dismiss();
            m_cursor = r.value().next;
            m_hasMore = r.value().hasMore;
            if (first)
                m_model->setRows(r.value().rows);
            else
                m_model->appendPage(r.value().rows);
            updateSummary();
            emit pageLoaded();
            QTimer::singleShot(0, this, &AuditLogWidget::maybeFetchMore);
        });
}

void AuditLogWidget::maybeFetchMore()
{
    if (!isVisible() || !m_hasMore || m_loading)
        return;
    const QScrollBar *bar = m_view->verticalScrollBar();
    if (bar->maximum() - bar->value() <= bar->pageStep())
        fetchMore();
}

void AuditLogWidget::updateDetails()
{
    m_details->clear();
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || current.row() >= m_model->rowCount()) {
        m_detailsTitle->setText(tr("Select a row to see what changed."));
        return;
    }
    const AuditEntry &e = m_model->entry(current.row());
    const QString who =
        e.staffName.isEmpty() ? e.dbRole : tr("%1 (%2)", "staff name (database role)").arg(e.staffName, e.dbRole);
    const QString when = QLocale().toString(e.at.toLocalTime(), QLocale::LongFormat);
    QString title = tr("%1 · %2 #%3 · by %4 · %5")
                        .arg(AuditLogModel::actionLabel(e.action), AuditLogModel::entityLabel(e.entity))
                        .arg(e.entityId)
                        .arg(who, when);
    if (!e.customerCode.isEmpty())
        title += u" · "_s
            + tr("Customer: %1").arg(m_model->data(m_model->index(current.row(), AuditLogModel::Customer)).toString());
    if (!e.client.isEmpty())
        title += u" · "_s + tr("Application: %1").arg(e.client);
    m_detailsTitle->setText(title);
    m_detailsTitle->setToolTip(title);

    QStringList fields = e.action == QLatin1String("update") ? e.changedFields() : QStringList();
    if (fields.isEmpty()) {
        fields = e.after.keys();
        for (const QString &k : e.before.keys())
            if (!fields.contains(k))
                fields << k;
    }
    for (const QString &f : std::as_const(fields)) {
        auto *item = new QTreeWidgetItem(m_details);
        item->setText(0, f);
        item->setText(1, e.before.contains(f) ? valueText(e.before.value(f)) : QString());
        item->setText(2, e.after.contains(f) ? valueText(e.after.value(f)) : QString());
        for (int c = 1; c < 3; ++c)
            item->setToolTip(c, item->text(c));
    }
    if (fields.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_details);
        item->setText(0, tr("No field data for this action."));
        item->setFirstColumnSpanned(true);
    }
}

void AuditLogWidget::updateSummary()
{
    const int n = m_model->rowCount();
    const QString count = tr("%n row(s) shown", nullptr, n);
    if (!m_api)
        m_summary->setText(tr("Not connected."));
    else if (m_loading)
        m_summary->setText(tr("%1 · loading…").arg(count));
    else if (m_hasMore)
        m_summary->setText(tr("%1 · more as you scroll").arg(count));
    else
        m_summary->setText(count);
}

void AuditLogWidget::saveUiState() const
{
    if (!m_settings)
        return;
    m_settings->setUiState(kHeaderKey, m_view->header()->saveState());
    m_settings->setUiState(kSplitterKey, m_splitter->saveState());
}

void AuditLogWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    QTimer::singleShot(0, this, &AuditLogWidget::maybeFetchMore);
}

void AuditLogWidget::hideEvent(QHideEvent *event)
{
    saveUiState();
    QWidget::hideEvent(event);
}
