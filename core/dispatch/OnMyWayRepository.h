#pragma once

#include <QHash>
#include <QString>

#include "core/common/Result.h"
#include "core/dispatch/OnMyWayApi.h"

namespace ops::db {
class PgConnection;
}

namespace ops::dispatch {

// The "on my way" SMS in PostgreSQL. Synchronous: DB executor threads only, with a leased connection.
//
// The SMS goes to the customer's other phone (phone_alt, usually the mobile) when it is a valid Quebec number, else to
// the main phone; neither valid means "no mobile number". live: the latest positions followed from Traccar by this
// process, by technician id; the newer of the live and the stored position is used.
class OnMyWayRepository
{
public:
    explicit OnMyWayRepository(db::PgConnection &c);

    Result<EtaContext> context(qint64 jobId, const QHash<qint64, Position> &live = {});
    Result<qint64> jobIdOf(const QString &jobCode); // DJ-00042 -> id; NotFound with a translated message
    // Traccar device id -> technician id, for the technicians that have a tracker (LivePositions).
    Result<QHash<qint64, qint64>> technicianDevices();

    // The ETA now, the SMS it would send and what blocks sending (see OnMyWayApi::preview).
    Result<OnMyWayPreview> preview(qint64 jobId, const QHash<qint64, Position> &live = {});

    // In one transaction: the job locked and checked (version, en route, mobile number), the ETA computed, the SMS
    // enqueued through the outbox and eta_sent_at / eta_announced set WHERE version = expectedVersion.
    Result<OnMyWaySent> send(
        qint64 jobId, int expectedVersion, const SmsSender &sender, const QHash<qint64, Position> &live = {});

    // The preview's computation on a context already read (pure; used by preview() and send()).
    static Result<OnMyWayPreview> evaluate(const EtaContext &context);

private:
    Result<EtaContext> read(qint64 jobId, const QHash<qint64, Position> &live, bool lock);

    db::PgConnection &m_c;
};

// Translated: why the SMS cannot go when no Twilio sender is configured.
QString smsNotSetUpText();

} // namespace ops::dispatch
