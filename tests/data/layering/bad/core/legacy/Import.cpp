// Fixture for TestLayeringCheck: SQL allowed by the fixture's allowlist (allow.txt).
const char *const kCreate = "CREATE TABLE import_rows (line integer)";
