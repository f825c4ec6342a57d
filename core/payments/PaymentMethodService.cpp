#include "core/payments/PaymentMethodService.h"

#include <QCoreApplication>
#include <QFuture>

#include "core/concurrency/DbExecutor.h"
#include "core/payments/PaymentMethodRepository.h"
#include "core/payments/StripeSetupLinks.h"

using namespace Qt::Literals::StringLiterals;

namespace ops::payments {

namespace {

SetupCustomer setupCustomer(const PaymentMethodsView &v)
{
    return SetupCustomer{v.customerId, v.customerCode, v.customerName, v.language, v.email, v.phone, QString()};
}

SetupLinkInput linkInput(const SetupLinkRequest &r)
{
    SetupLinkInput in;
    in.customerId = r.customerId;
    in.methodType = r.methodType;
    in.channel = r.channel;
    in.recipient = r.recipient;
    return in;
}

} // namespace

PaymentMethodsApi::PaymentMethodsApi(QObject *parent)
    : QObject(parent)
    , m_sender(std::make_unique<SetupLinkSender>())
{}

PaymentMethodsApi::~PaymentMethodsApi() = default;

Error PaymentMethodsApi::unsupported()
{
    return Error::make(Error::Kind::Unavailable,
        QCoreApplication::translate("ops::payments::PaymentMethods",
            "Stripe is not set up on this workstation (File → Integrations → Stripe)."));
}

QFuture<Result<RemoveMethodResult>> PaymentMethodsApi::remove(qint64, qint64, int)
{
    return QtFuture::makeReadyFuture(Result<RemoveMethodResult>(unsupported()));
}

QFuture<Result<SetupLinkSent>> PaymentMethodsApi::sendLink(const SetupLinkRequest &)
{
    return QtFuture::makeReadyFuture(Result<SetupLinkSent>(unsupported()));
}

void PaymentMethodsApi::setSender(const SetupLinkSender &sender)
{
    *m_sender = sender;
}

Result<QString> PaymentMethodsApi::checkLink(const SetupLinkRequest &request, const PaymentMethodsView &customer) const
{
    return checkSetupLink(linkInput(request), setupCustomer(customer), *m_sender);
}

SetupLinkPreview PaymentMethodsApi::preview(const SetupLinkRequest &request, const PaymentMethodsView &customer) const
{
    const bool sms = request.channel == u"sms"_s;
    // The real link carries the SetupIntent's secret, known only once Stripe answered: the page's address stands in.
    const QString page = m_sender->pageUrl.trimmed().isEmpty() ? u"https://…"_s : m_sender->pageUrl.trimmed();
    SetupLinkPreview p;
    if (!sms)
        p.subject = setupMailSubject(customer.language, request.methodType);
    p.body = setupMessageBody(customer.language, request.methodType, customer.customerName, page, sms);
    return p;
}

PaymentMethodService::PaymentMethodService(DbExecutor &db, QObject *parent)
    : PaymentMethodsApi(parent)
    , m_db(db)
{}

PaymentMethodService::~PaymentMethodService() = default;

void PaymentMethodService::setRunners(PaymentMethodRunners runners)
{
    m_runners = std::move(runners);
    emit stripeAvailabilityChanged();
}

QFuture<Result<PaymentMethodsView>> PaymentMethodService::load(qint64 customerId)
{
    return m_db.run([customerId](db::PgConnection &c) { return PaymentMethodRepository(c).load(customerId); });
}

QFuture<Status> PaymentMethodService::makeDefault(qint64 customerId, qint64 methodId, int version)
{
    return m_db.run([customerId, methodId, version](db::PgConnection &c) {
        return PaymentMethodRepository(c).makeDefault(customerId, methodId, version);
    });
}

QFuture<Status> PaymentMethodService::setPpa(qint64 customerId, bool enabled)
{
    return m_db.run(
        [customerId, enabled](db::PgConnection &c) { return PaymentMethodRepository(c).setPpa(customerId, enabled); });
}

QFuture<Result<RemoveMethodResult>> PaymentMethodService::remove(qint64 customerId, qint64 methodId, int version)
{
    if (!m_runners.detach)
        return PaymentMethodsApi::remove(customerId, methodId, version);
    return m_db.run(
        [detach = m_runners.detach, customerId, methodId, version](db::PgConnection &c) -> Result<RemoveMethodResult> {
            PaymentMethodRepository repo(c);
            auto stripeId = repo.checkRemovable(customerId, methodId, version);
            if (!stripeId.ok())
                return stripeId.error();
            if (Status s = detach(stripeId.value()); !s.ok())
                return s.error(); // still attached at Stripe: nothing written here
            return repo.markDetached(customerId, methodId);
        });
}

QFuture<Result<SetupLinkSent>> PaymentMethodService::sendLink(const SetupLinkRequest &request)
{
    if (!m_runners.sendLink)
        return PaymentMethodsApi::sendLink(request);
    return m_db.run([send = m_runners.sendLink, in = linkInput(request)](db::PgConnection &c) -> Result<SetupLinkSent> {
        auto r = send(c, in);
        if (!r.ok())
            return r.error();
        return SetupLinkSent{
            r.value().requestId, r.value().outboxId, r.value().recipient, r.value().channel, r.value().status};
    });
}

} // namespace ops::payments
