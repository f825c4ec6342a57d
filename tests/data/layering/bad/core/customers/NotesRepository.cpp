// Fixture for TestLayeringCheck: a repository may hold SQL.
const char *const kInsert = "INSERT INTO notes (customer_id, body) VALUES ($1, $2)";
