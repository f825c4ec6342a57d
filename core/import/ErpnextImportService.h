#pragma once

#include <memory>

#include <QFuture>
#include <QObject>
#include <QString>

#include "core/common/Result.h"
#include "core/import/ImportTypes.h"

class QThreadPool;

namespace ops {
struct Capabilities;
}

namespace ops::import {

// The ERPNext site's database as a person types it (File > Import from ERPNext…). The password lives in memory only
// (the keychain keeps it under kPasswordKey); the other fields in the settings (Integrations/erpnext/...).
struct ErpnextSource
{
    static constexpr const char *kPasswordKey = "import/erpnext/password";

    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString password;

    // Keyword-form conninfo (values quoted), with a 10 s connect timeout.
    QString conninfo() const;
    // Empty when usable, else a translated reason (nothing is tried then).
    QString validationError() const;
    bool operator==(const ErpnextSource &) const = default;
};

// An entity's name for people ("customer" → "Customers"); an unknown one as it is.
QString entityLabel(const QString &entity);

struct ImportRequest
{
    ErpnextSource source;
    QString mappingFile; // empty: the mapping shipped with the application
    bool dryRun = true;
};

// Runs runErpnextImport off the GUI thread (issue 16, item 6): on its own one-thread pool (an import takes minutes:
// never the global pool nor the session's DB executor) with its own connection to our database (the session's
// conninfo: the same role, which must be an admin to write import_runs). Lives on the GUI thread; every signal is
// emitted there. progress is throttled (rows at most 10 times a second; a new stage or entity always goes through).
// Destroying it while an import runs cancels it (the flag, and the statement in flight on our connection) and waits
// at most a few seconds; a job still running then finishes on its own and its results are dropped.
class ErpnextImportService : public QObject
{
    Q_OBJECT
public:
    explicit ErpnextImportService(const QString &ourConninfo, QObject *parent = nullptr);
    ~ErpnextImportService() override;

    // Who may import: admins (and the database's superuser): the roles that may write import_runs (migration 0034).
    static bool allowedFor(const Capabilities &caps);

    bool isRunning() const { return m_running; }
    // Starts the import; false (nothing started) while another one runs. Ends with finished() or failed().
    bool start(const ImportRequest &request);
    // Asks the running import to stop between two batches: the entity in progress is rolled back, the committed ones
    // stay (the next import from the same source continues after them). failed(…, true) follows.
    void cancel();

    // Connects to the site and checks it against the mapping (nothing written): a translated summary, or the error.
    // Runs on the service's thread (after an import in progress, if any).
    QFuture<Result<QString>> testConnection(const ErpnextSource &source, const QString &mappingFile);

signals:
    // stage: check | read | write | reconcile; entity empty outside the entity phases; rows read so far.
    void progress(const QString &stage, const QString &entity, qint64 rows);
    void finished(const ops::import::ImportReport &report);
    // A translated message; cancelled: the person asked for it (the message says what was kept).
    void failed(const QString &message, bool cancelled);

private:
    struct Shared;
    void deliver(std::function<void()> onGuiThread);

    QString m_ours;
    QThreadPool *m_pool = nullptr;
    std::shared_ptr<Shared> m_shared;
    bool m_running = false;
};

} // namespace ops::import
