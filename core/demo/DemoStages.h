#pragma once

#include <functional>

#include <QMap>
#include <QString>

#include "core/common/Result.h"
#include "core/demo/CopyWriter.h"
#include "core/demo/DemoWorld.h"

namespace ops::db {
class PgConnection;
}

// Internal to the demo seeder: the planning steps (pure computation on World) and the COPY writers.
namespace ops::demo {

// Overall progress in percent from weighted stages.
class Progress
{
public:
    explicit Progress(std::function<void(const QString &stage, int percent)> callback);
    void stage(const char *key); // closes the previous stage; weights live in DemoSeeder.cpp
    void fraction(qint64 done, qint64 total);
    void finish();

private:
    void emitPercent(int percent);

    std::function<void(const QString &, int)> m_callback;
    QString m_key;
    int m_doneWeight = 0;
    int m_weight = 0;
    int m_last = -1;
};

struct SeedContext
{
    db::PgConnection &c;
    World &w;
    Progress &progress;
    QMap<QString, qint64> &rows;
    bool freeze = false; // tables were truncated in this transaction: COPY ... WITH (FREEZE)

    // COPY `units` units into table, reporting progress for the current stage and recording the row count.
    Status copy(const char *table, const char *columns, qint64 units, const UnitEmitter &emitUnit);
};

// Planning, in this order (each step reads what the previous ones produced).
void planCustomers(World &w); // customers, tenures (DemoCustomers.cpp)
void planLocations(World &w); // service locations, OLT ports (DemoLocations.cpp)
void planSubscriptions(World &w); // (DemoSubscriptions.cpp)
void planEquipment(World &w); // (DemoLocations.cpp)
void planInvoices(World &w); // invoices and lines (DemoBilling.cpp)
void planPayments(World &w); // payments, allocations, invoice status, balances (DemoPayments.cpp)
void planTickets(World &w); // (DemoTickets.cpp)

// Writers, in foreign-key order.
Status upsertStaff(SeedContext &ctx); // DemoSeeder.cpp
Status writeItems(SeedContext &ctx); // DemoSeeder.cpp
Status writeCustomers(SeedContext &ctx); // DemoCustomers.cpp
Status writeConsents(SeedContext &ctx); // DemoCustomers.cpp
Status writeStripeMethods(SeedContext &ctx); // saved Stripe methods of the PPA customers (DemoStripe.cpp)
Status writeLocations(SeedContext &ctx); // DemoLocations.cpp
Status writeEquipment(SeedContext &ctx); // DemoLocations.cpp
Status writeSubscriptions(SeedContext &ctx); // DemoSubscriptions.cpp
Status writeInvoices(SeedContext &ctx); // invoices, lines, taxes (DemoBilling.cpp)
Status writePayments(SeedContext &ctx); // payments, allocations (DemoPayments.cpp)
Status writeTickets(SeedContext &ctx); // DemoTickets.cpp
Status writeMessages(SeedContext &ctx); // DemoTickets.cpp
Status writeDispatch(SeedContext &ctx); // tags, region rules, technicians, absences, jobs, positions (DemoDispatch.cpp)
int townRegionTag(int town); // index into tagDefs() of the town's dispatch region (DemoDispatch.cpp)

// Shared formatting helpers.
QByteArray codeOf(const char *prefix, qint64 id); // "CUST-" + at least five digits
QByteArray streetName(const Location &l); // resolved street of a location
QByteArray oltName(int olt); // "OLT-SJR-01"
int oltTown(int olt);
int oltCount();
void appendIp(QByteArray &out, quint32 ip);

} // namespace ops::demo
