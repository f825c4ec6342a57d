#pragma once

#include <QWidget>

#include "core/integrations/ProviderSettings.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class Spinner;

namespace ops::dispatch {
struct TravelSourceSettings;
}

// One external service's settings (a tab of IntegrationsDialog): base URL, account, sender, secret, limits, CA file,
// timeout, with labels adapted to the service, inline problems, and a "Test connection" row. The secret field is
// only ever filled by typing: left empty, the secret stored in the keychain is kept. The routing server (osrm) has
// no account nor secret; its tab also holds the travel source (straight line, routing server, matrix file).
class ProviderSettingsForm : public QWidget
{
    Q_OBJECT
public:
    explicit ProviderSettingsForm(const QString &providerId, QWidget *parent = nullptr);
    ~ProviderSettingsForm() override;

    QString providerId() const { return m_id; }
    // p.secret is not shown; it only tells whether a secret is stored (the hint next to the field).
    void setSettings(const ops::integrations::ProviderSettings &p);
    void setStoredSecret(bool stored, const QString &secret);
    // The form's values; secret = the typed one, else the stored one.
    ops::integrations::ProviderSettings settings() const;
    bool secretEdited() const;
    QString typedSecret() const;
    bool isDirty() const { return m_dirty; }
    void setDirty(bool dirty);
    // Settings that are not used at all (nothing but defaults): never refused by Save.
    bool isUnused() const;

    // osrm only: the travel source shown on this tab.
    void setTravelSettings(const ops::dispatch::TravelSourceSettings &travel);
    ops::dispatch::TravelSourceSettings travelSettings() const;

    // stripe only: the payment page the setup links point to (not a ProviderSettings field: a setting of its own,
    // see core/payments/SetupPageSetting.h); pageUrlProblem() is empty when usable or empty.
    void setPageUrl(const QString &url);
    QString pageUrl() const;
    QString pageUrlProblem() const;

    QStringList problems() const; // settings().problems(), and the travel source's for osrm
    void setTesting(bool testing);
    void showTestResult(bool ok, const QString &text);

    QLineEdit *baseUrlEdit() const { return m_baseUrl; }
    QLineEdit *accountEdit() const { return m_account; }
    QLineEdit *senderEdit() const { return m_sender; }
    QLineEdit *secretEdit() const { return m_secret; }
    QLineEdit *caFileEdit() const { return m_caFile; }
    QLabel *problemsLabel() const { return m_problems; }
    QLabel *testResultLabel() const { return m_result; }
    QPushButton *testButton() const { return m_test; }
    QComboBox *travelSourceCombo() const { return m_travelSource; } // osrm only (else null)
    QLineEdit *matrixFileEdit() const { return m_matrixFile; } // osrm only (else null)
    QLineEdit *pageUrlEdit() const { return m_pageUrl; } // stripe only (else null)

signals:
    void edited();
    void testRequested(const QString &providerId);

private:
    void updateProblems();
    void browseCaFile();
    void browseMatrixFile();
    bool isRoutingServer() const;

    const QString m_id;
    QString m_storedSecret;
    bool m_hasStoredSecret = false;
    bool m_dirty = false;
    QLineEdit *m_baseUrl = nullptr;
    QLineEdit *m_account = nullptr;
    QLineEdit *m_sender = nullptr;
    QLineEdit *m_secret = nullptr;
    QLabel *m_secretHint = nullptr;
    QDoubleSpinBox *m_rate = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QLineEdit *m_caFile = nullptr;
    QSpinBox *m_timeout = nullptr;
    QLabel *m_problems = nullptr;
    QPushButton *m_test = nullptr;
    Spinner *m_spinner = nullptr;
    QLabel *m_result = nullptr;
    QComboBox *m_travelSource = nullptr;
    QLineEdit *m_matrixFile = nullptr;
    QLineEdit *m_pageUrl = nullptr;
    QLabel *m_pageUrlProblem = nullptr;
};
