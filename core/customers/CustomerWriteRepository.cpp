#include "core/customers/CustomerWriteRepository.h"

#include <functional>

#include <QCoreApplication>
#include <QLocale>

#include "core/customers/CustomerValidation.h"
#include "core/db/Audit.h"
#include "core/db/PgConnection.h"
#include "core/db/Transaction.h"

using namespace Qt::Literals::StringLiterals;

namespace ops::customers {

namespace {

// A column value: text, or NULL for an empty optional value.
db::SqlParams &opt(db::SqlParams &p, const QString &v)
{
    return v.isEmpty() ? p.addNull() : p.add(v);
}

db::SqlParams &optId(db::SqlParams &p, qint64 id)
{
    return id > 0 ? p.add(id) : p.addNull();
}

db::SqlParams &optReal(db::SqlParams &p, const std::optional<double> &v)
{
    return v ? p.add(QString::number(*v, 'g', 17)) : p.addNull();
}

void bindLocationNetwork(db::SqlParams &p, const LocationEdit &l)
{
    opt(p, l.oltName);
    opt(p, l.oltPort);
    if (l.vlan > 0)
        p.add(l.vlan);
    else
        p.addNull();
    opt(p, l.ipAddress);
}

void bindEquipmentNetwork(db::SqlParams &p, const EquipmentEdit &e)
{
    opt(p, e.ipAddress);
    opt(p, e.genieacsId);
}

Error notFound()
{
    return Error::make(Error::Kind::NotFound,
        QCoreApplication::translate("ops::customers", "This record no longer exists. It may have been deleted."));
}

Error fieldsError()
{
    return Error::make(
        Error::Kind::Validation, QCoreApplication::translate("ops::customers", "Some fields need attention."));
}

// How one kind of row is read and written.
template <typename T> struct Spec
{
    QString table;
    QString entity; // audit_log.entity
    QStringList columns; // written columns, in bind order
    std::function<void(db::SqlParams &, const T &)> bind;
    QString extraSet; // appended to the SET clause (may use b.* and the bound parameters)
    QStringList extraInsertColumns;
    QStringList extraInsertValues; // may use the bound parameters ($1… on insert)
    const char *selectSql = nullptr; // $1 id
    std::function<T(const db::PgResult &)> read;
    QList<QPair<QString, QString>> constraints; // constraint or type name in the server message -> field
    std::function<std::optional<Error>(db::PgConnection &, const T &, FieldErrors &)> check;
};

template <typename T> Result<T> load(db::PgConnection &c, const Spec<T> &spec, qint64 id)
{
    auto r = c.exec(spec.selectSql, db::SqlParams().add(id));
    if (!r.ok())
        return r.error();
    if (r.value().rows() == 0)
        return notFound();
    return spec.read(r.value());
}

Error conflictError(const QString &who, const QDateTime &at)
{
    return Error::make(Error::Kind::Conflict,
        QCoreApplication::translate("ops::customers", "%1 changed this record at %2 while you were editing it.")
            .arg(who.isEmpty() ? QCoreApplication::translate("ops::customers", "Someone else") : who,
                QLocale().toString(at.toLocalTime().time(), QLocale::ShortFormat)),
        u"stale version"_s);
}

template <typename T> FieldErrors fieldsFromServer(const Spec<T> &spec, const Error &e)
{
    FieldErrors out;
    for (const auto &[needle, field] : spec.constraints) {
        if (e.detail.contains(needle)) {
            if (e.code == u"23505"_s)
                out.insert(field,
                    QCoreApplication::translate("ops::customers", "This value is already used by another record."));
            else if (e.code == u"23503"_s)
                out.insert(field, QCoreApplication::translate("ops::customers", "This choice no longer exists."));
            else
                out.insert(field, QCoreApplication::translate("ops::customers", "Not in the expected format."));
            break;
        }
    }
    return out;
}

template <typename T>
WriteResult<T> save(db::PgConnection &c, const Spec<T> &spec, T row, FieldErrors (*validate)(T &),
    qint64 (*idOf)(const T &), int (*versionOf)(const T &))
{
    FieldErrors errors = validate(row);
    if (!errors.isEmpty())
        return WriteResult<T>(fieldsError(), errors);
    const qint64 id = idOf(row);
    QString sql;
    if (id == 0) {
        QStringList values;
        for (int i = 0; i < spec.columns.size(); ++i)
            values << u"$%1"_s.arg(i + 1);
        sql = db::audit::insertSql(spec.table, spec.columns + spec.extraInsertColumns, values + spec.extraInsertValues);
    } else {
        QStringList sets;
        for (int i = 0; i < spec.columns.size(); ++i)
            sets << u"%1 = $%2"_s.arg(spec.columns.at(i)).arg(i + 3);
        if (!spec.extraSet.isEmpty())
            sets << spec.extraSet;
        sql = db::audit::guardedUpdateSql(spec.table, sets.join(u", "_s));
    }

    std::optional<EditConflict<T>> conflict;
    FieldErrors checkErrors;
    auto r = db::withTransaction<T>(c, [&](db::PgConnection &tx) -> Result<T> {
        conflict.reset();
        checkErrors.clear();
        if (spec.check) {
            if (auto e = spec.check(tx, row, checkErrors))
                return *e;
        }
        db::SqlParams p;
        if (id != 0)
            p.add(id).add(versionOf(row));
        spec.bind(p, row);
        auto w = tx.exec(sql, p);
        if (!w.ok())
            return w.error();
        if (w.value().rows() == 0) {
            auto current = load(tx, spec, id);
            if (!current.ok())
                return current.error();
            EditConflict<T> cf{current.value(), {}, {}};
            auto last = tx.exec(db::audit::lastChangeSql(), db::SqlParams().add(spec.entity).add(id));
            // The audit row of the last change has the same now() as the row's updated_at; an older one means the
            // row was changed outside this application: who is unknown, when is updated_at.
            if (last.ok() && last.value().rows() > 0 && last.value().timestamp(0, 1) >= current.value().updatedAt) {
                cf.changedBy = last.value().text(0, 0);
                cf.changedAt = last.value().timestamp(0, 1);
            } else {
                cf.changedAt = current.value().updatedAt;
            }
            Error e = conflictError(cf.changedBy, cf.changedAt);
            conflict = std::move(cf);
            return e;
        }
        return load(tx, spec, w.value().int64(0, 0));
    });
    if (r.ok())
        return std::move(r).value();
    if (conflict)
        return WriteResult<T>(std::move(r).error(), std::move(*conflict));
    if (!checkErrors.isEmpty())
        return WriteResult<T>(std::move(r).error(), checkErrors);
    Error e = std::move(r).error();
    FieldErrors server = fieldsFromServer(spec, e);
    if (!server.isEmpty()) {
        e.kind = Error::Kind::Validation;
        e.userMessage = fieldsError().userMessage;
        return WriteResult<T>(std::move(e), server);
    }
    return WriteResult<T>(std::move(e));
}

// ---- customers ----

const Spec<CustomerEdit> &customerSpec()
{
    static const Spec<CustomerEdit> instance = [] {
        Spec<CustomerEdit> s;
        s.table = u"customers"_s;
        s.entity = u"customer"_s;
        s.columns = {u"kind"_s, u"first_name"_s, u"last_name"_s, u"company_name"_s, u"display_name"_s, u"language"_s,
            u"email"_s, u"phone"_s, u"phone_alt"_s, u"billing_street"_s, u"billing_city"_s, u"billing_postal_code"_s,
            u"status"_s, u"casl_consent"_s, u"notes"_s};
        s.bind = [](db::SqlParams &p, const CustomerEdit &c) {
            p.add(c.kind);
            opt(p, c.firstName);
            opt(p, c.lastName);
            opt(p, c.companyName);
            p.add(c.displayName).add(c.language);
            opt(p, c.email);
            opt(p, c.phone);
            opt(p, c.phoneAlt);
            opt(p, c.billingStreet);
            opt(p, c.billingCity);
            opt(p, c.billingPostalCode);
            p.add(c.status).add(c.caslConsent);
            opt(p, c.notes);
        };
        // The consent date follows the consent (CASL: when it was given).
        s.extraSet = u"casl_consent_at = CASE WHEN b.casl_consent IS DISTINCT FROM $16::text"
                     " THEN CASE WHEN $16::text = 'none' THEN NULL ELSE now() END ELSE b.casl_consent_at END"_s;
        s.extraInsertColumns = {u"casl_consent_at"_s};
        s.extraInsertValues = {u"CASE WHEN $14::text = 'none' THEN NULL ELSE now() END"_s};
        s.selectSql = "SELECT id, version, code, kind, coalesce(first_name, ''), coalesce(last_name, ''),"
                      " coalesce(company_name, ''), display_name, language, coalesce(email, ''), coalesce(phone, ''),"
                      " coalesce(phone_alt, ''), coalesce(billing_street, ''), coalesce(billing_city, ''),"
                      " coalesce(billing_postal_code, ''), status, casl_consent, coalesce(notes, ''), updated_at"
                      " FROM customers WHERE id = $1";
        s.read = [](const db::PgResult &r) {
            CustomerEdit c;
            c.id = r.int64(0, 0);
            c.version = r.int32(0, 1);
            c.code = r.text(0, 2);
            c.kind = r.text(0, 3);
            c.firstName = r.text(0, 4);
            c.lastName = r.text(0, 5);
            c.companyName = r.text(0, 6);
            c.displayName = r.text(0, 7);
            c.language = r.text(0, 8);
            c.email = r.text(0, 9);
            c.phone = r.text(0, 10);
            c.phoneAlt = r.text(0, 11);
            c.billingStreet = r.text(0, 12);
            c.billingCity = r.text(0, 13);
            c.billingPostalCode = r.text(0, 14);
            c.status = r.text(0, 15);
            c.caslConsent = r.text(0, 16);
            c.notes = r.text(0, 17);
            c.updatedAt = r.timestamp(0, 18);
            return c;
        };
        s.constraints = {{u"customers_email_check"_s, u"email"_s},
            {u"customers_billing_postal_code_check"_s, u"billing_postal_code"_s},
            {u"customers_display_name_check"_s, u"display_name"_s}, {u"customers_kind_check"_s, u"kind"_s},
            {u"customers_language_check"_s, u"language"_s}, {u"customers_status_check"_s, u"status"_s},
            {u"customers_casl_consent_check"_s, u"casl_consent"_s}};
        return s;
    }();
    return instance;
}

// ---- service locations ----

const Spec<LocationEdit> &locationSpec()
{
    static const Spec<LocationEdit> instance = [] {
        Spec<LocationEdit> s;
        s.table = u"service_locations"_s;
        s.entity = u"service_location"_s;
        s.columns = {u"customer_id"_s, u"civic_number"_s, u"street"_s, u"unit"_s, u"city"_s, u"postal_code"_s,
            u"latitude"_s, u"longitude"_s, u"status"_s, u"access_notes"_s, u"olt_name"_s, u"olt_port"_s, u"vlan"_s,
            u"ip_address"_s};
        s.bind = [](db::SqlParams &p, const LocationEdit &l) {
            p.add(l.customerId).add(l.civicNumber).add(l.street);
            opt(p, l.unit);
            p.add(l.city).add(l.postalCode);
            optReal(p, l.latitude);
            optReal(p, l.longitude);
            p.add(l.status);
            opt(p, l.accessNotes);
            bindLocationNetwork(p, l);
        };
        s.selectSql =
            "SELECT id, version, customer_id, code, civic_number, street, coalesce(unit, ''), city,"
            " postal_code, latitude, longitude, status, coalesce(access_notes, ''), updated_at,"
            " coalesce(olt_name, ''), coalesce(olt_port, ''), coalesce(vlan, 0), coalesce(host(ip_address), '')"
            " FROM service_locations WHERE id = $1";
        s.read = [](const db::PgResult &r) {
            LocationEdit l;
            l.id = r.int64(0, 0);
            l.version = r.int32(0, 1);
            l.customerId = r.int64(0, 2);
            l.code = r.text(0, 3);
            l.civicNumber = r.text(0, 4);
            l.street = r.text(0, 5);
            l.unit = r.text(0, 6);
            l.city = r.text(0, 7);
            l.postalCode = r.text(0, 8);
            if (!r.isNull(0, 9))
                l.latitude = r.real(0, 9);
            if (!r.isNull(0, 10))
                l.longitude = r.real(0, 10);
            l.status = r.text(0, 11);
            l.accessNotes = r.text(0, 12);
            l.updatedAt = r.timestamp(0, 13);
            l.oltName = r.text(0, 14);
            l.oltPort = r.text(0, 15);
            l.vlan = r.int32(0, 16);
            l.ipAddress = r.text(0, 17);
            return l;
        };
        s.constraints = {{u"service_locations_postal_code_check"_s, u"postal_code"_s},
            {u"service_locations_vlan_check"_s, u"vlan"_s}, {u"service_locations_latitude_check"_s, u"latitude"_s},
            {u"service_locations_longitude_check"_s, u"longitude"_s},
            {u"service_locations_status_check"_s, u"status"_s},
            {u"service_locations_customer_id_fkey"_s, u"customer_id"_s}, {u"type inet"_s, u"ip_address"_s}};
        return s;
    }();
    return instance;
}

// The network columns only: what a role with UPDATE on them alone (dispatch, migration 0032) writes.
const Spec<LocationEdit> &locationNetworkSpec()
{
    static const Spec<LocationEdit> instance = [] {
        Spec<LocationEdit> s = locationSpec();
        s.columns = {u"olt_name"_s, u"olt_port"_s, u"vlan"_s, u"ip_address"_s};
        s.bind = &bindLocationNetwork;
        return s;
    }();
    return instance;
}

// ---- equipment ----

// A GenieACS id names one device: a duplicate is refused with the other device's code and serial (the unique
// constraint stays the last word when two saves race).
std::optional<Error> checkGenieAcsIdFree(db::PgConnection &c, const EquipmentEdit &e, FieldErrors &fields)
{
    if (e.genieacsId.isEmpty())
        return std::nullopt;
    auto r = c.exec("SELECT code, serial FROM service_equipment WHERE genieacs_device_id = $1 AND id <> $2 LIMIT 1",
        db::SqlParams().add(e.genieacsId).add(e.id));
    if (!r.ok())
        return r.error();
    if (r.value().rows() == 0)
        return std::nullopt;
    fields.insert(u"genieacs_device_id"_s,
        QCoreApplication::translate("ops::customers", "Already used by device %1 (serial %2).")
            .arg(r.value().text(0, 0), r.value().text(0, 1)));
    return fieldsError();
}

const Spec<EquipmentEdit> &equipmentSpec()
{
    static const Spec<EquipmentEdit> instance = [] {
        Spec<EquipmentEdit> s;
        s.table = u"service_equipment"_s;
        s.entity = u"service_equipment"_s;
        s.columns = {u"location_id"_s, u"kind"_s, u"make"_s, u"model"_s, u"serial"_s, u"mac"_s, u"firmware"_s,
            u"status"_s, u"ip_address"_s, u"genieacs_device_id"_s};
        s.bind = [](db::SqlParams &p, const EquipmentEdit &e) {
            optId(p, e.locationId);
            p.add(e.kind).add(e.make).add(e.model).add(e.serial);
            opt(p, e.mac);
            opt(p, e.firmware);
            p.add(e.status);
            bindEquipmentNetwork(p, e);
        };
        s.selectSql = "SELECT id, version, coalesce(location_id, 0), code, kind, make, model, serial,"
                      " coalesce(mac::text, ''), coalesce(firmware, ''), status, updated_at,"
                      " coalesce(host(ip_address), ''), coalesce(genieacs_device_id, '')"
                      " FROM service_equipment WHERE id = $1";
        s.read = [](const db::PgResult &r) {
            EquipmentEdit e;
            e.id = r.int64(0, 0);
            e.version = r.int32(0, 1);
            e.locationId = r.int64(0, 2);
            e.code = r.text(0, 3);
            e.kind = r.text(0, 4);
            e.make = r.text(0, 5);
            e.model = r.text(0, 6);
            e.serial = r.text(0, 7);
            e.mac = r.text(0, 8);
            e.firmware = r.text(0, 9);
            e.status = r.text(0, 10);
            e.updatedAt = r.timestamp(0, 11);
            e.ipAddress = r.text(0, 12);
            e.genieacsId = r.text(0, 13);
            return e;
        };
        s.constraints = {{u"service_equipment_serial_uq"_s, u"serial"_s}, {u"service_equipment_mac_uq"_s, u"mac"_s},
            {u"service_equipment_serial_check"_s, u"serial"_s}, {u"macaddr"_s, u"mac"_s},
            {u"service_equipment_kind_check"_s, u"kind"_s}, {u"service_equipment_status_check"_s, u"status"_s},
            {u"service_equipment_location_id_fkey"_s, u"location_id"_s},
            {u"service_equipment_genieacs_device_id_key"_s, u"genieacs_device_id"_s},
            {u"type inet"_s, u"ip_address"_s}};
        s.check = &checkGenieAcsIdFree;
        return s;
    }();
    return instance;
}

const Spec<EquipmentEdit> &equipmentNetworkSpec()
{
    static const Spec<EquipmentEdit> instance = [] {
        Spec<EquipmentEdit> s = equipmentSpec();
        s.columns = {u"ip_address"_s, u"genieacs_device_id"_s};
        s.bind = &bindEquipmentNetwork;
        return s;
    }();
    return instance;
}

// ---- subscriptions ----

const Spec<SubscriptionEdit> &subscriptionSpec()
{
    static const Spec<SubscriptionEdit> instance = [] {
        Spec<SubscriptionEdit> s;
        s.table = u"subscriptions"_s;
        s.entity = u"subscription"_s;
        s.columns = {u"customer_id"_s, u"location_id"_s, u"item_id"_s, u"price_cents"_s, u"quantity"_s, u"start_date"_s,
            u"end_date"_s, u"status"_s, u"radius_user"_s, u"radius_pwd"_s};
        // radius_pwd: NULL leaves the stored password as it is; a value is sealed by the table's trigger (0013).
        s.bind = [](db::SqlParams &p, const SubscriptionEdit &x) {
            p.add(x.customerId);
            optId(p, x.locationId);
            p.add(x.itemId).add(x.price.cents()).add(x.quantity).add(x.startDate);
            x.endDate.isValid() ? p.add(x.endDate) : p.addNull();
            p.add(x.status);
            x.radiusUser.isEmpty() ? p.addNull() : p.add(x.radiusUser);
            x.newRadiusPassword.isNull() ? p.addNull() : p.add(x.newRadiusPassword);
        };
        // A subscription that follows the catalogue shows (and saves back) the catalogue's current price.
        s.selectSql = "SELECT id, version, customer_id, coalesce(location_id, 0), item_id, code,"
                      " CASE WHEN custom_price THEN price_cents ELSE ops_item_price(item_id, current_date) END,"
                      " quantity, start_date, end_date, status, updated_at, coalesce(radius_user, ''),"
                      " has_radius_pwd, custom_price FROM subscriptions WHERE id = $1";
        s.read = [](const db::PgResult &r) {
            SubscriptionEdit x;
            x.id = r.int64(0, 0);
            x.version = r.int32(0, 1);
            x.customerId = r.int64(0, 2);
            x.locationId = r.int64(0, 3);
            x.itemId = r.int64(0, 4);
            x.code = r.text(0, 5);
            x.price = Money::fromCents(r.int64(0, 6));
            x.quantity = r.int32(0, 7);
            x.startDate = r.date(0, 8);
            if (!r.isNull(0, 9))
                x.endDate = r.date(0, 9);
            x.status = r.text(0, 10);
            x.updatedAt = r.timestamp(0, 11);
            x.radiusUser = r.text(0, 12);
            x.hasRadiusPassword = r.boolean(0, 13);
            x.customPrice = r.boolean(0, 14);
            return x;
        };
        s.constraints = {{u"subscriptions_end_date_check"_s, u"end_date"_s},
            {u"subscriptions_quantity_check"_s, u"quantity"_s}, {u"subscriptions_item_id_fkey"_s, u"item_id"_s},
            {u"subscriptions_location_id_fkey"_s, u"location_id"_s},
            {u"subscriptions_customer_id_fkey"_s, u"customer_id"_s}, {u"subscriptions_status_check"_s, u"status"_s},
            {u"subscriptions_radius_user_key"_s, u"radius_user"_s}};
        // The location, when there is one, must be the customer's own.
        s.check = [](db::PgConnection &c, const SubscriptionEdit &x, FieldErrors &fields) -> std::optional<Error> {
            if (x.locationId <= 0)
                return std::nullopt;
            auto r = c.exec("SELECT customer_id = $2 FROM service_locations WHERE id = $1",
                db::SqlParams().add(x.locationId).add(x.customerId));
            if (!r.ok())
                return r.error();
            if (r.value().rows() == 0 || !r.value().boolean(0, 0)) {
                fields.insert(u"location_id"_s,
                    QCoreApplication::translate("ops::customers", "This location belongs to another customer."));
                return fieldsError();
            }
            return std::nullopt;
        };
        return s;
    }();
    return instance;
}

} // namespace

CustomerWriteRepository::CustomerWriteRepository(db::PgConnection &c)
    : m_c(c)
{}

Result<CustomerEdit> CustomerWriteRepository::customer(qint64 id)
{
    return load(m_c, customerSpec(), id);
}

Result<LocationEdit> CustomerWriteRepository::location(qint64 id)
{
    return load(m_c, locationSpec(), id);
}

Result<EquipmentEdit> CustomerWriteRepository::equipment(qint64 id)
{
    return load(m_c, equipmentSpec(), id);
}

Result<SubscriptionEdit> CustomerWriteRepository::subscription(qint64 id)
{
    return load(m_c, subscriptionSpec(), id);
}

Result<QList<PlanOption>> CustomerWriteRepository::plans()
{
    // Active items only, at the catalogue price of the current month, with a change already scheduled (0019).
    auto r = m_c.exec("SELECT i.id, i.sku, i.kind, i.name_fr, i.name_en, ops_item_price(i.id, current_date),"
                      " np.price_cents, np.effective_from FROM items i"
                      " LEFT JOIN LATERAL (SELECT p.price_cents, p.effective_from FROM item_prices p"
                      "  WHERE p.item_id = i.id AND p.effective_from > current_date"
                      "  ORDER BY p.effective_from LIMIT 1) np ON true"
                      " WHERE i.active ORDER BY i.kind, i.sku");
    if (!r.ok())
        return r.error();
    QList<PlanOption> out;
    for (int i = 0; i < r.value().rows(); ++i) {
        const db::PgResult &x = r.value();
        PlanOption p;
        p.id = x.int64(i, 0);
        p.sku = x.text(i, 1);
        p.kind = x.text(i, 2);
        p.nameFr = x.text(i, 3);
        p.nameEn = x.text(i, 4);
        p.price = Money::fromCents(x.int64(i, 5));
        if (!x.isNull(i, 6)) {
            p.nextPrice = Money::fromCents(x.int64(i, 6));
            p.nextFrom = x.date(i, 7);
        }
        out.append(p);
    }
    return out;
}

CustomerWrite CustomerWriteRepository::saveCustomer(CustomerEdit c)
{
    return save<CustomerEdit>(
        m_c, customerSpec(), std::move(c), &validation::validateCustomer, [](const CustomerEdit &x) { return x.id; },
        [](const CustomerEdit &x) { return x.version; });
}

LocationWrite CustomerWriteRepository::saveLocation(LocationEdit l)
{
    if (l.networkOnly && l.id == 0)
        return LocationWrite(Error::internal(u"network-only save of a new location"_s));
    const auto &spec = l.networkOnly ? locationNetworkSpec() : locationSpec();
    return save<LocationEdit>(
        m_c, spec, std::move(l), [](LocationEdit &x) { return validation::validateLocation(x); },
        [](const LocationEdit &x) { return x.id; }, [](const LocationEdit &x) { return x.version; });
}

EquipmentWrite CustomerWriteRepository::saveEquipment(EquipmentEdit e)
{
    if (e.networkOnly && e.id == 0)
        return EquipmentWrite(Error::internal(u"network-only save of new equipment"_s));
    const auto &spec = e.networkOnly ? equipmentNetworkSpec() : equipmentSpec();
    return save<EquipmentEdit>(
        m_c, spec, std::move(e), &validation::validateEquipment, [](const EquipmentEdit &x) { return x.id; },
        [](const EquipmentEdit &x) { return x.version; });
}

SubscriptionWrite CustomerWriteRepository::saveSubscription(SubscriptionEdit s)
{
    return save<SubscriptionEdit>(
        m_c, subscriptionSpec(), std::move(s), &validation::validateSubscription,
        [](const SubscriptionEdit &x) { return x.id; }, [](const SubscriptionEdit &x) { return x.version; });
}

Result<QString> CustomerWriteRepository::revealRadiusPassword(qint64 subscriptionId)
{
    auto r = m_c.exec("SELECT ops_reveal_radius_pwd($1)", db::SqlParams().add(subscriptionId));
    if (!r.ok()) {
        Error e = r.error();
        if (e.code == u"P0002"_s)
            return notFound();
        if (e.code == u"55000"_s)
            e.userMessage = QCoreApplication::translate("ops::customers",
                "The server has no key for RADIUS passwords (targo-radius.key). Ask an administrator.");
        return e;
    }
    return r.value().isNull(0, 0) ? QString() : r.value().text(0, 0);
}

} // namespace ops::customers
