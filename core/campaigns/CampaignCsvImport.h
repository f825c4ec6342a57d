#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "core/campaigns/CampaignTypes.h"

// Recipients from a CSV file (docs/campaigns.md "CSV import"): a header row, columns recognised by name (email or
// phone, and optionally language, customer, first_name; French names too), separator , ; or tab, UTF-8 with or
// without BOM (else Windows-1252 read as Latin-1), CRLF, LF or CR, quoted fields with "" inside.
namespace ops::campaigns {

struct CsvRecipient
{
    int line = 0; // the file's line where the record starts (the header is line 1)
    QString address; // normalised (lower-cased e-mail, or E.164)
    QString language; // fr, en, or empty (the customer's, else fr)
    QString customerCode; // CUST-#####, or empty
    QString firstName;
};

// One line's problem. kind: bad_address, duplicate, bad_language, unknown_customer, too_long. The line is not
// imported; the others still are.
struct CsvIssue
{
    int line = 0;
    QString kind;
    QString value;
    QString message; // translated
};

struct CsvImport
{
    QList<CsvRecipient> rows;
    QList<CsvIssue> issues;
    int records = 0; // data records read (blank lines not counted)
};

// A file that cannot be read as recipients at all (no header, no address column for the channel, a repeated column,
// a quote that never closes, more than 20 MB or 100,000 records) is a Validation error; otherwise every line is
// either a row or an issue.
Result<CsvImport> parseRecipientCsv(const QByteArray &data, Channel channel);

} // namespace ops::campaigns
