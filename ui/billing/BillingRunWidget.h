#pragma once

#include <memory>

#include <QDate>
#include <QPointer>
#include <QWidget>

class MessageBanner;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace ops::billing {
class BillingApi;
class CancelToken;
struct BillingSummary;
} // namespace ops::billing

// The run wizard: choose a period (a month) → Preview (the invoices it would make, subtotal, GST, QST, total, the
// per-plan breakdown and the anomalies) → Commit, with progress and Cancel → Send the period's e-mails (when this
// session can e-mail invoices). Keyboard first: the period has the focus, Enter previews, Ctrl+Enter commits what was
// previewed, Esc cancels a running commit, Ctrl+E sends.
class BillingRunWidget : public QWidget
{
    Q_OBJECT
public:
    explicit BillingRunWidget(QWidget *parent = nullptr);
    ~BillingRunWidget() override;

    // null: disconnected (nothing can run).
    void setApi(ops::billing::BillingApi *api);
    // Roles without the billing capability never see the section; this only guards the buttons.
    void setAllowed(bool allowed);

    QDate period() const; // the first day of the chosen month
    void setPeriod(const QDate &anyDayOfMonth);

    void preview();
    void commit();
    void cancelCommit();
    void send();

    enum class Stage
    {
        Choose,
        Previewing,
        Previewed,
        Committing,
        Committed,
        Sending,
        Sent
    };
    Stage stage() const { return m_stage; }

    QDateEdit *periodEdit() const { return m_period; }
    QPushButton *previewButton() const { return m_previewButton; }
    QPushButton *commitButton() const { return m_commitButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QPushButton *sendButton() const { return m_sendButton; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *summaryLabel() const { return m_summary; }
    QTreeWidget *plansView() const { return m_plans; }
    QTreeWidget *anomaliesView() const { return m_anomalies; }
    MessageBanner *banner() const { return m_banner; }

signals:
    // A commit or a send changed invoices (the list reloads).
    void invoicesChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setStage(Stage stage);
    void showSummary(const ops::billing::BillingSummary &s, bool committed);
    void onPeriodChanged();

    QPointer<ops::billing::BillingApi> m_api;
    bool m_allowed = true;
    Stage m_stage = Stage::Choose;
    QDate m_previewedPeriod; // the period the summary shows
    quint64 m_seq = 0; // answers about an earlier request are dropped
    std::shared_ptr<ops::billing::CancelToken> m_cancel;

    MessageBanner *m_banner = nullptr;
    QDateEdit *m_period = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_commitButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_sendButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_stageLabel = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_plans = nullptr;
    QTreeWidget *m_anomalies = nullptr;
};
