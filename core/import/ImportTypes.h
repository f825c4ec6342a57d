#pragma once

#include <atomic>
#include <functional>

#include <QList>
#include <QString>

namespace ops::import {

// The entities the ERPNext import brings over, in the order it imports them (each one commits whole).
// Staff come before the tickets (a ticket's assigned user is found by e-mail), the dispatch entities last.
inline constexpr const char *kEntities[] = {"customer", "item", "location", "equipment", "subscription", "invoice",
    "payment", "staff", "ticket", "message", "tag", "technician", "job"};

// One line of the validation report: a row refused or changed, a row deleted upstream, a doctype skipped. reason is
// a stable code (bad_postal_code, orphan_link, ...; docs/import-erpnext.md), reasonText() its translated sentence.
struct ImportIssue
{
    QString entity;
    QString erpnextName;
    QString field;
    QString action; // refused | changed | deleted_upstream | skipped
    QString reason;
};
QString reasonText(const QString &reason);

// One figure of the reconciliation: ERPNext's and ours (counts or cents). erpnextName is set on a customer's
// balance line (listed only when it differs).
struct ReconLine
{
    QString entity;
    QString metric;
    QString erpnextName;
    qint64 erpnext = 0;
    qint64 ours = 0;
    bool equal() const { return erpnext == ours; }
};

struct EntityCounts
{
    QString entity;
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 refused = 0;
    qint64 deletedUpstream = 0;
    bool skipped = false; // its custom doctype does not exist on the site
    bool resumed = false; // committed by an earlier, interrupted run
};

struct ImportReport
{
    qint64 runId = 0;
    bool dryRun = false;
    bool resumed = false; // continued an interrupted run
    QList<EntityCounts> entities;
    QList<ImportIssue> issues;
    QList<ReconLine> reconciliation;
    qint64 differences() const;
};

// stage: "check", "read", "write", "reconcile"; entity empty outside the entity phases; rows read so far.
using ImportProgress = std::function<void(const QString &stage, const QString &entity, qint64 rows)>;

struct ImportOptions
{
    QString sourceConninfo; // the Frappe site's database (read only)
    QString mappingFile; // empty: the mapping shipped with the application
    bool dryRun = false; // everything done in one transaction, reported, then rolled back
    const std::atomic<bool> *cancel = nullptr;
    // Called from the import's threads (one at a time, never at once).
    ImportProgress progress;
    // Our database again, for a second writer: two entities whose links are in are imported at once, each on its
    // own connections (the site read in the same snapshot). Empty, or a dry run: one entity at a time.
    QString oursConninfo;
};

} // namespace ops::import
