#include "core/net/RetryPolicy.h"

#include <algorithm>
#include <cmath>

#include <QByteArray>
#include <QDateTime>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimeZone>

#include "core/net/HttpResponse.h"
#include "core/net/Outcome.h"

namespace ops::net {

using std::chrono::milliseconds;

namespace {

constexpr qint64 kMaxRetryAfterSeconds = 366LL * 24 * 3600; // anything longer is nonsense; clamp before converting

int monthFromName(QStringView name)
{
    static const char *const months[] = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (int i = 0; i < 12; ++i) {
        if (name.compare(QLatin1StringView(months[i]), Qt::CaseInsensitive) == 0)
            return i + 1;
    }
    return 0;
}

std::optional<QDateTime> makeUtc(int year, int month, int day, int h, int m, int s)
{
    const QDate date(year, month, day);
    const QTime time(h, m, s);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, QTimeZone::utc());
}

} // namespace

RetryPolicy::RetryPolicy() = default;

RetryPolicy RetryPolicy::noRetry()
{
    RetryPolicy p;
    p.setMaxAttempts(1);
    return p;
}

RetryPolicy &RetryPolicy::setMaxAttempts(int attempts)
{
    m_maxAttempts = std::max(1, attempts);
    return *this;
}

RetryPolicy &RetryPolicy::setBaseDelay(milliseconds delay)
{
    m_baseDelay = std::max(milliseconds(0), delay);
    return *this;
}

RetryPolicy &RetryPolicy::setMaxDelay(milliseconds cap)
{
    m_maxDelay = std::max(milliseconds(0), cap);
    return *this;
}

RetryPolicy &RetryPolicy::setMaxRetryAfter(milliseconds cap)
{
    m_maxRetryAfter = std::max(milliseconds(0), cap);
    return *this;
}

RetryPolicy &RetryPolicy::setRng(Rng rng)
{
    m_rng = std::move(rng);
    return *this;
}

bool RetryPolicy::shouldRetry(Outcome outcome, const HttpRequest &request, int attemptsMade) const
{
    if (attemptsMade >= m_maxAttempts)
        return false;
    switch (outcome) {
    case Outcome::Retryable:
        return true;
    case Outcome::Ambiguous:
        return request.isIdempotent();
    case Outcome::Success:
    case Outcome::Permanent:
        break;
    }
    return false;
}

milliseconds RetryPolicy::backoffCeiling(int retry) const
{
    qint64 ceiling = m_baseDelay.count();
    for (int i = 1; i < retry && ceiling < m_maxDelay.count(); ++i)
        ceiling *= 2;
    return std::min(milliseconds(ceiling), m_maxDelay);
}

milliseconds RetryPolicy::backoff(int retry) const
{
    const qint64 ceiling = backoffCeiling(retry).count();
    double u = m_rng ? m_rng() : QRandomGenerator::global()->generateDouble();
    if (!(u >= 0.0)) // also NaN
        u = 0.0;
    u = std::min(u, 1.0);
    const auto jittered = static_cast<qint64>(std::floor(u * static_cast<double>(ceiling + 1)));
    return milliseconds(std::clamp<qint64>(jittered, 0, ceiling));
}

milliseconds RetryPolicy::delayBeforeRetry(int retry, const HttpResponse &last, const QDateTime &nowUtc) const
{
    const milliseconds jittered = backoff(retry);
    const QByteArray header = last.header(QByteArrayLiteral("Retry-After"));
    if (header.isEmpty())
        return jittered;
    const auto asked = parseRetryAfter(header, nowUtc);
    if (!asked)
        return jittered;
    return std::max(jittered, std::min(*asked, m_maxRetryAfter));
}

std::optional<milliseconds> RetryPolicy::parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    if (std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        const qint64 seconds = v.size() > 12 ? kMaxRetryAfterSeconds : std::min(v.toLongLong(), kMaxRetryAfterSeconds);
        return milliseconds(seconds * 1000);
    }
    const auto when = parseHttpDate(v);
    if (!when)
        return std::nullopt;
    return milliseconds(std::max<qint64>(0, nowUtc.msecsTo(*when)));
}

std::optional<QDateTime> RetryPolicy::parseHttpDate(const QByteArray &value)
{
    const QString s = QString::fromLatin1(value.trimmed());
    // IMF-fixdate: Sun, 06 Nov 1994 08:49:37 GMT
    static const QRegularExpression imf(
        QStringLiteral(R"(^[A-Za-z]{3}, (\d{2}) ([A-Za-z]{3}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$)"));
    // RFC 850 (obsolete): Sunday, 06-Nov-94 08:49:37 GMT
    static const QRegularExpression rfc850(
        QStringLiteral(R"(^[A-Za-z]+, (\d{2})-([A-Za-z]{3})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) GMT$)"));
    // asctime (obsolete): Sun Nov  6 08:49:37 1994
    static const QRegularExpression asctime(
        QStringLiteral(R"(^[A-Za-z]{3} ([A-Za-z]{3}) +(\d{1,2}) (\d{2}):(\d{2}):(\d{2}) (\d{4})$)"));

    auto m = imf.match(s);
    if (m.hasMatch()) {
        return makeUtc(m.captured(3).toInt(), monthFromName(m.capturedView(2)), m.captured(1).toInt(),
            m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    }
    m = rfc850.match(s);
    if (m.hasMatch()) {
        const int yy = m.captured(3).toInt();
        const int year = yy < 70 ? 2000 + yy : 1900 + yy;
        return makeUtc(year, monthFromName(m.capturedView(2)), m.captured(1).toInt(), m.captured(4).toInt(),
            m.captured(5).toInt(), m.captured(6).toInt());
    }
    m = asctime.match(s);
    if (m.hasMatch()) {
        return makeUtc(m.captured(6).toInt(), monthFromName(m.capturedView(1)), m.captured(2).toInt(),
            m.captured(3).toInt(), m.captured(4).toInt(), m.captured(5).toInt());
    }
    return std::nullopt;
}

} // namespace ops::net
