#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "core/payments/PaymentTypes.h"

// The payment entry's allocation editor: the customer's open invoices (oldest first) with how much of the payment
// goes to each. proposeFor() fills the oldest-first proposal; the Allocate column is editable (an amount such as
// 12.50 or 12,50), capped at the invoice's open amount. isEdited() says whether the clerk changed the proposal.
class AllocationModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Invoice,
        Due,
        Open,
        Allocate,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        InvoiceIdRole = Qt::UserRole + 1,
        CentsRole // Open, Allocate: the cents
    };
    Q_ENUM(Role)

    explicit AllocationModel(QObject *parent = nullptr);

    void setInvoices(const QList<ops::payments::OpenInvoice> &invoices); // the proposal is cleared
    void proposeFor(qint64 amountCents); // oldest first; the edits are forgotten
    // The invoices with amounts already on them (the allocation editor's starting point; not an edit).
    void setAllocation(
        const QList<ops::payments::OpenInvoice> &invoices, const QList<ops::payments::AllocationInput> &current);
    QList<ops::payments::AllocationInput> allocations() const; // the non-zero ones, in order
    qint64 allocatedCents() const;
    bool isEdited() const { return m_edited; }
    const QList<ops::payments::OpenInvoice> &invoices() const { return m_invoices; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void allocationChanged();

private:
    QList<ops::payments::OpenInvoice> m_invoices;
    QList<qint64> m_cents;
    bool m_edited = false;
};
