#pragma once

// Include in .cpp files that write log records: ops::log::db()->warn("query failed: {}", error.detail);
// Headers include "core/logging/Log.h" instead.

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <fmt/format.h>
#include <spdlog/logger.h>

#include "core/logging/Log.h"

// UTF-8 formatting of Qt strings in fmt/spdlog format strings.
template <> struct fmt::formatter<QString> : fmt::formatter<fmt::string_view>
{
    template <typename FormatContext> auto format(const QString &s, FormatContext &ctx) const -> decltype(ctx.out())
    {
        const QByteArray utf8 = s.toUtf8();
        return fmt::formatter<fmt::string_view>::format(
            fmt::string_view(utf8.constData(), static_cast<size_t>(utf8.size())), ctx);
    }
};

template <> struct fmt::formatter<QStringView> : fmt::formatter<fmt::string_view>
{
    template <typename FormatContext> auto format(QStringView s, FormatContext &ctx) const -> decltype(ctx.out())
    {
        const QByteArray utf8 = s.toUtf8();
        return fmt::formatter<fmt::string_view>::format(
            fmt::string_view(utf8.constData(), static_cast<size_t>(utf8.size())), ctx);
    }
};

template <> struct fmt::formatter<QByteArray> : fmt::formatter<fmt::string_view>
{
    template <typename FormatContext> auto format(const QByteArray &b, FormatContext &ctx) const -> decltype(ctx.out())
    {
        return fmt::formatter<fmt::string_view>::format(
            fmt::string_view(b.constData(), static_cast<size_t>(b.size())), ctx);
    }
};

namespace spdlog::sinks {
class sink;
} // namespace spdlog::sinks

namespace ops::log {

// Extra sinks (the in-app log panel). Records reach them after maskSecrets(), like the file.
void addSink(std::shared_ptr<spdlog::sinks::sink> sink);
void removeSink(const std::shared_ptr<spdlog::sinks::sink> &sink);

} // namespace ops::log
