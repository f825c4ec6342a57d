#include "ui/network/OutagesWidget.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include "core/concurrency/Async.h"
#include "core/cpe/OutageService.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/RoleGate.h"
#include "ui/common/TextTableModel.h"

using namespace Qt::Literals::StringLiterals;
using ops::cpe::AffectedCustomer;
using ops::cpe::PortHealth;

namespace {

constexpr int kAutoRefreshMs = 60 * 1000;

QString when(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

QTableView *table(QAbstractItemModel *model, QWidget *parent)
{
    auto *v = new QTableView(parent);
    v->setModel(model);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setSelectionMode(QAbstractItemView::SingleSelection);
    v->setEditTriggers(QAbstractItemView::NoEditTriggers);
    v->verticalHeader()->hide();
    v->horizontalHeader()->setStretchLastSection(true);
    v->setAlternatingRowColors(true);
    return v;
}

QSpinBox *spin(int min, int max, const QString &suffix, QWidget *parent)
{
    auto *s = new QSpinBox(parent);
    s->setRange(min, max);
    s->setSuffix(suffix);
    s->setKeyboardTracking(false);
    return s;
}

} // namespace

RecoveryMessageDialog::RecoveryMessageDialog(const QString &portLabel, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Close outage"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The outage of %1 is over. This message goes on every ticket of the outage, which are "
                                "then closed, and into a draft SMS to the affected customers.")
                                 .arg(portLabel),
        this);
    intro->setWordWrap(true);
    m_text = new QPlainTextEdit(this);
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("e.g. Service is restored in your area. Thank you for your patience."));
    m_text->setAccessibleName(tr("Recovery message"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Close the outage"));
    m_ok->setEnabled(false);
    layout->addWidget(intro);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        const int n = message().size();
        m_ok->setEnabled(n > 0 && n <= 2000);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(460, 240);
}

QString RecoveryMessageDialog::message() const
{
    return m_text->toPlainText().trimmed();
}

OutagesWidget::OutagesWidget(ops::cpe::OutageService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
{
    setObjectName(u"OutagesWidget"_s);
    auto *layout = new QVBoxLayout(this);

    // Header: the scan's thresholds, the refresh.
    auto *header = new QHBoxLayout;
    m_silentMinutes = spin(1, 24 * 60, tr(" min"), this);
    m_threshold = spin(1, 100, tr(" %"), this);
    m_minimum = spin(1, 10000, QString(), this);
    m_silentMinutes->setToolTip(tr("An ONT is silent when it has not informed for this long."));
    m_threshold->setToolTip(tr("A port is flagged when this share of its normally online ONTs is silent."));
    m_minimum->setToolTip(tr("A port needs at least this many normally online ONTs to be flagged."));
    auto *silentLabel = new QLabel(tr("&Silent after:"), this);
    silentLabel->setBuddy(m_silentMinutes);
    auto *thresholdLabel = new QLabel(tr("S&hare:"), this);
    thresholdLabel->setBuddy(m_threshold);
    auto *minimumLabel = new QLabel(tr("&Minimum ONTs:"), this);
    minimumLabel->setBuddy(m_minimum);
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setToolTip(tr("Scan the ports again (F5). The list also refreshes every minute."));
    m_summary = new QLabel(this);
    header->addWidget(silentLabel);
    header->addWidget(m_silentMinutes);
    header->addSpacing(8);
    header->addWidget(thresholdLabel);
    header->addWidget(m_threshold);
    header->addSpacing(8);
    header->addWidget(minimumLabel);
    header->addWidget(m_minimum);
    header->addSpacing(12);
    header->addWidget(m_refresh);
    header->addStretch(1);
    header->addWidget(m_summary);
    layout->addLayout(header);

    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);

    m_portsModel = new TextTableModel({tr("OLT"), tr("Port"), tr("Silent / ONTs"), tr("Share"), tr("Since"),
                                          tr("Open outage"), tr("Affected customers"), tr("State")},
        {2, 3, 6}, this);
    m_portsView = table(m_portsModel, this);
    m_portsView->setObjectName(u"outagePorts"_s);
    m_portsView->setAccessibleName(tr("OLT ports"));

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_portTitle = new QLabel(tr("Select a port to see its affected customers."), detail);
    m_portTitle->setWordWrap(true);
    m_customersModel = new TextTableModel({tr("Code"), tr("Customer"), tr("Address"), tr("Last inform")}, {}, this);
    m_customersView = table(m_customersModel, detail);
    m_customersView->setObjectName(u"outageCustomers"_s);
    m_customersView->setAccessibleName(tr("Affected customers"));
    m_customersView->setToolTip(tr("Enter or double-click opens the customer file."));
    m_customersView->installEventFilter(this);
    auto *actions = new QHBoxLayout;
    m_open = new QPushButton(tr("&Open outage"), detail);
    m_open->setToolTip(tr("Creates the parent ticket, a ticket per affected customer and a draft SMS campaign. "
                          "Running it again only adds what is missing."));
    m_close = new QPushButton(tr("&Close outage…"), detail);
    m_close->setToolTip(tr("Closes the outage's tickets with a recovery message and drafts the recovery SMS."));
    actions->addWidget(m_open);
    actions->addWidget(m_close);
    actions->addStretch(1);
    detailLayout->addWidget(m_portTitle);
    detailLayout->addWidget(m_customersView, 1);
    detailLayout->addLayout(actions);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_portsView);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    setOptions({});
    m_autoRefresh = new QTimer(this);
    m_autoRefresh->setInterval(kAutoRefreshMs);
    connect(m_autoRefresh, &QTimer::timeout, this, [this] {
        if (isVisible()) // a hidden list does not scan; the next tick after it is shown does
            refresh();
    });
    m_autoRefresh->start();

    auto *f5 = new QShortcut(QKeySequence::Refresh, this);
    f5->setContext(Qt::WidgetWithChildrenShortcut);
    connect(f5, &QShortcut::activated, this, &OutagesWidget::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &OutagesWidget::refresh);
    connect(m_open, &QPushButton::clicked, this, &OutagesWidget::openOutage);
    connect(m_close, &QPushButton::clicked, this, &OutagesWidget::closeOutage);
    for (QSpinBox *s : {m_silentMinutes, m_threshold, m_minimum}) {
        connect(s, &QSpinBox::valueChanged, this, [this] {
            emit optionsChanged(options());
            refresh();
        });
    }
    connect(m_portsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            m_selectedKey = current.isValid() ? m_portsModel->row(current.row()).key.toString() : QString();
            updateActions();
            loadAffected();
            if (const PortHealth *p = selected())
                emit portSelected(p->olt, p->port);
        });
    connect(m_customersView, &QTableView::activated, this, &OutagesWidget::activateCustomer);
    updateActions();
    refresh();
}

OutagesWidget::~OutagesWidget() = default;

void OutagesWidget::setCapabilities(const ops::Capabilities &caps)
{
    m_caps = caps;
    updateActions();
}

ops::cpe::OutageOptions OutagesWidget::options() const
{
    ops::cpe::OutageOptions o;
    o.silentMinutes = m_silentMinutes->value();
    o.thresholdPercent = m_threshold->value();
    o.minLocations = m_minimum->value();
    return o;
}

void OutagesWidget::setOptions(const ops::cpe::OutageOptions &options)
{
    const QSignalBlocker a(m_silentMinutes), b(m_threshold), c(m_minimum);
    m_silentMinutes->setValue(options.silentMinutes);
    m_threshold->setValue(options.thresholdPercent);
    m_minimum->setValue(options.minLocations);
}

QList<PortHealth> OutagesWidget::flaggedPorts() const
{
    QList<PortHealth> out;
    for (const PortHealth &p : m_ports) {
        if (p.flagged)
            out << p;
    }
    return out;
}

QString OutagesWidget::selectedPortKey() const
{
    return m_selectedKey;
}

bool OutagesWidget::selectPort(const QString &key)
{
    for (int r = 0; r < m_portsModel->rowCount(); ++r) {
        if (m_portsModel->row(r).key.toString() == key) {
            m_portsView->setCurrentIndex(m_portsModel->index(r, 0));
            return true;
        }
    }
    return false;
}

const PortHealth *OutagesWidget::selected() const
{
    for (const PortHealth &p : m_ports) {
        if (p.key() == m_selectedKey)
            return &p;
    }
    return nullptr;
}

void OutagesWidget::setBusy(bool busy)
{
    m_busy += busy ? 1 : -1;
    updateActions();
    emit busyChanged(m_busy > 0);
}

void OutagesWidget::refresh()
{
    if (!m_service)
        return;
    const quint64 generation = ++m_scanGeneration;
    setBusy(true);
    ops::runThen(m_service->scan(options()), this, [this, generation](const ops::Result<QList<PortHealth>> &r) {
        setBusy(false);
        if (generation != m_scanGeneration)
            return; // a newer scan is on its way
        if (!r.ok()) {
            m_banner->showError(r.error().userMessage);
            return;
        }
        showPorts(r.value());
        emit scanned(m_ports);
    });
}

void OutagesWidget::showPorts(const QList<PortHealth> &ports)
{
    // Flagged first, then the scan's order (most silent first).
    m_ports.clear();
    for (const PortHealth &p : ports) {
        if (p.flagged)
            m_ports << p;
    }
    for (const PortHealth &p : ports) {
        if (!p.flagged)
            m_ports << p;
    }
    const QLocale locale;
    QList<TextTableModel::Row> rows;
    int flagged = 0;
    for (const PortHealth &p : std::as_const(m_ports)) {
        flagged += p.flagged ? 1 : 0;
        rows.append(TextTableModel::Row(p.key(),
            {p.olt, p.port, tr("%1 / %2").arg(locale.toString(p.silent), locale.toString(p.locations)),
                tr("%1 %").arg(locale.toString(p.silentPercent())), p.silent > 0 ? when(p.since) : QString(),
                p.outageId ? tr("Yes (%1)").arg(p.parentTicketCode) : tr("No"), locale.toString(p.customers),
                p.flagged ? tr("Flagged") : (p.silent > 0 ? tr("Some silent") : tr("Normal"))}));
    }
    const QString keep = m_selectedKey;
    m_portsModel->setRows(rows);
    m_portsView->resizeColumnsToContents();
    m_summary->setText(tr("%n flagged port(s)", nullptr, flagged) + u" · "_s
        + tr("%n port(s) scanned", nullptr, int(m_ports.size())) + u" · "_s
        + tr("at %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    // Keep the selection across refreshes (the current row signal re-reads the detail pane).
    if (keep.isEmpty() || !selectPort(keep)) {
        m_selectedKey.clear();
        m_customersModel->clear();
        m_portTitle->setText(tr("Select a port to see its affected customers."));
        updateActions();
    }
}

void OutagesWidget::loadAffected()
{
    const PortHealth *p = selected();
    const quint64 generation = ++m_affectedGeneration;
    if (!p || !m_service) {
        m_customersModel->clear();
        m_portTitle->setText(tr("Select a port to see its affected customers."));
        return;
    }
    m_portTitle->setText(p->outageId
            ? tr("%1 port %2: outage open, parent ticket %3.").arg(p->olt, p->port, p->parentTicketCode)
            : tr("%1 port %2: %3 of %4 normally online ONTs are silent.")
                  .arg(p->olt, p->port)
                  .arg(p->silent)
                  .arg(p->normallyOnline));
    ops::runThen(m_service->affected(p->olt, p->port, options()), this,
        [this, generation](const ops::Result<QList<AffectedCustomer>> &r) {
            if (generation != m_affectedGeneration)
                return;
            if (!r.ok()) {
                m_banner->showError(r.error().userMessage);
                return;
            }
            showAffected(r.value());
        });
}

void OutagesWidget::showAffected(const QList<AffectedCustomer> &customers)
{
    QList<TextTableModel::Row> rows;
    for (const AffectedCustomer &c : customers)
        rows.append(TextTableModel::Row(c.customerId, {c.code, c.name, c.address, when(c.lastInform)}));
    m_customersModel->setRows(rows);
    m_customersView->resizeColumnsToContents();
    if (m_customersModel->rowCount() > 0 && !m_customersView->currentIndex().isValid())
        m_customersView->setCurrentIndex(m_customersModel->index(0, 0));
}

void OutagesWidget::updateActions()
{
    const PortHealth *p = selected();
    const bool idle = m_busy == 0;
    const bool mayOpen = RoleGate::explain(m_open, m_caps, ops::Capabilities::Action::WriteTickets);
    const bool mayClose = RoleGate::explain(m_close, m_caps, ops::Capabilities::Action::WriteTickets);
    m_open->setEnabled(mayOpen && idle && p && p->silent > 0 && (p->flagged || p->outageId));
    m_close->setEnabled(mayClose && idle && p && p->outageId);
}

bool OutagesWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_customersView && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            activateCustomer(m_customersView->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void OutagesWidget::activateCustomer(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    emit customerActivated(m_customersModel->row(index.row()).key.toLongLong());
}

void OutagesWidget::openOutage()
{
    const PortHealth *p = selected();
    if (!p || !m_service || !m_open->isEnabled())
        return;
    const QString olt = p->olt, port = p->port;
    setBusy(true);
    ops::runThen(
        m_service->open(olt, port, options()), this, [this, olt, port](const ops::Result<ops::cpe::OpenedOutage> &r) {
            setBusy(false);
            if (!r.ok()) {
                m_banner->showError(r.error().userMessage);
                return;
            }
            const ops::cpe::OpenedOutage &o = r.value();
            QStringList parts;
            if (o.created)
                parts << tr("Outage opened on %1 %2: parent ticket %3.").arg(olt, port, o.parentTicketCode);
            else if (o.childrenCreated == 0)
                parts << tr("Nothing new: the outage of %1 %2 was already open (parent ticket %3) and every affected "
                            "customer already has a ticket.")
                             .arg(olt, port, o.parentTicketCode);
            else
                parts
                    << tr("The outage of %1 %2 was already open: parent ticket %3.").arg(olt, port, o.parentTicketCode);
            if (o.created || o.childrenCreated > 0)
                parts << tr("%n child ticket(s) created", nullptr, o.childrenCreated) + u", "_s
                        + tr("%n in all.", nullptr, o.childrenTotal);
            if (!o.campaignCode.isEmpty())
                parts << tr("Draft SMS campaign %1 to %n recipient(s): review it in Campaigns before sending.", nullptr,
                    o.campaignRecipients)
                             .arg(o.campaignCode);
            if (!o.campaignProblem.isEmpty())
                parts << tr("No SMS campaign was drafted: %1").arg(o.campaignProblem);
            m_banner->showMessage(
                o.campaignProblem.isEmpty() ? MessageBanner::Level::Success : MessageBanner::Level::Warning,
                parts.join(u' '));
            refresh();
        });
}

void OutagesWidget::closeOutage()
{
    const PortHealth *p = selected();
    if (!p || !m_service || !m_close->isEnabled())
        return;
    if (m_recovery)
        m_recovery->deleteLater();
    m_recovery = new RecoveryMessageDialog(tr("%1 port %2").arg(p->olt, p->port), this);
    m_recovery->setAttribute(Qt::WA_DeleteOnClose);
    const QString olt = p->olt, port = p->port;
    connect(m_recovery, &QDialog::accepted, this,
        [this, olt, port, dialog = m_recovery] { closeWith(olt, port, dialog->message()); });
    connect(m_recovery, &QObject::destroyed, this, [this, dialog = m_recovery] {
        if (m_recovery == dialog)
            m_recovery = nullptr;
    });
    m_recovery->open(); // window-modal, no nested event loop
}

void OutagesWidget::closeWith(const QString &olt, const QString &port, const QString &message)
{
    setBusy(true);
    ops::runThen(
        m_service->close(olt, port, message), this, [this, olt, port](const ops::Result<ops::cpe::ClosedOutage> &r) {
            setBusy(false);
            if (!r.ok()) {
                m_banner->showError(r.error().userMessage);
                return;
            }
            const ops::cpe::ClosedOutage &c = r.value();
            QString text =
                tr("Outage of %1 %2 closed: %n ticket(s) closed with the recovery message.", nullptr, c.ticketsClosed)
                    .arg(olt, port);
            if (!c.campaignCode.isEmpty())
                text += u' '
                    + tr("Draft recovery SMS %1 to %n recipient(s).", nullptr, c.campaignRecipients)
                          .arg(c.campaignCode);
            m_banner->showSuccess(text);
            refresh();
        });
}
