// TicketView: building the header (with its actions) and the composer.
#include <QButtonGroup>
#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/tickets/TicketTypes.h"
#include "ui/common/StatusChip.h"
#include "ui/common/Theme.h"
#include "ui/tickets/TicketListModel.h"
#include "ui/tickets/TicketView.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops::tickets;

namespace {
QLabel *plainLabel(QWidget *parent, const QString &objectName)
{
    auto *l = new QLabel(parent);
    l->setObjectName(objectName);
    l->setTextFormat(Qt::PlainText); // ticket data is never rich text
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

QPushButton *linkButton(QWidget *parent, const QString &objectName)
{
    auto *b = new QPushButton(parent);
    b->setObjectName(objectName);
    b->setFlat(true);
    b->setCursor(Qt::PointingHandCursor);
    b->setStyleSheet(
        Theme::styled(u"QPushButton { color: @TextLink; text-decoration: underline; border: none; padding: 0 2px;"
                      " text-align: left; } QPushButton:focus { background: @FocusBackground; }"
                      " QPushButton:disabled { color: @TextSecondary; text-decoration: none; }"_s));
    return b;
}

QString withShortcut(const QString &text, const QKeySequence &keys)
{
    return u"%1 (%2)"_s.arg(text, keys.toString(QKeySequence::NativeText));
}
} // namespace

QWidget *TicketView::buildHeader()
{
    auto *header = new QFrame(this);
    header->setObjectName(u"ticketHeader"_s);
    header->setStyleSheet(
        Theme::styled(u"QFrame#ticketHeader { background: @Base; border: 1px solid @Border; border-radius: 4px; }"
                      " QFrame#ticketHeader QLabel { background: transparent; }"_s));
    auto *v = new QVBoxLayout(header);
    v->setContentsMargins(10, 8, 10, 8);
    v->setSpacing(6);

    auto *top = new QHBoxLayout;
    m_code = plainLabel(header, u"ticketCode"_s);
    m_code->setStyleSheet(Theme::styled(u"color: @TextTicketMeta; font-weight: 600;"_s));
    top->addWidget(m_code);
    m_subject = plainLabel(header, u"ticketSubject"_s);
    m_subject->setWordWrap(true);
    QFont big = m_subject->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_subject->setFont(big);
    top->addWidget(m_subject, 1);
    m_important = new QLabel(tr("★ Important"), header);
    m_important->setObjectName(u"ticketImportant"_s);
    m_important->setStyleSheet(Theme::styled(u"color: @TextError; font-weight: 600;"_s));
    top->addWidget(m_important);
    m_chip = new StatusChipLabel(header);
    m_chip->setObjectName(u"ticketStatusChip"_s);
    top->addWidget(m_chip);
    auto *close = new QToolButton(header);
    close->setObjectName(u"closeTicket"_s);
    close->setText(u"✕"_s);
    close->setAutoRaise(true);
    close->setToolTip(withShortcut(tr("Close the ticket"), QKeySequence(Qt::Key_Escape)));
    close->setFocusPolicy(Qt::NoFocus);
    connect(close, &QToolButton::clicked, this, &TicketView::closeRequested);
    top->addWidget(close, 0, Qt::AlignTop);
    v->addLayout(top);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(2);
    const auto caption = [header](const QString &text) {
        auto *l = new QLabel(text, header);
        l->setStyleSheet(Theme::styled(u"color: @TextTicketMeta;"_s));
        return l;
    };
    m_customer = linkButton(header, u"ticketCustomer"_s);
    m_customer->setToolTip(tr("Open the customer file"));
    connect(m_customer, &QPushButton::clicked, this,
        [this] { emit customerRequested(m_detail.customerId, m_detail.customerCode); });
    m_location = plainLabel(header, u"ticketLocation"_s);
    m_device = plainLabel(header, u"ticketDevice"_s);
    m_parent = linkButton(header, u"ticketParent"_s);
    m_parent->setToolTip(tr("Open the parent ticket"));
    connect(m_parent, &QPushButton::clicked, this, [this] { emit ticketRequested(m_detail.parentId); });
    m_children = linkButton(header, u"ticketChildren"_s);
    m_children->setToolTip(tr("List the tickets grouped under this one"));
    connect(m_children, &QPushButton::clicked, this, [this] { emit childrenRequested(m_detail.id, m_detail.code); });
    grid->addWidget(caption(tr("Customer")), 0, 0);
    grid->addWidget(m_customer, 0, 1, Qt::AlignLeft);
    grid->addWidget(caption(tr("Location")), 1, 0);
    grid->addWidget(m_location, 1, 1);
    grid->addWidget(caption(tr("Device")), 2, 0);
    grid->addWidget(m_device, 2, 1);
    auto *family = new QHBoxLayout;
    family->addWidget(m_parent);
    family->addWidget(m_children);
    family->addStretch(1);
    grid->addLayout(family, 3, 1);
    grid->setColumnStretch(1, 1);
    v->addLayout(grid);

    auto *actions = new QHBoxLayout;
    actions->setSpacing(6);
    m_assign = new QComboBox(header);
    m_assign->setObjectName(u"ticketAssign"_s);
    m_assign->setAccessibleName(tr("Assigned to"));
    m_assign->setToolTip(withShortcut(tr("Assign the ticket"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)));
    m_assign->setMinimumContentsLength(14);
    connect(m_assign, &QComboBox::activated, this, [this](int i) { assignTo(m_assign->itemData(i).toLongLong()); });
    m_status = new QComboBox(header);
    m_status->setObjectName(u"ticketStatus"_s);
    m_status->setAccessibleName(tr("Status"));
    m_status->setToolTip(withShortcut(tr("Change the status"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)));
    for (const QString &s : ticketStatuses())
        m_status->addItem(TicketListModel::statusLabel(s), s);
    connect(m_status, &QComboBox::activated, this, [this](int i) { changeStatus(m_status->itemData(i).toString()); });
    m_link = new QPushButton(tr("&Link…"), header);
    m_link->setObjectName(u"ticketLink"_s);
    m_link->setToolTip(withShortcut(tr("Link a location or a device"), QKeySequence(Qt::CTRL | Qt::Key_L)));
    connect(m_link, &QPushButton::clicked, this, &TicketView::showLinkMenu);
    m_job = new QPushButton(tr("Dispatch &job…"), header);
    m_job->setObjectName(u"ticketJob"_s);
    m_job->setToolTip(withShortcut(tr("Create a dispatch job from this ticket"), QKeySequence(Qt::CTRL | Qt::Key_J)));
    connect(m_job, &QPushButton::clicked, this, &TicketView::createDispatchJob);
    actions->addWidget(caption(tr("Assigned to")));
    actions->addWidget(m_assign);
    actions->addWidget(caption(tr("Status")));
    actions->addWidget(m_status);
    actions->addStretch(1);
    actions->addWidget(m_link);
    actions->addWidget(m_job);
    v->addLayout(actions);
    return header;
}

QWidget *TicketView::buildComposer()
{
    auto *box = new QFrame(this);
    box->setObjectName(u"ticketComposer"_s);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(4);
    m_composer = new QPlainTextEdit(box);
    m_composer->setObjectName(u"composer"_s);
    m_composer->setAccessibleName(tr("Message"));
    m_composer->setPlaceholderText(tr("Write a reply or an internal note… (Ctrl+Enter sends)"));
    m_composer->setTabChangesFocus(true);
    m_composer->setFixedHeight(96);
    v->addWidget(m_composer);
    auto *row = new QHBoxLayout;
    m_reply = new QRadioButton(tr("&Reply"), box);
    m_reply->setObjectName(u"composerReply"_s);
    m_reply->setChecked(true);
    m_note = new QRadioButton(tr("Internal &note"), box);
    m_note->setObjectName(u"composerNote"_s);
    const QString toggleTip = withShortcut(tr("Reply or internal note"), QKeySequence(Qt::CTRL | Qt::Key_I));
    m_reply->setToolTip(toggleTip);
    m_note->setToolTip(toggleTip);
    auto *group = new QButtonGroup(box);
    group->addButton(m_reply);
    group->addButton(m_note);
    QWidget *channels = buildChannels(box); // e-mail and SMS, the address, the SMS segments
    group->addButton(m_email);
    group->addButton(m_sms);
    connect(group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool on) {
        if (on)
            channelChanged();
    });
    m_composerError = new QLabel(box);
    m_composerError->setObjectName(u"composerError"_s);
    m_composerError->setTextFormat(Qt::PlainText);
    m_composerError->setStyleSheet(Theme::styled(u"color: @TextError;"_s));
    m_composerError->setWordWrap(true);
    m_composerError->hide();
    m_send = new QPushButton(tr("Send reply"), box);
    m_send->setObjectName(u"composerSend"_s);
    m_send->setDefault(false);
    m_send->setToolTip(withShortcut(tr("Send"), QKeySequence(Qt::CTRL | Qt::Key_Return)));
    connect(m_send, &QPushButton::clicked, this, &TicketView::send);
    row->addWidget(m_reply);
    row->addWidget(m_note);
    row->addWidget(channels);
    row->addSpacing(12);
    row->addWidget(m_composerError, 1);
    row->addStretch(1);
    row->addWidget(m_send);
    v->addLayout(row);

    auto *check = new QTimer(this);
    check->setSingleShot(true);
    check->setInterval(150);
    connect(check, &QTimer::timeout, this, &TicketView::validateComposer);
    connect(m_composer, &QPlainTextEdit::textChanged, check, qOverload<>(&QTimer::start));
    connect(m_composer, &QPlainTextEdit::textChanged, this, &TicketView::updateSegments);
    return box;
}
