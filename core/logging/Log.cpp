#include "core/logging/Log.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QtGlobal>

#include <spdlog/details/log_msg.h>
#include <spdlog/sinks/dist_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include "core/logging/Logger.h"

namespace ops::log {

namespace {

constexpr auto kPattern = "[%Y-%m-%d %H:%M:%S.%e] [%n] [%l] [t%t] %v";

// Front sink shared by every logger: masks secrets, then fans out to the configured sinks.
class MaskingSink final : public spdlog::sinks::sink
{
public:
    MaskingSink()
        : m_dist(std::make_shared<spdlog::sinks::dist_sink_mt>())
    {}

    void log(const spdlog::details::log_msg &msg) override
    {
        const QString original = QString::fromUtf8(msg.payload.data(), static_cast<qsizetype>(msg.payload.size()));
        const QString masked = maskRecord(original);
        if (masked == original) {
            m_dist->log(msg);
            return;
        }
        const QByteArray utf8 = masked.toUtf8();
        spdlog::details::log_msg copy = msg;
        copy.payload = spdlog::string_view_t(utf8.constData(), static_cast<size_t>(utf8.size()));
        m_dist->log(copy);
    }
    void flush() override { m_dist->flush(); }
    void set_pattern(const std::string &pattern) override { m_dist->set_pattern(pattern); }
    void set_formatter(std::unique_ptr<spdlog::formatter> f) override { m_dist->set_formatter(std::move(f)); }

    void setSinks(std::vector<spdlog::sink_ptr> sinks) { m_dist->set_sinks(std::move(sinks)); }

private:
    std::shared_ptr<spdlog::sinks::dist_sink_mt> m_dist;
};

struct State
{
    std::mutex mutex;
    std::shared_ptr<MaskingSink> front = std::make_shared<MaskingSink>();
    spdlog::sink_ptr console;
    spdlog::sink_ptr file;
    std::vector<spdlog::sink_ptr> extra;
    std::map<std::string, LoggerPtr> loggers;
    spdlog::level::level_enum level = spdlog::level::info;
    QString filePath;
    QtMessageHandler previousHandler = nullptr;
    bool handlerInstalled = false;

    State()
    {
#ifndef NDEBUG
        level = spdlog::level::debug;
#endif
        // Before init(): warnings and errors on stderr only.
        console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        console->set_pattern(kPattern);
        console->set_level(spdlog::level::warn);
        front->setSinks({console});
    }

    void applySinks()
    {
        std::vector<spdlog::sink_ptr> sinks;
        if (file)
            sinks.push_back(file);
        if (console)
            sinks.push_back(console);
        sinks.insert(sinks.end(), extra.begin(), extra.end());
        front->setSinks(std::move(sinks));
    }
};

State &state()
{
    static State s;
    return s;
}

const QStringList &levelNames()
{
    static const QStringList names{QStringLiteral("trace"), QStringLiteral("debug"), QStringLiteral("info"),
        QStringLiteral("warn"), QStringLiteral("error"), QStringLiteral("critical"), QStringLiteral("off")};
    return names;
}

std::optional<spdlog::level::level_enum> parseLevel(const QString &text)
{
    QString t = text.trimmed().toLower();
    if (t == QLatin1String("warning"))
        t = QStringLiteral("warn");
    const auto i = levelNames().indexOf(t);
    if (i < 0)
        return std::nullopt;
    return static_cast<spdlog::level::level_enum>(i); // same order as spdlog::level::level_enum
}

void qtMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    spdlog::level::level_enum lvl = spdlog::level::info;
    switch (type) {
    case QtDebugMsg:
        lvl = spdlog::level::debug;
        break;
    case QtInfoMsg:
        lvl = spdlog::level::info;
        break;
    case QtWarningMsg:
        lvl = spdlog::level::warn;
        break;
    case QtCriticalMsg:
        lvl = spdlog::level::err;
        break;
    case QtFatalMsg:
        lvl = spdlog::level::critical;
        break;
    }
    const auto logger = qt();
    if (context.category && qstrcmp(context.category, "default") != 0)
        logger->log(lvl, "[{}] {}", context.category, message);
    else
        logger->log(lvl, "{}", message);
    if (type == QtFatalMsg)
        logger->flush(); // Qt aborts after the handler returns
}

template <typename Fn> QString replaceAll(const QString &text, const QRegularExpression &re, Fn &&fn)
{
    QString out;
    qsizetype last = 0;
    auto it = re.globalMatch(text);
    if (!it.hasNext())
        return text;
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart(0) - last);
        out += fn(m);
        last = m.capturedEnd(0);
    }
    out += QStringView(text).mid(last);
    return out;
}

bool mayContainSecret(const QString &text)
{
    static const char *const triggers[] = {
        "pass", "pwd", "secret", "token", "key", "auth", "bearer", "://", "eyj", "sk_", "rk_", "pk_", "whsec_"};
    for (const char *t : triggers) {
        if (text.contains(QLatin1String(t), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

constexpr QChar kDot(0x2022); // •

} // namespace

bool Config::defaultConsole()
{
#ifdef NDEBUG
    return qEnvironmentVariableIntValue("OPS_LOG_STDERR") != 0;
#else
    return true;
#endif
}

QString defaultDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/logs");
}

Status init(const Config &config)
{
    State &s = state();
    std::lock_guard lock(s.mutex);

    Status result = success();
    if (!config.level.isEmpty()) {
        if (const auto lvl = parseLevel(config.level))
            s.level = *lvl;
        else
            result = Error::make(Error::Kind::Validation,
                QCoreApplication::translate("ops::log", "Unknown log level \"%1\".").arg(config.level));
    }

    const QString dir = config.dir.isEmpty() ? defaultDir() : config.dir;
    const QString path = dir + QLatin1Char('/') + config.fileName;
    s.file.reset();
    s.filePath.clear();
    if (!QDir().mkpath(dir)) {
        result = Error::make(Error::Kind::Unavailable,
            QCoreApplication::translate("ops::log", "The log folder %1 cannot be created.").arg(dir));
    } else {
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        try {
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(QFile::encodeName(path).toStdString(),
                static_cast<size_t>(std::max<qint64>(config.maxFileBytes, 1024)),
                static_cast<size_t>(std::max(config.maxFiles - 1, 0)));
            file->set_pattern(kPattern);
            file->set_level(spdlog::level::trace);
            s.file = std::move(file);
            s.filePath = path;
        } catch (const std::exception &e) {
            result = Error::make(Error::Kind::Unavailable,
                QCoreApplication::translate("ops::log", "The log file %1 cannot be written.").arg(path),
                QString::fromLocal8Bit(e.what()));
        }
    }

    if (config.console || !s.file) {
        if (!s.console) {
            s.console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
            s.console->set_pattern(kPattern);
        }
        s.console->set_level(spdlog::level::trace);
    } else {
        s.console.reset();
    }
    s.applySinks();

    for (auto &[name, logger] : s.loggers)
        logger->set_level(s.level);

    if (config.installQtMessageHandler && !s.handlerInstalled) {
        s.previousHandler = qInstallMessageHandler(qtMessageHandler);
        s.handlerInstalled = true;
    }
    spdlog::flush_every(std::chrono::seconds(2));
    return result;
}

void shutdown()
{
    State &s = state();
    spdlog::flush_every(std::chrono::seconds(0)); // stops the flusher thread
    std::lock_guard lock(s.mutex);
    if (s.handlerInstalled) {
        qInstallMessageHandler(s.previousHandler);
        s.previousHandler = nullptr;
        s.handlerInstalled = false;
    }
    for (auto &[name, logger] : s.loggers)
        logger->flush();
    s.file.reset();
    s.filePath.clear();
    if (!s.console) {
        s.console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        s.console->set_pattern(kPattern);
    }
    s.console->set_level(spdlog::level::warn);
    s.applySinks();
}

void flush()
{
    State &s = state();
    std::lock_guard lock(s.mutex);
    for (auto &[name, logger] : s.loggers)
        logger->flush();
}

Status setLevel(const QString &levelName)
{
    const auto lvl = parseLevel(levelName);
    if (!lvl) {
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate("ops::log", "Unknown log level \"%1\".").arg(levelName));
    }
    State &s = state();
    std::lock_guard lock(s.mutex);
    s.level = *lvl;
    for (auto &[name, logger] : s.loggers)
        logger->set_level(s.level);
    return success();
}

QString level()
{
    State &s = state();
    std::lock_guard lock(s.mutex);
    return levelNames().value(static_cast<int>(s.level));
}

QString logFilePath()
{
    State &s = state();
    std::lock_guard lock(s.mutex);
    return s.filePath;
}

void addSink(std::shared_ptr<spdlog::sinks::sink> sink)
{
    State &s = state();
    std::lock_guard lock(s.mutex);
    s.extra.push_back(std::move(sink));
    s.applySinks();
}

void removeSink(const std::shared_ptr<spdlog::sinks::sink> &sink)
{
    State &s = state();
    std::lock_guard lock(s.mutex);
    s.extra.erase(std::remove(s.extra.begin(), s.extra.end(), sink), s.extra.end());
    s.applySinks();
}

LoggerPtr get(const char *name)
{
    State &s = state();
    std::lock_guard lock(s.mutex);
    const std::string key(name);
    if (auto it = s.loggers.find(key); it != s.loggers.end())
        return it->second;
    auto logger = std::make_shared<spdlog::logger>(key, s.front);
    logger->set_level(s.level);
    logger->flush_on(spdlog::level::warn);
    if (!spdlog::get(key))
        spdlog::register_logger(logger); // so spdlog::flush_every reaches it
    s.loggers.emplace(key, logger);
    return logger;
}

// clang-format off
LoggerPtr app()      { static const LoggerPtr l = get("app");      return l; }
LoggerPtr db()       { static const LoggerPtr l = get("db");       return l; }
LoggerPtr net()      { static const LoggerPtr l = get("net");      return l; }
LoggerPtr ui()       { static const LoggerPtr l = get("ui");       return l; }
LoggerPtr search()   { static const LoggerPtr l = get("search");   return l; }
LoggerPtr demo()     { static const LoggerPtr l = get("demo");     return l; }
LoggerPtr keychain() { static const LoggerPtr l = get("keychain"); return l; }
LoggerPtr embedded() { static const LoggerPtr l = get("embedded"); return l; }
LoggerPtr settings() { static const LoggerPtr l = get("settings"); return l; }
LoggerPtr qt()       { static const LoggerPtr l = get("qt");       return l; }
// clang-format on

QString maskSecrets(const QString &text)
{
    if (text.isEmpty() || !mayContainSecret(text))
        return text;

    // scheme://user:password@host
    static const QRegularExpression uri(
        QStringLiteral(R"(\b([A-Za-z][A-Za-z0-9+.\-]*://)([^\s/?#@:]*):([^\s/?#@]*)@)"));
    // Authorization: Bearer xyz / "Authorization": "Basic xyz"
    static const QRegularExpression authorization(
        QStringLiteral(
            R"((\b(?:proxy-)?authorization["']?\s*[:=]\s*["']?)(?:(basic|bearer|digest|token|negotiate|ntlm)\s+)?([^\s"',;]+))"),
        QRegularExpression::CaseInsensitiveOption);
    // Bearer xyz anywhere else
    static const QRegularExpression bearer(
        QStringLiteral(R"(\b(bearer\s+)[A-Za-z0-9._~+/=\-]{6,})"), QRegularExpression::CaseInsensitiveOption);
    // password=..., pwd: '...', "client_secret": "...", api-key=..., ?access_token=...
    static const QRegularExpression keyValue(
        QStringLiteral(
            R"((?<![A-Za-z0-9_])([A-Za-z0-9_\-]*?(?:password|passwd|passphrase|pwd|secret|token|api[_\-]?key|auth[_\-]?key|access[_\-]?key|private[_\-]?key))\b(["']?\s*[:=]\s*)("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[^\s&;,"'}\]]+))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression jwt(
        QStringLiteral(R"(\beyJ[A-Za-z0-9_\-]{4,}\.[A-Za-z0-9_\-]{4,}\.[A-Za-z0-9_\-]*)"));
    static const QRegularExpression apiKey(QStringLiteral(R"(\b((?:sk|rk|pk)_(?:live|test)_|whsec_)[A-Za-z0-9]{6,})"));

    const QString stars = QStringLiteral("***");
    QString out = replaceAll(text, uri, [&](const QRegularExpressionMatch &m) -> QString {
        return m.captured(1) + m.captured(2) + QLatin1Char(':') + stars + QLatin1Char('@');
    });
    out = replaceAll(out, authorization, [&](const QRegularExpressionMatch &m) -> QString {
        const QString scheme = m.captured(2);
        return m.captured(1) + (scheme.isEmpty() ? QString() : scheme + QLatin1Char(' ')) + stars;
    });
    out = replaceAll(out, bearer, [&](const QRegularExpressionMatch &m) -> QString { return m.captured(1) + stars; });
    out = replaceAll(out, keyValue, [&](const QRegularExpressionMatch &m) -> QString {
        const QString value = m.captured(3);
        const QChar first = value.isEmpty() ? QChar() : value.front();
        const bool quoted = first == QLatin1Char('"') || first == QLatin1Char('\'');
        return m.captured(1) + m.captured(2) + (quoted ? first + stars + first : stars);
    });
    out = replaceAll(out, jwt, [&](const QRegularExpressionMatch &) -> QString { return stars; });
    out = replaceAll(out, apiKey, [&](const QRegularExpressionMatch &m) -> QString { return m.captured(1) + stars; });
    return out;
}

QString maskPersonalData(const QString &text)
{
    if (text.isEmpty())
        return text;
    const QString stars = QStringLiteral("***");
    const QString dots(3, kDot);
    QString out = text;

    // Message text (SMS Body, Mailjet TextPart/HTMLPart/Subject), as JSON, form or key=value.
    static const QRegularExpression content(
        QStringLiteral(
            R"((["']?(?<![A-Za-z0-9_\-])(?:body|textpart|htmlpart|text-part|html-part|subject)["']?\s*[:=]\s*)("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[^\s&;,"'}\]]+))"),
        QRegularExpression::CaseInsensitiveOption);
    out = replaceAll(out, content, [&](const QRegularExpressionMatch &m) -> QString {
        const QString value = m.captured(2);
        const QChar first = value.isEmpty() ? QChar() : value.front();
        const bool quoted = first == QLatin1Char('"') || first == QLatin1Char('\'');
        return m.captured(1) + (quoted ? first + stars + first : stars);
    });

    // URL query values: scheme://host/path?k=v&k2=v2 and /path?k=v.
    if (out.contains(QLatin1Char('?'))) {
        static const QRegularExpression query(
            QStringLiteral(R"(((?:\b[A-Za-z][A-Za-z0-9+.\-]*://|(?<![\w/])/)[^\s?#"'<>]*\?)([^\s#"'<>]+))"));
        out = replaceAll(out, query, [&](const QRegularExpressionMatch &m) -> QString {
            QStringList items = m.captured(2).split(QLatin1Char('&'));
            for (QString &item : items) {
                const qsizetype eq = item.indexOf(QLatin1Char('='));
                if (eq >= 0)
                    item = item.left(eq + 1) + stars;
                else if (!item.isEmpty())
                    item = stars;
            }
            return m.captured(1) + items.join(QLatin1Char('&'));
        });
    }

    if (out.contains(QLatin1Char('@'))) {
        static const QRegularExpression email(QStringLiteral(R"([\w.%+\-]+@[\w\-]+(?:\.[\w\-]+)*\.[A-Za-z]{2,})"),
            QRegularExpression::UseUnicodePropertiesOption);
        out = replaceAll(
            out, email, [](const QRegularExpressionMatch &m) -> QString { return maskEmail(m.captured(0)); });
    }

    bool digits = false;
    for (const QChar c : std::as_const(out)) {
        if (c.isDigit()) {
            digits = true;
            break;
        }
    }
    if (!digits)
        return out;

    // GPS: "lat": 45.5, lon=-73.5 ... and bare pairs "45.50171, -73.56725".
    static const QRegularExpression keyedCoordinate(
        QStringLiteral(
            R"((["']?(?<![A-Za-z0-9_])(?:lat|latitude|lon|lng|long|longitude)["']?\s*[:=]\s*)-?\d{1,3}(?:\.\d+)?)"),
        QRegularExpression::CaseInsensitiveOption);
    out = replaceAll(
        out, keyedCoordinate, [&](const QRegularExpressionMatch &m) -> QString { return m.captured(1) + dots; });
    static const QRegularExpression pair(
        QStringLiteral(R"((?<![\w.])-?\d{1,3}\.\d{3,}(\s*[,;/ ]\s*)-?\d{1,3}\.\d{3,}(?![\w.]))"));
    out =
        replaceAll(out, pair, [&](const QRegularExpressionMatch &m) -> QString { return dots + m.captured(1) + dots; });

    // Phone numbers: NANP in any common layout, and E.164.
    static const QRegularExpression phone(QStringLiteral(
        R"((?<![\w+\x{2022}])(?:\+?1[\s.\-]?)?(?:\(\d{3}\)|\d{3})[\s.\-]?\d{3}[\s.\-]?\d{4}(?![\w\x{2022}])|(?<![\w+])\+\d{8,15}(?!\w))"));
    out = replaceAll(out, phone, [](const QRegularExpressionMatch &m) -> QString { return maskPhone(m.captured(0)); });
    return out;
}

QString maskRecord(const QString &text)
{
    return maskPersonalData(maskSecrets(text));
}

QString maskPhone(const QString &phone)
{
    // An extension ("x12", "ext. 12", "poste 4021", "#12") is kept as written; only the number itself is masked.
    static const QRegularExpression extension(
        QStringLiteral(R"(\s*(?:x|ext\.?|poste|p\.|#)\s*\d{1,6}\s*$)"), QRegularExpression::CaseInsensitiveOption);
    const auto ext = extension.match(phone);
    const qsizetype mainLength = ext.hasMatch() ? ext.capturedStart(0) : phone.size();
    const QStringView number = QStringView(phone).left(mainLength);

    qsizetype digits = 0;
    for (const QChar c : number) {
        if (c.isDigit())
            ++digits;
    }
    // NANP numbers (10 digits, or 11 with the leading 1): keep country + area code. Shorter: only the last two.
    const qsizetype keepHead = digits >= 10 ? digits - 7 : 0;
    const qsizetype keepTail = digits >= 4 ? 2 : 0;
    QString out;
    out.reserve(phone.size());
    qsizetype index = 0;
    for (const QChar c : number) {
        if (!c.isDigit()) {
            out += c;
            continue;
        }
        const bool keep = index < keepHead || index >= digits - keepTail;
        out += keep ? c : kDot;
        ++index;
    }
    out += QStringView(phone).mid(mainLength);
    return out;
}

QString maskEmail(const QString &email)
{
    const QString dots(3, kDot);
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return email.isEmpty() ? QString() : dots;
    const QString local = email.left(at);
    const QString domain = email.mid(at); // "@example.com"
    if (local.size() <= 1)
        return dots + domain;
    return local.left(1) + dots + domain;
}

} // namespace ops::log
