#include "core/staff/StaffService.h"

#include <QPointer>

#include "core/concurrency/DbExecutor.h"
#include "core/staff/StaffRepository.h"

namespace ops::staff {

StaffService::StaffService(DbExecutor &db, QObject *parent)
    : StaffApi(parent)
    , m_db(db)
{}

// staffChanged() once the change is done, on this object's thread, if it succeeded.
template <typename T> QFuture<T> StaffService::announce(QFuture<T> f)
{
    QPointer<StaffService> self(this);
    return f.then(this, [self](T r) {
        if (self && r.ok())
            emit self->staffChanged();
        return r;
    });
}

QFuture<Result<QList<StaffMember>>> StaffService::list()
{
    return m_db.run([](db::PgConnection &c) { return StaffRepository(c).list(); });
}

QFuture<Result<PasswordIssued>> StaffService::invite(const StaffInvite &invite)
{
    StaffInvite i = invite;
    if (i.password.isEmpty())
        i.password = generateTemporaryPassword();
    return announce(
        m_db.run([i, sender = m_sender](db::PgConnection &c) { return StaffRepository(c).add(i, sender); }));
}

QFuture<Status> StaffService::setGroup(const QString &login, const QString &group)
{
    return announce(
        m_db.run([login, group](db::PgConnection &c) { return StaffRepository(c).setGroup(login, group); }));
}

QFuture<Result<int>> StaffService::deactivate(const QString &login)
{
    return announce(m_db.run([login](db::PgConnection &c) { return StaffRepository(c).deactivate(login); }));
}

QFuture<Result<PasswordIssued>> StaffService::resetPassword(const QString &login, PasswordDelivery delivery)
{
    return announce(
        m_db.run([login, delivery, password = generateTemporaryPassword(), sender = m_sender](db::PgConnection &c) {
            return StaffRepository(c).resetPassword(login, password, delivery, sender);
        }));
}

QFuture<Result<StaffMember>> StaffService::self()
{
    return m_db.run([](db::PgConnection &c) { return StaffRepository(c).self(); });
}

QFuture<Status> StaffService::changeOwnPassword(const QString &password)
{
    return m_db.run([password](db::PgConnection &c) { return StaffRepository(c).changeOwnPassword(password); });
}

} // namespace ops::staff
