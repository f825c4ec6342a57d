#include "ui/campaigns/SegmentEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTimer>

#include "core/campaigns/CampaignApi.h"
#include "core/common/Money.h"
#include "core/concurrency/Async.h"

using namespace Qt::StringLiterals;
using namespace ops::campaigns;

namespace {

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

// "any / yes / no" as an optional bool.
QComboBox *triState(QWidget *parent, const QString &yes, const QString &no)
{
    auto *box = new QComboBox(parent);
    box->addItem(SegmentEditor::tr("Any"));
    box->addItem(yes, true);
    box->addItem(no, false);
    return box;
}

std::optional<bool> triValue(const QComboBox *box)
{
    const QVariant v = box->currentData();
    return v.isValid() ? std::optional<bool>(v.toBool()) : std::nullopt;
}

void setTri(QComboBox *box, std::optional<bool> v)
{
    box->setCurrentIndex(!v ? 0 : (*v ? 1 : 2));
}

void suggest(QLineEdit *edit, const QStringList &values)
{
    if (values.isEmpty())
        return;
    const QStringList shown = values.mid(0, 6);
    edit->setToolTip(SegmentEditor::tr("Known values: %1").arg(values.join(u", "_s)));
    edit->setPlaceholderText(shown.join(u", "_s) + (values.size() > shown.size() ? u", …"_s : QString()));
}

} // namespace

SegmentEditor::SegmentEditor(QWidget *parent)
    : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_count = new QLabel(this);
    m_count->setObjectName(u"segmentCount"_s);
    m_count->setWordWrap(true);
    m_count->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_count->font();
    bold.setBold(true);
    m_count->setFont(bold);
    form->addRow(tr("Recipients"), m_count);
    auto *statuses = new QHBoxLayout;
    const QList<std::pair<QString, QString>> names{{u"prospect"_s, tr("Prospect")}, {u"active"_s, tr("Active")},
        {u"suspended"_s, tr("Suspended")}, {u"terminated"_s, tr("Terminated")}};
    for (const auto &[key, label] : names) {
        auto *box = new QCheckBox(label, this);
        box->setProperty("status", key);
        box->setObjectName(u"status_"_s + key);
        statuses->addWidget(box);
        m_statuses << box;
        connect(box, &QCheckBox::toggled, this, &SegmentEditor::scheduleCount);
    }
    statuses->addStretch();
    form->addRow(tr("Customer status (none: all)"), statuses);
    auto line = [this, form](const QString &label, const QString &name, const QString &tip) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setClearButtonEnabled(true);
        edit->setToolTip(tip);
        form->addRow(label, edit);
        connect(edit, &QLineEdit::textChanged, this, &SegmentEditor::scheduleCount);
        return edit;
    };
    const QString commas = tr("Several values separated by commas; empty: all.");
    m_regions = line(tr("Regions"), u"regions"_s, commas);
    m_cities = line(tr("Cities"), u"cities"_s, commas);
    m_plans = line(tr("Plans (SKU)"), u"plans"_s, commas);
    m_olts = line(tr("OLTs"), u"olts"_s, commas);
    m_oltPorts = line(tr("OLT and port"), u"oltPorts"_s, tr("“OLT-SJR-01 1/1/3”, several separated by commas."));
    m_oltPorts->setPlaceholderText(tr("OLT-SJR-01 1/1/3"));
    m_balance = line(tr("Balance over ($)"), u"balance"_s, tr("Customers whose balance is above this amount."));
    m_language = new QComboBox(this);
    m_language->setObjectName(u"language"_s);
    m_language->addItem(tr("French and English"));
    m_language->addItem(tr("French"), u"fr"_s);
    m_language->addItem(tr("English"), u"en"_s);
    form->addRow(tr("Language"), m_language);
    m_hasEmail = triState(this, tr("Has an e-mail address"), tr("Has no e-mail address"));
    m_hasEmail->setObjectName(u"hasEmail"_s);
    form->addRow(tr("E-mail"), m_hasEmail);
    m_hasMobile = triState(this, tr("Has a mobile number"), tr("Has no mobile number"));
    m_hasMobile->setObjectName(u"hasMobile"_s);
    form->addRow(tr("Mobile"), m_hasMobile);
    m_consent = triState(this, tr("Has a valid consent (CASL)"), tr("Has no valid consent"));
    m_consent->setObjectName(u"consent"_s);
    form->addRow(tr("Consent"), m_consent);
    for (QComboBox *box : {m_language, m_hasEmail, m_hasMobile, m_consent})
        connect(box, &QComboBox::currentIndexChanged, this, &SegmentEditor::scheduleCount);
    m_coalesce = new QTimer(this);
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(kCoalesceMs);
    connect(m_coalesce, &QTimer::timeout, this, &SegmentEditor::requestCount);
}

void SegmentEditor::setApi(CampaignApi *api)
{
    m_api = api;
    if (!m_api)
        return;
    ops::runThen(m_api->choices(), this, [this](const ops::Result<SegmentChoices> &r) {
        if (r.ok())
            applyChoices(r.value());
    });
    scheduleCount();
}

void SegmentEditor::applyChoices(const SegmentChoices &choices)
{
    suggest(m_regions, choices.regions);
    suggest(m_cities, choices.cities);
    suggest(m_plans, choices.plans);
    suggest(m_olts, choices.olts);
}

void SegmentEditor::setChannel(Channel channel, Classification classification)
{
    if (channel == m_channel && classification == m_classification)
        return;
    m_channel = channel;
    m_classification = classification;
    scheduleCount();
}

ops::Result<SegmentFilter> SegmentEditor::filter() const
{
    SegmentFilter f;
    for (QCheckBox *box : m_statuses)
        if (box->isChecked())
            f.statuses << box->property("status").toString();
    f.regions = splitList(m_regions->text());
    f.cities = splitList(m_cities->text());
    f.plans = splitList(m_plans->text());
    f.olts = splitList(m_olts->text());
    for (const QString &pair : splitList(m_oltPorts->text())) {
        const QStringList parts = pair.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (parts.size() != 2)
            return ops::Error::make(
                ops::Error::Kind::Validation, tr("“%1” is not an OLT and a port (e.g. “OLT-SJR-01 1/1/3”).").arg(pair));
        f.oltPorts << OltPort{parts.at(0), parts.at(1)};
    }
    if (!m_balance->text().trimmed().isEmpty()) {
        ops::Money amount;
        if (!ops::Money::parse(m_balance->text().trimmed(), &amount))
            return ops::Error::make(
                ops::Error::Kind::Validation, tr("“%1” is not an amount.").arg(m_balance->text().trimmed()));
        f.balanceOverCents = amount.cents();
    }
    f.language = m_language->currentData().toString();
    f.hasEmail = triValue(m_hasEmail);
    f.hasMobile = triValue(m_hasMobile);
    f.consent = triValue(m_consent);
    // The model's own checks (lengths, control characters, list sizes): the same as `campaign create --segment`.
    return SegmentFilter::fromJson(f.toJson());
}

void SegmentEditor::setFilter(const SegmentFilter &f)
{
    const QSignalBlocker block(this);
    for (QCheckBox *box : m_statuses)
        box->setChecked(f.statuses.contains(box->property("status").toString()));
    m_regions->setText(f.regions.join(u", "_s));
    m_cities->setText(f.cities.join(u", "_s));
    m_plans->setText(f.plans.join(u", "_s));
    m_olts->setText(f.olts.join(u", "_s));
    QStringList ports;
    for (const OltPort &p : f.oltPorts)
        ports << p.olt + QLatin1Char(' ') + p.port;
    m_oltPorts->setText(ports.join(u", "_s));
    m_balance->setText(f.balanceOverCents ? ops::Money::fromCents(*f.balanceOverCents).toPlainString() : QString());
    m_language->setCurrentIndex(qMax(0, m_language->findData(f.language.isEmpty() ? QVariant() : f.language)));
    setTri(m_hasEmail, f.hasEmail);
    setTri(m_hasMobile, f.hasMobile);
    setTri(m_consent, f.consent);
    scheduleCount();
}

void SegmentEditor::scheduleCount()
{
    m_coalesce->start(); // restarts: one request 150 ms after the last change
}

void SegmentEditor::requestCount()
{
    if (!m_api)
        return;
    auto f = filter();
    const int generation = ++m_generation;
    if (!f.ok()) {
        m_count->setText(f.error().userMessage);
        return;
    }
    m_count->setText(tr("Counting…"));
    ops::runThen(m_api->count(f.value(), m_channel, m_classification), this,
        [this, generation](const ops::Result<SegmentCount> &r) {
            if (generation != m_generation) {
                ++m_staleDropped; // a newer filter was asked meanwhile: its answer is the one shown
                return;
            }
            if (!r.ok()) {
                m_count->setText(r.error().userMessage);
                return;
            }
            const SegmentCount &n = r.value();
            const QLocale l;
            QString text = tr("%n recipient(s) will receive it", nullptr, n.sendable());
            text += u" — "_s
                + tr("%1 customers match, %2 with an address, %3 distinct addresses, %4 skipped (CASL)")
                      .arg(l.toString(n.customers), l.toString(n.withAddress), l.toString(n.addresses),
                          l.toString(n.skipped));
            m_count->setText(text);
            QStringList reasons;
            for (auto it = n.skipReasons.begin(); it != n.skipReasons.end(); ++it)
                reasons << u"%1: %2"_s.arg(it.key()).arg(it.value());
            m_count->setToolTip(reasons.join(QLatin1Char('\n')));
            emit counted(n.sendable());
        });
}
