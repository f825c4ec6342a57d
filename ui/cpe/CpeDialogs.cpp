#include "ui/cpe/CpeDialogs.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/cpe/CpeWifi.h"
#include "ui/common/Theme.h"

FactoryResetDialog::FactoryResetDialog(const QString &serial, QWidget *parent)
    : QDialog(parent)
    , m_serial(serial)
{
    setWindowTitle(tr("Factory reset"));
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(tr("A factory reset erases every setting of the device (Wi-Fi name and password, port "
                               "forwards) and restarts it. The customer loses the Internet for several minutes.\n\n"
                               "Type the serial number %1 to confirm.")
                                .arg(serial),
        this);
    text->setWordWrap(true);
    layout->addWidget(text);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("factoryResetSerial"));
    m_edit->setAccessibleName(tr("Serial number"));
    m_edit->setPlaceholderText(serial);
    layout->addWidget(m_edit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Reset to factory settings"));
    m_ok->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString &typed) {
        m_ok->setEnabled(!m_serial.isEmpty() && typed.trimmed().compare(m_serial, Qt::CaseInsensitive) == 0);
    });
}

WifiChangeDialog::WifiChangeDialog(const QString &currentSsid, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Change the Wi-Fi"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_ssid = new QLineEdit(currentSsid, this);
    m_ssid->setObjectName(QStringLiteral("wifiSsid"));
    form->addRow(tr("Network name (SSID)"), m_ssid);
    m_changePassphrase = new QCheckBox(tr("Set a new password"), this);
    form->addRow(QString(), m_changePassphrase);
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("wifiPassphrase"));
    m_passphrase->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_passphrase->setEnabled(false);
    form->addRow(tr("Password (WPA2)"), m_passphrase);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(Theme::styled(u"color: @TextError;"));
    layout->addWidget(m_problem);
    auto *note = new QLabel(tr("The device applies it at once or at its next connection; the customer's devices "
                               "must then join the new network."),
        this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Send to the device"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ssid, &QLineEdit::textChanged, this, &WifiChangeDialog::validate);
    connect(m_passphrase, &QLineEdit::textChanged, this, &WifiChangeDialog::validate);
    connect(m_changePassphrase, &QCheckBox::toggled, this, [this](bool on) {
        m_passphrase->setEnabled(on);
        validate();
    });
    validate();
}

ops::cpe::WifiChange WifiChangeDialog::change() const
{
    ops::cpe::WifiChange c;
    c.ssid = m_ssid->text();
    if (m_changePassphrase->isChecked())
        c.passphrase = m_passphrase->text();
    return c;
}

QString WifiChangeDialog::problem() const
{
    return m_problem->text();
}

void WifiChangeDialog::validate()
{
    const ops::cpe::WifiChange c = change();
    auto task = ops::cpe::wifiChangeTask(false, c.ssid, c.passphrase);
    m_problem->setText(task.ok() ? QString() : task.error().userMessage);
    m_ok->setEnabled(task.ok());
}
