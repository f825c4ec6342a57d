#pragma once

#include <optional>

#include <QString>

#include "core/common/Result.h"
#include "core/integrations/GenieAcsClient.h"

namespace ops::cpe {

// The SetParameterValues task that renames the CPE's first Wi-Fi network and, when given, sets its WPA passphrase
// (TR-098: InternetGatewayDevice.LANDevice.1.WLANConfiguration.1.SSID / .PreSharedKey.1.KeyPassphrase; TR-181:
// Device.WiFi.SSID.1.SSID / Device.WiFi.AccessPoint.1.Security.KeyPassphrase). Validation error (translated) for an
// SSID that is empty, longer than 32 bytes in UTF-8 or holds control characters, and for a passphrase that is not
// 8 to 63 printable ASCII characters.
Result<integrations::CpeTask> wifiChangeTask(
    bool tr181, const QString &ssid, const std::optional<QString> &passphrase = std::nullopt);

} // namespace ops::cpe
