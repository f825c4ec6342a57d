#include "ui/billing/DunningWidget.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

#include "core/common/Money.h"
#include "core/concurrency/Async.h"
#include "core/dunning/DunningApi.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/TextTableModel.h"

using namespace Qt::Literals::StringLiterals;
using ops::dunning::DunningAction;
using ops::dunning::DunningRunReport;
using ops::dunning::DunningStage;
using ops::dunning::SuspensionCandidate;

namespace {

QString money(qint64 cents)
{
    return ops::Money::fromCents(cents).format(QLocale());
}

QString shortDate(const QDate &d)
{
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString();
}

QString statusLabel(const QString &status, const QString &reason)
{
    if (status == u"queued")
        return QCoreApplication::translate("DunningWidget", "queued");
    if (status == u"done")
        return QCoreApplication::translate("DunningWidget", "done");
    if (reason == u"superseded")
        return QCoreApplication::translate("DunningWidget", "skipped: a later stage is sent");
    if (reason == u"no_email")
        return QCoreApplication::translate("DunningWidget", "skipped: no e-mail address");
    if (reason == u"no_phone")
        return QCoreApplication::translate("DunningWidget", "skipped: no phone number");
    if (reason == u"bad_phone")
        return QCoreApplication::translate("DunningWidget", "skipped: the phone number is not a Quebec number");
    return QCoreApplication::translate("DunningWidget", "skipped");
}

// The threshold as typed: "10,00" in French, "10.00" in English (no currency sign, no grouping).
QString plainMoney(qint64 cents)
{
    QString s = ops::Money::fromCents(cents).toPlainString();
    if (QLocale().decimalPoint() == u",")
        s.replace(u'.', u',');
    return s;
}

// What a clerk may type: spaces (also the non-breaking ones of French formatting) and a dollar sign are ignored.
bool parseMoney(QString text, ops::Money *out)
{
    text.remove(u'$');
    text.remove(QChar(0x00A0));
    text.remove(QChar(0x202F));
    text.remove(u' ');
    return ops::Money::parse(text, out);
}

} // namespace

// ---- DunningStageModel ----

DunningStageModel::DunningStageModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QStringList DunningStageModel::actionKeys()
{
    return {u"email"_s, u"sms"_s, u"notice"_s, u"suspend"_s};
}

QString DunningStageModel::actionLabel(const QString &key)
{
    if (key == u"email")
        return tr("Reminder e-mail");
    if (key == u"sms")
        return tr("Reminder SMS");
    if (key == u"notice")
        return tr("Suspension notice (e-mail)");
    if (key == u"suspend")
        return tr("Suspension");
    return key;
}

void DunningStageModel::setStages(const QList<DunningStage> &stages)
{
    beginResetModel();
    m_stages = stages;
    endResetModel();
}

void DunningStageModel::addStage()
{
    DunningStage s;
    s.daysLate = m_stages.isEmpty() ? 7 : qMin(3650, m_stages.constLast().daysLate + 7);
    s.action = u"email"_s;
    s.active = true;
    const int row = int(m_stages.size());
    beginInsertRows({}, row, row);
    m_stages.append(s);
    endInsertRows();
    emit edited();
}

void DunningStageModel::removeStage(int row)
{
    if (row < 0 || row >= m_stages.size())
        return;
    beginRemoveRows({}, row, row);
    m_stages.removeAt(row);
    endRemoveRows();
    emit edited();
}

int DunningStageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_stages.size());
}

int DunningStageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DunningStageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DunningStage &s = m_stages.at(index.row());
    switch (index.column()) {
    case DaysColumn:
        if (role == Qt::DisplayRole)
            return tr("%n day(s) late", nullptr, s.daysLate);
        if (role == Qt::EditRole)
            return s.daysLate;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ActionColumn:
        if (role == Qt::DisplayRole)
            return actionLabel(s.action);
        if (role == Qt::EditRole)
            return s.action;
        break;
    case ActiveColumn:
        if (role == Qt::CheckStateRole)
            return s.active ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::DisplayRole)
            return s.active ? tr("Active") : tr("Inactive");
        break;
    default:
        break;
    }
    return {};
}

bool DunningStageModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_editable || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    DunningStage &s = m_stages[index.row()];
    if (index.column() == DaysColumn && role == Qt::EditRole) {
        bool ok = false;
        const int days = value.toInt(&ok);
        if (!ok || days < 1 || days > 3650)
            return false;
        s.daysLate = days;
    } else if (index.column() == ActionColumn && role == Qt::EditRole) {
        if (!actionKeys().contains(value.toString()))
            return false;
        s.action = value.toString();
    } else if (index.column() == ActiveColumn && role == Qt::CheckStateRole) {
        s.active = value.toInt() == Qt::Checked;
    } else {
        return false;
    }
    emit dataChanged(index, index);
    emit edited();
    return true;
}

Qt::ItemFlags DunningStageModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_editable)
        return f;
    if (index.column() == ActiveColumn)
        return f | Qt::ItemIsUserCheckable;
    return f | Qt::ItemIsEditable;
}

QVariant DunningStageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case DaysColumn:
        return tr("From");
    case ActionColumn:
        return tr("Action");
    case ActiveColumn:
        return tr("Active");
    default:
        return {};
    }
}

// ---- DunningActionDelegate ----

QWidget *DunningActionDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *box = new QComboBox(parent);
    for (const QString &key : DunningStageModel::actionKeys())
        box->addItem(DunningStageModel::actionLabel(key), key);
    return box;
}

void DunningActionDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *box = qobject_cast<QComboBox *>(editor);
    if (box)
        box->setCurrentIndex(qMax(0, box->findData(index.data(Qt::EditRole))));
}

void DunningActionDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *box = qobject_cast<QComboBox *>(editor);
    if (box)
        model->setData(index, box->currentData(), Qt::EditRole);
}

// ---- DunningWidget ----

DunningWidget::DunningWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"DunningWidget"_s);
    auto *v = new QVBoxLayout(this);
    m_banner = new MessageBanner(this);
    v->addWidget(m_banner);

    // Stages and threshold.
    auto *stagesBox = new QGroupBox(tr("Stages"), this);
    auto *sh = new QHBoxLayout(stagesBox);
    m_stages = new DunningStageModel(this);
    m_stageView = new QTableView(stagesBox);
    m_stageView->setObjectName(u"dunningStages"_s);
    m_stageView->setModel(m_stages);
    m_stageView->setItemDelegateForColumn(DunningStageModel::ActionColumn, new DunningActionDelegate(m_stageView));
    m_stageView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_stageView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_stageView->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_stageView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_stageView->horizontalHeader()->setStretchLastSection(true);
    m_stageView->setTabKeyNavigation(false);
    m_stageView->setToolTip(tr("F2 edits a cell; Space turns a stage on or off. A stage is reached by an invoice when "
                               "it is that many days late."));
    m_stageView->setMaximumHeight(170);
    sh->addWidget(m_stageView, 1);
    auto *side = new QFormLayout;
    m_threshold = new QLineEdit(stagesBox);
    m_threshold->setObjectName(u"dunningThreshold"_s);
    m_threshold->setToolTip(tr("Customers owing less than this in late invoices are not chased"));
    side->addRow(tr("&Threshold"), m_threshold);
    m_addStage = new QPushButton(tr("&Add stage"), stagesBox);
    m_addStage->setObjectName(u"dunningAddStage"_s);
    m_removeStage = new QPushButton(tr("Re&move stage"), stagesBox);
    m_removeStage->setObjectName(u"dunningRemoveStage"_s);
    m_removeStage->setToolTip(tr("A stage already used stays in the history, inactive"));
    m_save = new QPushButton(tr("&Save stages"), stagesBox);
    m_save->setObjectName(u"dunningSaveStages"_s);
    m_save->setToolTip(tr("Save the stages and the threshold (Ctrl+S)"));
    side->addRow(m_addStage);
    side->addRow(m_removeStage);
    side->addRow(m_save);
    sh->addLayout(side);
    v->addWidget(stagesBox);

    auto *split = new QSplitter(Qt::Vertical, this);
    // Run for a date: preview first.
    auto *runBox = new QGroupBox(tr("Run for date"), split);
    auto *rv = new QVBoxLayout(runBox);
    auto *bar = new QHBoxLayout;
    auto *dateLabel = new QLabel(tr("&Date"), runBox);
    m_date = new QDateEdit(QDate::currentDate(), runBox);
    m_date->setObjectName(u"dunningDate"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_date->setToolTip(tr("The day the run is for (days late are counted to it); Enter previews"));
    dateLabel->setBuddy(m_date);
    m_previewButton = new QPushButton(tr("&Preview"), runBox);
    m_previewButton->setObjectName(u"dunningPreview"_s);
    m_previewButton->setToolTip(tr("What the run would send and record on that date; nothing is written"));
    m_runButton = new QPushButton(tr("&Run…"), runBox);
    m_runButton->setObjectName(u"dunningRun"_s);
    m_runButton->setToolTip(tr("Record the stages and queue the messages (after a preview of the same date)"));
    bar->addWidget(dateLabel);
    bar->addWidget(m_date);
    bar->addWidget(m_previewButton);
    bar->addWidget(m_runButton);
    bar->addStretch(1);
    rv->addLayout(bar);
    m_summary = new QLabel(runBox);
    m_summary->setObjectName(u"dunningSummary"_s);
    m_summary->setWordWrap(true);
    rv->addWidget(m_summary);
    m_preview = new TextTableModel(
        {tr("Customer"), tr("Name"), tr("Invoice"), tr("Stage"), tr("Amount"), tr("Days late"), tr("Status")}, {4, 5},
        this);
    m_previewView = new QTreeView(runBox);
    m_previewView->setObjectName(u"dunningPreviewList"_s);
    m_previewView->setRootIsDecorated(false);
    m_previewView->setUniformRowHeights(true);
    m_previewView->setAlternatingRowColors(true);
    m_previewView->setModel(m_preview);
    rv->addWidget(m_previewView, 1);

    // Who will be suspended tomorrow, and why.
    auto *tomorrowBox = new QGroupBox(tr("Suspended tomorrow"), split);
    auto *tv = new QVBoxLayout(tomorrowBox);
    m_tomorrowTitle = new QLabel(tomorrowBox);
    m_tomorrowTitle->setObjectName(u"dunningTomorrowTitle"_s);
    tv->addWidget(m_tomorrowTitle);
    m_tomorrow = new TextTableModel(
        {tr("Customer"), tr("Name"), tr("Overdue"), tr("Days late"), tr("Last payment"), tr("Hold")}, {2, 3}, this);
    m_tomorrowView = new QTreeView(tomorrowBox);
    m_tomorrowView->setObjectName(u"dunningTomorrow"_s);
    m_tomorrowView->setRootIsDecorated(false);
    m_tomorrowView->setUniformRowHeights(true);
    m_tomorrowView->setAlternatingRowColors(true);
    m_tomorrowView->setModel(m_tomorrow);
    tv->addWidget(m_tomorrowView, 1);
    auto *hb = new QHBoxLayout;
    m_history = new QLabel(tomorrowBox);
    m_history->setObjectName(u"dunningHistory"_s);
    m_history->setWordWrap(true);
    m_history->setTextInteractionFlags(Qt::TextSelectableByMouse);
    hb->addWidget(m_history, 1);
    m_hold = new QPushButton(tr("&Hold…"), tomorrowBox);
    m_hold->setObjectName(u"dunningHold"_s);
    m_hold->setToolTip(tr("Dunning skips this customer until a date (Ctrl+H)"));
    m_release = new QPushButton(tr("Re&lease hold"), tomorrowBox);
    m_release->setObjectName(u"dunningRelease"_s);
    hb->addWidget(m_hold, 0, Qt::AlignTop);
    hb->addWidget(m_release, 0, Qt::AlignTop);
    tv->addLayout(hb);
    split->addWidget(runBox);
    split->addWidget(tomorrowBox);
    v->addWidget(split, 1);

    connect(m_stages, &DunningStageModel::edited, this, &DunningWidget::updateButtons);
    connect(m_threshold, &QLineEdit::textEdited, this, &DunningWidget::updateButtons);
    connect(m_addStage, &QPushButton::clicked, this, [this] {
        m_stages->addStage();
        m_stageView->setCurrentIndex(m_stages->index(m_stages->rowCount() - 1, DunningStageModel::DaysColumn));
        m_stageView->setFocus(Qt::OtherFocusReason);
    });
    connect(m_removeStage, &QPushButton::clicked, this, [this] {
        if (m_stageView->currentIndex().isValid())
            m_stages->removeStage(m_stageView->currentIndex().row());
    });
    connect(m_save, &QPushButton::clicked, this, &DunningWidget::saveStages);
    connect(m_previewButton, &QPushButton::clicked, this, &DunningWidget::previewRun);
    connect(m_runButton, &QPushButton::clicked, this, &DunningWidget::runForDate);
    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        updateButtons();
        refreshTomorrow();
    });
    connect(m_date, &QAbstractSpinBox::editingFinished, this, [this] {
        if (m_date->hasFocus() && m_previewedDate != date())
            previewRun();
    });
    connect(m_tomorrowView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showHistory();
        updateButtons();
    });
    connect(m_hold, &QPushButton::clicked, this, &DunningWidget::holdSelected);
    connect(m_release, &QPushButton::clicked, this, &DunningWidget::releaseSelectedHold);
    auto *saveShortcut =
        new QShortcut(QKeySequence::Save, this, this, &DunningWidget::saveStages, Qt::WidgetWithChildrenShortcut);
    saveShortcut->setObjectName(u"dunningSaveShortcut"_s);
    auto *holdShortcut = new QShortcut(
        QKeySequence(Qt::CTRL | Qt::Key_H), this, this, &DunningWidget::holdSelected, Qt::WidgetWithChildrenShortcut);
    holdShortcut->setObjectName(u"dunningHoldShortcut"_s);

    m_confirm = [this](const QString &question) {
        return QMessageBox::question(
                   this, tr("Dunning run"), question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
    };
    m_holdPrompt = [this](QDate *until, QString *reason) {
        QDialog dialog(this);
        dialog.setWindowTitle(tr("Hold dunning"));
        auto *form = new QFormLayout(&dialog);
        auto *untilEdit = new QDateEdit(date().addDays(14), &dialog);
        untilEdit->setCalendarPopup(true);
        untilEdit->setDisplayFormat(u"yyyy-MM-dd"_s);
        untilEdit->setMinimumDate(date());
        auto *reasonEdit = new QLineEdit(&dialog);
        reasonEdit->setMaxLength(500);
        reasonEdit->setPlaceholderText(tr("For example: payment arrangement until the 15th"));
        form->addRow(tr("&Until"), untilEdit);
        form->addRow(tr("&Reason"), reasonEdit);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        form->addRow(buttons);
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        reasonEdit->setFocus();
        if (dialog.exec() != QDialog::Accepted)
            return false;
        *until = untilEdit->date();
        *reason = reasonEdit->text();
        return true;
    };
    setFocusProxy(m_date);
    updateButtons();
}

DunningWidget::~DunningWidget() = default;

void DunningWidget::setApi(ops::dunning::DunningApi *api)
{
    m_api = api;
    ++m_seq;
    ++m_tomorrowSeq;
    m_busy = false;
    m_stages->setStages({});
    m_preview->setRows({});
    m_tomorrow->setRows({});
    m_candidates.clear();
    m_previewedDate = {};
    m_summary->clear();
    m_history->clear();
    if (api)
        reload();
    updateButtons();
}

QDate DunningWidget::date() const
{
    return m_date->date();
}

void DunningWidget::setDate(const QDate &d)
{
    m_date->setDate(d);
}

void DunningWidget::reload()
{
    if (!m_api)
        return;
    const quint64 seq = m_seq;
    ops::runThen(m_api->config(), this, [this, seq](const ops::Result<ops::dunning::DunningConfig> &r) {
        if (seq != m_seq)
            return;
        if (!r.ok()) {
            m_banner->showError(r.error().userMessage);
            return;
        }
        m_canEdit = r.value().canEdit;
        m_stages->setEditable(m_canEdit);
        m_stages->setStages(r.value().stages);
        m_threshold->setText(plainMoney(r.value().thresholdCents));
        m_threshold->setReadOnly(!m_canEdit);
        m_threshold->setModified(false);
        updateButtons();
    });
    refreshTomorrow();
}

void DunningWidget::saveStages()
{
    if (!m_api || !m_canEdit || m_busy)
        return;
    ops::Money threshold;
    if (!parseMoney(m_threshold->text(), &threshold) || threshold.cents() < 0) {
        m_banner->showError(tr("The threshold is not an amount (for example 10,00 or 10.00)."));
        m_threshold->setFocus(Qt::OtherFocusReason);
        return;
    }
    ops::dunning::DunningConfig config;
    config.stages = m_stages->stages();
    config.thresholdCents = threshold.cents();
    m_busy = true;
    updateButtons();
    const quint64 seq = m_seq;
    ops::runThen(m_api->saveConfig(config), this, [this, seq](const ops::Status &st) {
        if (seq != m_seq)
            return;
        m_busy = false;
        if (!st.ok()) {
            m_banner->showError(st.error().userMessage);
            updateButtons();
            return;
        }
        m_banner->showSuccess(tr("Stages saved."));
        m_previewedDate = {}; // the preview may no longer hold
        reload();
    });
}

void DunningWidget::previewRun()
{
    if (!m_api || m_busy)
        return;
    m_busy = true;
    updateButtons();
    m_banner->dismiss();
    const QDate d = date();
    const quint64 seq = m_seq;
    ops::runThen(m_api->preview(d), this, [this, seq, d](const ops::Result<DunningRunReport> &r) {
        if (seq != m_seq)
            return;
        m_busy = false;
        if (!r.ok()) {
            m_banner->showError(r.error().userMessage);
            m_previewedDate = {};
            updateButtons();
            return;
        }
        m_previewedDate = d;
        m_previewedActions = int(r.value().actions.size());
        showReport(r.value());
        updateButtons();
    });
}

void DunningWidget::runForDate()
{
    if (!m_api || m_busy || m_previewedDate != date() || m_previewedActions == 0)
        return;
    const QDate d = date();
    if (!m_confirm(tr("Record %n dunning action(s) for %1 and queue their messages? Customers reaching the "
                      "suspension stage are suspended.",
            nullptr, m_previewedActions)
                       .arg(QLocale().toString(d, QLocale::LongFormat))))
        return;
    m_busy = true;
    updateButtons();
    const quint64 seq = m_seq;
    ops::runThen(m_api->run(d), this, [this, seq](const ops::Result<DunningRunReport> &r) {
        if (seq != m_seq)
            return;
        m_busy = false;
        if (!r.ok()) {
            m_banner->showError(r.error().userMessage);
            updateButtons();
            return;
        }
        showReport(r.value());
        m_previewedDate = {}; // recorded: a new preview shows what is left
        m_banner->showSuccess(tr("Dunning recorded: %1 e-mail(s), %2 SMS, %3 notice(s), %4 customer(s) suspended.")
                                  .arg(r.value().emails)
                                  .arg(r.value().sms)
                                  .arg(r.value().notices)
                                  .arg(r.value().suspendedCustomers));
        emit runFinished(r.value());
        refreshTomorrow();
        updateButtons();
    });
}

void DunningWidget::showReport(const DunningRunReport &report)
{
    QList<TextTableModel::Row> rows;
    rows.reserve(report.actions.size());
    for (const DunningAction &a : report.actions)
        rows.push_back({a.invoiceId,
            {a.customerCode, a.customerName, a.invoiceCode, DunningStageModel::actionLabel(a.action),
                money(a.amountCents), QLocale().toString(a.daysLate), statusLabel(a.status, a.skipReason)},
            {}});
    m_preview->setRows(std::move(rows));
    m_previewView->header()->resizeSections(QHeaderView::ResizeToContents);
    const QString what = report.preview
        ? tr("Preview of %1 (nothing written):").arg(QLocale().toString(report.date, QLocale::ShortFormat))
        : tr("Recorded for %1:").arg(QLocale().toString(report.date, QLocale::ShortFormat));
    m_summary->setText(what + u' '
        + tr("%n action(s); %1 e-mail(s), %2 SMS, %3 suspension notice(s), %4 customer(s) suspended, %5 skipped.",
            nullptr, int(report.actions.size()))
              .arg(report.emails)
              .arg(report.sms)
              .arg(report.notices)
              .arg(report.suspendedCustomers)
              .arg(report.skipped));
}

void DunningWidget::refreshTomorrow()
{
    if (!m_api)
        return;
    const QDate d = date();
    m_tomorrowTitle->setText(tr("Customers whose suspension falls on %1 or is due and not yet applied")
                                 .arg(QLocale().toString(d.addDays(1), QLocale::LongFormat)));
    const quint64 seq = ++m_tomorrowSeq;
    ops::runThen(m_api->suspensionPreview(d), this, [this, seq](const ops::Result<QList<SuspensionCandidate>> &r) {
        if (seq != m_tomorrowSeq)
            return;
        if (!r.ok()) {
            m_banner->showError(r.error().userMessage);
            return;
        }
        const QVariant current = m_tomorrowView->currentIndex().data(TextTableModel::KeyRole);
        m_candidates = r.value();
        QList<TextTableModel::Row> rows;
        rows.reserve(m_candidates.size());
        for (const SuspensionCandidate &c : std::as_const(m_candidates)) {
            QStringList history;
            for (const auto &h : c.history)
                history << tr("%1: %2 (%3, %4)")
                               .arg(shortDate(h.runDate), DunningStageModel::actionLabel(h.action), h.invoiceCode,
                                   statusLabel(h.status, {}));
            const QString lastPayment = c.lastPaymentCents > 0
                ? tr("%1 on %2").arg(money(c.lastPaymentCents), shortDate(c.lastPaymentOn))
                : tr("none");
            const QString hold = c.onHold ? tr("until %1: %2").arg(shortDate(c.holdUntil), c.holdReason) : QString();
            rows.push_back({c.customerId,
                {c.code, c.name, money(c.overdueCents), QLocale().toString(c.daysLate), lastPayment, hold},
                history.isEmpty() ? tr("No stage sent yet") : history.join(u'\n')});
        }
        m_tomorrow->setRows(std::move(rows));
        m_tomorrowView->header()->resizeSections(QHeaderView::ResizeToContents);
        for (int i = 0; i < m_tomorrow->rowCount(); ++i)
            if (m_tomorrow->row(i).key == current)
                m_tomorrowView->setCurrentIndex(m_tomorrow->index(i, 0));
        if (!m_tomorrowView->currentIndex().isValid() && m_tomorrow->rowCount() > 0)
            m_tomorrowView->setCurrentIndex(m_tomorrow->index(0, 0));
        showHistory();
        updateButtons();
    });
}

const SuspensionCandidate *DunningWidget::selectedCandidate() const
{
    const QModelIndex i = m_tomorrowView->currentIndex();
    if (!i.isValid() || i.row() >= m_candidates.size())
        return nullptr;
    return &m_candidates.at(i.row());
}

void DunningWidget::showHistory()
{
    const SuspensionCandidate *c = selectedCandidate();
    if (!c) {
        m_history->setText(m_candidates.isEmpty() ? tr("Nobody is suspended tomorrow.") : QString());
        return;
    }
    const QString history =
        m_tomorrow->data(m_tomorrow->index(m_tomorrowView->currentIndex().row(), 0), Qt::ToolTipRole).toString();
    m_history->setText(tr("%1 — %2 overdue, %n day(s) late. Stages: %3", nullptr, c->daysLate)
                           .arg(c->code, money(c->overdueCents), QString(history).replace(u'\n', u"; "_s)));
}

void DunningWidget::holdSelected()
{
    const SuspensionCandidate *c = selectedCandidate();
    if (!m_api || !c || !m_canEdit)
        return;
    const qint64 customerId = c->customerId;
    const QString code = c->code;
    QDate until;
    QString reason;
    if (!m_holdPrompt(&until, &reason))
        return;
    const quint64 seq = m_seq;
    ops::runThen(m_api->addHold(customerId, until, reason), this, [this, seq, code](const ops::Result<qint64> &r) {
        if (seq != m_seq)
            return;
        if (!r.ok()) {
            m_banner->showError(r.error().userMessage);
            return;
        }
        m_banner->showSuccess(tr("Dunning holds %1.").arg(code));
        refreshTomorrow();
    });
}

void DunningWidget::releaseSelectedHold()
{
    const SuspensionCandidate *c = selectedCandidate();
    if (!m_api || !c || !c->onHold || !m_canEdit)
        return;
    const QString code = c->code;
    const quint64 seq = m_seq;
    ops::runThen(m_api->releaseHold(c->holdId), this, [this, seq, code](const ops::Status &st) {
        if (seq != m_seq)
            return;
        if (!st.ok()) {
            m_banner->showError(st.error().userMessage);
            return;
        }
        m_banner->showSuccess(tr("The hold on %1 is released.").arg(code));
        refreshTomorrow();
    });
}

void DunningWidget::updateButtons()
{
    const bool on = m_api != nullptr && !m_busy;
    m_addStage->setEnabled(on && m_canEdit);
    m_removeStage->setEnabled(on && m_canEdit && m_stages->rowCount() > 0);
    m_save->setEnabled(on && m_canEdit);
    m_previewButton->setEnabled(on);
    m_runButton->setEnabled(
        on && m_canEdit && m_previewedDate.isValid() && m_previewedDate == date() && m_previewedActions > 0);
    const SuspensionCandidate *c = selectedCandidate();
    m_hold->setEnabled(on && m_canEdit && c);
    m_release->setEnabled(on && m_canEdit && c && c->onHold);
}
