#include "core/cpe/CpeThresholds.h"

namespace ops::cpe {

PowerLevel OpticalThresholds::rx(const std::optional<int> &mdbm)
{
    if (!mdbm)
        return PowerLevel::Unknown;
    if (*mdbm > kRxMaxMdbm || *mdbm < kRxWarningMinMdbm)
        return PowerLevel::Bad;
    return *mdbm < kRxGoodMinMdbm ? PowerLevel::Warning : PowerLevel::Good;
}

PowerLevel OpticalThresholds::tx(const std::optional<int> &mdbm)
{
    if (!mdbm)
        return PowerLevel::Unknown;
    return *mdbm >= kTxMinMdbm && *mdbm <= kTxMaxMdbm ? PowerLevel::Good : PowerLevel::Bad;
}

} // namespace ops::cpe
