#pragma once

#include <QDialog>

#include "core/common/Result.h"
#include "core/db/ConnectionProfile.h"
#include "core/session/DatabaseOpener.h"

class MessageBanner;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QThreadPool;
class ServerProfileForm;
class Spinner;

namespace ops {
class SecretStore;
class Settings;
} // namespace ops

// Connection settings: the embedded database (default) and server profiles. Passwords go only to the SecretStore.
// "Test connection" opens the database on the background pool (no migration) and shows what it found; "Use this
// profile" asks Bootstrap to switch without restarting. Opened with open(), never exec().
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    // active: the profile in use (an embedded one may point at a --embedded folder).
    ConnectionDialog(ops::Settings &settings, ops::SecretStore &secrets, QThreadPool &pool,
        const ops::db::ConnectionProfile &active, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    ops::db::ConnectionProfile currentProfile() const;
    void selectProfile(const QString &id);
    void addServerProfile();
    void testConnection();
    bool isTesting() const { return m_testSeq != m_testShown; }
    MessageBanner *banner() const { return m_banner; }
    QListWidget *profileList() const { return m_list; }
    ServerProfileForm *serverForm() const { return m_form; }

signals:
    void profileActivated(const ops::db::ConnectionProfile &profile);

private:
    void reloadList(const QString &selectId);
    void onCurrentRowChanged(int row);
    bool saveCurrent(); // false when invalid
    void removeCurrent();
    void useCurrent();
    void runTest(const ops::db::ConnectionProfile &profile, const QString &password);
    void onTested(const ops::Result<ops::OpenedDatabase> &result);
    void setDirty(bool dirty);
    QWidget *buildEmbeddedPage();
    QWidget *buildLanguageBox();

    ops::Settings &m_settings;
    ops::SecretStore &m_secrets;
    QThreadPool &m_pool;
    ops::db::ConnectionProfile m_active;
    QString m_activeId;
    QList<ops::db::ConnectionProfile> m_profiles;
    bool m_dirty = false;
    quint64 m_testSeq = 0;
    quint64 m_testShown = 0;

    QListWidget *m_list = nullptr;
    QPushButton *m_remove = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_embeddedDir = nullptr;
    ServerProfileForm *m_form = nullptr;
    MessageBanner *m_banner = nullptr;
    Spinner *m_spinner = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_use = nullptr;
    QComboBox *m_language = nullptr;
};
