#pragma once

#include "core/dispatch/OptimizerApi.h"

namespace ops::db {
class PgConnection;
}

namespace ops::dispatch {

// The optimizer's write (issue #11): a whole DayProposal in ONE transaction. The technicians involved and the jobs
// are locked (FOR UPDATE, in id order, the same locks a board write takes); every job's version must still be the one
// the plan was based on (else: stale, with the jobs that changed, nothing written); the placements are written; then
// the hard rules are checked again on the server, from the day as it now is inside the transaction, for every
// technician of every placed job (any hard violation: refused, nothing written). Jobs sent to the queue become
// unscheduled.
class OptimizerRepository
{
public:
    explicit OptimizerRepository(db::PgConnection &c);

    ApplyResult apply(const DayProposal &proposal);

private:
    db::PgConnection &m_c;
};

} // namespace ops::dispatch
