#include "core/campaigns/CampaignCsvImport.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

#include "core/campaigns/CampaignAddress.h"

using namespace Qt::StringLiterals;

namespace ops::campaigns {

namespace {

constexpr qsizetype kMaxBytes = 20 * 1024 * 1024;
constexpr int kMaxRecords = 100000;
constexpr qsizetype kMaxField = 1000;

struct Record
{
    int line = 0;
    QStringList fields;
};

Error invalid(const QString &message)
{
    return Error::make(Error::Kind::Validation, message, u"csv"_s);
}

QString decode(const QByteArray &data)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(data);
    if (utf8.hasError())
        text = QString::fromLatin1(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

QChar detectSeparator(const QString &text)
{
    int counts[3] = {0, 0, 0};
    const QChar seps[3] = {u',', u';', u'\t'};
    bool quoted = false;
    for (QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted)
            for (int i = 0; i < 3; ++i)
                counts[i] += c == seps[i] ? 1 : 0;
    }
    int best = 0;
    for (int i = 1; i < 3; ++i)
        if (counts[i] > counts[best])
            best = i;
    return seps[best];
}

// RFC 4180 with lenient edges: a quote inside an unquoted field is kept, text after a closing quote is appended.
Result<QList<Record>> split(const QString &text, QChar sep)
{
    QList<Record> out;
    Record rec;
    QString field;
    int line = 1;
    rec.line = 1;
    bool quoted = false;
    bool atFieldStart = true;
    int quoteLine = 0;
    const auto endRecord = [&] {
        rec.fields << field;
        field.clear();
        bool blank = true;
        for (const QString &f : rec.fields)
            blank = blank && f.trimmed().isEmpty();
        if (!blank)
            out << rec;
        rec = Record{};
        atFieldStart = true;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n' || (c == u'\r' && !(i + 1 < text.size() && text.at(i + 1) == u'\n')))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"' && atFieldStart) {
            quoted = true;
            quoteLine = line;
            atFieldStart = false;
            continue;
        }
        if (c == sep) {
            rec.fields << field;
            field.clear();
            atFieldStart = true;
            continue;
        }
        if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            endRecord();
            ++line;
            rec.line = line;
            if (out.size() > kMaxRecords)
                return invalid(
                    QCoreApplication::translate("ops::campaigns", "The CSV has more than %1 lines.").arg(kMaxRecords));
            continue;
        }
        field += c;
        atFieldStart = false;
    }
    if (quoted)
        return invalid(
            QCoreApplication::translate("ops::campaigns", "The CSV's line %1 opens a quoted field that never closes.")
                .arg(quoteLine));
    endRecord();
    return out;
}

// The column a header names (French and English spellings), or empty.
QString columnKey(QString name)
{
    name = name.trimmed().toLower();
    name.replace(u' ', u'_');
    name.replace(u'-', u'_');
    static const QHash<QString, QString> names{{u"email"_s, u"email"_s}, {u"e_mail"_s, u"email"_s},
        {u"courriel"_s, u"email"_s}, {u"phone"_s, u"phone"_s}, {u"mobile"_s, u"phone"_s}, {u"telephone"_s, u"phone"_s},
        {u"téléphone"_s, u"phone"_s}, {u"cellulaire"_s, u"phone"_s}, {u"language"_s, u"language"_s},
        {u"langue"_s, u"language"_s}, {u"customer"_s, u"customer"_s}, {u"client"_s, u"customer"_s},
        {u"first_name"_s, u"first_name"_s}, {u"firstname"_s, u"first_name"_s}, {u"prénom"_s, u"first_name"_s},
        {u"prenom"_s, u"first_name"_s}};
    return names.value(name);
}

QString languageCode(const QString &value)
{
    const QString v = value.trimmed().toLower();
    if (v == u"fr" || v == u"fra" || v == u"français" || v == u"francais" || v == u"french")
        return u"fr"_s;
    if (v == u"en" || v == u"eng" || v == u"english" || v == u"anglais")
        return u"en"_s;
    return {};
}

QString clean(const QString &s)
{
    QString out;
    for (QChar c : s.trimmed())
        if (c.category() != QChar::Other_Control && c.category() != QChar::Other_Format)
            out += c;
    return out;
}

} // namespace

Result<CsvImport> parseRecipientCsv(const QByteArray &data, Channel channel)
{
    if (data.size() > kMaxBytes)
        return invalid(QCoreApplication::translate("ops::campaigns", "The CSV is larger than 20 MB."));
    const QString text = decode(data);
    auto records = split(text, detectSeparator(text));
    if (!records.ok())
        return records.error();
    if (records.value().isEmpty())
        return invalid(QCoreApplication::translate("ops::campaigns", "The CSV is empty: it needs a header row."));

    const Record header = records.value().takeFirst();
    QHash<QString, int> columns;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString key = columnKey(header.fields.at(i).left(100));
        if (key.isEmpty())
            continue;
        if (columns.contains(key))
            return invalid(
                QCoreApplication::translate("ops::campaigns", "The CSV's header names the column “%1” twice.")
                    .arg(key));
        columns.insert(key, i);
    }
    const QString addressKey = channel == Channel::Email ? u"email"_s : u"phone"_s;
    if (!columns.contains(addressKey))
        return invalid(QCoreApplication::translate("ops::campaigns",
            "The CSV has no “%1” column. Its first line must name the columns, for example: %1,language,customer,"
            "first_name")
                           .arg(addressKey));

    CsvImport out;
    QHash<QString, int> seen; // address → line
    const auto field = [&columns](const Record &r, const QString &key) {
        const int i = columns.value(key, -1);
        return i >= 0 && i < r.fields.size() ? r.fields.at(i) : QString();
    };
    static const QRegularExpression customerCode(u"^CUST-[0-9]{5,}$"_s);
    for (const Record &r : records.value()) {
        ++out.records;
        const auto issue = [&out, &r](const QString &kind, const QString &value, const QString &message) {
            out.issues << CsvIssue{r.line, kind, value.left(120), message};
        };
        bool tooLong = false;
        for (const QString &f : r.fields)
            tooLong = tooLong || f.size() > kMaxField;
        if (tooLong) {
            issue(u"too_long"_s, QString(),
                QCoreApplication::translate("ops::campaigns", "A field is longer than %1 characters.").arg(kMaxField));
            continue;
        }
        const QString rawAddress = field(r, addressKey).trimmed();
        auto address = normalizeAddress(channel, rawAddress);
        if (rawAddress.isEmpty() || !address.ok()) {
            issue(u"bad_address"_s, rawAddress,
                rawAddress.isEmpty() ? QCoreApplication::translate("ops::campaigns", "No address on this line.")
                                     : address.error().userMessage);
            continue;
        }
        const QString rawLanguage = field(r, u"language"_s).trimmed();
        const QString language = languageCode(rawLanguage);
        if (!rawLanguage.isEmpty() && language.isEmpty()) {
            issue(u"bad_language"_s, rawLanguage,
                QCoreApplication::translate("ops::campaigns", "“%1” is not a language: use fr or en.")
                    .arg(rawLanguage.left(40)));
            continue;
        }
        const QString code = field(r, u"customer"_s).trimmed().toUpper();
        if (!code.isEmpty() && !customerCode.match(code).hasMatch()) {
            issue(u"unknown_customer"_s, code,
                QCoreApplication::translate("ops::campaigns", "“%1” is not a customer code (CUST-00042).")
                    .arg(code.left(40)));
            continue;
        }
        if (const int first = seen.value(address.value(), 0); first > 0) {
            issue(u"duplicate"_s, address.value(),
                QCoreApplication::translate("ops::campaigns", "The same address as line %1.").arg(first));
            continue;
        }
        seen.insert(address.value(), r.line);
        out.rows << CsvRecipient{r.line, address.value(), language, code, clean(field(r, u"first_name"_s)).left(100)};
    }
    return out;
}

} // namespace ops::campaigns
