#include "core/integrations/StripeForm.h"

#include <cmath>

#include <QJsonArray>

namespace ops::integrations {

void appendStripeField(FormFields &out, const QString &key, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return;
    case QJsonValue::Bool:
        out << std::pair{key, value.toBool() ? QStringLiteral("true") : QStringLiteral("false")};
        return;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::floor(d) == d && std::abs(d) < 9.0e15)
            out << std::pair{key, QString::number(value.toInteger())};
        else
            out << std::pair{key, QString::number(d, 'g', 17)};
        return;
    }
    case QJsonValue::String:
        out << std::pair{key, value.toString()};
        return;
    case QJsonValue::Array: {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            appendStripeField(out, QStringLiteral("%1[%2]").arg(key).arg(i), a.at(i));
        return;
    }
    case QJsonValue::Object: {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            appendStripeField(out, QStringLiteral("%1[%2]").arg(key, it.key()), it.value());
        return;
    }
    }
}

FormFields stripeFormFields(const QJsonObject &params)
{
    FormFields out;
    for (auto it = params.begin(); it != params.end(); ++it)
        appendStripeField(out, it.key(), it.value());
    return out;
}

} // namespace ops::integrations
