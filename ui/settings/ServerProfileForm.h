#pragma once

#include <QWidget>

#include "core/db/ConnectionProfile.h"

class QComboBox;
class QLineEdit;
class QSpinBox;

// The fields of a server profile (no password: that one goes to the keychain, see ConnectionDialog).
class ServerProfileForm : public QWidget
{
    Q_OBJECT
public:
    explicit ServerProfileForm(QWidget *parent = nullptr);
    ~ServerProfileForm() override;

    void setProfile(const ops::db::ConnectionProfile &profile);
    // The edited profile (id and mode are kept from setProfile).
    ops::db::ConnectionProfile profile() const;
    // Empty when valid, else a translated reason.
    QString validationError() const;

    QString password() const;
    bool passwordEdited() const { return m_passwordEdited; }
    void clearPassword();
    // A password typed before the form was rebuilt (the first-run dialog after a language switch): counts as edited.
    void setPassword(const QString &password);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *hostsEdit() const { return m_hosts; }

signals:
    void edited();

private:
    void browseCaFile();

    ops::db::ConnectionProfile m_base;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_hosts = nullptr;
    QLineEdit *m_ports = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QComboBox *m_sslMode = nullptr;
    QLineEdit *m_caFile = nullptr;
    QComboBox *m_targetSession = nullptr;
    QSpinBox *m_timeout = nullptr;
    bool m_passwordEdited = false;
};
