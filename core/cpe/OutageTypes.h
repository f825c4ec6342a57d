#pragma once

#include <QDateTime>
#include <QString>

namespace ops::cpe {

// A customer with a silent location on a port (the outage list's detail pane).
struct AffectedCustomer
{
    qint64 customerId = 0;
    QString code;
    QString name;
    QString address; // the first silent location's
    QDateTime lastInform; // the newest last inform of the customer's silent locations (UTC)
};

} // namespace ops::cpe
