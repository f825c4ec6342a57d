#pragma once

// Dunning (issue 13 item 5, migration 0022_dunning): plain value types shared by the repository, the service, the
// Billing → Dunning tab and `targo-opsctl billing dunning`. The rules are in docs/billing.md ("Dunning").

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace ops::dunning {

// One configurable stage: reached by an invoice when its days late are at least daysLate.
struct DunningStage
{
    qint64 id = 0; // 0: a new stage
    int position = 0;
    int daysLate = 0;
    QString action; // email | sms | notice | suspend
    bool active = true;
};

struct DunningConfig
{
    QList<DunningStage> stages; // by position
    qint64 thresholdCents = 0;
    bool canEdit = false; // UPDATE on dunning_stages (billing, admin)
};

// One (invoice, stage) that a run on the date records; in a preview, what it would record.
struct DunningAction
{
    qint64 customerId = 0;
    QString customerCode;
    QString customerName;
    QString language; // fr | en
    qint64 invoiceId = 0;
    QString invoiceCode;
    QDate dueDate;
    qint64 stageId = 0;
    int stagePosition = 0;
    QString action; // email | sms | notice | suspend
    qint64 amountCents = 0; // the invoice's open amount on the date
    int daysLate = 0;
    QString channel; // email | sms | none
    QString status; // queued | skipped | done
    QString skipReason; // superseded | no_email | no_phone | bad_phone
    qint64 outboxId = 0;
};

struct DunningRunReport
{
    QDate date;
    bool preview = true;
    QList<DunningAction> actions;
    int emails = 0; // messages (one per customer and stage), not actions
    int sms = 0;
    int notices = 0;
    int suspendedCustomers = 0;
    int suspendedSubscriptions = 0;
    int skipped = 0; // actions
    QStringList suspendedCodes;
    qint64 elapsedMs = 0;
};

// Where the messages come from (integration settings): Mailjet's sender and Twilio's account and sender.
struct DunningSenders
{
    QString mailFrom;
    QString mailFromName;
    QString smsAccountSid;
    QString smsFrom; // E.164 number or a Messaging Service SID (MG...)

    bool mailSet() const { return !mailFrom.trimmed().isEmpty(); }
    bool smsSet() const { return !smsAccountSid.trimmed().isEmpty() && !smsFrom.trimmed().isEmpty(); }
};

struct DunningHistoryEntry
{
    QDate runDate;
    QString action;
    QString invoiceCode;
    QString status;
};

// "Who will be suspended tomorrow, and why": a customer whose suspend stage falls on D+1, or is overdue and not yet
// applied.
struct SuspensionCandidate
{
    qint64 customerId = 0;
    QString code;
    QString name;
    qint64 overdueCents = 0;
    int daysLate = 0; // the oldest overdue invoice's, on D+1
    QDate lastPaymentOn;
    qint64 lastPaymentCents = 0; // 0: no payment
    QList<DunningHistoryEntry> history; // oldest first
    bool onHold = false;
    QDate holdUntil;
    QString holdReason;
    qint64 holdId = 0;
};

struct DunningHold
{
    qint64 id = 0;
    qint64 customerId = 0;
    QDate until;
    QString reason;
};

} // namespace ops::dunning

Q_DECLARE_METATYPE(ops::dunning::DunningConfig)
Q_DECLARE_METATYPE(ops::dunning::DunningRunReport)
