#pragma once

#include "core/common/Result.h"
#include "core/outbox/OutboxTypes.h"
#include "core/staff/StaffTypes.h"

namespace ops::staff {

enum class PasswordMailKind
{
    Invitation,
    Reset,
};

// The Mailjet outbox request that gives `member` their temporary password, written in the member's language (fr or
// en: the text is chosen by member.language, not by the language of the screen). The request is stored in the outbox
// until sent: the password is temporary (valid 7 days, changed at first login).
Result<outbox::OutboxRequest> passwordMail(
    const StaffMember &member, const QString &password, const InviteSender &sender, PasswordMailKind kind);

} // namespace ops::staff
