#include "ui/cpe/CpePanel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "core/concurrency/Async.h"
#include "core/cpe/CpeActionTracker.h"
#include "core/cpe/CpeApi.h"
#include "core/cpe/CpeThresholds.h"
#include "core/live/ChangeFeed.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/StatusChip.h"
#include "ui/common/Theme.h"
#include "ui/cpe/CpeDialogs.h"

using namespace Qt::StringLiterals;
using ops::cpe::CpeAction;
using ops::cpe::CpeFollowState;

namespace {

StatusChip::Tone toneOf(ops::cpe::PowerLevel level)
{
    switch (level) {
    case ops::cpe::PowerLevel::Good:
        return StatusChip::Tone::Good;
    case ops::cpe::PowerLevel::Warning:
        return StatusChip::Tone::Warning;
    case ops::cpe::PowerLevel::Bad:
        return StatusChip::Tone::Bad;
    case ops::cpe::PowerLevel::Unknown:
        break;
    }
    return StatusChip::Tone::Neutral;
}

QString dbm(const std::optional<int> &mdbm)
{
    if (!mdbm)
        return CpePanel::tr("no reading");
    return CpePanel::tr("%1 dBm").arg(QLocale().toString(*mdbm / 1000.0, 'f', 2));
}

QLabel *valueLabel(QWidget *parent, const char *name)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QString::fromLatin1(name));
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setWordWrap(true);
    return l;
}

} // namespace

CpePanel::CpePanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"cpePanel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);
    auto *header = new QHBoxLayout;
    m_title = new QLabel(tr("Device (CPE)"), this);
    m_title->setStyleSheet(Theme::styled(u"font-weight: 600; color: @TextSectionTitle;"));
    header->addWidget(m_title, 1);
    m_state = new StatusChipLabel(this);
    m_state->setObjectName(u"cpeState"_s);
    header->addWidget(m_state);
    layout->addLayout(header);

    m_empty = new QLabel(this);
    m_empty->setObjectName(u"cpeEmpty"_s);
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(Theme::styled(u"color: @TextMuted;"));
    layout->addWidget(m_empty);

    m_details = new QWidget(this);
    auto *form = new QFormLayout(m_details);
    form->setContentsMargins(0, 0, 0, 0);
    m_lastInform = valueLabel(m_details, "cpeLastInform");
    m_firmware = valueLabel(m_details, "cpeFirmware");
    m_model = valueLabel(m_details, "cpeModel");
    m_serial = valueLabel(m_details, "cpeSerial");
    m_rx = new StatusChipLabel(m_details);
    m_rx->setObjectName(u"cpeRx"_s);
    m_tx = new StatusChipLabel(m_details);
    m_tx->setObjectName(u"cpeTx"_s);
    m_wifi = valueLabel(m_details, "cpeWifi");
    form->addRow(tr("Last inform"), m_lastInform);
    form->addRow(tr("Firmware"), m_firmware);
    form->addRow(tr("Model"), m_model);
    form->addRow(tr("Serial"), m_serial);
    form->addRow(tr("Optical RX"), m_rx);
    form->addRow(tr("Optical TX"), m_tx);
    form->addRow(tr("Wi-Fi"), m_wifi);
    layout->addWidget(m_details);

    auto *buttons = new QHBoxLayout;
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_reboot = new QPushButton(tr("Reboot…"), this);
    m_reset = new QPushButton(tr("Factory reset…"), this);
    m_wifiButton = new QPushButton(tr("Wi-Fi…"), this);
    m_refresh->setObjectName(u"cpeRefresh"_s);
    m_reboot->setObjectName(u"cpeReboot"_s);
    m_reset->setObjectName(u"cpeFactoryReset"_s);
    m_wifiButton->setObjectName(u"cpeWifiButton"_s);
    for (QPushButton *b : {m_refresh, m_reboot, m_wifiButton, m_reset})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_refresh, &QPushButton::clicked, this, [this] { runAction(CpeAction::Refresh); });
    connect(m_reboot, &QPushButton::clicked, this, &CpePanel::confirmReboot);
    connect(m_reset, &QPushButton::clicked, this, &CpePanel::confirmFactoryReset);
    connect(m_wifiButton, &QPushButton::clicked, this, &CpePanel::editWifi);

    auto *follow = new QHBoxLayout;
    m_action = new QLabel(this);
    m_action->setObjectName(u"cpeActionState"_s);
    m_action->setWordWrap(true);
    follow->addWidget(m_action, 1);
    m_retry = new QPushButton(tr("Retry the task"), this);
    m_deleteTask = new QPushButton(tr("Delete the task"), this);
    m_retry->setVisible(false);
    m_deleteTask->setVisible(false);
    follow->addWidget(m_retry);
    follow->addWidget(m_deleteTask);
    layout->addLayout(follow);
    layout->addStretch(1);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_tracker)
            m_tracker->retry();
    });
    connect(m_deleteTask, &QPushButton::clicked, this, [this] {
        if (m_tracker)
            m_tracker->deleteTask();
    });
    render();
}

CpePanel::~CpePanel() = default;

CpePanel *CpePanel::install(QTableView *view, int idRole)
{
    QWidget *page = view->parentWidget();
    auto *splitter = new QSplitter(Qt::Vertical, page);
    splitter->setObjectName(u"CpeSplitter"_s);
    splitter->setChildrenCollapsible(false);
    if (page && page->layout())
        delete page->layout()->replaceWidget(view, splitter);
    auto *panel = new CpePanel(splitter);
    splitter->addWidget(view);
    splitter->addWidget(panel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto follow = [view, panel, idRole] {
        const QModelIndex current = view->selectionModel() ? view->selectionModel()->currentIndex() : QModelIndex();
        panel->showEquipment(current.isValid() ? current.data(idRole).toLongLong() : 0);
    };
    if (view->selectionModel())
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, panel, follow);
    return panel;
}

void CpePanel::setApi(ops::cpe::CpeApi *api)
{
    m_api = api;
    delete std::exchange(m_tracker, nullptr);
    reload();
}

void CpePanel::setCapabilities(const ops::Capabilities &capabilities)
{
    m_capabilities = capabilities;
    updateButtons();
}

void CpePanel::setChangeFeed(ops::live::ChangeFeed *feed)
{
    if (m_feed)
        disconnect(m_feed, nullptr, this, nullptr);
    m_feed = feed;
    if (m_feed)
        connect(m_feed, &ops::live::ChangeFeed::changed, this, &CpePanel::onChange);
}

void CpePanel::setPollIntervals(int outboxMs, int taskMs)
{
    m_outboxMs = outboxMs;
    m_taskMs = taskMs;
}

void CpePanel::showEquipment(qint64 equipmentId)
{
    if (equipmentId == m_equipmentId && m_locationId == 0)
        return;
    m_equipmentId = equipmentId;
    m_locationId = 0;
    delete std::exchange(m_tracker, nullptr);
    m_action->clear();
    reload();
}

void CpePanel::showLocation(qint64 locationId)
{
    if (locationId == m_locationId && m_equipmentId == 0)
        return;
    m_locationId = locationId;
    m_equipmentId = 0;
    delete std::exchange(m_tracker, nullptr);
    m_action->clear();
    reload();
}

void CpePanel::reload()
{
    load();
}

void CpePanel::load()
{
    const quint64 generation = ++m_generation;
    if (!m_api || (m_equipmentId == 0 && m_locationId == 0)) {
        m_device.reset();
        render();
        emit loaded();
        return;
    }
    auto future = m_equipmentId > 0 ? m_api->statusForEquipment(m_equipmentId) : m_api->statusForLocation(m_locationId);
    ops::runThen(future, this, [this, generation](const ops::Result<std::optional<ops::cpe::CpeView>> &r) {
        if (generation != m_generation)
            return; // another device was selected meanwhile
        if (!r.ok()) {
            m_banner->showError(r.error().userMessage);
        } else {
            m_banner->dismiss();
            m_device = r.value();
        }
        render();
        emit loaded();
    });
}

void CpePanel::render()
{
    const bool has = m_device.has_value();
    m_details->setVisible(has);
    m_state->setVisible(has);
    if (!m_api)
        m_empty->setText(tr("The CPE panel is not available in this session."));
    else if (m_equipmentId == 0 && m_locationId == 0)
        m_empty->setText(tr("Select a device to see its state in GenieACS."));
    else
        m_empty->setText(tr("GenieACS has no data for this device yet (not synced, or not an ONT or a router "
                            "managed by GenieACS)."));
    m_empty->setVisible(!has);
    m_rxLevel = has ? ops::cpe::OpticalThresholds::rx(m_device->rxMdbm) : ops::cpe::PowerLevel::Unknown;
    m_txLevel = has ? ops::cpe::OpticalThresholds::tx(m_device->txMdbm) : ops::cpe::PowerLevel::Unknown;
    m_online = has && m_device->online(QDateTime::currentDateTimeUtc());
    if (!has) {
        m_title->setText(tr("Device (CPE)"));
        updateButtons();
        return;
    }
    const ops::cpe::CpeView &d = *m_device;
    const QLocale locale;
    m_title->setText(tr("Device %1").arg(d.equipmentCode));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!d.lastInform.isValid()) {
        m_state->setText(tr("Never informed"), StatusChip::Tone::Neutral);
        m_lastInform->setText(tr("never"));
    } else {
        const qint64 secs = qMax<qint64>(0, d.lastInform.secsTo(now));
        const int minutes = int(secs / 60);
        if (m_online)
            m_state->setText(minutes == 0 ? tr("Online — just now") : tr("Online — %n min ago", nullptr, minutes),
                StatusChip::Tone::Good);
        else if (secs < 3600)
            m_state->setText(tr("Offline for %n min", nullptr, minutes), StatusChip::Tone::Bad);
        else if (secs < 86400)
            m_state->setText(tr("Offline for %n h", nullptr, int(secs / 3600)), StatusChip::Tone::Bad);
        else
            m_state->setText(tr("Offline for %n day(s)", nullptr, int(secs / 86400)), StatusChip::Tone::Bad);
        m_lastInform->setText(locale.toString(d.lastInform.toLocalTime(), QLocale::ShortFormat));
    }
    m_firmware->setText(d.firmware.isEmpty() ? tr("unknown") : d.firmware);
    m_model->setText(QStringList{d.manufacturer, d.productClass}.join(u' ').trimmed());
    m_serial->setText(d.serial);
    m_rx->setText(dbm(d.rxMdbm), toneOf(m_rxLevel));
    m_tx->setText(dbm(d.txMdbm), toneOf(m_txLevel));
    m_rx->setToolTip(tr("Good from −8 to −27 dBm; a warning down to −28 dBm; bad below −28 dBm or above −8 dBm."));
    m_tx->setToolTip(tr("Good from 0.5 to 5 dBm."));
    m_wifi->setText(d.wifiSsids.isEmpty() ? tr("no Wi-Fi network reported") : d.wifiSsids.join(u", "_s));
    updateButtons();
}

void CpePanel::updateButtons()
{
    const bool busy = m_tracker && !m_tracker->state().finished();
    const std::pair<QPushButton *, CpeAction> all[] = {{m_refresh, CpeAction::Refresh}, {m_reboot, CpeAction::Reboot},
        {m_reset, CpeAction::FactoryReset}, {m_wifiButton, CpeAction::Wifi}};
    for (const auto &[b, action] : all) {
        QString why;
        if (!m_device)
            why = tr("No GenieACS device is shown.");
        else if (!m_api || !m_api->actionsAvailable())
            why = m_api ? m_api->unavailableReason() : QString();
        else
            why = ops::cpe::CpeApi::whyNot(m_capabilities, action);
        if (why.isEmpty() && busy)
            why = tr("An action on this device is still being followed.");
        b->setEnabled(why.isEmpty());
        b->setToolTip(why);
    }
    const bool fault = m_tracker && m_tracker->state().phase == CpeFollowState::Phase::Fault;
    m_retry->setVisible(fault);
    m_deleteTask->setVisible(fault);
}

void CpePanel::runAction(CpeAction action, const ops::cpe::WifiChange &wifi)
{
    if (!m_api || !m_device)
        return;
    if (const QString why = ops::cpe::CpeApi::whyNot(m_capabilities, action); !why.isEmpty()) {
        m_banner->showError(why);
        return;
    }
    m_action->setText(tr("%1: writing…").arg(ops::cpe::actionLabel(action)));
    ops::runThen(
        m_api->request(*m_device, action, wifi), this, [this, action](const ops::Result<ops::cpe::CpeActionQueued> &r) {
            if (!r.ok()) {
                m_action->setText(tr("%1: not sent.").arg(ops::cpe::actionLabel(action)));
                m_banner->showError(r.error().userMessage);
                emit actionStateChanged();
                return;
            }
            if (!m_device || m_device->deviceId != r.value().deviceId)
                return; // another device is shown now: the action goes on in the outbox
            m_banner->dismiss();
            delete std::exchange(m_tracker, new ops::cpe::CpeActionTracker(*m_api, r.value(), this));
            m_tracker->setIntervals(m_outboxMs, m_taskMs);
            connect(m_tracker, &ops::cpe::CpeActionTracker::changed, this, &CpePanel::onFollow);
            m_tracker->start();
            onFollow();
        });
}

void CpePanel::onFollow()
{
    if (!m_tracker)
        return;
    const CpeFollowState &s = m_tracker->state();
    const QString what = ops::cpe::actionLabel(m_tracker->action().action);
    QString text;
    switch (s.phase) {
    case CpeFollowState::Phase::Queued:
        text = s.text.isEmpty() ? tr("%1: queued in the outbox.").arg(what)
                                : tr("%1: queued in the outbox (%2).").arg(what, s.text);
        break;
    case CpeFollowState::Phase::Sending:
        text = tr("%1: sending to GenieACS…").arg(what);
        break;
    case CpeFollowState::Phase::WaitingDevice:
        text = s.text.isEmpty() ? tr("%1: waiting for the device (it runs at the device's next connection).").arg(what)
                                : tr("%1: waiting for the device (%2).").arg(what, s.text);
        break;
    case CpeFollowState::Phase::Done:
        text = s.text.isEmpty() ? tr("%1: done.").arg(what) : tr("%1: done (%2).").arg(what, s.text);
        reload();
        break;
    case CpeFollowState::Phase::Fault:
        text = tr("%1: the device reported a fault: %2").arg(what, s.text);
        break;
    case CpeFollowState::Phase::Failed:
        text = tr("%1: not sent: %2").arg(what, s.text);
        break;
    case CpeFollowState::Phase::Deleted:
        text = tr("%1: task deleted from GenieACS.").arg(what);
        break;
    }
    m_action->setText(text);
    updateButtons();
    emit actionStateChanged();
}

void CpePanel::confirmReboot()
{
    if (!m_device)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Reboot the device"),
        tr("Reboot %1 (serial %2)? The customer loses the Internet for a few minutes.")
            .arg(m_device->equipmentCode, m_device->serial),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Yes)->setText(tr("Reboot"));
    connect(box, &QMessageBox::accepted, this, [this] { runAction(CpeAction::Reboot); });
    box->open();
}

void CpePanel::confirmFactoryReset()
{
    if (!m_device)
        return;
    auto *dialog = new FactoryResetDialog(m_device->serial, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { runAction(CpeAction::FactoryReset); });
    dialog->open();
}

void CpePanel::editWifi()
{
    if (!m_device)
        return;
    auto *dialog = new WifiChangeDialog(m_device->wifiSsids.value(0), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { runAction(CpeAction::Wifi, dialog->change()); });
    dialog->open();
}

void CpePanel::onChange(const ops::live::Change &change)
{
    if (m_device && (change.table == "cpe_status"_L1 || change.table == "service_equipment"_L1))
        reload();
}

QPushButton *CpePanel::button(CpeAction action) const
{
    switch (action) {
    case CpeAction::Refresh:
        return m_refresh;
    case CpeAction::Reboot:
        return m_reboot;
    case CpeAction::FactoryReset:
        return m_reset;
    case CpeAction::Wifi:
        return m_wifiButton;
    }
    return nullptr;
}

QString CpePanel::stateText() const
{
    return m_state->text();
}

QString CpePanel::rxText() const
{
    return m_rx->text();
}

QString CpePanel::txText() const
{
    return m_tx->text();
}

QString CpePanel::wifiText() const
{
    return m_wifi->text();
}

QString CpePanel::actionText() const
{
    return m_action->text();
}

QString CpePanel::fieldText(const char *objectName) const
{
    auto *l = findChild<QLabel *>(QString::fromLatin1(objectName));
    return l ? l->text() : QString();
}
