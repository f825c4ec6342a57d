#pragma once

#include <QMetaType>
#include <QString>

#include "core/common/Result.h"

namespace ops::integrations {

// A Quebec phone number as E.164 ("+1XXXXXXXXXX"). Accepts "(450) 555-0123", "450.555.0123", "450-555-0123",
// "1 450 555 0123", "+1 450 555 0123"; refuses other lengths, letters, area codes outside Quebec and exchanges that
// cannot exist (first digit 0 or 1). The error's userMessage is translated.
Result<QString> normalizeQuebecPhone(const QString &input);
bool isQuebecAreaCode(int areaCode);

struct SmsSegments
{
    enum class Encoding
    {
        Gsm7,
        Ucs2
    };
    Encoding encoding = Encoding::Gsm7;
    int segments = 0; // 0 for an empty text
    int units = 0; // GSM-7 septets (extension characters count 2) or UTF-16 code units
};

// How a carrier splits text: GSM 03.38 (basic set 1 septet, extension table 2) fits 160 septets in one SMS and 153
// per part of a longer one; anything else switches the whole text to UCS-2 (70, then 67 per part). An extension
// character or a surrogate pair is never split across parts.
SmsSegments smsSegments(const QString &text);
bool isGsm7Basic(QChar c);
bool isGsm7Extension(QChar c);

} // namespace ops::integrations

Q_DECLARE_METATYPE(ops::integrations::SmsSegments)
