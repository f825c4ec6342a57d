#include "core/cpe/CpeWifi.h"

#include <QCoreApplication>

namespace ops::cpe {

Result<integrations::CpeTask> wifiChangeTask(bool tr181, const QString &ssid, const std::optional<QString> &passphrase)
{
    const QByteArray utf8 = ssid.toUtf8();
    bool control = false;
    for (QChar ch : ssid)
        control = control || ch.category() == QChar::Other_Control || ch.category() == QChar::Other_Format;
    if (ssid.trimmed().isEmpty() || utf8.size() > 32 || control)
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate("ops::cpe",
                "A Wi-Fi network name has 1 to 32 bytes (accented letters count twice) and no control characters."));
    if (passphrase) {
        bool printable = passphrase->size() >= 8 && passphrase->size() <= 63;
        for (QChar ch : *passphrase)
            printable = printable && ch.unicode() >= 0x20 && ch.unicode() <= 0x7e;
        if (!printable)
            return Error::make(Error::Kind::Validation,
                QCoreApplication::translate("ops::cpe",
                    "A Wi-Fi password has 8 to 63 characters: unaccented letters, digits, spaces and punctuation."));
    }
    integrations::CpeTask task;
    task.kind = integrations::CpeTaskKind::SetParameterValues;
    const QString xsdString = QStringLiteral("xsd:string");
    task.values.append({tr181 ? QStringLiteral("Device.WiFi.SSID.1.SSID")
                              : QStringLiteral("InternetGatewayDevice.LANDevice.1.WLANConfiguration.1.SSID"),
        ssid, xsdString});
    if (passphrase)
        task.values.append({tr181
                ? QStringLiteral("Device.WiFi.AccessPoint.1.Security.KeyPassphrase")
                : QStringLiteral("InternetGatewayDevice.LANDevice.1.WLANConfiguration.1.PreSharedKey.1.KeyPassphrase"),
            *passphrase, xsdString});
    return task;
}

} // namespace ops::cpe
