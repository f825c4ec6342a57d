#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace ops::payments {

// The Billing → Stripe tab's rows (read from migration 0021's tables).
struct PpaRunRow
{
    qint64 id = 0;
    QDate runDate;
    QString status; // running, finished, interrupted
    int invoices = 0;
    qint64 requestedCents = 0;
    int succeeded = 0;
    int processing = 0; // sending or processing
    int failed = 0; // failed or canceled
    QDateTime startedAt;
};

struct PpaAttemptRow
{
    qint64 id = 0;
    QString invoiceCode;
    QString customerCode;
    QString customerName;
    int attempt = 1;
    qint64 amountCents = 0;
    QString status;
    QString error; // Stripe's code and message
};

struct StripeEventRow
{
    QString eventId;
    QDateTime appliedAt;
    QString type;
    QString outcome; // applied, ignored, unmatched, failed
    QString paymentCode;
    QString customerCode;
    QString detail;
};

struct DisputeRow
{
    QString disputeId;
    QDateTime openedAt;
    QString paymentCode;
    QString customerCode;
    qint64 amountCents = 0;
    QString reason;
    QString status;
};

struct PendingRefundRow
{
    qint64 id = 0;
    QDateTime createdAt;
    QString paymentCode;
    QString customerCode;
    qint64 amountCents = 0;
    QString status; // requested, pending
    QString reason;
    QString error;
};

struct SetupRequestRow
{
    qint64 id = 0;
    QDateTime createdAt;
    QString customerCode;
    QString customerName;
    QString methodType; // card, acss_debit
    QString channel; // email, sms
    QString recipient;
    QString status; // requested, sent
};

// Everything the tab shows at once (the attempts of a run come on demand).
struct StripeOverview
{
    QList<PpaRunRow> runs; // newest first, at most 200
    QList<StripeEventRow> events; // newest first, at most 500, of the outcome asked
    QList<DisputeRow> disputes; // newest first
    QList<PendingRefundRow> pendingRefunds;
    QList<SetupRequestRow> waitingSetups;
};

} // namespace ops::payments

Q_DECLARE_METATYPE(ops::payments::StripeOverview)
