// Fixture for TestLayeringCheck: SQL outside a repository, split over adjacent literals (reported at line 9, where
// SELECT starts), and in a raw string (line 13). Upper-case words in user text and SQL in comments do not count:
// SELECT id FROM customers
#include <QString>

QString cursorQuery(const QString &name)
{
    const QString label = QStringLiteral("Select the row to delete from the list");
    return QStringLiteral("SELECT value "
                          "FROM integration_cursors WHERE name = '%1'")
        .arg(name);
}
const char *const kPurge = R"sql(DELETE FROM
  gps_positions WHERE recorded_at < now())sql";
const char *const kMethod = "DELETE";
