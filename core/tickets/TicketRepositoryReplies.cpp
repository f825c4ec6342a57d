// TicketRepository, replies that reach the customer (issue 14 item 6, migration 0029): a reply by e-mail (Mailjet) or
// SMS (Twilio) is its ticket_messages row and its outbox row, written in one transaction; the thread reads the
// delivery back from the outbox row.
#include <QCoreApplication>
#include <QUuid>

#include "core/db/PgConnection.h"
#include "core/db/Transaction.h"
#include "core/integrations/MailjetClient.h"
#include "core/integrations/OutboxMessages.h"
#include "core/integrations/SmsText.h"
#include "core/outbox/OutboxRepository.h"
#include "core/staff/StaffTypes.h"
#include "core/tickets/TicketRepository.h"
#include "core/tickets/TicketRepositoryMessages.h"

using namespace Qt::Literals::StringLiterals;

namespace ops::tickets {

namespace {

Error invalid(const QString &message)
{
    return Error::make(Error::Kind::Validation, message);
}

// The ticket and its customer's addresses. The mobile is the first of phone, phone_alt that is a Quebec number.
Result<ReplyTargets> readTargets(db::PgConnection &c, qint64 ticketId, const ReplySender &sender, bool lock)
{
    auto r =
        c.exec(QLatin1String("SELECT t.id, t.code, t.subject, coalesce(t.customer_id, 0), coalesce(c.code, ''),"
                             " coalesce(c.display_name, ''), coalesce(c.language, 'fr'),"
                             " coalesce(c.email, c.email_alt, ''), coalesce(c.phone, ''), coalesce(c.phone_alt, '')"
                             " FROM tickets t LEFT JOIN customers c ON c.id = t.customer_id WHERE t.id = $1")
                + (lock ? QLatin1String(" FOR SHARE OF t") : QLatin1String()),
            db::SqlParams().add(ticketId));
    if (!r.ok())
        return r.error();
    if (r.value().rows() == 0)
        return Error::make(
            Error::Kind::NotFound, QCoreApplication::translate("ops::tickets", "This ticket no longer exists."));
    const db::PgResult &res = r.value();
    ReplyTargets t;
    t.ticketId = res.int64(0, 0);
    t.ticketCode = res.text(0, 1);
    t.subject = res.text(0, 2);
    t.customerId = res.int64(0, 3);
    t.customerCode = res.text(0, 4);
    t.customerName = res.text(0, 5);
    t.language = res.text(0, 6) == u"en"_s ? u"en"_s : u"fr"_s;
    t.email = res.text(0, 7).trimmed();
    for (const QString &phone : {res.text(0, 8), res.text(0, 9)}) {
        auto e164 = integrations::normalizeQuebecPhone(phone);
        if (!phone.trimmed().isEmpty() && e164.ok()) {
            t.mobile = e164.value();
            break;
        }
    }
    t.mailSetUp = sender.mailSet();
    t.smsSetUp = sender.smsSet();
    return t;
}

// The company's name and e-mail (billing settings) when this role may read them; empty otherwise.
Result<std::pair<QString, QString>> company(db::PgConnection &c)
{
    auto may = c.exec("SELECT has_table_privilege('billing_settings', 'SELECT')");
    if (!may.ok())
        return may.error();
    if (!may.value().boolean(0, 0))
        return std::pair<QString, QString>{};
    auto r = c.exec("SELECT company_name, email FROM billing_settings WHERE id = 1");
    if (!r.ok())
        return r.error();
    if (r.value().rows() == 0)
        return std::pair<QString, QString>{};
    return std::pair<QString, QString>{r.value().text(0, 0).trimmed(), r.value().text(0, 1).trimmed()};
}

// The address the reply goes to: request.to, else the customer's. A translated Validation error when there is none
// or it is not valid, or when the channel has no sender.
Result<QString> recipient(const ReplyTargets &t, const ReplyRequest &request, const ReplySender &sender)
{
    const QString given = request.to.trimmed();
    if (request.channel == u"email"_s) {
        const QString to = given.isEmpty() ? t.email : given;
        if (to.isEmpty())
            return invalid(QCoreApplication::translate(
                "ops::tickets", "Customer %1 has no e-mail address: reply by SMS or give an address.")
                               .arg(t.customerCode));
        if (const QString problem = staff::emailProblem(to, true); !problem.isEmpty() || to.size() > 320)
            return invalid(QCoreApplication::translate("ops::tickets", "“%1” is not an e-mail address.").arg(to));
        if (!sender.mailSet())
            return invalid(QCoreApplication::translate(
                "ops::tickets", "E-mail is not set up (Mailjet has no sender address in the integration settings)."));
        return to;
    }
    if (request.channel == u"sms"_s) {
        if (given.isEmpty() && t.mobile.isEmpty())
            return invalid(QCoreApplication::translate(
                "ops::tickets", "Customer %1 has no mobile number: reply by e-mail or give a number.")
                               .arg(t.customerCode));
        QString to = t.mobile;
        if (!given.isEmpty()) {
            auto phone = integrations::normalizeQuebecPhone(given);
            if (!phone.ok())
                return phone.error();
            to = phone.value();
        }
        if (!sender.smsSet())
            return invalid(QCoreApplication::translate("ops::tickets",
                "SMS is not set up (Twilio has no account or sender number in the integration settings)."));
        return to;
    }
    return invalid(
        QCoreApplication::translate("ops::tickets", "A reply to the customer goes by e-mail (email) or by SMS (sms)."));
}

} // namespace

QString TicketRepository::replySubject(const QString &language, const QString &ticketCode, const QString &ticketSubject)
{
    // French typography: a space before the colon.
    return (language == u"en"_s ? u"Re: [%1] %2"_s : u"Re : [%1] %2"_s).arg(ticketCode, ticketSubject).simplified();
}

QString TicketRepository::replyText(
    const QString &language, const QString &body, const QString &ticketCode, const QString &companyName)
{
    const QString reference = language == u"en"_s ? u"Ticket %1"_s.arg(ticketCode) : u"Billet %1"_s.arg(ticketCode);
    const QString signature = companyName.isEmpty() ? reference : u"%1 · %2"_s.arg(companyName, reference);
    return u"%1\n\n-- \n%2\n"_s.arg(body.trimmed(), signature);
}

QString TicketRepository::replyHtml(
    const QString &language, const QString &body, const QString &ticketCode, const QString &companyName)
{
    // Everything typed or stored is escaped: the reply is text, never markup.
    const QString text = replyText(language, body, ticketCode, companyName);
    const int cut = text.lastIndexOf(u"\n\n-- \n"_s);
    const auto html = [](const QString &part) {
        return part.trimmed().toHtmlEscaped().replace(QLatin1Char('\n'), u"<br>\n"_s);
    };
    return u"<!DOCTYPE html><html lang=\"%1\"><body><p>%2</p><p style=\"color:#666\">%3</p></body></html>"_s.arg(
        language == u"en"_s ? u"en"_s : u"fr"_s, html(text.left(cut)), html(text.mid(cut + 6)));
}

Result<ReplyTargets> TicketRepository::replyTargets(qint64 ticketId, const ReplySender &sender)
{
    return readTargets(m_c, ticketId, sender, false);
}

Result<TicketMessage> TicketRepository::sendReply(
    qint64 ticketId, const ReplyRequest &request, const ReplySender &sender)
{
    if (auto e = validateMessageBody(request.body))
        return *e;
    if (request.channel != u"email"_s && request.channel != u"sms"_s)
        return invalid(QCoreApplication::translate(
            "ops::tickets", "A reply to the customer goes by e-mail (email) or by SMS (sms)."));
    const QString body = request.body.trimmed();
    std::function<Result<TicketMessage>(db::PgConnection &)> fn = [&](db::PgConnection &c) -> Result<TicketMessage> {
        auto targets = readTargets(c, ticketId, sender, true);
        if (!targets.ok())
            return targets.error();
        const ReplyTargets &t = targets.value();
        if (t.customerId == 0)
            return invalid(QCoreApplication::translate("ops::tickets", "Ticket %1 has no customer: nobody to reply to.")
                               .arg(t.ticketCode));
        auto to = recipient(t, request, sender);
        if (!to.ok())
            return to.error();

        QString subject;
        Result<outbox::OutboxRequest> message = Error::make(Error::Kind::Internal, u"no message"_s);
        if (request.channel == u"email"_s) {
            auto who = company(c);
            if (!who.ok())
                return who.error();
            const auto &[companyName, companyEmail] = who.value();
            subject = replySubject(t.language, t.ticketCode, t.subject);
            integrations::MailjetMessage m;
            m.to = {integrations::MailjetAddress{to.value(), t.customerName}};
            if (!companyEmail.isEmpty())
                m.replyTo = integrations::MailjetAddress{companyEmail, companyName};
            m.subject = subject;
            m.textPart = replyText(t.language, body, t.ticketCode, companyName);
            m.htmlPart = replyHtml(t.language, body, t.ticketCode, companyName);
            m.customId = u"ticket-%1-%2"_s.arg(t.ticketCode, QUuid::createUuid().toString(QUuid::Id128).left(12));
            message = integrations::mailOutboxRequest(
                sender.mailFrom, sender.mailFromName.isEmpty() ? companyName : sender.mailFromName, m);
        } else {
            message = integrations::smsOutboxRequest(sender.smsAccountSid, sender.smsFrom, to.value(), body);
        }
        if (!message.ok())
            return message.error();
        outbox::OutboxRequest r = message.value();
        r.businessEntity = u"ticket"_s;
        r.businessId = t.ticketId;
        auto item = outbox::enqueue(c, r);
        if (!item.ok())
            return item.error();

        // Attributed like addMessage: the staff row of the connection's role, else the role's name.
        auto row = c.exec(u"WITH me AS (SELECT id, display_name FROM staff WHERE pg_role = current_user),"
                          " m AS (INSERT INTO ticket_messages (ticket_id, author_staff_id, author_name, channel,"
                          "   is_internal, body, outbox_id, sent_to, subject)"
                          "   VALUES ($1, (SELECT id FROM me), coalesce((SELECT display_name FROM me), current_user),"
                          "    $2, false, $3, $4, $5, nullif($6, ''))"
                          "   RETURNING *) "_s
                + QLatin1String(kMessageColumns) + u" FROM m LEFT JOIN outbox o ON o.id = m.outbox_id"_s,
            db::SqlParams()
                .add(t.ticketId)
                .add(request.channel)
                .add(body)
                .add(item.value().id)
                .add(to.value())
                .add(subject));
        if (!row.ok())
            return row.error();
        if (row.value().rows() != 1)
            return Error::make(
                Error::Kind::Internal, QCoreApplication::translate("ops::tickets", "The reply could not be stored."));
        return readMessage(row.value(), 0);
    };
    return db::withTransaction(m_c, fn, db::Isolation::ReadCommitted, 1);
}

Result<qint64> TicketRepository::ticketIdByCode(const QString &code)
{
    auto r = m_c.exec("SELECT id FROM tickets WHERE code = $1", db::SqlParams().add(code.trimmed().toUpper()));
    if (!r.ok())
        return r.error();
    if (r.value().rows() == 0)
        return Error::make(Error::Kind::NotFound,
            QCoreApplication::translate("ops::tickets", "There is no ticket %1.").arg(code.trimmed()));
    return r.value().int64(0, 0);
}

Result<QList<MessageDelivery>> TicketRepository::deliveries(qint64 ticketId, const QList<qint64> &messageIds)
{
    QList<MessageDelivery> out;
    if (messageIds.isEmpty())
        return out;
    QStringList ids;
    for (qint64 id : messageIds)
        ids << QString::number(id);
    auto r = m_c.exec(QLatin1String(kMessageColumns) + QLatin1String(kMessageFrom)
            + u" WHERE m.ticket_id = $1 AND m.outbox_id IS NOT NULL"
              " AND m.id = ANY (string_to_array($2, ',')::bigint[]) ORDER BY m.id"_s,
        db::SqlParams().add(ticketId).add(ids.join(QLatin1Char(','))));
    if (!r.ok())
        return r.error();
    for (int i = 0; i < r.value().rows(); ++i) {
        const TicketMessage m = readMessage(r.value(), i);
        out.append({m.id, m.delivery, m.deliveryRef, m.deliveryError});
    }
    return out;
}

} // namespace ops::tickets
