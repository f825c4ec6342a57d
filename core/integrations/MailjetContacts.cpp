#include "core/integrations/MailjetContacts.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrl>
#include <QUrlQuery>

#include "core/integrations/IntegrationSupport.h"
#include "core/net/NetExecutor.h"

using namespace Qt::Literals::StringLiterals;

namespace ops::integrations {

namespace {

Error unreadable(const QString &detail)
{
    return Error::make(Error::Kind::Schema,
        QCoreApplication::translate("ops::integrations",
            "Mailjet sent a contact list this version cannot read. Nothing was recorded; check the Mailjet service "
            "address."),
        detail);
}

} // namespace

MailjetContacts::MailjetContacts(net::NetExecutor &net, MailjetConfig config)
    : m_net(net)
    , m_client(net, std::move(config))
{}

Result<MailjetContactPage> MailjetContacts::parsePage(const QJsonObject &body)
{
    if (!body.value(u"Data"_s).isArray())
        return unreadable(u"no Data array in the Mailjet contact list"_s);
    MailjetContactPage page;
    page.total = body.value(u"Total"_s).toInt(-1);
    if (page.total < 0)
        return unreadable(u"no Total in the Mailjet contact list"_s);
    const QJsonArray data = body.value(u"Data"_s).toArray();
    page.rows = int(data.size());
    for (const QJsonValue &v : data) {
        const QJsonObject o = v.toObject();
        MailjetExcludedContact c;
        c.id = o.value(u"ID"_s).toInteger();
        c.email = o.value(u"Email"_s).toString().trimmed();
        if (c.id <= 0 || c.email.isEmpty())
            return unreadable(u"Mailjet contact without ID or Email"_s);
        if (o.contains(u"IsExcludedFromCampaigns"_s) && !o.value(u"IsExcludedFromCampaigns"_s).toBool())
            continue; // not excluded (the filter was ignored): not an unsubscribe
        const QString at = o.value(u"ExclusionFromCampaignsUpdatedAt"_s).toString();
        c.excludedAt = QDateTime::fromString(at, Qt::ISODateWithMs);
        if (!c.excludedAt.isValid())
            c.excludedAt = QDateTime::fromString(at, Qt::ISODate);
        c.excludedAt = c.excludedAt.isValid() ? c.excludedAt.toUTC() : QDateTime();
        c.raw = o;
        page.contacts << c;
    }
    return page;
}

QFuture<Result<MailjetContactPage>> MailjetContacts::excluded(int offset, int limit)
{
    QUrlQuery query;
    query.addQueryItem(u"IsExcludedFromCampaigns"_s, u"true"_s);
    query.addQueryItem(u"Limit"_s, QString::number(qBound(1, limit, kPageSize)));
    query.addQueryItem(u"Offset"_s, QString::number(qMax(0, offset)));
    QUrl url(u"/v3/REST/contact"_s);
    url.setQuery(query);
    net::HttpRequest r = net::HttpRequest::get(url);
    r.providerId = m_client.config().providerId;
    r.headers = m_client.authHeaders();
    r.expectJson = true;
    return mapResult<MailjetContactPage>(
        m_net.send(r), [](const Result<net::HttpResponse> &answer) -> Result<MailjetContactPage> {
            if (!answer)
                return MailjetClient::mapError(answer.error());
            Result<QJsonObject> o = jsonObjectOf(answer.value(), u"Mailjet"_s);
            if (!o)
                return o.error();
            return parsePage(o.value());
        });
}

Result<QList<MailjetExcludedContact>> MailjetContacts::allExcluded(int maxPages)
{
    QList<MailjetExcludedContact> all;
    int offset = 0;
    for (int page = 0; page < qMax(1, maxPages); ++page) {
        QFuture<Result<MailjetContactPage>> f = excluded(offset);
        f.waitForFinished();
        const Result<MailjetContactPage> &r = f.result();
        if (!r.ok())
            return r.error();
        all += r.value().contacts;
        offset += r.value().rows;
        if (r.value().rows == 0 || offset >= r.value().total)
            break;
    }
    return all;
}

} // namespace ops::integrations
