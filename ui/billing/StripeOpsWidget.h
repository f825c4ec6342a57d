#pragma once

#include <QPointer>
#include <QWidget>

class TextTableModel;
class MessageBanner;
class QComboBox;
class QPushButton;
class QTabWidget;
class QTableView;

namespace ops::payments {
class StripeOpsApi;
struct StripeOverview;
} // namespace ops::payments

// The Billing section's Stripe tab (issue 13 item 6), read mostly and keyboard-first: the PPA runs (date, invoices,
// requested, succeeded, processing, failed) with the attempts of the selected run below (invoice, customer, amount,
// status, Stripe's error); the events applied (time, type, outcome, payment, customer, detail; filtered by outcome);
// the disputes; the refunds waiting for Stripe; the setup links waiting for the customer. F5 reloads; Alt+R, E, D, F
// and S open the five parts (Alt+O: the outcome filter). "Run PPA now…" and "Apply Stripe events" are shown only when
// the StripeOpsApi can do them.
class StripeOpsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit StripeOpsWidget(QWidget *parent = nullptr);
    ~StripeOpsWidget() override;

    void setApi(ops::payments::StripeOpsApi *api);
    void reload();

    QTabWidget *sections() const { return m_sections; }
    QTableView *runsView() const { return m_runsView; }
    QTableView *attemptsView() const { return m_attemptsView; }
    QTableView *eventsView() const { return m_eventsView; }
    QTableView *disputesView() const { return m_disputesView; }
    QTableView *refundsView() const { return m_refundsView; }
    QTableView *setupsView() const { return m_setupsView; }
    QComboBox *outcomeFilter() const { return m_outcome; }
    QPushButton *runPpaButton() const { return m_runPpa; }
    QPushButton *applyEventsButton() const { return m_applyEvents; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showOverview(const ops::payments::StripeOverview &o);
    void loadAttempts();
    void runPpa();
    void applyEvents();
    QTableView *makeView(TextTableModel *model, const QString &name);

    QPointer<ops::payments::StripeOpsApi> m_api;
    MessageBanner *m_banner = nullptr;
    QPushButton *m_runPpa = nullptr;
    QPushButton *m_applyEvents = nullptr;
    QPushButton *m_refresh = nullptr;
    QTabWidget *m_sections = nullptr;
    QComboBox *m_outcome = nullptr;
    TextTableModel *m_runs = nullptr;
    TextTableModel *m_attempts = nullptr;
    TextTableModel *m_events = nullptr;
    TextTableModel *m_disputes = nullptr;
    TextTableModel *m_refunds = nullptr;
    TextTableModel *m_setups = nullptr;
    QTableView *m_runsView = nullptr;
    QTableView *m_attemptsView = nullptr;
    QTableView *m_eventsView = nullptr;
    QTableView *m_disputesView = nullptr;
    QTableView *m_refundsView = nullptr;
    QTableView *m_setupsView = nullptr;
    int m_seq = 0;
    int m_attemptSeq = 0;
    bool m_loadedOnce = false;
};
