#include "app/opsctl/CampaignCommands.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>

#include "app/opsctl/BenchReport.h"
#include "app/opsctl/CommandLine.h"
#include "core/campaigns/CampaignCsvImport.h"
#include "core/campaigns/CampaignMessage.h"
#include "core/campaigns/CampaignRenderer.h"
#include "core/campaigns/CampaignRepository.h"
#include "core/campaigns/SegmentRepository.h"
#include "core/db/PgConnection.h"
#include "core/settings/Settings.h"

using namespace Qt::StringLiterals;

namespace ops {

namespace {

using namespace campaigns;

constexpr qint64 kMaxTemplateBytes = 256 * 1024;
constexpr qint64 kMaxCsvBytes = 20 * 1024 * 1024;

// A file's bytes, or an empty optional with *error set.
std::optional<QByteArray> readFile(const QString &path, qint64 maxBytes, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("opsctl", "cannot read %1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    if (f.size() > maxBytes) {
        *error = QCoreApplication::translate("opsctl", "%1 is larger than %2 KB").arg(path).arg(maxBytes / 1024);
        return std::nullopt;
    }
    return f.readAll();
}

QString templateText(const QByteArray &bytes)
{
    QString t = QString::fromUtf8(bytes);
    if (t.startsWith(QChar(0xFEFF)))
        t.remove(0, 1);
    t.replace(u"\r\n"_s, u"\n"_s);
    return t.trimmed();
}

// Validation errors are bad input (2); the others exit with 1.
int failOrUsage(CommandContext &ctx, const Error &e)
{
    return e.kind == Error::Kind::Validation ? usageError(ctx, e.userMessage) : fail(ctx, e);
}

QJsonObject smsJson(const SmsSample &s)
{
    return QJsonObject{{u"language"_s, s.language}, {u"segments"_s, s.segments},
        {u"encoding"_s, s.ucs2 ? u"UCS-2"_s : u"GSM-7"_s}, {u"units"_s, s.units}};
}

QString smsLine(const SmsSample &s)
{
    return QCoreApplication::translate("opsctl", "SMS (%1): %n segment(s), %2, %3 units", nullptr, s.segments)
        .arg(s.language, s.ucs2 ? u"UCS-2"_s : u"GSM-7"_s)
        .arg(s.units);
}

int runCreate(QStringList args, CommandContext &ctx)
{
    const QString usage = QCoreApplication::translate("opsctl",
        "usage: campaign create --name N --channel email|sms --classification transactional|commercial "
        "--template-fr FILE --template-en FILE [--subject-fr S --subject-en S] (--segment JSON | --csv FILE) "
        "[--json]");
    Campaign draft;
    draft.name = takeOption(args, u"--name"_s);
    const QString channel = takeOption(args, u"--channel"_s);
    const QString classification = takeOption(args, u"--classification"_s);
    const QString templateFr = takeOption(args, u"--template-fr"_s);
    const QString templateEn = takeOption(args, u"--template-en"_s);
    draft.subjectFr = takeOption(args, u"--subject-fr"_s);
    draft.subjectEn = takeOption(args, u"--subject-en"_s);
    const QString segmentText = takeOption(args, u"--segment"_s);
    const QString csvPath = takeOption(args, u"--csv"_s);
    if (!args.isEmpty() || draft.name.isEmpty() || templateFr.isEmpty() || templateEn.isEmpty()
        || segmentText.isEmpty() == csvPath.isEmpty())
        return usageError(ctx, usage);
    const auto ch = channelFromName(channel);
    if (!ch)
        return usageError(
            ctx, QCoreApplication::translate("opsctl", "--channel is email or sms, not “%1”.").arg(channel));
    const auto cls = classificationFromName(classification);
    if (!cls)
        return usageError(ctx,
            QCoreApplication::translate("opsctl", "--classification is transactional or commercial, not “%1”.")
                .arg(classification));
    draft.channel = *ch;
    draft.classification = *cls;
    QString error;
    const auto fr = readFile(templateFr, kMaxTemplateBytes, &error);
    if (!fr)
        return usageError(ctx, error);
    const auto en = readFile(templateEn, kMaxTemplateBytes, &error);
    if (!en)
        return usageError(ctx, error);
    draft.bodyFr = templateText(*fr);
    draft.bodyEn = templateText(*en);

    std::optional<SegmentFilter> segment;
    std::optional<CsvImport> csv;
    if (!segmentText.isEmpty()) {
        auto f = SegmentFilter::fromJsonText(segmentText.toUtf8());
        if (!f.ok())
            return usageError(ctx, f.error().userMessage);
        segment = f.value();
    } else {
        const auto bytes = readFile(csvPath, kMaxCsvBytes, &error);
        if (!bytes)
            return usageError(ctx, error);
        auto parsed = parseRecipientCsv(*bytes, draft.channel);
        if (!parsed.ok())
            return usageError(ctx, parsed.error().userMessage);
        csv = std::move(parsed).value();
    }

    auto c = ctx.connect(false);
    if (!c.ok())
        return fail(ctx, c.error());
    CampaignRepository repo(*c.value());
    auto sender = repo.senderIdentity();
    if (!sender.ok())
        return fail(ctx, sender.error());
    const MessageSettings settings{sender.value(), configuredUnsubscribeUrl()};
    auto texts = validateCampaign(draft, settings);
    if (!texts.ok())
        return usageError(ctx, texts.error().userMessage);
    if (segment) {
        if (Status s = SegmentRepository(*c.value()).checkNames(*segment); !s.ok())
            return failOrUsage(ctx, s.error());
    }
    auto created = segment ? repo.createFromSegment(draft, *segment) : repo.createFromCsv(draft, *csv);
    if (!created.ok())
        return failOrUsage(ctx, created.error());
    const CreatedCampaign &r = created.value();
    const QList<SmsSample> sms =
        draft.channel == Channel::Sms ? smsSamples(draft, texts.value(), settings) : QList<SmsSample>{};

    if (ctx.json) {
        QJsonArray report;
        for (const CsvIssue &i : r.csvReport)
            report.append(QJsonObject{
                {u"line"_s, i.line}, {u"kind"_s, i.kind}, {u"value"_s, i.value}, {u"message"_s, i.message}});
        QJsonObject reasons;
        for (auto it = r.skipReasons.begin(); it != r.skipReasons.end(); ++it)
            reasons.insert(it.key(), it.value());
        QJsonObject o{{u"code"_s, r.campaign.code}, {u"recipients"_s, r.recipients}, {u"skipped"_s, r.skipped},
            {u"skip_reasons"_s, reasons}, {u"csv_report"_s, report}};
        if (!sms.isEmpty()) {
            QJsonArray samples;
            for (const SmsSample &s : sms)
                samples.append(smsJson(s));
            o.insert(u"sms_segments"_s, samples);
        }
        ctx.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
        return 0;
    }
    ctx.out << QCoreApplication::translate("opsctl", "Campaign %1: %2 recipients, %3 skipped (CASL)")
                   .arg(r.campaign.code)
                   .arg(r.recipients)
                   .arg(r.skipped)
            << Qt::endl;
    for (auto it = r.skipReasons.begin(); it != r.skipReasons.end(); ++it)
        ctx.out << u"  %1: %2"_s.arg(it.key()).arg(it.value()) << Qt::endl;
    for (const CsvIssue &i : r.csvReport)
        ctx.out << QCoreApplication::translate("opsctl", "  line %1 (%2): %3").arg(i.line).arg(i.kind, i.message)
                << Qt::endl;
    for (const SmsSample &s : sms)
        ctx.out << u"  "_s << smsLine(s) << Qt::endl;
    return 0;
}

int runPreview(QStringList args, CommandContext &ctx)
{
    const QString usage =
        QCoreApplication::translate("opsctl", "usage: campaign preview CODE [--recipient ADDR] [--json]");
    const QString address = takeOption(args, u"--recipient"_s);
    if (args.size() != 1)
        return usageError(ctx, usage);
    const QString code = args.takeFirst();
    auto c = ctx.connect(false);
    if (!c.ok())
        return fail(ctx, c.error());
    auto preview = previewCampaign(*c.value(), code, address, configuredUnsubscribeUrl());
    if (!preview.ok())
        return preview.error().kind == Error::Kind::NotFound ? usageError(ctx, preview.error().userMessage)
                                                             : failOrUsage(ctx, preview.error());
    const Campaign &cmp = preview.value().campaign;
    const Recipient &r = preview.value().recipient;
    const RenderedMessage &m = preview.value().message;
    const std::optional<SmsSample> sms =
        cmp.channel == Channel::Sms ? std::optional<SmsSample>(smsSample(r.language, m.text)) : std::nullopt;
    if (ctx.json) {
        QJsonObject o{{u"code"_s, cmp.code}, {u"channel"_s, channelName(cmp.channel)},
            {u"classification"_s, classificationName(cmp.classification)}, {u"recipient"_s, r.address},
            {u"language"_s, r.language}, {u"status"_s, r.status}, {u"skip_reason"_s, r.skipReason},
            {u"subject"_s, m.subject}, {u"text"_s, m.text}, {u"html"_s, m.html},
            {u"unsubscribe_url"_s, m.unsubscribeUrl}};
        if (sms)
            o.insert(u"sms"_s, smsJson(*sms));
        ctx.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
        return 0;
    }
    QTextStream &o = ctx.out;
    o << (r.address.isEmpty()
            ? QCoreApplication::translate("opsctl", "%1 — no recipient yet: a sample recipient (fr)").arg(cmp.code)
            : QCoreApplication::translate("opsctl", "%1 — to %2 (%3, %4)")
                  .arg(cmp.code, r.address, r.language,
                      r.skipReason.isEmpty() ? r.status : r.status + u": "_s + r.skipReason))
      << Qt::endl;
    if (!m.subject.isEmpty())
        o << QCoreApplication::translate("opsctl", "Subject: %1").arg(m.subject) << Qt::endl;
    o << Qt::endl << m.text << Qt::endl;
    if (!m.unsubscribeUrl.isEmpty())
        o << Qt::endl
          << QCoreApplication::translate("opsctl", "List-Unsubscribe: <%1>").arg(m.unsubscribeUrl) << Qt::endl;
    if (sms)
        o << Qt::endl << smsLine(*sms) << Qt::endl;
    return 0;
}

int runList(QStringList args, CommandContext &ctx)
{
    if (!args.isEmpty())
        return usageError(ctx, QCoreApplication::translate("opsctl", "usage: campaign list [--json]"));
    auto c = ctx.connect(false);
    if (!c.ok())
        return fail(ctx, c.error());
    auto list = CampaignRepository(*c.value()).list();
    if (!list.ok())
        return fail(ctx, list.error());
    if (ctx.json) {
        QJsonArray items;
        for (const CampaignSummary &s : list.value())
            items.append(QJsonObject{{u"code"_s, s.campaign.code}, {u"name"_s, s.campaign.name},
                {u"channel"_s, channelName(s.campaign.channel)},
                {u"classification"_s, classificationName(s.campaign.classification)}, {u"status"_s, s.campaign.status},
                {u"source"_s, s.campaign.source}, {u"created_at"_s, s.campaign.createdAt.toString(Qt::ISODate)},
                {u"recipients"_s, s.recipients}, {u"pending"_s, s.pending}, {u"skipped"_s, s.skipped},
                {u"sent"_s, s.sent}, {u"failed"_s, s.failed}});
        ctx.out << QJsonDocument(QJsonObject{{u"campaigns"_s, items}}).toJson(QJsonDocument::Compact) << Qt::endl;
        return 0;
    }
    for (const CampaignSummary &s : list.value())
        ctx.out << QCoreApplication::translate(
            "opsctl", "%1  %2  %3/%4  %5 recipients (%6 skipped, %7 sent, %8 failed)  %9")
                       .arg(s.campaign.code, s.campaign.status, channelName(s.campaign.channel),
                           classificationName(s.campaign.classification))
                       .arg(s.recipients)
                       .arg(s.skipped)
                       .arg(s.sent)
                       .arg(s.failed)
                       .arg(s.campaign.name)
                << Qt::endl;
    if (list.value().isEmpty())
        ctx.out << QCoreApplication::translate("opsctl", "No campaign yet.") << Qt::endl;
    return 0;
}

} // namespace

int runCampaignCommand(QStringList args, CommandContext &ctx)
{
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    if (sub == u"create")
        return runCreate(args, ctx);
    else if (sub == u"preview")
        return runPreview(args, ctx);
    else if (sub == u"list")
        return runList(args, ctx);
    return usageError(
        ctx, QCoreApplication::translate("opsctl", "usage: campaign create|preview|list ... (targo-opsctl help)"));
}

int runCampaignSegmentBench(QStringList args, CommandContext &ctx)
{
    const int runs = qMax(3, takeOption(args, u"--runs"_s, u"10"_s).toInt());
    auto c = ctx.connect(true);
    if (!c.ok())
        return fail(ctx, c.error());
    SegmentRepository repo(*c.value());
    auto choices = repo.choices();
    if (!choices.ok())
        return fail(ctx, choices.error());
    auto all = repo.count(SegmentFilter{}, Channel::Email, Classification::Transactional);
    if (!all.ok())
        return fail(ctx, all.error());
    if (all.value().customers == 0)
        return fail(ctx,
            Error::make(Error::Kind::NotFound,
                QCoreApplication::translate(
                    "opsctl", "bench campaign-segment needs customers (run demo seed first).")));
    // A clerk editing a filter: each step adds or changes one key.
    QList<SegmentFilter> steps;
    SegmentFilter f;
    steps << f;
    f.statuses = {u"active"_s};
    steps << f;
    f.language = u"fr"_s;
    steps << f;
    f.hasEmail = true;
    steps << f;
    if (!choices.value().regions.isEmpty()) {
        f.regions = {choices.value().regions.first()};
        steps << f;
    }
    QString plan = choices.value().plans.value(0);
    for (const QString &p : choices.value().plans)
        if (p.startsWith(u"INT"_s)) {
            plan = p;
            break;
        }
    if (!plan.isEmpty()) {
        f.plans = {plan};
        steps << f;
    }
    f.balanceOverCents = 0;
    steps << f;
    f.consent = true;
    steps << f;
    f.regions.clear();
    if (!choices.value().cities.isEmpty())
        f.cities = {choices.value().cities.first()};
    steps << f;
    std::vector<double> samples;
    int lastCount = 0;
    for (int run = -1; run < runs; ++run) { // the first round warms the caches
        for (const SegmentFilter &step : steps) {
            for (Channel channel : {Channel::Email, Channel::Sms}) {
                QElapsedTimer t;
                t.start();
                auto n = repo.count(step, channel, Classification::Commercial);
                const double ms = benchMsSince(t);
                if (!n.ok())
                    return fail(ctx, n.error());
                lastCount = n.value().addresses;
                if (run >= 0)
                    samples.push_back(ms);
            }
        }
    }
    writeBenchEntry(ctx, u"campaign_segment_count.json"_s, u"campaign_segment_count"_s, u"ms"_s, samples, 100,
        {{u"aim"_s, 20}, {u"customers"_s, all.value().customers}, {u"filters"_s, static_cast<int>(steps.size())},
            {u"last_recipients"_s, lastCount},
            {u"measured"_s, u"SegmentRepository::count (e-mail and SMS, commercial: CASL per address)"_s}});
    return 0;
}

} // namespace ops
