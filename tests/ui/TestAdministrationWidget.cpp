// The Administration section on an in-memory StaffApi: the staff list, the invite dialog (checks before OK, password
// shown once), refusals shown as their translated message, deactivation only after confirming, the database's own
// superuser not manageable, keyboard use, and the section shown in the shell only to a session that manages staff.
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>
#include <QtConcurrent/QtConcurrentRun>

#include "core/staff/StaffApi.h"
#include "tests/support/Screenshot.h"
#include "ui/admin/AdministrationWidget.h"
#include "ui/admin/StaffDialogs.h"
#include "ui/admin/StaffListModel.h"
#include "ui/common/MessageBanner.h"
#include "ui/main/MainWindow.h"
#include "ui/main/NavigationBar.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops;
using staff::PasswordDelivery;
using staff::PasswordIssued;
using staff::StaffInvite;
using staff::StaffMember;

namespace {

StaffMember member(qint64 id, const QString &login, const QString &name, const QString &group, bool active = true)
{
    StaffMember m;
    m.id = id;
    m.login = login;
    m.displayName = name;
    m.group = group;
    m.email = login + u"@targo.example"_s;
    m.active = active;
    m.hasLogin = true;
    m.canLogin = active;
    m.updatedAt = QDateTime(QDate(2026, 12, 1), QTime(14, 30), Qt::UTC);
    return m;
}

// Answers at once (futures already finished), records what it was asked, refuses when told to.
class FakeStaffApi : public staff::StaffApi
{
public:
    QList<StaffMember> members;
    QList<StaffInvite> invites;
    QStringList deactivated;
    QList<std::pair<QString, QString>> groupChanges;
    std::optional<Error> refuseWith;

    QFuture<Result<QList<StaffMember>>> list() override { return ready(Result<QList<StaffMember>>(members)); }

    QFuture<Result<PasswordIssued>> invite(const StaffInvite &i) override
    {
        invites << i;
        if (refuseWith)
            return ready(Result<PasswordIssued>(*refuseWith));
        StaffMember m = member(100 + members.size(), i.login, i.displayName, i.group);
        m.mustChangePassword = true;
        members << m;
        PasswordIssued issued;
        issued.login = i.login;
        issued.staffId = m.id;
        if (i.delivery == PasswordDelivery::Email)
            issued.outboxId = 7;
        else
            issued.temporaryPassword = u"Kq7wTz9PmXr4Hn2Bv8Yc"_s;
        emit staffChanged();
        return ready(Result<PasswordIssued>(issued));
    }

    QFuture<Status> setGroup(const QString &login, const QString &group) override
    {
        if (refuseWith)
            return ready(Status(*refuseWith));
        groupChanges << std::pair{login, group};
        emit staffChanged();
        return ready(success());
    }

    QFuture<Result<int>> deactivate(const QString &login) override
    {
        if (refuseWith)
            return ready(Result<int>(*refuseWith));
        deactivated << login;
        for (StaffMember &m : members) {
            if (m.login == login)
                m.active = m.canLogin = false;
        }
        emit staffChanged();
        return ready(Result<int>(1));
    }

    QFuture<Result<PasswordIssued>> resetPassword(const QString &login, PasswordDelivery) override
    {
        PasswordIssued issued;
        issued.login = login;
        issued.temporaryPassword = u"Nw3rTq8ZpLk5Vb7Hc2Ms"_s;
        return ready(Result<PasswordIssued>(issued));
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

template <typename T> T *waitForChild(QWidget *parent, const QString &name = {})
{
    T *found = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            found = parent->findChild<T *>(name);
            return found != nullptr && found->isVisible();
        },
        5000);
    return found;
}

} // namespace

class TestAdministrationWidget : public QObject
{
    Q_OBJECT

private:
    FakeStaffApi m_api;

    void fillStaff()
    {
        m_api.members = {member(1, u"marie.tremblay"_s, u"Marie Tremblay"_s, u"admin"_s),
            member(2, u"jean.gagnon"_s, u"Jean Gagnon"_s, u"dispatcher"_s),
            member(3, u"lucie.roy"_s, u"Lucie Roy"_s, u"billing"_s, false),
            member(4, u"postgres"_s, u"Serveur"_s, u"admin"_s)};
        m_api.members[3].superuser = true;
        m_api.members[3].email.clear();
        m_api.members[1].mustChangePassword = true;
    }

    // A widget shown with the fake, its list loaded.
    std::unique_ptr<AdministrationWidget> shown(bool emailAvailable = false)
    {
        auto w = std::make_unique<AdministrationWidget>();
        w->resize(1100, 420);
        w->setStaffApi(&m_api, emailAvailable);
        w->show();
        (void)QTest::qWaitForWindowExposed(w.get());
        (void)QTest::qWaitFor([&] { return w->model()->rowCount() == m_api.members.size(); }, 5000);
        return w;
    }

private slots:
    void init()
    {
        m_api.members.clear();
        m_api.invites.clear();
        m_api.deactivated.clear();
        m_api.groupChanges.clear();
        m_api.refuseWith.reset();
        fillStaff();
    }

    void listsStaffWithTheirState()
    {
        auto w = shown();
        QAbstractItemModelTester tester(w->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(w->model()->rowCount(), 4);
        const int marie = w->model()->rowOfLogin(u"marie.tremblay"_s);
        QCOMPARE(w->model()->index(marie, StaffListModel::Group).data().toString(), u"Administrator"_s);
        QCOMPARE(w->model()->index(marie, StaffListModel::Email).data().toString(), u"marie.tremblay@targo.example"_s);
        QCOMPARE(w->model()->index(marie, StaffListModel::State).data().toString(), u"Active"_s);
        QCOMPARE(w->model()->index(w->model()->rowOfLogin(u"jean.gagnon"_s), StaffListModel::State).data().toString(),
            u"Invited (temporary password)"_s);
        QCOMPARE(w->model()->index(w->model()->rowOfLogin(u"lucie.roy"_s), StaffListModel::State).data().toString(),
            u"Deactivated"_s);
        QVERIFY(!w->model()->index(marie, StaffListModel::LastChange).data().toString().isEmpty());

        // A reload keeps the selection (rows updated in place, never reset).
        w->selectLogin(u"jean.gagnon"_s);
        m_api.members[1].group = u"billing"_s;
        w->reload();
        QVERIFY(
            QTest::qWaitFor([&] { return w->selectedMember() && w->selectedMember()->group == u"billing"_s; }, 5000));
        QCOMPARE(w->selectedMember()->login, u"jean.gagnon"_s);
        (void)test::saveScreenshot(*w, u"administration-staff-list"_s);
    }

    void inviteChecksThenShowsThePasswordOnce()
    {
        auto w = shown();
        w->inviteAction()->trigger();
        auto *dialog = waitForChild<InviteStaffDialog>(w.get());
        QVERIFY(dialog);
        QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QVERIFY(!dialog->emailChoice()->isEnabled()); // no e-mail sender configured
        QTest::keyClicks(dialog->loginEdit(), u"Pierre Paul"_s);
        dialog->nameEdit()->setText(u"Pierre-Paul Côté"_s); // keyClicks types ASCII only
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog->problemLabel()->isVisible());
        QVERIFY(dialog->problemLabel()->text().contains(u"lower-case"_s));
        dialog->loginEdit()->clear();
        QTest::keyClicks(dialog->loginEdit(), u"pp.cote"_s);
        QVERIFY(ok->isEnabled());
        dialog->groupBox()->setCurrentIndex(dialog->groupBox()->findData(u"manager"_s));
        (void)test::saveScreenshot(*dialog, u"administration-invite-dialog"_s);
        QTest::mouseClick(ok, Qt::LeftButton);

        auto *password = waitForChild<TemporaryPasswordDialog>(w.get());
        QVERIFY(password);
        QCOMPARE(password->passwordField()->text(), u"Kq7wTz9PmXr4Hn2Bv8Yc"_s);
        QVERIFY(password->passwordField()->isReadOnly());
        QCOMPARE(m_api.invites.size(), 1);
        QCOMPARE(m_api.invites.first().login, u"pp.cote"_s);
        QCOMPARE(m_api.invites.first().displayName, u"Pierre-Paul Côté"_s);
        QCOMPARE(m_api.invites.first().group, u"manager"_s);
        QCOMPARE(m_api.invites.first().delivery, PasswordDelivery::ShowOnce);
        QCOMPARE(w->banner()->level(), MessageBanner::Level::Success);
        password->reject();
        // The new member is listed and selected.
        QVERIFY(
            QTest::qWaitFor([&] { return w->selectedMember() && w->selectedMember()->login == u"pp.cote"_s; }, 5000));
    }

    void emailingNeedsAnAddress()
    {
        auto w = shown(true);
        w->inviteAction()->trigger();
        auto *dialog = waitForChild<InviteStaffDialog>(w.get());
        QVERIFY(dialog);
        QTest::keyClicks(dialog->loginEdit(), u"sam.l"_s);
        QTest::keyClicks(dialog->nameEdit(), u"Sam L"_s);
        QVERIFY(dialog->emailChoice()->isEnabled());
        dialog->emailChoice()->setChecked(true);
        QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog->problemLabel()->text().contains(u"e-mail address is required"_s));
        QTest::keyClicks(dialog->emailEdit(), u"sam@targo.example"_s);
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return m_api.invites.size() == 1; }, 5000));
        QCOMPARE(m_api.invites.first().delivery, PasswordDelivery::Email);
        QCOMPARE(m_api.invites.first().email, u"sam@targo.example"_s);
        QVERIFY(QTest::qWaitFor([&] { return w->banner()->text().contains(u"e-mailed"_s); }, 5000));
        QVERIFY(!w->findChild<TemporaryPasswordDialog *>()); // never shown when e-mailed
    }

    void refusalShowsItsMessageAndChangesNothing()
    {
        auto w = shown();
        Error refused = staff::staffError(Error{Error::Kind::Database, {}, {}, u"TS002"_s, false});
        m_api.refuseWith = refused;
        w->inviteAction()->trigger();
        auto *dialog = waitForChild<InviteStaffDialog>(w.get());
        QVERIFY(dialog);
        QTest::keyClicks(dialog->loginEdit(), u"jean.gagnon"_s);
        QTest::keyClicks(dialog->nameEdit(), u"Jean G"_s);
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return w->banner()->level() == MessageBanner::Level::Error; }, 5000));
        QCOMPARE(w->banner()->text(), refused.userMessage);
        QVERIFY(w->banner()->text().contains(u"already used"_s));
        QCOMPARE(w->model()->rowCount(), 4);
        QVERIFY(!w->findChild<TemporaryPasswordDialog *>());
        (void)test::saveScreenshot(*w, u"administration-refused"_s);
    }

    void deactivateOnlyAfterConfirming()
    {
        auto w = shown();
        w->selectLogin(u"jean.gagnon"_s);
        QVERIFY(w->deactivateAction()->isEnabled());
        w->deactivateAction()->trigger();
        auto *box = waitForChild<QMessageBox>(w.get(), u"deactivateBox"_s);
        QVERIFY(box);
        QVERIFY(box->text().contains(u"jean.gagnon"_s));
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        QTest::keyClick(box, Qt::Key_Escape);
        QTest::qWait(50);
        QVERIFY(m_api.deactivated.isEmpty());

        w->deactivateAction()->trigger();
        box = waitForChild<QMessageBox>(w.get(), u"deactivateBox"_s);
        QVERIFY(box);
        QAbstractButton *yes = nullptr;
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                yes = b;
        }
        QVERIFY(yes);
        QTest::mouseClick(yes, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return m_api.deactivated == QStringList{u"jean.gagnon"_s}; }, 5000));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return w->model()
                           ->index(w->model()->rowOfLogin(u"jean.gagnon"_s), StaffListModel::State)
                           .data()
                           .toString()
                    == u"Deactivated"_s;
            },
            5000));
        // Deactivated: nothing more to reset or deactivate.
        QVERIFY(!w->deactivateAction()->isEnabled());
        QVERIFY(!w->resetAction()->isEnabled());
    }

    void superuserIsNotManagedHere()
    {
        auto w = shown();
        w->selectLogin(u"postgres"_s);
        QVERIFY(!w->groupAction()->isEnabled());
        QVERIFY(!w->resetAction()->isEnabled());
        QVERIFY(!w->deactivateAction()->isEnabled());
        w->selectLogin(u"marie.tremblay"_s);
        QVERIFY(w->groupAction()->isEnabled());
    }

    void keyboardOnly()
    {
        auto w = shown();
        w->activateWindow();
        w->view()->setFocus();
        QVERIFY(QTest::qWaitFor([&] { return w->view()->hasFocus(); }, 5000));
        QTest::keyClick(w->view(), Qt::Key_Home);
        QTest::keyClick(w->view(), Qt::Key_Down);
        QVERIFY(w->selectedMember());
        // Ctrl+G: change group of the selected member, chosen with the keyboard.
        const QString login = w->selectedMember()->login;
        QTest::keyClick(w->view(), Qt::Key_G, Qt::ControlModifier);
        auto *dialog = waitForChild<QInputDialog>(w.get(), u"changeGroupDialog"_s);
        QVERIFY(dialog);
        dialog->setTextValue(staff::groupDisplayName(u"billing"_s));
        QTest::keyClick(dialog, Qt::Key_Return);
        QVERIFY(QTest::qWaitFor([&] { return m_api.groupChanges.size() == 1; }, 5000));
        QCOMPARE(m_api.groupChanges.first(), (std::pair{login, u"billing"_s}));
        // Ctrl+N: invite.
        w->view()->setFocus();
        QTest::keyClick(w->view(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY(waitForChild<InviteStaffDialog>(w.get()));
    }

    void firstLoginAsksForAStrongPasswordTwice()
    {
        ChangeOwnPasswordDialog dialog(u"pp.cote"_s);
        dialog.show();
        QSignalSpy chosen(&dialog, &ChangeOwnPasswordDialog::passwordChosen);
        QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
        QCOMPARE(dialog.passwordEdit()->echoMode(), QLineEdit::Password);
        QTest::keyClicks(dialog.passwordEdit(), u"court"_s);
        QVERIFY(!ok->isEnabled());
        dialog.passwordEdit()->clear();
        QTest::keyClicks(dialog.passwordEdit(), u"assez long pour passer"_s);
        QTest::keyClicks(dialog.repeatEdit(), u"assez long pour passe"_s);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(dialog.repeatEdit(), u"r"_s);
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.first().first().toString(), u"assez long pour passer"_s);
        QVERIFY(!ok->isEnabled()); // until the database answers
        dialog.showProblem(u"refused"_s);
        QVERIFY(ok->isEnabled());
    }

    void shellShowsTheSectionOnlyToStaffManagers()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.navigation()->hasSection(NavigationBar::Section::Administration));
        window.setStaffManagement(&m_api, false);
        QVERIFY(window.navigation()->hasSection(NavigationBar::Section::Administration));
        window.showSection(NavigationBar::Section::Administration);
        QVERIFY(window.administration()->isVisible());
        QVERIFY(QTest::qWaitFor([&] { return window.administration()->model()->rowCount() == 4; }, 5000));
        window.resize(1280, 560);
        (void)test::saveScreenshot(window, u"administration-in-shell"_s);
        window.setStaffManagement(nullptr, false);
        QVERIFY(!window.navigation()->hasSection(NavigationBar::Section::Administration));
        QVERIFY(!window.administration()->isVisible());
    }
};

QTEST_MAIN(TestAdministrationWidget)
#include "TestAdministrationWidget.moc"
