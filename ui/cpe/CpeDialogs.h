#pragma once

#include <QDialog>

#include "core/cpe/CpePanelTypes.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QCheckBox;

// Factory reset's typed confirmation: OK is enabled only once the device's serial is typed (case-insensitive).
class FactoryResetDialog : public QDialog
{
    Q_OBJECT
public:
    FactoryResetDialog(const QString &serial, QWidget *parent = nullptr);

    QLineEdit *serialEdit() const { return m_edit; }
    QPushButton *okButton() const { return m_ok; }

private:
    QString m_serial;
    QLineEdit *m_edit = nullptr;
    QPushButton *m_ok = nullptr;
};

// The Wi-Fi change: SSID (1–32 bytes), and optionally a new WPA2 passphrase (8–63 printable ASCII), validated as
// typed (CpeWifi's rules); OK only when valid.
class WifiChangeDialog : public QDialog
{
    Q_OBJECT
public:
    WifiChangeDialog(const QString &currentSsid, QWidget *parent = nullptr);

    ops::cpe::WifiChange change() const;
    QLineEdit *ssidEdit() const { return m_ssid; }
    QLineEdit *passphraseEdit() const { return m_passphrase; }
    QCheckBox *changePassphrase() const { return m_changePassphrase; }
    QPushButton *okButton() const { return m_ok; }
    QString problem() const;

private:
    void validate();

    QLineEdit *m_ssid = nullptr;
    QCheckBox *m_changePassphrase = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_ok = nullptr;
};
