#include "ui/campaigns/CampaignsSection.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "core/campaigns/CampaignApi.h"
#include "core/concurrency/Async.h"
#include "core/session/Capabilities.h"
#include "ui/campaigns/CampaignDashboard.h"
#include "ui/campaigns/CampaignEditor.h"
#include "ui/campaigns/CampaignLabels.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/TextTableModel.h"

using namespace Qt::StringLiterals;
using namespace ops::campaigns;

CampaignsSection::CampaignsSection(QWidget *parent)
    : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_pages = new QStackedWidget(this);
    outer->addWidget(m_pages);

    auto *listPage = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(listPage);
    auto *top = new QHBoxLayout;
    auto *title = new QLabel(tr("Campaigns"), listPage);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    title->setFont(big);
    top->addWidget(title, 1);
    auto *reload = new QPushButton(tr("Re&fresh"), listPage);
    reload->setToolTip(tr("Reads the list again (F5)"));
    m_new = new QPushButton(tr("&New campaign…"), listPage);
    m_new->setObjectName(u"newCampaign"_s);
    m_new->setToolTip(tr("An e-mail or SMS campaign to a segment or a CSV list (Ctrl+N)"));
    top->addWidget(reload);
    top->addWidget(m_new);
    layout->addLayout(top);
    m_banner = new MessageBanner(listPage);
    layout->addWidget(m_banner);
    m_model =
        new TextTableModel({tr("Code"), tr("Name"), tr("Channel"), tr("Classification"), tr("Status"), tr("Recipients"),
                               tr("Sent"), tr("Failed"), tr("Skipped"), tr("Ambiguous"), tr("Created")},
            {5, 6, 7, 8, 9}, this);
    m_view = new QTableView(listPage);
    m_view->setObjectName(u"campaignList"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch); // the name takes the rest
    m_view->setTabKeyNavigation(false);
    layout->addWidget(m_view, 1);
    m_pages->addWidget(listPage);
    connect(reload, &QPushButton::clicked, this, &CampaignsSection::refresh);
    connect(m_new, &QPushButton::clicked, this, &CampaignsSection::newCampaign);
    connect(m_view, &QTableView::activated, this, &CampaignsSection::openCurrent); // Enter, double-click
    new QShortcut(QKeySequence(Qt::Key_F5), listPage, this, &CampaignsSection::refresh, Qt::WidgetWithChildrenShortcut);
    new QShortcut(QKeySequence::New, this, this, &CampaignsSection::newCampaign, Qt::WidgetWithChildrenShortcut);

    m_editor = new CampaignEditor(m_pages);
    m_pages->addWidget(m_editor);
    connect(m_editor, &CampaignEditor::closed, this, &CampaignsSection::showList);
    connect(m_editor, &CampaignEditor::created, this, &CampaignsSection::openCampaign);
    m_dashboard = new CampaignDashboard(m_pages);
    m_pages->addWidget(m_dashboard);
    connect(m_dashboard, &CampaignDashboard::backRequested, this, &CampaignsSection::showList);
    connect(m_dashboard, &CampaignDashboard::changed, this, &CampaignsSection::refresh);
}

bool CampaignsSection::visibleFor(const ops::Capabilities &caps)
{
    return caps.allows(ops::Capabilities::Action::Billing) || caps.group == u"manager"_s;
}

bool CampaignsSection::writableFor(const ops::Capabilities &caps)
{
    return caps.allows(ops::Capabilities::Action::Billing);
}

void CampaignsSection::attach(CampaignApi *api, ops::live::ChangeFeed *feed, QThreadPool *cpu)
{
    m_api = api;
    m_editor->setApi(api);
    m_editor->setCpuPool(cpu);
    m_dashboard->setApi(api);
    m_dashboard->setChangeFeed(feed);
    m_campaigns.clear();
    m_model->clear();
    showList();
    if (api)
        refresh();
}

void CampaignsSection::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_new->setEnabled(!readOnly);
    m_dashboard->setReadOnly(readOnly);
    if (readOnly && m_pages->currentWidget() == m_editor)
        showList();
}

void CampaignsSection::refresh()
{
    if (!m_api)
        return;
    ops::runThen(m_api->list(), this, [this](const ops::Result<QList<CampaignSummary>> &r) {
        if (!r.ok()) {
            m_banner->showError(r.error().userMessage);
            return;
        }
        const QString current =
            m_view->currentIndex().isValid() ? m_model->row(m_view->currentIndex().row()).key.toString() : QString();
        const QLocale l;
        QList<TextTableModel::Row> rows;
        m_campaigns.clear();
        for (const CampaignSummary &s : r.value()) {
            const Campaign &c = s.campaign;
            m_campaigns << c;
            rows << TextTableModel::Row(c.code,
                {c.code, c.name, CampaignLabels::channel(channelName(c.channel)),
                    CampaignLabels::classification(classificationName(c.classification)),
                    CampaignLabels::campaignStatus(c.status), l.toString(s.recipients), l.toString(s.sent),
                    l.toString(s.failed), l.toString(s.skipped), l.toString(s.ambiguous),
                    l.toString(c.createdAt.toLocalTime(), u"yyyy-MM-dd HH:mm"_s)});
        }
        m_model->setRows(rows);
        if (rows.isEmpty())
            m_banner->showInfo(tr("No campaign yet: New campaign… (Ctrl+N) makes one."));
        else
            m_banner->dismiss();
        for (int i = 0; i < m_model->rowCount(); ++i)
            if (m_model->row(i).key.toString() == current)
                m_view->setCurrentIndex(m_model->index(i, 0));
        if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(0, 0));
        if (!m_pendingOpen.isEmpty())
            openListed(std::exchange(m_pendingOpen, QString()));
    });
}

void CampaignsSection::newCampaign()
{
    if (!m_api || m_readOnly)
        return;
    m_editor->reset();
    m_pages->setCurrentWidget(m_editor);
}

void CampaignsSection::showList()
{
    m_pages->setCurrentIndex(0);
    m_view->setFocus();
}

void CampaignsSection::openCurrent()
{
    const QModelIndex i = m_view->currentIndex();
    if (i.isValid() && i.row() < m_campaigns.size()) {
        m_dashboard->open(m_campaigns.at(i.row()));
        m_pages->setCurrentWidget(m_dashboard);
        m_dashboard->setFocus();
    }
}

bool CampaignsSection::openListed(const QString &code)
{
    for (int i = 0; i < m_campaigns.size(); ++i)
        if (m_campaigns.at(i).code == code) {
            m_view->setCurrentIndex(m_model->index(i, 0));
            openCurrent();
            return true;
        }
    return false;
}

void CampaignsSection::openCampaign(const QString &code)
{
    if (openListed(code))
        return;
    m_pendingOpen = code; // just created: open it once the list holds it
    refresh();
}
