#pragma once

#include <QList>
#include <QWidget>

#include "core/customers/CustomerTypes.h"

class QGridLayout;
class QLabel;

// The customer file's Overview section: six cards (services, balance due, last payment, tickets, dispatch,
// equipment) and the recent tickets and invoices, all from the file already read (no extra round trip).
class CustomerOverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit CustomerOverviewPage(QWidget *parent = nullptr);
    void showFile(const ops::customers::CustomerFile &file);

private:
    struct RecentRow
    {
        QString code;
        QString text;
        QString when;
        QString amount;
        QString status;
        int tone = 0;
    };
    static void fillRecent(QGridLayout *grid, const QList<RecentRow> &rows, const QString &empty);

    QGridLayout *m_recentTickets = nullptr;
    QGridLayout *m_recentInvoices = nullptr;
    QList<QLabel *> m_overviewValues;
};
