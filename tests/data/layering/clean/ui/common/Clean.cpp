// Fixture for TestLayeringCheck: a clean file (no finding, exit code 0). #fff in a comment is no colour.
#include "core/customers/CustomerService.h"
#include "ui/common/Theme.h"

QString sheet()
{
    return Theme::styled(u"color: @TextMuted; /* ticket #12 */"_s)
        + QStringLiteral("Update the list to select from it");
}
