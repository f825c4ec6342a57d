#include <QCoreApplication>
#include <QRegularExpression>

#include "core/catalogue/CatalogueTypes.h"

namespace ops::catalogue {

namespace {} // namespace

bool isValidSku(const QString &sku)
{
    static const QRegularExpression re(QStringLiteral("^[A-Z0-9]+(-[A-Z0-9]+)*$"));
    return sku.size() >= 2 && sku.size() <= 32 && re.match(sku).hasMatch();
}

QStringList validateItem(const CatalogueItem &item)
{
    QStringList problems;
    if (item.nameFr.trimmed().isEmpty())
        problems << QCoreApplication::translate("ops::catalogue", "Enter the French name.");
    if (item.nameEn.trimmed().isEmpty())
        problems << QCoreApplication::translate("ops::catalogue", "Enter the English name.");
    if (item.nameFr.trimmed().size() > 200 || item.nameEn.trimmed().size() > 200)
        problems << QCoreApplication::translate("ops::catalogue", "A name has at most 200 characters.");
    if (!isValidSku(item.sku.trimmed()))
        problems << QCoreApplication::translate(
            "ops::catalogue", "The SKU is 2 to 32 capital letters and digits, in groups joined by dashes (INT-500).");
    if (!catalogueKinds().contains(item.kind))
        problems << QCoreApplication::translate("ops::catalogue", "Choose a kind.");
    if ((item.downloadMbps && *item.downloadMbps <= 0) || (item.uploadMbps && *item.uploadMbps <= 0))
        problems << QCoreApplication::translate("ops::catalogue", "A speed is more than 0 Mbit/s (or left empty).");
    if (item.oltProfile.trimmed().size() > 100)
        problems << QCoreApplication::translate("ops::catalogue", "The OLT profile has at most 100 characters.");
    if (item.priceCents < kMinItemPriceCents || item.priceCents > kMaxItemPriceCents)
        problems << QCoreApplication::translate(
            "ops::catalogue", "The price is between -10 000.00 $ and 100 000.00 $.");
    else if (item.priceCents < 0 && item.kind != QLatin1String("discount"))
        problems << QCoreApplication::translate("ops::catalogue", "Only a discount has a negative price.");
    return problems;
}

} // namespace ops::catalogue
