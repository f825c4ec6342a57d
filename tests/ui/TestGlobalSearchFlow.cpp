#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

#include "core/db/PgConnection.h"
#include "core/session/Session.h"
#include "tests/support/TestCluster.h"
#include "ui/common/MessageBanner.h"
#include "ui/customers/CustomerFileWidget.h"
#include "ui/customers/CustomersWorkspace.h"
#include "ui/customers/LocationsModel.h"
#include "ui/customers/SubscriptionsModel.h"
#include "ui/main/MainWindow.h"
#include "ui/search/GlobalSearch.h"
#include "ui/search/GlobalSearchPopup.h"
#include "ui/search/SearchResultsModel.h"

// End to end on a throwaway PostgreSQL cluster: Ctrl+K, type, results, Enter, the customer file opens.
class TestGlobalSearchFlow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ops::test::TestCluster> m_cluster;
    std::unique_ptr<ops::Session> m_session;
    std::unique_ptr<MainWindow> m_window;

    static void exec(ops::db::PgConnection &c, const char *sql)
    {
        auto r = c.exec(sql);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    }

    GlobalSearch *search() const { return m_window->globalSearch(); }

    // Types text (or pastes it when long) and waits until the answer to exactly that text is on screen.
    void query(const QString &text, bool paste = false)
    {
        QSignalSpy shown(search(), &GlobalSearch::resultsShown);
        search()->field()->clear();
        if (paste)
            search()->field()->setText(text);
        else
            QTest::keyClicks(search()->field(), text);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && shown.last().at(0).toString() == text, 15000);
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::Canada));
        m_cluster = std::make_unique<ops::test::TestCluster>();
        QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
        auto conninfo = m_cluster->freshDatabase();
        QVERIFY2(conninfo.ok(), qPrintable(conninfo.ok() ? QString() : conninfo.error().detail));
        auto opened = ops::db::PgConnection::open(conninfo.value());
        QVERIFY(opened.ok());
        ops::db::PgConnection &c = *opened.value();
        exec(c,
            "INSERT INTO customers (id, code, first_name, last_name, display_name, language, email, phone, "
            "billing_street, billing_city, billing_postal_code, status, balance_cents, legacy_account_id, "
            "ppa_enabled) VALUES "
            "(1, 'CUST-00041', 'Élise', 'Tremblay', 'Élise Tremblay', 'fr', 'elise.tremblay@example.com', "
            "'(450) 555-0142', '12 rue Labelle', 'Saint-Jérôme', 'J7Z 5L3', 'active', 12345, 700041, true), "
            "(2, 'CUST-00042', 'Marc-André', 'Gagnon', 'Marc-André Gagnon', 'fr', 'marc.gagnon@example.com', "
            "'(819) 555-0199', '3 chemin du Lac', 'Mont-Tremblant', 'J8E 1T1', 'suspended', 0, 700042, false), "
            "(3, 'CUST-00043', 'Sarah', 'O''Brien', 'Sarah O''Brien', 'en', NULL, '(514) 555-0100', NULL, "
            "'Terrebonne', NULL, 'active', -500, NULL, false)");
        exec(c,
            "INSERT INTO service_locations (id, code, customer_id, civic_number, street, city, postal_code, status, "
            "olt_name, olt_port) VALUES "
            "(1, 'LOC-00101', 2, '3', 'chemin du Lac', 'Mont-Tremblant', 'J8E 1T1', 'active', 'OLT-MT-01', '1/2/3'), "
            "(2, 'LOC-00102', 2, '15', 'rue Principale', 'Mont-Tremblant', 'J8E 2B2', 'planned', NULL, NULL), "
            "(3, 'LOC-00103', 1, '12', 'rue Labelle', 'Saint-Jérôme', 'J7Z 5L3', 'active', NULL, NULL)");
        exec(c,
            "INSERT INTO items (id, sku, kind, name_fr, name_en, download_mbps, upload_mbps, monthly_price_cents) "
            "VALUES (1, 'FIB-1000', 'internet', 'Fibre 1 Gbit/s', 'Fiber 1 Gbit/s', 1000, 1000, 10995)");
        exec(c,
            "INSERT INTO subscriptions (code, customer_id, location_id, item_id, price_cents, start_date, status) "
            "VALUES ('SUB-00201', 2, 1, 1, 10995, '2023-04-01', 'active')");
        exec(c,
            "INSERT INTO service_equipment (code, location_id, kind, make, model, serial, status) VALUES "
            "('EQP-00301', NULL, 'ont', 'Nokia', 'G-010G-Q', 'ALCLSTOCK001', 'in_stock')");

        ops::SessionInfo info;
        info.conninfo = conninfo.value();
        info.embedded = true;
        info.where = m_cluster->baseDir();
        info.user = QStringLiteral("targo");
        info.dbPoolSize = 2;
        m_session = std::make_unique<ops::Session>(info);
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->attachSession(*m_session);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_session.reset();
        m_cluster.reset();
    }

    void typeThenEnterOpensTheCustomerFile()
    {
        QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(search()->field()->hasFocus());
        query(QStringLiteral("gagnon"));
        SearchResultsModel *model = search()->model();
        QVERIFY(model->rowCount() >= 1);
        QCOMPARE(search()->popup()->state(), GlobalSearchPopup::State::Results);
        // The customer ranks first for its own name.
        QCOMPARE(model->index(0, 0).data(SearchResultsModel::CodeRole).toString(), QStringLiteral("CUST-00042"));
        QTest::keyClick(search()->field(), Qt::Key_Return);

        CustomersWorkspace *ws = m_window->customers();
        QTRY_COMPARE(ws->openFileCount(), 1);
        CustomerFileWidget *file = ws->currentFile();
        QVERIFY(file);
        QTRY_VERIFY_WITH_TIMEOUT(file->isLoaded(), 15000);
        QCOMPARE(file->customer().code, QStringLiteral("CUST-00042"));
        QCOMPARE(file->customer().displayName, QStringLiteral("Marc-André Gagnon"));
        QVERIFY(ws->tabs()->tabText(ws->tabs()->currentIndex()).contains(QStringLiteral("CUST-00042")));
        QCOMPARE(file->locationsModel()->rowCount(), 2);
        QStringList codes;
        for (int r = 0; r < 2; ++r)
            codes << file->locationsModel()->index(r, LocationsModel::Code).data().toString();
        codes.sort();
        QCOMPARE(codes, (QStringList{QStringLiteral("LOC-00101"), QStringLiteral("LOC-00102")}));
        QCOMPARE(file->subscriptionsModel()->rowCount(), 1);
        QCOMPARE(file->subscriptionsModel()->index(0, SubscriptionsModel::Code).data().toString(),
            QStringLiteral("SUB-00201"));
        QVERIFY(!search()->isPopupVisible());
        // The header shows what the user needs at a glance.
        const auto labels = file->findChildren<QLabel *>();
        const bool hasPhone = std::any_of(labels.begin(), labels.end(),
            [](QLabel *l) { return l->text().contains(QStringLiteral("(819) 555-0199")); });
        QVERIFY(hasPhone);
    }

    void upDownMovesAndLocationOpensItsCustomer()
    {
        QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(search()->field()->hasFocus());
        query(QStringLiteral("LOC-00103"));
        QVERIFY(search()->model()->rowCount() >= 1);
        QListView *view = search()->resultsView();
        int row = -1;
        for (int r = 0; r < search()->model()->rowCount(); ++r)
            if (search()->model()->hit(r).code == QStringLiteral("LOC-00103"))
                row = r;
        QVERIFY(row >= 0);
        for (int i = 0; i < row; ++i)
            QTest::keyClick(search()->field(), Qt::Key_Down);
        QCOMPARE(view->currentIndex().row(), row);
        QTest::keyClick(search()->field(), Qt::Key_Enter);
        QTRY_COMPARE(m_window->customers()->openFileCount(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->customers()->currentFile()->isLoaded(), 15000);
        QCOMPARE(m_window->customers()->currentFile()->customer().code, QStringLiteral("CUST-00041"));
    }

    void equipmentWithoutCustomerShowsABanner()
    {
        QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(search()->field()->hasFocus());
        query(QStringLiteral("ALCLSTOCK001"));
        QVERIFY(search()->model()->rowCount() >= 1);
        QCOMPARE(search()->model()->hit(0).code, QStringLiteral("EQP-00301"));
        const int before = m_window->customers()->openFileCount();
        QTest::keyClick(search()->field(), Qt::Key_Return);
        QVERIFY(search()->popup()->banner()->isVisible());
        QVERIFY(search()->popup()->banner()->text().contains(QStringLiteral("not linked to a customer")));
        QCOMPARE(m_window->customers()->openFileCount(), before);
        QTest::keyClick(search()->field(), Qt::Key_Escape);
        QVERIFY(!search()->isPopupVisible());
    }

    void noResultsIsSaid()
    {
        QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
        query(QStringLiteral("zzqxw"));
        QCOMPARE(search()->model()->rowCount(), 0);
        QCOMPARE(search()->popup()->state(), GlobalSearchPopup::State::NoResults);
        QVERIFY(search()->popup()->message().contains(QStringLiteral("zzqxw")));
    }

    void trickyInputsAnswerNormally_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("paste");
        QTest::newRow("quotes") << QStringLiteral("O'Brien \"x\"") << false;
        QTest::newRow("backslash") << QStringLiteral("\\ \\\\ c:\\temp") << false;
        QTest::newRow("percent") << QStringLiteral("100%") << false;
        QTest::newRow("underscore") << QStringLiteral("a_b_%_") << false;
        QTest::newRow("emoji") << QStringLiteral("Tremblay 🙂🏠") << true;
        QTest::newRow("sql") << QStringLiteral("'; DROP TABLE customers; --") << true;
        QTest::newRow("10 kB") << QString(10 * 1024, QLatin1Char('x')) << true;
    }

    void trickyInputsAnswerNormally()
    {
        QFETCH(QString, text);
        QFETCH(bool, paste);
        QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
        query(text, paste);
        const GlobalSearchPopup::State state = search()->popup()->state();
        QVERIFY2(state == GlobalSearchPopup::State::Results || state == GlobalSearchPopup::State::NoResults,
            qPrintable(search()->popup()->message()));
        if (text.startsWith(QStringLiteral("O'Brien")) && state == GlobalSearchPopup::State::Results)
            QCOMPARE(search()->model()->hit(0).code, QStringLiteral("CUST-00043"));
    }

    void customersTableSurvived()
    {
        query(QStringLiteral("Sarah"));
        QVERIFY(search()->model()->rowCount() >= 1);
    }
};

QTEST_MAIN(TestGlobalSearchFlow)
#include "TestGlobalSearchFlow.moc"
