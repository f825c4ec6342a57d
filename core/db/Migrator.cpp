#include "core/db/Migrator.h"

#include <algorithm>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include "core/db/PgConnection.h"
#include "core/db/Transaction.h"

namespace ops::db {

namespace {
constexpr qint64 kMigrationLockKey = 0x7A5260001; // pg_advisory_lock key shared by every Targo Ops client

// Releases the session-level advisory lock however migrate() returns.
class AdvisoryLock
{
public:
    explicit AdvisoryLock(PgConnection &c)
        : m_c(c)
    {
        m_result = m_c.exec("SELECT pg_advisory_lock($1)", SqlParams().add(kMigrationLockKey)).ok()
            ? success()
            : Status(Error::make(Error::Kind::Database,
                QCoreApplication::translate(
                    "ops::db::Migrator", "Could not lock the database for the schema update.")));
    }
    ~AdvisoryLock()
    {
        if (m_result.ok() && m_c.isOk())
            (void)m_c.exec("SELECT pg_advisory_unlock($1)", SqlParams().add(kMigrationLockKey));
    }
    const Status &result() const { return m_result; }

private:
    PgConnection &m_c;
    Status m_result = success();
};
} // namespace

Migrator::Migrator(PgConnection &c)
    : m_c(c)
    , m_migrations(embedded())
{}

Migrator::Migrator(PgConnection &c, QList<Migration> migrations)
    : m_c(c)
    , m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
        [](const Migration &a, const Migration &b) { return a.version < b.version; });
}

QString Migrator::checksumOf(QByteArray text)
{
    // A checkout that turned LF into CRLF (core.autocrlf on Windows) must not look like an edited migration.
    text.replace("\r\n", "\n");
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
}

QList<Migration> Migrator::embedded()
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})_([A-Za-z0-9_]+)\\.sql$"));
    QList<Migration> out;
    const QDir dir(QStringLiteral(":/migrations"));
    const QStringList files = dir.entryList(QDir::Files, QDir::Name);
    for (const QString &f : files) {
        const auto m = re.match(f);
        if (!m.hasMatch())
            continue;
        QFile file(dir.filePath(f));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        Migration mig;
        mig.version = m.captured(1).toInt();
        mig.name = m.captured(2);
        QByteArray bytes = file.readAll();
        bytes.replace("\r\n", "\n");
        mig.sql = QString::fromUtf8(bytes);
        mig.checksum = checksumOf(bytes);
        out << mig;
    }
    return out;
}

Status Migrator::verifyApplied(int *appliedOut)
{
    *appliedOut = 0;
    auto exists = m_c.exec("SELECT to_regclass('public.schema_migrations') IS NOT NULL");
    if (!exists.ok())
        return exists.error();
    if (!exists.value().boolean(0, 0))
        return success();
    auto rows = m_c.exec("SELECT version, name, checksum FROM schema_migrations ORDER BY version");
    if (!rows.ok())
        return rows.error();
    const int known = m_migrations.isEmpty() ? 0 : m_migrations.last().version;
    const PgResult &r = rows.value();
    for (int i = 0; i < r.rows(); ++i) {
        const int version = r.int32(i, 0);
        *appliedOut = std::max(*appliedOut, version);
        if (version > known) {
            Error e = Error::make(Error::Kind::Schema,
                QCoreApplication::translate("ops::db::Migrator",
                    "This database was updated by a newer version of Targo Ops (schema %1; this version knows up to "
                    "%2). Install the newer version; nothing was changed.")
                    .arg(version)
                    .arg(known),
                QStringLiteral("schema newer than binary"));
            e.code = QStringLiteral("OPS-SCHEMA-NEWER");
            return e;
        }
        auto it = std::find_if(
            m_migrations.cbegin(), m_migrations.cend(), [version](const Migration &m) { return m.version == version; });
        if (it == m_migrations.cend() || it->checksum != r.text(i, 2)) {
            Error e = Error::make(Error::Kind::Schema,
                QCoreApplication::translate("ops::db::Migrator",
                    "Schema update %1 (%2) already applied to this database differs from the one in this version of "
                    "Targo Ops. Nothing was changed; contact support.")
                    .arg(version)
                    .arg(r.text(i, 1)),
                QStringLiteral("checksum mismatch for migration %1").arg(version));
            e.code = QStringLiteral("OPS-SCHEMA-MODIFIED");
            return e;
        }
    }
    return success();
}

Result<SchemaState> Migrator::inspect()
{
    SchemaState st;
    st.known = m_migrations.isEmpty() ? 0 : m_migrations.last().version;
    Status s = verifyApplied(&st.applied);
    if (!s.ok())
        return s.error();
    for (const Migration &m : std::as_const(m_migrations)) {
        if (m.version > st.applied)
            st.pendingNames << QStringLiteral("%1_%2").arg(m.version, 4, 10, QLatin1Char('0')).arg(m.name);
    }
    return st;
}

Result<SchemaState> Migrator::migrate()
{
    AdvisoryLock lock(m_c);
    if (!lock.result().ok())
        return lock.result().error();
    // Another client may have migrated while we waited for the lock: inspect again under the lock.
    auto state = inspect();
    if (!state.ok())
        return state;
    if (state.value().upToDate())
        return state;
    auto created = m_c.exec("CREATE TABLE IF NOT EXISTS schema_migrations ("
                            " version integer PRIMARY KEY, name text NOT NULL, checksum text NOT NULL,"
                            " applied_at timestamptz NOT NULL DEFAULT now(),"
                            " applied_by text NOT NULL DEFAULT current_user)");
    if (!created.ok())
        return created.error();
    for (const Migration &m : std::as_const(m_migrations)) {
        if (m.version <= state.value().applied)
            continue;
        Transaction tx(m_c);
        if (!tx.begun().ok())
            return tx.begun().error();
        Status s = m_c.execScript(m.sql);
        // From migration 12 on, every object belongs to ops_owner, whoever ran the migration (docs/security.md).
        if (s.ok())
            s = m_c.execScript(
                QStringLiteral("DO $$ BEGIN IF to_regprocedure('public.ops_assign_owner()') IS NOT NULL THEN"
                               " PERFORM public.ops_assign_owner(); END IF; END $$"));
        if (s.ok()) {
            auto rec = m_c.exec("INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)",
                SqlParams().add(m.version).add(m.name).add(m.checksum));
            if (!rec.ok())
                s = rec.error();
        }
        if (s.ok())
            s = tx.commit();
        if (!s.ok()) {
            Error e = s.error();
            e.detail = QStringLiteral("migration %1_%2: %3").arg(m.version).arg(m.name, e.detail);
            e.userMessage = QCoreApplication::translate("ops::db::Migrator",
                                "The database schema could not be updated (step %1). Nothing from that step was kept.")
                                .arg(m.version)
                + QLatin1Char(' ') + e.userMessage;
            return e;
        }
    }
    return inspect();
}

} // namespace ops::db
