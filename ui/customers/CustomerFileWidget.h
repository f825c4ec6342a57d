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

// The minimal customer file: header (name, code, status, language, balance, PPA, legacy ids, contacts), the service
// locations and the subscriptions. Loads asynchronously through CustomerService; a failure shows a banner.
class CustomerFileWidget : public QWidget
{
    Q_OBJECT
public:
    CustomerFileWidget(ops::customers::CustomerService *service, qint64 customerId, QWidget *parent = nullptr);
    ~CustomerFileWidget() override;

    void reload();

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
    void titleChanged(const QString &title);

private:
    void onLoaded(const ops::Result<ops::customers::CustomerFile> &result);
    void showHeader(const ops::customers::Customer &c);
    QWidget *buildHeader();
    QTableView *buildTable(QAbstractItemModel *model, int sortRole, int statusColumn, int statusKeyRole);

    QPointer<ops::customers::CustomerService> m_service;
    const qint64 m_customerId;
    ops::customers::CustomerFile m_file;
    bool m_loaded = false;
    quint64 m_loadSeq = 0;

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
