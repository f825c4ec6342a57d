// The Billing section's "Plans and products" tab on an in-memory CatalogueApi: the model under
// QAbstractItemModelTester with its filters (text, kind, active), the keyboard flow (Ctrl+N creates, Enter edits, the
// dialog says from which day a changed price is billed and shows a change already scheduled, an invalid item is refused
// in words before anything is sent), read only without the right to change the catalogue, and screenshots.
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPromise>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

#include "core/catalogue/CatalogueApi.h"
#include "core/session/Capabilities.h"
#include "tests/support/Screenshot.h"
#include "ui/billing/BillingSection.h"
#include "ui/catalogue/CatalogueItemDialog.h"
#include "ui/catalogue/CatalogueModel.h"
#include "ui/catalogue/CatalogueWidget.h"
#include "ui/common/MessageBanner.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops;
using namespace ops::catalogue;

namespace {

template <typename T> QFuture<T> ready(T value)
{
    QPromise<T> p;
    p.start();
    p.addResult(std::move(value));
    p.finish();
    return p.future();
}

CatalogueItem item(qint64 id, const QString &sku, const QString &kind, const QString &fr, const QString &en,
    qint64 price, bool active = true)
{
    CatalogueItem i;
    i.id = id;
    i.sku = sku;
    i.kind = kind;
    i.nameFr = fr;
    i.nameEn = en;
    i.priceCents = price;
    i.active = active;
    i.version = 3;
    return i;
}

// Answers at once; records what it was asked to save; a save emits itemsChanged like the service.
class FakeCatalogueApi : public CatalogueApi
{
public:
    QList<CatalogueItem> items;
    QList<CatalogueItem> saved;
    int lists = 0;
    std::optional<Error> refuse;
    CatalogueSaveResult answer;

    FakeCatalogueApi()
    {
        CatalogueItem i100 = item(1, u"INT-100"_s, u"internet"_s, u"Internet 100"_s, u"Internet 100"_s, 6995);
        i100.downloadMbps = 100;
        i100.uploadMbps = 20;
        i100.oltProfile = u"GPON-100M"_s;
        i100.subscriptions = 412;
        i100.followingSubscriptions = 380;
        CatalogueItem i500 = item(2, u"INT-500"_s, u"internet"_s, u"Internet 500"_s, u"Internet 500"_s, 8995);
        i500.downloadMbps = 500;
        i500.uploadMbps = 100;
        i500.oltProfile = u"GPON-500M"_s;
        i500.pendingPriceCents = 9495;
        i500.pendingFrom = QDate(2027, 1, 1);
        i500.subscriptions = 1203;
        i500.followingSubscriptions = 1150;
        CatalogueItem tel = item(3, u"TEL-RES"_s, u"phone"_s, u"Téléphonie résidentielle"_s, u"Home phone"_s, 2495);
        CatalogueItem old = item(4, u"INT-010"_s, u"internet"_s, u"Internet 10"_s, u"Internet 10"_s, 3995, false);
        CatalogueItem dsc = item(5, u"DSC-LOYAL"_s, u"discount"_s, u"Rabais fidélité"_s, u"Loyalty discount"_s, -1000);
        CatalogueItem rtr = item(6, u"EQP-RTR"_s, u"equipment"_s, u"Location de routeur"_s, u"Router rental"_s, 500);
        rtr.taxable = false;
        items = {i100, old, i500, tel, dsc, rtr};
    }

    QFuture<Result<QList<CatalogueItem>>> listItems() override
    {
        ++lists;
        return ready(Result<QList<CatalogueItem>>(items));
    }
    QFuture<Result<CatalogueSaveResult>> saveItem(const CatalogueItem &i) override
    {
        saved << i;
        if (refuse)
            return ready(Result<CatalogueSaveResult>(*refuse));
        emit itemsChanged();
        CatalogueSaveResult r = answer;
        r.id = i.id ? i.id : 99;
        return ready(Result<CatalogueSaveResult>(r));
    }
};

CatalogueItemDialog *lastDialog(QSignalSpy &spy)
{
    return spy.isEmpty() ? nullptr : qobject_cast<CatalogueItemDialog *>(spy.last().at(0).value<QWidget *>());
}

} // namespace

class TestCatalogueWidget : public QObject
{
    Q_OBJECT

private slots:
    void theModelAndItsFilters();
    void ctrlNCreatesAnItemFromTheKeyboard();
    void enterEditsAndAChangedPriceSaysFromWhen();
    void anInvalidItemIsRefusedBeforeSaving();
    void readOnlyWithoutTheRight();
    void theBillingSectionHasTheTab();
};

void TestCatalogueWidget::theModelAndItsFilters()
{
    FakeCatalogueApi api;
    CatalogueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CatalogueFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setItems(api.items);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.pendingChanges(), 1);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::Canada));
    const int row = model.rowOf(2);
    QCOMPARE(model.index(row, CatalogueModel::Price).data().toString(), u"$89.95"_s);
    QCOMPARE(model.index(row, CatalogueModel::NextPrice).data().toString(), u"$94.95 from 2027-01-01"_s);
    QCOMPARE(model.index(row, CatalogueModel::Speeds).data().toString(), u"500 / 100 Mbit/s"_s);
    QCOMPARE(model.index(model.rowOf(6), CatalogueModel::Taxable).data().toString(), u"Exempt"_s);
    QCOMPARE(model.index(model.rowOf(5), CatalogueModel::Price).data().toString(), u"-$10.00"_s);
    QCOMPARE(model.index(row, 0).data(CatalogueModel::IdRole).toLongLong(), qint64(2));

    filter.setText(u"  INT-"_s);
    QCOMPARE(filter.rowCount(), 3);
    filter.setText(u"phone"_s); // the English name
    QCOMPARE(filter.rowCount(), 1);
    filter.setText(u"téléphonie"_s); // the French name, any case
    QCOMPARE(filter.rowCount(), 1);
    filter.setText(QString());
    filter.setKind(u"internet"_s);
    QCOMPARE(filter.rowCount(), 3);
    filter.setActiveFilter(CatalogueFilterModel::ActiveFilter::Active);
    QCOMPARE(filter.rowCount(), 2);
    filter.setActiveFilter(CatalogueFilterModel::ActiveFilter::Inactive);
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, CatalogueModel::Sku).data().toString(), u"INT-010"_s);
    filter.setKind(QString());
    filter.setActiveFilter(CatalogueFilterModel::ActiveFilter::All);
    QCOMPARE(filter.rowCount(), 6);
    model.setItems({});
    QCOMPARE(filter.rowCount(), 0);
}

void TestCatalogueWidget::ctrlNCreatesAnItemFromTheKeyboard()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::Canada));
    FakeCatalogueApi api;
    CatalogueWidget w;
    w.resize(1000, 420);
    w.setApi(&api);
    w.setAllowed(true);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QCOMPARE(w.model()->rowCount(), 6);
    QVERIFY2(w.countLabel()->text().contains(u"1 price change"_s), qPrintable(w.countLabel()->text()));
    // Ctrl+F: the filter; Enter: down to the list.
    QTest::keyClick(w.view(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(w.filterEdit()->hasFocus());
    QTest::keyClicks(w.filterEdit(), u"tel"_s);
    QCOMPARE(w.filterModel()->rowCount(), 1);
    QTest::keyClick(w.filterEdit(), Qt::Key_Return);
    QVERIFY(w.view()->hasFocus());
    QCOMPARE(w.view()->currentIndex().data(CatalogueModel::IdRole).toLongLong(), qint64(3));
    w.filterEdit()->clear();

    QSignalSpy opened(&w, &CatalogueWidget::dialogOpened);
    QTest::keyClick(w.view(), Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(opened.count(), 1);
    auto *d = lastDialog(opened);
    QVERIFY(d);
    QVERIFY(QTest::qWaitForWindowActive(d));
    // It starts at the SKU (the dialog's focus; the offscreen platform does not always move the application's).
    QCOMPARE(d->focusWidget(), static_cast<QWidget *>(d->skuEdit()));
    QVERIFY2(d->priceNote()->text().contains(u"applies at once"_s), qPrintable(d->priceNote()->text()));
    QTest::keyClicks(d->skuEdit(), u"int-1000"_s);
    d->kindCombo()->setCurrentIndex(d->kindCombo()->findData(u"internet"_s));
    QTest::keyClicks(d->nameFrEdit(), u"Internet 1000"_s);
    QTest::keyClicks(d->nameEnEdit(), u"Internet 1 Gig"_s);
    d->downloadSpin()->setValue(1000);
    d->uploadSpin()->setValue(500);
    QTest::keyClicks(d->oltEdit(), u"GPON-1G"_s);
    d->priceEdit()->clear();
    QTest::keyClicks(d->priceEdit(), u"119,95 $"_s);
    const int listsBefore = api.lists;
    QTest::keyClick(d->priceEdit(), Qt::Key_Return); // the default button: Save
    QCOMPARE(api.saved.size(), 1);
    const CatalogueItem s = api.saved.first();
    QCOMPARE(s.id, qint64(0));
    QCOMPARE(s.sku, u"INT-1000"_s); // upper-cased
    QCOMPARE(s.nameEn, u"Internet 1 Gig"_s);
    QCOMPARE(s.downloadMbps, std::optional<int>(1000));
    QCOMPARE(s.uploadMbps, std::optional<int>(500));
    QCOMPARE(s.oltProfile, u"GPON-1G"_s);
    QCOMPARE(s.priceCents, qint64(11995));
    QVERIFY(s.taxable && s.active);
    QVERIFY(QTest::qWaitFor([&] { return d->isHidden(); }, 2000));
    QVERIFY(api.lists > listsBefore); // reloaded
    QVERIFY(w.banner()->isVisible());
}

void TestCatalogueWidget::enterEditsAndAChangedPriceSaysFromWhen()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::Canada));
    FakeCatalogueApi api;
    CatalogueWidget w;
    w.resize(1000, 420);
    w.setApi(&api);
    w.setAllowed(true);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    (void)ops::test::saveScreenshot(w, u"billing-catalogue"_s);
    QSignalSpy opened(&w, &CatalogueWidget::dialogOpened);
    w.view()->setFocus();
    w.view()->setCurrentIndex(w.filterModel()->mapFromSource(w.model()->index(w.model()->rowOf(1), 0)));
    QTest::keyClick(w.view(), Qt::Key_Return);
    QCOMPARE(opened.count(), 1);
    auto *d = lastDialog(opened);
    QVERIFY(d);
    QCOMPARE(d->skuEdit()->text(), u"INT-100"_s);
    QCOMPARE(d->priceEdit()->text(), u"69,95\u00a0$"_s);
    QVERIFY2(d->priceNote()->text().contains(u"next period"_s), qPrintable(d->priceNote()->text()));
    // A new price: billed from the first day of next month, the old one until then.
    const QDate from = CatalogueItemDialog::nextPeriod(QDate::currentDate());
    QCOMPARE(from.day(), 1);
    QVERIFY(from > QDate::currentDate());
    d->priceEdit()->selectAll();
    QTest::keyClicks(d->priceEdit(), u"74,95"_s);
    QVERIFY2(d->priceNote()->text().contains(u"New price from %1"_s.arg(from.toString(Qt::ISODate))),
        qPrintable(d->priceNote()->text()));
    QVERIFY2(d->priceNote()->text().contains(u"69,95"_s), qPrintable(d->priceNote()->text()));
    d->resize(520, d->sizeHint().height());
    (void)ops::test::saveScreenshot(*d, u"billing-catalogue-price-change"_s);
    api.answer.priceFrom = from;
    d->buttons()->button(QDialogButtonBox::Save)->click();
    QCOMPARE(api.saved.size(), 1);
    QCOMPARE(api.saved.first().id, qint64(1));
    QCOMPARE(api.saved.first().version, 3);
    QCOMPARE(api.saved.first().priceCents, qint64(7495));
    QCOMPARE(api.saved.first().oltProfile, u"GPON-100M"_s);
    QVERIFY(QTest::qWaitFor([&] { return d->isHidden(); }, 2000));
    QVERIFY(w.banner()->isVisible());
    // The list keeps the edited item current, and focus comes back to it.
    QCOMPARE(w.view()->currentIndex().data(CatalogueModel::IdRole).toLongLong(), qint64(1));
    QVERIFY(QTest::qWaitFor([&] { return w.view()->hasFocus(); }, 2000));

    // An item with a change already scheduled says so; its current price set back withdraws it.
    w.view()->setCurrentIndex(w.filterModel()->mapFromSource(w.model()->index(w.model()->rowOf(2), 0)));
    QTest::keyClick(w.view(), Qt::Key_Enter);
    QCOMPARE(opened.count(), 2);
    d = lastDialog(opened);
    QCOMPARE(d->priceEdit()->text(), u"94,95\u00a0$"_s); // the price from now on: the scheduled one
    QVERIFY2(d->priceNote()->text().contains(u"94,95"_s) && d->priceNote()->text().contains(u"2027-01-01"_s),
        qPrintable(d->priceNote()->text()));
    d->priceEdit()->setText(u"94,95"_s); // the scheduled price again: nothing new
    QVERIFY2(!d->priceNote()->text().contains(u"New price"_s), qPrintable(d->priceNote()->text()));
    d->priceEdit()->setText(u"89,95"_s);
    QVERIFY2(d->priceNote()->text().contains(u"withdrawn"_s), qPrintable(d->priceNote()->text()));
    d->reject();
}

void TestCatalogueWidget::anInvalidItemIsRefusedBeforeSaving()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::Canada));
    FakeCatalogueApi api;
    CatalogueItemDialog d(&api, CatalogueItem(), true);
    d.show();
    QTest::keyClicks(d.skuEdit(), u"INT 5"_s);
    d.priceEdit()->setText(u"-5.00"_s);
    d.accept();
    QVERIFY(api.saved.isEmpty());
    QVERIFY(d.errorLabel()->isVisible());
    const QString text = d.errorLabel()->text();
    QVERIFY2(text.contains(u"French name"_s) && text.contains(u"English name"_s) && text.contains(u"SKU"_s)
            && text.contains(u"Only a discount"_s),
        qPrintable(text));
    QVERIFY(d.isVisible());
    d.priceEdit()->setText(u"abc"_s);
    QVERIFY2(d.priceNote()->text().contains(u"Not an amount"_s), qPrintable(d.priceNote()->text()));
    // The server's refusal is shown as is and the dialog stays open.
    d.skuEdit()->setText(u"INT-100"_s);
    d.nameFrEdit()->setText(u"Internet 100"_s);
    d.nameEnEdit()->setText(u"Internet 100"_s);
    d.priceEdit()->setText(u"$1,069.95"_s);
    api.refuse = Error::make(Error::Kind::Validation, u"Another item already has this SKU."_s);
    d.accept();
    QCOMPARE(api.saved.size(), 1);
    QCOMPARE(api.saved.first().priceCents, qint64(106995));
    QTRY_COMPARE(d.errorLabel()->text(), u"Another item already has this SKU."_s);
    QVERIFY(d.isVisible());
}

void TestCatalogueWidget::readOnlyWithoutTheRight()
{
    FakeCatalogueApi api;
    CatalogueWidget w;
    w.setApi(&api);
    w.setAllowed(false);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QVERIFY(!w.newButton()->isEnabled());
    QSignalSpy opened(&w, &CatalogueWidget::dialogOpened);
    QTest::keyClick(w.view(), Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(opened.count(), 0);
    w.view()->setFocus();
    w.view()->setCurrentIndex(w.filterModel()->index(0, 0));
    QTest::keyClick(w.view(), Qt::Key_Return);
    QCOMPARE(opened.count(), 1);
    auto *d = lastDialog(opened);
    QVERIFY(d->skuEdit()->isReadOnly());
    QVERIFY(d->priceEdit()->isReadOnly());
    QVERIFY(!d->taxableCheck()->isEnabled());
    QVERIFY(!d->buttons()->button(QDialogButtonBox::Save));
    d->accept();
    QVERIFY(api.saved.isEmpty());
    d->reject();
}

void TestCatalogueWidget::theBillingSectionHasTheTab()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::Canada));
    FakeCatalogueApi api;
    BillingSection section(nullptr);
    section.resize(1100, 480);
    section.attach(nullptr, nullptr, &api);
    QStringList tabs;
    for (int i = 0; i < section.tabs()->count(); ++i)
        tabs << section.tabs()->tabText(i);
    QVERIFY2(tabs.contains(u"Plans and products"_s), qPrintable(tabs.join(u", "_s)));
    QTRY_COMPARE(section.catalogue()->model()->rowCount(), 6);
    Capabilities caps;
    section.setCapabilities(caps);
    QVERIFY(!section.catalogue()->newButton()->isEnabled());
    section.show();
    section.showCatalogue();
    QCOMPARE(section.tabs()->currentWidget(), section.catalogue());
    (void)ops::test::saveScreenshot(section, u"billing-catalogue-tab"_s);
    section.attach(nullptr, nullptr);
    QCOMPARE(section.catalogue()->model()->rowCount(), 0);
}

QTEST_MAIN(TestCatalogueWidget)
#include "TestCatalogueWidget.moc"
