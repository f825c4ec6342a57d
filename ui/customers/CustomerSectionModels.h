#pragma once

#include "core/customers/CustomerTypes.h"
#include "ui/customers/FileSectionModel.h"

// The customer file's section grids. Each has setX() (reset, first load) and setRows() (live refresh, diff by id);
// status columns carry StatusKeyRole/ToneRole for the chip delegate, money columns are right-aligned and sort by cents.

class EquipmentModel : public FileSectionModel
{
    Q_OBJECT
public:
    enum Column
    {
        Code,
        Kind,
        Model,
        Serial,
        Mac,
        Location,
        Installed,
        Status,
        ColumnCount
    };
    Q_ENUM(Column)
    explicit EquipmentModel(QObject *parent = nullptr);
    ~EquipmentModel() override;
    void setEquipment(const QList<ops::customers::Equipment> &items);
    void setRows(const QList<ops::customers::Equipment> &items);
    static QString kindLabel(const QString &kind);

protected:
    QString columnTitle(int column) const override;

private:
    Row makeRow(const ops::customers::Equipment &e) const;
};

class InvoicesModel : public FileSectionModel
{
    Q_OBJECT
public:
    enum Column
    {
        Code,
        Issued,
        Period,
        Due,
        Total,
        Balance,
        Status,
        ColumnCount
    };
    Q_ENUM(Column)
    explicit InvoicesModel(QObject *parent = nullptr);
    ~InvoicesModel() override;
    void setInvoices(const QList<ops::customers::Invoice> &items);
    void setRows(const QList<ops::customers::Invoice> &items);
    static QString statusLabel(const QString &status);
    static int toneFor(const ops::customers::Invoice &invoice); // int(StatusChip::Tone): overdue is red

protected:
    QString columnTitle(int column) const override;

private:
    Row makeRow(const ops::customers::Invoice &i) const;
};

class PaymentsModel : public FileSectionModel
{
    Q_OBJECT
public:
    enum Column
    {
        Code,
        Received,
        Method,
        Reference,
        Amount,
        Status,
        ColumnCount
    };
    Q_ENUM(Column)
    explicit PaymentsModel(QObject *parent = nullptr);
    ~PaymentsModel() override;
    void setPayments(const QList<ops::customers::Payment> &items);
    void setRows(const QList<ops::customers::Payment> &items);
    static QString methodLabel(const QString &method);
    static QString statusLabel(const QString &status);

protected:
    QString columnTitle(int column) const override;

private:
    Row makeRow(const ops::customers::Payment &p) const;
};

class CustomerTicketsModel : public FileSectionModel
{
    Q_OBJECT
public:
    enum Column
    {
        Important,
        Code,
        Subject,
        Type,
        Assigned,
        Created,
        Closed,
        Status,
        ColumnCount
    };
    Q_ENUM(Column)
    explicit CustomerTicketsModel(QObject *parent = nullptr);
    ~CustomerTicketsModel() override;
    void setTickets(const QList<ops::customers::CustomerTicket> &items);
    void setRows(const QList<ops::customers::CustomerTicket> &items);
    static QString statusLabel(const QString &status);

protected:
    QString columnTitle(int column) const override;

private:
    Row makeRow(const ops::customers::CustomerTicket &t) const;
};

class CustomerJobsModel : public FileSectionModel
{
    Q_OBJECT
public:
    enum Column
    {
        Code,
        Type,
        Scheduled,
        Duration,
        Technicians,
        Location,
        Ticket,
        Status,
        ColumnCount
    };
    Q_ENUM(Column)
    explicit CustomerJobsModel(QObject *parent = nullptr);
    ~CustomerJobsModel() override;
    void setJobs(const QList<ops::customers::CustomerJob> &items);
    void setRows(const QList<ops::customers::CustomerJob> &items);
    static QString typeLabel(const QString &jobType);
    static QString statusLabel(const QString &status);

protected:
    QString columnTitle(int column) const override;

private:
    Row makeRow(const ops::customers::CustomerJob &j) const;
};
