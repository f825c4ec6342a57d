#include "core/db/SqlParams.h"

namespace ops::db {

SqlParams &SqlParams::add(const QString &v)
{
    if (v.isNull())
        return addNull();
    m_values.push_back(v.toUtf8());
    m_null.push_back(false);
    return *this;
}

SqlParams &SqlParams::add(const char *utf8)
{
    if (!utf8)
        return addNull();
    m_values.emplace_back(utf8);
    m_null.push_back(false);
    return *this;
}

SqlParams &SqlParams::add(const QByteArray &utf8)
{
    m_values.push_back(utf8);
    m_null.push_back(false);
    return *this;
}

SqlParams &SqlParams::add(qint64 v)
{
    m_values.push_back(QByteArray::number(v));
    m_null.push_back(false);
    return *this;
}

SqlParams &SqlParams::add(int v)
{
    return add(static_cast<qint64>(v));
}

SqlParams &SqlParams::add(bool v)
{
    m_values.emplace_back(v ? "true" : "false");
    m_null.push_back(false);
    return *this;
}

SqlParams &SqlParams::add(const QDateTime &v)
{
    if (!v.isValid())
        return addNull();
    m_values.push_back(v.toUTC().toString(Qt::ISODateWithMs).toUtf8());
    m_null.push_back(false);
    return *this;
}

SqlParams &SqlParams::add(const QDate &v)
{
    if (!v.isValid())
        return addNull();
    m_values.push_back(v.toString(Qt::ISODate).toUtf8());
    m_null.push_back(false);
    return *this;
}

SqlParams &SqlParams::addNull()
{
    m_values.emplace_back();
    m_null.push_back(true);
    return *this;
}

std::vector<const char *> SqlParams::pointers() const
{
    std::vector<const char *> p;
    p.reserve(m_values.size());
    for (size_t i = 0; i < m_values.size(); ++i) {
        // constData() of an empty non-null QByteArray is "" (not null): an empty string stays an empty string.
        p.push_back(m_null[i] ? nullptr : m_values[i].constData());
    }
    return p;
}

} // namespace ops::db
