#include "ui/customers/CustomerEditActions.h"

#include <QAction>
#include <QHBoxLayout>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTableView>

#include "core/customers/CustomerApi.h"
#include "ui/common/RoleGate.h"
#include "ui/customers/CustomerEditDialogs.h"
#include "ui/customers/CustomerFileWidget.h"
#include "ui/customers/FileSectionModel.h"
#include "ui/customers/LocationsModel.h"
#include "ui/customers/SubscriptionsModel.h"

using namespace Qt::Literals::StringLiterals;

namespace {
QList<EditChoice> locationChoices(const CustomerFileWidget *file)
{
    QList<EditChoice> out;
    for (const auto &l : file->file().locations)
        out.append({l.id, u"%1 — %2"_s.arg(l.code, l.address)});
    return out;
}
} // namespace

CustomerEditActions::CustomerEditActions(ops::customers::CustomerApi *service, CustomerFileWidget *file)
    : QWidget(file)
    , m_service(service)
    , m_file(file)
{
    setObjectName(u"CustomerEditActions"_s);
    auto *h = new QHBoxLayout(this);
    h->setContentsMargins(12, 6, 12, 0);
    const auto button = [this, h](const QString &name, const QString &text, auto slot) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setAutoDefault(false);
        connect(b, &QPushButton::clicked, this, slot);
        h->addWidget(b);
        return b;
    };
    button(u"editCustomer"_s, tr("Edit customer…"), [this] { editCustomer(); });
    button(u"newLocation"_s, tr("New location…"), [this] { newLocation(); });
    button(u"newEquipment"_s, tr("New equipment…"), [this] { newEquipment(); });
    button(u"newSubscription"_s, tr("New subscription…"), [this] { newSubscription(); });
    button(u"editSelected"_s, tr("Edit selected (F2)"), [this] { editSelected(); });
    h->addStretch(1);

    connect(file->sections(), &QTabWidget::currentChanged, this, [this] { updateEditSelected(); });
    new QShortcut(
        QKeySequence(Qt::Key_F2), file, file, [this] { editSelected(); }, Qt::WidgetWithChildrenShortcut);
    for (int s : {int(CustomerFileWidget::LocationsTab), int(CustomerFileWidget::EquipmentTab),
             int(CustomerFileWidget::SubscriptionsTab)}) {
        QTableView *v = sectionView(s);
        if (!v)
            continue;
        v->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(v, &QWidget::customContextMenuRequested, this, [this, v, s](const QPoint &pos) {
            QMenu menu(v);
            menu.setToolTipsVisible(true);
            QAction *edit = menu.addAction(tr("Edit…"));
            edit->setShortcut(QKeySequence(Qt::Key_F2));
            QAction *add = menu.addAction(s == CustomerFileWidget::LocationsTab ? tr("New location…")
                    : s == CustomerFileWidget::EquipmentTab                     ? tr("New equipment…")
                                                                                : tr("New subscription…"));
            if (!RoleGate::gate(edit, m_caps, actionFor(s)) && s != CustomerFileWidget::SubscriptionsTab
                && mayEditNetwork(m_caps))
                edit->setEnabled(true); // dispatch: the network fields (migration 0032)
            RoleGate::gate(add, m_caps, actionFor(s));
            edit->setEnabled(edit->isEnabled() && v->indexAt(pos).isValid());
            QAction *chosen = menu.exec(v->viewport()->mapToGlobal(pos));
            if (chosen == edit)
                editSelected();
            else if (chosen == add)
                s == CustomerFileWidget::LocationsTab       ? newLocation()
                    : s == CustomerFileWidget::EquipmentTab ? newEquipment()
                                                            : newSubscription();
        });
        connect(v, &QTableView::doubleClicked, this, [this] { editSelected(); });
    }
}

CustomerEditActions::~CustomerEditActions() = default;

QPushButton *CustomerEditActions::actionButton(const QString &objectName) const
{
    return findChild<QPushButton *>(objectName);
}

void CustomerEditActions::setCapabilities(const ops::Capabilities &caps)
{
    m_caps = caps;
    using A = ops::Capabilities::Action;
    RoleGate::gate(actionButton(u"editCustomer"_s), caps, A::EditCustomers);
    RoleGate::gate(actionButton(u"newLocation"_s), caps, A::EditLocations);
    RoleGate::gate(actionButton(u"newEquipment"_s), caps, A::EditLocations);
    RoleGate::gate(actionButton(u"newSubscription"_s), caps, A::EditSubscriptions);
    updateEditSelected();
}

ops::Capabilities::Action CustomerEditActions::actionFor(int section)
{
    switch (section) {
    case CustomerFileWidget::LocationsTab:
    case CustomerFileWidget::EquipmentTab:
        return ops::Capabilities::Action::EditLocations;
    case CustomerFileWidget::SubscriptionsTab:
        return ops::Capabilities::Action::EditSubscriptions;
    default:
        return ops::Capabilities::Action::EditCustomers; // the overview's "edit" is the customer
    }
}

void CustomerEditActions::updateEditSelected()
{
    // "Edit selected" edits what the current tab shows: it follows the tab.
    const int section = m_file->sections()->currentIndex();
    QPushButton *edit = actionButton(u"editSelected"_s);
    if (!RoleGate::gate(edit, m_caps, actionFor(section)) && networkSection(section) && mayEditNetwork(m_caps)) {
        edit->setEnabled(true);
        edit->setToolTip(tr("Your role may change the network fields only."));
    }
}

bool CustomerEditActions::networkSection(int section)
{
    return section == CustomerFileWidget::LocationsTab || section == CustomerFileWidget::EquipmentTab;
}

bool CustomerEditActions::mayEditNetwork(const ops::Capabilities &caps)
{
    // The column grants of migration 0032 (UPDATE of the network columns: dispatch) and admins' full rights.
    return caps.superuser || caps.editLocations || caps.group == u"dispatcher"_s;
}

SubscriptionEditDialog *CustomerEditActions::subscriptionDialog(qint64 id)
{
    auto *d = new SubscriptionEditDialog(m_service, m_file->customerId(), locationChoices(m_file), id, m_file);
    // Revealing a stored RADIUS password is its own privilege (EXECUTE ops_reveal_radius_pwd: billing, admin).
    d->setRadiusRevealAllowed(m_caps.revealRadius, m_caps.whyNot(ops::Capabilities::Action::RevealRadius));
    return d;
}

bool CustomerEditActions::allowedOn(int section) const
{
    return m_caps.allows(actionFor(section)) || (networkSection(section) && mayEditNetwork(m_caps));
}

EntityEditDialog *CustomerEditActions::currentDialog() const
{
    return m_dialog;
}

QTableView *CustomerEditActions::sectionView(int section) const
{
    QWidget *page = m_file->sections()->widget(section);
    return page ? page->findChild<QTableView *>() : nullptr;
}

qint64 CustomerEditActions::selectedId(QTableView *view, int idRole) const
{
    if (!view || !view->selectionModel())
        return 0;
    const QModelIndex current = view->currentIndex();
    if (!current.isValid())
        return 0;
    return current.sibling(current.row(), 0).data(idRole).toLongLong();
}

EntityEditDialog *CustomerEditActions::show(EntityEditDialog *dialog)
{
    if (m_dialog)
        m_dialog->close();
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EntityEditDialog::saved, m_file, [file = m_file] { file->reload(); });
    dialog->open();
    emit dialogOpened(dialog);
    return dialog;
}

EntityEditDialog *CustomerEditActions::editCustomer()
{
    if (!m_caps.editCustomers)
        return nullptr;
    return show(new CustomerEditDialog(m_service, m_file->customerId(), m_file));
}

EntityEditDialog *CustomerEditActions::newLocation()
{
    if (!m_caps.editLocations)
        return nullptr;
    return show(new LocationEditDialog(m_service, m_file->customerId(), 0, m_file));
}

EntityEditDialog *CustomerEditActions::newEquipment()
{
    if (!m_caps.editLocations)
        return nullptr;
    return show(new EquipmentEditDialog(m_service, locationChoices(m_file), 0, m_file));
}

EntityEditDialog *CustomerEditActions::newSubscription()
{
    if (!m_caps.editSubscriptions)
        return nullptr;
    return show(subscriptionDialog(0));
}

EntityEditDialog *CustomerEditActions::editSelected()
{
    const int section = m_file->sections()->currentIndex();
    if (!allowedOn(section))
        return nullptr;
    switch (section) {
    case CustomerFileWidget::OverviewTab:
        return editCustomer();
    case CustomerFileWidget::LocationsTab:
        if (qint64 id = selectedId(sectionView(CustomerFileWidget::LocationsTab), LocationsModel::IdRole)) {
            auto *d = new LocationEditDialog(m_service, m_file->customerId(), id, m_file);
            d->setAccess(m_caps.editLocations, mayEditNetwork(m_caps), m_caps.whyNot(actionFor(section)));
            return show(d);
        }
        break;
    case CustomerFileWidget::EquipmentTab:
        if (qint64 id = selectedId(sectionView(CustomerFileWidget::EquipmentTab), FileSectionModel::IdRole)) {
            auto *d = new EquipmentEditDialog(m_service, locationChoices(m_file), id, m_file);
            d->setAccess(m_caps.editLocations, mayEditNetwork(m_caps), m_caps.whyNot(actionFor(section)));
            return show(d);
        }
        break;
    case CustomerFileWidget::SubscriptionsTab:
        if (qint64 id = selectedId(sectionView(CustomerFileWidget::SubscriptionsTab), SubscriptionsModel::IdRole))
            return show(subscriptionDialog(id));
        break;
    default:
        break;
    }
    return nullptr;
}
