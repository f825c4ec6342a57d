// Untrusted text (customer names from the database, provider error texts) is shown as plain text, never as rich text:
// a hostile name such as <b>x</b><img src=...> appears literally in the customer file header and in a MessageBanner.
#include <memory>

#include <QLabel>
#include <QTest>

#include "core/concurrency/DbExecutor.h"
#include "core/customers/CustomerService.h"
#include "core/db/PgConnection.h"
#include "tests/support/CustomerFileSeed.h"
#include "tests/support/TestCluster.h"
#include "ui/common/MessageBanner.h"
#include "ui/customers/CustomerFileWidget.h"

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kHostile = u"<b>x</b><img\u00a0src=\"file:///etc/passwd\"><a\u00a0href=\"https://evil.example\">y</a>"_s;

// The label shows `text` character for character: same text, plain-text format, and it takes the room of its
// characters (as rich text it would show only a bold "x", an image and a link "y": a few dozen pixels).
void verifyLiteral(QLabel *label, const QString &text)
{
    QVERIFY(label);
    QVERIFY(Qt::mightBeRichText(text)); // under Qt::AutoText this would be rendered as HTML
    QCOMPARE(label->text(), text);
    QCOMPARE(label->textFormat(), Qt::PlainText);
    const int literalWidth = label->fontMetrics().horizontalAdvance(text);
    QVERIFY2(label->sizeHint().width() >= literalWidth / 3,
        qPrintable(
            u"label %1 px wide, the literal text needs %2 px"_s.arg(label->sizeHint().width()).arg(literalWidth)));
}

} // namespace

class TestUntrustedText : public QObject
{
    Q_OBJECT

private slots:
    void messageBannerShowsProviderTextLiterally()
    {
        MessageBanner banner;
        banner.resize(400, 60);
        banner.showError(kHostile);
        QCOMPARE(banner.text(), kHostile);
        QLabel *text = nullptr;
        for (QLabel *l : banner.findChildren<QLabel *>()) {
            if (l->text() == kHostile)
                text = l;
        }
        verifyLiteral(text, kHostile);
    }

    void customerFileHeaderShowsNameLiterally()
    {
        ops::test::TestCluster cluster;
        QVERIFY2(cluster.ok(), qPrintable(cluster.error()));
        auto conninfo = cluster.freshDatabase();
        QVERIFY2(conninfo.ok(), qPrintable(conninfo.ok() ? QString() : conninfo.error().detail));
        auto c = ops::db::PgConnection::open(conninfo.value());
        QVERIFY(c.ok());
        for (const char *sql : ops::test::kCustomerFileSeed) {
            auto r = c.value()->exec(sql);
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
        }
        auto renamed =
            c.value()->exec("UPDATE customers SET display_name = $1 WHERE id = 1", ops::db::SqlParams().add(kHostile));
        QVERIFY2(renamed.ok(), qPrintable(renamed.ok() ? QString() : renamed.error().detail));

        ops::DbExecutor db(conninfo.value(), 1);
        ops::customers::CustomerService service(db);
        {
            CustomerFileWidget file(&service, 1);
            file.resize(1100, 720);
            file.show();
            QVERIFY(QTest::qWaitForWindowExposed(&file));
            QTRY_VERIFY_WITH_TIMEOUT(file.isLoaded(), 15000);
            verifyLiteral(file.findChild<QLabel *>(u"CustomerName"_s), kHostile);
        }
        db.shutdown(5000);
    }
};

QTEST_MAIN(TestUntrustedText)
#include "TestUntrustedText.moc"
