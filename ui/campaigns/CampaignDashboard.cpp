#include "ui/campaigns/CampaignDashboard.h"

#include <QComboBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include "core/campaigns/CampaignApi.h"
#include "core/concurrency/Async.h"
#include "core/live/ChangeFeed.h"
#include "ui/campaigns/CampaignLabels.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/TextTableModel.h"

using namespace Qt::StringLiterals;
using namespace ops::campaigns;

namespace {

constexpr int kStatusColumn = 2;
constexpr int kRecipientRows = 5000; // the table shows the first ones; the report has them all

QString when(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s) : QString();
}

} // namespace

CampaignDashboard::CampaignDashboard(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *back = new QPushButton(tr("← Campaigns"), this);
    back->setToolTip(tr("Back to the list (Esc)"));
    connect(back, &QPushButton::clicked, this, &CampaignDashboard::backRequested);
    new QShortcut(
        QKeySequence(Qt::Key_Escape), this, this, &CampaignDashboard::backRequested, Qt::WidgetWithChildrenShortcut);
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_status = new QLabel(this);
    m_status->setObjectName(u"campaignStatus"_s);
    QFont strong = m_status->font();
    strong.setBold(true);
    m_status->setFont(strong);
    top->addWidget(back);
    m_kind = new QLabel(this);
    m_kind->setObjectName(u"campaignKind"_s);
    top->addWidget(m_title, 1);
    top->addWidget(m_kind);
    top->addSpacing(12);
    top->addWidget(m_status);
    layout->addLayout(top);
    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);

    auto *counts = new QGridLayout;
    const QList<std::pair<QString, QString>> names{{u"sent"_s, tr("Sent")}, {u"failed"_s, tr("Failed")},
        {u"skipped"_s, tr("Skipped")}, {u"ambiguous"_s, tr("Ambiguous")}, {u"pending"_s, tr("Pending")},
        {u"rate"_s, tr("Per second")}};
    int col = 0;
    for (const auto &[key, label] : names) {
        auto *value = new QLabel(u"–"_s, this);
        value->setObjectName(u"count_"_s + key);
        QFont f = value->font();
        f.setPointSizeF(f.pointSizeF() * 1.6);
        f.setBold(true);
        value->setFont(f);
        value->setAlignment(Qt::AlignCenter);
        auto *caption = new QLabel(label, this);
        caption->setAlignment(Qt::AlignCenter);
        counts->addWidget(value, 0, col);
        counts->addWidget(caption, 1, col);
        m_counts.insert(key, value);
        ++col;
    }
    layout->addLayout(counts);

    auto *actions = new QHBoxLayout;
    auto button = [this, actions](const QString &text, const QString &name, const QString &tip) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setToolTip(tip);
        actions->addWidget(b);
        return b;
    };
    m_send = button(tr("&Send"), u"send"_s,
        tr("Starts sending; the open application and the worker continue it "
           "(Ctrl+Return)"));
    m_pause = button(tr("&Pause"), u"pause"_s, tr("No new message starts; those queued finish (Ctrl+Shift+P)"));
    m_resume = button(tr("Res&ume"), u"resume"_s, tr("Continues a paused campaign"));
    m_cancel = button(tr("Cancel campaign…"), u"cancel"_s, tr("The recipients not sent yet will never be"));
    m_resendOne = button(tr("Resend selected"), u"resendOne"_s, tr("Sends the selected failed recipient again"));
    m_resendAll = button(tr("Resend all failed"), u"resendAll"_s, tr("Sends every failed recipient again"));
    m_decide = button(tr("&Decide…"), u"decide"_s, tr("The selected ambiguous send: mark it sent, or send it again"));
    actions->addStretch();
    m_export = button(tr("&Export report…"), u"export"_s, tr("The report CSV of every recipient (Ctrl+E)"));
    layout->addLayout(actions);
    connect(m_send, &QPushButton::clicked, this, &CampaignDashboard::send);
    connect(m_pause, &QPushButton::clicked, this, &CampaignDashboard::pause);
    connect(m_resume, &QPushButton::clicked, this, &CampaignDashboard::resume);
    connect(m_cancel, &QPushButton::clicked, this, &CampaignDashboard::cancel);
    connect(m_resendOne, &QPushButton::clicked, this, &CampaignDashboard::resendSelected);
    connect(m_resendAll, &QPushButton::clicked, this, &CampaignDashboard::resendAllFailed);
    connect(m_decide, &QPushButton::clicked, this, &CampaignDashboard::decideSelected);
    connect(m_export, &QPushButton::clicked, this, &CampaignDashboard::exportReport);
    new QShortcut(
        QKeySequence(Qt::CTRL | Qt::Key_Return), this, this, &CampaignDashboard::send, Qt::WidgetWithChildrenShortcut);
    new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), this, this, &CampaignDashboard::pause,
        Qt::WidgetWithChildrenShortcut);
    new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), this, this, &CampaignDashboard::exportReport,
        Qt::WidgetWithChildrenShortcut);

    auto *filterRow = new QHBoxLayout;
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(u"statusFilter"_s);
    m_statusFilter->addItem(tr("All statuses"));
    for (const QString &s : recipientStatuses())
        m_statusFilter->addItem(recipientStatusText(s), s);
    filterRow->addWidget(new QLabel(tr("Show:"), this));
    filterRow->addWidget(m_statusFilter);
    filterRow->addSpacing(12);
    m_addAddress = new QLineEdit(this);
    m_addAddress->setObjectName(u"addAddress"_s);
    m_addAddress->setPlaceholderText(tr("Add a recipient: address"));
    m_addCustomer = new QLineEdit(this);
    m_addCustomer->setObjectName(u"addCustomer"_s);
    m_addCustomer->setPlaceholderText(tr("Customer code (optional)"));
    m_add = new QPushButton(tr("&Add"), this);
    m_add->setObjectName(u"addRecipient"_s);
    m_add->setToolTip(tr("Adds one recipient to this campaign (CASL is checked as for the others)"));
    filterRow->addWidget(m_addAddress, 2);
    filterRow->addWidget(m_addCustomer, 1);
    filterRow->addWidget(m_add);
    filterRow->addStretch();
    filterRow->addWidget(new QLabel(tr("Test send to:"), this));
    m_testAddress = new QLineEdit(this);
    m_testAddress->setObjectName(u"testAddress"_s);
    m_testAddress->setMinimumWidth(220);
    filterRow->addWidget(m_testAddress);
    m_testSend = new QPushButton(tr("Send a &test"), this);
    m_testSend->setObjectName(u"testSend"_s);
    m_testSend->setToolTip(tr("The first recipient's message, to you, through the outbox"));
    filterRow->addWidget(m_testSend);
    layout->addLayout(filterRow);
    connect(m_testSend, &QPushButton::clicked, this, &CampaignDashboard::testSend);
    connect(m_add, &QPushButton::clicked, this, &CampaignDashboard::addRecipient);
    connect(m_addAddress, &QLineEdit::returnPressed, this, &CampaignDashboard::addRecipient);
    connect(m_testAddress, &QLineEdit::returnPressed, this, &CampaignDashboard::testSend);

    m_model = new TextTableModel({tr("Recipient"), tr("Language"), tr("Status"), tr("Attempts"), tr("Error"),
                                     tr("Error code"), tr("Message ID"), tr("Queued at"), tr("Sent at"), tr("Updated")},
        {3}, this);
    m_filter = new QSortFilterProxyModel(this);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterKeyColumn(kStatusColumn);
    m_table = new QTableView(this);
    m_table->setObjectName(u"recipientsTable"_s);
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(u"preview"_s);
    m_preview->setOpenLinks(false);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(m_preview);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        const QString key = m_statusFilter->currentData().toString();
        m_filter->setFilterRegularExpression(key.isEmpty()
                ? QRegularExpression()
                : QRegularExpression(u"^%1$"_s.arg(QRegularExpression::escape(recipientStatusText(key)))));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showPreview();
        updateButtons();
    });

    m_throttle = new QTimer(this);
    m_throttle->setSingleShot(true);
    m_throttle->setInterval(1000);
    connect(m_throttle, &QTimer::timeout, this, &CampaignDashboard::refresh);

    m_confirm = [this](const QString &question) {
        return QMessageBox::question(
                   this, tr("Campaign"), question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
    };
    m_decision = [this](const QString &address) -> std::optional<bool> {
        QMessageBox box(QMessageBox::Question, tr("Ambiguous send"),
            tr("The provider may or may not have sent the message to %1: the connection ended before its answer. "
               "Check the provider's log (Mailjet or Twilio) first.\n\nMark it as sent if it arrived; send it again "
               "only if you are sure it did not (else the customer gets it twice).")
                .arg(address),
            QMessageBox::Cancel, this);
        QPushButton *sent = box.addButton(tr("Mark as sent"), QMessageBox::AcceptRole);
        QPushButton *again = box.addButton(tr("Send again"), QMessageBox::DestructiveRole);
        box.exec();
        if (box.clickedButton() == sent)
            return true;
        if (box.clickedButton() == again)
            return false;
        return std::nullopt;
    };
    m_savePath = [this] {
        return QFileDialog::getSaveFileName(
            this, tr("Campaign report"), m_campaign.code + u".csv"_s, tr("CSV files (*.csv)"));
    };
    updateButtons();
}

void CampaignDashboard::setApi(CampaignApi *api)
{
    m_api = api;
    updateButtons();
}

void CampaignDashboard::setChangeFeed(ops::live::ChangeFeed *feed)
{
    if (m_feed)
        disconnect(m_feed, nullptr, this, nullptr);
    m_feed = feed;
    if (m_feed)
        connect(m_feed, &ops::live::ChangeFeed::changed, this, &CampaignDashboard::onChange);
}

void CampaignDashboard::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateButtons();
}

void CampaignDashboard::open(const Campaign &campaign)
{
    m_campaign = campaign;
    m_state = campaign.status;
    m_banner->dismiss();
    m_model->clear();
    m_preview->clear();
    for (QLabel *l : std::as_const(m_counts))
        l->setText(u"–"_s);
    m_title->setText(u"%1 — %2"_s.arg(campaign.code, campaign.name));
    m_title->setToolTip(u"%1 · %2"_s.arg(CampaignLabels::channel(channelName(campaign.channel)),
        CampaignLabels::classification(classificationName(campaign.classification))));
    m_kind->setText(m_title->toolTip());
    m_testAddress->setPlaceholderText(
        campaign.channel == Channel::Email ? tr("Empty: your staff e-mail address") : tr("Your mobile number"));
    refresh();
}

void CampaignDashboard::onChange(const ops::live::Change &change)
{
    if (m_campaign.id == 0 || (change.table != u"campaign_recipients"_s && change.table != u"campaigns"_s))
        return;
    if (!m_throttle->isActive())
        m_throttle->start(); // at most one re-read a second while a campaign is being sent
}

void CampaignDashboard::refresh()
{
    if (!m_api || m_campaign.id == 0)
        return;
    const qint64 id = m_campaign.id;
    ops::runThen(m_api->progress(id), this, [this, id](const ops::Result<CampaignProgress> &r) {
        if (id != m_campaign.id)
            return;
        if (!r.ok()) {
            m_banner->showError(r.error().userMessage);
            return;
        }
        showProgress(r.value());
    });
    ops::runThen(m_api->recipients(id, kRecipientRows), this, [this, id](const ops::Result<QList<Recipient>> &r) {
        if (id != m_campaign.id || !r.ok())
            return;
        const QString current = selectedAddress(QString());
        QList<TextTableModel::Row> rows;
        for (const Recipient &x : r.value()) {
            const QString error = x.status == u"skipped"_s ? skipReasonText(x.skipReason) : x.lastError;
            rows << TextTableModel::Row(x.address,
                {x.address, x.language, recipientStatusText(x.status), QString::number(x.attempts), error, x.errorCode,
                    x.providerMessageId, when(x.queuedAt), when(x.sentAt), when(x.updatedAt)});
        }
        const bool first = m_model->rowCount() == 0;
        m_model->setRows(rows);
        if (first) // widths once per campaign, not at every re-read
            m_table->resizeColumnsToContents();
        for (int i = 0; i < m_filter->rowCount(); ++i)
            if (m_filter->index(i, 0).data().toString() == current)
                m_table->selectRow(i);
        ++m_refreshes;
        updateButtons();
    });
}

void CampaignDashboard::showProgress(const CampaignProgress &p)
{
    const QLocale l;
    m_counts.value(u"sent"_s)->setText(l.toString(p.sent));
    m_counts.value(u"failed"_s)->setText(l.toString(p.failed));
    m_counts.value(u"skipped"_s)->setText(l.toString(p.skipped));
    m_counts.value(u"ambiguous"_s)->setText(l.toString(p.ambiguous));
    m_counts.value(u"pending"_s)->setText(l.toString(p.pending + p.queued));
    m_counts.value(u"rate"_s)->setText(l.toString(p.ratePerSec, 'f', 1));
    m_failed = p.failed;
    const bool changedState = p.status != m_state;
    m_state = p.status;
    m_status->setText(campaignStatusText(p.status));
    updateButtons();
    if (changedState)
        emit changed();
}

QString CampaignDashboard::selectedAddress(const QString &status) const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return {};
    const QModelIndex source = m_filter->mapToSource(current);
    const TextTableModel::Row &row = m_model->row(source.row());
    if (!status.isEmpty() && row.text.value(kStatusColumn) != recipientStatusText(status))
        return {};
    return row.key.toString();
}

void CampaignDashboard::updateButtons()
{
    const bool can = m_api && m_campaign.id != 0 && !m_readOnly;
    const bool open = m_state != u"completed"_s && m_state != u"cancelled"_s;
    m_send->setEnabled(can && (m_state == u"draft"_s || m_state == u"scheduled"_s));
    m_pause->setEnabled(can && m_state == u"sending"_s);
    m_resume->setEnabled(can && m_state == u"paused"_s);
    m_cancel->setEnabled(can && open);
    m_resendOne->setEnabled(can && !selectedAddress(u"failed"_s).isEmpty());
    m_resendAll->setEnabled(can && m_failed > 0 && m_state != u"cancelled"_s);
    m_decide->setEnabled(can && !selectedAddress(u"ambiguous"_s).isEmpty());
    m_testSend->setEnabled(can);
    m_add->setEnabled(can && open);
    m_addAddress->setEnabled(can && open);
    m_addCustomer->setEnabled(can && open);
    m_testAddress->setEnabled(can);
    m_export->setEnabled(m_api && m_campaign.id != 0);
}

template <typename T> void CampaignDashboard::act(QFuture<T> future, const QString &done)
{
    ops::runThen(future, this, [this, done](const T &r) {
        if (!r.ok())
            m_banner->showError(r.error().userMessage);
        else if (!done.isEmpty())
            m_banner->showSuccess(done);
        refresh();
        emit changed();
    });
}

void CampaignDashboard::send()
{
    if (!m_send->isEnabled())
        return;
    act(m_api->send(m_campaign.id),
        tr("Campaign %1 is being sent: the open application (and the worker, if one runs) sends it.")
            .arg(m_campaign.code));
}

void CampaignDashboard::pause()
{
    if (!m_pause->isEnabled())
        return;
    act(m_api->pause(m_campaign.id),
        tr("Campaign %1 paused: the messages already queued finish, no new ones start.").arg(m_campaign.code));
}

void CampaignDashboard::resume()
{
    if (!m_resume->isEnabled())
        return;
    act(m_api->resume(m_campaign.id), tr("Campaign %1 resumed.").arg(m_campaign.code));
}

void CampaignDashboard::cancel()
{
    if (!m_cancel->isEnabled()
        || !m_confirm(tr("Cancel campaign %1? The recipients not sent yet will never receive it; this cannot be "
                         "undone.")
                          .arg(m_campaign.code)))
        return;
    ops::runThen(m_api->cancel(m_campaign.id), this, [this](const ops::Result<int> &r) {
        if (!r.ok())
            m_banner->showError(r.error().userMessage);
        else
            m_banner->showSuccess(tr("Campaign %1 cancelled: %n recipient(s) will not be sent.", nullptr, r.value())
                                      .arg(m_campaign.code));
        refresh();
        emit changed();
    });
}

void CampaignDashboard::resendSelected()
{
    const QString address = selectedAddress(u"failed"_s);
    if (!m_resendOne->isEnabled() || address.isEmpty())
        return;
    act(m_api->resend(m_campaign.id, address), tr("%1 will be sent again.").arg(address));
}

void CampaignDashboard::resendAllFailed()
{
    if (!m_resendAll->isEnabled())
        return;
    ops::runThen(m_api->resend(m_campaign.id, QString()), this, [this](const ops::Result<int> &r) {
        if (!r.ok())
            m_banner->showError(r.error().userMessage);
        else
            m_banner->showSuccess(tr("%n failed recipient(s) will be sent again.", nullptr, r.value()));
        refresh();
        emit changed();
    });
}

void CampaignDashboard::decideSelected()
{
    const QString address = selectedAddress(u"ambiguous"_s);
    if (!m_decide->isEnabled() || address.isEmpty())
        return;
    const std::optional<bool> markSent = m_decision(address);
    if (!markSent)
        return;
    act(m_api->decideAmbiguous(m_campaign.id, address, *markSent),
        *markSent ? tr("%1 is recorded as sent.").arg(address) : tr("%1 will be sent again.").arg(address));
}

void CampaignDashboard::exportReport()
{
    if (!m_export->isEnabled())
        return;
    const QString path = m_savePath();
    if (path.isEmpty())
        return;
    m_banner->showInfo(tr("Writing the report…"));
    ops::runThen(m_api->exportReport(m_campaign.id, path), this, [this, path](const ops::Result<qint64> &r) {
        if (!r.ok())
            m_banner->showError(r.error().userMessage);
        else
            m_banner->showSuccess(tr("%n recipient(s) written to %1.", nullptr, int(r.value())).arg(path));
    });
}

void CampaignDashboard::testSend()
{
    if (!m_testSend->isEnabled())
        return;
    m_testSend->setEnabled(false);
    ops::runThen(
        m_api->testSend(m_campaign.code, m_testAddress->text()), this, [this](const ops::Result<TestSendResult> &r) {
            updateButtons();
            if (!r.ok()) {
                m_banner->showError(r.error().userMessage);
                return;
            }
            m_banner->showInfo(tr("Test queued to %1 (outbox #%2)…").arg(r.value().address).arg(r.value().outboxId));
            followTestRow(r.value().outboxId, r.value().address, 30);
        });
}

void CampaignDashboard::addRecipient()
{
    const QString address = m_addAddress->text().trimmed();
    if (!m_add->isEnabled() || address.isEmpty())
        return;
    ops::runThen(m_api->addRecipient(m_campaign.code, address, m_addCustomer->text()), this,
        [this](const ops::Result<Recipient> &r) {
            if (!r.ok()) {
                m_banner->showError(r.error().userMessage);
                return;
            }
            const Recipient &x = r.value();
            m_banner->showSuccess(tr("%1 added: %2.")
                                      .arg(x.address,
                                          x.status == u"skipped"_s ? CampaignLabels::skipReason(x.skipReason)
                                                                   : recipientStatusText(x.status)));
            m_addAddress->clear();
            m_addCustomer->clear();
            refresh();
            emit changed();
        });
}

void CampaignDashboard::followTestRow(qint64 outboxId, const QString &address, int triesLeft)
{
    ops::runThen(
        m_api->outboxState(outboxId), this, [this, outboxId, address, triesLeft](const ops::Result<QString> &r) {
            if (!r.ok()) {
                m_banner->showError(r.error().userMessage);
                return;
            }
            const QString state = r.value();
            const bool waiting = state.startsWith(u"pending"_s) || state.startsWith(u"sending"_s);
            if (!waiting || triesLeft <= 0) {
                const QString text = tr("Test to %1 (outbox #%2): %3").arg(address).arg(outboxId).arg(state);
                state.startsWith(u"sent"_s) ? m_banner->showSuccess(text)
                    : waiting               ? m_banner->showInfo(text)
                                            : m_banner->showWarning(text);
                return;
            }
            QTimer::singleShot(
                2000, this, [this, outboxId, address, triesLeft] { followTestRow(outboxId, address, triesLeft - 1); });
        });
}

void CampaignDashboard::showPreview()
{
    if (!m_api || m_campaign.id == 0)
        return;
    const QString address = selectedAddress(QString());
    const int generation = ++m_previewGeneration;
    ops::runThen(
        m_api->preview(m_campaign.code, address), this, [this, generation](const ops::Result<CampaignPreview> &r) {
            if (generation != m_previewGeneration)
                return;
            if (!r.ok()) {
                m_preview->setPlainText(r.error().userMessage);
                return;
            }
            m_preview->setHtml(previewHtml(r.value()));
        });
}
