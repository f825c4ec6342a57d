#include "core/billing/BillingSettingsService.h"

#include <QCoreApplication>
#include <QPointer>
#include <QPromise>

#include "core/billing/BillingSettingsRepository.h"
#include "core/concurrency/DbExecutor.h"

namespace ops::billing {

BillingSettingsService::BillingSettingsService(DbExecutor &db, QObject *parent)
    : BillingSettingsApi(parent)
    , m_db(db)
{}

BillingSettingsService::~BillingSettingsService() = default;

QFuture<Result<BillingSettings>> BillingSettingsService::load()
{
    return m_db.run([](db::PgConnection &c) { return BillingSettingsRepository(c).load(); });
}

QFuture<Result<BillingSettings>> BillingSettingsService::save(const BillingSettings &s)
{
    QPointer<BillingSettingsService> self(this);
    return m_db.run([s](db::PgConnection &c) { return BillingSettingsRepository(c).save(s); })
        .then(this, [self](Result<BillingSettings> r) {
            if (r.ok() && self)
                emit self->saved(r.value());
            return r;
        });
}

QFuture<Result<InvoicePreview>> BillingSettingsService::samplePreview(const BillingSettings &s, const QString &language)
{
    if (!m_render) {
        QPromise<Result<InvoicePreview>> p;
        p.start();
        p.addResult(Result<InvoicePreview>(Error::make(Error::Kind::Validation,
            QCoreApplication::translate(
                "ops::billing::BillingSettingsService", "Invoices cannot be printed in this session."))));
        p.finish();
        return p.future();
    }
    const InvoiceDocument doc = sampleInvoice(normalisedBillingSettings(s).toCompany(), language);
    // On the DB executor, like an invoice's preview: never the GUI thread, never Qt's global pool.
    return m_db.run([render = m_render, doc](db::PgConnection &) { return render(doc); });
}

} // namespace ops::billing
