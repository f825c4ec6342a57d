#pragma once

#include <QDialog>

#include "core/staff/StaffTypes.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

// "Invite a staff member": login, name, e-mail, group, language, and how the temporary password is given (e-mailed
// or shown once). OK stays disabled while a field is wrong, with the reason shown under the form; the database
// checks again and decides.
class InviteStaffDialog : public QDialog
{
    Q_OBJECT
public:
    // emailAvailable: an e-mail sender is configured (else "e-mail the password" is disabled, with the reason).
    explicit InviteStaffDialog(bool emailAvailable, QWidget *parent = nullptr);

    ops::staff::StaffInvite invite() const;

    QLineEdit *loginEdit() const { return m_login; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *emailEdit() const { return m_email; }
    QComboBox *groupBox() const { return m_group; }
    QComboBox *languageBox() const { return m_language; }
    QRadioButton *emailChoice() const { return m_byEmail; }
    QRadioButton *showOnceChoice() const { return m_showOnce; }
    QLabel *problemLabel() const { return m_problem; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void validate();

    QLineEdit *m_login = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_email = nullptr;
    QComboBox *m_group = nullptr;
    QComboBox *m_language = nullptr;
    QRadioButton *m_showOnce = nullptr;
    QRadioButton *m_byEmail = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

// Shows a temporary password once, with a Copy button. Nothing keeps it: the text is cleared when the dialog closes.
class TemporaryPasswordDialog : public QDialog
{
    Q_OBJECT
public:
    TemporaryPasswordDialog(const QString &login, const QString &password, QWidget *parent = nullptr);
    ~TemporaryPasswordDialog() override;

    QLineEdit *passwordField() const { return m_password; }

private:
    QLineEdit *m_password = nullptr;
};

// First login after an invitation or a reset: the person chooses their own password (twice, at least 12
// characters). Emits passwordChosen; the caller saves it and calls showProblem() if the database refuses.
class ChangeOwnPasswordDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ChangeOwnPasswordDialog(const QString &login, QWidget *parent = nullptr);

    void showProblem(const QString &problem);
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    QDialogButtonBox *buttons() const { return m_buttons; }

signals:
    void passwordChosen(const QString &password);

private:
    void validate();

    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
