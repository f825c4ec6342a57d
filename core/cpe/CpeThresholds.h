#pragma once

#include <optional>

namespace ops::cpe {

// How an optical power reading is judged (the CPE panel's colours, docs/network.md "CPE panel"). The one place the
// GPON ranges live. Powers are in 0.001 dBm, as cpe_status stores them.
enum class PowerLevel
{
    Unknown, // no reading
    Good,
    Warning,
    Bad,
};

struct OpticalThresholds
{
    // Received power: good from −8 down to −27 dBm, a warning down to −28, bad below −28 (too weak) or above −8
    // (overloaded: a missing attenuator on a short drop).
    static constexpr int kRxMaxMdbm = -8000;
    static constexpr int kRxGoodMinMdbm = -27000;
    static constexpr int kRxWarningMinMdbm = -28000;
    // Transmitted power of the ONT laser: good from 0.5 to 5 dBm, bad outside.
    static constexpr int kTxMinMdbm = 500;
    static constexpr int kTxMaxMdbm = 5000;

    static PowerLevel rx(const std::optional<int> &mdbm);
    static PowerLevel tx(const std::optional<int> &mdbm);
};

} // namespace ops::cpe
