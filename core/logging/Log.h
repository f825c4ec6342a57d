#pragma once

#include <memory>

#include <QString>

#include "core/common/Result.h"

// Light header: declarations only. To write log records, include "core/logging/Logger.h" (spdlog + the
// fmt::formatter for QString) in the .cpp file.
namespace spdlog {
class logger;
} // namespace spdlog

namespace ops::log {

using LoggerPtr = std::shared_ptr<spdlog::logger>;

struct Config
{
    QString dir; // empty: <AppLocalDataLocation>/logs
    QString fileName = QStringLiteral("ops.log");
    QString level; // trace|debug|info|warn|error|critical|off; empty: debug in debug builds, info otherwise
    qint64 maxFileBytes = 5 * 1024 * 1024;
    int maxFiles = 5; // ops.log plus ops.1.log .. ops.4.log
    bool console = defaultConsole(); // stderr sink
    bool installQtMessageHandler = true; // route qDebug/qWarning/qCritical into the "qt" logger

    static bool defaultConsole();
};

// Sets up the sinks. Until init() runs (tests, early start-up), records of level warn and above go to stderr.
// When the log folder cannot be written, logging continues on stderr and the error is returned.
Status init(const Config &config = {});
// Flushes and detaches the file sink; restores the previous Qt message handler.
void shutdown();
void flush();
Status setLevel(const QString &level);
QString level();
QString logFilePath(); // empty before init()
QString defaultDir();

// Named loggers (one per area). Cheap after the first call; safe from any thread.
LoggerPtr get(const char *name);
LoggerPtr app();
LoggerPtr db();
LoggerPtr net();
LoggerPtr ui();
LoggerPtr search();
LoggerPtr demo();
LoggerPtr keychain();
LoggerPtr embedded();
LoggerPtr settings();
LoggerPtr qt();

// Masking helpers. Every record passes maskRecord() (maskSecrets() then maskPersonalData()) before it reaches a sink,
// so masking never relies on the caller (Quebec Law 25); callers may still mask earlier for a nicer text.
//   password=…, pwd: '…', "token":"…", api_key=…       -> value replaced by ***
//   scheme://user:pass@host                              -> scheme://user:***@host
//   Authorization: Bearer …                              -> Authorization: Bearer ***
//   Bearer tokens, JWTs, sk_live_/rk_test_/whsec_ keys   -> ***
QString maskSecrets(const QString &text);
// Personal data in free text:
//   phone numbers (NANP with any layout, E.164)              -> maskPhone()
//   e-mail addresses                                          -> maskEmail()
//   GPS frames: lat/lon pairs with 3+ decimals, lat=/lon=...   -> •••
//   URL query values (https://h/p?to=x&n=2, /p?to=x)          -> ?to=***&n=***
//   message text fields (Body=, "TextPart":, "Subject": ...)  -> ***
QString maskPersonalData(const QString &text);
// What every log record goes through: maskPersonalData(maskSecrets(text)).
QString maskRecord(const QString &text);
// "(514) 555-0112" -> "(514) •••-••12"; keeps the country and area code and the last two digits, and the layout.
QString maskPhone(const QString &phone);
// "jean.tremblay@example.com" -> "j•••@example.com"
QString maskEmail(const QString &email);

} // namespace ops::log
