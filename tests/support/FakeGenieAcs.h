#pragma once

#include <memory>
#include <mutex>
#include <optional>

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QUrl>

#include "tests/support/FakeHttpServer.h"

namespace ops::test {

// One device as the fake GenieACS holds it (TR-098 document: firmware, GPON RX power, one SSID).
struct FakeCpe
{
    QString id; // _id
    QString serial;
    QDateTime lastInform; // invalid: never informed (no _lastInform)
    QString firmware = QStringLiteral("V5R020C10S115");
    std::optional<double> rxDbm = -18.52;
    QString ssid = QStringLiteral("TARGO-WiFi");
};

// GenieACS's GET /devices over FakeHttpServer: query {}, {"_lastInform":{"$gt":"ISO"}} or
// {"_deviceId._SerialNumber":"…"}, sort by _id, skip, limit,
// answered from a device list the test changes between calls. Other queries: 400. Thread-safe.
class FakeGenieAcs
{
public:
    FakeGenieAcs();
    bool start();
    QUrl url() const { return m_server.url(); }
    FakeHttpServer &server() { return m_server; }

    void setDevices(const QList<FakeCpe> &devices);
    void setLastInform(const QStringList &ids, const QDateTime &at); // ids empty: every device
    QStringList queries() const; // the query parameter of every /devices request, in order

    // Tasks (the CPE panel's actions). POST path (the literal path a client must send for deviceId's tasks) is
    // answered with the task status set (200: done; 202: queued, the task stays pending, with the fault set if any);
    // GET /tasks?query={"device":…} lists the pending tasks, POST /tasks/<id>/retry clears a fault, DELETE
    // /tasks/<id> removes the task.
    void acceptTasks(const QByteArray &path, const QString &deviceId);
    void setTaskAnswer(int status, const QString &faultCode = {}, const QString &faultMessage = {});
    void completePendingTasks(); // the device informed: every pending task without a fault ran
    int pendingTaskCount() const;

    static QByteArray deviceJson(const FakeCpe &d); // one device document (compact JSON)

private:
    FakeBehaviour answer(const ReceivedRequest &request);
    FakeBehaviour postTask(const ReceivedRequest &request, const QString &deviceId);
    FakeBehaviour listTasks(const ReceivedRequest &request);

    FakeHttpServer m_server;
    struct State
    {
        std::mutex mutex;
        QMap<QString, FakeCpe> devices; // by _id: sorted like sort={"_id":1}
        QStringList queries;
        int taskStatus = 200;
        QString faultCode, faultMessage;
        QList<QJsonObject> pending; // tasks queued on devices
        int nextTask = 1;
    };
    std::shared_ptr<State> m_state = std::make_shared<State>();
};

} // namespace ops::test
