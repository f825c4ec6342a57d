#pragma once

#include <QString>

#include "core/common/Money.h"
#include "core/common/Result.h"
#include "core/customers/CustomerEditTypes.h"

// Pure checks of what a user types into the customer, location, equipment and subscription forms. Each normaliser
// returns the stored form or a Validation Error whose userMessage is translated; validate*() normalise a whole row in
// place and return one message per bad field (keys: column names). The rules match the schema's CHECK constraints,
// so what passes here is accepted by the database.
namespace ops::customers::validation {

inline constexpr qsizetype kMaxName = 200; // names, company, make, model, city, street
inline constexpr qsizetype kMaxShort = 40; // civic number, unit, firmware
inline constexpr qsizetype kMaxNotes = 10000; // notes and access notes
inline constexpr qint64 kMaxPriceCents = 10000000; // 100 000,00 $
inline constexpr qsizetype kMaxNetworkName = 120; // OLT name and port (as outages, migration 0030)
inline constexpr qsizetype kMaxGenieAcsId = 300; // as cpe_status.genieacs_device_id

// The schema's Canadian postal code pattern (letters D F I O Q U never, W Z never first), with one space.
QString postalCodePattern();
// "h2x1y4", " H2X-1Y4 " -> "H2X 1Y4".
Result<QString> normalizePostalCode(const QString &input);
// E.164 through normalizeQuebecPhone ("+14505550123"); empty stays empty when !required.
Result<QString> normalizePhone(const QString &input);
// Trimmed; one @, a dot in the domain, no spaces, at most 254 characters.
Result<QString> normalizeEmail(const QString &input);
// Any of AA:BB:CC:DD:EE:FF, aa-bb-…, aabb.ccdd.eeff, aabbccddeeff -> "aa:bb:cc:dd:ee:ff" (PostgreSQL macaddr text).
Result<QString> normalizeMac(const QString &input);
// 4–40 letters, digits or dashes, upper case (uniqueness is case-insensitive in the schema).
Result<QString> normalizeSerial(const QString &input);
// An IPv4 or IPv6 address (QHostAddress), no prefix: " 10.0.0.1 " -> "10.0.0.1", "FE80::1" -> "fe80::1".
Result<QString> normalizeIpAddress(const QString &input);
// "" -> 0 (none); "42" -> 42; anything but a whole number from 1 to 4094 -> Error.
Result<int> parseVlan(const QString &input);
// "69,95", "1 234,56 $", "69.95" -> cents; refuses negatives and amounts above kMaxPriceCents.
Result<Money> parsePrice(const QString &input);

enum class GpsCheck
{
    Ok,
    OutsideQuebec, // a warning: valid coordinates far from Quebec (a typo such as a lost minus sign?)
    OutOfRange, // an error: not a coordinate at all
    Incomplete // an error: one of latitude/longitude only
};
GpsCheck checkGps(const std::optional<double> &latitude, const std::optional<double> &longitude);
// Accepts "45,5017" and "45.5017"; empty -> nullopt; garbage -> Error.
Result<std::optional<double>> parseCoordinate(const QString &input);

// Whole rows: trims and normalises in place; returns the errors (empty when the row can be saved). warnings (may be
// null) receives non-blocking remarks (GPS outside Quebec).
FieldErrors validateCustomer(CustomerEdit &c);
FieldErrors validateLocation(LocationEdit &l, FieldErrors *warnings = nullptr);
FieldErrors validateEquipment(EquipmentEdit &e);
FieldErrors validateSubscription(SubscriptionEdit &s);

} // namespace ops::customers::validation
