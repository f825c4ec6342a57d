#include "core/import/ErpnextSourceRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include "core/db/PgConnection.h"
#include "core/demo/CopyWriter.h"
#include "core/import/ImportMapping.h"

namespace ops::import {

namespace {

// One staging table: its columns (all text) and the site's SELECT that fills it. In the SELECT, {T:Doctype} is the
// doctype's table and {a.Doctype:field} the field's column on alias a (mapped custom fields through the mapping; a
// field mapped to "" reads as NULL). The columns of the SELECT are the stage's, in order.
struct StageDef
{
    const char *entity;
    const char *table;
    const char *columns;
    const char *select;
};

const StageDef kStages[] = {
    {"customer", "imp_customer",
        "name, modified, customer_name, customer_type, disabled, email_id, mobile_no, language, legacy_account_id, "
        "legacy_customer_id, ppa_enabled, stripe_id, primary_contact, primary_address",
        "SELECT {c.Customer:name}, {c.Customer:modified}, {c.Customer:customer_name}, {c.Customer:customer_type}, "
        "{c.Customer:disabled}, {c.Customer:email_id}, {c.Customer:mobile_no}, {c.Customer:language}, "
        "{c.Customer:legacy_account_id}, {c.Customer:legacy_customer_id}, {c.Customer:ppa_enabled}, "
        "{c.Customer:stripe_id}, {c.Customer:customer_primary_contact}, {c.Customer:customer_primary_address} "
        "FROM {T:Customer} c"},
    {"customer", "imp_contact",
        "customer, name, modified, first_name, last_name, email_id, phone, mobile_no, is_primary",
        "SELECT {l.Dynamic Link:link_name}, {k.Contact:name}, {k.Contact:modified}, {k.Contact:first_name}, "
        "{k.Contact:last_name}, {k.Contact:email_id}, {k.Contact:phone}, {k.Contact:mobile_no}, "
        "{k.Contact:is_primary_contact} FROM {T:Contact} k JOIN {T:Dynamic Link} l ON l.parent = k.name "
        "AND l.parenttype = 'Contact' AND l.link_doctype = 'Customer'"},
    {"customer", "imp_address",
        "customer, name, modified, address_type, address_line1, address_line2, city, pincode, is_primary",
        "SELECT {l.Dynamic Link:link_name}, {a.Address:name}, {a.Address:modified}, {a.Address:address_type}, "
        "{a.Address:address_line1}, {a.Address:address_line2}, {a.Address:city}, {a.Address:pincode}, "
        "{a.Address:is_primary_address} FROM {T:Address} a JOIN {T:Dynamic Link} l ON l.parent = a.name "
        "AND l.parenttype = 'Address' AND l.link_doctype = 'Customer'"},
    {"item", "imp_item",
        "name, modified, item_code, item_name, item_group, disabled, standard_rate, legacy_product_id, "
        "download_speed, upload_speed, olt_profile",
        "SELECT {i.Item:name}, {i.Item:modified}, {i.Item:item_code}, {i.Item:item_name}, {i.Item:item_group}, "
        "{i.Item:disabled}, {i.Item:standard_rate}, {i.Item:legacy_product_id}, {i.Item:download_speed}, "
        "{i.Item:upload_speed}, {i.Item:olt_profile} FROM {T:Item} i"},
    {"location", "imp_location",
        "name, modified, customer, address_line1, address_line2, city, postal_code, latitude, longitude, olt_name, "
        "olt_port, status",
        "SELECT {s.Service Location:name}, {s.Service Location:modified}, {s.Service Location:customer}, "
        "{s.Service Location:address_line1}, {s.Service Location:address_line2}, {s.Service Location:city}, "
        "{s.Service Location:postal_code}, {s.Service Location:latitude}, {s.Service Location:longitude}, "
        "{s.Service Location:olt_name}, {s.Service Location:olt_port}, {s.Service Location:status} "
        "FROM {T:Service Location} s"},
    {"equipment", "imp_equipment",
        "name, modified, service_location, equipment_type, brand, model, serial_number, mac_address, ip_address, "
        "firmware, status",
        "SELECT {e.Service Equipment:name}, {e.Service Equipment:modified}, {e.Service Equipment:service_location}, "
        "{e.Service Equipment:equipment_type}, {e.Service Equipment:brand}, {e.Service Equipment:model}, "
        "{e.Service Equipment:serial_number}, {e.Service Equipment:mac_address}, {e.Service Equipment:ip_address}, "
        "{e.Service Equipment:firmware}, {e.Service Equipment:status} FROM {T:Service Equipment} e"},
    {"subscription", "imp_subscription",
        "name, modified, customer, service_location, item_code, rate, qty, start_date, end_date, status, "
        "radius_user, radius_pwd",
        "SELECT {s.Service Subscription:name}, {s.Service Subscription:modified}, {s.Service Subscription:customer}, "
        "{s.Service Subscription:service_location}, {s.Service Subscription:item_code}, "
        "{s.Service Subscription:rate}, {s.Service Subscription:qty}, {s.Service Subscription:start_date}, "
        "{s.Service Subscription:end_date}, {s.Service Subscription:status}, {s.Service Subscription:radius_user}, "
        "{s.Service Subscription:radius_pwd} FROM {T:Service Subscription} s"},
    {"invoice", "imp_invoice",
        "name, modified, docstatus, customer, posting_date, due_date, from_date, to_date, language, is_return, "
        "return_against, net_total, grand_total",
        "SELECT {i.Sales Invoice:name}, {i.Sales Invoice:modified}, {i.Sales Invoice:docstatus}, "
        "{i.Sales Invoice:customer}, {i.Sales Invoice:posting_date}, {i.Sales Invoice:due_date}, "
        "{i.Sales Invoice:from_date}, {i.Sales Invoice:to_date}, {i.Sales Invoice:language}, "
        "{i.Sales Invoice:is_return}, {i.Sales Invoice:return_against}, {i.Sales Invoice:net_total}, "
        "{i.Sales Invoice:grand_total} FROM {T:Sales Invoice} i"},
    {"invoice", "imp_invoice_item", "parent, idx, item_code, item_name, description, qty, rate, amount",
        "SELECT {l.Sales Invoice Item:parent}, {l.Sales Invoice Item:idx}, {l.Sales Invoice Item:item_code}, "
        "{l.Sales Invoice Item:item_name}, {l.Sales Invoice Item:description}, {l.Sales Invoice Item:qty}, "
        "{l.Sales Invoice Item:rate}, {l.Sales Invoice Item:amount} FROM {T:Sales Invoice Item} l "
        "WHERE l.parenttype = 'Sales Invoice'"},
    {"invoice", "imp_invoice_tax", "parent, idx, account_head, description, rate, tax_amount",
        "SELECT {t.Sales Taxes and Charges:parent}, {t.Sales Taxes and Charges:idx}, "
        "{t.Sales Taxes and Charges:account_head}, {t.Sales Taxes and Charges:description}, "
        "{t.Sales Taxes and Charges:rate}, {t.Sales Taxes and Charges:tax_amount} "
        "FROM {T:Sales Taxes and Charges} t WHERE t.parenttype = 'Sales Invoice'"},
    {"payment", "imp_payment",
        "name, modified, docstatus, payment_type, party_type, party, posting_date, mode_of_payment, paid_amount, "
        "reference_no",
        "SELECT {p.Payment Entry:name}, {p.Payment Entry:modified}, {p.Payment Entry:docstatus}, "
        "{p.Payment Entry:payment_type}, {p.Payment Entry:party_type}, {p.Payment Entry:party}, "
        "{p.Payment Entry:posting_date}, {p.Payment Entry:mode_of_payment}, {p.Payment Entry:paid_amount}, "
        "{p.Payment Entry:reference_no} FROM {T:Payment Entry} p"},
    {"payment", "imp_payment_ref", "parent, idx, reference_doctype, reference_name, allocated_amount",
        "SELECT {r.Payment Entry Reference:parent}, {r.Payment Entry Reference:idx}, "
        "{r.Payment Entry Reference:reference_doctype}, {r.Payment Entry Reference:reference_name}, "
        "{r.Payment Entry Reference:allocated_amount} FROM {T:Payment Entry Reference} r "
        "WHERE r.parenttype = 'Payment Entry'"},
    {"ticket", "imp_user", "name, email", "SELECT {u.User:name}, {u.User:email} FROM {T:User} u"},
    {"ticket", "imp_ticket",
        "name, modified, creation, subject, status, issue_type, customer, opening_date, opening_time, "
        "resolution_date, legacy_ticket_id, assigned_staff, is_important, service_location, parent_issue",
        "SELECT {i.Issue:name}, {i.Issue:modified}, {i.Issue:creation}, {i.Issue:subject}, {i.Issue:status}, "
        "{i.Issue:issue_type}, {i.Issue:customer}, {i.Issue:opening_date}, {i.Issue:opening_time}, "
        "{i.Issue:resolution_date}, {i.Issue:legacy_ticket_id}, {i.Issue:assigned_staff}, {i.Issue:is_important}, "
        "{i.Issue:service_location}, {i.Issue:parent_issue} FROM {T:Issue} i"},
    {"message", "imp_message",
        "name, modified, creation, content, communication_type, communication_medium, sender, sender_full_name, "
        "reference_name, communication_date",
        "SELECT {m.Communication:name}, {m.Communication:modified}, {m.Communication:creation}, "
        "{m.Communication:content}, {m.Communication:communication_type}, {m.Communication:communication_medium}, "
        "{m.Communication:sender}, {m.Communication:sender_full_name}, {m.Communication:reference_name}, "
        "{m.Communication:communication_date} FROM {T:Communication} m WHERE m.reference_doctype = 'Issue'"},
    // Staff (issue 16 item "users"): the site's system users, never Frappe's own Administrator and Guest; no password
    // (Frappe keeps them in __Auth, which is not read).
    {"staff", "imp_staff", "name, modified, email, first_name, last_name, full_name, enabled, user_type, language",
        "SELECT {u.User:name}, {u.User:modified}, {u.User:email}, {u.User:first_name}, {u.User:last_name}, "
        "{u.User:full_name}, {u.User:enabled}, {u.User:user_type}, {u.User:language} FROM {T:User} u "
        "WHERE u.user_type = 'System User' AND u.name NOT IN ('Administrator', 'Guest')"},
    // The dispatch doctypes (custom, skipped when the site lacks them); their child tables hang off `parent`.
    {"tag", "imp_tag", "name, modified, tag_name, category",
        "SELECT {t.Dispatch Tag:name}, {t.Dispatch Tag:modified}, {t.Dispatch Tag:tag_name}, "
        "{t.Dispatch Tag:category} FROM {T:Dispatch Tag} t"},
    {"technician", "imp_technician", "name, modified, technician_name, user_id, phone, status",
        "SELECT {t.Dispatch Technician:name}, {t.Dispatch Technician:modified}, "
        "{t.Dispatch Technician:technician_name}, {t.Dispatch Technician:user_id}, {t.Dispatch Technician:phone}, "
        "{t.Dispatch Technician:status} FROM {T:Dispatch Technician} t"},
    {"technician", "imp_technician_tag", "parent, idx, tag, level",
        "SELECT {x.Dispatch Technician Tag:parent}, {x.Dispatch Technician Tag:idx}, "
        "{x.Dispatch Technician Tag:tag}, {x.Dispatch Technician Tag:level} FROM {T:Dispatch Technician Tag} x"},
    {"job", "imp_job",
        "name, modified, docstatus, subject, description, job_type, customer, service_location, issue, status, "
        "priority, scheduled_date, start_time, end_time, duration, technician",
        "SELECT {j.Dispatch Job:name}, {j.Dispatch Job:modified}, {j.Dispatch Job:docstatus}, "
        "{j.Dispatch Job:subject}, {j.Dispatch Job:description}, {j.Dispatch Job:job_type}, "
        "{j.Dispatch Job:customer}, {j.Dispatch Job:service_location}, {j.Dispatch Job:issue}, "
        "{j.Dispatch Job:status}, {j.Dispatch Job:priority}, {j.Dispatch Job:scheduled_date}, "
        "{j.Dispatch Job:start_time}, {j.Dispatch Job:end_time}, {j.Dispatch Job:duration}, "
        "{j.Dispatch Job:technician} FROM {T:Dispatch Job} j"},
    {"job", "imp_job_technician", "parent, idx, technician",
        "SELECT {x.Dispatch Job Technician:parent}, {x.Dispatch Job Technician:idx}, "
        "{x.Dispatch Job Technician:technician} FROM {T:Dispatch Job Technician} x"},
    {"job", "imp_job_tag", "parent, idx, tag, min_level",
        "SELECT {x.Dispatch Job Tag:parent}, {x.Dispatch Job Tag:idx}, {x.Dispatch Job Tag:tag}, "
        "{x.Dispatch Job Tag:min_level} FROM {T:Dispatch Job Tag} x"},
    // The keys of an entity alone (name, modified): read first, so a re-import that finds nothing new or changed
    // reads no more of the entity (ErpnextImporter).
    {"item#keys", "imp_item_keys", "name, modified", "SELECT {i.Item:name}, {i.Item:modified} FROM {T:Item} i"},
    {"location#keys", "imp_location_keys", "name, modified",
        "SELECT {s.Service Location:name}, {s.Service Location:modified} FROM {T:Service Location} s"},
    {"equipment#keys", "imp_equipment_keys", "name, modified",
        "SELECT {e.Service Equipment:name}, {e.Service Equipment:modified} FROM {T:Service Equipment} e"},
    {"subscription#keys", "imp_subscription_keys", "name, modified",
        "SELECT {s.Service Subscription:name}, {s.Service Subscription:modified} FROM {T:Service Subscription} s"},
    {"invoice#keys", "imp_invoice_keys", "name, modified",
        "SELECT {i.Sales Invoice:name}, {i.Sales Invoice:modified} FROM {T:Sales Invoice} i"},
    {"payment#keys", "imp_payment_keys", "name, modified",
        "SELECT {p.Payment Entry:name}, {p.Payment Entry:modified} FROM {T:Payment Entry} p"},
    {"ticket#keys", "imp_ticket_keys", "name, modified", "SELECT {i.Issue:name}, {i.Issue:modified} FROM {T:Issue} i"},
    {"message#keys", "imp_message_keys", "name, modified",
        "SELECT {m.Communication:name}, {m.Communication:modified} FROM {T:Communication} m "
        "WHERE m.reference_doctype = 'Issue'"},
    {"job#keys", "imp_job_keys", "name, modified",
        "SELECT {j.Dispatch Job:name}, {j.Dispatch Job:modified} FROM {T:Dispatch Job} j"},
    // ERPNext's outstanding per customer: what its submitted invoices still owe less its receipts not allocated.
    {"reconcile", "imp_outstanding", "customer, cents",
        "SELECT customer, sum(cents) FROM (SELECT {i.Sales Invoice:customer} AS customer, "
        "round({i.Sales Invoice:outstanding_amount}::numeric * 100) AS cents FROM {T:Sales Invoice} i "
        "WHERE i.docstatus = 1 UNION ALL SELECT {p.Payment Entry:party}, "
        "-round({p.Payment Entry:unallocated_amount}::numeric * 100) FROM {T:Payment Entry} p "
        "WHERE p.docstatus = 1 AND p.payment_type = 'Receive' AND p.party_type = 'Customer') x GROUP BY customer"},
};

// The doctype whose absence skips an entity (a custom doctype), per entity.
const QHash<QString, QString> &entityDoctypes()
{
    static const QHash<QString, QString> h = {{QStringLiteral("location"), QStringLiteral("Service Location")},
        {QStringLiteral("equipment"), QStringLiteral("Service Equipment")},
        {QStringLiteral("subscription"), QStringLiteral("Service Subscription")},
        {QStringLiteral("tag"), QStringLiteral("Dispatch Tag")},
        {QStringLiteral("technician"), QStringLiteral("Dispatch Technician")},
        {QStringLiteral("job"), QStringLiteral("Dispatch Job")}};
    return h;
}

// The custom child doctypes whose absence leaves their stage empty (the entity imports without those lines), by stage.
const QHash<QString, QString> &optionalStageDoctypes()
{
    static const QHash<QString, QString> h = {
        {QStringLiteral("imp_technician_tag"), QStringLiteral("Dispatch Technician Tag")},
        {QStringLiteral("imp_job_technician"), QStringLiteral("Dispatch Job Technician")},
        {QStringLiteral("imp_job_tag"), QStringLiteral("Dispatch Job Tag")}};
    return h;
}

// ERPNext's figures per entity: the count of the rows the entity reads, and its sums.
struct FigureDef
{
    const char *entity;
    const char *metric;
    const char *select;
};

const FigureDef kFigures[] = {
    {"customer", "count", "SELECT count(*) FROM {T:Customer} c"},
    {"item", "count", "SELECT count(*) FROM {T:Item} i"},
    {"location", "count", "SELECT count(*) FROM {T:Service Location} s"},
    {"equipment", "count", "SELECT count(*) FROM {T:Service Equipment} e"},
    {"subscription", "count", "SELECT count(*) FROM {T:Service Subscription} s"},
    {"invoice", "count", "SELECT count(*) FROM {T:Sales Invoice} i"},
    {"invoice", "total_cents",
        "SELECT coalesce(sum(round({i.Sales Invoice:grand_total}::numeric * 100)), 0) FROM {T:Sales Invoice} i "
        "WHERE i.docstatus = 1"},
    {"invoice", "tax_cents",
        "SELECT coalesce(sum(round({t.Sales Taxes and Charges:tax_amount}::numeric * 100)), 0) "
        "FROM {T:Sales Taxes and Charges} t JOIN {T:Sales Invoice} i ON i.name = t.parent "
        "WHERE t.parenttype = 'Sales Invoice' AND i.docstatus = 1"},
    {"payment", "count", "SELECT count(*) FROM {T:Payment Entry} p"},
    {"payment", "received_cents",
        "SELECT coalesce(sum(round({p.Payment Entry:paid_amount}::numeric * 100)), 0) FROM {T:Payment Entry} p "
        "WHERE p.docstatus = 1 AND p.payment_type = 'Receive' AND p.party_type = 'Customer'"},
    {"ticket", "count", "SELECT count(*) FROM {T:Issue} i"},
    {"message", "count", "SELECT count(*) FROM {T:Communication} m WHERE m.reference_doctype = 'Issue'"},
    {"staff", "count",
        "SELECT count(*) FROM {T:User} u WHERE u.user_type = 'System User' AND u.name NOT IN ('Administrator', "
        "'Guest')"},
    {"tag", "count", "SELECT count(*) FROM {T:Dispatch Tag} t"},
    {"technician", "count", "SELECT count(*) FROM {T:Dispatch Technician} t"},
    {"job", "count", "SELECT count(*) FROM {T:Dispatch Job} j"},
};

QString quoteIdent(const QString &s)
{
    return db::quoteIdentifier(s);
}

} // namespace

ErpnextSourceRepository::ErpnextSourceRepository(db::PgConnection &source, const ImportMapping &mapping)
    : m_c(source)
    , m_map(mapping)
{}

Status ErpnextSourceRepository::begin(const QString &snapshot)
{
    auto r = m_c.exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    if (!r.ok())
        return r.error();
    if (!snapshot.isEmpty()) {
        // SET TRANSACTION SNAPSHOT takes no parameter: the id is checked to be what pg_export_snapshot() makes.
        static const QRegularExpression id(QStringLiteral("^[0-9A-F]+-[0-9A-F]+-[0-9]+$"));
        if (!id.match(snapshot).hasMatch())
            return Error::internal(QStringLiteral("not a snapshot id: %1").arg(snapshot));
        auto set = m_c.exec(QStringLiteral("SET TRANSACTION SNAPSHOT '%1'").arg(snapshot));
        if (!set.ok())
            return set.error();
    }
    return success();
}

Result<QString> ErpnextSourceRepository::exportSnapshot()
{
    auto r = m_c.exec("SELECT pg_export_snapshot()");
    if (!r.ok())
        return r.error();
    return r.value().text(0, 0);
}

QString ErpnextSourceRepository::expand(const char *templ, QSet<QPair<QString, QString>> *used) const
{
    static const QRegularExpression re(QStringLiteral(R"(\{(?:T:([^}]+)|([a-z])\.([^:}]+):([a-z_0-9]+))\})"));
    const QString in = QString::fromUtf8(templ);
    QString out;
    qsizetype pos = 0;
    for (auto it = re.globalMatch(in); it.hasNext();) {
        const auto m = it.next();
        out += in.mid(pos, m.capturedStart() - pos);
        pos = m.capturedEnd();
        if (!m.captured(1).isEmpty()) {
            out += quoteIdent(m_map.table(m.captured(1)));
            continue;
        }
        const QString doctype = m.captured(3);
        const QString col = m_map.column(doctype, m.captured(4));
        if (col.isEmpty()) {
            out += QStringLiteral("NULL::text");
            continue;
        }
        if (used)
            used->insert({doctype, m.captured(4)});
        out += m.captured(2) + u'.' + quoteIdent(col) + QStringLiteral("::text");
    }
    return out + in.mid(pos);
}

Result<ErpnextSourceRepository::Check> ErpnextSourceRepository::check()
{
    auto cols = m_c.exec("SELECT table_name, column_name FROM information_schema.columns "
                         "WHERE table_schema = current_schema() AND table_name LIKE 'tab%'");
    if (!cols.ok())
        return cols.error();
    QHash<QString, QSet<QString>> have;
    for (int i = 0; i < cols.value().rows(); ++i)
        have[cols.value().text(i, 0)].insert(cols.value().text(i, 1));
    Check out;
    for (auto it = entityDoctypes().begin(); it != entityDoctypes().end(); ++it) {
        if (!have.contains(m_map.table(it.value()))) {
            out.skippedEntities.insert(it.key());
            out.skippedDoctypes << it.value();
        }
    }
    for (auto it = optionalStageDoctypes().begin(); it != optionalStageDoctypes().end(); ++it) {
        if (!have.contains(m_map.table(it.value())))
            out.skippedStages.insert(it.key(), it.value());
    }
    out.skippedDoctypes.sort();
    QSet<QPair<QString, QString>> used;
    for (const StageDef &s : kStages) {
        if (!out.skippedEntities.contains(QString::fromUtf8(s.entity).section(u'#', 0, 0))
            && !out.skippedStages.contains(QString::fromUtf8(s.table)))
            (void)expand(s.select, &used);
    }
    QStringList problems;
    for (const auto &[doctype, field] : used) {
        const QString table = m_map.table(doctype);
        const QString col = m_map.column(doctype, field);
        if (!have.contains(table)) {
            problems
                << QCoreApplication::translate("ops::import", "The ERPNext database has no table \"%1\".").arg(table);
        } else if (!have.value(table).contains(col)) {
            problems << (m_map.isMapped(doctype, field)
                    ? QCoreApplication::translate("ops::import",
                        "The field \"%1\" that the mapping names for %2.%3 is not a column of \"%4\": correct the "
                        "mapping file (or map the field to \"\" when the site has no such field).")
                          .arg(col, doctype, field, table)
                    : QCoreApplication::translate("ops::import", "The ERPNext table \"%1\" has no column \"%2\".")
                          .arg(table, col));
        }
    }
    problems.removeDuplicates();
    problems.sort();
    out.problems = problems;
    return out;
}

QString ErpnextSourceRepository::entityDoctype(const QString &entity)
{
    return entityDoctypes().value(entity);
}

QList<ErpnextSourceRepository::Stage> ErpnextSourceRepository::stages(const QString &entity)
{
    QList<Stage> out;
    for (const StageDef &s : kStages) {
        if (entity != QLatin1String(s.entity))
            continue;
        Stage st;
        st.table = QString::fromUtf8(s.table);
        for (const QString &c : QString::fromUtf8(s.columns).split(u','))
            st.columns << c.trimmed();
        out << st;
    }
    return out;
}

Result<qint64> ErpnextSourceRepository::copyStage(const QString &entity, const Stage &stage, db::PgConnection &ours,
    const std::function<void(qint64)> &tick, const std::atomic<bool> *cancel)
{
    const StageDef *def = nullptr;
    for (const StageDef &s : kStages) {
        if (entity == QLatin1String(s.entity) && stage.table == QLatin1String(s.table))
            def = &s;
    }
    if (!def)
        return Error::internal(QStringLiteral("no stage %1").arg(stage.table));
    auto created = ours.exec(QStringLiteral("CREATE TEMP TABLE %1 (%2 text) ON COMMIT DROP")
                                 .arg(stage.table, stage.columns.join(QStringLiteral(" text, "))));
    if (!created.ok())
        return created.error();
    const QString cursor = QStringLiteral("imp_cur_%1").arg(++m_cursor);
    auto declared = m_c.exec(QStringLiteral("DECLARE %1 NO SCROLL CURSOR FOR %2").arg(cursor, expand(def->select)));
    if (!declared.ok())
        return declared.error();
    const QByteArray fetch = QStringLiteral("FETCH 20000 FROM %1").arg(cursor).toUtf8();
    std::optional<Error> readError;
    qint64 read = 0;
    demo::CopyWriter w;
    auto copied = ours.copyIn(
        QStringLiteral("COPY %1 (%2) FROM STDIN").arg(stage.table, stage.columns.join(QStringLiteral(", "))),
        [&](QByteArray &chunk) {
            if (cancel && cancel->load()) {
                readError = Error::make(
                    Error::Kind::Cancelled, QCoreApplication::translate("ops::import", "The import was cancelled."));
                return false;
            }
            auto rows = m_c.exec(fetch.constData());
            if (!rows.ok()) {
                readError = rows.error();
                return false;
            }
            const db::PgResult &r = rows.value();
            const int n = r.rows();
            const int cols = r.columns();
            for (int i = 0; i < n; ++i) {
                for (int j = 0; j < cols; ++j) {
                    if (r.isNull(i, j))
                        w.null();
                    else
                        w.text(r.bytes(i, j));
                }
                w.endRow();
            }
            read += n;
            w.takeChunk(chunk);
            if (tick)
                tick(read);
            return n > 0;
        });
    if (readError)
        return *readError;
    if (!copied.ok())
        return copied.error();
    auto closed = m_c.exec(QStringLiteral("CLOSE %1").arg(cursor));
    if (!closed.ok())
        return closed.error();
    auto analyzed = ours.exec(QStringLiteral("ANALYZE %1").arg(stage.table));
    if (!analyzed.ok())
        return analyzed.error();
    return copied.value();
}

Result<QList<ReconLine>> ErpnextSourceRepository::figures(const QSet<QString> &skippedEntities)
{
    QList<ReconLine> out;
    for (const FigureDef &f : kFigures) {
        if (skippedEntities.contains(QString::fromUtf8(f.entity)))
            continue;
        auto r = m_c.exec(expand(f.select));
        if (!r.ok())
            return r.error();
        ReconLine l;
        l.entity = QString::fromUtf8(f.entity);
        l.metric = QString::fromUtf8(f.metric);
        l.erpnext = r.value().int64(0, 0);
        out << l;
    }
    return out;
}

} // namespace ops::import
