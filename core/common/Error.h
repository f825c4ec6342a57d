#pragma once

#include <QMetaType>
#include <QString>

namespace ops {

// A failure that crossed a layer. userMessage is translated and safe to show; detail is technical (SQLSTATE, HTTP
// status, libpq text), logged but never shown raw.
struct Error
{
    enum class Kind
    {
        Validation,
        NotFound,
        Conflict,
        Auth,
        Forbidden, // the role is not allowed to do this (SQLSTATE 42501): userMessage names the action when known
        Network,
        Database,
        Unavailable,
        Schema,
        Cancelled,
        Internal
    };

    Kind kind = Kind::Internal;
    QString userMessage;
    QString detail;
    QString code; // SQLSTATE or provider code when there is one
    bool retryable = false;

    static Error make(Kind kind, const QString &userMessage, const QString &detail = {});
    static Error internal(const QString &detail);
};

QString errorKindName(Error::Kind kind);

} // namespace ops

Q_DECLARE_METATYPE(ops::Error)
