#pragma once

#include <functional>

#include <QList>
#include <QSslCertificate>

#include "core/net/Outcome.h"

class QNetworkAccessManager;

namespace ops::net {

// One attempt on the wire (internal to NetExecutor). Runs a local event loop: call it on a NetExecutor pool thread
// only, with a QNetworkAccessManager created in that thread. cancelled() is polled every 50 ms; when it turns true
// the reply is aborted and the result's transport is Cancelled. An answer longer than maxBodyBytes (announced by
// Content-Length, or counted as it arrives) is aborted as it comes, never buffered whole: transport TooLarge.
AttemptResult performAttempt(QNetworkAccessManager &nam, const HttpRequest &request, const QUrl &url, int timeoutMs,
    const QList<QSslCertificate> &extraCaCertificates, qint64 maxBodyBytes, const std::function<bool()> &cancelled);

} // namespace ops::net
