#include "ui/import/ImportReportView.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/common/Money.h"
#include "core/import/ErpnextImportService.h"
#include "core/import/ImportReportCsv.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/TextTableModel.h"
#include "ui/common/Theme.h"

using namespace Qt::Literals::StringLiterals;
using ops::import::ImportReport;

namespace {

// The refused and changed rows, filtered by entity and reason (their codes are the row's key).
class IssueFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setCodes(const QString &entity, const QString &reason)
    {
        m_entity = entity;
        m_reason = reason;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QStringList key = sourceModel()->index(row, 0, parent).data(TextTableModel::KeyRole).toStringList();
        return (m_entity.isEmpty() || key.value(0) == m_entity) && (m_reason.isEmpty() || key.value(1) == m_reason);
    }

private:
    QString m_entity;
    QString m_reason;
};

QString actionLabel(const QString &action)
{
    if (action == "refused"_L1)
        return ImportReportView::tr("refused");
    if (action == "changed"_L1)
        return ImportReportView::tr("changed");
    if (action == "deleted_upstream"_L1)
        return ImportReportView::tr("deleted in ERPNext");
    if (action == "skipped"_L1)
        return ImportReportView::tr("skipped");
    return action;
}

QString metricLabel(const QString &metric)
{
    if (metric == "count"_L1)
        return ImportReportView::tr("Rows");
    if (metric == "total_cents"_L1)
        return ImportReportView::tr("Invoice totals");
    if (metric == "tax_cents"_L1)
        return ImportReportView::tr("Taxes");
    if (metric == "received_cents"_L1)
        return ImportReportView::tr("Payments received");
    if (metric == "balance_cents"_L1)
        return ImportReportView::tr("Balance");
    if (metric == "balance_total_cents"_L1)
        return ImportReportView::tr("Balances (total)");
    return metric;
}

QTableWidgetItem *cell(const QString &text, bool numeric = false)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (numeric)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setAlternatingRowColors(true);
    return t;
}

} // namespace

ImportReportView::ImportReportView(QWidget *parent)
    : QWidget(parent)
{
    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(0, 0, 0, 0);
    auto *head = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    head->addWidget(m_summary, 1);
    m_save = new QPushButton(tr("Save report as &CSV…"), this);
    m_save->setAutoDefault(false);
    head->addWidget(m_save);
    root->addLayout(head);
    m_banner = new MessageBanner(this);
    m_banner->hide();
    root->addWidget(m_banner);

    m_tabs = new QTabWidget(this);
    m_counts = makeTable({tr("Entity"), tr("In ERPNext"), tr("Imported (new)"), tr("Updated"), tr("Unchanged"),
                             tr("Refused"), tr("Deleted in ERPNext")},
        m_tabs);
    m_tabs->addTab(m_counts, tr("Counts"));

    auto *issuesPage = new QWidget(m_tabs);
    auto *issuesLayout = new QVBoxLayout(issuesPage);
    auto *filters = new QHBoxLayout;
    m_entity = new QComboBox(issuesPage);
    m_entity->setAccessibleName(tr("Filter by entity"));
    m_reason = new QComboBox(issuesPage);
    m_reason->setAccessibleName(tr("Filter by reason"));
    filters->addWidget(new QLabel(tr("Entity:"), issuesPage));
    filters->addWidget(m_entity);
    filters->addWidget(new QLabel(tr("Reason:"), issuesPage));
    filters->addWidget(m_reason, 1);
    issuesLayout->addLayout(filters);
    m_issues =
        new TextTableModel({tr("Entity"), tr("ERPNext name"), tr("Field"), tr("Action"), tr("Reason")}, {}, this);
    m_filter = new IssueFilter(this);
    m_filter->setSourceModel(m_issues);
    m_issuesView = new QTableView(issuesPage);
    m_issuesView->setModel(m_filter);
    m_issuesView->verticalHeader()->hide();
    m_issuesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_issuesView->horizontalHeader()->setStretchLastSection(true);
    m_issuesView->setAlternatingRowColors(true);
    issuesLayout->addWidget(m_issuesView, 1);
    m_tabs->addTab(issuesPage, tr("Refused and changed rows"));

    m_recon = makeTable(
        {tr("Entity"), tr("Figure"), tr("ERPNext name"), tr("ERPNext"), tr("Targo Ops"), tr("Difference")}, m_tabs);
    m_tabs->addTab(m_recon, tr("Reconciliation"));
    root->addWidget(m_tabs, 1);

    connect(m_entity, &QComboBox::currentIndexChanged, this, &ImportReportView::applyFilter);
    connect(m_reason, &QComboBox::currentIndexChanged, this, &ImportReportView::applyFilter);
    connect(m_save, &QPushButton::clicked, this, &ImportReportView::askAndSave);
}

ImportReportView::~ImportReportView() = default;

void ImportReportView::setReport(const ImportReport &report)
{
    m_report = report;
    m_banner->hide();
    const int lines = static_cast<int>(report.issues.size());
    const int differences = static_cast<int>(report.differences());
    QString summary = report.dryRun
        ? tr("Dry run: nothing was kept.")
        : (report.resumed ? tr("Import %1 done (continued an interrupted one).") : tr("Import %1 done."))
              .arg(report.runId);
    summary += u' ' + tr("%n row(s) refused or changed", nullptr, lines) + u"; "_s
        + tr("%n reconciliation difference(s).", nullptr, differences);
    m_summary->setText(summary);
    fillCounts();
    fillIssues();
    fillReconciliation();
}

void ImportReportView::fillCounts()
{
    QHash<QString, qint64> source;
    for (const auto &l : m_report.reconciliation) {
        if (l.metric == "count"_L1 && l.erpnextName.isEmpty())
            source.insert(l.entity, l.erpnext);
    }
    const QLocale locale;
    m_counts->setRowCount(static_cast<int>(m_report.entities.size()));
    int row = 0;
    for (const auto &c : m_report.entities) {
        m_counts->setItem(row, 0, cell(ops::import::entityLabel(c.entity)));
        if (c.skipped) {
            m_counts->setItem(row, 1, cell(tr("not on this site (skipped)")));
            for (int col = 2; col < m_counts->columnCount(); ++col)
                m_counts->setItem(row, col, cell(QString()));
        } else {
            const qint64 values[] = {
                source.value(c.entity, -1), c.inserted, c.updated, c.unchanged, c.refused, c.deletedUpstream};
            for (int i = 0; i < 6; ++i)
                m_counts->setItem(row, i + 1, cell(values[i] < 0 ? QString() : locale.toString(values[i]), true));
            if (c.refused > 0)
                m_counts->item(row, 5)->setForeground(Theme::color(Theme::Role::TextDanger));
        }
        ++row;
    }
    m_counts->resizeColumnsToContents();
}

void ImportReportView::fillIssues()
{
    QList<TextTableModel::Row> rows;
    rows.reserve(m_report.issues.size());
    QStringList entities;
    QStringList reasons;
    for (const auto &i : m_report.issues) {
        rows.append(TextTableModel::Row(QStringList{i.entity, i.reason},
            {ops::import::entityLabel(i.entity), i.erpnextName, i.field, actionLabel(i.action),
                ops::import::reasonText(i.reason)}));
        if (!entities.contains(i.entity))
            entities << i.entity;
        if (!reasons.contains(i.reason))
            reasons << i.reason;
    }
    m_issues->setRows(std::move(rows));
    const QSignalBlocker b1(m_entity);
    const QSignalBlocker b2(m_reason);
    m_entity->clear();
    m_entity->addItem(tr("All entities"), QString());
    for (const QString &e : entities)
        m_entity->addItem(ops::import::entityLabel(e), e);
    m_reason->clear();
    m_reason->addItem(tr("All reasons"), QString());
    for (const QString &r : reasons)
        m_reason->addItem(ops::import::reasonText(r), r);
    applyFilter();
    m_issuesView->resizeColumnsToContents();
}

void ImportReportView::fillReconciliation()
{
    const QLocale locale;
    m_recon->setRowCount(static_cast<int>(m_report.reconciliation.size()));
    int row = 0;
    for (const auto &l : m_report.reconciliation) {
        const bool money = l.metric.endsWith("_cents"_L1);
        auto show = [&](qint64 v) {
            return money ? ops::Money::fromCents(v).format(locale) : locale.toString(v);
        };
        m_recon->setItem(row, 0, cell(ops::import::entityLabel(l.entity)));
        m_recon->setItem(row, 1, cell(metricLabel(l.metric)));
        m_recon->setItem(row, 2, cell(l.erpnextName));
        m_recon->setItem(row, 3, cell(show(l.erpnext), true));
        m_recon->setItem(row, 4, cell(show(l.ours), true));
        m_recon->setItem(row, 5, cell(l.equal() ? QString() : show(l.ours - l.erpnext), true));
        if (!l.equal()) {
            for (int col = 0; col < m_recon->columnCount(); ++col) {
                QTableWidgetItem *item = m_recon->item(row, col);
                item->setForeground(Theme::color(Theme::Role::TextDanger));
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
                item->setToolTip(tr("ERPNext and Targo Ops differ"));
            }
        }
        ++row;
    }
    m_recon->resizeColumnsToContents();
}

void ImportReportView::applyFilter()
{
    static_cast<IssueFilter *>(m_filter)->setCodes(
        m_entity->currentData().toString(), m_reason->currentData().toString());
}

QString ImportReportView::saveCsv(const QString &path) const
{
    QString error;
    if (!ops::import::writeImportReportCsv(path, m_report, &error))
        return tr("The report could not be saved to %1: %2").arg(path, error);
    return {};
}

void ImportReportView::askAndSave()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name =
        m_report.dryRun ? u"erpnext-dry-run-report.csv"_s : u"erpnext-import-%1-report.csv"_s.arg(m_report.runId);
    auto *dialog = new QFileDialog(this, tr("Save the import report"), dir + u'/' + name, tr("CSV files (*.csv)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"csv"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        const QString error = saveCsv(path);
        if (error.isEmpty())
            m_banner->showSuccess(tr("Report saved to %1.").arg(path));
        else
            m_banner->showError(error);
    });
    dialog->open();
}
