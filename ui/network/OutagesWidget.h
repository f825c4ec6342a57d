#pragma once

#include <QDialog>
#include <QList>
#include <QWidget>

#include "core/cpe/CpeTypes.h"
#include "core/cpe/OutageTypes.h"
#include "core/session/Capabilities.h"

class MessageBanner;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;
class TextTableModel;

namespace ops::cpe {
class OutageService;
}

// "Close outage…": the recovery message (required) that goes on every ticket and into the recovery SMS draft.
class RecoveryMessageDialog : public QDialog
{
    Q_OBJECT
public:
    RecoveryMessageDialog(const QString &portLabel, QWidget *parent = nullptr);
    QString message() const;
    QPlainTextEdit *editor() const { return m_text; }
    QPushButton *okButton() const { return m_ok; }

private:
    QPlainTextEdit *m_text;
    QPushButton *m_ok;
};

// The outage list (issue 15 item 4, docs/network.md "Outage list"): every OLT port of the scan, flagged ones first
// (OLT, port, silent/total ONTs, share, since, open outage, affected customers), the thresholds of the scan in the
// header, a detail pane with the selected port's affected customers, "Open outage" (parent + children + SMS draft,
// idempotent) and "Close outage…" (recovery message). F5 and every 60 s: a new scan. Everything through
// OutageService (DB executor); answers that arrive after a newer request are dropped. Roles: acting needs
// WriteTickets (dispatch, admin: PostgreSQL's grants on tickets and outages); other roles read.
class OutagesWidget : public QWidget
{
    Q_OBJECT
public:
    explicit OutagesWidget(ops::cpe::OutageService *service, QWidget *parent = nullptr);
    ~OutagesWidget() override;

    void setCapabilities(const ops::Capabilities &caps);
    ops::cpe::OutageOptions options() const;
    void setOptions(const ops::cpe::OutageOptions &options); // the header's fields; does not rescan

    // The last scan: every port, and the flagged ones (for the map's layer).
    const QList<ops::cpe::PortHealth> &ports() const { return m_ports; }
    QList<ops::cpe::PortHealth> flaggedPorts() const;
    QString selectedPortKey() const; // "OLT:PORT", empty when none
    bool selectPort(const QString &key); // by "OLT:PORT"; false when the list does not have it

    void refresh(); // F5
    void openOutage(); // the selected port
    void closeOutage(); // asks the recovery message (non-blocking dialog), then closes
    RecoveryMessageDialog *recoveryDialog() const { return m_recovery; }

    // Parts, for tests and the map section.
    QTableView *portsView() const { return m_portsView; }
    QTableView *customersView() const { return m_customersView; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *closeButton() const { return m_close; }
    MessageBanner *banner() const { return m_banner; }
    QTimer *autoRefreshTimer() const { return m_autoRefresh; }
    QSpinBox *silentMinutesEdit() const { return m_silentMinutes; }
    QSpinBox *thresholdEdit() const { return m_threshold; }
    QSpinBox *minimumEdit() const { return m_minimum; }

signals:
    void scanned(const QList<ops::cpe::PortHealth> &ports); // every scan that arrived (all ports)
    void portSelected(const QString &olt, const QString &port);
    void customerActivated(qint64 customerId); // Enter or double-click on an affected customer
    void optionsChanged(const ops::cpe::OutageOptions &options); // the header's thresholds were edited
    void busyChanged(bool busy);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showPorts(const QList<ops::cpe::PortHealth> &ports);
    void loadAffected();
    void showAffected(const QList<ops::cpe::AffectedCustomer> &customers);
    void updateActions();
    void setBusy(bool busy);
    void activateCustomer(const QModelIndex &index);
    void closeWith(const QString &olt, const QString &port, const QString &message);
    const ops::cpe::PortHealth *selected() const;

    ops::cpe::OutageService *m_service;
    ops::Capabilities m_caps = ops::Capabilities::unrestricted();
    QList<ops::cpe::PortHealth> m_ports;
    QString m_selectedKey;
    quint64 m_scanGeneration = 0;
    quint64 m_affectedGeneration = 0;
    int m_busy = 0;

    QSpinBox *m_silentMinutes, *m_threshold, *m_minimum;
    QLabel *m_summary, *m_portTitle;
    MessageBanner *m_banner;
    TextTableModel *m_portsModel, *m_customersModel;
    QTableView *m_portsView, *m_customersView;
    QPushButton *m_refresh, *m_open, *m_close;
    QTimer *m_autoRefresh;
    RecoveryMessageDialog *m_recovery = nullptr;
};
