#pragma once

#include <memory>

#include <QFuture>
#include <QObject>

#include "core/common/Result.h"
#include "core/payments/PaymentMethodTypes.h"

namespace ops::payments {

struct SetupLinkSender;

// The customer file's "Payment methods" tab (billing and admin roles): the saved methods, the default, pre-authorized
// payments and the links sent to save a method. Every call returns at once; the work runs off the GUI thread. Remove
// and sending a link need Stripe: a service without it says so (canRemove / canSendLinks) and answers Unsupported.
// The link's checks and preview need no database: they use the sender settings given with setSender (page URL,
// Mailjet and Twilio senders; no secret). UI tests use a fake.
class PaymentMethodsApi : public QObject
{
    Q_OBJECT
public:
    explicit PaymentMethodsApi(QObject *parent = nullptr);
    ~PaymentMethodsApi() override;

    virtual QFuture<Result<PaymentMethodsView>> load(qint64 customerId) = 0;
    // version: the method's as listed; a stale one → Conflict, nothing written.
    virtual QFuture<Status> makeDefault(qint64 customerId, qint64 methodId, int version) = 0;
    virtual QFuture<Status> setPpa(qint64 customerId, bool enabled) = 0;

    virtual bool canRemove() const { return false; }
    virtual QFuture<Result<RemoveMethodResult>> remove(qint64 customerId, qint64 methodId, int version);
    virtual bool canSendLinks() const { return false; }
    virtual QFuture<Result<SetupLinkSent>> sendLink(const SetupLinkRequest &request);

    // GUI thread: where the links point and who sends them (integration settings).
    void setSender(const SetupLinkSender &sender);
    // The checks the send makes (checkSetupLink), without the database: the recipient to use, or why not.
    Result<QString> checkLink(const SetupLinkRequest &request, const PaymentMethodsView &customer) const;
    // The message in the customer's language, the link shown as the page's address.
    SetupLinkPreview preview(const SetupLinkRequest &request, const PaymentMethodsView &customer) const;

signals:
    // Stripe became available or not (Remove and the link follow).
    void stripeAvailabilityChanged();

protected:
    static Error unsupported();

private:
    std::unique_ptr<SetupLinkSender> m_sender;
};

} // namespace ops::payments
