#include "ui/tickets/DispatchJobDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using ops::tickets::DispatchJobRequest;

DispatchJobDialog::DispatchJobDialog(
    const ops::tickets::TicketDetail &ticket, const QList<ops::tickets::LinkOption> &locations, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"DispatchJobDialog"_s);
    setWindowTitle(tr("Create a dispatch job"));
    auto *v = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("The job goes to the unscheduled queue of the dispatch board, linked to ticket %1.").arg(ticket.code), this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    v->addWidget(intro);
    auto *form = new QFormLayout;
    v->addLayout(form);

    auto *customer = new QLabel(u"%1 · %2"_s.arg(ticket.customerCode, ticket.customerName), this);
    customer->setTextFormat(Qt::PlainText);
    customer->setObjectName(u"jobCustomer"_s);
    form->addRow(tr("Customer:"), customer);

    m_location = new QComboBox(this);
    m_location->setObjectName(u"jobLocation"_s);
    for (const auto &l : locations)
        m_location->addItem(u"%1 — %2"_s.arg(l.code, l.label), l.id);
    if (ticket.locationId > 0 && m_location->findData(ticket.locationId) < 0)
        m_location->addItem(u"%1 — %2"_s.arg(ticket.locationCode, ticket.locationAddress), ticket.locationId);
    m_location->setCurrentIndex(qMax(0, m_location->findData(ticket.locationId)));
    form->addRow(tr("&Location:"), m_location);

    m_type = new QComboBox(this);
    m_type->setObjectName(u"jobType"_s);
    for (const QString &t : ops::tickets::dispatchJobTypes())
        m_type->addItem(jobTypeLabel(t), t);
    form->addRow(tr("&Type:"), m_type);

    m_priority = new QComboBox(this);
    m_priority->setObjectName(u"jobPriority"_s);
    m_priority->addItem(tr("1 — Urgent"), 1);
    m_priority->addItem(tr("2 — High"), 2);
    m_priority->addItem(tr("3 — Normal"), 3);
    m_priority->addItem(tr("4 — Low"), 4);
    m_priority->addItem(tr("5 — When possible"), 5);
    m_priority->setCurrentIndex(ticket.important ? 1 : 2);
    form->addRow(tr("&Priority:"), m_priority);

    m_duration = new QSpinBox(this);
    m_duration->setObjectName(u"jobDuration"_s);
    m_duration->setRange(5, 1440);
    m_duration->setSingleStep(15);
    m_duration->setValue(60);
    m_duration->setSuffix(tr(" min"));
    form->addRow(tr("&Duration:"), m_duration);

    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(u"jobNotes"_s);
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("Optional note for the technician"));
    m_notes->setMaximumHeight(90);
    form->addRow(tr("&Note:"), m_notes);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create the job"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_location->count() > 0);
    if (m_location->count() == 0) {
        auto *none = new QLabel(tr("This customer has no service location: a job cannot be created."), this);
        none->setWordWrap(true);
        v->addWidget(none);
    }
    v->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, sizeHint().height());
}

DispatchJobDialog::~DispatchJobDialog() = default;

DispatchJobRequest DispatchJobDialog::request() const
{
    DispatchJobRequest r;
    r.locationId = m_location->currentData().toLongLong();
    r.jobType = m_type->currentData().toString();
    r.priority = m_priority->currentData().toInt();
    r.durationMinutes = m_duration->value();
    r.notes = m_notes->toPlainText();
    return r;
}

QString DispatchJobDialog::jobTypeLabel(const QString &jobType)
{
    if (jobType == "repair"_L1)
        return tr("Repair", "dispatch job type");
    if (jobType == "installation"_L1)
        return tr("Installation", "dispatch job type");
    if (jobType == "maintenance"_L1)
        return tr("Maintenance", "dispatch job type");
    if (jobType == "removal"_L1)
        return tr("Removal", "dispatch job type");
    if (jobType == "survey"_L1)
        return tr("Site survey", "dispatch job type");
    return jobType;
}
