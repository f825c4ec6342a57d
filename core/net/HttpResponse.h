#pragma once

#include <QByteArray>
#include <QMetaType>

#include "core/net/HttpRequest.h"

namespace ops::net {

// The provider's answer. Only successful (2xx) answers reach callers as values; every other answer is turned into
// an Error (see Outcome.h) that keeps the status code and the response text.
struct HttpResponse
{
    int status = 0; // 0: no HTTP answer
    QByteArray reason;
    RawHeaders headers;
    QByteArray body;
    qint64 elapsedMs = 0; // of the last attempt, from sending to the end of the answer
    int attempts = 0; // attempts made for this request (1 = no retry)

    QByteArray header(const QByteArray &name) const { return findHeader(headers, name); }
    bool isSuccess() const { return status >= 200 && status < 300; }
    bool declaresJson() const; // Content-Type application/json or */*+json
};

} // namespace ops::net

Q_DECLARE_METATYPE(ops::net::HttpResponse)
