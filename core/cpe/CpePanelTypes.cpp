#include "core/cpe/CpePanelTypes.h"

#include <QCoreApplication>

#include "core/cpe/CpeApi.h"
#include "core/session/Capabilities.h"

using namespace Qt::StringLiterals;

namespace ops::cpe {

QString actionName(CpeAction action)
{
    switch (action) {
    case CpeAction::Refresh:
        return u"refresh"_s;
    case CpeAction::Reboot:
        return u"reboot"_s;
    case CpeAction::FactoryReset:
        return u"factory_reset"_s;
    case CpeAction::Wifi:
        return u"wifi"_s;
    }
    return {};
}

QString actionLabel(CpeAction action)
{
    switch (action) {
    case CpeAction::Refresh:
        return QCoreApplication::translate("ops::cpe", "Refresh");
    case CpeAction::Reboot:
        return QCoreApplication::translate("ops::cpe", "Reboot");
    case CpeAction::FactoryReset:
        return QCoreApplication::translate("ops::cpe", "Factory reset");
    case CpeAction::Wifi:
        return QCoreApplication::translate("ops::cpe", "Wi-Fi change");
    }
    return {};
}

// Migration 0031: dispatchers (support) refresh, reboot and change the Wi-Fi; a factory reset (it wipes the
// customer's settings) is for admins only. Technicians, billing and managers read the state only.
bool CpeApi::allows(const Capabilities &capabilities, CpeAction action)
{
    if (capabilities.superuser || capabilities.group == u"admin")
        return true;
    return capabilities.group == u"dispatcher" && action != CpeAction::FactoryReset;
}

QString CpeApi::whyNot(const Capabilities &capabilities, CpeAction action)
{
    if (allows(capabilities, action))
        return {};
    return action == CpeAction::FactoryReset
        ? QCoreApplication::translate(
            "ops::cpe", "Your role (%1) does not allow a factory reset: ask an administrator.")
              .arg(capabilities.groupLabel())
        : QCoreApplication::translate("ops::cpe", "Your role (%1) does not allow acting on a customer's device.")
              .arg(capabilities.groupLabel());
}

} // namespace ops::cpe
