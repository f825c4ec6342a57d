#pragma once

#include <optional>

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace ops::catalogue {

// One plan or product of the catalogue (table items), with its price schedule (item_prices, migration 0019). Money is
// integer cents. A price change made this month takes effect on the first day of next month (docs/billing.md).
struct CatalogueItem
{
    qint64 id = 0; // 0: a new item
    QString sku;
    QString kind = QStringLiteral("internet"); // internet | tv | phone | equipment | fee | discount
    QString nameFr;
    QString nameEn;
    std::optional<int> downloadMbps;
    std::optional<int> uploadMbps;
    QString oltProfile;
    qint64 priceCents = 0; // the price of the current month (a new item: its price from now on)
    bool taxable = true;
    bool active = true;
    int version = 0;

    // Read only: a price already scheduled for a later month, and how many subscriptions use the item.
    std::optional<qint64> pendingPriceCents;
    QDate pendingFrom;
    int subscriptions = 0;
    int followingSubscriptions = 0; // those billed at the catalogue price (not a custom price)
};

// What saving an item did.
struct CatalogueSaveResult
{
    qint64 id = 0;
    // The new price's first day when the price was changed (the first day of next month); null when it was not.
    QDate priceFrom;
    bool priceChangeWithdrawn = false; // the price was set back to the current one: the scheduled change is gone
};

inline const QStringList &catalogueKinds()
{
    static const QStringList kinds{QStringLiteral("internet"), QStringLiteral("tv"), QStringLiteral("phone"),
        QStringLiteral("equipment"), QStringLiteral("fee"), QStringLiteral("discount")};
    return kinds;
}

inline constexpr qint64 kMinItemPriceCents = -1000000; // the CHECK of items.monthly_price_cents
inline constexpr qint64 kMaxItemPriceCents = 10000000;

// Every problem of an item, translated (empty: valid): names, SKU shape, kind, speeds, price bounds, and a negative
// price only for a discount (the billing run refuses a negative price on a taxable item that is not a discount).
QStringList validateItem(const CatalogueItem &item);
// "INT-500": upper-case letters and digits in groups joined by single dashes, 2 to 32 characters.
bool isValidSku(const QString &sku);

} // namespace ops::catalogue

Q_DECLARE_METATYPE(ops::catalogue::CatalogueItem)
Q_DECLARE_METATYPE(ops::catalogue::CatalogueSaveResult)
