#pragma once

#include <functional>

#include <QPointer>
#include <QWidget>

#include "core/payments/PaymentMethodTypes.h"

class MessageBanner;
class QAction;
class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class SetupLinkDialog;

namespace ops::payments {
class PaymentMethodsApi;
}
namespace ops::live {
class ChangeFeed;
struct Change;
} // namespace ops::live

// The customer file's "Payment methods" tab (billing and admin roles, issue 13): the methods saved at Stripe (type,
// brand or bank, •••• last four, expiry with an "expired" / "expires soon" chip, default, added), the links waiting
// for the customer, and the actions — Make default, Remove (Stripe detach; needs Stripe on this workstation), the
// pre-authorized payments switch (only with a default method) and "Send a link to save a card / bank account…".
// Every action is a button, a context-menu entry and a shortcut. Live: re-read when a method, a link or the customer
// changes (Stripe's setup_intent.succeeded makes the new method appear).
class PaymentMethodsPanel : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        TypeColumn,
        MethodColumn,
        ExpiryColumn,
        StateColumn,
        DefaultColumn,
        AddedColumn,
        ColumnCount
    };
    // Asks the clerk to confirm a removal (text: the question); default: a message box.
    using Confirmer = std::function<bool(const QString &text)>;

    PaymentMethodsPanel(ops::payments::PaymentMethodsApi *api, qint64 customerId, QWidget *parent = nullptr);
    ~PaymentMethodsPanel() override;

    // "Card" / "Pre-authorized debit"; "E-mail" / "SMS" (translated).
    static QString typeLabel(const QString &type);
    static QString channelLabel(const QString &channel);

    void setChangeFeed(ops::live::ChangeFeed *feed);
    void setConfirmer(Confirmer confirmer) { m_confirm = std::move(confirmer); }
    void reload();

    void makeDefault();
    void removeSelected();
    void setPpa(bool enabled);
    // Opens the dialog (non-modal); returns it (tests drive it).
    SetupLinkDialog *openSetupLinkDialog();

    const ops::payments::PaymentMethodsView &view() const { return m_view; }
    bool isLoaded() const { return m_loaded; }
    bool isBusy() const { return m_busy; }
    QTreeWidget *list() const { return m_list; }
    QTreeWidget *pendingList() const { return m_pending; }
    QCheckBox *ppaBox() const { return m_ppa; }
    QPushButton *defaultButton() const { return m_defaultButton; }
    QPushButton *removeButton() const { return m_removeButton; }
    QPushButton *linkButton() const { return m_linkButton; }
    MessageBanner *banner() const { return m_banner; }
    quint64 loadCount() const { return m_loads; }

signals:
    void loaded();
    void actionFinished(bool ok);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void display(const ops::payments::PaymentMethodsView &view);
    void onChange(const ops::live::Change &change);
    void updateActions();
    const ops::payments::SavedPaymentMethod *selected() const;
    void finish(bool ok, const QString &message, bool warning = false);
    void showContextMenu(const QPoint &pos);

    QPointer<ops::payments::PaymentMethodsApi> m_api;
    const qint64 m_customerId;
    QPointer<ops::live::ChangeFeed> m_feed;
    ops::payments::PaymentMethodsView m_view;
    Confirmer m_confirm;
    bool m_loaded = false;
    bool m_loadedOnce = false;
    bool m_busy = false;
    bool m_loadInFlight = false;
    bool m_loadAgain = false;
    quint64 m_loads = 0;

    MessageBanner *m_banner = nullptr;
    QCheckBox *m_ppa = nullptr;
    QLabel *m_ppaNote = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QTreeWidget *m_pending = nullptr;
    QLabel *m_pendingTitle = nullptr;
    QPushButton *m_defaultButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_linkButton = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QAction *m_defaultAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_linkAction = nullptr;
};
