#include "core/customers/CustomerValidation.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QLocale>
#include <QRegularExpression>

#include "core/integrations/GenieAcsClient.h"
#include "core/integrations/SmsText.h"

using namespace Qt::Literals::StringLiterals;

namespace ops::customers {

QMap<QString, QString> CustomerEdit::values() const
{
    return {{u"kind"_s, kind}, {u"first_name"_s, firstName}, {u"last_name"_s, lastName},
        {u"company_name"_s, companyName}, {u"display_name"_s, displayName}, {u"language"_s, language},
        {u"email"_s, email}, {u"phone"_s, phone}, {u"phone_alt"_s, phoneAlt}, {u"billing_street"_s, billingStreet},
        {u"billing_city"_s, billingCity}, {u"billing_postal_code"_s, billingPostalCode}, {u"status"_s, status},
        {u"casl_consent"_s, caslConsent}, {u"notes"_s, notes}};
}

namespace {
QString coord(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'f', 6) : QString();
}
} // namespace

QMap<QString, QString> LocationEdit::values() const
{
    return {{u"civic_number"_s, civicNumber}, {u"street"_s, street}, {u"unit"_s, unit}, {u"city"_s, city},
        {u"postal_code"_s, postalCode}, {u"latitude"_s, coord(latitude)}, {u"longitude"_s, coord(longitude)},
        {u"status"_s, status}, {u"access_notes"_s, accessNotes}, {u"olt_name"_s, oltName}, {u"olt_port"_s, oltPort},
        {u"vlan"_s, vlan ? QString::number(vlan) : QString()}, {u"ip_address"_s, ipAddress}};
}

QMap<QString, QString> EquipmentEdit::values() const
{
    return {{u"location_id"_s, locationId ? QString::number(locationId) : QString()}, {u"kind"_s, kind},
        {u"make"_s, make}, {u"model"_s, model}, {u"serial"_s, serial}, {u"mac"_s, mac}, {u"firmware"_s, firmware},
        {u"status"_s, status}, {u"ip_address"_s, ipAddress}, {u"genieacs_device_id"_s, genieacsId}};
}

QMap<QString, QString> SubscriptionEdit::values() const
{
    return {{u"location_id"_s, locationId ? QString::number(locationId) : QString()},
        {u"item_id"_s, QString::number(itemId)}, {u"price_cents"_s, price.toPlainString()},
        {u"quantity"_s, QString::number(quantity)}, {u"start_date"_s, startDate.toString(Qt::ISODate)},
        {u"end_date"_s, endDate.isValid() ? endDate.toString(Qt::ISODate) : QString()}, {u"status"_s, status},
        {u"radius_user"_s, radiusUser},
        // Never the password itself: a marker that a new one is about to be stored.
        {u"radius_pwd"_s, newRadiusPassword.isNull() ? QString() : QString(6, QChar(0x2022))}};
}

QList<FieldDiff> diffValues(const QMap<QString, QString> &theirs, const QMap<QString, QString> &mine)
{
    QList<FieldDiff> out;
    for (auto it = mine.cbegin(); it != mine.cend(); ++it) {
        const QString t = theirs.value(it.key());
        if (t != it.value())
            out.append({it.key(), t, it.value()});
    }
    return out;
}

} // namespace ops::customers

namespace ops::customers::validation {

namespace {

Error invalid(const QString &message)
{
    return Error::make(Error::Kind::Validation, message);
}

bool hasControl(const QString &s)
{
    for (const QChar c : s) {
        if (c.unicode() < 0x20 && c != u'\n' && c != u'\t' && c != u'\r')
            return true;
    }
    return false;
}

// Trims; checks required/length/control characters; returns the message or an empty string.
QString text(QString &value, qsizetype max, bool required, bool multiLine = false)
{
    value = value.trimmed();
    if (!multiLine)
        value = value.simplified();
    if (required && value.isEmpty())
        return QCoreApplication::translate("ops::customers", "Required.");
    if (value.size() > max)
        return QCoreApplication::translate("ops::customers", "Too long: %1 characters, at most %2.")
            .arg(QLocale().toString(value.size()), QLocale().toString(max));
    if (hasControl(value))
        return QCoreApplication::translate("ops::customers", "Contains control characters that cannot be stored.");
    return {};
}

void put(FieldErrors &errors, const QString &field, const QString &message)
{
    if (!message.isEmpty() && !errors.contains(field))
        errors.insert(field, message);
}

template <typename T> void normalizeInto(FieldErrors &errors, const QString &field, QString &value, T normalizer)
{
    if (value.trimmed().isEmpty()) {
        value.clear();
        return;
    }
    auto r = normalizer(value);
    if (r.ok())
        value = r.value();
    else
        put(errors, field, r.error().userMessage);
}

// A one-line network identifier (OLT name or port, GenieACS id): trimmed, at most max characters, no control
// character at all (tabs and line breaks included); empty is allowed (none).
QString networkText(QString &value, qsizetype max)
{
    value = value.trimmed();
    if (value.size() > max)
        return QCoreApplication::translate("ops::customers", "Too long: %1 characters, at most %2.")
            .arg(QLocale().toString(value.size()), QLocale().toString(max));
    for (const QChar c : std::as_const(value)) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return QCoreApplication::translate("ops::customers", "Contains control characters that cannot be stored.");
    }
    return {};
}

bool oneOf(const QString &v, std::initializer_list<const char *> keys)
{
    for (const char *k : keys) {
        if (v == QLatin1String(k))
            return true;
    }
    return false;
}

QString unknownValue()
{
    return QCoreApplication::translate("ops::customers", "Choose a value from the list.");
}

} // namespace

QString postalCodePattern()
{
    return u"^[ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z] [0-9][ABCEGHJ-NPRSTV-Z][0-9]$"_s;
}

Result<QString> normalizePostalCode(const QString &input)
{
    QString compact;
    for (const QChar c : input) {
        if (c.isSpace() || c == u'-')
            continue;
        compact += c.toUpper();
    }
    const QString candidate = compact.size() == 6 ? compact.left(3) + u' ' + compact.mid(3) : compact;
    static const QRegularExpression re(postalCodePattern());
    if (!re.match(candidate).hasMatch())
        return invalid(QCoreApplication::translate(
            "ops::customers", "Not a Canadian postal code. Expected a letter-digit pattern such as H2X 1Y4."));
    return candidate;
}

Result<QString> normalizePhone(const QString &input)
{
    return integrations::normalizeQuebecPhone(input);
}

Result<QString> normalizeEmail(const QString &input)
{
    const QString e = input.trimmed();
    static const QRegularExpression re(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$"_s);
    if (e.size() > 254 || !re.match(e).hasMatch() || e.contains(u"..") || e.contains(u'<') || e.contains(u'>'))
        return invalid(QCoreApplication::translate(
            "ops::customers", "Not a valid e-mail address. Expected a form such as name@example.ca."));
    return e;
}

Result<QString> normalizeMac(const QString &input)
{
    auto r = integrations::GenieAcsClient::normalizeMac(input);
    if (!r.ok())
        return invalid(QCoreApplication::translate(
            "ops::customers", "Not a MAC address. Enter 12 hexadecimal digits, e.g. AA:BB:CC:DD:EE:FF."));
    return r.value().toLower();
}

Result<QString> normalizeSerial(const QString &input)
{
    const QString s = input.trimmed().toUpper();
    static const QRegularExpression re(u"^[A-Z0-9-]{4,40}$"_s);
    if (!re.match(s).hasMatch())
        return invalid(QCoreApplication::translate(
            "ops::customers", "A serial number has 4 to 40 letters, digits or dashes, without spaces."));
    return s;
}

Result<Money> parsePrice(const QString &input)
{
    QString t;
    for (const QChar c : input) {
        if (c.isSpace() || c == u'$' || c == QChar(0x00a0) || c == QChar(0x202f))
            continue;
        t += c;
    }
    Money m;
    if (t.isEmpty() || !Money::parse(t, &m))
        return invalid(QCoreApplication::translate("ops::customers", "Not an amount. Enter a price such as 69,95."));
    if (m.cents() < 0)
        return invalid(QCoreApplication::translate("ops::customers", "A price cannot be negative."));
    if (m.cents() > kMaxPriceCents)
        return invalid(QCoreApplication::translate("ops::customers", "A price is at most %1.")
                           .arg(Money::fromCents(kMaxPriceCents).format(QLocale())));
    return m;
}

Result<QString> normalizeIpAddress(const QString &input)
{
    const QString t = input.trimmed();
    // IPv4 in its four-part dotted form only (QHostAddress also takes inet_aton's "10.20.30" = 10.20.0.30).
    static const QRegularExpression dottedQuad(u"^[0-9]{1,3}(\\.[0-9]{1,3}){3}$"_s);
    QHostAddress a;
    if (t.contains(u'/') || (!t.contains(u':') && !dottedQuad.match(t).hasMatch()) || !a.setAddress(t) || a.isNull())
        return invalid(QCoreApplication::translate(
            "ops::customers", "Not an IP address. Use the form 10.20.30.40 (IPv4) or 2001:db8::1 (IPv6)."));
    return a.toString();
}

Result<int> parseVlan(const QString &input)
{
    const QString t = input.trimmed();
    if (t.isEmpty())
        return 0;
    bool ok = false;
    const int v = t.toInt(&ok);
    if (!ok || v < 1 || v > 4094)
        return invalid(QCoreApplication::translate("ops::customers", "A VLAN is a whole number from 1 to 4094."));
    return v;
}

GpsCheck checkGps(const std::optional<double> &latitude, const std::optional<double> &longitude)
{
    if (!latitude && !longitude)
        return GpsCheck::Ok;
    if (!latitude || !longitude)
        return GpsCheck::Incomplete;
    const double la = *latitude;
    const double lo = *longitude;
    if (!(la >= -90 && la <= 90) || !(lo >= -180 && lo <= 180))
        return GpsCheck::OutOfRange;
    // Quebec's bounding box, generously: 44.9–62.6 N, 79.8–57.1 W.
    if (la < 44.9 || la > 62.6 || lo < -79.8 || lo > -57.1)
        return GpsCheck::OutsideQuebec;
    return GpsCheck::Ok;
}

Result<std::optional<double>> parseCoordinate(const QString &input)
{
    QString t = input.trimmed();
    if (t.isEmpty())
        return std::optional<double>();
    t.replace(u',', u'.');
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok || !qIsFinite(v))
        return invalid(
            QCoreApplication::translate("ops::customers", "Not a coordinate. Use decimal degrees, e.g. 45,5017."));
    return std::optional<double>(v);
}

FieldErrors validateCustomer(CustomerEdit &c)
{
    FieldErrors e;
    if (!oneOf(c.kind, {"residential", "business"}))
        put(e, u"kind"_s, unknownValue());
    if (!oneOf(c.language, {"fr", "en"}))
        put(e, u"language"_s, unknownValue());
    if (!oneOf(c.status, {"prospect", "active", "suspended", "terminated"}))
        put(e, u"status"_s, unknownValue());
    if (!oneOf(c.caslConsent, {"none", "implied", "express"}))
        put(e, u"casl_consent"_s, unknownValue());
    put(e, u"first_name"_s, text(c.firstName, kMaxName, false));
    put(e, u"last_name"_s, text(c.lastName, kMaxName, false));
    put(e, u"company_name"_s, text(c.companyName, kMaxName, c.kind == u"business"_s));
    c.displayName = c.displayName.trimmed();
    if (c.displayName.isEmpty()) {
        c.displayName = c.kind == u"business"_s && !c.companyName.trimmed().isEmpty()
            ? c.companyName.trimmed()
            : QStringList{c.firstName.trimmed(), c.lastName.trimmed()}.join(u' ').trimmed();
    }
    put(e, u"display_name"_s, text(c.displayName, 300, true));
    normalizeInto(e, u"email"_s, c.email, normalizeEmail);
    normalizeInto(e, u"phone"_s, c.phone, normalizePhone);
    normalizeInto(e, u"phone_alt"_s, c.phoneAlt, normalizePhone);
    put(e, u"billing_street"_s, text(c.billingStreet, kMaxName, false));
    put(e, u"billing_city"_s, text(c.billingCity, kMaxName, false));
    normalizeInto(e, u"billing_postal_code"_s, c.billingPostalCode, normalizePostalCode);
    put(e, u"notes"_s, text(c.notes, kMaxNotes, false, true));
    if (c.caslConsent != u"none"_s && c.email.isEmpty() && c.phone.isEmpty())
        put(e, u"casl_consent"_s,
            QCoreApplication::translate("ops::customers", "Consent needs an e-mail address or a phone number."));
    return e;
}

FieldErrors validateLocation(LocationEdit &l, FieldErrors *warnings)
{
    FieldErrors e;
    if (l.customerId <= 0)
        put(e, u"customer_id"_s, QCoreApplication::translate("ops::customers", "Required."));
    put(e, u"civic_number"_s, text(l.civicNumber, kMaxShort, true));
    put(e, u"street"_s, text(l.street, kMaxName, true));
    put(e, u"unit"_s, text(l.unit, kMaxShort, false));
    put(e, u"city"_s, text(l.city, kMaxName, true));
    if (l.postalCode.trimmed().isEmpty())
        put(e, u"postal_code"_s, QCoreApplication::translate("ops::customers", "Required."));
    else
        normalizeInto(e, u"postal_code"_s, l.postalCode, normalizePostalCode);
    switch (checkGps(l.latitude, l.longitude)) {
    case GpsCheck::Ok:
        break;
    case GpsCheck::Incomplete:
        put(e, l.latitude ? u"longitude"_s : u"latitude"_s,
            QCoreApplication::translate("ops::customers", "Enter both latitude and longitude, or neither."));
        break;
    case GpsCheck::OutOfRange:
        if (!(*l.latitude >= -90 && *l.latitude <= 90))
            put(e, u"latitude"_s,
                QCoreApplication::translate("ops::customers", "A latitude goes from -90 to 90 degrees."));
        if (!(*l.longitude >= -180 && *l.longitude <= 180))
            put(e, u"longitude"_s,
                QCoreApplication::translate("ops::customers", "A longitude goes from -180 to 180 degrees."));
        break;
    case GpsCheck::OutsideQuebec:
        if (warnings)
            put(*warnings, u"latitude"_s,
                QCoreApplication::translate("ops::customers",
                    "This point is outside Quebec. Check the signs: longitudes here are negative (e.g. -73,57)."));
        break;
    }
    if (!oneOf(l.status, {"planned", "active", "inactive"}))
        put(e, u"status"_s, unknownValue());
    put(e, u"access_notes"_s, text(l.accessNotes, kMaxNotes, false, true));
    put(e, u"olt_name"_s, networkText(l.oltName, kMaxNetworkName));
    put(e, u"olt_port"_s, networkText(l.oltPort, kMaxNetworkName));
    if (l.vlan != 0 && (l.vlan < 1 || l.vlan > 4094))
        put(e, u"vlan"_s, QCoreApplication::translate("ops::customers", "A VLAN is a whole number from 1 to 4094."));
    normalizeInto(e, u"ip_address"_s, l.ipAddress, normalizeIpAddress);
    return e;
}

FieldErrors validateEquipment(EquipmentEdit &q)
{
    FieldErrors e;
    if (!oneOf(q.kind, {"ont", "router", "tv_box", "phone_adapter", "other"}))
        put(e, u"kind"_s, unknownValue());
    put(e, u"make"_s, text(q.make, kMaxName, true));
    put(e, u"model"_s, text(q.model, kMaxName, true));
    if (q.serial.trimmed().isEmpty())
        put(e, u"serial"_s, QCoreApplication::translate("ops::customers", "Required."));
    else
        normalizeInto(e, u"serial"_s, q.serial, normalizeSerial);
    normalizeInto(e, u"mac"_s, q.mac, normalizeMac);
    put(e, u"firmware"_s, text(q.firmware, kMaxShort * 2, false));
    if (!oneOf(q.status, {"in_stock", "installed", "returned", "defective", "lost"}))
        put(e, u"status"_s, unknownValue());
    if (q.status == u"installed"_s && q.locationId <= 0)
        put(e, u"location_id"_s,
            QCoreApplication::translate("ops::customers", "Installed equipment needs a service location."));
    normalizeInto(e, u"ip_address"_s, q.ipAddress, normalizeIpAddress);
    put(e, u"genieacs_device_id"_s, networkText(q.genieacsId, kMaxGenieAcsId));
    return e;
}

FieldErrors validateSubscription(SubscriptionEdit &s)
{
    FieldErrors e;
    if (s.customerId <= 0)
        put(e, u"customer_id"_s, QCoreApplication::translate("ops::customers", "Required."));
    if (s.itemId <= 0)
        put(e, u"item_id"_s, QCoreApplication::translate("ops::customers", "Choose a plan."));
    if (s.price.cents() < 0)
        put(e, u"price_cents"_s, QCoreApplication::translate("ops::customers", "A price cannot be negative."));
    else if (s.price.cents() > kMaxPriceCents)
        put(e, u"price_cents"_s,
            QCoreApplication::translate("ops::customers", "A price is at most %1.")
                .arg(Money::fromCents(kMaxPriceCents).format(QLocale())));
    if (s.quantity < 1 || s.quantity > 1000)
        put(e, u"quantity"_s, QCoreApplication::translate("ops::customers", "The quantity goes from 1 to 1000."));
    if (!s.startDate.isValid())
        put(e, u"start_date"_s, QCoreApplication::translate("ops::customers", "Required."));
    else if (s.endDate.isValid() && s.endDate < s.startDate)
        put(e, u"end_date"_s, QCoreApplication::translate("ops::customers", "The end date is before the start date."));
    if (!oneOf(s.status, {"pending", "active", "suspended", "cancelled"}))
        put(e, u"status"_s, unknownValue());
    // RADIUS user names travel to the network equipment: letters, digits and . _ @ - only.
    s.radiusUser = s.radiusUser.trimmed();
    static const QRegularExpression radiusUser(u"^[A-Za-z0-9._@-]{1,64}$"_s);
    if (!s.radiusUser.isEmpty() && !radiusUser.match(s.radiusUser).hasMatch())
        put(e, u"radius_user"_s,
            QCoreApplication::translate(
                "ops::customers", "Letters, digits and . _ @ - only, at most 64 characters, no spaces."));
    if (!s.newRadiusPassword.isNull()) {
        bool control = false;
        for (QChar ch : std::as_const(s.newRadiusPassword))
            control = control || ch.category() == QChar::Other_Control;
        if (s.newRadiusPassword.isEmpty() || s.newRadiusPassword.size() > 128 || control)
            put(e, u"radius_pwd"_s,
                QCoreApplication::translate("ops::customers", "From 1 to 128 characters, without control characters."));
        else if (s.radiusUser.isEmpty())
            put(e, u"radius_user"_s,
                QCoreApplication::translate("ops::customers", "A RADIUS password needs a RADIUS user."));
    }
    return e;
}

} // namespace ops::customers::validation
