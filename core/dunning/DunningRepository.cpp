#include "core/dunning/DunningRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>

#include "core/billing/ReceivablesRepository.h"
#include "core/db/PgConnection.h"
#include "core/db/PgResult.h"
#include "core/db/SqlParams.h"
#include "core/db/Transaction.h"
#include "core/dunning/DunningText.h"
#include "core/integrations/MailjetClient.h"
#include "core/integrations/SmsText.h"
#include "core/integrations/TwilioClient.h"
#include "core/net/NetExecutor.h"
#include "core/outbox/OutboxRepository.h"

using namespace Qt::StringLiterals;

namespace ops::dunning {

namespace {

// After the aging's head (ReceivablesRepository::openInvoicesSql, $1 = the date): the invoices at least a day late,
// the customers owing at least the threshold in them and not on hold, each active stage reached and not yet
// recorded, and whether a later message stage reached in the same run supersedes it. One statement, whole base.
constexpr const char *kPlanTail = R"SQL(,
 overdue AS (SELECT * FROM aged WHERE days_late >= 1),
 chased AS (
  SELECT l.customer_id FROM overdue l
   GROUP BY l.customer_id
  HAVING sum(l.open_cents) >= (SELECT threshold_cents FROM dunning_settings WHERE id = 1)
     AND NOT EXISTS (SELECT 1 FROM dunning_holds h WHERE h.customer_id = l.customer_id AND h.released_at IS NULL
                        AND h.until_date >= $1::date)),
 reach AS (
  SELECT l.customer_id, l.id AS invoice_id, l.code AS invoice_code, l.due_date, l.open_cents, l.days_late,
         s.id AS stage_id, s.position, s.action, s.days_late AS stage_days
    FROM overdue l JOIN chased USING (customer_id)
    JOIN dunning_stages s ON s.active AND l.days_late >= s.days_late
   WHERE NOT EXISTS (SELECT 1 FROM dunning_actions d WHERE d.invoice_id = l.id AND d.stage_id = s.id)),
 ranked AS (
  SELECT r.*, r.action <> 'suspend'
              AND row_number() OVER (PARTITION BY r.invoice_id, r.action = 'suspend'
                                     ORDER BY r.stage_days DESC, r.position DESC) > 1 AS superseded
    FROM reach r)
SELECT r.customer_id, c.code, c.display_name, c.language, coalesce(c.email, ''),
       coalesce(nullif(btrim(c.phone), ''), nullif(btrim(c.phone_alt), ''), ''),
       r.invoice_id, r.invoice_code, r.due_date, r.stage_id, r.position, r.action, r.open_cents, r.days_late,
       r.superseded
  FROM ranked r JOIN customers c ON c.id = r.customer_id
 ORDER BY c.code, r.position, r.due_date, r.invoice_id
)SQL";

Error invalid(const QString &message)
{
    return Error::make(Error::Kind::Validation, message);
}

QString bigintArray(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts << QString::number(id);
    return u"{"_s + parts.join(QLatin1Char(',')) + u"}"_s;
}

QString textArray(const QStringList &values)
{
    QStringList parts;
    parts.reserve(values.size());
    for (QString v : values) {
        v.replace(u"\\"_s, u"\\\\"_s);
        v.replace(u"\""_s, u"\\\""_s);
        parts << u"\""_s + v + u"\""_s;
    }
    return u"{"_s + parts.join(QLatin1Char(',')) + u"}"_s;
}

bool isMessage(const QString &action)
{
    return action == u"email" || action == u"sms" || action == u"notice";
}

// The rows of the plan statement, with each action's channel, status and reason (the phone checked here, as the SMS
// needs it in E.164).
QList<DunningAction> readPlan(const db::PgResult &res, QHash<qint64, std::pair<QString, QString>> *contacts)
{
    QList<DunningAction> out;
    out.reserve(res.rows());
    for (int i = 0; i < res.rows(); ++i) {
        DunningAction a;
        a.customerId = res.int64(i, 0);
        a.customerCode = res.text(i, 1);
        a.customerName = res.text(i, 2);
        a.language = res.text(i, 3);
        const QString email = res.text(i, 4).trimmed();
        const QString phone = res.text(i, 5);
        a.invoiceId = res.int64(i, 6);
        a.invoiceCode = res.text(i, 7);
        a.dueDate = res.date(i, 8);
        a.stageId = res.int64(i, 9);
        a.stagePosition = res.int32(i, 10);
        a.action = res.text(i, 11);
        a.amountCents = res.int64(i, 12);
        a.daysLate = res.int32(i, 13);
        const bool superseded = res.boolean(i, 14);
        QString e164; // for every row of the customer: the map keeps the last row's
        if (!phone.isEmpty()) {
            auto normalized = integrations::normalizeQuebecPhone(phone);
            if (normalized.ok())
                e164 = normalized.value();
        }
        if (contacts)
            contacts->insert(a.customerId, {email, e164});
        if (a.action == u"suspend") {
            a.channel = u"none"_s;
            a.status = u"done"_s;
        } else {
            a.channel = a.action == u"sms" ? u"sms"_s : u"email"_s;
            a.status = u"queued"_s;
            if (superseded)
                a.skipReason = u"superseded"_s;
            else if (a.channel == u"email" && email.isEmpty())
                a.skipReason = u"no_email"_s;
            else if (a.channel == u"sms" && phone.isEmpty())
                a.skipReason = u"no_phone"_s;
            else if (a.channel == u"sms" && e164.isEmpty())
                a.skipReason = u"bad_phone"_s;
            if (!a.skipReason.isEmpty())
                a.status = u"skipped"_s;
        }
        out.append(a);
    }
    return out;
}

// Counts of a report: messages per customer and stage, suspended customers, skipped actions.
void count(DunningRunReport &r)
{
    QSet<std::pair<qint64, qint64>> messages;
    QSet<qint64> suspended;
    r.emails = r.sms = r.notices = r.skipped = 0;
    for (const DunningAction &a : std::as_const(r.actions)) {
        if (a.status == u"skipped") {
            ++r.skipped;
        } else if (a.status == u"queued") {
            if (messages.contains({a.customerId, a.stageId}))
                continue;
            messages.insert({a.customerId, a.stageId});
            if (a.action == u"email")
                ++r.emails;
            else if (a.action == u"sms")
                ++r.sms;
            else
                ++r.notices;
        } else if (a.action == u"suspend" && !suspended.contains(a.customerId)) {
            suspended.insert(a.customerId);
            r.suspendedCodes << a.customerCode;
        }
    }
    r.suspendedCustomers = int(suspended.size());
}

} // namespace

DunningRepository::DunningRepository(db::PgConnection &c)
    : m_c(c)
{}

Result<DunningConfig> DunningRepository::config()
{
    auto r = m_c.exec("SELECT id, position, days_late, action, active FROM dunning_stages ORDER BY position");
    if (!r.ok())
        return r.error();
    DunningConfig out;
    for (int i = 0; i < r.value().rows(); ++i) {
        DunningStage s;
        s.id = r.value().int64(i, 0);
        s.position = r.value().int32(i, 1);
        s.daysLate = r.value().int32(i, 2);
        s.action = r.value().text(i, 3);
        s.active = r.value().boolean(i, 4);
        out.stages.append(s);
    }
    auto t = m_c.exec("SELECT threshold_cents, has_table_privilege('dunning_stages', 'UPDATE')"
                      "  FROM dunning_settings WHERE id = 1");
    if (!t.ok())
        return t.error();
    if (t.value().rows() == 1) {
        out.thresholdCents = t.value().int64(0, 0);
        out.canEdit = t.value().boolean(0, 1);
    }
    return out;
}

Status DunningRepository::saveConfig(const DunningConfig &config)
{
    if (config.thresholdCents < 0 || config.thresholdCents > 100000000)
        return invalid(QCoreApplication::translate(
            "ops::dunning::DunningRepository", "The threshold must be between 0.00 $ and 1,000,000.00 $."));
    QSet<std::pair<int, QString>> seen;
    for (const DunningStage &s : config.stages) {
        if (s.daysLate < 1 || s.daysLate > 3650)
            return invalid(QCoreApplication::translate(
                "ops::dunning::DunningRepository", "A stage's days late must be between 1 and 3650 (not %1).")
                               .arg(s.daysLate));
        if (!isMessage(s.action) && s.action != u"suspend")
            return invalid(
                QCoreApplication::translate("ops::dunning::DunningRepository", "Unknown dunning action “%1”.")
                    .arg(s.action));
        if (s.active && seen.contains({s.daysLate, s.action}))
            return invalid(QCoreApplication::translate(
                "ops::dunning::DunningRepository", "Two active stages have the same days (%1) and action.")
                               .arg(s.daysLate));
        if (s.active)
            seen.insert({s.daysLate, s.action});
    }
    if (config.stages.size() > 100)
        return invalid(QCoreApplication::translate("ops::dunning::DunningRepository", "At most 100 stages."));
    std::function<Result<bool>(db::PgConnection &)> fn = [&config](db::PgConnection &c) -> Result<bool> {
        // Positions are unique: move every stage out of the way first (kept: 1..n, the others 101..).
        auto shift = c.exec("UPDATE dunning_stages SET position = position + 5000");
        if (!shift.ok())
            return shift.error();
        int position = 0;
        QList<qint64> kept;
        for (const DunningStage &s : config.stages) {
            ++position;
            if (s.id > 0) {
                auto u = c.exec("UPDATE dunning_stages SET position = $2, days_late = $3, action = $4, active = $5"
                                " WHERE id = $1",
                    db::SqlParams().add(s.id).add(position).add(s.daysLate).add(s.action).add(s.active));
                if (!u.ok())
                    return u.error();
                if (u.value().affectedRows() != 1)
                    return Error::make(Error::Kind::Conflict,
                        QCoreApplication::translate(
                            "ops::dunning::DunningRepository", "A stage was removed by someone else: reload."));
                kept << s.id;
            } else {
                auto ins = c.exec("INSERT INTO dunning_stages (position, days_late, action, active)"
                                  " VALUES ($1, $2, $3, $4) RETURNING id",
                    db::SqlParams().add(position).add(s.daysLate).add(s.action).add(s.active));
                if (!ins.ok())
                    return ins.error();
                kept << ins.value().int64(0, 0);
            }
        }
        // A stage left out of the list is deactivated (kept for the history it explains), after the others.
        auto rest = c.exec("UPDATE dunning_stages SET active = false, position = 100 + row_number"
                           "  FROM (SELECT id AS rid, row_number() OVER (ORDER BY position) FROM dunning_stages"
                           "         WHERE id <> ALL ($1::bigint[])) x"
                           " WHERE id = x.rid",
            db::SqlParams().add(bigintArray(kept)));
        if (!rest.ok())
            return rest.error();
        auto t = c.exec("UPDATE dunning_settings SET threshold_cents = $1 WHERE id = 1",
            db::SqlParams().add(config.thresholdCents));
        if (!t.ok())
            return t.error();
        return true;
    };
    auto r = db::withTransaction(m_c, fn);
    if (!r.ok())
        return r.error();
    return success();
}

Result<QList<DunningAction>> DunningRepository::plan(const QDate &date, qint64 customerId)
{
    if (!date.isValid())
        return invalid(
            QCoreApplication::translate("ops::dunning::DunningRepository", "Dunning needs a valid date (YYYY-MM-DD)."));
    const QString sql = (customerId > 0 ? billing::ReceivablesRepository::openInvoicesSql(
                             "AND i.customer_id = $2", "AND p.customer_id = $2", "AND n.customer_id = $2")
                                        : billing::ReceivablesRepository::openInvoicesSql())
        + QString::fromUtf8(kPlanTail);
    db::SqlParams params;
    params.add(date);
    if (customerId > 0)
        params.add(customerId);
    auto r = m_c.exec(sql, params);
    if (!r.ok())
        return r.error();
    return readPlan(r.value(), nullptr);
}

Result<DunningRunReport> DunningRepository::preview(const QDate &date)
{
    QElapsedTimer timer;
    timer.start();
    auto p = plan(date, 0);
    if (!p.ok())
        return p.error();
    DunningRunReport r;
    r.date = date;
    r.preview = true;
    r.actions = p.value();
    count(r);
    r.elapsedMs = timer.elapsed();
    return r;
}

Result<DunningRunReport> DunningRepository::run(const QDate &date, const DunningSenders &senders)
{
    QElapsedTimer timer;
    timer.start();
    auto whole = plan(date, 0);
    if (!whole.ok())
        return whole.error();
    QList<qint64> customers;
    for (const DunningAction &a : whole.value()) {
        if (a.status == u"queued" && a.channel == u"email" && !senders.mailSet())
            return invalid(QCoreApplication::translate("ops::dunning::DunningRepository",
                "E-mail is not set up (Mailjet has no sender address): the run would send e-mails."));
        if (a.status == u"queued" && a.channel == u"sms" && !senders.smsSet())
            return invalid(QCoreApplication::translate("ops::dunning::DunningRepository",
                "SMS is not set up (Twilio has no account or sender): the run would send SMS."));
        if (customers.isEmpty() || customers.constLast() != a.customerId)
            customers << a.customerId;
    }
    auto company = m_c.exec("SELECT company_name FROM billing_settings WHERE id = 1");
    if (!company.ok())
        return company.error();
    const QString companyName = company.value().rows() ? company.value().text(0, 0) : QString();

    net::NetExecutor unused(1); // the clients only build the requests here; the outbox worker sends them
    integrations::MailjetConfig mailConfig;
    mailConfig.fromEmail = senders.mailFrom.trimmed();
    mailConfig.fromName = senders.mailFromName.isEmpty() ? companyName : senders.mailFromName;
    integrations::MailjetClient mail(unused, mailConfig);
    integrations::TwilioConfig smsConfig;
    smsConfig.accountSid = senders.smsAccountSid.trimmed();
    integrations::TwilioClient sms(unused, smsConfig);

    DunningRunReport report;
    report.date = date;
    report.preview = false;
    for (qint64 customerId : std::as_const(customers)) {
        std::function<Result<QList<DunningAction>>(db::PgConnection &)> fn =
            [&, customerId](db::PgConnection &c) -> Result<QList<DunningAction>> {
            auto lock = c.exec("SELECT 1 FROM customers WHERE id = $1 FOR UPDATE", db::SqlParams().add(customerId));
            if (!lock.ok())
                return lock.error();
            QHash<qint64, std::pair<QString, QString>> contacts;
            const QString sql = billing::ReceivablesRepository::openInvoicesSql(
                                    "AND i.customer_id = $2", "AND p.customer_id = $2", "AND n.customer_id = $2")
                + QString::fromUtf8(kPlanTail);
            auto planned = c.exec(sql, db::SqlParams().add(date).add(customerId));
            if (!planned.ok())
                return planned.error();
            QList<DunningAction> actions = readPlan(planned.value(), &contacts);
            if (actions.isEmpty())
                return actions;
            const auto [email, phone] = contacts.value(customerId);
            // One message per stage, listing its invoices.
            QList<qint64> stages;
            for (const DunningAction &a : std::as_const(actions))
                if (a.status == u"queued" && !stages.contains(a.stageId))
                    stages << a.stageId;
            for (qint64 stageId : std::as_const(stages)) {
                QList<DunningAction> of;
                for (const DunningAction &a : std::as_const(actions))
                    if (a.stageId == stageId && a.status == u"queued")
                        of << a;
                const DunningAction &first = of.constFirst();
                const DunningMessage text = dunningMessage(first.action, first.language, of, companyName);
                outbox::OutboxRequest request;
                if (first.channel == u"email") {
                    integrations::MailjetMessage m;
                    m.to = {integrations::MailjetAddress{email, first.customerName}};
                    m.subject = text.subject;
                    m.textPart = text.body;
                    m.customId =
                        u"dunning-%1-%2-%3"_s.arg(first.customerCode).arg(stageId).arg(date.toString(Qt::ISODate));
                    auto requests = mail.sendRequests({m});
                    if (!requests.ok())
                        return requests.error();
                    request = requests.value().first();
                    request.operation = u"email.send"_s;
                } else {
                    integrations::TwilioSms message;
                    message.to = phone;
                    const QString from = senders.smsFrom.trimmed();
                    (from.startsWith(QLatin1String("MG")) ? message.messagingServiceSid : message.from) = from;
                    message.body = text.body;
                    auto built = sms.sendSmsRequest(message);
                    if (!built.ok())
                        return built.error();
                    request = built.value();
                }
                request.businessEntity = u"customer"_s;
                request.businessId = customerId;
                auto item = outbox::enqueue(c, request);
                if (!item.ok())
                    return item.error();
                for (DunningAction &a : actions)
                    if (a.stageId == stageId && a.status == u"queued")
                        a.outboxId = item.value().id;
            }
            QList<qint64> invoices, stageIds, amounts, days, outboxIds;
            QStringList actionNames, channels, statuses, reasons;
            for (const DunningAction &a : std::as_const(actions)) {
                invoices << a.invoiceId;
                stageIds << a.stageId;
                amounts << a.amountCents;
                days << a.daysLate;
                outboxIds << a.outboxId;
                actionNames << a.action;
                channels << a.channel;
                statuses << a.status;
                reasons << a.skipReason;
            }
            auto ins = c.exec(R"SQL(
INSERT INTO dunning_actions (invoice_id, stage_id, customer_id, action, run_date, days_late, amount_cents, channel,
                             status, skip_reason, outbox_id)
SELECT x.invoice_id, x.stage_id, $1, x.action, $2::date, x.days, x.amount, x.channel, x.status,
       nullif(x.reason, ''), nullif(x.outbox_id, 0)
  FROM unnest($3::bigint[], $4::bigint[], $5::text[], $6::int[], $7::bigint[], $8::text[], $9::text[], $10::text[],
              $11::bigint[]) AS x (invoice_id, stage_id, action, days, amount, channel, status, reason, outbox_id)
ON CONFLICT (invoice_id, stage_id) DO NOTHING
)SQL",
                db::SqlParams()
                    .add(customerId)
                    .add(date)
                    .add(bigintArray(invoices))
                    .add(bigintArray(stageIds))
                    .add(textArray(actionNames))
                    .add(bigintArray(days))
                    .add(bigintArray(amounts))
                    .add(textArray(channels))
                    .add(textArray(statuses))
                    .add(textArray(reasons))
                    .add(bigintArray(outboxIds)));
            if (!ins.ok())
                return ins.error();
            if (ins.value().affectedRows() != actions.size()) // the row lock makes this a bug, not a race
                return Error::make(Error::Kind::Conflict,
                    QCoreApplication::translate("ops::dunning::DunningRepository",
                        "Another run recorded dunning actions for %1 at the same time: run again.")
                        .arg(actions.constFirst().customerCode));
            const bool suspend = std::any_of(
                actions.cbegin(), actions.cend(), [](const DunningAction &a) { return a.action == u"suspend"; });
            if (suspend) {
                QStringList codes;
                qint64 owed = 0;
                for (const DunningAction &a : std::as_const(actions))
                    if (a.action == u"suspend") {
                        codes << a.invoiceCode;
                        owed += a.amountCents;
                    }
                const QString subject =
                    QCoreApplication::translate("ops::dunning::DunningRepository", "Suspended for non-payment (%1)")
                        .arg(date.toString(Qt::ISODate));
                const QString note = QCoreApplication::translate("ops::dunning::DunningRepository",
                    "Dunning run of %1: subscriptions suspended for non-payment. Overdue: %2 "
                    "cents on invoice(s) %3. A payment that brings the overdue amount under the "
                    "threshold reinstates them.")
                                         .arg(date.toString(Qt::ISODate))
                                         .arg(owed)
                                         .arg(codes.join(u", "_s));
                auto s = c.exec("SELECT suspended, ticket FROM ops_dunning_suspend($1, $2, $3, $4)",
                    db::SqlParams().add(customerId).add(date).add(subject).add(note));
                if (!s.ok())
                    return s.error();
                report.suspendedSubscriptions += s.value().int32(0, 0);
            }
            return actions;
        };
        auto done = db::withTransaction(m_c, fn);
        if (!done.ok())
            return done.error();
        report.actions += done.value();
    }
    count(report);
    report.elapsedMs = timer.elapsed();
    return report;
}

Result<QList<SuspensionCandidate>> DunningRepository::suspensionPreview(const QDate &date)
{
    if (!date.isValid())
        return invalid(
            QCoreApplication::translate("ops::dunning::DunningRepository", "Dunning needs a valid date (YYYY-MM-DD)."));
    // As of D + 1: the customers owing at least the threshold late whose oldest late invoice reaches the (first active)
    // suspend stage and has no suspend action yet; holds are shown, not filtered.
    const QString sql = billing::ReceivablesRepository::openInvoicesSql() + uR"SQL(,
 overdue AS (SELECT * FROM aged WHERE days_late >= 1),
 stage AS (SELECT id, days_late FROM dunning_stages WHERE active AND action = 'suspend'
            ORDER BY days_late, position LIMIT 1),
 owing AS (
  SELECT l.customer_id, sum(l.open_cents)::bigint AS owed, max(l.days_late) AS days_late
    FROM overdue l GROUP BY l.customer_id
  HAVING sum(l.open_cents) >= (SELECT threshold_cents FROM dunning_settings WHERE id = 1)),
 due AS (
  SELECT o.* FROM owing o
   WHERE EXISTS (SELECT 1 FROM overdue l, stage s WHERE l.customer_id = o.customer_id AND l.days_late >= s.days_late
                    AND NOT EXISTS (SELECT 1 FROM dunning_actions d WHERE d.invoice_id = l.id AND d.stage_id = s.id)))
SELECT d.customer_id, c.code, c.display_name, d.owed, d.days_late,
       lp.received_on, coalesce(lp.amount_cents, 0),
       h.id, h.until_date, h.reason,
       (SELECT coalesce(string_agg(a.run_date || '|' || a.action || '|' || i.code || '|' || a.status, E'\n'
                                   ORDER BY a.run_date, a.id), '')
          FROM dunning_actions a JOIN invoices i ON i.id = a.invoice_id WHERE a.customer_id = d.customer_id)
  FROM due d JOIN customers c ON c.id = d.customer_id
  LEFT JOIN LATERAL (SELECT (p.received_at AT TIME ZONE 'America/Montreal')::date AS received_on, p.amount_cents
                       FROM payments p WHERE p.customer_id = d.customer_id AND p.status = 'succeeded'
                      ORDER BY p.received_at DESC, p.id DESC LIMIT 1) lp ON true
  LEFT JOIN LATERAL (SELECT id, until_date, reason FROM dunning_holds
                      WHERE customer_id = d.customer_id AND released_at IS NULL AND until_date >= $1::date
                      ORDER BY until_date DESC, id DESC LIMIT 1) h ON true
 ORDER BY d.owed DESC, c.code
)SQL"_s;
    auto r = m_c.exec(sql, db::SqlParams().add(date.addDays(1)));
    if (!r.ok())
        return r.error();
    const db::PgResult &res = r.value();
    QList<SuspensionCandidate> out;
    out.reserve(res.rows());
    for (int i = 0; i < res.rows(); ++i) {
        SuspensionCandidate s;
        s.customerId = res.int64(i, 0);
        s.code = res.text(i, 1);
        s.name = res.text(i, 2);
        s.overdueCents = res.int64(i, 3);
        s.daysLate = res.int32(i, 4);
        s.lastPaymentOn = res.isNull(i, 5) ? QDate() : res.date(i, 5);
        s.lastPaymentCents = res.int64(i, 6);
        s.onHold = !res.isNull(i, 7);
        s.holdId = res.int64(i, 7);
        s.holdUntil = res.isNull(i, 8) ? QDate() : res.date(i, 8);
        s.holdReason = res.text(i, 9);
        const QString history = res.text(i, 10);
        for (const QString &line : history.split(u'\n', Qt::SkipEmptyParts)) {
            const QStringList f = line.split(u'|');
            if (f.size() != 4)
                continue;
            s.history.append(DunningHistoryEntry{QDate::fromString(f[0], Qt::ISODate), f[1], f[2], f[3]});
        }
        out.append(s);
    }
    return out;
}

Result<qint64> DunningRepository::customerIdByCode(const QString &code)
{
    auto r = m_c.exec("SELECT id FROM customers WHERE code = $1", db::SqlParams().add(code.trimmed().toUpper()));
    if (!r.ok())
        return r.error();
    return r.value().rows() ? r.value().int64(0, 0) : qint64(0);
}

Result<qint64> DunningRepository::addHold(qint64 customerId, const QDate &until, const QString &reasonText)
{
    const QString reason = reasonText.trimmed();
    if (!until.isValid())
        return invalid(
            QCoreApplication::translate("ops::dunning::DunningRepository", "A hold needs a valid end date."));
    if (reason.isEmpty())
        return invalid(QCoreApplication::translate(
            "ops::dunning::DunningRepository", "Give the reason of the hold (for example: payment arrangement)."));
    if (reason.size() > 500)
        return invalid(QCoreApplication::translate(
            "ops::dunning::DunningRepository", "The reason is longer than 500 characters."));
    auto r = m_c.exec("INSERT INTO dunning_holds (customer_id, until_date, reason)"
                      " SELECT id, $2, $3 FROM customers WHERE id = $1 RETURNING id",
        db::SqlParams().add(customerId).add(until).add(reason));
    if (!r.ok())
        return r.error();
    if (r.value().rows() != 1)
        return invalid(QCoreApplication::translate("ops::dunning::DunningRepository", "No such customer."));
    return r.value().int64(0, 0);
}

Status DunningRepository::releaseHold(qint64 holdId)
{
    auto r = m_c.exec("UPDATE dunning_holds SET released_at = now(), released_by = ops_current_staff_id()"
                      " WHERE id = $1 AND released_at IS NULL",
        db::SqlParams().add(holdId));
    if (!r.ok())
        return r.error();
    if (r.value().affectedRows() != 1)
        return Error::make(Error::Kind::Conflict,
            QCoreApplication::translate("ops::dunning::DunningRepository", "This hold was already released."));
    return success();
}

} // namespace ops::dunning
