#pragma once

#include <optional>

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

#include "core/common/Money.h"
#include "core/common/Result.h"

namespace ops::customers {

// Per-field messages, keyed by the column name ("postal_code", "serial", …). Messages are translated.
using FieldErrors = QMap<QString, QString>;

// The editable columns of one row, with the version it was read at (the optimistic-concurrency token).
// values() gives column -> display text, the basis of "theirs vs mine" in a conflict.
struct CustomerEdit
{
    qint64 id = 0; // 0: a new customer
    int version = 0;
    QString code;
    QString kind = QStringLiteral("residential");
    QString firstName;
    QString lastName;
    QString companyName;
    QString displayName;
    QString language = QStringLiteral("fr");
    QString email;
    QString phone;
    QString phoneAlt;
    QString billingStreet;
    QString billingCity;
    QString billingPostalCode;
    QString status = QStringLiteral("active");
    QString caslConsent = QStringLiteral("none");
    QString notes;
    QDateTime updatedAt; // UTC

    QMap<QString, QString> values() const;
    bool operator==(const CustomerEdit &) const = default;
};

struct LocationEdit
{
    qint64 id = 0;
    int version = 0;
    qint64 customerId = 0;
    QString code;
    QString civicNumber;
    QString street;
    QString unit;
    QString city;
    QString postalCode;
    std::optional<double> latitude;
    std::optional<double> longitude;
    QString status = QStringLiteral("active");
    QString accessNotes;
    // Network (issue 15 item 6, docs/network.md "Editing network fields"): empty / 0 = none.
    QString oltName;
    QString oltPort;
    int vlan = 0; // 1–4094
    QString ipAddress; // IPv4 or IPv6, as PostgreSQL's host() prints it
    // Write only the network columns (a role with UPDATE on them only: dispatch, migration 0032).
    bool networkOnly = false;
    QDateTime updatedAt;

    QMap<QString, QString> values() const;
    bool operator==(const LocationEdit &) const = default;
};

struct EquipmentEdit
{
    qint64 id = 0;
    int version = 0;
    qint64 locationId = 0; // 0: not installed anywhere
    QString code;
    QString kind = QStringLiteral("ont");
    QString make;
    QString model;
    QString serial;
    QString mac; // "aa:bb:cc:dd:ee:ff" or empty
    QString firmware;
    QString status = QStringLiteral("installed");
    // Network (issue 15 item 6): empty = none. genieacsId is unique among devices.
    QString ipAddress;
    QString genieacsId;
    bool networkOnly = false; // write only ip_address and genieacs_device_id (see LocationEdit)
    QDateTime updatedAt;

    QMap<QString, QString> values() const;
    bool operator==(const EquipmentEdit &) const = default;
};

struct SubscriptionEdit
{
    qint64 id = 0;
    int version = 0;
    qint64 customerId = 0;
    qint64 locationId = 0; // 0: none
    qint64 itemId = 0;
    QString code;
    Money price;
    int quantity = 1;
    QDate startDate;
    QDate endDate; // invalid: open-ended
    QString status = QStringLiteral("active");
    QString radiusUser; // empty: none
    // Write-only: the password is never read back (sealed at rest, migration 0013). Null: unchanged; set: the new
    // password. Revealing one is a separate, audited call (CustomerApi::revealRadiusPassword).
    QString newRadiusPassword;
    bool hasRadiusPassword = false; // read: a password is stored
    // Read: billed at its own price (a negotiated rate), not the catalogue's (migration 0019). A subscription that
    // follows the catalogue is loaded with the catalogue's current price.
    bool customPrice = false;
    QDateTime updatedAt;

    QMap<QString, QString> values() const;
    bool operator==(const SubscriptionEdit &) const = default;
};

// A plan (item) a subscription can take, with its list price.
struct PlanOption
{
    qint64 id = 0;
    QString sku;
    QString kind;
    QString nameFr;
    QString nameEn;
    Money price; // the catalogue price of the current month
    std::optional<Money> nextPrice; // a change already scheduled, from nextFrom (the first day of a later month)
    QDate nextFrom;
};

// One field that differs between the stored row (theirs) and the form (mine).
struct FieldDiff
{
    QString field; // column name
    QString theirs;
    QString mine;
};
// The fields whose values differ, in the order of mine.values().
QList<FieldDiff> diffValues(const QMap<QString, QString> &theirs, const QMap<QString, QString> &mine);

// A save refused because the row moved on since it was read: the row as it is now and who changed it last.
template <typename T> struct EditConflict
{
    T current;
    QString changedBy; // staff name or database role; empty when unknown
    QDateTime changedAt; // UTC
};

// The result of a create/update: the stored row, or an Error. Kind::Validation errors carry per-field messages;
// Kind::Conflict (stale version) carries the current row.
template <typename T> class [[nodiscard]] WriteResult : public Result<T>
{
public:
    using Result<T>::Result;
    WriteResult(Error error, FieldErrors fields)
        : Result<T>(std::move(error))
        , fieldErrors(std::move(fields))
    {}
    WriteResult(Error error, EditConflict<T> c)
        : Result<T>(std::move(error))
        , conflict(std::move(c))
    {}
    bool isConflict() const { return !this->ok() && conflict.has_value(); }
    FieldErrors fieldErrors;
    std::optional<EditConflict<T>> conflict;
};

using CustomerWrite = WriteResult<CustomerEdit>;
using LocationWrite = WriteResult<LocationEdit>;
using EquipmentWrite = WriteResult<EquipmentEdit>;
using SubscriptionWrite = WriteResult<SubscriptionEdit>;

} // namespace ops::customers

Q_DECLARE_METATYPE(ops::customers::CustomerEdit)
Q_DECLARE_METATYPE(ops::customers::LocationEdit)
Q_DECLARE_METATYPE(ops::customers::EquipmentEdit)
Q_DECLARE_METATYPE(ops::customers::SubscriptionEdit)
