#pragma once

#include <span>

#include <QByteArray>
#include <QtGlobal>

#include "core/demo/DemoCalendar.h"

// Ticket types, subjects and message bodies (French and English) for the demo tickets.
namespace ops::demo {

class Rng;

enum TicketType : quint8
{
    TkNoInternet,
    TkSlowSpeed,
    TkWifi,
    TkTv,
    TkPhone,
    TkBilling,
    TkInstallation,
    TkMove,
    TkCancellation,
    TkEquipment,
    TkGeneral,
    TkOutage, // outage parents only
    TkTypeCount
};

enum TicketStatus : quint8
{
    TsOpen,
    TsInProgress,
    TsWaiting,
    TsResolved,
    TsClosed
};

const char *ticketTypeKey(int type); // issue_type column
int ticketTypeWeight(int type); // share among ordinary tickets
bool isBillingType(int type);
// Subject of an ordinary ticket; variant is any number (taken modulo the available subjects).
const char *ticketSubject(int type, bool english, int variant);

// Values substituted into message templates: @C customer, @S staff, @A address, @O OLT port, @P phone, @F plan
// speed, @B balance, @H time of day, @D date, @N affected units, @T ticket code.
struct MessageContext
{
    QByteArray customer, staff, address, olt, phone, balance;
    int planMbps = 1000;
    int affected = 0;
    qint64 ticketId = 0;
    Ts when = 0;
    bool english = false;
};

enum MessageRole : quint8
{
    MsgOpening,
    MsgStaffReply,
    MsgCustomerFollowUp,
    MsgInternalNote,
    MsgClosing
};

// Appends a body for the role, drawn from the templates of the ticket type.
void appendMessage(QByteArray &out, Rng &rng, int type, MessageRole role, const MessageContext &ctx);

} // namespace ops::demo
