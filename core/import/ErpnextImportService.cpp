#include "core/import/ErpnextImportService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QPromise>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include "core/db/PgConnection.h"
#include "core/import/ErpnextImporter.h"
#include "core/import/ErpnextSourceRepository.h"
#include "core/import/ImportMapping.h"
#include "core/import/ImportRunStatusRepository.h"
#include "core/logging/Logger.h"
#include "core/session/Capabilities.h"

using namespace Qt::Literals::StringLiterals;

namespace ops::import {

namespace {

constexpr int kProgressIntervalMs = 100; // at most 10 row updates a second
constexpr int kJoinMs = 5000; // the longest the destructor waits for a cancelled import

} // namespace

// What the worker and the GUI-thread object share: the cancel flag, our connection while a job uses it (to cancel its
// statement in flight), the object to deliver to (null once it is gone), and the pool left behind by a destructor
// that could not wait for the job.
struct ErpnextImportService::Shared
{
    std::atomic<bool> cancel{false};
    QMutex mutex;
    db::PgConnection *connection = nullptr;
    ErpnextImportService *owner = nullptr;
    bool jobRunning = false;
    QThreadPool *orphanPool = nullptr;

    void post(std::function<void()> fn)
    {
        QMutexLocker lock(&mutex);
        if (owner)
            QMetaObject::invokeMethod(owner, std::move(fn), Qt::QueuedConnection);
    }
    void setConnection(db::PgConnection *c)
    {
        QMutexLocker lock(&mutex);
        connection = c;
    }
    void cancelStatement()
    {
        QMutexLocker lock(&mutex);
        if (connection)
            connection->requestCancel();
    }
    void jobEnded()
    {
        QThreadPool *orphan = nullptr;
        {
            QMutexLocker lock(&mutex);
            jobRunning = false;
            orphan = std::exchange(orphanPool, nullptr);
        }
        if (orphan && QCoreApplication::instance()) {
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [orphan] {
                    orphan->waitForDone();
                    delete orphan;
                },
                Qt::QueuedConnection);
        }
    }
};

QString ErpnextSource::conninfo() const
{
    return u"host=%1 port=%2 dbname=%3 user=%4 password=%5 connect_timeout=10 application_name=targo-ops-import"_s
        .arg(db::quoteConninfoValue(host.trimmed()))
        .arg(port)
        .arg(db::quoteConninfoValue(database.trimmed()), db::quoteConninfoValue(user.trimmed()),
            db::quoteConninfoValue(password));
}

QString ErpnextSource::validationError() const
{
    if (host.trimmed().isEmpty())
        return QCoreApplication::translate("ops::import", "Enter the host of the ERPNext database server.");
    if (port < 1 || port > 65535)
        return QCoreApplication::translate("ops::import", "The port must be between 1 and 65535.");
    if (database.trimmed().isEmpty())
        return QCoreApplication::translate("ops::import", "Enter the name of the ERPNext database.");
    if (user.trimmed().isEmpty())
        return QCoreApplication::translate("ops::import", "Enter the user that reads the ERPNext database.");
    return {};
}

QString entityLabel(const QString &entity)
{
    static const QHash<QString, const char *> labels = {
        {u"customer"_s, QT_TRANSLATE_NOOP("ops::import", "Customers")},
        {u"item"_s, QT_TRANSLATE_NOOP("ops::import", "Plans and products")},
        {u"location"_s, QT_TRANSLATE_NOOP("ops::import", "Service locations")},
        {u"equipment"_s, QT_TRANSLATE_NOOP("ops::import", "Equipment")},
        {u"subscription"_s, QT_TRANSLATE_NOOP("ops::import", "Subscriptions")},
        {u"invoice"_s, QT_TRANSLATE_NOOP("ops::import", "Invoices")},
        {u"payment"_s, QT_TRANSLATE_NOOP("ops::import", "Payments")},
        {u"ticket"_s, QT_TRANSLATE_NOOP("ops::import", "Tickets")},
        {u"message"_s, QT_TRANSLATE_NOOP("ops::import", "Messages")},
    };
    const auto it = labels.constFind(entity);
    return it == labels.constEnd() ? entity : QCoreApplication::translate("ops::import", it.value());
}

ErpnextImportService::ErpnextImportService(const QString &ourConninfo, QObject *parent)
    : QObject(parent)
    , m_ours(ourConninfo)
    , m_pool(new QThreadPool)
    , m_shared(std::make_shared<Shared>())
{
    m_pool->setObjectName(u"erpnext-import"_s);
    m_pool->setMaxThreadCount(1);
    m_shared->owner = this;
}

ErpnextImportService::~ErpnextImportService()
{
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->owner = nullptr; // nothing is delivered any more
    }
    m_shared->cancel = true;
    m_shared->cancelStatement();
    if (m_pool->waitForDone(kJoinMs)) {
        delete m_pool;
        return;
    }
    // The job did not stop in time (a statement the server does not interrupt): it finishes on its own and deletes
    // the pool on the application's thread; its results go nowhere.
    log::db()->warn("the ERPNext import did not stop within {} ms; it finishes in the background", kJoinMs);
    QMutexLocker lock(&m_shared->mutex);
    if (m_shared->jobRunning)
        m_shared->orphanPool = m_pool;
    else
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [p = m_pool] {
                p->waitForDone();
                delete p;
            },
            Qt::QueuedConnection);
}

bool ErpnextImportService::allowedFor(const Capabilities &caps)
{
    return caps.known && (caps.superuser || caps.group == QLatin1String("admin"));
}

void ErpnextImportService::deliver(std::function<void()> onGuiThread)
{
    m_shared->post(std::move(onGuiThread));
}

bool ErpnextImportService::start(const ImportRequest &request)
{
    if (m_running)
        return false;
    m_running = true;
    m_shared->cancel = false;
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->jobRunning = true;
    }
    const QString ours = m_ours;
    std::shared_ptr<Shared> shared = m_shared;
    m_pool->start([ours, request, shared] {
        // Everything the job reports goes to the GUI thread through shared->post.
        auto fail = [shared](const QString &message, bool cancelled) {
            shared->post([message, cancelled, s = shared.get()] {
                if (s->owner) {
                    s->owner->m_running = false;
                    emit s->owner->failed(message, cancelled);
                }
            });
        };
        auto c = db::PgConnection::open(ours);
        if (!c.ok()) {
            fail(QCoreApplication::translate("ops::import", "Cannot open the Targo Ops database for the import: %1")
                     .arg(c.error().userMessage),
                false);
            shared->jobEnded();
            return;
        }
        shared->setConnection(c.value().get());
        ImportOptions o;
        o.sourceConninfo = request.source.conninfo();
        o.mappingFile = request.mappingFile;
        o.dryRun = request.dryRun;
        o.oursConninfo = ours; // a second writer: two entities at once (the importer serialises the progress calls)
        o.cancel = &shared->cancel;
        QElapsedTimer clock;
        clock.start();
        qint64 lastMs = -kProgressIntervalMs;
        QString lastStage;
        QString lastEntity;
        o.progress = [&](const QString &stage, const QString &entity, qint64 rows) {
            const bool moved = stage != lastStage || entity != lastEntity;
            if (!moved && clock.elapsed() - lastMs < kProgressIntervalMs)
                return;
            lastMs = clock.elapsed();
            lastStage = stage;
            lastEntity = entity;
            shared->post([stage, entity, rows, s = shared.get()] {
                if (s->owner)
                    emit s->owner->progress(stage, entity, rows);
            });
        };
        auto report = runErpnextImport(*c.value(), o);
        const bool cancelled = shared->cancel.load() || (!report.ok() && report.error().kind == Error::Kind::Cancelled);
        if (report.ok()) {
            shared->post([r = report.value(), s = shared.get()] {
                if (s->owner) {
                    s->owner->m_running = false;
                    emit s->owner->finished(r);
                }
            });
        } else if (cancelled && request.dryRun) {
            fail(QCoreApplication::translate("ops::import", "The dry run was cancelled: nothing was written."), true);
        } else {
            // What stays: the entities the run committed (the next import from this source continues after them).
            QString message = cancelled ? QCoreApplication::translate("ops::import", "The import was cancelled.")
                                        : report.error().userMessage;
            if (!request.dryRun) {
                shared->setConnection(nullptr);
                auto runs = ImportRunStatusRepository(*c.value()).latest(db::maskConninfo(o.sourceConninfo));
                QStringList kept;
                if (runs.ok() && runs.value() && runs.value()->status != QLatin1String("done")) {
                    for (const QString &e : runs.value()->doneEntities)
                        kept << entityLabel(e);
                }
                if (!runs.ok())
                    log::db()->warn("import run status: {}", runs.error().detail);
                message += u"\n"_s
                    + (kept.isEmpty() ? QCoreApplication::translate(
                           "ops::import", "Nothing was kept: no entity had been committed.")
                                      : QCoreApplication::translate("ops::import",
                                          "Kept: %1. The entity in progress was rolled back; the next import from this "
                                          "source continues after the ones kept.")
                                            .arg(QLocale().createSeparatedList(kept)));
            }
            if (!report.ok() && !report.error().detail.isEmpty())
                log::db()->warn("ERPNext import failed: {}", report.error().detail);
            fail(message, cancelled);
        }
        shared->setConnection(nullptr);
        shared->jobEnded();
    });
    return true;
}

void ErpnextImportService::cancel()
{
    if (m_running)
        m_shared->cancel = true;
}

QFuture<Result<QString>> ErpnextImportService::testConnection(const ErpnextSource &source, const QString &mappingFile)
{
    return QtConcurrent::run(m_pool, [source, mappingFile]() -> Result<QString> {
        auto map = ImportMapping::load(mappingFile);
        if (!map.ok())
            return map.error();
        auto c = db::PgConnection::open(source.conninfo());
        if (!c.ok()) {
            Error e = c.error();
            e.userMessage =
                QCoreApplication::translate("ops::import", "Cannot reach the ERPNext database: %1").arg(e.userMessage);
            return e;
        }
        ErpnextSourceRepository site(*c.value(), map.value());
        if (Status st = site.begin(); !st.ok())
            return st.error();
        auto check = site.check();
        if (!check.ok())
            return check.error();
        if (!check.value().problems.isEmpty()) {
            return Error::make(Error::Kind::Validation,
                QCoreApplication::translate(
                    "ops::import", "Connected, but the ERPNext database does not match the mapping:\n%1")
                    .arg(check.value().problems.join(u'\n')));
        }
        QString text =
            QCoreApplication::translate("ops::import", "Connected to %1 as %2: the database matches the mapping.")
                .arg(source.database.trimmed(), source.user.trimmed());
        if (!check.value().skippedDoctypes.isEmpty()) {
            text += u' '
                + QCoreApplication::translate("ops::import", "Not on this site (skipped): %1.")
                      .arg(QLocale().createSeparatedList(check.value().skippedDoctypes));
        }
        return text;
    });
}

} // namespace ops::import
