#include "core/common/Error.h"

#include <QCoreApplication>

namespace ops {

Error Error::make(Kind kind, const QString &userMessage, const QString &detail)
{
    Error e;
    e.kind = kind;
    e.userMessage = userMessage;
    e.detail = detail;
    return e;
}

Error Error::internal(const QString &detail)
{
    return make(Kind::Internal, QCoreApplication::translate("ops::Error", "Unexpected error."), detail);
}

QString errorKindName(Error::Kind kind)
{
    switch (kind) {
    case Error::Kind::Validation:
        return QStringLiteral("validation");
    case Error::Kind::NotFound:
        return QStringLiteral("not-found");
    case Error::Kind::Conflict:
        return QStringLiteral("conflict");
    case Error::Kind::Auth:
        return QStringLiteral("auth");
    case Error::Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Error::Kind::Network:
        return QStringLiteral("network");
    case Error::Kind::Database:
        return QStringLiteral("database");
    case Error::Kind::Unavailable:
        return QStringLiteral("unavailable");
    case Error::Kind::Schema:
        return QStringLiteral("schema");
    case Error::Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Error::Kind::Internal:
        break;
    }
    return QStringLiteral("internal");
}

} // namespace ops
