// Administration → Regions on an in-memory RegionRulesApi: the rules and regions listed with the locations left
// without a region, the filter and the region choice, adding a rule from the keyboard (checked while typing, sent
// normalised), removing and applying only after confirming, refusals shown in words, and the tab shown in the shell
// only to a session that may change the rules.
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

#include "core/dispatch/RegionRulesApi.h"
#include "tests/support/Screenshot.h"
#include "ui/admin/AdministrationSection.h"
#include "ui/admin/RegionRulesWidget.h"
#include "ui/common/MessageBanner.h"
#include "ui/main/MainWindow.h"
#include "ui/main/NavigationBar.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops;
using namespace ops::dispatch;

namespace {

// Answers at once (finished futures), keeps its rules in memory, records what it was asked, refuses when told to.
class FakeRegionRulesApi : public RegionRulesApi
{
public:
    RegionRulesView view;
    QList<RegionRuleInput> added;
    QList<qint64> removed;
    int applied = 0;
    int moveOnApply = 0;
    std::optional<Error> refuseWith;

    FakeRegionRulesApi()
    {
        view.regions = {{3, u"Laurentides"_s, 9120}, {4, u"Lanaudière"_s, 7650}, {5, u"Outaouais"_s, 0}};
        view.rules = {{1, 4, u"Lanaudière"_s, QString(), u"J6E"_s}, {2, 3, u"Laurentides"_s, QString(), u"J7Z"_s},
            {3, 3, u"Laurentides"_s, u"Saint-Jérôme"_s, QString()}, {4, 4, u"Lanaudière"_s, u"Joliette"_s, QString()}};
        view.locationsTotal = 17012;
        view.locationsWithoutRegion = 242;
    }

    QFuture<Result<RegionRulesView>> load() override { return ready(Result<RegionRulesView>(view)); }

    QFuture<Result<RegionRule>> addRule(const RegionRuleInput &input) override
    {
        added << input;
        if (refuseWith)
            return ready(Result<RegionRule>(*refuseWith));
        RegionRule rule{100 + added.size(), input.regionTagId, QString(), input.city, input.postalPrefix};
        for (const Region &r : std::as_const(view.regions))
            if (r.tagId == input.regionTagId)
                rule.regionName = r.name;
        view.rules << rule;
        return ready(Result<RegionRule>(rule));
    }

    QFuture<Result<Unit>> removeRule(qint64 id) override
    {
        removed << id;
        view.rules.removeIf([id](const RegionRule &r) { return r.id == id; });
        return ready(Result<Unit>(Unit{}));
    }

    QFuture<Result<Region>> addRegion(const QString &name) override
    {
        Region r{50 + view.regions.size(), name, 0};
        view.regions << r;
        return ready(Result<Region>(r));
    }

    QFuture<Result<int>> applyToAllLocations() override
    {
        ++applied;
        view.locationsWithoutRegion = 0;
        return ready(Result<int>(moveOnApply));
    }

private:
    template <typename T> static QFuture<T> ready(T value)
    {
        QPromise<T> p;
        p.start();
        p.addResult(std::move(value));
        p.finish();
        return p.future();
    }
};

QStringList column(QTreeWidget *tree, int col, bool visibleOnly = true)
{
    QStringList out;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (!visibleOnly || !tree->topLevelItem(i)->isHidden())
            out << tree->topLevelItem(i)->text(col);
    return out;
}

template <typename T> T *waitForTopLevel(const QString &objectName)
{
    T *found = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *t = qobject_cast<T *>(w); t && t->isVisible() && t->objectName() == objectName)
                    found = t;
            return found != nullptr;
        },
        3000);
    return found;
}

} // namespace

class TestRegionRulesWidget : public QObject
{
    Q_OBJECT

private slots:
    void listsRulesRegionsAndWhatHasNoRegion()
    {
        FakeRegionRulesApi api;
        RegionRulesWidget w;
        w.setApi(&api);
        w.resize(1100, 600);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_COMPARE(w.rulesList()->topLevelItemCount(), 4);
        QCOMPARE(column(w.rulesList(), 0), (QStringList{u"J6E"_s, u"J7Z"_s, u"Joliette"_s, u"Saint-Jérôme"_s}));
        QCOMPARE(column(w.regionsList(), 0), (QStringList{u"Laurentides"_s, u"Lanaudière"_s, u"Outaouais"_s}));
        QCOMPARE(w.regionsList()->topLevelItem(0)->text(1), QLocale().toString(9120));
        QVERIFY2(w.summary()->text().contains(QLocale().toString(242)), qPrintable(w.summary()->text()));
        (void)test::saveScreenshot(w, u"admin-regions"_s);
        // The filter matches the rule or its region; a region chosen on the right shows its rules only.
        w.filter()->setText(u"jol"_s);
        QCOMPARE(column(w.rulesList(), 0), (QStringList{u"Joliette"_s}));
        w.filter()->setText(u"laurent"_s);
        QCOMPARE(column(w.rulesList(), 0), (QStringList{u"J7Z"_s, u"Saint-Jérôme"_s}));
        w.filter()->clear();
        w.regionsList()->setCurrentItem(w.regionsList()->topLevelItem(1)); // Lanaudière
        QCOMPARE(column(w.rulesList(), 0), (QStringList{u"J6E"_s, u"Joliette"_s}));
        // Applied: nothing left without a region.
        api.view.locationsWithoutRegion = 0;
        w.reload();
        QTRY_VERIFY(!w.summary()->text().contains(QLocale().toString(242)));
        QVERIFY(w.summary()->text().contains(QLocale().toString(17012)));
    }

    void addsARuleFromTheKeyboard()
    {
        FakeRegionRulesApi api;
        RegionRulesWidget w;
        w.setApi(&api);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_COMPARE(w.rulesList()->topLevelItemCount(), 4);
        w.regionsList()->setCurrentItem(w.regionsList()->topLevelItem(2)); // Outaouais: preselected in the dialog
        w.rulesList()->setFocus();
        QTest::keyClick(w.rulesList(), Qt::Key_N, Qt::ControlModifier);
        auto *dialog = waitForTopLevel<RegionRuleDialog>(u"regionRuleDialog"_s);
        QVERIFY(dialog);
        QCOMPARE(dialog->regionBox()->currentText(), u"Outaouais"_s);
        QVERIFY(!dialog->okButton()->isEnabled()); // nothing typed yet
        QTest::keyClicks(dialog->valueEdit(), u"9x"_s);
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY(!dialog->problem()->text().isEmpty()); // says why, while typing
        dialog->valueEdit()->clear();
        QTest::keyClicks(dialog->valueEdit(), u"j8x1"_s);
        QVERIFY(dialog->okButton()->isEnabled());
        QVERIFY2(dialog->problem()->text().contains(u"J8X 1"_s), qPrintable(dialog->problem()->text()));
        (void)test::saveScreenshot(*dialog, u"admin-region-rule-dialog"_s);
        QTest::keyClick(dialog->valueEdit(), Qt::Key_Return);
        QTRY_COMPARE(api.added.size(), 1);
        QCOMPARE(api.added.at(0).regionTagId, 5);
        QCOMPARE(api.added.at(0).postalPrefix, u"J8X 1"_s); // sent normalised
        QVERIFY(api.added.at(0).city.isEmpty());
        QTRY_COMPARE(w.rulesList()->topLevelItemCount(), 5);
        QVERIFY(w.rulesList()->currentItem());
        QCOMPARE(w.rulesList()->currentItem()->text(0), u"J8X 1"_s); // the new rule is selected
        QCOMPARE(w.banner()->level(), MessageBanner::Level::Success);
        QVERIFY(w.banner()->text().contains(u"Outaouais"_s));
    }

    void aCityRuleAndARefusalInWords()
    {
        FakeRegionRulesApi api;
        RegionRulesWidget w;
        w.setApi(&api);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_COMPARE(w.rulesList()->topLevelItemCount(), 4);
        api.refuseWith = Error::make(Error::Kind::Conflict, u"There is already a rule for Joliette."_s);
        w.addRule();
        auto *dialog = waitForTopLevel<RegionRuleDialog>(u"regionRuleDialog"_s);
        QVERIFY(dialog);
        dialog->setCityKind(true);
        QTest::keyClicks(dialog->valueEdit(), u"  Joliette "_s);
        QVERIFY(dialog->okButton()->isEnabled());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_COMPARE(api.added.size(), 1);
        QCOMPARE(api.added.at(0).city, u"Joliette"_s);
        QTRY_COMPARE(w.banner()->level(), MessageBanner::Level::Error);
        QCOMPARE(w.banner()->text(), u"There is already a rule for Joliette."_s);
        QCOMPARE(w.rulesList()->topLevelItemCount(), 4); // nothing added
    }

    void removesAndAppliesOnlyAfterConfirming()
    {
        FakeRegionRulesApi api;
        api.moveOnApply = 37;
        RegionRulesWidget w;
        w.setApi(&api);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_COMPARE(w.rulesList()->topLevelItemCount(), 4);
        QVERIFY(!w.removeAction()->isEnabled()); // nothing selected
        w.rulesList()->setCurrentItem(w.rulesList()->topLevelItem(1)); // J7Z
        QVERIFY(w.removeAction()->isEnabled());
        // Cancelled: nothing removed.
        w.rulesList()->setFocus();
        QTest::keyClick(w.rulesList(), Qt::Key_Delete);
        auto *box = waitForTopLevel<QMessageBox>(u"removeRuleBox"_s);
        QVERIFY(box);
        QVERIFY(box->text().contains(u"J7Z"_s));
        box->button(QMessageBox::Cancel)->click();
        QTest::qWait(50);
        QVERIFY(api.removed.isEmpty());
        // Confirmed.
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.rulesList()->setFocus();
        QTest::keyClick(w.rulesList(), Qt::Key_Delete);
        box = waitForTopLevel<QMessageBox>(u"removeRuleBox"_s);
        QVERIFY(box);
        QTest::keyClick(box, Qt::Key_Return); // the default button removes
        QTRY_COMPARE(api.removed, (QList<qint64>{2}));
        QTRY_COMPARE(w.rulesList()->topLevelItemCount(), 3);
        QCOMPARE(api.applied, 0); // removing does not move anything by itself
        // Apply to all locations, confirmed from the keyboard.
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.rulesList()->setFocus();
        QTest::keyClick(w.rulesList(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        box = waitForTopLevel<QMessageBox>(u"applyRegionsBox"_s);
        QVERIFY(box);
        QTest::keyClick(box, Qt::Key_Return);
        QTRY_COMPARE(api.applied, 1);
        QTRY_COMPARE(w.banner()->level(), MessageBanner::Level::Success);
        QVERIFY2(w.banner()->text().contains(u"37"_s), qPrintable(w.banner()->text()));
    }

    void shellShowsTheTabOnlyToRegionManagers()
    {
        FakeRegionRulesApi api;
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.navigation()->hasSection(NavigationBar::Section::Administration));
        window.setRegionManagement(&api);
        QVERIFY(window.navigation()->hasSection(NavigationBar::Section::Administration));
        window.showSection(NavigationBar::Section::Administration);
        auto *section = window.findChild<AdministrationSection *>();
        QVERIFY(section);
        QVERIFY(!section->isTabVisible(0)); // no staff management in this session
        QVERIFY(section->isTabVisible(1));
        QCOMPARE(section->currentWidget(), section->regions());
        QTRY_COMPARE(section->regions()->rulesList()->topLevelItemCount(), 4);
        window.resize(1280, 620);
        (void)test::saveScreenshot(window, u"admin-regions-in-shell"_s);
        window.setRegionManagement(nullptr);
        QVERIFY(!window.navigation()->hasSection(NavigationBar::Section::Administration));
    }
};

QTEST_MAIN(TestRegionRulesWidget)
#include "TestRegionRulesWidget.moc"
