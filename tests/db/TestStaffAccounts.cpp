// Staff accounts (migration 0014): the SECURITY DEFINER functions create one LOGIN role per person in exactly one
// group, move it, deactivate it (NOLOGIN, sessions ended, row kept) and reset its password; every bad input is refused
// with its SQLSTATE and changes nothing (pg_roles, group memberships, staff, outbox). Passwords reach the server only
// as SCRAM verifiers. A password login through the private socket proves an invited account really works.
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include "core/concurrency/DbExecutor.h"
#include "core/db/PgConnection.h"
#include "core/db/SqlParams.h"
#include "core/staff/StaffRepository.h"
#include "core/staff/StaffService.h"
#include "tests/support/Await.h"
#include "tests/support/TestCluster.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops;
using staff::PasswordDelivery;
using staff::StaffInvite;
using staff::StaffRepository;

namespace {

StaffInvite invite(const QString &login, const QString &group = u"dispatcher"_s)
{
    StaffInvite i;
    i.login = login;
    i.displayName = u"Personne "_s + login;
    i.group = group;
    i.password = staff::generateTemporaryPassword();
    return i;
}

staff::InviteSender mailSender()
{
    staff::InviteSender s;
    s.fromEmail = u"ops@targo.example"_s;
    s.server = u"ops.targo.example"_s;
    return s;
}

} // namespace

class TestStaffAccounts : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestCluster> m_cluster;
    QString m_conninfo;
    int m_round = 0;
    std::unique_ptr<db::PgConnection> m_c; // the cluster's superuser (the embedded "admin")

    QString text(const char *sql, const db::SqlParams &p = {})
    {
        auto r = m_c->exec(sql, p);
        if (!r.ok() || r.value().rows() == 0)
            return r.ok() ? u"<no row>"_s : u"<error "_s + r.error().code + u">"_s;
        return r.value().isNull(0, 0) ? u"<null>"_s : r.value().text(0, 0);
    }

    // Everything a refusal must leave as it was: the roles (with their attributes and passwords), the memberships,
    // the staff rows and the outbox.
    QString snapshot()
    {
        return text(
            "SELECT concat_ws(' | ',"
            " (SELECT string_agg(concat_ws(',', rolname, rolcanlogin, rolvaliduntil, md5(coalesce(rolpassword,"
            "   ''))), ';' ORDER BY rolname) FROM pg_authid),"
            " (SELECT string_agg(r.rolname || '>' || g.rolname, ';' ORDER BY r.rolname, g.rolname)"
            "   FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member JOIN pg_roles g ON g.oid = m.roleid),"
            " (SELECT string_agg(concat_ws(',', pg_role, display_name, email, role_group, active,"
            "   must_change_password, version), ';' ORDER BY id) FROM staff),"
            " (SELECT count(*) FROM outbox))");
    }

    // The groups a login is a direct member of, sorted, comma-separated.
    QString groupsOf(const QString &login)
    {
        return text("SELECT coalesce(string_agg(g.rolname, ',' ORDER BY g.rolname), '') FROM pg_auth_members m"
                    " JOIN pg_roles r ON r.oid = m.member JOIN pg_roles g ON g.oid = m.roleid WHERE r.rolname = $1",
            db::SqlParams().add(login));
    }

    bool canLogin(const QString &login)
    {
        return text("SELECT rolcanlogin FROM pg_roles WHERE rolname = $1", db::SqlParams().add(login)) == u"t"_s;
    }

    QString hbaPath() const { return m_cluster->baseDir() + u"/pg/data/pg_hba.conf"_s; }

private slots:
    void initTestCase()
    {
        m_cluster = std::make_unique<test::TestCluster>();
        QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    }

    void init()
    {
        auto db = m_cluster->freshDatabase();
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().detail));
        m_conninfo = db.value();
        auto c = db::PgConnection::open(m_conninfo);
        QVERIFY(c.ok());
        m_c = std::move(c.value());
    }

    void cleanupTestCase()
    {
        m_c.reset();
        m_cluster.reset();
    }

    void inviteCreatesOneLoginInOneGroup()
    {
        StaffInvite i = invite(u"ana.roy"_s, u"billing"_s);
        i.email = u"ana@targo.example"_s;
        i.language = u"en"_s;
        auto issued = StaffRepository(*m_c).add(i);
        QVERIFY2(issued.ok(), qPrintable(issued.ok() ? QString() : issued.error().detail));
        QCOMPARE(issued.value().temporaryPassword, i.password);
        QVERIFY(issued.value().staffId > 0);
        QVERIFY(!issued.value().outboxId);

        QVERIFY(canLogin(u"ana.roy"_s));
        QCOMPARE(groupsOf(u"ana.roy"_s), u"ops_billing"_s);
        QCOMPARE(text("SELECT rolsuper OR rolcreaterole OR rolcreatedb OR rolreplication OR rolbypassrls"
                      " FROM pg_roles WHERE rolname = 'ana.roy'"),
            u"f"_s);
        // The temporary password expires in 7 days and must be changed at first login.
        QCOMPARE(text("SELECT rolvaliduntil BETWEEN now() + interval '6 days 23 hours' AND now() + interval '7 days 1 "
                      "minute' FROM pg_roles WHERE rolname = 'ana.roy'"),
            u"t"_s);
        QCOMPARE(text("SELECT concat_ws(',', id, display_name, email, role_group, language, active, "
                      "must_change_password) FROM staff WHERE pg_role = 'ana.roy'"),
            u"%1,Personne ana.roy,ana@targo.example,billing,en,t,t"_s.arg(issued.value().staffId));
        // Only a SCRAM verifier was stored: the clear password is nowhere in the catalog.
        const QString stored = text("SELECT rolpassword FROM pg_authid WHERE rolname = 'ana.roy'");
        QVERIFY2(stored.startsWith(u"SCRAM-SHA-256$"_s), qPrintable(stored));
        QVERIFY(!stored.contains(i.password));

        auto listed = StaffRepository(*m_c).find(u"ana.roy"_s);
        QVERIFY(listed.ok());
        QVERIFY(listed.value().hasLogin && listed.value().canLogin && listed.value().mustChangePassword);
        QCOMPARE(listed.value().group, u"billing"_s);
    }

    void badInviteChangesNothing_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("emailed");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown group") << u"bea.lam"_s << u"boss"_s << u"Béa"_s << QString() << false << u"TS003"_s;
        QTest::newRow("technician is not assignable")
            << u"bea.lam"_s << u"technician"_s << u"Béa"_s << QString() << false << u"TS003"_s;
        QTest::newRow("duplicate staff login")
            << u"DUP"_s << u"billing"_s << u"Autre"_s << QString() << false << u"TS002"_s;
        QTest::newRow("existing database role")
            << u"targo"_s << u"billing"_s << u"Autre"_s << QString() << false << u"TS002"_s;
        QTest::newRow("upper case") << u"Bea"_s << u"billing"_s << u"Béa"_s << QString() << false << u"TS001"_s;
        QTest::newRow("starts with a digit")
            << u"1bea"_s << u"billing"_s << u"Béa"_s << QString() << false << u"TS001"_s;
        QTest::newRow("one character") << u"b"_s << u"billing"_s << u"Béa"_s << QString() << false << u"TS001"_s;
        QTest::newRow("pg_ prefix") << u"pg_bea"_s << u"billing"_s << u"Béa"_s << QString() << false << u"TS001"_s;
        QTest::newRow("ops_ prefix") << u"ops_bea"_s << u"billing"_s << u"Béa"_s << QString() << false << u"TS001"_s;
        QTest::newRow("quote injection") << u"x\"; DROP TABLE staff; --"_s << u"billing"_s << u"Béa"_s << QString()
                                         << false << u"TS001"_s;
        QTest::newRow("too long") << QString(64, u'a') << u"billing"_s << u"Béa"_s << QString() << false << u"TS001"_s;
        QTest::newRow("e-mailed without an address")
            << u"bea.lam"_s << u"billing"_s << u"Béa"_s << QString() << true << u"TS004"_s;
        QTest::newRow("bad address") << u"bea.lam"_s << u"billing"_s << u"Béa"_s << u"bea@"_s << false << u"TS005"_s;
        QTest::newRow("empty name") << u"bea.lam"_s << u"billing"_s << u"  "_s << QString() << false << u"TS012"_s;
    }

    void badInviteChangesNothing()
    {
        QFETCH(QString, login);
        QFETCH(QString, group);
        QFETCH(QString, name);
        QFETCH(QString, email);
        QFETCH(bool, emailed);
        QFETCH(QString, code);
        // Roles are cluster-wide: each row has its own existing login.
        const QString existing = u"dup.%1"_s.arg(++m_round);
        QVERIFY(StaffRepository(*m_c).add(invite(existing)).ok());
        if (login == u"DUP"_s)
            login = existing;
        const QString before = snapshot();
        StaffInvite i = invite(login, group);
        i.displayName = name;
        i.email = email;
        i.delivery = emailed ? PasswordDelivery::Email : PasswordDelivery::ShowOnce;
        auto r = StaffRepository(*m_c).add(i, mailSender());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
        // A translated message, never the server's text.
        QVERIFY(!r.error().userMessage.isEmpty());
        QVERIFY(!r.error().userMessage.contains(u"ops_staff"_s));
        QCOMPARE(snapshot(), before);
    }

    void serverRefusesAClearPassword()
    {
        const QString before = snapshot();
        auto r = m_c->exec("SELECT ops_staff_add('cle.ar', 'billing', 'Clear', NULL, 'fr', 'hunter2hunter2', false)");
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, u"TS009"_s);
        QCOMPARE(snapshot(), before);
    }

    void setGroupMovesTheOneMembership()
    {
        StaffRepository repo(*m_c);
        QVERIFY(repo.add(invite(u"cam.dube"_s)).ok());
        QCOMPARE(groupsOf(u"cam.dube"_s), u"ops_dispatcher"_s);
        QVERIFY(repo.setGroup(u"cam.dube"_s, u"manager"_s).ok());
        QCOMPARE(groupsOf(u"cam.dube"_s), u"ops_manager"_s);
        QCOMPARE(text("SELECT role_group FROM staff WHERE pg_role = 'cam.dube'"), u"manager"_s);
        // A second membership added by hand is removed by the next move: exactly one group.
        QVERIFY(m_c->exec("GRANT ops_billing TO \"cam.dube\"").ok());
        QVERIFY(repo.setGroup(u"cam.dube"_s, u"admin"_s).ok());
        QCOMPARE(groupsOf(u"cam.dube"_s), u"ops_admin"_s);

        const QString before = snapshot();
        auto unknown = repo.setGroup(u"cam.dube"_s, u"root"_s);
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, u"TS003"_s);
        auto nobody = repo.setGroup(u"no.body"_s, u"billing"_s);
        QVERIFY(!nobody.ok());
        QCOMPARE(nobody.error().code, u"TS007"_s);
        QCOMPARE(nobody.error().kind, Error::Kind::NotFound);
        auto superuser = repo.setGroup(u"targo"_s, u"billing"_s);
        QVERIFY(!superuser.ok());
        QCOMPARE(superuser.error().code, u"TS008"_s);
        QCOMPARE(snapshot(), before);
    }

    void theLastAdminStays()
    {
        // The cluster's superuser has no staff row: it is not an admin the rule counts.
        QCOMPARE(text("SELECT count(*) FROM staff WHERE role_group = 'admin'"), u"0"_s);
        StaffRepository repo(*m_c);
        QVERIFY(repo.add(invite(u"dan.last"_s, u"admin"_s)).ok());
        QVERIFY(repo.add(invite(u"eve.disp"_s)).ok());
        const QString before = snapshot();
        auto deactivate = repo.deactivate(u"dan.last"_s);
        QVERIFY(!deactivate.ok());
        QCOMPARE(deactivate.error().code, u"TS006"_s);
        auto demote = repo.setGroup(u"dan.last"_s, u"manager"_s);
        QVERIFY(!demote.ok());
        QCOMPARE(demote.error().code, u"TS006"_s);
        QCOMPARE(snapshot(), before);
        QVERIFY(canLogin(u"dan.last"_s));
        QCOMPARE(groupsOf(u"dan.last"_s), u"ops_admin"_s);

        // With a second active admin, the first may go; then the second is the last one.
        QVERIFY(repo.setGroup(u"eve.disp"_s, u"admin"_s).ok());
        QVERIFY(repo.setGroup(u"dan.last"_s, u"manager"_s).ok());
        auto last = repo.deactivate(u"eve.disp"_s);
        QVERIFY(!last.ok());
        QCOMPARE(last.error().code, u"TS006"_s);
        // A deactivated admin does not count.
        QVERIFY(repo.setGroup(u"dan.last"_s, u"admin"_s).ok());
        QVERIFY(repo.deactivate(u"dan.last"_s).ok());
        QCOMPARE(repo.deactivate(u"eve.disp"_s).error().code, u"TS006"_s);
    }

    void deactivateKeepsTheRow()
    {
        StaffRepository repo(*m_c);
        auto added = repo.add(invite(u"fay.out"_s));
        QVERIFY(added.ok());
        QVERIFY(m_c->exec("INSERT INTO tickets (subject, issue_type, assigned_staff_id) SELECT 'Panne', 'internet', id "
                          "FROM staff"
                          " WHERE pg_role = 'fay.out'")
                    .ok());
        auto ended = repo.deactivate(u"fay.out"_s);
        QVERIFY(ended.ok());
        QCOMPARE(ended.value(), 0);
        QVERIFY(!canLogin(u"fay.out"_s));
        QCOMPARE(text("SELECT rolpassword IS NULL FROM pg_authid WHERE rolname = 'fay.out'"), u"t"_s);
        QCOMPARE(text("SELECT concat_ws(',', active, deactivated_at IS NOT NULL, must_change_password)"
                      " FROM staff WHERE pg_role = 'fay.out'"),
            u"f,t,f"_s);
        // History: the row and what refers to it are still there; the group too (the role just cannot log in).
        QCOMPARE(text("SELECT count(*) FROM tickets WHERE assigned_staff_id = $1",
                     db::SqlParams().add(added.value().staffId)),
            u"1"_s);
        QCOMPARE(groupsOf(u"fay.out"_s), u"ops_dispatcher"_s);
        // Deactivated: no new password.
        const QString before = snapshot();
        auto reset = repo.resetPassword(u"fay.out"_s, staff::generateTemporaryPassword(), PasswordDelivery::ShowOnce);
        QVERIFY(!reset.ok());
        QCOMPARE(reset.error().code, u"TS010"_s);
        QCOMPARE(snapshot(), before);
    }

    void resetPasswordSetsANewTemporaryOne()
    {
        StaffRepository repo(*m_c);
        QVERIFY(repo.add(invite(u"gil.new"_s)).ok());
        QVERIFY(m_c->exec("UPDATE staff SET must_change_password = false WHERE pg_role = 'gil.new'").ok());
        const QString oldVerifier = text("SELECT rolpassword FROM pg_authid WHERE rolname = 'gil.new'");
        const QString password = staff::generateTemporaryPassword();
        auto r = repo.resetPassword(u"gil.new"_s, password, PasswordDelivery::ShowOnce);
        QVERIFY(r.ok());
        QCOMPARE(r.value().temporaryPassword, password);
        const QString newVerifier = text("SELECT rolpassword FROM pg_authid WHERE rolname = 'gil.new'");
        QVERIFY(newVerifier.startsWith(u"SCRAM-SHA-256$"_s));
        QVERIFY(newVerifier != oldVerifier);
        QCOMPARE(text("SELECT must_change_password FROM staff WHERE pg_role = 'gil.new'"), u"t"_s);

        // A staff row without a login (imported, demo data) gets one, in its group.
        QVERIFY(m_c->exec("INSERT INTO staff (pg_role, display_name, role_group) VALUES ('hal.rowonly', 'Hal', "
                          "'billing')")
                    .ok());
        QVERIFY(repo.resetPassword(u"hal.rowonly"_s, password, PasswordDelivery::ShowOnce).ok());
        QVERIFY(canLogin(u"hal.rowonly"_s));
        QCOMPARE(groupsOf(u"hal.rowonly"_s), u"ops_billing"_s);

        const QString before = snapshot();
        QCOMPARE(repo.resetPassword(u"targo"_s, password, PasswordDelivery::ShowOnce).error().code, u"TS008"_s);
        QCOMPARE(repo.resetPassword(u"no.body"_s, password, PasswordDelivery::ShowOnce).error().code, u"TS007"_s);
        // E-mailing needs an address: gil.new has none.
        QCOMPARE(
            repo.resetPassword(u"gil.new"_s, password, PasswordDelivery::Email, mailSender()).error().code, u"TS004"_s);
        QCOMPARE(snapshot(), before);
    }

    void onlyAdminsManageStaff()
    {
        StaffRepository repo(*m_c);
        QVERIFY(repo.add(invite(u"ida.disp"_s)).ok());
        QVERIFY(repo.add(invite(u"jo.admin"_s, u"admin"_s)).ok());
        QVERIFY(repo.add(invite(u"kim.mgr"_s, u"manager"_s)).ok());
        for (const QString &who : {u"ida.disp"_s, u"kim.mgr"_s}) {
            QVERIFY(m_c->exec(u"SET ROLE \"%1\""_s.arg(who)).ok());
            auto add = repo.add(invite(u"lea.sneak"_s, u"admin"_s));
            QVERIFY(!add.ok());
            QCOMPARE(add.error().code, u"42501"_s);
            QCOMPARE(repo.setGroup(who, u"admin"_s).error().code, u"42501"_s);
            QCOMPARE(repo.deactivate(u"jo.admin"_s).error().code, u"42501"_s);
            QCOMPARE(repo.resetPassword(u"jo.admin"_s, u"x"_s.repeated(20), PasswordDelivery::ShowOnce).error().code,
                u"42501"_s);
            // Nor by hand: no direct write on staff.
            QCOMPARE(m_c->exec("UPDATE staff SET role_group = 'admin'").error().code, u"42501"_s);
            QVERIFY(m_c->exec("RESET ROLE").ok());
        }
        QCOMPARE(text("SELECT count(*) FROM pg_roles WHERE rolname = 'lea.sneak'"), u"0"_s);
        QCOMPARE(groupsOf(u"ida.disp"_s), u"ops_dispatcher"_s);
        QVERIFY(canLogin(u"jo.admin"_s));

        QVERIFY(m_c->exec("SET ROLE \"jo.admin\"").ok());
        QVERIFY(repo.add(invite(u"lea.ok"_s)).ok());
        QVERIFY(repo.setGroup(u"lea.ok"_s, u"billing"_s).ok());
        QVERIFY(repo.deactivate(u"lea.ok"_s).ok());
        QVERIFY(m_c->exec("RESET ROLE").ok());
        QVERIFY(!canLogin(u"lea.ok"_s));
        QCOMPARE(groupsOf(u"lea.ok"_s), u"ops_billing"_s);
        // The audit trigger on staff names the admin who acted, not the function's owner.
        QCOMPARE(text("SELECT concat_ws(' ', count(*), string_agg(DISTINCT db_role, ',')) FROM audit_log"
                      " WHERE entity = 'staff' AND entity_id = (SELECT id FROM staff WHERE pg_role = 'lea.ok')"),
            u"4 jo.admin"_s); // insert, temporary password, group, deactivation

        // Every group may change its own password; nobody else may call the admin functions.
        for (const char *g : {"ops_dispatcher", "ops_billing", "ops_manager", "ops_admin", "ops_technician"}) {
            QCOMPARE(text("SELECT has_function_privilege($1, 'ops_staff_change_own_password(text)', 'EXECUTE')",
                         db::SqlParams().add(g)),
                u"t"_s);
            QCOMPARE(text("SELECT has_function_privilege($1, 'ops_staff_deactivate(text)', 'EXECUTE')",
                         db::SqlParams().add(g)),
                QString::fromLatin1(qstrcmp(g, "ops_admin") == 0 ? "t" : "f"));
        }
        QCOMPARE(text("SELECT count(*) FROM pg_proc p JOIN pg_roles o ON o.oid = p.proowner"
                      " WHERE p.proname LIKE 'ops\\_staff\\_%' AND o.rolname <> 'ops_owner'"),
            u"0"_s);
        QCOMPARE(text("SELECT count(*) FROM pg_proc WHERE proname LIKE 'ops\\_staff\\_%'"
                      " AND has_function_privilege('public', oid, 'EXECUTE')"),
            u"0"_s);
    }

    void emailedInviteIsQueuedInTheMembersLanguage()
    {
        StaffRepository repo(*m_c);
        StaffInvite fr = invite(u"mia.fr"_s);
        fr.email = u"mia@targo.example"_s;
        fr.delivery = PasswordDelivery::Email;
        auto r = repo.add(fr, mailSender());
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
        QVERIFY(r.value().temporaryPassword.isEmpty()); // not shown: e-mailed
        QVERIFY(r.value().outboxId);
        const QString request =
            text("SELECT request::text FROM outbox WHERE id = $1", db::SqlParams().add(*r.value().outboxId));
        QVERIFY2(request.contains(u"Mot de passe temporaire"_s), qPrintable(request));
        QVERIFY(request.contains(u"mia@targo.example"_s));
        QVERIFY(request.contains(fr.password));
        QCOMPARE(
            text("SELECT provider FROM outbox WHERE id = $1", db::SqlParams().add(*r.value().outboxId)), u"mailjet"_s);
        // The row holds a password: other groups (which read the outbox) do not see it; admins do.
        QVERIFY(repo.add(invite(u"mia.billing"_s, u"billing"_s)).ok());
        QVERIFY(repo.add(invite(u"mia.admin"_s, u"admin"_s)).ok());
        const auto visibleTo = [this](const char *role) {
            (void)m_c->exec(u"SET ROLE \"%1\""_s.arg(QString::fromLatin1(role)));
            const QString n = text("SELECT count(*) FROM outbox WHERE business_entity = 'staff'");
            (void)m_c->exec("RESET ROLE");
            return n;
        };
        QCOMPARE(visibleTo("mia.billing"), u"0"_s);
        QCOMPARE(visibleTo("mia.admin"), u"1"_s);
        QCOMPARE(text("SELECT count(*) FROM outbox WHERE business_entity = 'staff'"), u"1"_s);

        StaffInvite en = invite(u"noa.en"_s);
        en.email = u"noa@targo.example"_s;
        en.language = u"en"_s;
        en.delivery = PasswordDelivery::Email;
        auto e = repo.add(en, mailSender());
        QVERIFY(e.ok());
        QVERIFY(text("SELECT request::text FROM outbox WHERE id = $1", db::SqlParams().add(*e.value().outboxId))
                    .contains(u"Temporary password"_s));

        // Without a configured sender nothing is created: the account and its e-mail are one transaction.
        const QString before = snapshot();
        StaffInvite nosender = invite(u"oli.none"_s);
        nosender.email = u"oli@targo.example"_s;
        nosender.delivery = PasswordDelivery::Email;
        auto refused = repo.add(nosender, staff::InviteSender{});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Validation);
        QCOMPARE(snapshot(), before);
    }

    void serviceAnnouncesChanges()
    {
        DbExecutor db(m_conninfo, 1);
        staff::StaffService service(db);
        QSignalSpy changed(&service, &staff::StaffApi::staffChanged);
        StaffInvite i = invite(u"pat.svc"_s, u"manager"_s);
        i.password.clear(); // generated by the service
        auto issued = test::await(service.invite(i), this);
        QVERIFY(issued && issued->ok());
        QVERIFY(issued->value().temporaryPassword.size() >= 16);
        QCOMPARE(changed.count(), 1);
        auto refused = test::await(service.setGroup(u"pat.svc"_s, u"boss"_s), this);
        QVERIFY(refused && !refused->ok());
        QCOMPARE(changed.count(), 1);
        auto list = test::await(service.list(), this);
        QVERIFY(list && list->ok());
        QVERIFY(std::any_of(list->value().cbegin(), list->value().cend(),
            [](const staff::StaffMember &m) { return m.login == u"pat.svc"_s && m.group == u"manager"_s; }));
        db.shutdown();
    }

    void temporaryPasswordsAreStrong()
    {
        QSet<QString> seen;
        for (int n = 0; n < 200; ++n) {
            const QString p = staff::generateTemporaryPassword();
            QVERIFY(p.size() >= 16);
            QVERIFY(std::any_of(p.cbegin(), p.cend(), [](QChar c) { return c.isDigit(); }));
            QVERIFY(std::any_of(p.cbegin(), p.cend(), [](QChar c) { return c.isUpper(); }));
            QVERIFY(std::any_of(p.cbegin(), p.cend(), [](QChar c) { return c.isLower(); }));
            QVERIFY(!p.contains(u'0') && !p.contains(u'O') && !p.contains(u'l') && !p.contains(u'1'));
            seen.insert(p);
        }
        QCOMPARE(seen.size(), 200);
    }

    // The invited person signs in with the temporary password (over the private socket: the test adds a
    // scram-sha-256 line for that login before the launcher's peer line, and reloads), changes it, and is cut off
    // when deactivated.
    void invitedLoginSignsInChangesPasswordAndIsCutOff()
    {
        QFile hba(hbaPath());
        QVERIFY(hba.open(QIODevice::ReadOnly));
        const QByteArray original = hba.readAll();
        hba.close();
        const auto restore = qScopeGuard([&] {
            QFile f(hbaPath());
            if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
                f.write(original);
            f.close();
            (void)m_c->exec("SELECT pg_reload_conf()");
        });
        QVERIFY(hba.open(QIODevice::WriteOnly | QIODevice::Truncate));
        hba.write("local all \"qui.login\" scram-sha-256\n" + original);
        hba.close();
        QVERIFY(m_c->exec("SELECT pg_reload_conf()").ok());

        StaffInvite i = invite(u"qui.login"_s, u"billing"_s);
        QVERIFY(StaffRepository(*m_c).add(i).ok());
        const auto as = [this](const QString &password) {
            return db::PgConnection::open(
                m_conninfo + u" user=qui.login password="_s + db::quoteConninfoValue(password));
        };
        // The reload is asynchronous: wait until the new rule is in force.
        Result<std::unique_ptr<db::PgConnection>> login = Error::internal(u"not tried"_s);
        QVERIFY(QTest::qWaitFor(
            [&] {
                login = as(i.password);
                return login.ok();
            },
            10000));
        db::PgConnection &me = *login.value();
        QCOMPARE(me.exec("SELECT session_user").value().text(0, 0), u"qui.login"_s);
        auto self = StaffRepository(me).self();
        QVERIFY(self.ok());
        QVERIFY(self.value().mustChangePassword);
        // Its group's privileges only: billing may not manage staff.
        QCOMPARE(StaffRepository(me).setGroup(u"qui.login"_s, u"admin"_s).error().code, u"42501"_s);
        QVERIFY(!as(u"wrong-password-123"_s).ok());

        QCOMPARE(StaffRepository(me).changeOwnPassword(u"short"_s).error().kind, Error::Kind::Validation);
        const QString chosen = u"Un mot de passe bien a moi 42"_s;
        QVERIFY(StaffRepository(me).changeOwnPassword(chosen).ok());
        QCOMPARE(text("SELECT concat_ws(',', must_change_password, (SELECT rolvaliduntil = 'infinity' FROM pg_roles"
                      " WHERE rolname = 'qui.login')) FROM staff WHERE pg_role = 'qui.login'"),
            u"f,t"_s);
        QVERIFY(!as(i.password).ok());
        auto again = as(chosen);
        QVERIFY(again.ok());

        // Deactivated: both sessions are ended, and the password no longer opens one.
        auto ended = StaffRepository(*m_c).deactivate(u"qui.login"_s);
        QVERIFY(ended.ok());
        QCOMPARE(ended.value(), 2);
        QVERIFY(!me.exec("SELECT 1").ok());
        QVERIFY(!again.value()->exec("SELECT 1").ok());
        QVERIFY(!as(chosen).ok());
    }
};

QTEST_GUILESS_MAIN(TestStaffAccounts)
#include "TestStaffAccounts.moc"
