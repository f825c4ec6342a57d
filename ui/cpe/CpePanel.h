#pragma once

#include <optional>

#include <QPointer>
#include <QWidget>

#include "core/cpe/CpePanelTypes.h"
#include "core/cpe/CpeThresholds.h"
#include "core/session/Capabilities.h"

class MessageBanner;
class QLabel;
class QPushButton;
class QTableView;
class StatusChipLabel;

namespace ops::cpe {
class CpeApi;
class CpeActionTracker;
} // namespace ops::cpe
namespace ops::live {
class ChangeFeed;
struct Change;
} // namespace ops::live

// The CPE panel (issue 15, docs/network.md "CPE panel"): one device's state from the CPE status store — online or
// offline with the last inform's age, firmware, model, serial, optical RX/TX power coloured against the GPON
// thresholds (core/cpe/CpeThresholds), Wi-Fi SSIDs — and its actions: Refresh, Reboot (confirmed), Factory reset (the
// serial typed), Wi-Fi change (validated dialog). Each action is role-checked and written with its outbox task; the
// panel then follows it (outbox row, then the GenieACS task: queued on the device, fault with Retry / Delete) until
// done. Reads run on the DB executor; live: read again when cpe_status changes.
class CpePanel : public QWidget
{
    Q_OBJECT
public:
    explicit CpePanel(QWidget *parent = nullptr);
    ~CpePanel() override;

    // Puts a panel under view (view is replaced in its parent's layout by a splitter [view / panel]); the selected
    // row's idRole is the service_equipment id shown.
    static CpePanel *install(QTableView *view, int idRole);

    void setApi(ops::cpe::CpeApi *api); // null: the panel says the CPE panel is not available
    ops::cpe::CpeApi *api() const { return m_api; }
    void setCapabilities(const ops::Capabilities &capabilities);
    const ops::Capabilities &capabilities() const { return m_capabilities; }
    void setChangeFeed(ops::live::ChangeFeed *feed);
    void setPollIntervals(int outboxMs, int taskMs); // the follow-up's (tests)

    void showEquipment(qint64 equipmentId); // 0 clears
    void showLocation(qint64 locationId); // the job detail: the newest CPE of the location
    void reload();

    // Runs an action at once, without the confirmation dialogs (the buttons confirm first).
    void runAction(ops::cpe::CpeAction action, const ops::cpe::WifiChange &wifi = {});
    // The buttons' confirmations (non-blocking dialogs; the action runs when they are accepted).
    void confirmReboot();
    void confirmFactoryReset();
    void editWifi();

    const std::optional<ops::cpe::CpeView> &device() const { return m_device; }
    ops::cpe::CpeActionTracker *tracker() const { return m_tracker; }
    QPushButton *button(ops::cpe::CpeAction action) const;
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *deleteTaskButton() const { return m_deleteTask; }
    MessageBanner *banner() const { return m_banner; }
    QString stateText() const;
    QString rxText() const;
    QString txText() const;
    QString wifiText() const;
    QString actionText() const;
    QString fieldText(const char *objectName) const;
    // How the shown readings were judged (the chips' colours).
    ops::cpe::PowerLevel rxLevel() const { return m_rxLevel; }
    ops::cpe::PowerLevel txLevel() const { return m_txLevel; }
    bool shownOnline() const { return m_online; }

signals:
    void loaded();
    void actionStateChanged();

private:
    void load();
    void render();
    void updateButtons();
    void onChange(const ops::live::Change &change);
    void onFollow();

    ops::cpe::CpeApi *m_api = nullptr;
    ops::Capabilities m_capabilities = ops::Capabilities::unrestricted();
    QPointer<ops::live::ChangeFeed> m_feed;
    qint64 m_equipmentId = 0;
    qint64 m_locationId = 0;
    quint64 m_generation = 0;
    std::optional<ops::cpe::CpeView> m_device;
    ops::cpe::CpeActionTracker *m_tracker = nullptr;
    int m_outboxMs = 1000;
    int m_taskMs = 4000;
    ops::cpe::PowerLevel m_rxLevel = ops::cpe::PowerLevel::Unknown;
    ops::cpe::PowerLevel m_txLevel = ops::cpe::PowerLevel::Unknown;
    bool m_online = false;

    MessageBanner *m_banner = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_empty = nullptr;
    QWidget *m_details = nullptr;
    StatusChipLabel *m_state = nullptr;
    QLabel *m_lastInform = nullptr;
    QLabel *m_firmware = nullptr;
    QLabel *m_model = nullptr;
    QLabel *m_serial = nullptr;
    StatusChipLabel *m_rx = nullptr;
    StatusChipLabel *m_tx = nullptr;
    QLabel *m_wifi = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_reboot = nullptr;
    QPushButton *m_reset = nullptr;
    QPushButton *m_wifiButton = nullptr;
    QLabel *m_action = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_deleteTask = nullptr;
};
