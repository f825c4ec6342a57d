#pragma once

#include <optional>
#include <vector>

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace ops::db {

// Positional parameters ($1, $2, ...) for PQexecParams, in text format. Values are never spliced into SQL text.
class SqlParams
{
public:
    SqlParams() = default;

    SqlParams &add(const QString &v);
    SqlParams &add(const char *utf8);
    SqlParams &add(const QByteArray &utf8);
    SqlParams &add(qint64 v);
    SqlParams &add(int v);
    SqlParams &add(bool v);
    SqlParams &add(const QDateTime &v);
    SqlParams &add(const QDate &v);
    SqlParams &addNull();
    template <typename T> SqlParams &add(const std::optional<T> &v) { return v ? add(*v) : addNull(); }

    int size() const { return static_cast<int>(m_values.size()); }
    // Pointers valid while this object lives and is not modified.
    std::vector<const char *> pointers() const;

private:
    std::vector<QByteArray> m_values;
    std::vector<bool> m_null;
};

} // namespace ops::db
