#include "ui/admin/StaffDialogs.h"

#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include "ui/common/Theme.h"

using namespace Qt::Literals::StringLiterals;
using ops::staff::PasswordDelivery;

InviteStaffDialog::InviteStaffDialog(bool emailAvailable, QWidget *parent)
    : QDialog(parent)
    , m_login(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_group(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_showOnce(new QRadioButton(tr("&Show it once, here (I give it to the person myself)"), this))
    , m_byEmail(new QRadioButton(tr("&E-mail it to the person"), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"InviteStaffDialog"_s);
    setWindowTitle(tr("Invite a staff member"));
    m_login->setObjectName(u"login"_s);
    m_login->setPlaceholderText(tr("e.g. marie.tremblay"));
    m_login->setMaxLength(63);
    m_name->setObjectName(u"name"_s);
    m_name->setMaxLength(200);
    m_email->setObjectName(u"email"_s);
    m_email->setPlaceholderText(tr("name@example.com"));
    for (const QString &g : ops::staff::assignableGroups())
        m_group->addItem(ops::staff::groupDisplayName(g), g);
    m_language->addItem(u"Français"_s, u"fr"_s);
    m_language->addItem(u"English"_s, u"en"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("E-&mail:"), m_email);
    form->addRow(tr("&Group:"), m_group);
    form->addRow(tr("L&anguage:"), m_language);

    auto *delivery = new QButtonGroup(this);
    delivery->addButton(m_showOnce);
    delivery->addButton(m_byEmail);
    m_showOnce->setChecked(true);
    m_byEmail->setEnabled(emailAvailable);
    if (!emailAvailable)
        m_byEmail->setToolTip(tr("E-mail is not set up: Mailjet has no sender address in the integration settings."));
    auto *how = new QLabel(tr("Temporary password (valid 7 days, changed at the first login):"), this);

    m_problem->setObjectName(u"problem"_s);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(Theme::styled(u"color: @TextProblem;"_s));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Invite"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(how);
    layout->addWidget(m_showOnce);
    layout->addWidget(m_byEmail);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setTabOrder(m_login, m_name);
    setTabOrder(m_name, m_email);
    setTabOrder(m_email, m_group);
    setTabOrder(m_group, m_language);
    setTabOrder(m_language, m_showOnce);
    setTabOrder(m_showOnce, m_byEmail);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *e : {m_login, m_name, m_email})
        connect(e, &QLineEdit::textChanged, this, &InviteStaffDialog::validate);
    connect(m_byEmail, &QRadioButton::toggled, this, &InviteStaffDialog::validate);
    validate();
}

ops::staff::StaffInvite InviteStaffDialog::invite() const
{
    ops::staff::StaffInvite i;
    i.login = m_login->text().trimmed();
    i.displayName = m_name->text().trimmed();
    i.email = m_email->text().trimmed();
    i.group = m_group->currentData().toString();
    i.language = m_language->currentData().toString();
    i.delivery = m_byEmail->isChecked() ? PasswordDelivery::Email : PasswordDelivery::ShowOnce;
    return i;
}

void InviteStaffDialog::validate()
{
    const ops::staff::StaffInvite i = invite();
    QString problem;
    if (!i.login.isEmpty())
        problem = ops::staff::loginProblem(i.login);
    if (problem.isEmpty())
        problem = ops::staff::emailProblem(i.email, i.delivery == PasswordDelivery::Email);
    // An empty login or name is not an error yet: OK just stays disabled.
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(problem.isEmpty() && !i.login.isEmpty() && !i.displayName.isEmpty());
}

TemporaryPasswordDialog::TemporaryPasswordDialog(const QString &login, const QString &password, QWidget *parent)
    : QDialog(parent)
    , m_password(new QLineEdit(password, this))
{
    setObjectName(u"TemporaryPasswordDialog"_s);
    setWindowTitle(tr("Temporary password"));
    auto *text = new QLabel(tr("The temporary password of %1 is shown only now. Give it to the person: it is valid 7 "
                               "days and must be changed at the first login.")
                                .arg(login),
        this);
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    m_password->setObjectName(u"password"_s);
    m_password->setReadOnly(true);
    m_password->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_password->setAccessibleName(tr("Temporary password"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_password->text()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_password);
    layout->addWidget(buttons);
    m_password->setFocus();
    m_password->selectAll();
}

TemporaryPasswordDialog::~TemporaryPasswordDialog()
{
    m_password->clear();
}

ChangeOwnPasswordDialog::ChangeOwnPasswordDialog(const QString &login, QWidget *parent)
    : QDialog(parent)
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"ChangeOwnPasswordDialog"_s);
    setWindowTitle(tr("Choose your password"));
    auto *text = new QLabel(
        tr("You signed in as %1 with a temporary password. Choose your own password (at least 12 characters).")
            .arg(login),
        this);
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    for (QLineEdit *e : {m_password, m_repeat}) {
        e->setEchoMode(QLineEdit::Password);
        connect(e, &QLineEdit::textChanged, this, &ChangeOwnPasswordDialog::validate);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("&New password:"), m_password);
    form->addRow(tr("&Repeat it:"), m_repeat);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(Theme::styled(u"color: @TextProblem;"_s));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Later"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false); // until the database answers
        emit passwordChosen(m_password->text());
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

void ChangeOwnPasswordDialog::showProblem(const QString &problem)
{
    validate(); // OK again
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void ChangeOwnPasswordDialog::validate()
{
    QString problem;
    if (!m_password->text().isEmpty())
        problem = ops::staff::passwordProblem(m_password->text());
    if (problem.isEmpty() && !m_repeat->text().isEmpty() && m_repeat->text() != m_password->text())
        problem = tr("The two passwords differ.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(problem.isEmpty() && !m_password->text().isEmpty() && m_repeat->text() == m_password->text());
}
