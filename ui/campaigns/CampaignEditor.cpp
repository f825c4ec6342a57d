#include "ui/campaigns/CampaignEditor.h"

#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTabWidget>
#include <QTableView>
#include <QThreadPool>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "core/campaigns/CampaignApi.h"
#include "core/campaigns/CampaignMessage.h"
#include "core/campaigns/CampaignTemplate.h"
#include "core/concurrency/Async.h"
#include "core/integrations/SmsText.h"
#include "ui/campaigns/CampaignLabels.h"
#include "ui/campaigns/SegmentEditor.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/TextTableModel.h"

using namespace Qt::StringLiterals;
using namespace ops::campaigns;

namespace {

constexpr qint64 kMaxCsvBytes = 20 * 1024 * 1024;

// The SMS a sample recipient would get from this template (variables filled, and for a commercial message the
// sender's name and the STOP line, as composeMessage adds them), as the carrier splits it.
QString smsLine(const QString &languageName, const QString &language, const QString &text, Classification cls)
{
    auto parsed = CampaignTemplate::parse(text, languageName);
    QString message = text.trimmed();
    if (parsed.ok()) {
        Campaign sample;
        sample.channel = Channel::Sms;
        sample.classification = cls;
        CampaignTexts texts;
        (language == u"en" ? texts.bodyEn : texts.bodyFr) = parsed.value();
        const TemplateContext ctx = sampleContext(language);
        MessageSettings settings;
        settings.sender.companyName = ctx.company;
        message = composeMessage(sample, texts, ctx, settings, QUuid()).text;
    }
    const ops::integrations::SmsSegments s = ops::integrations::smsSegments(message);
    return CampaignEditor::tr("%1: %n segment(s), %2, %3 characters", nullptr, s.segments)
        .arg(languageName, s.encoding == ops::integrations::SmsSegments::Encoding::Ucs2 ? u"UCS-2"_s : u"GSM-7"_s)
        .arg(message.toUcs4().size());
}

} // namespace

CampaignEditor::CampaignEditor(QWidget *parent)
    : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    m_banner = new MessageBanner(this);
    outer->addWidget(m_banner);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll, 1);
    auto *page = new QWidget(scroll);
    scroll->setWidget(page);
    auto *layout = new QVBoxLayout(page);

    auto *head = new QFormLayout;
    m_name = new QLineEdit(page);
    m_name->setObjectName(u"campaignName"_s);
    m_name->setMaxLength(200);
    head->addRow(tr("&Name"), m_name);
    m_channel = new QComboBox(page);
    m_channel->setObjectName(u"campaignChannel"_s);
    m_channel->addItem(tr("E-mail (Mailjet)"), u"email"_s);
    m_channel->addItem(tr("SMS (Twilio)"), u"sms"_s);
    head->addRow(tr("&Channel"), m_channel);
    m_classification = new QComboBox(page);
    m_classification->setObjectName(u"campaignClassification"_s);
    m_classification->addItem(tr("Commercial (CASL: consent, identification, unsubscribe)"), u"commercial"_s);
    m_classification->addItem(tr("Transactional (service information)"), u"transactional"_s);
    head->addRow(tr("C&lassification"), m_classification);
    layout->addLayout(head);

    auto *texts = new QGroupBox(tr("Message"), page);
    auto *grid = new QGridLayout(texts);
    grid->addWidget(new QLabel(tr("French"), texts), 0, 1);
    grid->addWidget(new QLabel(tr("English"), texts), 0, 2);
    m_subjectsLabel = new QLabel(tr("Subject"), texts);
    grid->addWidget(m_subjectsLabel, 1, 0);
    m_subjectFr = new QLineEdit(texts);
    m_subjectFr->setObjectName(u"subjectFr"_s);
    m_subjectEn = new QLineEdit(texts);
    m_subjectEn->setObjectName(u"subjectEn"_s);
    grid->addWidget(m_subjectFr, 1, 1);
    grid->addWidget(m_subjectEn, 1, 2);
    grid->addWidget(new QLabel(tr("Body"), texts), 2, 0, Qt::AlignTop);
    m_bodyFr = new QPlainTextEdit(texts);
    m_bodyFr->setObjectName(u"bodyFr"_s);
    m_bodyEn = new QPlainTextEdit(texts);
    m_bodyEn->setObjectName(u"bodyEn"_s);
    for (QPlainTextEdit *e : {m_bodyFr, m_bodyEn}) {
        e->setTabChangesFocus(true);
        e->setMinimumHeight(110);
        e->setMaximumHeight(170); // the recipients and their live count stay in view
    }
    grid->addWidget(m_bodyFr, 2, 1);
    grid->addWidget(m_bodyEn, 2, 2);
    m_smsFr = new QLabel(texts);
    m_smsFr->setObjectName(u"smsFr"_s);
    m_smsEn = new QLabel(texts);
    m_smsEn->setObjectName(u"smsEn"_s);
    grid->addWidget(m_smsFr, 3, 1);
    grid->addWidget(m_smsEn, 3, 2);
    auto *picker = new QHBoxLayout;
    m_variables = new QComboBox(texts);
    m_variables->setObjectName(u"variables"_s);
    for (const QString &v : templateVariables())
        m_variables->addItem(u"{%1}"_s.arg(v), v);
    auto *insert = new QPushButton(tr("&Insert variable"), texts);
    insert->setToolTip(tr("Inserts the variable where the cursor was in a subject or body (Ctrl+Shift+I)"));
    picker->addWidget(m_variables);
    picker->addWidget(insert);
    picker->addStretch();
    grid->addLayout(picker, 4, 1, 1, 2);
    layout->addWidget(texts);
    for (QWidget *w : {static_cast<QWidget *>(m_subjectFr), static_cast<QWidget *>(m_subjectEn),
             static_cast<QWidget *>(m_bodyFr), static_cast<QWidget *>(m_bodyEn)})
        w->installEventFilter(this);
    m_lastText = m_bodyFr;
    connect(insert, &QPushButton::clicked, this, [this] { insertVariable(m_variables->currentData().toString()); });
    new QShortcut(
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), this,
        [this] { insertVariable(m_variables->currentData().toString()); }, Qt::WidgetWithChildrenShortcut);

    auto *recipients = new QGroupBox(tr("Recipients"), page);
    auto *rl = new QVBoxLayout(recipients);
    m_source = new QTabWidget(recipients);
    m_segment = new SegmentEditor(m_source);
    m_source->addTab(m_segment, tr("Segment"));
    auto *csvPage = new QWidget(m_source);
    auto *cl = new QVBoxLayout(csvPage);
    auto *choose = new QPushButton(tr("Choose a CSV &file…"), csvPage);
    choose->setObjectName(u"chooseCsv"_s);
    choose->setToolTip(tr("A header row; columns email or phone, and optionally language, customer, first_name"));
    connect(choose, &QPushButton::clicked, this, &CampaignEditor::chooseCsv);
    m_csvSummary = new QLabel(tr("No file chosen."), csvPage);
    m_csvSummary->setObjectName(u"csvSummary"_s);
    m_csvSummary->setWordWrap(true);
    m_csvReport = new TextTableModel({tr("Line"), tr("Problem"), tr("Value"), tr("Message")}, {0}, this);
    m_csvView = new QTableView(csvPage);
    m_csvView->setObjectName(u"csvReport"_s);
    m_csvView->setModel(m_csvReport);
    m_csvView->verticalHeader()->hide();
    m_csvView->horizontalHeader()->setStretchLastSection(true);
    m_csvView->setSelectionBehavior(QAbstractItemView::SelectRows);
    cl->addWidget(choose, 0, Qt::AlignLeft);
    cl->addWidget(m_csvSummary);
    cl->addWidget(m_csvView, 1);
    m_source->addTab(csvPage, tr("CSV file"));
    rl->addWidget(m_source);
    auto *manual = new QHBoxLayout;
    m_manualAddress = new QLineEdit(recipients);
    m_manualAddress->setObjectName(u"manualAddress"_s);
    m_manualAddress->setPlaceholderText(tr("Address (e-mail or mobile)"));
    m_manualCustomer = new QLineEdit(recipients);
    m_manualCustomer->setObjectName(u"manualCustomer"_s);
    m_manualCustomer->setPlaceholderText(tr("Customer code (optional)"));
    auto *add = new QPushButton(tr("&Add"), recipients);
    auto *remove = new QPushButton(tr("&Remove"), recipients);
    manual->addWidget(new QLabel(tr("Also send to:"), recipients));
    manual->addWidget(m_manualAddress, 2);
    manual->addWidget(m_manualCustomer, 1);
    manual->addWidget(add);
    manual->addWidget(remove);
    rl->addLayout(manual);
    m_manual = new QListWidget(recipients);
    m_manual->setObjectName(u"manualList"_s);
    m_manual->setMaximumHeight(80);
    rl->addWidget(m_manual);
    layout->addWidget(recipients, 1);
    connect(add, &QPushButton::clicked, this, &CampaignEditor::addManual);
    connect(m_manualAddress, &QLineEdit::returnPressed, this, &CampaignEditor::addManual);
    connect(remove, &QPushButton::clicked, this, [this] { delete m_manual->currentItem(); });

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    auto *close = new QPushButton(tr("Close"), this);
    m_create = new QPushButton(tr("&Create campaign"), this);
    m_create->setObjectName(u"createCampaign"_s);
    m_create->setDefault(true);
    m_create->setToolTip(tr("Creates the campaign as a draft with its recipients (Ctrl+Return); it is sent from its "
                            "dashboard"));
    buttons->addWidget(close);
    buttons->addWidget(m_create);
    outer->addLayout(buttons);
    connect(close, &QPushButton::clicked, this, &CampaignEditor::closed);
    connect(m_create, &QPushButton::clicked, this, &CampaignEditor::create);
    new QShortcut(
        QKeySequence(Qt::CTRL | Qt::Key_Return), this, this, &CampaignEditor::create, Qt::WidgetWithChildrenShortcut);

    connect(m_channel, &QComboBox::currentIndexChanged, this, &CampaignEditor::updateChannel);
    connect(m_classification, &QComboBox::currentIndexChanged, this, &CampaignEditor::updateChannel);
    connect(m_bodyFr, &QPlainTextEdit::textChanged, this, &CampaignEditor::updateSms);
    connect(m_bodyEn, &QPlainTextEdit::textChanged, this, &CampaignEditor::updateSms);
    updateChannel();
}

void CampaignEditor::setApi(CampaignApi *api)
{
    m_api = api;
    m_segment->setApi(api);
    m_create->setEnabled(api != nullptr);
}

void CampaignEditor::reset()
{
    m_banner->dismiss();
    m_name->clear();
    m_subjectFr->clear();
    m_subjectEn->clear();
    m_bodyFr->clear();
    m_bodyEn->clear();
    m_manual->clear();
    m_csv.reset();
    m_csvData.clear();
    m_csvReport->clear();
    m_csvSummary->setText(tr("No file chosen."));
    m_segment->setFilter(SegmentFilter{});
    m_source->setCurrentIndex(0);
    m_name->setFocus();
}

Channel CampaignEditor::channel() const
{
    return channelFromName(m_channel->currentData().toString()).value_or(Channel::Email);
}

Classification CampaignEditor::classification() const
{
    return classificationFromName(m_classification->currentData().toString()).value_or(Classification::Commercial);
}

void CampaignEditor::updateChannel()
{
    const bool sms = channel() == Channel::Sms;
    m_subjectsLabel->setVisible(!sms);
    m_subjectFr->setVisible(!sms);
    m_subjectEn->setVisible(!sms);
    m_smsFr->setVisible(sms);
    m_smsEn->setVisible(sms);
    m_segment->setChannel(channel(), classification());
    if (!m_csvData.isEmpty())
        importCsvData(m_csvData, QString()); // the address column depends on the channel
    updateSms();
}

void CampaignEditor::updateSms()
{
    if (channel() != Channel::Sms)
        return;
    m_smsFr->setText(smsLine(tr("French"), u"fr"_s, m_bodyFr->toPlainText(), classification()));
    m_smsEn->setText(smsLine(tr("English"), u"en"_s, m_bodyEn->toPlainText(), classification()));
}

bool CampaignEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn)
        m_lastText = qobject_cast<QWidget *>(watched);
    return QWidget::eventFilter(watched, event);
}

void CampaignEditor::insertVariable(const QString &name)
{
    const QString text = u"{%1}"_s.arg(name);
    if (auto *edit = qobject_cast<QPlainTextEdit *>(m_lastText)) {
        edit->insertPlainText(text);
        edit->setFocus();
    } else if (auto *line = qobject_cast<QLineEdit *>(m_lastText)) {
        line->insert(text);
        line->setFocus();
    }
}

void CampaignEditor::chooseCsv()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Recipients CSV"), QString(), tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_banner->showError(tr("Cannot read %1: %2").arg(path, f.errorString()));
        return;
    }
    if (f.size() > kMaxCsvBytes) {
        m_banner->showError(tr("%1 is larger than 20 MB.").arg(QFileInfo(path).fileName()));
        return;
    }
    importCsvData(f.readAll(), QFileInfo(path).fileName());
}

void CampaignEditor::setCpuPool(QThreadPool *pool)
{
    m_cpu = pool;
}

void CampaignEditor::importCsvData(const QByteArray &bytes, const QString &name)
{
    m_csvData = bytes;
    if (!name.isEmpty())
        m_csvSummary->setProperty("file", name);
    m_source->setCurrentIndex(1);
    m_csv.reset();
    m_csvReport->clear();
    m_csvSummary->setText(tr("Reading the file…"));
    const int generation = ++m_csvGeneration;
    const Channel ch = channel();
    QThreadPool *pool = m_cpu;
    if (!pool) {
        if (!m_ownPool) {
            m_ownPool = new QThreadPool(this);
            m_ownPool->setMaxThreadCount(1);
        }
        pool = m_ownPool;
    }
    ops::runThen(QtConcurrent::run(pool, [bytes, ch] { return parseRecipientCsv(bytes, ch); }), this,
        [this, generation](const ops::Result<CsvImport> &r) {
            if (generation != m_csvGeneration)
                return;
            const QString file = m_csvSummary->property("file").toString();
            if (!r.ok()) {
                m_csvSummary->setText(tr("%1 cannot be imported: %2").arg(file, r.error().userMessage));
                return;
            }
            m_csv = r.value();
            QList<TextTableModel::Row> rows;
            for (const CsvIssue &i : m_csv->issues)
                rows << TextTableModel::Row(
                    i.line, {QString::number(i.line), CampaignLabels::csvIssue(i.kind), i.value, i.message});
            m_csvReport->setRows(rows);
            m_csvSummary->setText(
                tr("%1: %2 record(s) read, %3 recipient(s) to import, %4 line(s) rejected (listed below).")
                    .arg(file)
                    .arg(m_csv->records)
                    .arg(m_csv->rows.size())
                    .arg(m_csv->issues.size()));
        });
}

void CampaignEditor::addManual()
{
    const QString address = m_manualAddress->text().trimmed();
    if (address.isEmpty())
        return;
    const QString customer = m_manualCustomer->text().trimmed();
    auto *item = new QListWidgetItem(customer.isEmpty() ? address : u"%1 (%2)"_s.arg(address, customer), m_manual);
    item->setData(Qt::UserRole, address);
    item->setData(Qt::UserRole + 1, customer);
    m_manualAddress->clear();
    m_manualCustomer->clear();
    m_manualAddress->setFocus();
}

void CampaignEditor::create()
{
    if (!m_api || !m_create->isEnabled())
        return;
    CampaignInput in;
    in.draft.name = m_name->text().trimmed();
    in.draft.channel = channel();
    in.draft.classification = classification();
    if (in.draft.channel == Channel::Email) {
        in.draft.subjectFr = m_subjectFr->text().trimmed();
        in.draft.subjectEn = m_subjectEn->text().trimmed();
    }
    in.draft.bodyFr = m_bodyFr->toPlainText().trimmed();
    in.draft.bodyEn = m_bodyEn->toPlainText().trimmed();
    if (in.draft.name.isEmpty()) {
        m_banner->showError(tr("Give the campaign a name."));
        m_name->setFocus();
        return;
    }
    if (m_source->currentIndex() == 0) {
        auto f = m_segment->filter();
        if (!f.ok()) {
            m_banner->showError(f.error().userMessage);
            return;
        }
        in.segment = f.value();
    } else {
        if (!m_csv) {
            m_banner->showError(tr("Choose a CSV file that can be imported, or use a segment."));
            return;
        }
        in.csv = *m_csv;
    }
    for (int i = 0; i < m_manual->count(); ++i)
        in.manual << ManualRecipient{
            m_manual->item(i)->data(Qt::UserRole).toString(), m_manual->item(i)->data(Qt::UserRole + 1).toString()};
    m_create->setEnabled(false);
    m_banner->showInfo(tr("Creating the campaign…"));
    ops::runThen(m_api->create(in), this, [this](const ops::Result<CampaignCreated> &r) {
        m_create->setEnabled(true);
        if (!r.ok()) {
            m_banner->showError(r.error().userMessage);
            return;
        }
        const CreatedCampaign &c = r.value().created;
        QString text = tr("Campaign %1 created: %2 recipient(s), %3 skipped (CASL).")
                           .arg(c.campaign.code)
                           .arg(c.recipients + r.value().manualAdded)
                           .arg(c.skipped);
        if (!r.value().manualRefused.isEmpty())
            text += u' ' + tr("Not added: %1").arg(r.value().manualRefused.join(u"; "_s));
        m_banner->showSuccess(text);
        emit created(c.campaign.code);
    });
}
