#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include "core/integrations/IntegrationSupport.h"

namespace ops::integrations {

// Stripe's form encoding of nested parameters: objects as a[b]=c, arrays indexed a[0]=x (objects in arrays
// a[0][b]=c), metadata[key]=value, booleans "true"/"false", integers without a fraction. Keys of an object come in
// QJsonObject order (sorted); null values are left out; an empty string is sent (Stripe's way to clear a field).
FormFields stripeFormFields(const QJsonObject &params);
void appendStripeField(FormFields &out, const QString &key, const QJsonValue &value);

} // namespace ops::integrations
