#pragma once

#include <QList>
#include <QWidget>

#include "core/campaigns/CampaignTypes.h"

class CampaignDashboard;
class CampaignEditor;
class MessageBanner;
class QPushButton;
class QStackedWidget;
class QTableView;
class QThreadPool;
class TextTableModel;

namespace ops {
struct Capabilities;
namespace campaigns {
class CampaignApi;
struct CampaignSummary;
} // namespace campaigns
namespace live {
class ChangeFeed;
}
} // namespace ops

// The Campaigns section (issue 14; NavigationBar::Section::Campaigns): the list of campaigns (code, name, channel,
// classification, status, recipients, sent, failed, skipped, ambiguous, created; keyboard navigable, Enter opens),
// New campaign (Ctrl+N: CampaignEditor) and a campaign's live dashboard (CampaignDashboard). Billing roles and
// admins work here; managers read (no New, no actions).
class CampaignsSection : public QWidget
{
    Q_OBJECT
public:
    explicit CampaignsSection(QWidget *parent = nullptr);

    // null detaches (the session closed or the role may not see campaigns).
    // cpu: the session's CPU pool (recipient files are parsed there).
    void attach(ops::campaigns::CampaignApi *api, ops::live::ChangeFeed *feed, QThreadPool *cpu = nullptr);
    void setReadOnly(bool readOnly);
    // Who may see the section and who may act in it (billing capability; managers read).
    static bool visibleFor(const ops::Capabilities &caps);
    static bool writableFor(const ops::Capabilities &caps);

    TextTableModel *list() const { return m_model; }
    QTableView *listView() const { return m_view; }
    CampaignEditor *editor() const { return m_editor; }
    CampaignDashboard *dashboard() const { return m_dashboard; }
    QStackedWidget *pages() const { return m_pages; }

public slots:
    void refresh();
    void newCampaign();
    void openCampaign(const QString &code);
    void showList();

private:
    void openCurrent();
    bool openListed(const QString &code);

    ops::campaigns::CampaignApi *m_api = nullptr;
    bool m_readOnly = false;
    QStackedWidget *m_pages = nullptr;
    MessageBanner *m_banner = nullptr;
    QPushButton *m_new = nullptr;
    TextTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QList<ops::campaigns::Campaign> m_campaigns; // in the model's rows' order
    CampaignEditor *m_editor = nullptr;
    CampaignDashboard *m_dashboard = nullptr;
    QString m_pendingOpen; // a code to open once the list has it
};
