#pragma once

#include <QDialog>

#include "core/tickets/TicketTypes.h"

class QComboBox;
class QPlainTextEdit;
class QSpinBox;

// "Create a dispatch job" from a ticket: confirms the customer and the location (the ticket's, or one of the
// customer's when the ticket has none), with the job type, priority, duration and an optional note. Opened with
// open(); the caller reads request() on accepted().
class DispatchJobDialog : public QDialog
{
    Q_OBJECT
public:
    DispatchJobDialog(const ops::tickets::TicketDetail &ticket, const QList<ops::tickets::LinkOption> &locations,
        QWidget *parent = nullptr);
    ~DispatchJobDialog() override;

    ops::tickets::DispatchJobRequest request() const;
    static QString jobTypeLabel(const QString &jobType);

private:
    QComboBox *m_location = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_priority = nullptr;
    QSpinBox *m_duration = nullptr;
    QPlainTextEdit *m_notes = nullptr;
};
