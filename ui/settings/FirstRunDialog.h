#pragma once

#include <QDialog>

#include "core/common/Result.h"
#include "core/db/ConnectionProfile.h"
#include "core/session/DatabaseOpener.h"

class MessageBanner;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QThreadPool;
class QVBoxLayout;
class ServerProfileForm;
class Spinner;

namespace ops {
class SecretStore;
class Settings;
} // namespace ops

// The first-run dialog (issue 17 item 6, rule in FirstRun.h): the language (Français / English: saved at once and
// announced by languageChosen, whose receiver installs the translators; the dialog retranslates on LanguageChange),
// then the embedded demo database or a company server (ServerProfileForm, "Test connection" on the background pool,
// the password kept in the keychain on Continue). Continue, Esc and the close button all end with chosen(): the
// settings then hold the language and the active profile, so the dialog never comes back. Esc and close choose the
// embedded demo. Opened with open(), never exec().
class FirstRunDialog : public QDialog
{
    Q_OBJECT
public:
    FirstRunDialog(ops::Settings &settings, ops::SecretStore &secrets, QThreadPool &pool, QWidget *parent = nullptr);
    ~FirstRunDialog() override;

    QString language() const; // "fr" | "en"
    void setLanguage(const QString &code); // as if picked in the list: saved, languageChosen emitted
    bool serverChosen() const;
    void chooseServer(bool server);
    void testConnection();
    bool isTesting() const { return m_testSeq != m_testShown; }
    bool isSaving() const { return m_saving; }
    void confirm(); // Continue

    ServerProfileForm *serverForm() const { return m_form; }
    MessageBanner *banner() const { return m_banner; }
    QPushButton *continueButton() const { return m_continue; }

    void reject() override; // Esc and the close button: the embedded demo

signals:
    void languageChosen(const QString &code);
    // Once: the profile to open, already written to the settings (a server's password is in the keychain).
    void chosen(const ops::db::ConnectionProfile &profile);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuildForm(); // after a language switch: the form's labels, with what was typed kept
    void updateChoice();
    void onTested(quint64 seq, const ops::Result<ops::OpenedDatabase> &result);
    void finish(const ops::db::ConnectionProfile &profile);

    ops::Settings &m_settings;
    ops::SecretStore &m_secrets;
    QThreadPool &m_pool;
    bool m_done = false;
    bool m_saving = false;
    quint64 m_testSeq = 0;
    quint64 m_testShown = 0;

    QLabel *m_title = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_question = nullptr;
    QRadioButton *m_demo = nullptr;
    QLabel *m_demoNote = nullptr;
    QRadioButton *m_server = nullptr;
    QWidget *m_serverBox = nullptr;
    QVBoxLayout *m_serverLayout = nullptr;
    ServerProfileForm *m_form = nullptr;
    QPushButton *m_test = nullptr;
    Spinner *m_spinner = nullptr;
    MessageBanner *m_banner = nullptr;
    QPushButton *m_continue = nullptr;
};
