#pragma once

#include <QList>
#include <QString>

#include "core/audit/AuditTypes.h"
#include "core/common/Result.h"

namespace ops::db {
class PgConnection;
}

namespace ops::audit {

// SQL over audit_log (written only by triggers and ops_record_access, migration 0012; read by managers and admins).
// Synchronous: DB executor threads only.
class AuditRepository
{
public:
    static constexpr int kMaxLimit = 2000;

    explicit AuditRepository(db::PgConnection &c);

    // A customer given as its code ("CUST-00012", any case) or its number ("12"): its id; 0 for an empty text;
    // NotFound (translated) when no such customer exists.
    Result<qint64> resolveCustomer(const QString &codeOrNumber);

    // One page, newest first (at DESC, id DESC), strictly after `after`; limit 1..kMaxLimit.
    Result<AuditPage> page(const AuditQuery &query, const AuditCursor &after, int limit);
    // The same with the customer already resolved (customerId 0: any), for exports that page many times.
    Result<AuditPage> pageResolved(const AuditQuery &query, qint64 customerId, const AuditCursor &after, int limit);

    // Openings of one customer's file (action 'view', entity 'customer'), newest first, with the staff name.
    Result<QList<FileAccess>> fileAccesses(qint64 customerId, int limit);

    // Every staff member (the viewer's staff filter), by name.
    Result<QList<StaffOption>> staff();

    // Records a view or an export through ops_record_access (SECURITY DEFINER): the client never writes audit_log.
    Status recordAccess(const QString &action, const QString &entity, qint64 entityId, qint64 customerId);

    // Whether the connection's role may read audit_log.
    Result<bool> canRead();

private:
    db::PgConnection &m_c;
};

} // namespace ops::audit
