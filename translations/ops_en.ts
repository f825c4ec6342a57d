<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_CA" sourcelanguage="en">
<context>
    <name>Bootstrap</name>
    <message>
        <source>Starting the embedded database…</source>
        <translation>Starting the embedded database…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>The password for “%1” could not be read from the system keychain: %2</source>
        <translation>The password for “%1” could not be read from the system keychain: %2</translation>
    </message>
    <message>
        <source>the keychain is unavailable.</source>
        <translation>the keychain is unavailable.</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>The database could not be opened.</translation>
    </message>
    <message>
        <source>This database was updated by a newer version of Targo Ops (schema %1; this version knows up to %2). Install the newer version to use it.</source>
        <translation>This database was updated by a newer version of Targo Ops (schema %1; this version knows up to %2). Install the newer version to use it.</translation>
    </message>
    <message>
        <source>Update the database?</source>
        <translation>Update the database?</translation>
    </message>
    <message numerus="yes">
        <source>The database %1 needs %n schema update(s) before Targo Ops can use it.</source>
        <translation>
            <numerusform>The database %1 needs %n schema update before Targo Ops can use it.</numerusform>
            <numerusform>The database %1 needs %n schema updates before Targo Ops can use it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone using this database should then run this version of Targo Ops. The update runs in a transaction: if it fails, nothing changes.</source>
        <translation>Everyone using this database should then run this version of Targo Ops. The update runs in a transaction: if it fails, nothing changes.</translation>
    </message>
    <message>
        <source>Update the database</source>
        <translation>Update the database</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>The database schema is out of date. Targo Ops can use this database once it has been updated.</source>
        <translation>The database schema is out of date. Targo Ops can use this database once it has been updated.</translation>
    </message>
    <message>
        <source>Updating the database schema…</source>
        <translation>Updating the database schema…</translation>
    </message>
    <message>
        <source>The database could not be updated.</source>
        <translation>The database could not be updated.</translation>
    </message>
    <message>
        <source>Demo data loaded: this embedded database holds fictitious customers, locations and subscriptions to try Targo Ops with.</source>
        <translation>Demo data loaded: this embedded database holds fictitious customers, locations and subscriptions to try Targo Ops with.</translation>
    </message>
    <message>
        <source>Switching to “%1”…</source>
        <translation>Switching to “%1”…</translation>
    </message>
    <message>
        <source>This link cannot be opened: %1</source>
        <translation>This link cannot be opened: %1</translation>
    </message>
    <message>
        <source>Customer %1 was not found.</source>
        <translation>Customer %1 was not found.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connection settings</source>
        <translation>Connection settings</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Connection profiles</translation>
    </message>
    <message>
        <source>&amp;Add server…</source>
        <translation>&amp;Add server…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Use this profile</source>
        <translation>&amp;Use this profile</translation>
    </message>
    <message>
        <source>This computer (embedded database)</source>
        <translation>This computer (embedded database)</translation>
    </message>
    <message>
        <source>Targo Ops runs a private PostgreSQL server in its data folder. It starts and stops with the application and is reachable only from this computer. The first start loads demo data.</source>
        <translation>Targo Ops runs a private PostgreSQL server in its data folder. It starts and stops with the application and is reachable only from this computer. The first start loads demo data.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>Applies after a restart.</source>
        <translation>Applies after a restart.</translation>
    </message>
    <message>
        <source>The language changes the next time Targo Ops starts.</source>
        <translation>The language changes the next time Targo Ops starts.</translation>
    </message>
    <message>
        <source>%1 (in use)</source>
        <translation>%1 (in use)</translation>
    </message>
    <message>
        <source>Embedded database</source>
        <translation>Embedded database</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Folder: %1</translation>
    </message>
    <message>
        <source>New server</source>
        <translation>New server</translation>
    </message>
    <message>
        <source>The settings file could not be written.</source>
        <translation>The settings file could not be written.</translation>
    </message>
    <message>
        <source>Profile saved. The password is in the system keychain.</source>
        <translation>Profile saved. The password is in the system keychain.</translation>
    </message>
    <message>
        <source>The profile was saved, but the password could not be stored in the system keychain: %1</source>
        <translation>The profile was saved, but the password could not be stored in the system keychain: %1</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Profile saved.</translation>
    </message>
    <message>
        <source>This profile is in use. Switch to another profile before removing it.</source>
        <translation>This profile is in use. Switch to another profile before removing it.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Testing the connection…</translation>
    </message>
    <message>
        <source>The connection failed.</source>
        <translation>The connection failed.</translation>
    </message>
    <message>
        <source>the schema is newer than this version of Targo Ops</source>
        <translation>the schema is newer than this version of Targo Ops</translation>
    </message>
    <message>
        <source>the database is empty; Targo Ops will create its schema</source>
        <translation>the database is empty; Targo Ops will create its schema</translation>
    </message>
    <message numerus="yes">
        <source>%n schema update(s) pending</source>
        <translation>
            <numerusform>%n schema update pending</numerusform>
            <numerusform>%n schema updates pending</numerusform>
        </translation>
    </message>
    <message>
        <source>schema up to date (version %1)</source>
        <translation>schema up to date (version %1)</translation>
    </message>
    <message>
        <source>Connected to %1 as %2: %3.</source>
        <translation>Connected to %1 as %2: %3.</translation>
    </message>
</context>
<context>
    <name>CustomerFileWidget</name>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Service locations</source>
        <translation>Service locations</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Subscriptions</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Pre-authorized payments</source>
        <translation>Pre-authorized payments</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Customer since</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Billing address</translation>
    </message>
    <message>
        <source>Legacy account / customer ids</source>
        <translation>Legacy account / customer ids</translation>
    </message>
    <message>
        <source>Customer…</source>
        <translation>Customer…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The database is not connected.</source>
        <translation>The database is not connected.</translation>
    </message>
    <message>
        <source>Loading the customer file…</source>
        <translation>Loading the customer file…</translation>
    </message>
    <message>
        <source>The customer file could not be loaded.</source>
        <translation>The customer file could not be loaded.</translation>
    </message>
    <message>
        <source>Customer file unavailable</source>
        <translation>Customer file unavailable</translation>
    </message>
    <message>
        <source>Service locations (%1)</source>
        <translation>Service locations (%1)</translation>
    </message>
    <message>
        <source>Subscriptions (%1)</source>
        <translation>Subscriptions (%1)</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Residential</source>
        <translation>Residential</translation>
    </message>
    <message>
        <source>Amount owed by the customer</source>
        <translation>Amount owed by the customer</translation>
    </message>
    <message>
        <source>Credit in the customer&apos;s favour</source>
        <translation>Credit in the customer&apos;s favour</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Not enrolled</translation>
    </message>
</context>
<context>
    <name>CustomersWorkspace</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Find a customer by name, code, address, phone, e-mail, account number, equipment serial or MAC address. Results appear as you type.</source>
        <translation>Find a customer by name, code, address, phone, e-mail, account number, equipment serial or MAC address. Results appear as you type.</translation>
    </message>
    <message>
        <source>Search…  (Ctrl+K)</source>
        <translation>Search…  (Ctrl+K)</translation>
    </message>
    <message>
        <source>Recently opened</source>
        <translation>Recently opened</translation>
    </message>
    <message>
        <source>Customer files you open appear here.</source>
        <translation>Customer files you open appear here.</translation>
    </message>
    <message>
        <source>Recently opened customer files</source>
        <translation>Recently opened customer files</translation>
    </message>
    <message>
        <source>Customer…</source>
        <translation>Customer…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <source>Search customers, addresses, phones, serials… (Ctrl+K)</source>
        <translation>Search customers, addresses, phones, serials… (Ctrl+K)</translation>
    </message>
    <message>
        <source>Global search</source>
        <translation>Global search</translation>
    </message>
    <message>
        <source>Search is available as soon as the database is connected.</source>
        <translation>Search is available as soon as the database is connected.</translation>
    </message>
    <message>
        <source>Type a name, customer code, address, phone, e-mail, account number, serial or MAC address.</source>
        <translation>Type a name, customer code, address, phone, e-mail, account number, serial or MAC address.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>The search failed. Check the connection and try again.</source>
        <translation>The search failed. Check the connection and try again.</translation>
    </message>
    <message>
        <source>↑ ↓ to move · Enter to open · Esc to close</source>
        <translation>↑ ↓ to move · Enter to open · Esc to close</translation>
    </message>
    <message>
        <source>No results for “%1”.</source>
        <translation>No results for “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) in %1 ms · ↑ ↓ to move · Enter to open · Esc to close</source>
        <translation>
            <numerusform>%n result in %1 ms · ↑ ↓ to move · Enter to open · Esc to close</numerusform>
            <numerusform>%n results in %1 ms · ↑ ↓ to move · Enter to open · Esc to close</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not linked to a customer.</source>
        <translation>%1 is not linked to a customer.</translation>
    </message>
</context>
<context>
    <name>GlobalSearchPopup</name>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>↑ ↓ to move · Enter to open · Esc to close</source>
        <translation>↑ ↓ to move · Enter to open · Esc to close</translation>
    </message>
</context>
<context>
    <name>GuiCommandLine</name>
    <message>
        <source>Targo Ops operations client</source>
        <translation>Targo Ops operations client</translation>
    </message>
    <message>
        <source>Print first-paint-ms=&lt;N&gt; after the first painted frame, then exit (the database is not opened).</source>
        <translation>Print first-paint-ms=&lt;N&gt; after the first painted frame, then exit (the database is not opened).</translation>
    </message>
    <message>
        <source>Use the embedded database cluster in &lt;dir&gt;.</source>
        <translation>Use the embedded database cluster in &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>A targo:// link to open, e.g. targo://customer/CUST-00042.</source>
        <translation>A targo:// link to open, e.g. targo://customer/CUST-00042.</translation>
    </message>
</context>
<context>
    <name>LocationsModel</name>
    <message>
        <source>%1 / %2</source>
        <comment>OLT name / port</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>OLT / port</source>
        <translation>OLT / port</translation>
    </message>
    <message>
        <source>GPS</source>
        <translation>GPS</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Targo Ops</source>
        <translation>Targo Ops</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Customer files and search (Ctrl+1)</source>
        <translation>Customer files and search (Ctrl+1)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Connection settings…</source>
        <translation>&amp;Connection settings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Search…</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Customers</translation>
    </message>
    <message>
        <source>C&amp;lose customer file</source>
        <translation>C&amp;lose customer file</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Full screen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Targo Ops</source>
        <translation>&amp;About Targo Ops</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>About Targo Ops</source>
        <translation>About Targo Ops</translation>
    </message>
    <message>
        <source>&lt;b&gt;Targo Ops %1&lt;/b&gt;&lt;br&gt;Operations client for Gigafibre — TARGO Internet.&lt;br&gt;Customer files, dispatch, billing and campaigns on PostgreSQL.</source>
        <translation>&lt;b&gt;Targo Ops %1&lt;/b&gt;&lt;br&gt;Operations client for Gigafibre — TARGO Internet.&lt;br&gt;Customer files, dispatch, billing and campaigns on PostgreSQL.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>Connection settings…</source>
        <translation>Connection settings…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>All support tickets, filtered and sorted (Ctrl+2)</source>
        <translation>All support tickets, filtered and sorted (Ctrl+2)</translation>
    </message>
    <message>
        <source>&amp;Tickets</source>
        <translation>&amp;Tickets</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message>
        <source>%1 %2, %3, %4</source>
        <translation>%1 %2, %3, %4</translation>
    </message>
</context>
<context>
    <name>ServerProfileForm</name>
    <message>
        <source>e.g. Head office</source>
        <translation>e.g. Head office</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>db1.example.net,db2.example.net</source>
        <translation>db1.example.net,db2.example.net</translation>
    </message>
    <message>
        <source>One host, or a comma-separated list for a highly available cluster.</source>
        <translation>One host, or a comma-separated list for a highly available cluster.</translation>
    </message>
    <message>
        <source>&amp;Hosts:</source>
        <translation>&amp;Hosts:</translation>
    </message>
    <message>
        <source>One port for all hosts, or one per host (5432,5433).</source>
        <translation>One port for all hosts, or one per host (5432,5433).</translation>
    </message>
    <message>
        <source>&amp;Port(s):</source>
        <translation>&amp;Port(s):</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>Stored in the system keychain; leave empty to keep it</source>
        <translation>Stored in the system keychain; leave empty to keep it</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Verify the certificate and host name (verify-full)</source>
        <translation>Verify the certificate and host name (verify-full)</translation>
    </message>
    <message>
        <source>Verify the certificate (verify-ca)</source>
        <translation>Verify the certificate (verify-ca)</translation>
    </message>
    <message>
        <source>Encrypt, do not verify (require)</source>
        <translation>Encrypt, do not verify (require)</translation>
    </message>
    <message>
        <source>Encrypt if possible (prefer)</source>
        <translation>Encrypt if possible (prefer)</translation>
    </message>
    <message>
        <source>No encryption (disable)</source>
        <translation>No encryption (disable)</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>System certificates</source>
        <translation>System certificates</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>&amp;CA certificate:</translation>
    </message>
    <message>
        <source>The primary (read-write)</source>
        <translation>The primary (read-write)</translation>
    </message>
    <message>
        <source>Any server (any)</source>
        <translation>Any server (any)</translation>
    </message>
    <message>
        <source>A standby if there is one (prefer-standby)</source>
        <translation>A standby if there is one (prefer-standby)</translation>
    </message>
    <message>
        <source>A read-only server (read-only)</source>
        <translation>A read-only server (read-only)</translation>
    </message>
    <message>
        <source>Connect &amp;to:</source>
        <translation>Connect &amp;to:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>T&amp;imeout:</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Give the profile a name.</translation>
    </message>
    <message>
        <source>Enter at least one host.</source>
        <translation>Enter at least one host.</translation>
    </message>
    <message>
        <source>Enter the database name.</source>
        <translation>Enter the database name.</translation>
    </message>
    <message>
        <source>Enter the user name (your PostgreSQL role).</source>
        <translation>Enter the user name (your PostgreSQL role).</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA certificate</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Certificates (*.crt *.pem *.cer);;All files (*)</translation>
    </message>
</context>
<context>
    <name>Spinner</name>
    <message>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
</context>
<context>
    <name>StartupPanel</name>
    <message>
        <source>Starting Targo Ops</source>
        <translation>Starting Targo Ops</translation>
    </message>
    <message>
        <source>Start-up progress</source>
        <translation>Start-up progress</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
</context>
<context>
    <name>StatusBarController</name>
    <message>
        <source>Database round-trip time (SELECT 1 every 5 seconds)</source>
        <translation>Database round-trip time (SELECT 1 every 5 seconds)</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>Embedded database</source>
        <translation>Embedded database</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <source>Embedded database in %1</source>
        <translation>Embedded database in %1</translation>
    </message>
    <message>
        <source>PostgreSQL server %1</source>
        <translation>PostgreSQL server %1</translation>
    </message>
    <message>
        <source>Database user</source>
        <translation>Database user</translation>
    </message>
    <message>
        <source>— ms</source>
        <translation>— ms</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconnecting…</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>StatusChip</name>
    <message>
        <source>Active</source>
        <comment>status</comment>
        <translation>Active</translation>
    </message>
    <message>
        <source>Suspended</source>
        <comment>status</comment>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Terminated</source>
        <comment>status</comment>
        <translation>Terminated</translation>
    </message>
    <message>
        <source>Prospect</source>
        <comment>status</comment>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>status</comment>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Inactive</source>
        <comment>status</comment>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>status</comment>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>status</comment>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>In stock</source>
        <comment>status</comment>
        <translation>In stock</translation>
    </message>
    <message>
        <source>Installed</source>
        <comment>status</comment>
        <translation>Installed</translation>
    </message>
    <message>
        <source>Returned</source>
        <comment>status</comment>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Defective</source>
        <comment>status</comment>
        <translation>Defective</translation>
    </message>
    <message>
        <source>Lost</source>
        <comment>status</comment>
        <translation>Lost</translation>
    </message>
</context>
<context>
    <name>SubscriptionsModel</name>
    <message>
        <source>%1 / %2 Mbit/s</source>
        <comment>download / upload</comment>
        <translation>%1 / %2 Mbit/s</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Speed</translation>
    </message>
    <message>
        <source>Monthly price</source>
        <translation>Monthly price</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>TicketListModel</name>
    <message>
        <source>Open</source>
        <comment>ticket status</comment>
        <translation>Open</translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>ticket status</comment>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>ticket status</comment>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Resolved</source>
        <comment>ticket status</comment>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>ticket status</comment>
        <translation>Closed</translation>
    </message>
    <message>
        <source>No Internet</source>
        <comment>ticket type</comment>
        <translation>No Internet</translation>
    </message>
    <message>
        <source>Slow speed</source>
        <comment>ticket type</comment>
        <translation>Slow speed</translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <comment>ticket type</comment>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <source>TV</source>
        <comment>ticket type</comment>
        <translation>TV</translation>
    </message>
    <message>
        <source>Phone</source>
        <comment>ticket type</comment>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Billing</source>
        <comment>ticket type</comment>
        <translation>Billing</translation>
    </message>
    <message>
        <source>Installation</source>
        <comment>ticket type</comment>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Equipment</source>
        <comment>ticket type</comment>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>Move</source>
        <comment>ticket type</comment>
        <translation>Move</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <comment>ticket type</comment>
        <translation>Cancellation</translation>
    </message>
    <message>
        <source>General</source>
        <comment>ticket type</comment>
        <translation>General</translation>
    </message>
    <message>
        <source>Outage</source>
        <comment>ticket type</comment>
        <translation>Outage</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Not connected.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>customer name (code)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2 (important)</source>
        <translation>%1 · %2 (important)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Important</translation>
    </message>
    <message>
        <source>!</source>
        <comment>header of the important column</comment>
        <translation>!</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Children</source>
        <comment>child tickets</comment>
        <translation>Children</translation>
    </message>
</context>
<context>
    <name>TicketListWidget</name>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Text in subject or messages (Ctrl+F)</source>
        <translation>Text in subject or messages (Ctrl+F)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Not closed (open, in progress, waiting)</source>
        <translation>Not closed (open, in progress, waiting)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Anyone</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>&amp;Important only</source>
        <translation>&amp;Important only</translation>
    </message>
    <message>
        <source>Created &amp;between</source>
        <translation>Created &amp;between</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Created from</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Created until</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Sort</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Newest first</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Oldest first</translation>
    </message>
    <message>
        <source>Recently updated</source>
        <translation>Recently updated</translation>
    </message>
    <message>
        <source>Ticket %1 has no customer.</source>
        <translation>Ticket %1 has no customer.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) shown</source>
        <translation>
            <numerusform>%n ticket shown</numerusform>
            <numerusform>%n tickets shown</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · loading…</source>
        <translation>%1 · loading…</translation>
    </message>
    <message>
        <source>%1 · more as you scroll</source>
        <translation>%1 · more as you scroll</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>All tickets</translation>
    </message>
    <message>
        <source>Tickets grouped under %1.</source>
        <translation>Tickets grouped under %1.</translation>
    </message>
</context>
<context>
    <name>ops::DatabaseOpener</name>
    <message>
        <source>Starting the embedded database…</source>
        <translation>Starting the embedded database…</translation>
    </message>
    <message>
        <source>Embedded (%1)</source>
        <translation>Embedded (%1)</translation>
    </message>
    <message>
        <source>The server profile has no host.</source>
        <translation>The server profile has no host.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>The database server runs PostgreSQL %1; Targo Ops needs version 15 or later.</source>
        <translation>The database server runs PostgreSQL %1; Targo Ops needs version 15 or later.</translation>
    </message>
    <message>
        <source>Updating the database schema…</source>
        <translation>Updating the database schema…</translation>
    </message>
    <message>
        <source>Loading demo data: %1</source>
        <translation>Loading demo data: %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
</context>
<context>
    <name>ops::EmbeddedServer</name>
    <message>
        <source>TARGO_PG_BINDIR does not contain the PostgreSQL server programs (initdb, pg_ctl, postgres).</source>
        <translation>TARGO_PG_BINDIR does not contain the PostgreSQL server programs (initdb, pg_ctl, postgres).</translation>
    </message>
    <message>
        <source>PostgreSQL server programs were not found. Install PostgreSQL 15 or later (Debian: postgresql-15) or set TARGO_PG_BINDIR.</source>
        <translation>PostgreSQL server programs were not found. Install PostgreSQL 15 or later (Debian: postgresql-15) or set TARGO_PG_BINDIR.</translation>
    </message>
    <message>
        <source>Targo Ops runs as root, and the database account it needs could not be created.</source>
        <translation>Targo Ops runs as root, and the database account it needs could not be created.</translation>
    </message>
    <message>
        <source>The database folder %1 is not empty and does not hold a Targo Ops database. It was left untouched; move it away or choose another folder.</source>
        <translation>The database folder %1 is not empty and does not hold a Targo Ops database. It was left untouched; move it away or choose another folder.</translation>
    </message>
    <message>
        <source>The database folder %1 could not be created (check permissions and free space).</source>
        <translation>The database folder %1 could not be created (check permissions and free space).</translation>
    </message>
    <message>
        <source>The database folder %1 could not be given to the database account.</source>
        <translation>The database folder %1 could not be given to the database account.</translation>
    </message>
    <message>
        <source>The embedded database could not be created.</source>
        <translation>The embedded database could not be created.</translation>
    </message>
    <message>
        <source>The database folder %1 cannot be read (it belongs to another user or is locked).</source>
        <translation>The database folder %1 cannot be read (it belongs to another user or is locked).</translation>
    </message>
    <message>
        <source>The database folder %1 is damaged (PG_VERSION is unreadable). It was left untouched.</source>
        <translation>The database folder %1 is damaged (PG_VERSION is unreadable). It was left untouched.</translation>
    </message>
    <message>
        <source>The embedded database was created with PostgreSQL %1 but PostgreSQL %2 is installed. Install PostgreSQL %1 or set TARGO_PG_BINDIR.</source>
        <translation>The embedded database was created with PostgreSQL %1 but PostgreSQL %2 is installed. Install PostgreSQL %1 or set TARGO_PG_BINDIR.</translation>
    </message>
    <message>
        <source>The database folder is in use by another database server (process %1) that does not answer. Close the other program or wait, then retry.</source>
        <translation>The database folder is in use by another database server (process %1) that does not answer. Close the other program or wait, then retry.</translation>
    </message>
    <message>
        <source>The private socket folder %1 could not be created.</source>
        <translation>The private socket folder %1 could not be created.</translation>
    </message>
    <message>
        <source>The database folder %1 is read-only.</source>
        <translation>The database folder %1 is read-only.</translation>
    </message>
    <message>
        <source>The embedded database could not start: its port or socket is already in use.</source>
        <translation>The embedded database could not start: its port or socket is already in use.</translation>
    </message>
    <message>
        <source>The embedded database could not start: permission denied on its folder.</source>
        <translation>The embedded database could not start: permission denied on its folder.</translation>
    </message>
    <message>
        <source>The embedded database in %1 appears damaged and could not start. Nothing was deleted; see the log %2.</source>
        <translation>The embedded database in %1 appears damaged and could not start. Nothing was deleted; see the log %2.</translation>
    </message>
    <message>
        <source>The embedded database could not start. See the log %1.</source>
        <translation>The embedded database could not start. See the log %1.</translation>
    </message>
    <message>
        <source>The embedded database did not stop cleanly.</source>
        <translation>The embedded database did not stop cleanly.</translation>
    </message>
</context>
<context>
    <name>ops::Error</name>
    <message>
        <source>Unexpected error.</source>
        <translation>Unexpected error.</translation>
    </message>
</context>
<context>
    <name>ops::SecretStore</name>
    <message>
        <source>No keychain entry name was given.</source>
        <translation>No keychain entry name was given.</translation>
    </message>
    <message>
        <source>No saved password was found in the system keychain.</source>
        <translation>No saved password was found in the system keychain.</translation>
    </message>
    <message>
        <source>The system keychain is not available, so the saved password cannot be read. Unlock the keychain (or start a keyring service) and try again.</source>
        <translation>The system keychain is not available, so the saved password cannot be read. Unlock the keychain (or start a keyring service) and try again.</translation>
    </message>
    <message>
        <source>The system keychain is not available, so the password was not saved. Unlock the keychain (or start a keyring service) and try again.</source>
        <translation>The system keychain is not available, so the password was not saved. Unlock the keychain (or start a keyring service) and try again.</translation>
    </message>
    <message>
        <source>The system keychain is not available, so the saved password was not removed. Unlock the keychain (or start a keyring service) and try again.</source>
        <translation>The system keychain is not available, so the saved password was not removed. Unlock the keychain (or start a keyring service) and try again.</translation>
    </message>
</context>
<context>
    <name>ops::Settings</name>
    <message>
        <source>The value &quot;%1&quot; is not valid for this setting.</source>
        <translation>The value &quot;%1&quot; is not valid for this setting.</translation>
    </message>
    <message>
        <source>A profile id may only contain letters, digits, dots, dashes and underscores.</source>
        <translation>A profile id may only contain letters, digits, dots, dashes and underscores.</translation>
    </message>
    <message>
        <source>This computer (embedded database)</source>
        <translation>This computer (embedded database)</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be written.</source>
        <translation>The settings file %1 cannot be written.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged.</source>
        <translation>The settings file %1 is damaged.</translation>
    </message>
</context>
<context>
    <name>ops::customers</name>
    <message>
        <source>Customer %1 does not exist.</source>
        <translation>Customer %1 does not exist.</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>This customer no longer exists.</translation>
    </message>
</context>
<context>
    <name>ops::db</name>
    <message>
        <source>The database is busy. Please try again.</source>
        <translation>The database is busy. Please try again.</translation>
    </message>
    <message>
        <source>This value is already used by another record.</source>
        <translation>This value is already used by another record.</translation>
    </message>
    <message>
        <source>This record refers to something that does not exist, or is still referenced elsewhere.</source>
        <translation>This record refers to something that does not exist, or is still referenced elsewhere.</translation>
    </message>
    <message>
        <source>A value is missing or not in the expected format.</source>
        <translation>A value is missing or not in the expected format.</translation>
    </message>
    <message>
        <source>Another user changed the same data at the same time. Please try again.</source>
        <translation>Another user changed the same data at the same time. Please try again.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>The operation was cancelled.</translation>
    </message>
    <message>
        <source>The database refused the user name or password.</source>
        <translation>The database refused the user name or password.</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this.</source>
        <translation>Your account is not allowed to do this.</translation>
    </message>
    <message>
        <source>The database server is unavailable. Targo Ops will reconnect.</source>
        <translation>The database server is unavailable. Targo Ops will reconnect.</translation>
    </message>
    <message>
        <source>The database schema does not match this version of Targo Ops.</source>
        <translation>The database schema does not match this version of Targo Ops.</translation>
    </message>
    <message>
        <source>The database reported an error.</source>
        <translation>The database reported an error.</translation>
    </message>
    <message>
        <source>The database does not exist on this server.</source>
        <translation>The database does not exist on this server.</translation>
    </message>
    <message>
        <source>The secure (TLS) connection to the database could not be verified.</source>
        <translation>The secure (TLS) connection to the database could not be verified.</translation>
    </message>
    <message>
        <source>The connection settings are not valid.</source>
        <translation>The connection settings are not valid.</translation>
    </message>
    <message>
        <source>The database server cannot be reached.</source>
        <translation>The database server cannot be reached.</translation>
    </message>
</context>
<context>
    <name>ops::db::Migrator</name>
    <message>
        <source>Could not lock the database for the schema update.</source>
        <translation>Could not lock the database for the schema update.</translation>
    </message>
    <message>
        <source>This database was updated by a newer version of Targo Ops (schema %1; this version knows up to %2). Install the newer version; nothing was changed.</source>
        <translation>This database was updated by a newer version of Targo Ops (schema %1; this version knows up to %2). Install the newer version; nothing was changed.</translation>
    </message>
    <message>
        <source>Schema update %1 (%2) already applied to this database differs from the one in this version of Targo Ops. Nothing was changed; contact support.</source>
        <translation>Schema update %1 (%2) already applied to this database differs from the one in this version of Targo Ops. Nothing was changed; contact support.</translation>
    </message>
    <message>
        <source>The database schema could not be updated (step %1). Nothing from that step was kept.</source>
        <translation>The database schema could not be updated (step %1). Nothing from that step was kept.</translation>
    </message>
</context>
<context>
    <name>ops::demo</name>
    <message>
        <source>The scale must be greater than 0 and at most 20.</source>
        <translation>The scale must be greater than 0 and at most 20.</translation>
    </message>
    <message>
        <source>The demo data dates are not valid.</source>
        <translation>The demo data dates are not valid.</translation>
    </message>
    <message>
        <source>The database already contains customers or other business data; demo data is only loaded into an empty database unless replacing is requested.</source>
        <translation>The database already contains customers or other business data; demo data is only loaded into an empty database unless replacing is requested.</translation>
    </message>
</context>
<context>
    <name>ops::integrations</name>
    <message>
        <source>%1 sent an answer this version cannot read. Check the service address in the settings.</source>
        <translation>%1 sent an answer this version cannot read. Check the service address in the settings.</translation>
    </message>
    <message>
        <source>No valid sender address for e-mail. Set the Mailjet sender address in the settings.</source>
        <translation>No valid sender address for e-mail. Set the Mailjet sender address in the settings.</translation>
    </message>
    <message>
        <source>The e-mail has no recipient. Enter an e-mail address.</source>
        <translation>The e-mail has no recipient. Enter an e-mail address.</translation>
    </message>
    <message>
        <source>An e-mail can have at most 50 recipients in To, Cc and Bcc each. Send it as several e-mails.</source>
        <translation>An e-mail can have at most 50 recipients in To, Cc and Bcc each. Send it as several e-mails.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address. Correct the address.</source>
        <translation>&quot;%1&quot; is not a valid e-mail address. Correct the address.</translation>
    </message>
    <message>
        <source>The e-mail has no content. Write the message text.</source>
        <translation>The e-mail has no content. Write the message text.</translation>
    </message>
    <message>
        <source>The e-mail subject is longer than 255 characters. Shorten it.</source>
        <translation>The e-mail subject is longer than 255 characters. Shorten it.</translation>
    </message>
    <message>
        <source>An attachment of the e-mail is empty or has no file name. Attach the file again.</source>
        <translation>An attachment of the e-mail is empty or has no file name. Attach the file again.</translation>
    </message>
    <message>
        <source>There is no e-mail to send.</source>
        <translation>There is no e-mail to send.</translation>
    </message>
    <message>
        <source>Mailjet answered with %1 results for %2 e-mails. Check in Mailjet which e-mails were sent.</source>
        <translation>Mailjet answered with %1 results for %2 e-mails. Check in Mailjet which e-mails were sent.</translation>
    </message>
    <message>
        <source>Mailjet refused this e-mail: %1. Correct it, then send it again.</source>
        <translation>Mailjet refused this e-mail: %1. Correct it, then send it again.</translation>
    </message>
    <message>
        <source>Mailjet refused the API keys (%1). Check the Mailjet API key and secret key in the settings.</source>
        <translation>Mailjet refused the API keys (%1). Check the Mailjet API key and secret key in the settings.</translation>
    </message>
    <message>
        <source>Mailjet&apos;s sending limit was reached. The e-mails were not sent; they will be sent again shortly.</source>
        <translation>Mailjet&apos;s sending limit was reached. The e-mails were not sent; they will be sent again shortly.</translation>
    </message>
    <message>
        <source>Mailjet refused the e-mail: %1. Correct it, then send it again.</source>
        <translation>Mailjet refused the e-mail: %1. Correct it, then send it again.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: use digits only, for example (514) 555-0123.</source>
        <translation>&quot;%1&quot; is not a phone number: use digits only, for example (514) 555-0123.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not have the 10 digits of a Quebec phone number (area code and number, for example 514 555-0123).</source>
        <translation>&quot;%1&quot; does not have the 10 digits of a Quebec phone number (area code and number, for example 514 555-0123).</translation>
    </message>
    <message>
        <source>The area code %1 of &quot;%2&quot; is not a Quebec area code. Check the number with the customer.</source>
        <translation>The area code %1 of &quot;%2&quot; is not a Quebec area code. Check the number with the customer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a valid number: the 7-digit number after the area code never starts with 0 or 1.</source>
        <translation>&quot;%1&quot; cannot be a valid number: the 7-digit number after the area code never starts with 0 or 1.</translation>
    </message>
    <message>
        <source>Stripe sent an answer this version cannot read. Check the Stripe service address.</source>
        <translation>Stripe sent an answer this version cannot read. Check the Stripe service address.</translation>
    </message>
    <message>
        <source>Stripe sent a list this version cannot read. Check the Stripe service address.</source>
        <translation>Stripe sent a list this version cannot read. Check the Stripe service address.</translation>
    </message>
    <message>
        <source>The payment request has no valid idempotency key, so it was not sent. Report this problem.</source>
        <translation>The payment request has no valid idempotency key, so it was not sent. Report this problem.</translation>
    </message>
    <message>
        <source>A payment needs a positive amount and a 3-letter currency. Correct the amount.</source>
        <translation>A payment needs a positive amount and a 3-letter currency. Correct the amount.</translation>
    </message>
    <message>
        <source>Charging a saved card needs the customer and the saved payment method. Choose a saved card.</source>
        <translation>Charging a saved card needs the customer and the saved payment method. Choose a saved card.</translation>
    </message>
    <message>
        <source>The card was declined for insufficient funds. Ask the customer for another card or another payment method.</source>
        <translation>The card was declined for insufficient funds. Ask the customer for another card or another payment method.</translation>
    </message>
    <message>
        <source>The card was declined (reported lost or stolen). Do not retry: ask the customer for another payment method.</source>
        <translation>The card was declined (reported lost or stolen). Do not retry: ask the customer for another payment method.</translation>
    </message>
    <message>
        <source>The card was declined by the bank (%1). Ask the customer to contact the bank or to use another card.</source>
        <translation>The card was declined by the bank (%1). Ask the customer to contact the bank or to use another card.</translation>
    </message>
    <message>
        <source>The card has expired. Ask the customer for a valid card, then save it again.</source>
        <translation>The card has expired. Ask the customer for a valid card, then save it again.</translation>
    </message>
    <message>
        <source>The card&apos;s security code is incorrect. Ask the customer to enter the card again.</source>
        <translation>The card&apos;s security code is incorrect. Ask the customer to enter the card again.</translation>
    </message>
    <message>
        <source>The card details are invalid (%1). Ask the customer to enter the card again.</source>
        <translation>The card details are invalid (%1). Ask the customer to enter the card again.</translation>
    </message>
    <message>
        <source>The bank requires the customer to authenticate this payment. Send the customer a payment link instead of charging the saved card.</source>
        <translation>The bank requires the customer to authenticate this payment. Send the customer a payment link instead of charging the saved card.</translation>
    </message>
    <message>
        <source>Stripe could not process the card this time. Try the payment again in a moment.</source>
        <translation>Stripe could not process the card this time. Try the payment again in a moment.</translation>
    </message>
    <message>
        <source>Stripe does not know %1: %2. Refresh the customer&apos;s payment information.</source>
        <translation>Stripe does not know %1: %2. Refresh the customer&apos;s payment information.</translation>
    </message>
    <message>
        <source>Stripe refused a repeated request that differs from the first one with the same key (%1). Check the payment in Stripe before creating a new one.</source>
        <translation>Stripe refused a repeated request that differs from the first one with the same key (%1). Check the payment in Stripe before creating a new one.</translation>
    </message>
    <message>
        <source>Stripe refused the API key. Check the Stripe secret key in the settings.</source>
        <translation>Stripe refused the API key. Check the Stripe secret key in the settings.</translation>
    </message>
    <message>
        <source>Stripe&apos;s rate limit was reached. The request will be sent again shortly.</source>
        <translation>Stripe&apos;s rate limit was reached. The request will be sent again shortly.</translation>
    </message>
    <message>
        <source>Stripe refused the request: %1. Correct it, then try again.</source>
        <translation>Stripe refused the request: %1. Correct it, then try again.</translation>
    </message>
    <message>
        <source>Twilio sent a message without an identifier. Check the Twilio service address.</source>
        <translation>Twilio sent a message without an identifier. Check the Twilio service address.</translation>
    </message>
    <message>
        <source>The SMS has no recipient. Enter the mobile number.</source>
        <translation>The SMS has no recipient. Enter the mobile number.</translation>
    </message>
    <message>
        <source>No Twilio sender is configured. Set the sending number or the messaging service in the settings.</source>
        <translation>No Twilio sender is configured. Set the sending number or the messaging service in the settings.</translation>
    </message>
    <message>
        <source>The SMS is empty. Write the message text.</source>
        <translation>The SMS is empty. Write the message text.</translation>
    </message>
    <message>
        <source>The SMS has %1 characters; Twilio accepts at most 1600. Shorten the text.</source>
        <translation>The SMS has %1 characters; Twilio accepts at most 1600. Shorten the text.</translation>
    </message>
    <message>
        <source>Twilio sent a message list this version cannot read. Check the service address.</source>
        <translation>Twilio sent a message list this version cannot read. Check the service address.</translation>
    </message>
    <message>
        <source>Twilio refused the recipient number (%1: %2). Check the customer&apos;s mobile number.</source>
        <translation>Twilio refused the recipient number (%1: %2). Check the customer&apos;s mobile number.</translation>
    </message>
    <message>
        <source>The recipient has unsubscribed from our SMS (replied STOP). Reach the customer another way.</source>
        <translation>The recipient has unsubscribed from our SMS (replied STOP). Reach the customer another way.</translation>
    </message>
    <message>
        <source>Twilio cannot send to this destination (%1: %2). Check the number or the account&apos;s geographic permissions.</source>
        <translation>Twilio cannot send to this destination (%1: %2). Check the number or the account&apos;s geographic permissions.</translation>
    </message>
    <message>
        <source>Twilio refused the sender (%1: %2). Check the sending number or messaging service in the settings.</source>
        <translation>Twilio refused the sender (%1: %2). Check the sending number or messaging service in the settings.</translation>
    </message>
    <message>
        <source>Twilio refused the credentials. Check the Account SID and auth token in the settings.</source>
        <translation>Twilio refused the credentials. Check the Account SID and auth token in the settings.</translation>
    </message>
    <message>
        <source>Twilio is busy (too many requests at once). The SMS was not sent; it will be sent again shortly.</source>
        <translation>Twilio is busy (too many requests at once). The SMS was not sent; it will be sent again shortly.</translation>
    </message>
    <message>
        <source>Twilio does not know this message (%1). Check the message identifier.</source>
        <translation>Twilio does not know this message (%1). Check the message identifier.</translation>
    </message>
    <message>
        <source>Twilio refused the SMS: %1 (error %2). Correct it, then send it again.</source>
        <translation>Twilio refused the SMS: %1 (error %2). Correct it, then send it again.</translation>
    </message>
</context>
<context>
    <name>ops::log</name>
    <message>
        <source>Unknown log level &quot;%1&quot;.</source>
        <translation>Unknown log level &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The log folder %1 cannot be created.</source>
        <translation>The log folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>The log file %1 cannot be written.</source>
        <translation>The log file %1 cannot be written.</translation>
    </message>
</context>
<context>
    <name>ops::net</name>
    <message>
        <source>The service %1 is not configured. Check the integration settings.</source>
        <translation>The service %1 is not configured. Check the integration settings.</translation>
    </message>
    <message>
        <source>The address of the service %1 is not valid. Check the integration settings.</source>
        <translation>The address of the service %1 is not valid. Check the integration settings.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified, so nothing was sent. Check the server&apos;s certificate, or the CA file configured for %1.</source>
        <translation>The secure connection to %1 could not be verified, so nothing was sent. Check the server&apos;s certificate, or the CA file configured for %1.</translation>
    </message>
    <message>
        <source>Too many requests are waiting for %1, so nothing was sent. Try again in a few minutes.</source>
        <translation>Too many requests are waiting for %1, so nothing was sent. Try again in a few minutes.</translation>
    </message>
    <message>
        <source>Cannot reach %1, so nothing was sent. Check the network connection and the service address in the settings, then try again.</source>
        <translation>Cannot reach %1, so nothing was sent. Check the network connection and the service address in the settings, then try again.</translation>
    </message>
    <message>
        <source>%1 is busy or temporarily unavailable (HTTP %2). The request was not carried out; try again in a few minutes.</source>
        <translation>%1 is busy or temporarily unavailable (HTTP %2). The request was not carried out; try again in a few minutes.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. The request may have been carried out: check its status at %1 before sending it again.</source>
        <translation>%1 did not answer in time. The request may have been carried out: check its status at %1 before sending it again.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost before its answer arrived. The request may have been carried out: check its status at %1 before sending it again.</source>
        <translation>The connection to %1 was lost before its answer arrived. The request may have been carried out: check its status at %1 before sending it again.</translation>
    </message>
    <message>
        <source>%1 sent an unreadable answer. The request may have been carried out: check its status at %1 before sending it again.</source>
        <translation>%1 sent an unreadable answer. The request may have been carried out: check its status at %1 before sending it again.</translation>
    </message>
    <message>
        <source>%1 reported an internal error (HTTP %2). The request may have been carried out: check its status at %1 before sending it again.</source>
        <translation>%1 reported an internal error (HTTP %2). The request may have been carried out: check its status at %1 before sending it again.</translation>
    </message>
    <message>
        <source>%1 refused the request as invalid (HTTP %2). Correct the data, then send it again.</source>
        <translation>%1 refused the request as invalid (HTTP %2). Correct the data, then send it again.</translation>
    </message>
    <message>
        <source>%1 refused the credentials (HTTP %2). Check the account and API key for %1 in the settings.</source>
        <translation>%1 refused the credentials (HTTP %2). Check the account and API key for %1 in the settings.</translation>
    </message>
    <message>
        <source>%1 does not know the requested item (HTTP %2). It may have been deleted: refresh and check the identifier.</source>
        <translation>%1 does not know the requested item (HTTP %2). It may have been deleted: refresh and check the identifier.</translation>
    </message>
    <message>
        <source>%1 reported a conflict with the current state (HTTP %2). Refresh, check the item, then try again.</source>
        <translation>%1 reported a conflict with the current state (HTTP %2). Refresh, check the item, then try again.</translation>
    </message>
    <message>
        <source>The request to %1 failed. Check the network connection and the service address in the settings.</source>
        <translation>The request to %1 failed. Check the network connection and the service address in the settings.</translation>
    </message>
    <message>
        <source>%1 gave an unexpected answer (HTTP %2). Check the service address in the settings.</source>
        <translation>%1 gave an unexpected answer (HTTP %2). Check the service address in the settings.</translation>
    </message>
    <message>
        <source>The request to %1 failed.</source>
        <translation>The request to %1 failed.</translation>
    </message>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation>The request to %1 was cancelled.</translation>
    </message>
    <message>
        <source>A service has no name. Check the integration settings.</source>
        <translation>A service has no name. Check the integration settings.</translation>
    </message>
    <message>
        <source>The rate limit of the service %1 is not valid. Check the integration settings.</source>
        <translation>The rate limit of the service %1 is not valid. Check the integration settings.</translation>
    </message>
    <message>
        <source>The CA file for the service %1 cannot be read or holds no certificate. Check the file and the integration settings.</source>
        <translation>The CA file for the service %1 cannot be read or holds no certificate. Check the file and the integration settings.</translation>
    </message>
</context>
<context>
    <name>ops::outbox</name>
    <message>
        <source>unknown status %1 (pending, sending, sent, failed, ambiguous, cancelled)</source>
        <translation>unknown status %1 (pending, sending, sent, failed, ambiguous, cancelled)</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>unexpected argument: %1</translation>
    </message>
    <message>
        <source>The outbox holds no matching item.</source>
        <translation>The outbox holds no matching item.</translation>
    </message>
    <message>
        <source>usage: outbox retry ID | outbox retry --all-failed [--provider P] | outbox cancel ID</source>
        <translation>usage: outbox retry ID | outbox retry --all-failed [--provider P] | outbox cancel ID</translation>
    </message>
    <message numerus="yes">
        <source>%n failed item(s) will be sent again.</source>
        <translation>
            <numerusform>%n failed item will be sent again.</numerusform>
            <numerusform>%n failed items will be sent again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Outbox item %1 will be sent again.</source>
        <translation>Outbox item %1 will be sent again.</translation>
    </message>
    <message>
        <source>Outbox item %1 is cancelled.</source>
        <translation>Outbox item %1 is cancelled.</translation>
    </message>
    <message>
        <source>usage: outbox list|retry|cancel ...</source>
        <translation>usage: outbox list|retry|cancel ...</translation>
    </message>
    <message>
        <source>usage: worker [--batch N] [--lease SECONDS] [--id NAME]</source>
        <translation>usage: worker [--batch N] [--lease SECONDS] [--id NAME]</translation>
    </message>
    <message>
        <source>no service is configured: set TARGO_&lt;SERVICE&gt;_BASE_URL or its credentials (see the documentation)</source>
        <translation>no service is configured: set TARGO_&lt;SERVICE&gt;_BASE_URL or its credentials (see the documentation)</translation>
    </message>
    <message>
        <source>Stopping: finishing the messages in flight...</source>
        <translation>Stopping: finishing the messages in flight...</translation>
    </message>
    <message>
        <source>Outbox worker %1 running for: %2</source>
        <translation>Outbox worker %1 running for: %2</translation>
    </message>
    <message>
        <source>Stopped: %1 sent, %2 to retry, %3 failed, %4 ambiguous.</source>
        <translation>Stopped: %1 sent, %2 to retry, %3 failed, %4 ambiguous.</translation>
    </message>
    <message>
        <source>Unknown service %1: the message cannot be queued.</source>
        <translation>Unknown service %1: the message cannot be queued.</translation>
    </message>
    <message>
        <source>The request for %1 is incomplete and cannot be queued.</source>
        <translation>The request for %1 is incomplete and cannot be queued.</translation>
    </message>
    <message>
        <source>Outbox item %1 was taken over before its result was saved.</source>
        <translation>Outbox item %1 was taken over before its result was saved.</translation>
    </message>
    <message>
        <source>Outbox item %1 does not exist.</source>
        <translation>Outbox item %1 does not exist.</translation>
    </message>
    <message>
        <source>Outbox item %1 is %2: only failed or ambiguous items can be sent again.</source>
        <translation>Outbox item %1 is %2: only failed or ambiguous items can be sent again.</translation>
    </message>
    <message>
        <source>Outbox item %1 is %2: only pending, failed or ambiguous items can be cancelled.</source>
        <translation>Outbox item %1 is %2: only pending, failed or ambiguous items can be cancelled.</translation>
    </message>
    <message>
        <source>Outbox item %1 holds no valid request and cannot be sent.</source>
        <translation>Outbox item %1 holds no valid request and cannot be sent.</translation>
    </message>
    <message>
        <source>No service is configured, so the outbox worker has nothing to send.</source>
        <translation>No service is configured, so the outbox worker has nothing to send.</translation>
    </message>
    <message>
        <source>The outbox worker stopped on an unexpected error.</source>
        <translation>The outbox worker stopped on an unexpected error.</translation>
    </message>
</context>
<context>
    <name>ops::tickets</name>
    <message>
        <source>Unknown ticket status: %1</source>
        <translation>Unknown ticket status: %1</translation>
    </message>
</context>
<context>
    <name>opsctl</name>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>planning</source>
        <translation>planning</translation>
    </message>
    <message>
        <source>staff and catalogue</source>
        <translation>staff and catalogue</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>customers</translation>
    </message>
    <message>
        <source>service locations</source>
        <translation>service locations</translation>
    </message>
    <message>
        <source>equipment</source>
        <translation>equipment</translation>
    </message>
    <message>
        <source>subscriptions</source>
        <translation>subscriptions</translation>
    </message>
    <message>
        <source>invoices</source>
        <translation>invoices</translation>
    </message>
    <message>
        <source>invoice lines</source>
        <translation>invoice lines</translation>
    </message>
    <message>
        <source>invoice taxes</source>
        <translation>invoice taxes</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>payments</translation>
    </message>
    <message>
        <source>payment allocations</source>
        <translation>payment allocations</translation>
    </message>
    <message>
        <source>tickets</source>
        <translation>tickets</translation>
    </message>
    <message>
        <source>ticket messages</source>
        <translation>ticket messages</translation>
    </message>
    <message>
        <source>dispatch</source>
        <translation>dispatch</translation>
    </message>
    <message>
        <source>CASL consents</source>
        <translation>CASL consents</translation>
    </message>
    <message>
        <source>sequences</source>
        <translation>sequences</translation>
    </message>
    <message>
        <source>committing</source>
        <translation>committing</translation>
    </message>
    <message>
        <source>analyzing</source>
        <translation>analyzing</translation>
    </message>
    <message>
        <source>checking foreign keys</source>
        <translation>checking foreign keys</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>--scale takes a number greater than 0 and at most 20, not &quot;%1&quot;</source>
        <translation>--scale takes a number greater than 0 and at most 20, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--seed takes a whole number, not &quot;%1&quot;</source>
        <translation>--seed takes a whole number, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--today takes a date like 2026-11-27, not &quot;%1&quot;</source>
        <translation>--today takes a date like 2026-11-27, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unexpected argument for demo seed: %1</source>
        <translation>unexpected argument for demo seed: %1</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>The database already contains customers; use --replace to replace its business data with demo data.</source>
        <translation>The database already contains customers; use --replace to replace its business data with demo data.</translation>
    </message>
    <message>
        <source>Loaded %1 rows in %2 s.</source>
        <translation>Loaded %1 rows in %2 s.</translation>
    </message>
    <message>
        <source>usage: demo seed [--scale S] [--seed N] [--replace] [--today YYYY-MM-DD]</source>
        <translation>usage: demo seed [--scale S] [--seed N] [--replace] [--today YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>data folder: %1</source>
        <translation>data folder: %1</translation>
    </message>
    <message>
        <source>initialized: %1</source>
        <translation>initialized: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>running: %1</source>
        <translation>running: %1</translation>
    </message>
    <message>
        <source>yes (pid %1)</source>
        <translation>yes (pid %1)</translation>
    </message>
    <message>
        <source>connection: %1</source>
        <translation>connection: %1</translation>
    </message>
    <message>
        <source>The schema is up to date (version %1).</source>
        <translation>The schema is up to date (version %1).</translation>
    </message>
    <message>
        <source>applied %1</source>
        <translation>applied %1</translation>
    </message>
    <message>
        <source>The schema is now at version %1.</source>
        <translation>The schema is now at version %1.</translation>
    </message>
    <message>
        <source>db needs a subcommand: init, start, stop, status or migrate</source>
        <translation>db needs a subcommand: init, start, stop, status or migrate</translation>
    </message>
    <message>
        <source>db %1 manages the embedded database; it does not take --db</source>
        <translation>db %1 manages the embedded database; it does not take --db</translation>
    </message>
    <message>
        <source>The embedded database is stopped.</source>
        <translation>The embedded database is stopped.</translation>
    </message>
    <message>
        <source>unknown db subcommand: %1</source>
        <translation>unknown db subcommand: %1</translation>
    </message>
    <message>
        <source>use either --db or --embedded, not both</source>
        <translation>use either --db or --embedded, not both</translation>
    </message>
    <message>
        <source>The database schema is out of date (%1 pending). Run: targo-opsctl db migrate</source>
        <translation>The database schema is out of date (%1 pending). Run: targo-opsctl db migrate</translation>
    </message>
    <message>
        <source>unknown command: %1</source>
        <translation>unknown command: %1</translation>
    </message>
    <message>
        <source>bench search needs --queries FILE (one query a line)</source>
        <translation>bench search needs --queries FILE (one query a line)</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>cannot read %1</translation>
    </message>
    <message>
        <source>%1 holds no query</source>
        <translation>%1 holds no query</translation>
    </message>
    <message>
        <source>slow: %1 ms  %2</source>
        <translation>slow: %1 ms  %2</translation>
    </message>
    <message>
        <source>run %1: %2 s</source>
        <translation>run %1: %2 s</translation>
    </message>
    <message>
        <source>search needs a text</source>
        <translation>search needs a text</translation>
    </message>
    <message>
        <source>No results for &quot;%1&quot;.</source>
        <translation>No results for &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>bench needs a subcommand: search or seed</source>
        <translation>bench needs a subcommand: search or seed</translation>
    </message>
    <message>
        <source>unknown bench subcommand: %1</source>
        <translation>unknown bench subcommand: %1</translation>
    </message>
    <message>
        <source>walked %1 pages (%2 tickets) in %3 s</source>
        <translation>walked %1 pages (%2 tickets) in %3 s</translation>
    </message>
    <message>
        <source>no customers: seed the database first (demo seed)</source>
        <translation>no customers: seed the database first (demo seed)</translation>
    </message>
    <message>
        <source>the change listener did not connect</source>
        <translation>the change listener did not connect</translation>
    </message>
    <message>
        <source>run %1: no change notification within %2 ms</source>
        <translation>run %1: no change notification within %2 ms</translation>
    </message>
    <message>
        <source>Usage: targo-opsctl [--db CONNINFO | --embedded DIR] [--json] COMMAND ...

Commands:
  db init|start|stop|status     manage the embedded database
  db migrate                    apply pending schema updates
  demo seed [--scale S] [--seed N] [--replace] [--today YYYY-MM-DD]
                                load deterministic demo data
  search TEXT [--limit N]       search customers, locations, equipment
  bench search --queries FILE [--rounds N]
  bench seed [--scale S] [--runs N]
  bench tickets [--runs N]      ticket list pages (first, deepest, filtered)
  bench live [--runs N]         a committed change seen by another client (NOTIFY + re-read)
  outbox list [--status S] [--provider P]
  outbox retry ID|--all-failed  send again (operator decision)
  outbox cancel ID              never send
  worker                        drain the outbox until SIGTERM

Options:
  --db CONNINFO    a PostgreSQL server (libpq keyword form or URI)
  --embedded DIR   the embedded cluster folder (default: the app&apos;s own)
  --json           data as JSON on standard output
  --lang fr|en     language of messages
</source>
        <translation>Usage: targo-opsctl [--db CONNINFO | --embedded DIR] [--json] COMMAND ...

Commands:
  db init|start|stop|status     manage the embedded database
  db migrate                    apply pending schema updates
  demo seed [--scale S] [--seed N] [--replace] [--today YYYY-MM-DD]
                                load deterministic demo data
  search TEXT [--limit N]       search customers, locations, equipment
  bench search --queries FILE [--rounds N]
  bench seed [--scale S] [--runs N]
  bench tickets [--runs N]      ticket list pages (first, deepest, filtered)
  bench live [--runs N]         a committed change seen by another client (NOTIFY + re-read)
  outbox list [--status S] [--provider P]
  outbox retry ID|--all-failed  send again (operator decision)
  outbox cancel ID              never send
  worker                        drain the outbox until SIGTERM

Options:
  --db CONNINFO    a PostgreSQL server (libpq keyword form or URI)
  --embedded DIR   the embedded cluster folder (default: the app&apos;s own)
  --json           data as JSON on standard output
  --lang fr|en     language of messages
</translation>
    </message>
</context>
</TS>
