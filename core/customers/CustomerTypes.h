#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include "core/common/Money.h"

namespace ops::customers {

struct Customer
{
    qint64 id = 0;
    QString code;
    QString kind; // residential | business
    QString displayName;
    QString firstName;
    QString lastName;
    QString companyName;
    QString language; // fr | en
    QString email;
    QString emailAlt;
    QString phone;
    QString phoneAlt;
    QString billingStreet;
    QString billingCity;
    QString billingProvince;
    QString billingPostalCode;
    QString status; // prospect | active | suspended | terminated
    Money balance;
    qint64 legacyAccountId = 0;
    QString legacyCustomerId;
    bool ppaEnabled = false;
    QString caslConsent;
    QDateTime createdAt;
    int version = 0;
};

struct ServiceLocation
{
    qint64 id = 0;
    QString code;
    QString address; // "123 rue Principale #2, Saint-Jérôme"
    QString postalCode;
    double latitude = 0;
    double longitude = 0;
    bool hasGps = false;
    QString oltName;
    QString oltPort;
    QString status;
};

struct Subscription
{
    qint64 id = 0;
    QString code;
    qint64 locationId = 0;
    QString locationCode;
    QString planName; // in the UI language
    QString planNameFr;
    QString planNameEn;
    Money price;
    QDate startDate;
    QDate endDate;
    QString status;
    int downloadMbps = 0;
    int uploadMbps = 0;
};

// The minimal customer file: header, locations, subscriptions.
struct CustomerFile
{
    Customer customer;
    QList<ServiceLocation> locations;
    QList<Subscription> subscriptions;
    quint64 roundTrips = 0;
};

} // namespace ops::customers

Q_DECLARE_METATYPE(ops::customers::CustomerFile)
