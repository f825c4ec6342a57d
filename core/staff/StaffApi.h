#pragma once

#include <QFuture>
#include <QList>
#include <QObject>

#include "core/common/Result.h"
#include "core/staff/StaffTypes.h"

namespace ops::staff {

// What the Administration screen asks of staff management. PostgreSQL: StaffService; UI tests: an in-memory fake.
// Every call returns at once; refusals come back as an Error with a translated userMessage (staffError()).
class StaffApi : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual QFuture<Result<QList<StaffMember>>> list() = 0;
    // Creates the login (temporary password, one group) and the staff row; with PasswordDelivery::Email the password
    // is e-mailed through the outbox in the same transaction, else it comes back once in PasswordIssued.
    virtual QFuture<Result<PasswordIssued>> invite(const StaffInvite &invite) = 0;
    virtual QFuture<Status> setGroup(const QString &login, const QString &group) = 0;
    // NOLOGIN, sessions ended, row kept; the number of sessions ended.
    virtual QFuture<Result<int>> deactivate(const QString &login) = 0;
    virtual QFuture<Result<PasswordIssued>> resetPassword(const QString &login, PasswordDelivery delivery) = 0;

signals:
    // A change made through this object (the list should be read again).
    void staffChanged();
};

} // namespace ops::staff
