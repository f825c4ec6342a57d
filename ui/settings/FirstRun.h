#pragma once

#include <QString>

#include "core/common/Result.h"

namespace ops {
class Settings;
namespace db {
struct ConnectionProfile;
}
} // namespace ops

// The first-run rule (issue 17 item 6, docs/packaging.md "First run"). A start is a first run when the settings file
// names no active profile (Preferences/ActiveProfile) and holds no profile (DbProfile/). The language does not count
// (the dialog saves a switch at once, before the database is chosen; Connection settings can set it too), nor does the
// window state (UiState/: --smoke-test and --benchmark-startup save it on a fresh HOME). The dialog always ends by
// writing the active profile explicitly (Esc included), so it is shown once; a user of an earlier version who never
// chose a profile sees it once too.
namespace FirstRun {

// How this process was started: each of these skips the dialog (nothing interactive may block them).
struct Startup
{
    bool smokeTest = false; // --smoke-test (the package smoke test runs with a fresh HOME)
    bool benchmark = false; // --benchmark-startup
    bool embeddedDir = false; // --embedded DIR names the database itself
};

bool isFirstRun(const ops::Settings &settings);
// isFirstRun, unless the startup says not to ask.
bool shouldAsk(const ops::Settings &settings, const Startup &startup);
// Stores the choice: a server profile (never its password), the language ("fr" | "en") and the active profile, then
// syncs the file. A Validation error (nothing written) for an invalid language or profile id.
ops::Status complete(ops::Settings &settings, const QString &language, const ops::db::ConnectionProfile &profile);

} // namespace FirstRun
