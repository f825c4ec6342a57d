#include "core/billing/CustomerDocumentsService.h"

#include <QCoreApplication>
#include <QPromise>

#include "core/billing/CustomerDocuments.h"
#include "core/billing/StatementRepository.h"
#include "core/concurrency/DbExecutor.h"
#include "core/db/PgConnection.h"

using namespace Qt::Literals::StringLiterals;

namespace ops::billing {

namespace {

template <typename T> QFuture<Result<T>> failed(const Error &e)
{
    QPromise<Result<T>> promise;
    promise.start();
    promise.addResult(Result<T>(e));
    promise.finish();
    return promise.future();
}

Error noOutput()
{
    return Error::make(Error::Kind::Validation,
        QCoreApplication::translate(
            "ops::billing::CustomerDocumentsService", "Receipts and statements cannot be printed in this session."));
}

Error noMail()
{
    return Error::make(Error::Kind::Validation,
        QCoreApplication::translate("ops::billing::CustomerDocumentsService",
            "E-mail is not set up (Mailjet has no sender address in the integration settings)."));
}

template <typename Doc> void applyLanguage(Doc &doc, const QString &language)
{
    if (language == u"fr"_s || language == u"en"_s)
        doc.language = language;
}

} // namespace

CustomerDocumentsService::CustomerDocumentsService(DbExecutor &db, QObject *parent)
    : CustomerDocumentsApi(parent)
    , m_db(db)
{}

CustomerDocumentsService::~CustomerDocumentsService() = default;

void CustomerDocumentsService::setOutput(CustomerDocumentOutput output)
{
    m_output = std::move(output);
}

QFuture<Result<InvoicePreview>> CustomerDocumentsService::receiptPreview(qint64 paymentId, const QString &language)
{
    if (!m_output.receiptPreview)
        return failed<InvoicePreview>(noOutput());
    return m_db.run(
        [render = m_output.receiptPreview, paymentId, language](db::PgConnection &c) -> Result<InvoicePreview> {
            auto doc = ReceiptRepository(c).load(paymentId);
            if (!doc.ok())
                return doc.error();
            ReceiptDocument d = doc.value();
            applyLanguage(d, language);
            return render(d);
        });
}

QFuture<Result<InvoicePreview>> CustomerDocumentsService::statementPreview(
    qint64 customerId, const QDate &from, const QDate &to, const QString &language)
{
    if (!m_output.statementPreview)
        return failed<InvoicePreview>(noOutput());
    return m_db.run([render = m_output.statementPreview, customerId, from, to, language](
                        db::PgConnection &c) -> Result<InvoicePreview> {
        auto doc = StatementRepository(c).load(customerId, from, to);
        if (!doc.ok())
            return doc.error();
        StatementDocument d = doc.value();
        applyLanguage(d, language);
        return render(d);
    });
}

bool CustomerDocumentsService::canMail() const
{
    return m_output.mailReceipt && m_output.mailStatement;
}

QFuture<Result<qint64>> CustomerDocumentsService::mailReceipt(qint64 paymentId, const QString &language)
{
    if (!m_output.mailReceipt)
        return failed<qint64>(noMail());
    return m_db.run([mail = m_output.mailReceipt, paymentId, language](db::PgConnection &c) -> Result<qint64> {
        auto doc = ReceiptRepository(c).load(paymentId);
        if (!doc.ok())
            return doc.error();
        ReceiptDocument d = doc.value();
        applyLanguage(d, language);
        return mail(c, d);
    });
}

QFuture<Result<qint64>> CustomerDocumentsService::mailStatement(
    qint64 customerId, const QDate &from, const QDate &to, const QString &language)
{
    if (!m_output.mailStatement)
        return failed<qint64>(noMail());
    return m_db.run(
        [mail = m_output.mailStatement, customerId, from, to, language](db::PgConnection &c) -> Result<qint64> {
            auto doc = StatementRepository(c).load(customerId, from, to);
            if (!doc.ok())
                return doc.error();
            StatementDocument d = doc.value();
            applyLanguage(d, language);
            return mail(c, d);
        });
}

} // namespace ops::billing
