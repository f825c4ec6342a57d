#include "ui/campaigns/CustomerCampaignsPanel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

#include "core/campaigns/CampaignApi.h"
#include "core/concurrency/Async.h"
#include "core/live/ChangeFeed.h"
#include "ui/campaigns/CampaignLabels.h"
#include "ui/common/TextTableModel.h"

using namespace Qt::StringLiterals;
using namespace ops::campaigns;

CustomerCampaignsPanel::CustomerCampaignsPanel(CampaignApi *api, qint64 customerId, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_customerId(customerId)
{
    auto *layout = new QVBoxLayout(this);
    m_state = new QLabel(this);
    m_state->setObjectName(u"campaignsState"_s);
    layout->addWidget(m_state);
    m_model = new TextTableModel(
        {tr("Campaign"), tr("Name"), tr("Channel"), tr("Address"), tr("Status"), tr("Sent at"), tr("Error")}, {}, this);
    m_view = new QTableView(this);
    m_view->setObjectName(u"customerCampaigns"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);
    reload();
}

void CustomerCampaignsPanel::setChangeFeed(ops::live::ChangeFeed *feed)
{
    if (m_feed)
        disconnect(m_feed, nullptr, this, nullptr);
    m_feed = feed;
    if (m_feed)
        connect(m_feed, &ops::live::ChangeFeed::changed, this, [this](const ops::live::Change &c) {
            if (c.table == u"campaign_recipients"_s)
                reload();
        });
}

void CustomerCampaignsPanel::reload()
{
    if (!m_api || m_customerId <= 0 || m_loading)
        return;
    m_loading = true;
    m_state->setText(tr("Loading…"));
    ops::runThen(m_api->ofCustomer(m_customerId), this, [this](const ops::Result<QList<CustomerCampaignEntry>> &r) {
        m_loading = false;
        ++m_loads;
        if (!r.ok()) {
            m_state->setText(r.error().userMessage);
            return;
        }
        QList<TextTableModel::Row> rows;
        for (const CustomerCampaignEntry &e : r.value()) {
            const Recipient &x = e.recipient;
            const QString error = x.status == u"skipped"_s ? CampaignLabels::skipReason(x.skipReason) : x.lastError;
            rows << TextTableModel::Row(e.campaignCode,
                {e.campaignCode, e.campaignName, CampaignLabels::channel(e.channel), x.address,
                    CampaignLabels::recipientStatus(x.status),
                    x.sentAt.isValid() ? QLocale().toString(x.sentAt.toLocalTime(), u"yyyy-MM-dd HH:mm"_s) : QString(),
                    error});
        }
        m_model->setRows(rows);
        m_state->setText(rows.isEmpty() ? tr("This customer has received no campaign.")
                                        : tr("%n campaign message(s)", nullptr, int(rows.size())));
    });
}
