#include "core/billing/BillingUiService.h"

#include <QCoreApplication>
#include <QPointer>
#include <QPromise>

#include "core/billing/BillingService.h"
#include "core/billing/BillingSettingsService.h"
#include "core/billing/CustomerDocumentsService.h"
#include "core/billing/InvoiceListRepository.h"
#include "core/billing/InvoiceRepository.h"
#include "core/common/Money.h"
#include "core/concurrency/DbExecutor.h"

namespace ops::billing {

namespace {

Error noOutput()
{
    return Error::make(Error::Kind::Validation,
        QCoreApplication::translate("ops::billing::BillingUiService",
            "Invoices cannot be printed or e-mailed in this session: the e-mail service is not set up."));
}

template <typename T> QFuture<Result<T>> failed(const Error &e)
{
    QPromise<Result<T>> promise;
    promise.start();
    promise.addResult(Result<T>(e));
    promise.finish();
    return promise.future();
}

// The credit note (one code path for creditNote and creditNoteDocument): invoicesChanged once it exists.
Result<CreditNoteResult> creditNoteJob(db::PgConnection &c, qint64 invoiceId, const std::function<void()> &changed)
{
    auto r = InvoiceRepository(c).createCreditNote(invoiceId);
    if (r.ok())
        changed();
    return r;
}

} // namespace

BillingUiService::BillingUiService(DbExecutor &db, QObject *parent)
    : BillingApi(parent)
    , m_db(db)
    , m_run(new BillingService(db, this))
    , m_settings(new BillingSettingsService(db, this))
    , m_documents(new CustomerDocumentsService(db, this))
{
    connect(m_run, &BillingService::runProgress, this, &BillingApi::runProgress);
    connect(m_run, &BillingService::periodCommitted, this, &BillingApi::invoicesChanged);
}

BillingUiService::~BillingUiService() = default;

void BillingUiService::setOutput(InvoiceOutput output)
{
    m_output = std::move(output);
    m_settings->setRenderer(m_output.renderPreview);
}

BillingSettingsApi *BillingUiService::settingsApi()
{
    return m_settings;
}

CustomerDocumentsApi *BillingUiService::documentsApi()
{
    return m_documents;
}

void BillingUiService::setDocumentOutput(CustomerDocumentOutput output)
{
    m_documents->setOutput(std::move(output));
}

std::function<void()> BillingUiService::changedNotifier()
{
    QPointer<BillingUiService> self(this);
    return [self] {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self] {
                if (self)
                    emit self->invoicesChanged();
            },
            Qt::QueuedConnection);
    };
}

QFuture<Result<BillingSummary>> BillingUiService::preview(const QDate &periodStart)
{
    return m_run->preview(periodStart);
}

QFuture<Result<BillingSummary>> BillingUiService::commit(const QDate &periodStart, std::shared_ptr<CancelToken> cancel)
{
    return m_run->commit(periodStart, std::move(cancel));
}

bool BillingUiService::canSendInvoices() const
{
    return m_output.canMail();
}

bool BillingUiService::canRenderPdf() const
{
    return bool(m_output.renderPdf);
}

QFuture<Result<SendSummary>> BillingUiService::sendPeriod(const QDate &periodStart)
{
    if (!m_output.canMail())
        return failed<SendSummary>(noOutput());
    QPointer<BillingUiService> self(this);
    const auto progress = [self](int done, int total) {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, done, total] {
                if (self)
                    emit self->sendProgress(done, total);
            },
            Qt::QueuedConnection);
    };
    return m_db.run(
        [send = m_output.sendPeriod, periodStart, progress, changed = changedNotifier()](db::PgConnection &c) {
            auto r = send(c, periodStart, progress);
            if (r.ok() && r.value().queued > 0)
                changed();
            return r;
        });
}

QFuture<Result<InvoicePage>> BillingUiService::listInvoices(
    const InvoiceListFilter &filter, const InvoiceCursor &after, int limit)
{
    return m_db.run(
        [filter, after, limit](db::PgConnection &c) { return InvoiceListRepository(c).page(filter, after, limit); });
}

QFuture<Result<qint64>> BillingUiService::exportInvoices(const InvoiceExportRequest &request,
    std::shared_ptr<std::atomic<bool>> cancel, std::shared_ptr<std::atomic<qint64>> progress)
{
    return m_db.run([request, cancel, progress](db::PgConnection &c) -> Result<qint64> {
        csv::CsvFile file(request.path, request.options);
        if (!file.open())
            return Error::make(Error::Kind::Internal,
                QCoreApplication::translate("ops::billing::BillingUiService", "The file could not be written."),
                file.errorString());
        csv::CsvWriter &w = file.writer();
        w.writeRow(request.headers);
        InvoiceListRepository repo(c);
        InvoiceCursor after;
        qint64 rows = 0;
        for (;;) {
            if (cancel && cancel->load()) {
                file.cancel();
                return Error::make(Error::Kind::Cancelled,
                    QCoreApplication::translate("ops::billing::BillingUiService", "Export cancelled."));
            }
            auto page = repo.page(request.filter, after, InvoiceListRepository::kMaxLimit);
            if (!page.ok()) {
                file.cancel();
                return page.error();
            }
            for (const InvoiceListRow &r : page.value().rows) {
                w.addField(r.code);
                w.addBool(r.creditNote);
                w.addField(r.customerCode);
                w.addField(r.customerName);
                w.addField(r.periodStart.toString(u"yyyy-MM"));
                w.addField(r.issueDate.toString(Qt::ISODate));
                w.addField(r.dueDate.toString(Qt::ISODate));
                w.addField(request.statusLabels.value(r.status, r.status));
                w.addBool(r.overdue);
                w.addMoney(Money::fromCents(r.totalCents));
                w.addMoney(Money::fromCents(r.paidCents));
                w.endRow();
                ++rows;
            }
            if (!w.flush()) {
                file.cancel();
                return Error::make(Error::Kind::Internal,
                    QCoreApplication::translate("ops::billing::BillingUiService", "The file could not be written."));
            }
            if (progress)
                progress->store(rows);
            if (!page.value().hasMore())
                break;
            after = page.value().next;
        }
        if (!file.commit())
            return Error::make(Error::Kind::Internal,
                QCoreApplication::translate("ops::billing::BillingUiService", "The file could not be written."),
                file.errorString());
        return rows;
    });
}

QFuture<Result<InvoiceDocument>> BillingUiService::loadInvoice(qint64 invoiceId)
{
    return m_db.run([invoiceId](db::PgConnection &c) { return InvoiceRepository(c).load(invoiceId); });
}

QFuture<Result<QByteArray>> BillingUiService::invoicePdf(qint64 invoiceId)
{
    if (!m_output.renderPdf)
        return failed<QByteArray>(noOutput());
    return m_db.run([render = m_output.renderPdf, invoiceId](db::PgConnection &c) -> Result<QByteArray> {
        auto doc = InvoiceRepository(c).load(invoiceId);
        if (!doc.ok())
            return doc.error();
        return render(doc.value());
    });
}

QFuture<Result<InvoicePreview>> BillingUiService::invoicePreview(qint64 invoiceId)
{
    if (!m_output.renderPreview)
        return failed<InvoicePreview>(noOutput());
    return m_db.run([render = m_output.renderPreview, invoiceId](db::PgConnection &c) -> Result<InvoicePreview> {
        auto doc = InvoiceRepository(c).load(invoiceId);
        if (!doc.ok())
            return doc.error();
        return render(doc.value());
    });
}

QFuture<Result<qint64>> BillingUiService::resend(qint64 invoiceId)
{
    if (!m_output.canMail())
        return failed<qint64>(noOutput());
    return resendWith(invoiceId, m_output.resend);
}

QFuture<Result<qint64>> BillingUiService::resendWith(qint64 invoiceId, ResendFn send)
{
    return m_db.run([send = std::move(send), invoiceId, changed = changedNotifier()](db::PgConnection &c) {
        auto r = send(c, invoiceId);
        if (r.ok())
            changed();
        return r;
    });
}

QFuture<Result<qint64>> BillingUiService::invoiceIdByCode(const QString &code)
{
    return m_db.run([code](db::PgConnection &c) { return InvoiceRepository(c).idByCode(code); });
}

QFuture<Result<CreditNoteResult>> BillingUiService::creditNoteDocument(qint64 invoiceId)
{
    return m_db.run(
        [invoiceId, changed = changedNotifier()](db::PgConnection &c) { return creditNoteJob(c, invoiceId, changed); });
}

QFuture<Result<QString>> BillingUiService::creditNote(qint64 invoiceId)
{
    return m_db.run([invoiceId, changed = changedNotifier()](db::PgConnection &c) -> Result<QString> {
        auto r = creditNoteJob(c, invoiceId, changed);
        if (!r.ok())
            return r.error();
        return r.value().code;
    });
}

QFuture<Status> BillingUiService::voidDraft(qint64 invoiceId)
{
    return m_db.run([invoiceId, changed = changedNotifier()](db::PgConnection &c) {
        auto r = InvoiceRepository(c).voidDraft(invoiceId);
        if (r.ok())
            changed();
        return r;
    });
}

} // namespace ops::billing
