// The Administration section and the first-login password change end to end, on a real database: the shell shows the
// section to the cluster's superuser (the embedded "admin") and lists the staff from PostgreSQL; a dispatcher does not
// get it; an invited person who signs in with the temporary password is asked for their own, which the database
// then requires.
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include "core/db/PgConnection.h"
#include "core/session/Session.h"
#include "core/staff/StaffRepository.h"
#include "tests/support/TestCluster.h"
#include "ui/admin/AdministrationWidget.h"
#include "ui/admin/StaffDialogs.h"
#include "ui/admin/StaffListModel.h"
#include "ui/main/MainWindow.h"
#include "ui/main/NavigationBar.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops;

class TestAdministrationLive : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestCluster> m_cluster;
    QString m_conninfo;
    std::unique_ptr<db::PgConnection> m_c;

    std::unique_ptr<Session> session(const QString &conninfo)
    {
        SessionInfo info;
        info.conninfo = conninfo;
        info.dbPoolSize = 1;
        info.cpuThreads = 1;
        info.liveUpdates = false;
        return std::make_unique<Session>(info);
    }

    QString invite(const QString &login, const QString &group, const QString &password)
    {
        staff::StaffInvite i;
        i.login = login;
        i.displayName = u"Live "_s + login;
        i.group = group;
        i.password = password;
        auto r = staff::StaffRepository(*m_c).add(i);
        return r.ok() ? QString() : r.error().detail;
    }

private slots:
    void initTestCase()
    {
        m_cluster = std::make_unique<test::TestCluster>();
        QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
        auto db = m_cluster->freshDatabase();
        QVERIFY(db.ok());
        m_conninfo = db.value();
        auto c = db::PgConnection::open(m_conninfo);
        QVERIFY(c.ok());
        m_c = std::move(c.value());
        QCOMPARE(invite(u"live.disp"_s, u"dispatcher"_s, u"Temporaire-123456"_s), QString());
    }

    void cleanupTestCase()
    {
        m_c.reset();
        m_cluster.reset();
    }

    void superuserSeesTheStaffList()
    {
        auto s = session(m_conninfo);
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.attachSession(*s);
        QVERIFY(
            QTest::qWaitFor([&] { return w.navigation()->hasSection(NavigationBar::Section::Administration); }, 10000));
        w.showSection(NavigationBar::Section::Administration);
        QVERIFY(QTest::qWaitFor([&] { return w.administration()->model()->rowOfLogin(u"live.disp"_s) >= 0; }, 10000));
        const int row = w.administration()->model()->rowOfLogin(u"live.disp"_s);
        QCOMPARE(w.administration()->model()->index(row, StaffListModel::State).data().toString(),
            u"Invited (temporary password)"_s);
        // The superuser is never asked to change a password.
        QVERIFY(!w.findChild<ChangeOwnPasswordDialog *>());
        w.detachSession();
        QVERIFY(!w.navigation()->hasSection(NavigationBar::Section::Administration));
        s->shutdown(5000);
    }

    // The invited dispatcher signs in (scram-sha-256 for that login on the private socket, added by the test before
    // the launcher's peer line), gets no Administration section, and must choose a password.
    void invitedPersonChoosesAPasswordAtFirstLogin()
    {
        const QString hbaPath = m_cluster->baseDir() + u"/pg/data/pg_hba.conf"_s;
        QFile hba(hbaPath);
        QVERIFY(hba.open(QIODevice::ReadOnly));
        const QByteArray original = hba.readAll();
        hba.close();
        const auto restore = qScopeGuard([&] {
            QFile f(hbaPath);
            if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
                f.write(original);
            f.close();
            (void)m_c->exec("SELECT pg_reload_conf()");
        });
        QVERIFY(hba.open(QIODevice::WriteOnly | QIODevice::Truncate));
        hba.write("local all \"live.disp\" scram-sha-256\n" + original);
        hba.close();
        QVERIFY(m_c->exec("SELECT pg_reload_conf()").ok());
        const auto conninfoFor = [this](const QString &password) -> QString {
            return m_conninfo + u" user=live.disp password="_s + db::quoteConninfoValue(password);
        };
        QVERIFY(
            QTest::qWaitFor([&] { return db::PgConnection::open(conninfoFor(u"Temporaire-123456"_s)).ok(); }, 10000));

        auto s = session(conninfoFor(u"Temporaire-123456"_s));
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.attachSession(*s);
        ChangeOwnPasswordDialog *dialog = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] {
                dialog = w.findChild<ChangeOwnPasswordDialog *>();
                return dialog && dialog->isVisible();
            },
            10000));
        QVERIFY(!w.navigation()->hasSection(NavigationBar::Section::Administration));
        const QString chosen = u"Mon propre mot de passe 2026"_s;
        dialog->passwordEdit()->setText(chosen);
        dialog->repeatEdit()->setText(chosen);
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !w.findChild<ChangeOwnPasswordDialog *>(); }, 10000));
        auto flag = m_c->exec("SELECT must_change_password FROM staff WHERE pg_role = 'live.disp'");
        QVERIFY(flag.ok());
        QCOMPARE(flag.value().text(0, 0), u"f"_s);
        QVERIFY(!db::PgConnection::open(conninfoFor(u"Temporaire-123456"_s)).ok());
        QVERIFY(db::PgConnection::open(conninfoFor(chosen)).ok());
        w.detachSession();
        s->shutdown(5000);
    }
};

QTEST_MAIN(TestAdministrationLive)
#include "TestAdministrationLive.moc"
