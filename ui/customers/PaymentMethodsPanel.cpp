#include "ui/customers/PaymentMethodsPanel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "core/concurrency/Async.h"
#include "core/live/ChangeFeed.h"
#include "core/payments/PaymentMethodsApi.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/StatusChip.h"
#include "ui/common/Theme.h"
#include "ui/customers/SetupLinkDialog.h"

using namespace Qt::Literals::StringLiterals;
using ops::payments::ExpiryState;
using ops::payments::PaymentMethodsView;
using ops::payments::SavedPaymentMethod;

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kToneRole = Qt::UserRole + 1;

// The state column: a chip ("Expired", "Expires soon") painted with the tone kept in kToneRole.
class ChipDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QString text = index.data(Qt::DisplayRole).toString();
        if (text.isEmpty())
            return QStyledItemDelegate::paint(painter, option, index);
        QStyleOptionViewItem bg = option;
        initStyleOption(&bg, index);
        const QStyle *style = bg.widget ? bg.widget->style() : QApplication::style();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &bg, painter, bg.widget); // selection, alternate rows
        StatusChip::paint(
            painter, option.rect.adjusted(4, 2, -4, -2), text, StatusChip::Tone(index.data(kToneRole).toInt()));
    }
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QSize chip = StatusChip::sizeFor(option.fontMetrics, index.data(Qt::DisplayRole).toString());
        return chip.expandedTo(QStyledItemDelegate::sizeHint(option, index)) + QSize(8, 4);
    }
};

QPushButton *actionButton(QAction *action, QWidget *parent)
{
    auto *b = new QPushButton(action->text(), parent);
    b->setToolTip(action->toolTip());
    QObject::connect(b, &QPushButton::clicked, action, &QAction::trigger);
    return b;
}

} // namespace

QString PaymentMethodsPanel::typeLabel(const QString &type)
{
    return type == u"acss_debit"_s ? tr("Pre-authorized debit") : tr("Card");
}

QString PaymentMethodsPanel::channelLabel(const QString &channel)
{
    return channel == u"sms"_s ? tr("SMS") : tr("E-mail");
}

PaymentMethodsPanel::PaymentMethodsPanel(ops::payments::PaymentMethodsApi *api, qint64 customerId, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_customerId(customerId)
{
    setObjectName(u"PaymentMethodsPanel"_s);
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(12, 8, 12, 12);
    v->setSpacing(6);
    m_banner = new MessageBanner(this);
    v->addWidget(m_banner);

    auto *ppaRow = new QHBoxLayout;
    m_ppa = new QCheckBox(tr("Pre-authori&zed payments"), this);
    m_ppa->setObjectName(u"PpaCheckBox"_s);
    m_ppa->setToolTip(tr("Open invoices are charged to the default payment method on their due date"));
    m_ppaNote = new QLabel(this);
    m_ppaNote->setObjectName(u"SectionNote"_s);
    m_ppaNote->setTextFormat(Qt::PlainText);
    m_ppaNote->setWordWrap(true);
    ppaRow->addWidget(m_ppa);
    ppaRow->addWidget(m_ppaNote, 1);
    v->addLayout(ppaRow);

    // The actions: buttons, the list's context menu and shortcuts (within this tab).
    m_defaultAction = new QAction(tr("Make &default"), this);
    m_defaultAction->setObjectName(u"MakeDefaultAction"_s);
    m_defaultAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_defaultAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_defaultAction->setToolTip(tr("Charge pre-authorized payments to the selected method (Ctrl+D)"));
    m_removeAction = new QAction(tr("&Remove…"), this);
    m_removeAction->setObjectName(u"RemoveMethodAction"_s);
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_linkAction = new QAction(tr("Send a &link to save a card / bank account…"), this);
    m_linkAction->setObjectName(u"SendSetupLinkAction"_s);
    m_linkAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_linkAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    auto *refresh = new QAction(tr("Re&fresh"), this);
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions({m_defaultAction, m_removeAction, m_linkAction, refresh});
    connect(m_defaultAction, &QAction::triggered, this, &PaymentMethodsPanel::makeDefault);
    connect(m_removeAction, &QAction::triggered, this, &PaymentMethodsPanel::removeSelected);
    connect(m_linkAction, &QAction::triggered, this, [this] { openSetupLinkDialog(); });
    connect(refresh, &QAction::triggered, this, &PaymentMethodsPanel::reload);

    auto *buttons = new QHBoxLayout;
    m_defaultButton = actionButton(m_defaultAction, this);
    m_defaultButton->setObjectName(u"MakeDefaultButton"_s);
    m_removeButton = actionButton(m_removeAction, this);
    m_removeButton->setObjectName(u"RemoveMethodButton"_s);
    m_linkButton = actionButton(m_linkAction, this);
    m_linkButton->setObjectName(u"SendSetupLinkButton"_s);
    m_refreshButton = actionButton(refresh, this);
    buttons->addWidget(m_defaultButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    buttons->addWidget(m_linkButton);
    buttons->addWidget(m_refreshButton);
    v->addLayout(buttons);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"PaymentMethodList"_s);
    m_list->setAccessibleName(tr("Saved payment methods"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Type"), tr("Method"), tr("Expiry"), tr("State"), tr("Default"), tr("Added")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setItemDelegateForColumn(StateColumn, new ChipDelegate(m_list));
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    v->addWidget(m_list, 2);
    m_empty =
        new QLabel(tr("No saved payment method. Send the customer a link to save a card or a bank account."), this);
    m_empty->setObjectName(u"SectionNote"_s);
    m_empty->setWordWrap(true);
    m_empty->hide();
    v->addWidget(m_empty);

    m_pendingTitle = new QLabel(tr("Links waiting for the customer"), this);
    m_pendingTitle->setObjectName(u"FieldCaption"_s);
    v->addWidget(m_pendingTitle);
    m_pending = new QTreeWidget(this);
    m_pending->setObjectName(u"PendingSetupLinks"_s);
    m_pending->setAccessibleName(tr("Links waiting for the customer"));
    m_pending->setColumnCount(1);
    m_pending->setHeaderHidden(true);
    m_pending->setRootIsDecorated(false);
    m_pending->setMaximumHeight(110);
    v->addWidget(m_pending, 1);

    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &PaymentMethodsPanel::updateActions);
    connect(m_list, &QTreeWidget::customContextMenuRequested, this, &PaymentMethodsPanel::showContextMenu);
    connect(m_ppa, &QCheckBox::clicked, this, &PaymentMethodsPanel::setPpa);
    if (api)
        connect(api, &ops::payments::PaymentMethodsApi::stripeAvailabilityChanged, this,
            &PaymentMethodsPanel::updateActions);
    updateActions();
}

PaymentMethodsPanel::~PaymentMethodsPanel() = default;

void PaymentMethodsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce)
        reload(); // read when first shown, not when the file opens
}

void PaymentMethodsPanel::setChangeFeed(ops::live::ChangeFeed *feed)
{
    if (m_feed)
        disconnect(m_feed, nullptr, this, nullptr);
    m_feed = feed;
    if (m_feed)
        connect(m_feed, &ops::live::ChangeFeed::changed, this, &PaymentMethodsPanel::onChange);
}

void PaymentMethodsPanel::onChange(const ops::live::Change &change)
{
    if (!m_loadedOnce)
        return;
    bool concerns = false;
    if (change.table == "customers"_L1) {
        concerns = change.touches(m_customerId);
    } else if (change.table == "customer_payment_methods"_L1 || change.table == "stripe_setup_requests"_L1) {
        // Rows carry their own ids: an insert may be this customer's (one cheap re-read tells), an update of a row
        // shown is.
        concerns = change.op == u'I' || change.many();
        for (const SavedPaymentMethod &m : std::as_const(m_view.methods))
            concerns = concerns || change.ids.contains(m.id);
        for (const auto &p : std::as_const(m_view.pending))
            concerns = concerns || change.ids.contains(p.id);
    }
    if (concerns)
        reload();
}

void PaymentMethodsPanel::reload()
{
    if (!m_api)
        return;
    m_loadedOnce = true;
    if (m_loadInFlight) {
        m_loadAgain = true; // once more when the current read is back
        return;
    }
    m_loadInFlight = true;
    ops::runThen(m_api->load(m_customerId), this, [this](const ops::Result<PaymentMethodsView> &r) {
        m_loadInFlight = false;
        if (!r.ok())
            m_banner->showError(r.error().userMessage);
        else
            display(r.value());
        if (m_loadAgain) {
            m_loadAgain = false;
            reload();
        }
    });
}

void PaymentMethodsPanel::display(const PaymentMethodsView &view)
{
    const qint64 keep = selected() ? selected()->id : 0;
    m_view = view;
    m_loaded = true;
    ++m_loads;
    const QLocale locale;
    const QDate today = QDate::currentDate();
    const QSignalBlocker block(m_list);
    m_list->clear();
    QTreeWidgetItem *again = nullptr;
    for (const SavedPaymentMethod &m : std::as_const(m_view.methods)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(0, kIdRole, m.id);
        item->setText(TypeColumn, typeLabel(m.type));
        const QString brand = m.brand.isEmpty() ? QString() : m.brand.left(1).toUpper() + m.brand.mid(1);
        const QString digits = m.last4.isEmpty() ? QString() : u"•••• "_s + m.last4;
        item->setText(MethodColumn, QStringList{brand, digits}.join(u' ').trimmed());
        if (m.expMonth > 0 && m.expYear > 0) {
            item->setText(ExpiryColumn, u"%1/%2"_s.arg(m.expMonth, 2, 10, QLatin1Char('0')).arg(m.expYear));
            switch (ops::payments::expiryState(m.expMonth, m.expYear, today)) {
            case ExpiryState::Expired:
                item->setText(StateColumn, tr("Expired"));
                item->setData(StateColumn, kToneRole, int(StatusChip::Tone::Bad));
                break;
            case ExpiryState::ExpiresSoon:
                item->setText(StateColumn, tr("Expires soon"));
                item->setData(StateColumn, kToneRole, int(StatusChip::Tone::Warning));
                break;
            case ExpiryState::Valid:
                break;
            }
        }
        item->setText(DefaultColumn, m.isDefault ? tr("★ Default") : QString());
        item->setToolTip(
            DefaultColumn, m.isDefault ? tr("Pre-authorized payments are charged to this method") : QString());
        item->setText(AddedColumn, locale.toString(m.createdAt.toLocalTime().date(), QLocale::ShortFormat));
        if (m.id == keep)
            again = item;
    }
    if (again)
        m_list->setCurrentItem(again);
    else if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_empty->setVisible(m_view.methods.isEmpty());

    m_pending->clear();
    for (const auto &p : std::as_const(m_view.pending)) {
        auto *item = new QTreeWidgetItem(m_pending);
        item->setData(0, kIdRole, p.id);
        item->setText(0,
            tr("%1: link sent on %2 to %3 by %4, waiting for the customer")
                .arg(typeLabel(p.methodType), locale.toString(p.createdAt.toLocalTime(), QLocale::ShortFormat),
                    p.recipient, channelLabel(p.channel)));
    }
    m_pendingTitle->setVisible(!m_view.pending.isEmpty());
    m_pending->setVisible(!m_view.pending.isEmpty());

    m_ppa->setChecked(m_view.ppaEnabled);
    m_ppaNote->setText(m_view.ppaEnabled ? tr("Open invoices are charged to the default method on their due date.")
            : m_view.hasDefault()        ? tr("Not enrolled.")
                                         : tr("Not enrolled: needs a default payment method."));
    updateActions();
    emit loaded();
}

const SavedPaymentMethod *PaymentMethodsPanel::selected() const
{
    const QTreeWidgetItem *item = m_list ? m_list->currentItem() : nullptr;
    if (!item || !item->isSelected())
        return nullptr;
    const qint64 id = item->data(0, kIdRole).toLongLong();
    for (const SavedPaymentMethod &m : m_view.methods)
        if (m.id == id)
            return &m;
    return nullptr;
}

void PaymentMethodsPanel::updateActions()
{
    const SavedPaymentMethod *m = selected();
    const bool idle = m_api && !m_busy && m_loaded;
    m_defaultAction->setEnabled(idle && m && !m->isDefault);
    const bool stripe = m_api && m_api->canRemove();
    m_removeAction->setEnabled(idle && m && stripe);
    m_removeAction->setToolTip(stripe
            ? tr("Detach the selected method at Stripe and remove it from the file (Delete)")
            : tr("Stripe is not set up on this workstation (File → Integrations → Stripe): a saved method cannot be "
                 "removed."));
    const bool links = m_api && m_api->canSendLinks();
    m_linkAction->setEnabled(idle && links);
    m_linkAction->setToolTip(links
            ? tr("E-mail or text the customer a secure link to save a card or a bank account (Ctrl+L)")
            : tr("Stripe is not set up on this workstation (File → Integrations → Stripe): no link can be sent."));
    m_ppa->setEnabled(idle);
    for (QPushButton *b : {m_defaultButton, m_removeButton, m_linkButton}) {
        QAction *a = b == m_defaultButton ? m_defaultAction : (b == m_removeButton ? m_removeAction : m_linkAction);
        b->setEnabled(a->isEnabled());
        b->setToolTip(a->toolTip());
    }
}

void PaymentMethodsPanel::showContextMenu(const QPoint &pos)
{
    if (!m_list->itemAt(pos))
        return;
    QMenu menu(this);
    menu.addAction(m_defaultAction);
    menu.addAction(m_removeAction);
    menu.addSeparator();
    menu.addAction(m_linkAction);
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

void PaymentMethodsPanel::finish(bool ok, const QString &message, bool warning)
{
    m_busy = false;
    if (!ok)
        m_banner->showError(message);
    else if (warning)
        m_banner->showWarning(message);
    else if (!message.isEmpty())
        m_banner->showSuccess(message);
    reload(); // the truth from the database, also after a refusal (a stale row)
    emit actionFinished(ok);
}

void PaymentMethodsPanel::makeDefault()
{
    const SavedPaymentMethod *m = selected();
    if (!m_api || m_busy || !m || m->isDefault)
        return;
    m_busy = true;
    updateActions();
    ops::runThen(m_api->makeDefault(m_customerId, m->id, m->version), this, [this](const ops::Status &s) {
        finish(s.ok(), s.ok() ? tr("Default payment method changed.") : s.error().userMessage);
    });
}

void PaymentMethodsPanel::removeSelected()
{
    const SavedPaymentMethod *m = selected();
    if (!m_api || m_busy || !m)
        return;
    if (!m_api->canRemove()) {
        m_banner->showError(m_removeAction->toolTip());
        return;
    }
    const QString what = m->last4.isEmpty() ? typeLabel(m->type) : tr("%1 •••• %2").arg(typeLabel(m->type), m->last4);
    QString question =
        tr("Remove %1 from this customer? It is detached at Stripe and can no longer be charged.").arg(what);
    if (m->isDefault && m_view.ppaEnabled)
        question += u"\n\n"_s + tr("It is the default method: pre-authorized payments will be turned off.");
    const bool yes = m_confirm ? m_confirm(question)
                               : QMessageBox::question(window(), tr("Remove payment method"), question,
                                     QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
    if (!yes)
        return;
    m_busy = true;
    updateActions();
    m_banner->showInfo(tr("Removing the payment method at Stripe…"));
    ops::runThen(m_api->remove(m_customerId, m->id, m->version), this,
        [this](const ops::Result<ops::payments::RemoveMethodResult> &r) {
            if (!r.ok())
                return finish(false, r.error().userMessage);
            if (r.value().ppaTurnedOff)
                return finish(true,
                    tr("Payment method removed. It was the default: pre-authorized payments are now off for this "
                       "customer."),
                    true);
            finish(true, tr("Payment method removed."));
        });
}

void PaymentMethodsPanel::setPpa(bool enabled)
{
    if (!m_api || m_busy || !m_loaded) {
        m_ppa->setChecked(m_view.ppaEnabled);
        return;
    }
    if (enabled && !m_view.hasDefault()) {
        m_ppa->setChecked(false);
        m_banner->showError(tr("Pre-authorized payments need a default payment method. Send the customer a link to "
                               "save a card or a bank account, or make a saved method the default."));
        return;
    }
    m_busy = true;
    updateActions();
    ops::runThen(m_api->setPpa(m_customerId, enabled), this, [this, enabled](const ops::Status &s) {
        finish(s.ok(),
            s.ok() ? (enabled ? tr("Pre-authorized payments are on.") : tr("Pre-authorized payments are off."))
                   : s.error().userMessage);
    });
}

SetupLinkDialog *PaymentMethodsPanel::openSetupLinkDialog()
{
    if (!m_api || !m_loaded)
        return nullptr;
    auto *dialog = new SetupLinkDialog(m_api, m_view, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SetupLinkDialog::sent, this, [this] { reload(); });
    dialog->open();
    return dialog;
}
