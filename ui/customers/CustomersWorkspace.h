#pragma once

#include <QPointer>
#include <QWidget>

class CustomerFileWidget;
class QLabel;
class QListWidget;
class QTabWidget;

namespace ops::customers {
class CustomerService;
}
namespace ops::live {
class ChangeFeed;
}

// The Customers section: a start page and the open customer files as closable tabs (Ctrl+W closes, Ctrl+Tab cycles).
class CustomersWorkspace : public QWidget
{
    Q_OBJECT
public:
    explicit CustomersWorkspace(QWidget *parent = nullptr);
    ~CustomersWorkspace() override;

    // nullptr while disconnected; switching the connection closes the open files (they belong to another database).
    void setCustomerService(ops::customers::CustomerService *service);
    // Live updates for the open files (and those opened later); nullptr while disconnected.
    void setChangeFeed(ops::live::ChangeFeed *feed);

    CustomerFileWidget *openCustomer(qint64 customerId, const QString &code = {});
    CustomerFileWidget *currentFile() const;
    CustomerFileWidget *fileFor(qint64 customerId) const;
    int openFileCount() const;
    void closeCurrentFile();
    void closeAllFiles();
    void cycleTabs(int delta);
    QTabWidget *tabs() const { return m_tabs; }

signals:
    void searchRequested();
    void customerOpened(qint64 customerId);

private:
    QWidget *buildStartPage();
    void closeTab(int index);
    void rememberRecent(CustomerFileWidget *file);

    QPointer<ops::customers::CustomerService> m_service;
    QPointer<ops::live::ChangeFeed> m_feed;
    QTabWidget *m_tabs = nullptr;
    QListWidget *m_recent = nullptr;
    QLabel *m_recentEmpty = nullptr;
};
