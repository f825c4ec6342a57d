#pragma once

#include "core/common/Result.h"
#include "core/dunning/DunningTypes.h"

namespace ops::db {
class PgConnection;
}

namespace ops::dunning {

// Dunning (migration 0022_dunning): the stages, the daily run, the suspension preview and holds. Synchronous: DB
// executor threads (or targo-opsctl) only; SQL lives here.
//
// For a date D, an invoice is chased when it is open on D by the aging's definition (ReceivablesRepository: issued on
// or before D, total − paid by D − credit notes by D > 0) and at least one day late (D − due date), its customer owes
// at least the threshold in such invoices and has no hold (not released, until D or later). Each active stage whose
// days it has reached and that is not yet recorded for it is an action. Among the message stages (email, sms,
// notice) an invoice newly reaches in one run, only the latest is sent; the earlier ones are recorded as skipped
// ("superseded"), so a customer first seen 25 days late gets the suspension notice, not three messages at once.
// Messages go one per customer and stage, listing the invoices, in the customer's language.
class DunningRepository
{
public:
    explicit DunningRepository(db::PgConnection &c);

    Result<DunningConfig> config();
    // Validation (nothing written) when a stage's days are not 1..3650, an action is unknown, two active stages have
    // the same days and action, or the threshold is outside 0..1,000,000.00 $. Stages are matched by id; new ones are
    // inserted; positions follow the list's order.
    Status saveConfig(const DunningConfig &config);

    // What a run on the date would record, without writing anything. One set-based statement for the whole base.
    Result<DunningRunReport> preview(const QDate &date);
    // Records the actions of the date: one transaction per customer (its row locked, its plan computed again inside),
    // the outbox messages, the suspensions with their ticket. An action already recorded (by an earlier run, another
    // workstation) is never recorded or sent again. Validation (nothing written) when a message is due but its
    // channel is not set up.
    Result<DunningRunReport> run(const QDate &date, const DunningSenders &senders);

    // Customers whose suspend stage falls on date + 1, or is reached and not yet applied, with the reasons.
    Result<QList<SuspensionCandidate>> suspensionPreview(const QDate &date);

    Result<qint64> customerIdByCode(const QString &code); // 0: none
    Result<qint64> addHold(qint64 customerId, const QDate &until, const QString &reason);
    Status releaseHold(qint64 holdId);

private:
    Result<QList<DunningAction>> plan(const QDate &date, qint64 customerId);

    db::PgConnection &m_c;
};

} // namespace ops::dunning
