#include "app/opsctl/CustomerCommands.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include "app/opsctl/CommandLine.h"
#include "core/audit/PersonalDataExport.h"
#include "core/db/PgConnection.h"

namespace ops {

int runCustomerCommand(QStringList args, CommandContext &ctx)
{
    if (args.value(0) != QLatin1String("export-personal-data"))
        return usageError(
            ctx, QCoreApplication::translate("opsctl", "usage: customer export-personal-data CODE --out FILE"));
    args.removeFirst();
    const QString out = takeOption(args, QStringLiteral("--out"));
    if (out.isEmpty())
        return usageError(ctx, QCoreApplication::translate("opsctl", "customer export-personal-data needs --out FILE"));
    if (args.size() != 1 || args.first().startsWith(QLatin1String("--")))
        return usageError(ctx,
            args.isEmpty()
                ? QCoreApplication::translate("opsctl", "customer export-personal-data needs a customer code")
                : QCoreApplication::translate("opsctl", "unknown argument: %1").arg(args.value(1, args.first())));
    const QString code = args.first();
    auto c = ctx.connect(false);
    if (!c.ok())
        return fail(ctx, c.error());
    auto r = audit::exportPersonalData(*c.value(), code, out);
    if (!r.ok())
        return fail(ctx, r.error());
    qint64 rows = 0;
    QJsonObject tables;
    for (const audit::PersonalDataTable &t : r.value().tables) {
        rows += t.rows;
        tables.insert(t.name, t.rows);
    }
    const QString path = QFileInfo(out).absoluteFilePath();
    if (ctx.json) {
        ctx.out << QJsonDocument(
            QJsonObject{{QStringLiteral("path"), path}, {QStringLiteral("customer"), r.value().customerCode},
                {QStringLiteral("customer_id"), r.value().customerId}, {QStringLiteral("rows"), rows},
                {QStringLiteral("tables"), tables}, {QStringLiteral("bytes"), r.value().bytes},
                {QStringLiteral("exported_at"), r.value().exportedAt.toString(Qt::ISODateWithMs)}})
                       .toJson(QJsonDocument::Compact)
                << Qt::endl;
    } else {
        ctx.out << QCoreApplication::translate("opsctl", "Personal data of %1 written to %2 (%3 rows in %4 tables)")
                       .arg(r.value().customerCode, path)
                       .arg(rows)
                       .arg(r.value().tables.size())
                << Qt::endl;
    }
    return 0;
}

} // namespace ops
