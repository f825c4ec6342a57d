#include "ui/dispatch/DaySheet.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTimeZone>
#include <QTranslator>

#include "ui/common/Theme.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops;
using namespace ops::dispatch;

namespace {

constexpr const char *kContext = "DaySheet";

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString multiline(const QString &text)
{
    return esc(text).replace(QLatin1Char('\n'), u"<br>"_s);
}

} // namespace

DaySheet::DaySheet(DaySheetData data, const QString &language)
    : m_data(std::move(data))
    , m_language(language == QLatin1String("en") ? u"en"_s : u"fr"_s)
{
    auto translator = std::make_unique<QTranslator>();
    if (translator->load(u":/i18n/ops_"_s + m_language + u".qm"_s))
        m_translator = std::move(translator);
}

DaySheet::~DaySheet() = default;

QString DaySheet::t(const char *context, const char *source, const char *disambiguation) const
{
    if (m_translator) {
        const QString s = m_translator->translate(context, source, disambiguation);
        if (!s.isEmpty())
            return s;
        return QString::fromUtf8(source);
    }
    // No translation file in this build: the application's own translator when it speaks the language asked for.
    const bool appFrench = QLocale().language() == QLocale::French;
    if ((m_language == QLatin1String("fr")) == appFrench)
        return QCoreApplication::translate(context, source, disambiguation);
    return QString::fromUtf8(source);
}

QString DaySheet::statusText(JobStatus status) const
{
    switch (status) {
    case JobStatus::Unscheduled:
        return t("ops::dispatch", "Unscheduled", "job status");
    case JobStatus::Scheduled:
        return t("ops::dispatch", "Scheduled", "job status");
    case JobStatus::Dispatched:
        return t("ops::dispatch", "Dispatched", "job status");
    case JobStatus::EnRoute:
        return t("ops::dispatch", "En route", "job status");
    case JobStatus::OnSite:
        return t("ops::dispatch", "On site", "job status");
    case JobStatus::Completed:
        return t("ops::dispatch", "Completed", "job status");
    case JobStatus::Cancelled:
        return t("ops::dispatch", "Cancelled", "job status");
    }
    return {};
}

QString DaySheet::typeText(const QString &type) const
{
    if (type == QLatin1String("installation"))
        return t("ops::dispatch", "Installation", "job type");
    if (type == QLatin1String("repair"))
        return t("ops::dispatch", "Repair", "job type");
    if (type == QLatin1String("maintenance"))
        return t("ops::dispatch", "Maintenance", "job type");
    if (type == QLatin1String("removal"))
        return t("ops::dispatch", "Removal", "job type");
    if (type == QLatin1String("survey"))
        return t("ops::dispatch", "Survey", "job type");
    return type;
}

QString DaySheet::title() const
{
    const QLocale locale(m_language == QLatin1String("en") ? QLocale::English : QLocale::French, QLocale::Canada);
    return t(kContext, QT_TRANSLATE_NOOP("DaySheet", "Day sheet of %1, %2"))
        .arg(m_data.technicianName, locale.toString(m_data.day, QLocale::LongFormat));
}

QString DaySheet::html() const
{
    const QLocale locale(m_language == QLatin1String("en") ? QLocale::English : QLocale::French, QLocale::Canada);
    const auto time = [&](const QDateTime &utc) {
        return locale.toString(utc.toTimeZone(boardZone()).time(), u"HH:mm"_s);
    };
    QString h;
    h += u"<html><head><meta charset=\"utf-8\"><style>"
         "body { font-family: sans-serif; font-size: 10pt; }"
         "h1 { font-size: 16pt; margin-bottom: 2px; }"
         "h2 { font-size: 12pt; margin-top: 14px; margin-bottom: 2px; }"
         "td.k { color: @TextSecondary; padding-right: 8px; vertical-align: top; white-space: nowrap; }"
         "p.foot { color: @TextMuted; font-size: 8pt; }"
         "</style></head><body>"_s;
    h = Theme::styled(h);
    h += u"<h1>%1</h1>"_s.arg(esc(title()));
    QStringList who{esc(m_data.technicianCode)};
    if (!m_data.technicianPhone.isEmpty())
        who << esc(m_data.technicianPhone);
    const int n = int(m_data.jobs.size());
    QString count = m_translator
        ? m_translator->translate(kContext, QT_TRANSLATE_N_NOOP("DaySheet", "%n job(s)"), nullptr, n)
        : QString();
    if (count.isEmpty())
        count = QString::fromUtf8(QT_TRANSLATE_N_NOOP("DaySheet", "%n job(s)"));
    who << esc(count.replace(u"%n"_s, locale.toString(n)));
    h += u"<p>%1</p>"_s.arg(who.join(u" · "_s));
    if (m_data.jobs.isEmpty())
        h += u"<p>%1</p>"_s.arg(esc(t(kContext, QT_TRANSLATE_NOOP("DaySheet", "No job on this day."))));

    int number = 0;
    for (const JobDetail &j : m_data.jobs) {
        ++number;
        h += u"<h2>%1. %2–%3 · %4 · %5</h2>"_s.arg(
            QString::number(number), time(j.start), time(j.end()), esc(j.code), esc(typeText(j.type)));
        h += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"1\">"_s;
        const auto row = [&](const char *label, const QString &valueHtml) {
            if (valueHtml.isEmpty())
                return;
            h += u"<tr><td class=\"k\" width=\"25%\">%1</td><td>%2</td></tr>"_s.arg(esc(t(kContext, label)), valueHtml);
        };
        row(QT_TRANSLATE_NOOP("DaySheet", "Status"),
            esc(t(kContext, QT_TRANSLATE_NOOP("DaySheet", "%1 · priority %2"))
                    .arg(statusText(j.status), locale.toString(j.priority))));
        QStringList customer;
        if (!j.customerName.isEmpty())
            customer << u"<b>%1</b> (%2)"_s.arg(esc(j.customerName), esc(j.customerCode));
        row(QT_TRANSLATE_NOOP("DaySheet", "Customer"), customer.join(QString()));
        QStringList phones;
        for (const QString &p : {j.customerPhone, j.customerPhoneAlt}) {
            if (!p.isEmpty())
                phones << esc(p);
        }
        if (!j.customerLanguage.isEmpty()) {
            phones << esc(j.customerLanguage == QLatin1String("en")
                    ? t(kContext, QT_TRANSLATE_NOOP("DaySheet", "speaks English"))
                    : t(kContext, QT_TRANSLATE_NOOP("DaySheet", "speaks French")));
        }
        row(QT_TRANSLATE_NOOP("DaySheet", "Contact"), phones.join(u" · "_s));
        QString address = esc(j.address);
        if (!j.city.isEmpty())
            address += u", "_s + esc(j.city) + u" "_s + esc(j.postalCode);
        row(QT_TRANSLATE_NOOP("DaySheet", "Address"), address);
        row(QT_TRANSLATE_NOOP("DaySheet", "Access"), multiline(j.accessNotes));
        if (j.windowStart.isValid() && j.windowEnd.isValid())
            row(QT_TRANSLATE_NOOP("DaySheet", "Customer's window"),
                esc(u"%1–%2"_s.arg(time(j.windowStart), time(j.windowEnd))));
        if (j.ticketId)
            row(QT_TRANSLATE_NOOP("DaySheet", "Ticket"), esc(u"%1 · %2"_s.arg(j.ticketCode, j.ticketSubject)));
        QStringList others;
        for (const JobCrewMember &m : j.crew) {
            if (m.id != m_data.technicianId)
                others << esc(m.name);
        }
        row(QT_TRANSLATE_NOOP("DaySheet", "With"), others.join(u", "_s));
        row(QT_TRANSLATE_NOOP("DaySheet", "Notes"), multiline(j.notes));
        QStringList materials;
        for (const JobMaterial &m : j.materials)
            materials << esc(u"%1 × %2"_s.arg(locale.toString(m.quantity), m.label(m_language)));
        row(QT_TRANSLATE_NOOP("DaySheet", "Materials"), materials.join(u"<br>"_s));
        h += u"</table>"_s;
    }
    h += u"<p class=\"foot\">%1</p>"_s.arg(
        esc(t(kContext, QT_TRANSLATE_NOOP("DaySheet", "Printed %1"))
                .arg(locale.toString(QDateTime::currentDateTimeUtc().toTimeZone(boardZone()), QLocale::ShortFormat))));
    h += u"</body></html>"_s;
    return h;
}

void DaySheet::print(QPagedPaintDevice *device) const
{
    QTextDocument doc;
    doc.setHtml(html());
    doc.print(device);
}

Status DaySheet::writePdf(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate("DaySheet", "The day sheet cannot be written to %1: %2")
                .arg(path, file.errorString()));
    QPdfWriter writer(&file);
    writer.setTitle(title());
    writer.setCreator(u"Targo Ops"_s);
    writer.setPageLayout(QPageLayout(
        QPageSize(QPageSize::Letter), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    writer.setResolution(300);
    print(&writer);
    return success();
}
