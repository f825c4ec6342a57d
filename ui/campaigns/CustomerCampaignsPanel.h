#pragma once

#include <QWidget>

class QLabel;
class QTableView;
class TextTableModel;

namespace ops::campaigns {
class CampaignApi;
}
namespace ops::live {
class ChangeFeed;
}

// The customer file's "Campaigns" tab (issue 14): what this customer received (campaign code and name, channel,
// address, status, sent at, error), from CampaignSendRepository::recipientsOfCustomer through the session's
// CampaignApi; re-read when campaign_recipients changes.
class CustomerCampaignsPanel : public QWidget
{
    Q_OBJECT
public:
    CustomerCampaignsPanel(ops::campaigns::CampaignApi *api, qint64 customerId, QWidget *parent = nullptr);

    void setChangeFeed(ops::live::ChangeFeed *feed);
    TextTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    int loads() const { return m_loads; }

public slots:
    void reload();

private:
    ops::campaigns::CampaignApi *m_api = nullptr;
    qint64 m_customerId = 0;
    ops::live::ChangeFeed *m_feed = nullptr;
    QLabel *m_state = nullptr;
    TextTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    bool m_loading = false;
    int m_loads = 0;
};
