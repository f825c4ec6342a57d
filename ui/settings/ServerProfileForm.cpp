#include "ui/settings/ServerProfileForm.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSpinBox>

using namespace Qt::Literals::StringLiterals;
using ops::db::ConnectionProfile;

ServerProfileForm::ServerProfileForm(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_hosts(new QLineEdit(this))
    , m_ports(new QLineEdit(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_sslMode(new QComboBox(this))
    , m_caFile(new QLineEdit(this))
    , m_targetSession(new QComboBox(this))
    , m_timeout(new QSpinBox(this))
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_name->setPlaceholderText(tr("e.g. Head office"));
    form->addRow(tr("&Name:"), m_name);
    m_hosts->setPlaceholderText(tr("db1.example.net,db2.example.net"));
    m_hosts->setToolTip(tr("One host, or a comma-separated list for a highly available cluster."));
    form->addRow(tr("&Hosts:"), m_hosts);
    m_ports->setPlaceholderText(u"5432"_s);
    m_ports->setValidator(new QRegularExpressionValidator(QRegularExpression(u"^[0-9]{0,5}(,[0-9]{1,5})*$"_s), this));
    m_ports->setToolTip(tr("One port for all hosts, or one per host (5432,5433)."));
    form->addRow(tr("&Port(s):"), m_ports);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Stored in the system keychain; leave empty to keep it"));
    form->addRow(tr("Pass&word:"), m_password);

    const QList<std::pair<QString, QString>> sslModes = {
        {u"verify-full"_s, tr("Verify the certificate and host name (verify-full)")},
        {u"verify-ca"_s, tr("Verify the certificate (verify-ca)")},
        {u"require"_s, tr("Encrypt, do not verify (require)")},
        {u"prefer"_s, tr("Encrypt if possible (prefer)")},
        {u"disable"_s, tr("No encryption (disable)")},
    };
    for (const auto &[value, label] : sslModes)
        m_sslMode->addItem(label, value);
    form->addRow(tr("&TLS:"), m_sslMode);

    auto *caRow = new QHBoxLayout;
    m_caFile->setPlaceholderText(tr("System certificates"));
    caRow->addWidget(m_caFile, 1);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    caRow->addWidget(browse);
    auto *caLabel = new QLabel(tr("&CA certificate:"), this);
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);
    connect(browse, &QPushButton::clicked, this, &ServerProfileForm::browseCaFile);

    const QList<std::pair<QString, QString>> sessionAttrs = {
        {u"read-write"_s, tr("The primary (read-write)")},
        {u"any"_s, tr("Any server (any)")},
        {u"prefer-standby"_s, tr("A standby if there is one (prefer-standby)")},
        {u"read-only"_s, tr("A read-only server (read-only)")},
    };
    for (const auto &[value, label] : sessionAttrs)
        m_targetSession->addItem(label, value);
    form->addRow(tr("Connect &to:"), m_targetSession);

    m_timeout->setRange(1, 120);
    m_timeout->setSuffix(tr(" s"));
    form->addRow(tr("T&imeout:"), m_timeout);

    for (QLineEdit *e : {m_name, m_hosts, m_ports, m_database, m_user, m_caFile})
        connect(e, &QLineEdit::textEdited, this, &ServerProfileForm::edited);
    connect(m_password, &QLineEdit::textEdited, this, [this] {
        m_passwordEdited = true;
        emit edited();
    });
    connect(m_sslMode, &QComboBox::activated, this, &ServerProfileForm::edited);
    connect(m_targetSession, &QComboBox::activated, this, &ServerProfileForm::edited);
    connect(m_timeout, &QSpinBox::valueChanged, this, &ServerProfileForm::edited);
}

ServerProfileForm::~ServerProfileForm() = default;

void ServerProfileForm::setProfile(const ConnectionProfile &p)
{
    const QSignalBlocker blocker(m_timeout);
    m_base = p;
    m_name->setText(p.name);
    m_hosts->setText(p.hosts);
    m_ports->setText(p.ports);
    m_database->setText(p.database);
    m_user->setText(p.user);
    m_caFile->setText(p.sslRootCert);
    int ssl = m_sslMode->findData(p.sslMode);
    m_sslMode->setCurrentIndex(ssl < 0 ? 0 : ssl);
    int target = m_targetSession->findData(p.targetSessionAttrs);
    m_targetSession->setCurrentIndex(target < 0 ? 0 : target);
    m_timeout->setValue(p.connectTimeoutSec);
    clearPassword();
}

ConnectionProfile ServerProfileForm::profile() const
{
    ConnectionProfile p = m_base;
    p.mode = ConnectionProfile::Mode::Server;
    p.name = m_name->text().trimmed();
    p.hosts = m_hosts->text().remove(u' ');
    p.ports = m_ports->text().remove(u' ');
    p.database = m_database->text().trimmed();
    p.user = m_user->text().trimmed();
    p.sslMode = m_sslMode->currentData().toString();
    p.sslRootCert = m_caFile->text().trimmed();
    p.targetSessionAttrs = m_targetSession->currentData().toString();
    p.connectTimeoutSec = m_timeout->value();
    return p;
}

QString ServerProfileForm::validationError() const
{
    const ConnectionProfile p = profile();
    if (p.name.isEmpty())
        return tr("Give the profile a name.");
    if (p.hosts.isEmpty())
        return tr("Enter at least one host.");
    if (p.database.isEmpty())
        return tr("Enter the database name.");
    if (p.user.isEmpty())
        return tr("Enter the user name (your PostgreSQL role).");
    return {};
}

QString ServerProfileForm::password() const
{
    return m_password->text();
}

void ServerProfileForm::clearPassword()
{
    m_password->clear();
    m_passwordEdited = false;
}

void ServerProfileForm::setPassword(const QString &password)
{
    m_password->setText(password);
    m_passwordEdited = !password.isEmpty();
}

void ServerProfileForm::browseCaFile()
{
    auto *dialog = new QFileDialog(
        this, tr("CA certificate"), m_caFile->text(), tr("Certificates (*.crt *.pem *.cer);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        m_caFile->setText(file);
        emit edited();
    });
    dialog->open();
}
