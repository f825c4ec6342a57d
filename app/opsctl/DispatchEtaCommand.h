#pragma once

#include <QStringList>

namespace ops {

struct CommandContext;

// dispatch eta JOB [--send] [--expect-version N]: the ETA of a job from its lead technician's last known position
// (gps_positions), whether it slipped past the window or the announced ETA, and the "on my way" SMS it would send.
// --send enqueues that SMS through the outbox (Twilio account and sender from TARGO_TWILIO_ACCOUNT_SID and
// TARGO_TWILIO_FROM; `targo-opsctl worker` or the GUI sends it) and stamps the job, refused when the job changed since
// --expect-version (default: the version just read), is not en route or has no mobile number. With --json:
// {"job", "technician", "eta", "minutes", "distance_km", "position_at", "window_end", "slipped", ...}. Exit 0, 1 when
// refused or the ETA cannot be computed, 2 on a usage error.
int runDispatchEta(QStringList args, CommandContext &ctx);

} // namespace ops
