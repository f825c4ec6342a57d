#pragma once

#include <QString>

namespace ops::integrations {

// The company-wide GPS privacy settings (Quebec Law 25; gps_privacy_settings, migration 0033): how long positions
// are kept, the grace around a shift in which they are still collected, and the notice technicians read before
// tracking starts (French and English; "{days}" and "{grace}" are replaced by the numbers when shown).
struct GpsPrivacySettings
{
    static constexpr int kMinRetentionDays = 1;
    static constexpr int kMaxRetentionDays = 365;
    static constexpr int kMaxGraceMinutes = 120;
    static constexpr int kMaxNoticeLength = 4000;

    int retentionDays = 30;
    int shiftGraceMinutes = 15;
    QString noticeFr;
    QString noticeEn;
    qint64 version = 0; // updated_at in microseconds: a save must still find it
    bool editable = false; // the connected role may change them (admin)

    // The notice in "fr" or "en" (anything else: English), placeholders replaced.
    QString notice(const QString &language) const;
    // The first problem, translated; empty when the settings may be saved.
    QString problem() const;
};

} // namespace ops::integrations
