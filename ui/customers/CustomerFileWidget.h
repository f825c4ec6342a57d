#pragma once

#include <QPointer>
#include <QWidget>

#include "core/common/Result.h"
#include "core/customers/CustomerTypes.h"

class BusyOverlay;
class QAbstractItemModel;
class LocationsModel;
class MessageBanner;
class QFormLayout;
class QLabel;
class QTableView;
class StatusChipLabel;
class SubscriptionsModel;

namespace ops::customers {
class CustomerService;
}
namespace ops::live {
class ChangeFeed;
struct Change;
} // namespace ops::live

// The minimal customer file: header (name, code, status, language, balance, PPA, legacy ids, contacts), the service
// locations and the subscriptions. Loads asynchronously through CustomerService; a failure shows a banner.
class CustomerFileWidget : public QWidget
{
    Q_OBJECT
public:
    CustomerFileWidget(ops::customers::CustomerService *service, qint64 customerId, QWidget *parent = nullptr);
    ~CustomerFileWidget() override;

    void reload();
    // Live updates: changes of this customer, its locations or subscriptions re-read the file in the background and
    // update the header and models in place (selection and scroll kept). nullptr detaches.
    void setChangeFeed(ops::live::ChangeFeed *feed);
    quint64 liveRefreshCount() const { return m_liveRefreshes; }

    qint64 customerId() const { return m_customerId; }
    bool isLoaded() const { return m_loaded; }
    bool isLoading() const;
    const ops::customers::Customer &customer() const { return m_file.customer; }
    QString tabTitle() const;

    LocationsModel *locationsModel() const { return m_locations; }
    SubscriptionsModel *subscriptionsModel() const { return m_subscriptions; }
    QTableView *locationsView() const { return m_locationsView; }
    QTableView *subscriptionsView() const { return m_subscriptionsView; }
    MessageBanner *banner() const { return m_banner; }

signals:
    void loaded(qint64 customerId);
    void liveRefreshed(qint64 customerId);
    void titleChanged(const QString &title);

private:
    void onLoaded(const ops::Result<ops::customers::CustomerFile> &result);
    void onChange(const ops::live::Change &change);
    void refreshLive();
    void onRefreshed(const ops::Result<ops::customers::CustomerFile> &result);
    bool concerns(const ops::live::Change &change) const;
    void showHeader(const ops::customers::Customer &c);
    QWidget *buildHeader();
    QTableView *buildTable(QAbstractItemModel *model, int sortRole, int statusColumn, int statusKeyRole);

    QPointer<ops::customers::CustomerService> m_service;
    const qint64 m_customerId;
    ops::customers::CustomerFile m_file;
    bool m_loaded = false;
    quint64 m_loadSeq = 0;
    QPointer<ops::live::ChangeFeed> m_feed;
    bool m_refreshInFlight = false;
    bool m_refreshAgain = false;
    quint64 m_liveRefreshes = 0;

    MessageBanner *m_banner = nullptr;
    BusyOverlay *m_busy = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_code = nullptr;
    StatusChipLabel *m_status = nullptr;
    QLabel *m_kind = nullptr;
    QLabel *m_balance = nullptr;
    QLabel *m_language = nullptr;
    QLabel *m_ppa = nullptr;
    QLabel *m_legacy = nullptr;
    QLabel *m_email = nullptr;
    QLabel *m_phone = nullptr;
    QLabel *m_address = nullptr;
    QLabel *m_since = nullptr;
    QLabel *m_locationsTitle = nullptr;
    QLabel *m_subscriptionsTitle = nullptr;
    LocationsModel *m_locations = nullptr;
    SubscriptionsModel *m_subscriptions = nullptr;
    QTableView *m_locationsView = nullptr;
    QTableView *m_subscriptionsView = nullptr;
};
