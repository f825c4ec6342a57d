#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "core/common/Result.h"

namespace ops::db {

class PgConnection;

struct Migration
{
    int version = 0;
    QString name;
    QString sql;
    QString checksum; // sha256 hex of sql, line endings normalised to LF (see Migrator::checksumOf)
};

struct SchemaState
{
    int applied = 0; // highest applied version (0 = empty database)
    int known = 0; // highest version this binary carries
    QStringList pendingNames;
    bool upToDate() const { return applied == known; }
};

// Numbered SQL migrations embedded in the binary (:/migrations/NNNN_name.sql), applied in order, each in its own
// transaction, under an advisory lock so two clients starting at once cannot both migrate; recorded with checksums.
class Migrator
{
public:
    explicit Migrator(PgConnection &c);
    Migrator(PgConnection &c, QList<Migration> migrations); // tests

    static QList<Migration> embedded();
    // SHA-256 (hex) of a migration's text with CRLF line endings turned into LF.
    static QString checksumOf(QByteArray text);

    Result<SchemaState> inspect();
    // Applies what is pending. Refuses a modified applied migration or a database newer than the binary.
    Result<SchemaState> migrate();

private:
    Status verifyApplied(int *appliedOut);

    PgConnection &m_c;
    QList<Migration> m_migrations;
};

} // namespace ops::db
