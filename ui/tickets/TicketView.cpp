#include "ui/tickets/TicketView.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QShortcut>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/concurrency/Async.h"
#include "core/live/ChangeFeed.h"
#include "core/tickets/TicketApi.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/RoleGate.h"
#include "ui/common/StatusChip.h"
#include "ui/common/Theme.h"
#include "ui/tickets/DispatchJobDialog.h"
#include "ui/tickets/TicketListModel.h"
#include "ui/tickets/TicketMessageDelegate.h"
#include "ui/tickets/TicketThreadModel.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops::tickets;

TicketView::TicketView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"TicketView"_s);
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(6);
    v->addWidget(buildHeader());
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(u"ticketBanner"_s);
    v->addWidget(m_banner);

    m_older = new QPushButton(this);
    m_older->setObjectName(u"olderMessages"_s);
    m_older->hide();
    connect(m_older, &QPushButton::clicked, this, &TicketView::loadOlder);
    v->addWidget(m_older);

    m_model = new TicketThreadModel(this);
    m_thread = new QListView(this);
    m_thread->setObjectName(u"ticketThread"_s);
    m_thread->setAccessibleName(tr("Messages"));
    m_thread->setModel(m_model);
    m_delegate = new TicketMessageDelegate(m_thread);
    m_thread->setItemDelegate(m_delegate);
    m_thread->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_thread->setResizeMode(QListView::Adjust);
    m_thread->setSelectionMode(QAbstractItemView::SingleSelection);
    m_thread->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_thread->setStyleSheet(
        Theme::styled(u"QListView#ticketThread { background: @ThreadBackground; border: 1px solid @Border; }"_s));
    v->addWidget(m_thread, 1);
    v->addWidget(buildComposer());
    installShortcuts();

    setTabOrder(m_customer, m_assign);
    setTabOrder(m_assign, m_status);
    setTabOrder(m_status, m_link);
    setTabOrder(m_link, m_job);
    setTabOrder(m_job, m_thread);
    setTabOrder(m_thread, m_composer);
    setTabOrder(m_composer, m_reply);
    setTabOrder(m_reply, m_note);
    setTabOrder(m_note, m_email);
    setTabOrder(m_email, m_sms);
    setTabOrder(m_sms, m_send);
    setBusy(true);
}

TicketView::~TicketView() = default;

void TicketView::installShortcuts()
{
    const auto shortcut = [this](const QKeySequence &keys, QWidget *scope, auto slot) {
        auto *s = new QShortcut(keys, scope, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_composer, [this] { send(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), m_composer, [this] { send(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_I), this, [this] {
        (m_note->isChecked() ? m_reply : m_note)->setChecked(true);
        m_composer->setFocus(Qt::ShortcutFocusReason);
    });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), this, [this] {
        m_assign->setFocus(Qt::ShortcutFocusReason);
        m_assign->showPopup();
    });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this, [this] {
        m_status->setFocus(Qt::ShortcutFocusReason);
        m_status->showPopup();
    });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_L), this, [this] { showLinkMenu(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_J), this, [this] { createDispatchJob(); });
    shortcut(QKeySequence(Qt::Key_Escape), this, [this] { emit closeRequested(); });
}

void TicketView::setTicketService(TicketApi *service)
{
    if (service == m_service)
        return;
    m_service = service;
    m_id = 0;
    ++m_generation;
    m_model->clear();
    m_banner->dismiss();
    setBusy(true);
    if (m_service)
        loadStaff();
}

void TicketView::setChangeFeed(ops::live::ChangeFeed *feed)
{
    if (feed == m_feed)
        return;
    if (m_feed)
        disconnect(m_feed, nullptr, this, nullptr);
    m_feed = feed;
    if (m_feed)
        connect(m_feed, &ops::live::ChangeFeed::changed, this, &TicketView::onChange);
}

void TicketView::loadStaff()
{
    ops::runThen(m_service->filterOptions(), this, [this](const ops::Result<TicketFilterOptions> &r) {
        if (!r.ok())
            return m_banner->showError(r.error().userMessage);
        m_staff = r.value().staff;
        fillAssignBox();
    });
}

void TicketView::openTicket(qint64 ticketId)
{
    if (m_id != 0)
        m_drafts.insert(m_id, m_composer->toPlainText());
    const bool same = ticketId == m_id;
    m_id = ticketId;
    if (!same) {
        ++m_generation;
        m_model->clear();
        m_delegate->clearCache();
        m_composer->setPlainText(m_drafts.take(ticketId));
        m_banner->dismiss();
        m_detail = {};
        m_code->setText(tr("Loading…"));
        m_subject->clear();
    }
    reload();
}

void TicketView::reload()
{
    if (!m_service || m_id == 0)
        return;
    const quint64 gen = m_generation;
    setBusy(true);
    loadReplyTargets();
    ops::runThen(m_service->loadTicket(m_id), this, [this, gen](const ops::Result<TicketSnapshot> &r) {
        if (gen != m_generation)
            return;
        if (!r.ok())
            return m_banner->showError(r.error().userMessage);
        m_banner->dismiss();
        applyDetail(r.value().ticket);
        const bool wasEmpty = m_model->rowCount() == 0;
        if (wasEmpty)
            m_model->setMessages(r.value().thread.messages);
        else
            m_model->appendNewer(r.value().thread.messages);
        if (wasEmpty) {
            m_olderCursor = r.value().thread.olderCursor;
            const int older = r.value().messageCount - int(r.value().thread.messages.size());
            m_older->setText(tr("Load older messages (%n earlier)", nullptr, older));
            m_older->setVisible(r.value().thread.hasOlder);
            scrollToBottomLater();
        }
        setBusy(false);
        emit loaded(m_id);
    });
}

void TicketView::setCapabilities(const ops::Capabilities &caps)
{
    m_caps = caps;
    using A = ops::Capabilities::Action;
    for (QWidget *w : {static_cast<QWidget *>(m_assign), static_cast<QWidget *>(m_status),
             static_cast<QWidget *>(m_link), static_cast<QWidget *>(m_job)})
        RoleGate::explain(w, caps, A::WriteTickets);
    for (QWidget *w : {static_cast<QWidget *>(m_composer), static_cast<QWidget *>(m_send),
             static_cast<QWidget *>(m_reply), static_cast<QWidget *>(m_note)})
        RoleGate::explain(w, caps, A::WriteMessages);
    m_composer->setReadOnly(m_sending || !caps.writeMessages);
    m_reply->setEnabled(caps.writeMessages);
    m_note->setEnabled(caps.writeMessages);
    applyReplyTargets(); // e-mail and SMS: the role and the customer's addresses
    setBusy(false);
}

void TicketView::setBusy(bool busy)
{
    const bool enabled = !busy && m_service && m_id != 0 && !m_detail.isNull();
    const bool tickets = enabled && !m_writing && m_caps.writeTickets;
    m_assign->setEnabled(tickets);
    m_status->setEnabled(tickets);
    m_link->setEnabled(tickets && m_detail.customerId != 0);
    m_job->setEnabled(tickets && m_detail.customerId != 0);
    m_send->setEnabled(enabled && !m_sending && m_composerError->isHidden() && m_caps.writeMessages);
}

void TicketView::applyDetail(const TicketDetail &d)
{
    m_detail = d;
    m_code->setText(d.code);
    m_subject->setText(d.subject);
    m_important->setVisible(d.important);
    m_chip->setText(TicketListModel::statusLabel(d.status), StatusChip::toneFor(d.status));
    m_customer->setText(d.customerId ? u"%1 · %2"_s.arg(d.customerCode, d.customerName) : tr("No customer"));
    m_customer->setEnabled(d.customerId != 0);
    m_location->setText(d.locationId ? u"%1 · %2"_s.arg(d.locationCode, d.locationAddress) : tr("None linked"));
    m_device->setText(d.equipmentId ? u"%1 · %2"_s.arg(d.equipmentCode, d.equipmentLabel) : tr("None linked"));
    m_parent->setVisible(d.parentId != 0);
    m_parent->setText(tr("Part of %1").arg(d.parentCode));
    m_children->setVisible(d.childCount > 0);
    m_children->setText(tr("%n grouped ticket(s)", nullptr, d.childCount));
    m_status->setCurrentIndex(qMax(0, m_status->findData(d.status)));
    fillAssignBox();
    setBusy(false);
}

void TicketView::fillAssignBox()
{
    const QSignalBlocker blocker(m_assign);
    m_assign->clear();
    m_assign->addItem(tr("Unassigned"), qint64(0));
    for (const StaffOption &s : m_staff)
        m_assign->addItem(s.name, s.id);
    if (m_detail.assignedStaffId != 0 && m_assign->findData(m_detail.assignedStaffId) < 0)
        m_assign->addItem(m_detail.assignedStaffName, m_detail.assignedStaffId); // inactive staff
    m_assign->setCurrentIndex(qMax(0, m_assign->findData(m_detail.assignedStaffId)));
}

// ---- changes ----

void TicketView::assignTo(qint64 staffId)
{
    if (staffId == m_detail.assignedStaffId)
        return;
    const qint64 id = m_id;
    runWrite([this, id, staffId](int version) { return m_service->assign(id, staffId, version); });
}

void TicketView::changeStatus(const QString &status)
{
    if (status == m_detail.status)
        return;
    const qint64 id = m_id;
    runWrite([this, id, status](int version) { return m_service->setStatus(id, status, version); });
}

void TicketView::linkLocation(qint64 locationId)
{
    const qint64 id = m_id;
    runWrite([this, id, locationId](int version) { return m_service->linkLocation(id, locationId, version); });
}

void TicketView::linkEquipment(qint64 equipmentId)
{
    const qint64 id = m_id;
    runWrite([this, id, equipmentId](int version) { return m_service->linkEquipment(id, equipmentId, version); });
}

void TicketView::runWrite(const Write &write)
{
    if (!m_service || m_detail.isNull() || m_writing || !m_caps.writeTickets)
        return;
    m_lastWrite = write;
    m_writing = true;
    setBusy(false);
    const quint64 gen = m_generation;
    ops::runThen(write(m_detail.version), this, [this, gen](const TicketWriteResult &r) {
        m_writing = false;
        if (gen != m_generation)
            return;
        setBusy(false);
        if (r.ok()) {
            m_banner->dismiss();
            applyDetail(r.value());
            emit saved();
            return;
        }
        if (r.isConflict())
            return showConflict(r.conflict->current);
        applyDetail(m_detail); // the combos go back to what is stored
        m_banner->clearActions();
        m_banner->showError(r.error().userMessage);
    });
}

QString TicketView::describeChanges(const TicketDetail &mine, const TicketDetail &theirs) const
{
    QStringList parts;
    const auto arrow = [&parts](const QString &what, const QString &a, const QString &b) {
        if (a != b)
            parts << tr("%1 %2 → %3", "field: before → after").arg(what, a, b);
    };
    const QString none = tr("none");
    arrow(tr("status"), TicketListModel::statusLabel(mine.status), TicketListModel::statusLabel(theirs.status));
    arrow(tr("assigned"), mine.assignedStaffId ? mine.assignedStaffName : none,
        theirs.assignedStaffId ? theirs.assignedStaffName : none);
    arrow(tr("location"), mine.locationId ? mine.locationCode : none, theirs.locationId ? theirs.locationCode : none);
    arrow(tr("device"), mine.equipmentId ? mine.equipmentCode : none, theirs.equipmentId ? theirs.equipmentCode : none);
    if (mine.subject != theirs.subject)
        parts << tr("subject changed");
    if (mine.important != theirs.important)
        parts << (theirs.important ? tr("marked important") : tr("no longer important"));
    return parts.isEmpty() ? tr("no visible change") : parts.join(u"; "_s);
}

void TicketView::showConflict(const TicketDetail &theirs)
{
    const TicketDetail mine = m_detail;
    applyDetail(mine); // the combos show what this view knew; theirs comes with Reload
    const QString who = theirs.lastChangedBy.isEmpty() ? tr("Someone") : theirs.lastChangedBy;
    const QDateTime at = theirs.lastChangedAt.isValid() ? theirs.lastChangedAt : theirs.updatedAt;
    m_banner->clearActions();
    QAbstractButton *reloadButton = m_banner->addAction(tr("Reload"));
    reloadButton->setObjectName(u"conflictReload"_s);
    connect(reloadButton, &QAbstractButton::clicked, this, [this, theirs] {
        m_banner->dismiss();
        applyDetail(theirs);
    });
    QAbstractButton *again = m_banner->addAction(tr("Apply mine again"));
    again->setObjectName(u"conflictApplyMine"_s);
    connect(again, &QAbstractButton::clicked, this, [this, theirs] {
        m_banner->dismiss();
        applyDetail(theirs);
        if (m_lastWrite)
            runWrite(m_lastWrite);
    });
    m_banner->showWarning(tr("%1 changed this ticket at %2: %3. Your change was not saved.")
                              .arg(who, QLocale().toString(at.toLocalTime().time(), QLocale::ShortFormat),
                                  describeChanges(mine, theirs)));
    emit conflictShown();
}

void TicketView::showLinkMenu()
{
    if (!m_service || m_detail.isNull() || m_detail.customerId == 0 || m_writing || !m_caps.writeTickets)
        return;
    const quint64 gen = m_generation;
    ops::runThen(m_service->linkOptions(m_detail.customerId), this, [this, gen](const ops::Result<LinkOptions> &r) {
        if (gen != m_generation)
            return;
        if (!r.ok())
            return m_banner->showError(r.error().userMessage);
        auto *menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->addSection(tr("Location"));
        for (const LinkOption &o : r.value().locations) {
            QAction *a = menu->addAction(u"%1 — %2"_s.arg(o.code, o.label));
            a->setCheckable(true);
            a->setChecked(o.id == m_detail.locationId);
            connect(a, &QAction::triggered, this, [this, id = o.id] { linkLocation(id); });
        }
        menu->addSection(tr("Device"));
        for (const LinkOption &o : r.value().equipment) {
            QAction *a = menu->addAction(u"%1 — %2"_s.arg(o.code, o.label));
            a->setCheckable(true);
            a->setChecked(o.id == m_detail.equipmentId);
            connect(a, &QAction::triggered, this, [this, id = o.id] { linkEquipment(id); });
        }
        menu->addSeparator();
        QAction *noLoc = menu->addAction(tr("Unlink the location"));
        noLoc->setEnabled(m_detail.locationId != 0);
        connect(noLoc, &QAction::triggered, this, [this] { linkLocation(0); });
        QAction *noDev = menu->addAction(tr("Unlink the device"));
        noDev->setEnabled(m_detail.equipmentId != 0);
        connect(noDev, &QAction::triggered, this, [this] { linkEquipment(0); });
        menu->popup(m_link->mapToGlobal(QPoint(0, m_link->height())));
    });
}

void TicketView::createDispatchJob()
{
    if (!m_service || m_detail.isNull() || m_detail.customerId == 0 || !m_caps.writeTickets)
        return;
    const quint64 gen = m_generation;
    ops::runThen(m_service->linkOptions(m_detail.customerId), this, [this, gen](const ops::Result<LinkOptions> &r) {
        if (gen != m_generation)
            return;
        if (!r.ok())
            return m_banner->showError(r.error().userMessage);
        auto *dialog = new DispatchJobDialog(m_detail, r.value().locations, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        const int version = m_detail.version;
        const qint64 id = m_id;
        connect(dialog, &QDialog::accepted, this, [this, dialog, version, id, gen] {
            const DispatchJobRequest req = dialog->request();
            ops::runThen(m_service->createDispatchJob(id, req, version), this,
                [this, gen](const ops::Result<DispatchJobCreated> &job) {
                    if (gen != m_generation)
                        return;
                    m_banner->clearActions();
                    if (!job.ok()) {
                        if (job.error().kind == ops::Error::Kind::Conflict) {
                            QAbstractButton *reloadButton = m_banner->addAction(tr("Reload"));
                            connect(reloadButton, &QAbstractButton::clicked, this, [this] { reload(); });
                            return m_banner->showWarning(
                                tr("%1 No job was created: check the ticket, then create it again.")
                                    .arg(job.error().userMessage));
                        }
                        return m_banner->showError(job.error().userMessage);
                    }
                    m_banner->showSuccess(
                        tr("Dispatch job %1 created in the unscheduled queue.").arg(job.value().code));
                    emit dispatchJobCreated(job.value().id, job.value().code);
                });
        });
        dialog->open();
    });
}

// ---- messages ----

void TicketView::validateComposer()
{
    const QString text = m_composer->toPlainText();
    QString error;
    // Cheap first: a text of n UTF-16 units is at most 3n UTF-8 bytes.
    if (qsizetype(text.size()) * 3 > TicketApi::maxMessageBytes()) {
        if (auto e = TicketApi::validateMessageBody(text); e && !text.trimmed().isEmpty())
            error = e->userMessage;
    }
    m_composerError->setText(error);
    m_composerError->setVisible(!error.isEmpty());
    setBusy(false);
}

void TicketView::send()
{
    if (!m_service || m_id == 0 || m_sending || !m_caps.writeMessages)
        return;
    const QString text = m_composer->toPlainText();
    if (auto e = TicketApi::validateMessageBody(text)) {
        m_composerError->setText(e->userMessage);
        m_composerError->show();
        return;
    }
    m_composerError->hide();
    m_sending = true;
    m_composer->setReadOnly(true);
    setBusy(false);
    const QString channel = replyChannel();
    const quint64 gen = m_generation;
    // E-mail and SMS reach the customer through the outbox; the thread shows their delivery.
    auto sent = channel == "email"_L1 || channel == "sms"_L1
        ? m_service->sendReply(m_id, ReplyRequest{channel, text, {}})
        : m_service->addMessage(m_id, text, channel == "note"_L1);
    ops::runThen(sent, this, [this, gen](const ops::Result<TicketMessage> &r) {
        m_sending = false;
        m_composer->setReadOnly(!m_caps.writeMessages);
        setBusy(false);
        if (gen != m_generation)
            return; // another ticket is shown now; its composer holds its own draft
        if (!r.ok()) {
            // The text stays in the composer; the error is shown right under it.
            m_composerError->setText(r.error().userMessage);
            m_composerError->show();
            return;
        }
        m_composer->clear();
        m_composerError->hide();
        m_model->appendNewer({r.value()});
        scrollToBottomLater();
        emit messageSent(r.value().id);
    });
}

void TicketView::loadOlder()
{
    if (!m_service || m_olderCursor.isNull())
        return;
    const quint64 gen = m_generation;
    m_older->setEnabled(false);
    ops::runThen(m_service->olderMessages(m_id, m_olderCursor), this, [this, gen](const ops::Result<MessagePage> &r) {
        m_older->setEnabled(true);
        if (gen != m_generation)
            return;
        if (!r.ok())
            return m_banner->showError(r.error().userMessage);
        const QModelIndex firstBefore = m_model->index(0);
        const qint64 anchor = firstBefore.isValid() ? m_model->message(0).id : 0;
        m_model->prependOlder(r.value().messages);
        m_olderCursor = r.value().olderCursor;
        m_older->setVisible(r.value().hasOlder);
        m_older->setText(tr("Load older messages"));
        for (int row = 0; anchor && row < m_model->rowCount(); ++row) {
            if (m_model->message(row).id == anchor) {
                m_thread->scrollTo(m_model->index(row), QAbstractItemView::PositionAtTop);
                break;
            }
        }
    });
}

// ---- live ----

void TicketView::onChange(const ops::live::Change &change)
{
    if (!m_service || m_id == 0)
        return;
    if (change.table == "tickets"_L1 && change.touches(m_id))
        refreshDetail();
    else if (change.table == "ticket_messages"_L1) // ids are message ids: ask for this thread's new ones
        fetchNewer();
    else if (change.table == "outbox"_L1 && m_model->hasOutboxRow(change.ids)) // a reply's delivery moved
        refreshDeliveries();
}

void TicketView::refreshDetail()
{
    if (m_writing)
        return; // the write's own answer brings the new row
    const quint64 gen = m_generation;
    ops::runThen(m_service->detail(m_id), this, [this, gen](const ops::Result<TicketDetail> &r) {
        if (gen != m_generation || m_writing)
            return;
        if (!r.ok()) {
            if (r.error().kind == ops::Error::Kind::NotFound)
                m_banner->showWarning(r.error().userMessage);
            return;
        }
        if (r.value().version >= m_detail.version)
            applyDetail(r.value());
    });
}

void TicketView::fetchNewer()
{
    if (m_fetchingNewer) {
        m_newerAgain = true;
        return;
    }
    m_fetchingNewer = true;
    const quint64 gen = m_generation;
    ops::runThen(m_service->newerMessages(m_id, m_model->newestCursor()), this,
        [this, gen](const ops::Result<QList<TicketMessage>> &r) {
            m_fetchingNewer = false;
            if (gen != m_generation)
                return;
            if (r.ok() && !r.value().isEmpty()) {
                const bool atBottom = isAtBottom();
                m_model->appendNewer(r.value());
                if (atBottom)
                    scrollToBottomLater();
            }
            if (m_newerAgain) {
                m_newerAgain = false;
                fetchNewer();
            }
        });
}

bool TicketView::isAtBottom() const
{
    const QScrollBar *bar = m_thread->verticalScrollBar();
    return bar->value() >= bar->maximum() - 4;
}

void TicketView::scrollToBottomLater()
{
    // After the view has laid out the new rows.
    QTimer::singleShot(0, m_thread, [view = m_thread] { view->scrollToBottom(); });
}
