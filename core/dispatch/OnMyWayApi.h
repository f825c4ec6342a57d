#pragma once

#include <optional>

#include <QDateTime>
#include <QFuture>
#include <QHash>
#include <QObject>
#include <QString>

#include "core/common/Result.h"
#include "core/dispatch/DispatchTypes.h"
#include "core/dispatch/Eta.h"

namespace ops::dispatch {

// Who the "on my way" SMS comes from: the Twilio account and its sender (the integration settings; no secret here).
struct SmsSender
{
    QString accountSid; // AC...
    QString from; // E.164 number, or a Messaging Service SID (MG...)

    bool isSet() const { return !accountSid.trimmed().isEmpty() && !from.trimmed().isEmpty(); }
};

// What the ETA and the SMS of one job need, read in one query: the job, its lead technician and that technician's
// last stored position (gps_positions), the location, the customer and the travel settings.
struct EtaContext
{
    qint64 jobId = 0;
    QString jobCode;
    JobStatus status = JobStatus::Unscheduled;
    int version = 0;
    QDateTime windowStart; // UTC; invalid: no window
    QDateTime windowEnd;
    QDateTime etaSentAt; // the last "on my way" SMS; invalid: none yet
    QDateTime etaAnnounced; // the ETA it announced

    qint64 technicianId = 0; // the lead technician; 0: nobody assigned
    QString technicianCode;
    QString technicianName;
    qint64 deviceId = 0; // Traccar device; 0: none
    std::optional<Position> position; // the newest of the stored position and the live one (when followed)

    std::optional<GeoPoint> destination; // the location's coordinates
    QString address;

    qint64 customerId = 0;
    QString customerName;
    QString customerLanguage; // fr | en
    QString mobile; // E.164 number the SMS goes to; empty: no usable mobile number on file

    TravelSettings travel;
    QDateTime now; // UTC, the server's clock
};

// The ETA of a job as it would be announced now, and whether the SMS can go.
struct OnMyWayPreview
{
    EtaContext context;
    EtaEstimate estimate;
    bool corrected = false; // an SMS was already sent: this one would correct it
    QString sms; // the text that would be sent (the customer's language)
    QString blocker; // translated: why the SMS cannot be sent now (not en route, no mobile number); empty: it can

    bool canSend() const { return blocker.isEmpty(); }
};

// The SMS enqueued (provider twilio, operation sms.send, entity dispatch_job) and the job updated in the same
// transaction (eta_sent_at, eta_announced, version + 1).
struct OnMyWaySent
{
    qint64 jobId = 0;
    QString jobCode;
    qint64 outboxId = 0;
    int version = 0; // the job's new version
    QString to; // E.164
    QString text;
    bool corrected = false;
    EtaEstimate estimate;
    QDateTime sentAt; // UTC, eta_sent_at
};

// The "on my way" SMS for the dispatch screens. The Session hands the board its OnMyWayService (PostgreSQL, on the
// DB executor); UI tests hand an in-memory fake. Every call returns at once.
class OnMyWayApi : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~OnMyWayApi() override = default;

    // The ETA from the lead technician's last position. Refused (translated message) when it cannot be computed:
    // unknown job, nobody assigned, no position known, location without coordinates.
    virtual QFuture<Result<OnMyWayPreview>> preview(qint64 jobId) = 0;
    // Computes the ETA again, composes the SMS and enqueues it. Refused when the job changed since expectedVersion
    // (Conflict), is not en route, has no mobile number, or no SMS sender is configured (Validation).
    virtual QFuture<Result<OnMyWaySent>> send(qint64 jobId, int expectedVersion) = 0;

signals:
    void sent(qint64 jobId);
};

} // namespace ops::dispatch
