#include "core/integrations/GpsPrivacy.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace ops::integrations {

QString GpsPrivacySettings::notice(const QString &language) const
{
    QString text = language == u"fr" ? noticeFr : noticeEn;
    return text.replace(u"{days}"_s, QString::number(retentionDays))
        .replace(u"{grace}"_s, QString::number(shiftGraceMinutes));
}

QString GpsPrivacySettings::problem() const
{
    if (retentionDays < kMinRetentionDays || retentionDays > kMaxRetentionDays)
        return QCoreApplication::translate(
            "ops::integrations::GpsPrivacySettings", "GPS positions must be kept between %1 and %2 days.")
            .arg(kMinRetentionDays)
            .arg(kMaxRetentionDays);
    if (shiftGraceMinutes < 0 || shiftGraceMinutes > kMaxGraceMinutes)
        return QCoreApplication::translate(
            "ops::integrations::GpsPrivacySettings", "The margin around a shift must be between 0 and %1 minutes.")
            .arg(kMaxGraceMinutes);
    if (noticeFr.trimmed().isEmpty() || noticeEn.trimmed().isEmpty())
        return QCoreApplication::translate(
            "ops::integrations::GpsPrivacySettings", "Write the technicians' GPS notice in both French and English.");
    if (noticeFr.size() > kMaxNoticeLength || noticeEn.size() > kMaxNoticeLength)
        return QCoreApplication::translate("ops::integrations::GpsPrivacySettings",
            "The technicians' GPS notice is too long (at most %1 characters in each language).")
            .arg(kMaxNoticeLength);
    return {};
}

} // namespace ops::integrations
