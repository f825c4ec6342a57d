// Law 25 screens with a fake API: Administration > GPS tracking loads the company settings, refuses bad input with a
// translated message without sending anything, saves, and is read-only for a role that may not change them; the
// dispatch board's GPS notice dialog shows the notice read-only with the numbers filled in, in French or English.
#include <QComboBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include "core/integrations/GpsPrivacyApi.h"
#include "tests/support/Await.h"
#include "ui/admin/GpsPrivacyWidget.h"
#include "ui/common/MessageBanner.h"
#include "ui/dispatch/GpsNoticeDialog.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops;
using namespace ops::integrations;

namespace {

class FakeGpsPrivacy : public GpsPrivacyApi
{
public:
    GpsPrivacySettings stored;
    QList<GpsPrivacySettings> saves;

    QFuture<Result<GpsPrivacySettings>> load() override { return test::ready(Result<GpsPrivacySettings>(stored)); }
    QFuture<Result<GpsPrivacySettings>> save(const GpsPrivacySettings &s) override
    {
        saves << s;
        stored = s;
        ++stored.version;
        return test::ready(Result<GpsPrivacySettings>(stored));
    }
};

GpsPrivacySettings settings(bool editable)
{
    GpsPrivacySettings s;
    s.retentionDays = 30;
    s.shiftGraceMinutes = 15;
    s.noticeFr = u"Gardées {days} jours ({grace} min de marge)."_s;
    s.noticeEn = u"Kept {days} days ({grace} min margin)."_s;
    s.version = 1;
    s.editable = editable;
    return s;
}

} // namespace

class TestGpsPrivacyUi : public QObject
{
    Q_OBJECT
private slots:
    void adminEditsAndSaves();
    void badInputIsRefusedHere();
    void readOnlyForOtherRoles();
    void noticeDialogShowsTheNotice();
};

void TestGpsPrivacyUi::adminEditsAndSaves()
{
    FakeGpsPrivacy api;
    api.stored = settings(true);
    GpsPrivacyWidget w;
    QSignalSpy idle(&w, &GpsPrivacyWidget::idle);
    w.setApi(&api);
    QTRY_VERIFY(!idle.isEmpty());
    QCOMPARE(w.retentionBox()->value(), 30);
    QCOMPARE(w.graceBox()->value(), 15);
    QCOMPARE(w.noticeEnEdit()->toPlainText(), api.stored.noticeEn);
    QVERIFY(w.saveButton()->isEnabled());

    w.retentionBox()->setValue(14);
    w.noticeFrEdit()->setPlainText(u"Positions gardées {days} jours."_s);
    idle.clear();
    QTest::mouseClick(w.saveButton(), Qt::LeftButton);
    QTRY_VERIFY(!idle.isEmpty());
    QCOMPARE(api.saves.size(), 1);
    QCOMPARE(api.saves.first().retentionDays, 14);
    QCOMPARE(api.saves.first().version, 1); // the version it was loaded at
    QCOMPARE(api.saves.first().noticeFr, u"Positions gardées {days} jours."_s);
    QVERIFY(w.banner()->isVisibleTo(&w));
    QVERIFY(w.banner()->text().contains(u"14"_s));
}

void TestGpsPrivacyUi::badInputIsRefusedHere()
{
    FakeGpsPrivacy api;
    api.stored = settings(true);
    GpsPrivacyWidget w;
    QSignalSpy idle(&w, &GpsPrivacyWidget::idle);
    w.setApi(&api);
    QTRY_VERIFY(!idle.isEmpty());
    w.noticeEnEdit()->setPlainText(u"   "_s);
    idle.clear();
    w.save();
    QTRY_VERIFY(!idle.isEmpty());
    QVERIFY(api.saves.isEmpty()); // nothing sent
    QVERIFY(w.banner()->isVisibleTo(&w));
    QVERIFY2(w.banner()->text().contains(u"French and English"_s), qPrintable(w.banner()->text()));
}

void TestGpsPrivacyUi::readOnlyForOtherRoles()
{
    FakeGpsPrivacy api;
    api.stored = settings(false);
    GpsPrivacyWidget w;
    QSignalSpy idle(&w, &GpsPrivacyWidget::idle);
    w.setApi(&api);
    QTRY_VERIFY(!idle.isEmpty());
    QCOMPARE(w.retentionBox()->value(), 30);
    QVERIFY(!w.saveButton()->isEnabled());
    QVERIFY(!w.retentionBox()->isEnabled());
    QVERIFY(w.noticeFrEdit()->isReadOnly());
    w.save();
    QVERIFY(api.saves.isEmpty());
}

void TestGpsPrivacyUi::noticeDialogShowsTheNotice()
{
    FakeGpsPrivacy api;
    api.stored = settings(false);
    auto *dialog = new GpsNoticeDialog(&api);
    QSignalSpy loaded(dialog, &GpsNoticeDialog::loaded);
    QTRY_VERIFY(!loaded.isEmpty());
    QVERIFY(dialog->text()->isReadOnly());
    dialog->language()->setCurrentIndex(dialog->language()->findData(u"en"_s));
    QCOMPARE(dialog->text()->toPlainText(), u"Kept 30 days (15 min margin)."_s);
    dialog->language()->setCurrentIndex(dialog->language()->findData(u"fr"_s));
    QCOMPARE(dialog->text()->toPlainText(), u"Gardées 30 jours (15 min de marge)."_s);
    delete dialog;
}

QTEST_MAIN(TestGpsPrivacyUi)
#include "TestGpsPrivacyUi.moc"
