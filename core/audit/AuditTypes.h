#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace ops::audit {

// What the audit viewer (and its export) asks for. Every field is optional: empty or 0 means "any".
struct AuditQuery
{
    qint64 staffId = 0; // staff.id
    QString entity; // 'customer', 'ticket', ... (audit_log.entity)
    QString customer; // a customer code (CUST-00012) or number (12); resolved by the repository
    QDate from; // first local day included
    QDate to; // last local day included
    QString action; // insert | update | delete | view | export | reveal

    bool operator==(const AuditQuery &) const = default;
};

// Keyset position in the newest-first order (at DESC, id DESC). atMicros: audit_log.at in microseconds since the Unix
// epoch (QDateTime keeps only milliseconds; the key must be exact).
struct AuditCursor
{
    qint64 atMicros = 0;
    qint64 id = 0;
    bool isNull() const { return id == 0; }
};

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; // UTC
    qint64 atMicros = 0;
    QString dbRole;
    qint64 staffId = 0; // 0: no staff row for that role
    QString staffName;
    QString action;
    QString entity;
    qint64 entityId = 0;
    qint64 customerId = 0;
    QString customerCode;
    QString customerName;
    QJsonObject before; // updates: the changed columns only
    QJsonObject after;
    QString client; // application_name of the writer

    // The columns an update changed (keys of before and after, in order); empty for other actions.
    QStringList changedFields() const;
};

struct AuditPage
{
    QList<AuditEntry> rows;
    bool hasMore = false;
    AuditCursor next;
    qint64 customerId = 0; // the query's customer, resolved (0: none asked)
};

// One opening of a customer file ("who opened this file").
struct FileAccess
{
    qint64 id = 0;
    QDateTime at; // UTC
    QString staffName; // the staff member's name, else the database role
    QString dbRole;
    QString groupName; // staff.role_group; empty without a staff row
    QString client;
};

struct StaffOption
{
    qint64 id = 0;
    QString name;
    QString pgRole;
    bool active = true;
};

struct AuditExportResult
{
    QString path;
    qint64 rows = 0;
};

struct PersonalDataTable
{
    QString name; // file base name: "invoices" → invoices.csv, invoices.json
    qint64 rows = 0;
    QStringList columns;
    QStringList excludedColumns; // secrets, or columns this role may not read
};

struct PersonalDataExportResult
{
    QString path;
    qint64 customerId = 0;
    QString customerCode;
    QList<PersonalDataTable> tables;
    qint64 bytes = 0;
    QDateTime exportedAt; // UTC
};

// The entities the audit knows, in the viewer's order (audit_log.entity values).
QStringList knownEntities();
// The actions (audit_log.action values).
QStringList knownActions();

} // namespace ops::audit

Q_DECLARE_METATYPE(ops::audit::AuditEntry)
