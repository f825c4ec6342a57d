#pragma once

#include <QPointer>
#include <QWidget>

#include "core/session/Capabilities.h"

class GridTools;
class MessageBanner;
class OutboxModel;
class QAction;
class QComboBox;
class QLabel;
class QSplitter;
class QTextBrowser;
class QTimer;
class QTreeView;

namespace ops {
class Settings;
namespace outbox {
class OutboxService;
}
namespace live {
class ChangeFeed;
}
namespace csv {
class ExportService;
}
} // namespace ops

// The "Outbox" section: every call to an external service (SMS, e-mail, payment, CPE), newest first, with its real
// outcome. An operator retries failed or uncertain rows and cancels what must not go out. Live: rows change as the
// workers (here or on another workstation) send them.
class OutboxWidget : public QWidget
{
    Q_OBJECT
public:
    // settings: where the header and splitter states are kept (UiState/Outbox/...); may be null (tests).
    explicit OutboxWidget(ops::Settings *settings = nullptr, QWidget *parent = nullptr);
    ~OutboxWidget() override;

    // nullptr while disconnected: the list empties.
    void setOutboxService(ops::outbox::OutboxService *service);
    void setChangeFeed(ops::live::ChangeFeed *feed);
    // Where the grid's export is written (the session's ExportService); null: unavailable.
    void setExportService(ops::csv::ExportService *exports);
    // What the role may do (RoleGate): retry, retry all and cancel need ManageOutbox (UPDATE outbox); denied, they
    // stay disabled with the reason as tooltip. Default: everything allowed. (MainWindow hides the whole section
    // from a role that cannot read the outbox.)
    void setCapabilities(const ops::Capabilities &caps);

    // The row the actions apply to; 0 when none is selected.
    qint64 selectedId() const;
    void retrySelected();
    void retryAllFailed(); // asks first
    void cancelSelected(); // asks first

    OutboxModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    MessageBanner *banner() const { return m_banner; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *providerFilter() const { return m_provider; }
    QTextBrowser *details() const { return m_details; }
    QAction *retryAction() const { return m_retry; }
    QAction *retryAllAction() const { return m_retryAll; }
    QAction *cancelAction() const { return m_cancel; }
    int attentionCount() const { return m_attention; }

signals:
    // Failed plus uncertain rows (all services), after each load and change.
    void attentionCountChanged(int count);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    GridTools *m_grid = nullptr;
    QWidget *buildFilterBar();
    void applyFilter();
    void updateActions();
    void updateDetails();
    void updateSummary();
    void maybeFetchMore();
    void showContextMenu(const QPoint &pos);
    void doRetry(qint64 id);
    void doCancel(qint64 id);
    void scheduleAttentionCount();
    void saveUiState() const;

    ops::Settings *m_settings = nullptr;
    ops::Capabilities m_caps = ops::Capabilities::unrestricted();
    QPointer<ops::outbox::OutboxService> m_service;
    OutboxModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    MessageBanner *m_banner = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_provider = nullptr;
    QTextBrowser *m_details = nullptr;
    QLabel *m_summary = nullptr;
    QAction *m_retry = nullptr;
    QAction *m_retryAll = nullptr;
    QAction *m_cancel = nullptr;
    QTimer *m_attentionTimer = nullptr;
    QSplitter *m_splitter = nullptr;
    int m_attention = -1;
};
