#pragma once

#include <functional>
#include <optional>

#include <QHash>
#include <QWidget>

#include "core/campaigns/CampaignTypes.h"

template <typename T> class QFuture;
class MessageBanner;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;
class QTimer;
class TextTableModel;

namespace ops::campaigns {
class CampaignApi;
struct CampaignProgress;
} // namespace ops::campaigns
namespace ops::live {
class ChangeFeed;
struct Change;
} // namespace ops::live

// One campaign's live dashboard (issue 14): the counts (sent, failed, skipped, ambiguous, pending, rate per second)
// and the recipients (address, language, status, attempts, error text and code, provider message id, times),
// filterable by status, re-read on change notifications of campaign_recipients and campaigns at most once a second;
// the actions Send (Ctrl+Return), Pause (Ctrl+Shift+P), Resume, Cancel (asked first), Resend one failed / all failed,
// Decide an ambiguous send (mark sent or send again, explained), Export the report CSV (Ctrl+E, written off the GUI
// thread); the preview of the selected recipient's message in their language; a test send to oneself through the
// outbox with the outbox row's result.
class CampaignDashboard : public QWidget
{
    Q_OBJECT
public:
    explicit CampaignDashboard(QWidget *parent = nullptr);

    void setApi(ops::campaigns::CampaignApi *api);
    void setChangeFeed(ops::live::ChangeFeed *feed);
    void setReadOnly(bool readOnly); // managers: read, preview and export only
    void open(const ops::campaigns::Campaign &campaign);
    qint64 campaignId() const { return m_campaign.id; }

    // Dialogs, replaceable by tests: a yes/no question; the ambiguous decision (true: mark sent, false: send again,
    // none: nothing); the report's path (empty: cancelled).
    void setConfirm(std::function<bool(const QString &)> f) { m_confirm = std::move(f); }
    void setDecisionPrompt(std::function<std::optional<bool>(const QString &)> f) { m_decision = std::move(f); }
    void setSavePath(std::function<QString()> f) { m_savePath = std::move(f); }

    QLabel *countLabel(const QString &name) const { return m_counts.value(name); }
    QLabel *statusLabel() const { return m_status; }
    TextTableModel *recipients() const { return m_model; }
    QSortFilterProxyModel *filtered() const { return m_filter; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    QTableView *table() const { return m_table; }
    QTextBrowser *preview() const { return m_preview; }
    MessageBanner *banner() const { return m_banner; }
    QLineEdit *testAddress() const { return m_testAddress; }
    QLineEdit *addAddress() const { return m_addAddress; }
    QLineEdit *addCustomer() const { return m_addCustomer; }
    int refreshes() const { return m_refreshes; }

public slots:
    void refresh();
    void send();
    void pause();
    void resume();
    void cancel();
    void resendSelected();
    void resendAllFailed();
    void decideSelected();
    void exportReport();
    void testSend();
    void addRecipient(); // a manual addition (address, optional customer code), like the editor's

signals:
    void changed(); // the campaign's numbers changed (the list may refresh)
    void backRequested();

private:
    void onChange(const ops::live::Change &change);
    void showProgress(const ops::campaigns::CampaignProgress &p);
    void showPreview();
    void updateButtons();
    QString selectedAddress(const QString &status) const;
    void followTestRow(qint64 outboxId, const QString &address, int triesLeft);
    template <typename T> void act(QFuture<T> future, const QString &done);

    ops::campaigns::CampaignApi *m_api = nullptr;
    ops::live::ChangeFeed *m_feed = nullptr;
    ops::campaigns::Campaign m_campaign;
    QString m_state; // the campaign's status as last read
    bool m_readOnly = false;
    MessageBanner *m_banner = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_kind = nullptr; // channel and classification
    QHash<QString, QLabel *> m_counts;
    QPushButton *m_send = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_resume = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_resendOne = nullptr;
    QPushButton *m_resendAll = nullptr;
    QPushButton *m_decide = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_testSend = nullptr;
    QLineEdit *m_testAddress = nullptr;
    QLineEdit *m_addAddress = nullptr;
    QLineEdit *m_addCustomer = nullptr;
    QPushButton *m_add = nullptr;
    QComboBox *m_statusFilter = nullptr;
    TextTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_preview = nullptr;
    QTimer *m_throttle = nullptr;
    std::function<bool(const QString &)> m_confirm;
    std::function<std::optional<bool>(const QString &)> m_decision;
    std::function<QString()> m_savePath;
    int m_refreshes = 0;
    int m_previewGeneration = 0;
    qint64 m_failed = 0;
};
