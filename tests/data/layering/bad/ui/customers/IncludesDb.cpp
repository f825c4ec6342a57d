// Fixture for TestLayeringCheck: one ui/ include of a database internal (line 4) next to a service header.
#include <QLabel>

#include "core/customers/CustomerRepository.h"
#include "core/customers/CustomerService.h"

void show(QLabel *label)
{
    label->setText(QStringLiteral("Customer #42")); // not a colour: two digits
}
