#include "core/dispatch/scheduling/Model.h"

namespace ops::sched {

int Technician::level(std::int64_t tag) const
{
    for (const TagLevel &t : tags) {
        if (t.tag == tag) {
            return t.level;
        }
    }
    return 0;
}

} // namespace ops::sched
