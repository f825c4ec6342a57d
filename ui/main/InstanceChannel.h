#pragma once

#include <optional>

#include <QObject>
#include <QString>

class QLocalServer;

// Strict parsing of targo:// links. Only targo://customer/<CODE> is accepted, CODE being CUST- and 5 to 8 digits
// (case-insensitive; returned upper-case). Anything else — other hosts, extra path segments, queries, fragments,
// user info, ports, control characters, over-long text — is refused.
namespace TargoLink {
constexpr int kMaxLength = 256;
std::optional<QString> customerCode(const QString &link);
} // namespace TargoLink

// The single-instance channel of targo-ops: the first process listens on a per-user local socket; a later process
// hands its link over (send()) and exits without opening a database. One message per connection: UTF-8 text
// ending in '\n' (at most kMaxMessage bytes), answered with "ok\n" once delivered.
class InstanceChannel : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxMessage = 4096;

    explicit InstanceChannel(const QString &name, QObject *parent = nullptr);
    ~InstanceChannel() override;

    // "targo-ops-<hash of the user name and the settings file path>": one channel per user and settings file. On Unix
    // a full path in privateFolder(), never directly in /tmp.
    static QString defaultName(const QString &settingsPath);
#ifdef Q_OS_UNIX
    // $XDG_RUNTIME_DIR when it is a private folder of ours (checked with lstat); else <tmp>/targo-ops-<uid>, created
    // 0700 or verified (ours, 0700, not a link); else a fresh mkdtemp folder.
    static QString privateFolder();
#endif

    // Starts listening. A socket left behind by a crashed instance (nobody answers on it) is removed first; when a
    // live instance holds the name, returns false (error: "in use").
    bool listen(QString *error = nullptr);
    bool isListening() const;
    QString name() const
    {
        return m_name;
    }

    // Client side: delivers message to the instance listening on name. True once that instance acknowledged it.
    // Blocks up to timeoutMs (call it before the event loop runs, as main() does).
    static bool send(const QString &name, const QString &message, int timeoutMs = 2000);

signals:
    void messageReceived(const QString &message);

private:
    void onNewConnection();

    QString m_name;
    QLocalServer *m_server = nullptr;
};
