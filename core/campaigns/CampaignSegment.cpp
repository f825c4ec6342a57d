#include "core/campaigns/CampaignSegment.h"

#include <cmath>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ops::campaigns {

namespace {

constexpr int kMaxItems = 200;
constexpr int kMaxText = 120;
constexpr double kMaxCents = 1e12;

Error bad(const QString &key, const QString &why)
{
    return Error::make(Error::Kind::Validation,
        QCoreApplication::translate("ops::campaigns", "Segment “%1”: %2").arg(key.left(40), why),
        u"segment key %1"_s.arg(key.left(40)));
}

bool hasControl(const QString &s)
{
    for (QChar c : s)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return true;
    return false;
}

Result<QString> textValue(const QString &key, const QJsonValue &v)
{
    if (!v.isString())
        return bad(key, QCoreApplication::translate("ops::campaigns", "each value must be text."));
    const QString s = v.toString().trimmed();
    if (s.isEmpty())
        return bad(key, QCoreApplication::translate("ops::campaigns", "a value is empty."));
    if (s.size() > kMaxText)
        return bad(
            key, QCoreApplication::translate("ops::campaigns", "a value is longer than %1 characters.").arg(kMaxText));
    if (hasControl(s))
        return bad(key, QCoreApplication::translate("ops::campaigns", "a value contains control characters."));
    return s;
}

// A list of texts (a single text is a list of one), each optionally from allowed; duplicates dropped.
Result<QStringList> textList(const QString &key, const QJsonValue &v, const QStringList &allowed = {})
{
    QJsonArray items;
    if (v.isString())
        items.append(v);
    else if (v.isArray())
        items = v.toArray();
    else
        return bad(key, QCoreApplication::translate("ops::campaigns", "expected a list of texts."));
    if (items.isEmpty())
        return bad(key, QCoreApplication::translate("ops::campaigns", "the list is empty (remove the key instead)."));
    if (items.size() > kMaxItems)
        return bad(key, QCoreApplication::translate("ops::campaigns", "more than %1 values.").arg(kMaxItems));
    QStringList out;
    for (const QJsonValue &item : items) {
        auto s = textValue(key, item);
        if (!s.ok())
            return s.error();
        if (!allowed.isEmpty() && !allowed.contains(s.value()))
            return bad(key,
                QCoreApplication::translate("ops::campaigns", "“%1” is not one of %2.")
                    .arg(s.value(), allowed.join(u", "_s)));
        if (!out.contains(s.value()))
            out << s.value();
    }
    return out;
}

Result<bool> boolValue(const QString &key, const QJsonValue &v)
{
    if (!v.isBool())
        return bad(key, QCoreApplication::translate("ops::campaigns", "expected true or false."));
    return v.toBool();
}

QJsonValue listJson(const QStringList &l)
{
    return QJsonArray::fromStringList(l);
}

} // namespace

const QStringList &segmentKeys()
{
    static const QStringList keys{u"status"_s, u"region"_s, u"city"_s, u"plan"_s, u"olt"_s, u"olt_port"_s,
        u"balance_over_cents"_s, u"language"_s, u"has_email"_s, u"has_mobile"_s, u"consent"_s, u"customer"_s};
    return keys;
}

Result<SegmentFilter> SegmentFilter::fromJsonText(const QByteArray &text)
{
    if (text.size() > 256 * 1024)
        return bad(u"{}"_s, QCoreApplication::translate("ops::campaigns", "the filter is too large."));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate("ops::campaigns", "The segment is not a JSON object: %1 (at character %2).")
                .arg(error.error != QJsonParseError::NoError
                        ? error.errorString()
                        : QCoreApplication::translate("ops::campaigns", "expected {…}"))
                .arg(error.offset),
            u"segment json"_s);
    return fromJson(doc.object());
}

Result<SegmentFilter> SegmentFilter::fromJson(const QJsonObject &o)
{
    SegmentFilter f;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        if (!segmentKeys().contains(key))
            return Error::make(Error::Kind::Validation,
                QCoreApplication::translate("ops::campaigns", "Unknown segment key “%1”. The keys are: %2.")
                    .arg(key.left(40), segmentKeys().join(u", "_s)),
                u"unknown segment key"_s);
        if (key == u"customer") {
            auto l = textList(key, v);
            if (!l.ok())
                return l.error();
            for (const QString &code : l.value())
                if (!QRegularExpression(u"^CUST-[0-9]{5,}$"_s).match(code).hasMatch())
                    return bad(key,
                        QCoreApplication::translate("ops::campaigns", "“%1” is not a customer code (CUST-…).")
                            .arg(code.left(40)));
            f.customers = l.value();
        } else if (key == u"status" || key == u"region" || key == u"city" || key == u"plan" || key == u"olt") {
            const QStringList allowed = key == u"status"
                ? QStringList{u"prospect"_s, u"active"_s, u"suspended"_s, u"terminated"_s}
                : QStringList{};
            auto l = textList(key, v, allowed);
            if (!l.ok())
                return l.error();
            QStringList &target = key == u"status" ? f.statuses
                : key == u"region"                 ? f.regions
                : key == u"city"                   ? f.cities
                : key == u"plan"                   ? f.plans
                                                   : f.olts;
            target = l.value();
        } else if (key == u"olt_port") {
            if (!v.isArray() || v.toArray().isEmpty() || v.toArray().size() > kMaxItems)
                return bad(key,
                    QCoreApplication::translate(
                        "ops::campaigns", "expected a list of {\"olt\": …, \"port\": …} (1 to %1).")
                        .arg(kMaxItems));
            for (const QJsonValue &item : v.toArray()) {
                const QJsonObject p = item.toObject();
                if (!item.isObject() || p.size() != 2 || !p.contains(u"olt"_s) || !p.contains(u"port"_s))
                    return bad(key,
                        QCoreApplication::translate(
                            "ops::campaigns", "each port is {\"olt\": \"OLT-…\", \"port\": \"1/1/3\"}."));
                auto olt = textValue(key, p.value(u"olt"_s));
                auto port = textValue(key, p.value(u"port"_s));
                if (!olt.ok())
                    return olt.error();
                if (!port.ok())
                    return port.error();
                const OltPort op{olt.value(), port.value()};
                if (!f.oltPorts.contains(op))
                    f.oltPorts << op;
            }
        } else if (key == u"balance_over_cents") {
            const double d = v.toDouble();
            if (!v.isDouble() || !std::isfinite(d) || d != std::floor(d) || std::fabs(d) > kMaxCents)
                return bad(key, QCoreApplication::translate("ops::campaigns", "expected a whole number of cents."));
            f.balanceOverCents = static_cast<qint64>(d);
        } else if (key == u"language") {
            if (!v.isString() || (v.toString() != u"fr" && v.toString() != u"en"))
                return bad(key, QCoreApplication::translate("ops::campaigns", "expected \"fr\" or \"en\"."));
            f.language = v.toString();
        } else {
            auto b = boolValue(key, v);
            if (!b.ok())
                return b.error();
            (key == u"has_email" ? f.hasEmail : key == u"has_mobile" ? f.hasMobile : f.consent) = b.value();
        }
    }
    return f;
}

QJsonObject SegmentFilter::toJson() const
{
    QJsonObject o;
    if (!statuses.isEmpty())
        o.insert(u"status"_s, listJson(statuses));
    if (!regions.isEmpty())
        o.insert(u"region"_s, listJson(regions));
    if (!cities.isEmpty())
        o.insert(u"city"_s, listJson(cities));
    if (!plans.isEmpty())
        o.insert(u"plan"_s, listJson(plans));
    if (!olts.isEmpty())
        o.insert(u"olt"_s, listJson(olts));
    if (!customers.isEmpty())
        o.insert(u"customer"_s, listJson(customers));
    if (!oltPorts.isEmpty()) {
        QJsonArray ports;
        for (const OltPort &p : oltPorts)
            ports.append(QJsonObject{{u"olt"_s, p.olt}, {u"port"_s, p.port}});
        o.insert(u"olt_port"_s, ports);
    }
    if (balanceOverCents)
        o.insert(u"balance_over_cents"_s, static_cast<double>(*balanceOverCents));
    if (!language.isEmpty())
        o.insert(u"language"_s, language);
    if (hasEmail)
        o.insert(u"has_email"_s, *hasEmail);
    if (hasMobile)
        o.insert(u"has_mobile"_s, *hasMobile);
    if (consent)
        o.insert(u"consent"_s, *consent);
    return o;
}

} // namespace ops::campaigns
