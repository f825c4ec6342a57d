#include "core/net/HttpResponse.h"

namespace ops::net {

bool HttpResponse::declaresJson() const
{
    const QByteArray type = header(QByteArrayLiteral("Content-Type")).split(';').value(0).trimmed().toLower();
    return type == "application/json" || type.endsWith("+json");
}

} // namespace ops::net
