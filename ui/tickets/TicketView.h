#pragma once

#include <functional>

#include <QFuture>
#include <QHash>
#include <QPointer>
#include <QWidget>

#include "core/session/Capabilities.h"
#include "core/tickets/TicketTypes.h"

class MessageBanner;
class QAbstractButton;
class QComboBox;
class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class StatusChipLabel;
class TicketMessageDelegate;
class TicketThreadModel;

namespace ops::tickets {
class TicketApi;
}
namespace ops::live {
class ChangeFeed;
struct Change;
} // namespace ops::live

// One ticket: header (code, subject, status, customer, location, device, assignee), its message thread, a composer
// (portal reply, internal note, or a reply to the customer by e-mail or SMS with its delivery in the thread; Ctrl+Enter
// sends) and the actions (assign, status, link, create a dispatch job). Every
// change is guarded by the ticket's version: a stale save shows who changed what, with Reload / Apply mine again.
// Live: the header and the thread follow changes made elsewhere; the composer text and the scroll position stay.
class TicketView : public QWidget
{
    Q_OBJECT
public:
    explicit TicketView(QWidget *parent = nullptr);
    ~TicketView() override;

    void setTicketService(ops::tickets::TicketApi *service); // nullptr: disconnected
    void setChangeFeed(ops::live::ChangeFeed *feed);
    // What the role may do (RoleGate): assign, status, link and dispatch job need WriteTickets, the composer
    // WriteMessages; denied ones are disabled with the reason as tooltip. Default: everything allowed.
    void setCapabilities(const ops::Capabilities &caps);
    void openTicket(qint64 ticketId);
    void reload();
    qint64 ticketId() const { return m_id; }
    const ops::tickets::TicketDetail &ticket() const { return m_detail; }

    TicketThreadModel *threadModel() const { return m_model; }
    QListView *threadView() const { return m_thread; }
    QPlainTextEdit *composer() const { return m_composer; }
    QLabel *composerError() const { return m_composerError; }
    MessageBanner *banner() const { return m_banner; }
    QComboBox *assignBox() const { return m_assign; }
    QComboBox *statusBox() const { return m_status; }
    QPushButton *sendButton() const { return m_send; }
    QRadioButton *noteToggle() const { return m_note; }
    QRadioButton *replyToggle() const { return m_reply; }
    QRadioButton *emailToggle() const { return m_email; }
    QRadioButton *smsToggle() const { return m_sms; }
    QLabel *replyToLabel() const { return m_replyTo; } // where an e-mail or SMS reply goes
    QLabel *segmentLabel() const { return m_segments; } // the SMS segment count while typing
    // The composer's channel: portal, note, email or sms.
    QString replyChannel() const;

    // The actions, as the shortcuts and buttons run them.
    void send();
    void assignTo(qint64 staffId);
    void changeStatus(const QString &status);
    void linkLocation(qint64 locationId);
    void linkEquipment(qint64 equipmentId);
    void showLinkMenu();
    void createDispatchJob();

signals:
    void customerRequested(qint64 customerId, const QString &code);
    void ticketRequested(qint64 ticketId); // the parent ticket
    void childrenRequested(qint64 ticketId, const QString &code);
    void closeRequested();
    void loaded(qint64 ticketId); // a ticket was (re)loaded and shown
    void messageSent(qint64 messageId);
    void saved(); // a change to the ticket was stored
    void conflictShown();
    void dispatchJobCreated(qint64 jobId, const QString &code);

private:
    using Write = std::function<QFuture<ops::tickets::TicketWriteResult>(int version)>;

    QWidget *buildHeader();
    QWidget *buildComposer();
    void installShortcuts();
    void loadStaff();
    void applyDetail(const ops::tickets::TicketDetail &d);
    void fillAssignBox();
    void runWrite(const Write &write);
    void showConflict(const ops::tickets::TicketDetail &theirs);
    QString describeChanges(const ops::tickets::TicketDetail &mine, const ops::tickets::TicketDetail &theirs) const;
    void onChange(const ops::live::Change &change);
    void refreshDetail();
    void fetchNewer();
    void loadOlder();
    bool isAtBottom() const;
    void scrollToBottomLater();
    void validateComposer();
    void setBusy(bool busy);
    // Replies that reach the customer (TicketViewReplies.cpp).
    QWidget *buildChannels(QWidget *box);
    void loadReplyTargets();
    void applyReplyTargets();
    void channelChanged();
    void updateSegments();
    void refreshDeliveries();

    QPointer<ops::tickets::TicketApi> m_service;
    QPointer<ops::live::ChangeFeed> m_feed;
    qint64 m_id = 0;
    quint64 m_generation = 0; // bumped per opened ticket; late answers for another ticket are dropped
    ops::tickets::TicketDetail m_detail;
    ops::tickets::MessageCursor m_olderCursor;
    QList<ops::tickets::StaffOption> m_staff;
    QHash<qint64, QString> m_drafts; // unsent text per ticket
    Write m_lastWrite; // for "Apply mine again"
    ops::Capabilities m_caps = ops::Capabilities::unrestricted();
    bool m_sending = false;
    bool m_writing = false;
    bool m_fetchingNewer = false;
    bool m_newerAgain = false;
    ops::tickets::ReplyTargets m_targets; // where this ticket's replies can go
    bool m_deliveriesLoading = false;
    bool m_deliveriesAgain = false;

    QLabel *m_code = nullptr;
    QLabel *m_subject = nullptr;
    QLabel *m_important = nullptr;
    StatusChipLabel *m_chip = nullptr;
    QPushButton *m_customer = nullptr;
    QLabel *m_location = nullptr;
    QLabel *m_device = nullptr;
    QPushButton *m_parent = nullptr;
    QPushButton *m_children = nullptr;
    QComboBox *m_assign = nullptr;
    QComboBox *m_status = nullptr;
    QPushButton *m_link = nullptr;
    QPushButton *m_job = nullptr;
    MessageBanner *m_banner = nullptr;
    QPushButton *m_older = nullptr;
    QListView *m_thread = nullptr;
    TicketThreadModel *m_model = nullptr;
    TicketMessageDelegate *m_delegate = nullptr;
    QPlainTextEdit *m_composer = nullptr;
    QRadioButton *m_reply = nullptr;
    QRadioButton *m_note = nullptr;
    QRadioButton *m_email = nullptr;
    QRadioButton *m_sms = nullptr;
    QLabel *m_replyTo = nullptr;
    QLabel *m_segments = nullptr;
    QLabel *m_composerError = nullptr;
    QPushButton *m_send = nullptr;
};
