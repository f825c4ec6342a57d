<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_CA" sourcelanguage="en">
<context>
    <name>AdministrationSection</name>
    <message>
        <source>&amp;Staff</source>
        <comment>administration tab</comment>
        <translation>&amp;Staff</translation>
    </message>
    <message>
        <source>Re&amp;gions</source>
        <comment>administration tab: dispatch regions</comment>
        <translation>Re&amp;gions</translation>
    </message>
    <message>
        <source>Staff accounts: invite, change group, reset password, deactivate</source>
        <translation>Staff accounts: invite, change group, reset password, deactivate</translation>
    </message>
    <message>
        <source>Which postal codes and cities belong to which dispatch region</source>
        <translation>Which postal codes and cities belong to which dispatch region</translation>
    </message>
    <message>
        <source>&amp;GPS tracking</source>
        <comment>administration tab: Law 25 GPS retention and notice</comment>
        <translation>&amp;GPS tracking</translation>
    </message>
    <message>
        <source>How long GPS positions are kept, and the technicians&apos; tracking notice (Law 25)</source>
        <translation>How long GPS positions are kept, and the technicians&apos; tracking notice (Law 25)</translation>
    </message>
</context>
<context>
    <name>AdministrationWidget</name>
    <message>
        <source>Staff accounts</source>
        <translation>Staff accounts</translation>
    </message>
    <message>
        <source>&amp;Invite…</source>
        <translation>&amp;Invite…</translation>
    </message>
    <message>
        <source>Create a login for a new staff member (Ctrl+N)</source>
        <translation>Create a login for a new staff member (Ctrl+N)</translation>
    </message>
    <message>
        <source>Change &amp;group…</source>
        <translation>Change &amp;group…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Reset password…</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Deactivate…</translation>
    </message>
    <message>
        <source>No more logins, open sessions ended; the history is kept (Del)</source>
        <translation>No more logins, open sessions ended; the history is kept (Del)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>The database&apos;s own administrator account is managed on the server.</source>
        <translation>The database&apos;s own administrator account is managed on the server.</translation>
    </message>
    <message>
        <source>The staff accounts could not be changed.</source>
        <translation>The staff accounts could not be changed.</translation>
    </message>
    <message>
        <source>The temporary password of %1 (%2) is being e-mailed (outbox item %3).</source>
        <translation>The temporary password of %1 (%2) is being e-mailed (outbox item %3).</translation>
    </message>
    <message>
        <source>%1 (%2) can now log in with the temporary password.</source>
        <translation>%1 (%2) can now log in with the temporary password.</translation>
    </message>
    <message>
        <source>Change group</source>
        <translation>Change group</translation>
    </message>
    <message>
        <source>Group of %1 (%2):</source>
        <translation>Group of %1 (%2):</translation>
    </message>
    <message>
        <source>%1 is now in the group %2.</source>
        <translation>%1 is now in the group %2.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Give %1 (%2) a new temporary password? The current password stops working at once.</source>
        <translation>Give %1 (%2) a new temporary password? The current password stops working at once.</translation>
    </message>
    <message>
        <source>&amp;Show it once</source>
        <translation>&amp;Show it once</translation>
    </message>
    <message>
        <source>&amp;E-mail it to %1</source>
        <translation>&amp;E-mail it to %1</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Deactivate %1 (%2)? This login will no longer connect and its open sessions are ended now. Its history (tickets, messages, audit) is kept.</source>
        <translation>Deactivate %1 (%2)? This login will no longer connect and its open sessions are ended now. Its history (tickets, messages, audit) is kept.</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message numerus="yes">
        <source>%1 is deactivated (%n session(s) ended). The history is kept.</source>
        <translation>
            <numerusform>%1 is deactivated (%n session ended). The history is kept.</numerusform>
            <numerusform>%1 is deactivated (%n sessions ended). The history is kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AllocationEditDialog</name>
    <message>
        <source>Edit allocation</source>
        <translation>Edit allocation</translation>
    </message>
    <message>
        <source>Loading the payment…</source>
        <translation>Loading the payment…</translation>
    </message>
    <message>
        <source>&amp;Invoices (Open includes what this payment already holds; type an amount to change it):</source>
        <translation>&amp;Invoices (Open includes what this payment already holds; type an amount to change it):</translation>
    </message>
    <message>
        <source>Oldest first (Alt+O)</source>
        <translation>Oldest first (Alt+O)</translation>
    </message>
    <message>
        <source>The payment to the open invoices by due date, oldest first</source>
        <translation>The payment to the open invoices by due date, oldest first</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Edit allocation of %1</source>
        <translation>Edit allocation of %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4, received %5</source>
        <translation>%1 · %2 · %3 · %4, received %5</translation>
    </message>
    <message>
        <source>%1 after refunds</source>
        <translation>%1 after refunds</translation>
    </message>
    <message>
        <source>Payment %1 is %2: only a payment that went through can be allocated.</source>
        <translation>Payment %1 is %2: only a payment that went through can be allocated.</translation>
    </message>
    <message>
        <source>The allocations (%1) are above the payment (%2).</source>
        <translation>The allocations (%1) are above the payment (%2).</translation>
    </message>
    <message>
        <source>Allocated: %1 · left as the customer&apos;s credit: %2</source>
        <translation>Allocated: %1 · left as the customer&apos;s credit: %2</translation>
    </message>
    <message>
        <source>The allocations are above the payment: lower one of them.</source>
        <translation>The allocations are above the payment: lower one of them.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
</context>
<context>
    <name>AllocationModel</name>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Allocate</source>
        <translation>Allocate</translation>
    </message>
</context>
<context>
    <name>AssistantPanel</name>
    <message>
        <source>Suggest</source>
        <translation>Suggest</translation>
    </message>
    <message>
        <source>Ask again and go to the best candidate (Ctrl+Space)</source>
        <translation>Ask again and go to the best candidate (Ctrl+Space)</translation>
    </message>
    <message>
        <source>Suggested technicians</source>
        <translation>Suggested technicians</translation>
    </message>
    <message>
        <source>Who can take %1?</source>
        <translation>Who can take %1?</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>The assistant is not available in this session.</source>
        <translation>The assistant is not available in this session.</translation>
    </message>
    <message>
        <source>Select a job on the board or in the queue to see who could take it.</source>
        <translation>Select a job on the board or in the queue to see who could take it.</translation>
    </message>
    <message>
        <source>%1 is %2: it stays where it is.</source>
        <translation>%1 is %2: it stays where it is.</translation>
    </message>
    <message>
        <source>%1 is pinned: unpin it to get suggestions.</source>
        <translation>%1 is pinned: unpin it to get suggestions.</translation>
    </message>
    <message>
        <source>Looking for the best technicians…</source>
        <translation>Looking for the best technicians…</translation>
    </message>
    <message>
        <source>No suggestions: %1</source>
        <translation>No suggestions: %1</translation>
    </message>
    <message>
        <source>Nobody can take %1 on the days shown: no technician has the skills, the region and the time for it.</source>
        <translation>Nobody can take %1 on the days shown: no technician has the skills, the region and the time for it.</translation>
    </message>
    <message>
        <source>Enter assigns the highlighted one · drag a row onto the board to pick the time</source>
        <translation>Enter assigns the highlighted one · drag a row onto the board to pick the time</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>audit action</comment>
        <translation>Created</translation>
    </message>
    <message>
        <source>Changed</source>
        <comment>audit action</comment>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Deleted</source>
        <comment>audit action</comment>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Opened</source>
        <comment>audit action</comment>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Exported</source>
        <comment>audit action</comment>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Revealed</source>
        <comment>audit action</comment>
        <translation>Revealed</translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>audit entity</comment>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Service location</source>
        <comment>audit entity</comment>
        <translation>Service location</translation>
    </message>
    <message>
        <source>Equipment</source>
        <comment>audit entity</comment>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>Subscription</source>
        <comment>audit entity</comment>
        <translation>Subscription</translation>
    </message>
    <message>
        <source>Invoice</source>
        <comment>audit entity</comment>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Payment</source>
        <comment>audit entity</comment>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Ticket</source>
        <comment>audit entity</comment>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Ticket message</source>
        <comment>audit entity</comment>
        <translation>Ticket message</translation>
    </message>
    <message>
        <source>Dispatch job</source>
        <comment>audit entity</comment>
        <translation>Dispatch job</translation>
    </message>
    <message>
        <source>Consent</source>
        <comment>audit entity</comment>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Staff member</source>
        <comment>audit entity</comment>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>no field changed</source>
        <translation>no field changed</translation>
    </message>
    <message numerus="yes">
        <source>created with %n field(s)</source>
        <translation>
            <numerusform>created with %n field</numerusform>
            <numerusform>created with %n fields</numerusform>
        </translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>file opened</source>
        <translation>file opened</translation>
    </message>
    <message>
        <source>data exported</source>
        <translation>data exported</translation>
    </message>
    <message>
        <source>secret revealed</source>
        <translation>secret revealed</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>customer code · name</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>AuditLogWidget</name>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message numerus="yes">
        <source>(hidden, %n character(s))</source>
        <translation>
            <numerusform>(hidden, %n character)</numerusform>
            <numerusform>(hidden, %n characters)</numerusform>
        </translation>
    </message>
    <message>
        <source>Any</source>
        <comment>date</comment>
        <translation>Any</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Export is unavailable until the database is connected.</source>
        <translation>Export is unavailable until the database is connected.</translation>
    </message>
    <message>
        <source>Fields of the selected change</source>
        <translation>Fields of the selected change</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>All staff</translation>
    </message>
    <message>
        <source>&amp;Staff:</source>
        <translation>&amp;Staff:</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>All entities</source>
        <translation>All entities</translation>
    </message>
    <message>
        <source>&amp;Entity:</source>
        <translation>&amp;Entity:</translation>
    </message>
    <message>
        <source>Customer code or number</source>
        <translation>Customer code or number</translation>
    </message>
    <message>
        <source>Code or number</source>
        <translation>Code or number</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>C&amp;ustomer:</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>To date</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <source>Staff member #%1</source>
        <translation>Staff member #%1</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactive)</translation>
    </message>
    <message>
        <source>Select a row to see what changed.</source>
        <translation>Select a row to see what changed.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>staff name (database role)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2 #%3 · by %4 · %5</source>
        <translation>%1 · %2 #%3 · by %4 · %5</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Customer: %1</translation>
    </message>
    <message>
        <source>Application: %1</source>
        <translation>Application: %1</translation>
    </message>
    <message>
        <source>No field data for this action.</source>
        <translation>No field data for this action.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) shown</source>
        <translation>
            <numerusform>%n row shown</numerusform>
            <numerusform>%n rows shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Not connected.</translation>
    </message>
    <message>
        <source>%1 · loading…</source>
        <translation>%1 · loading…</translation>
    </message>
    <message>
        <source>%1 · more as you scroll</source>
        <translation>%1 · more as you scroll</translation>
    </message>
</context>
<context>
    <name>BillingRunWidget</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>The month to bill (one calendar month)</source>
        <translation>The month to bill (one calendar month)</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <source>What a run of the period would create, without writing anything (Enter)</source>
        <translation>What a run of the period would create, without writing anything (Enter)</translation>
    </message>
    <message>
        <source>&amp;Commit the run</source>
        <translation>&amp;Commit the run</translation>
    </message>
    <message>
        <source>Create the period&apos;s invoices as previewed (Ctrl+Enter)</source>
        <translation>Create the period&apos;s invoices as previewed (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Cancel the run</translation>
    </message>
    <message>
        <source>Stop the run: nothing of it is kept (Esc)</source>
        <translation>Stop the run: nothing of it is kept (Esc)</translation>
    </message>
    <message>
        <source>&amp;Send the invoices</source>
        <translation>&amp;Send the invoices</translation>
    </message>
    <message>
        <source>E-mail the period&apos;s invoices, with their PDF, to the customers who have an address (Ctrl+E)</source>
        <translation>E-mail the period&apos;s invoices, with their PDF, to the customers who have an address (Ctrl+E)</translation>
    </message>
    <message>
        <source>By plan and item</source>
        <translation>By plan and item</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Anomalies to look at</source>
        <translation>Anomalies to look at</translation>
    </message>
    <message>
        <source>Anomaly</source>
        <translation>Anomaly</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Subscription</translation>
    </message>
    <message>
        <source>Choose the month to bill, then preview the run (Enter).</source>
        <translation>Choose the month to bill, then preview the run (Enter).</translation>
    </message>
    <message>
        <source>Computing the preview…</source>
        <translation>Computing the preview…</translation>
    </message>
    <message>
        <source>Preview of %1: nothing is written yet. Commit the run (Ctrl+Enter) to create these invoices.</source>
        <translation>Preview of %1: nothing is written yet. Commit the run (Ctrl+Enter) to create these invoices.</translation>
    </message>
    <message>
        <source>Creating the invoices… Esc cancels (nothing of the run is then kept).</source>
        <translation>Creating the invoices… Esc cancels (nothing of the run is then kept).</translation>
    </message>
    <message>
        <source>The run of %1 is committed.</source>
        <translation>The run of %1 is committed.</translation>
    </message>
    <message>
        <source>Putting the invoice e-mails in the outbox…</source>
        <translation>Putting the invoice e-mails in the outbox…</translation>
    </message>
    <message>
        <source>The invoices of %1 are in the outbox; the Outbox section shows their delivery.</source>
        <translation>The invoices of %1 are in the outbox; the Outbox section shows their delivery.</translation>
    </message>
    <message>
        <source>The run was cancelled: no invoice was created.</source>
        <translation>The run was cancelled: no invoice was created.</translation>
    </message>
    <message>
        <source>Nothing new to bill: every customer of the period already has an invoice.</source>
        <translation>Nothing new to bill: every customer of the period already has an invoice.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln invoice(s) created, %1 to %2.</source>
        <translation>
            <numerusform>%Ln invoice created, %1 to %2.</numerusform>
            <numerusform>%Ln invoices created, %1 to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln e-mail(s) put in the outbox.</source>
        <translation>
            <numerusform>%Ln e-mail put in the outbox.</numerusform>
            <numerusform>%Ln e-mails put in the outbox.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invoice(s) had already been sent.</source>
        <translation>
            <numerusform>%Ln invoice had already been sent.</numerusform>
            <numerusform>%Ln invoices had already been sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) without an e-mail address: not sent.</source>
        <translation>
            <numerusform>%Ln customer without an e-mail address: not sent.</numerusform>
            <numerusform>%Ln customers without an e-mail address: not sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Not sent: %1</translation>
    </message>
    <message numerus="yes">
        <source>Created: %Ln invoice(s)</source>
        <translation>
            <numerusform>Created: %Ln invoice</numerusform>
            <numerusform>Created: %Ln invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To create: %Ln invoice(s)</source>
        <translation>
            <numerusform>To create: %Ln invoice</numerusform>
            <numerusform>To create: %Ln invoices</numerusform>
        </translation>
    </message>
    <message>
        <source>Subtotal %1   ·   GST %2   ·   QST %3   ·   Total %4</source>
        <translation>Subtotal %1   ·   GST %2   ·   QST %3   ·   Total %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) already invoiced for the period: skipped.</source>
        <translation>
            <numerusform>%Ln customer already invoiced for the period: skipped.</numerusform>
            <numerusform>%Ln customers already invoiced for the period: skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>One-time charges and credits</source>
        <translation>One-time charges and credits</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more not listed</source>
        <translation>
            <numerusform>… and %Ln more not listed</numerusform>
            <numerusform>… and %Ln more not listed</numerusform>
        </translation>
    </message>
    <message>
        <source>No anomaly.</source>
        <translation>No anomaly.</translation>
    </message>
</context>
<context>
    <name>BillingSection</name>
    <message>
        <source>Billing run</source>
        <translation>Billing run</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <source>Preview, commit and send a month&apos;s invoices</source>
        <translation>Preview, commit and send a month&apos;s invoices</translation>
    </message>
    <message>
        <source>Every invoice, filtered, with its lines, taxes, payments and e-mail</source>
        <translation>Every invoice, filtered, with its lines, taxes, payments and e-mail</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Company block, GST and QST numbers, due days, payment instructions, invoice e-mail</source>
        <translation>Company block, GST and QST numbers, due days, payment instructions, invoice e-mail</translation>
    </message>
    <message>
        <source>Plans and products</source>
        <translation>Plans and products</translation>
    </message>
    <message>
        <source>The catalogue: plans and products, their prices and the price changes scheduled</source>
        <translation>The catalogue: plans and products, their prices and the price changes scheduled</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Every payment; a new payment (Ctrl+N) with its allocation; a reversal</source>
        <translation>Every payment; a new payment (Ctrl+N) with its allocation; a reversal</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>Receivables</translation>
    </message>
    <message>
        <source>What customers owe as of a date, by how late it is</source>
        <translation>What customers owe as of a date, by how late it is</translation>
    </message>
    <message>
        <source>Dunning</source>
        <translation>Dunning</translation>
    </message>
    <message>
        <source>Reminders, suspension notices and suspensions of late accounts; who is suspended tomorrow, and why</source>
        <translation>Reminders, suspension notices and suspensions of late accounts; who is suspended tomorrow, and why</translation>
    </message>
    <message>
        <source>Stripe</source>
        <translation>Stripe</translation>
    </message>
    <message>
        <source>PPA runs, Stripe&apos;s events applied, disputes, refunds and setup links</source>
        <translation>PPA runs, Stripe&apos;s events applied, disputes, refunds and setup links</translation>
    </message>
</context>
<context>
    <name>BillingSettingsWidget</name>
    <message>
        <source>Company (printed at the top of every invoice)</source>
        <translation>Company (printed at the top of every invoice)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Address line &amp;%1:</source>
        <translation>Address line &amp;%1:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>The invoice e-mails&apos; Reply-To address</source>
        <translation>The invoice e-mails&apos; Reply-To address</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>Taxes</translation>
    </message>
    <message>
        <source>GST/HST registration number: nine digits, RT and four digits</source>
        <translation>GST/HST registration number: nine digits, RT and four digits</translation>
    </message>
    <message>
        <source>&amp;GST number:</source>
        <translation>&amp;GST number:</translation>
    </message>
    <message>
        <source>QST registration number: ten digits, TQ and four digits</source>
        <translation>QST registration number: ten digits, TQ and four digits</translation>
    </message>
    <message>
        <source>&amp;QST number:</source>
        <translation>&amp;QST number:</translation>
    </message>
    <message>
        <source>GST %1 % and QST %2 %, each on the taxable subtotal and shown on its own line: the rates are set by law, not here.</source>
        <translation>GST %1 % and QST %2 %, each on the taxable subtotal and shown on its own line: the rates are set by law, not here.</translation>
    </message>
    <message>
        <source>Billing runs are refused until both registration numbers are set: every invoice must show them.</source>
        <translation>Billing runs are refused until both registration numbers are set: every invoice must show them.</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <source> days after the issue date</source>
        <translation> days after the issue date</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Due:</translation>
    </message>
    <message>
        <source>Payment instructions (&amp;French):</source>
        <translation>Payment instructions (&amp;French):</translation>
    </message>
    <message>
        <source>Payment instructions (E&amp;nglish):</source>
        <translation>Payment instructions (E&amp;nglish):</translation>
    </message>
    <message>
        <source>Invoice e-mail</source>
        <translation>Invoice e-mail</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Placeholders: {code} invoice number, {period} billed period, {total} amount, {due_date} due date, {company} company name, {customer} customer name. An empty subject or text uses the built-in one.</source>
        <translation>Placeholders: {code} invoice number, {period} billed period, {total} amount, {due_date} due date, {company} company name, {customer} customer name. An empty subject or text uses the built-in one.</translation>
    </message>
    <message>
        <source>Sample invoice in:</source>
        <translation>Sample invoice in:</translation>
    </message>
    <message>
        <source>The language of the sample e-mail and PDF (customers receive their own language)</source>
        <translation>The language of the sample e-mail and PDF (customers receive their own language)</translation>
    </message>
    <message>
        <source>The e-mail of a sample invoice with these settings, as the customer reads it</source>
        <translation>The e-mail of a sample invoice with these settings, as the customer reads it</translation>
    </message>
    <message>
        <source>Preview &amp;PDF</source>
        <translation>Preview &amp;PDF</translation>
    </message>
    <message>
        <source>A sample invoice printed with these settings, saved or not (Ctrl+P)</source>
        <translation>A sample invoice printed with these settings, saved or not (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>Read the settings again from the database; unsaved changes are lost</source>
        <translation>Read the settings again from the database; unsaved changes are lost</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Your role (%1) can read the billing settings; only an administrator can change them.</source>
        <translation>Your role (%1) can read the billing settings; only an administrator can change them.</translation>
    </message>
    <message>
        <source>Save the settings; the next invoices use them (Ctrl+S)</source>
        <translation>Save the settings; the next invoices use them (Ctrl+S)</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Subject: %1</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Billing settings saved. The next invoices and e-mails use them.</source>
        <translation>Billing settings saved. The next invoices and e-mails use them.</translation>
    </message>
    <message>
        <source>Billing settings saved. Billing runs stay refused until both registration numbers are set.</source>
        <translation>Billing settings saved. Billing runs stay refused until both registration numbers are set.</translation>
    </message>
</context>
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
    <message>
        <source>The embedded database&apos;s password could not be read from the system keychain: %1</source>
        <translation>The embedded database&apos;s password could not be read from the system keychain: %1</translation>
    </message>
    <message>
        <source>Welcome: choose a language and a database to start.</source>
        <translation>Welcome: choose a language and a database to start.</translation>
    </message>
</context>
<context>
    <name>CampaignDashboard</name>
    <message>
        <source>← Campaigns</source>
        <translation>← Campaigns</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>Back to the list (Esc)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Ambiguous</source>
        <translation>Ambiguous</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Per second</source>
        <translation>Per second</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>Starts sending; the open application and the worker continue it (Ctrl+Return)</source>
        <translation>Starts sending; the open application and the worker continue it (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>No new message starts; those queued finish (Ctrl+Shift+P)</source>
        <translation>No new message starts; those queued finish (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Res&amp;ume</translation>
    </message>
    <message>
        <source>Continues a paused campaign</source>
        <translation>Continues a paused campaign</translation>
    </message>
    <message>
        <source>Cancel campaign…</source>
        <translation>Cancel campaign…</translation>
    </message>
    <message>
        <source>The recipients not sent yet will never be</source>
        <translation>The recipients not sent yet will never be</translation>
    </message>
    <message>
        <source>Resend selected</source>
        <translation>Resend selected</translation>
    </message>
    <message>
        <source>Sends the selected failed recipient again</source>
        <translation>Sends the selected failed recipient again</translation>
    </message>
    <message>
        <source>Resend all failed</source>
        <translation>Resend all failed</translation>
    </message>
    <message>
        <source>Sends every failed recipient again</source>
        <translation>Sends every failed recipient again</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>&amp;Decide…</translation>
    </message>
    <message>
        <source>The selected ambiguous send: mark it sent, or send it again</source>
        <translation>The selected ambiguous send: mark it sent, or send it again</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Export report…</translation>
    </message>
    <message>
        <source>The report CSV of every recipient (Ctrl+E)</source>
        <translation>The report CSV of every recipient (Ctrl+E)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Add a recipient: address</source>
        <translation>Add a recipient: address</translation>
    </message>
    <message>
        <source>Customer code (optional)</source>
        <translation>Customer code (optional)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Adds one recipient to this campaign (CASL is checked as for the others)</source>
        <translation>Adds one recipient to this campaign (CASL is checked as for the others)</translation>
    </message>
    <message>
        <source>Test send to:</source>
        <translation>Test send to:</translation>
    </message>
    <message>
        <source>Send a &amp;test</source>
        <translation>Send a &amp;test</translation>
    </message>
    <message>
        <source>The first recipient&apos;s message, to you, through the outbox</source>
        <translation>The first recipient&apos;s message, to you, through the outbox</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Error code</translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation>Message ID</translation>
    </message>
    <message>
        <source>Queued at</source>
        <translation>Queued at</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>Sent at</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Ambiguous send</source>
        <translation>Ambiguous send</translation>
    </message>
    <message>
        <source>The provider may or may not have sent the message to %1: the connection ended before its answer. Check the provider&apos;s log (Mailjet or Twilio) first.

Mark it as sent if it arrived; send it again only if you are sure it did not (else the customer gets it twice).</source>
        <translation>The provider may or may not have sent the message to %1: the connection ended before its answer. Check the provider&apos;s log (Mailjet or Twilio) first.

Mark it as sent if it arrived; send it again only if you are sure it did not (else the customer gets it twice).</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Mark as sent</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Send again</translation>
    </message>
    <message>
        <source>Campaign report</source>
        <translation>Campaign report</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Empty: your staff e-mail address</source>
        <translation>Empty: your staff e-mail address</translation>
    </message>
    <message>
        <source>Your mobile number</source>
        <translation>Your mobile number</translation>
    </message>
    <message>
        <source>Campaign %1 is being sent: the open application (and the worker, if one runs) sends it.</source>
        <translation>Campaign %1 is being sent: the open application (and the worker, if one runs) sends it.</translation>
    </message>
    <message>
        <source>Campaign %1 paused: the messages already queued finish, no new ones start.</source>
        <translation>Campaign %1 paused: the messages already queued finish, no new ones start.</translation>
    </message>
    <message>
        <source>Campaign %1 resumed.</source>
        <translation>Campaign %1 resumed.</translation>
    </message>
    <message>
        <source>Cancel campaign %1? The recipients not sent yet will never receive it; this cannot be undone.</source>
        <translation>Cancel campaign %1? The recipients not sent yet will never receive it; this cannot be undone.</translation>
    </message>
    <message numerus="yes">
        <source>Campaign %1 cancelled: %n recipient(s) will not be sent.</source>
        <translation>
            <numerusform>Campaign %1 cancelled: %n recipient will not be sent.</numerusform>
            <numerusform>Campaign %1 cancelled: %n recipients will not be sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 will be sent again.</source>
        <translation>%1 will be sent again.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed recipient(s) will be sent again.</source>
        <translation>
            <numerusform>%n failed recipient will be sent again.</numerusform>
            <numerusform>%n failed recipients will be sent again.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is recorded as sent.</source>
        <translation>%1 is recorded as sent.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Writing the report…</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) written to %1.</source>
        <translation>
            <numerusform>%n recipient written to %1.</numerusform>
            <numerusform>%n recipients written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Test queued to %1 (outbox #%2)…</source>
        <translation>Test queued to %1 (outbox #%2)…</translation>
    </message>
    <message>
        <source>%1 added: %2.</source>
        <translation>%1 added: %2.</translation>
    </message>
    <message>
        <source>Test to %1 (outbox #%2): %3</source>
        <translation>Test to %1 (outbox #%2): %3</translation>
    </message>
</context>
<context>
    <name>CampaignEditor</name>
    <message numerus="yes">
        <source>%1: %n segment(s), %2, %3 characters</source>
        <translation>
            <numerusform>%1: %n segment, %2, %3 characters</numerusform>
            <numerusform>%1: %n segments, %2, %3 characters</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>E-mail (Mailjet)</source>
        <translation>E-mail (Mailjet)</translation>
    </message>
    <message>
        <source>SMS (Twilio)</source>
        <translation>SMS (Twilio)</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Channel</translation>
    </message>
    <message>
        <source>Commercial (CASL: consent, identification, unsubscribe)</source>
        <translation>Commercial (CASL: consent, identification, unsubscribe)</translation>
    </message>
    <message>
        <source>Transactional (service information)</source>
        <translation>Transactional (service information)</translation>
    </message>
    <message>
        <source>C&amp;lassification</source>
        <translation>C&amp;lassification</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>&amp;Insert variable</source>
        <translation>&amp;Insert variable</translation>
    </message>
    <message>
        <source>Inserts the variable where the cursor was in a subject or body (Ctrl+Shift+I)</source>
        <translation>Inserts the variable where the cursor was in a subject or body (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Choose a CSV &amp;file…</source>
        <translation>Choose a CSV &amp;file…</translation>
    </message>
    <message>
        <source>A header row; columns email or phone, and optionally language, customer, first_name</source>
        <translation>A header row; columns email or phone, and optionally language, customer, first_name</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>No file chosen.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV file</translation>
    </message>
    <message>
        <source>Address (e-mail or mobile)</source>
        <translation>Address (e-mail or mobile)</translation>
    </message>
    <message>
        <source>Customer code (optional)</source>
        <translation>Customer code (optional)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Also send to:</source>
        <translation>Also send to:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Create campaign</source>
        <translation>&amp;Create campaign</translation>
    </message>
    <message>
        <source>Creates the campaign as a draft with its recipients (Ctrl+Return); it is sent from its dashboard</source>
        <translation>Creates the campaign as a draft with its recipients (Ctrl+Return); it is sent from its dashboard</translation>
    </message>
    <message>
        <source>Recipients CSV</source>
        <translation>Recipients CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 20 MB.</source>
        <translation>%1 is larger than 20 MB.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 cannot be imported: %2</translation>
    </message>
    <message>
        <source>%1: %2 record(s) read, %3 recipient(s) to import, %4 line(s) rejected (listed below).</source>
        <translation>%1: %2 record(s) read, %3 recipient(s) to import, %4 line(s) rejected (listed below).</translation>
    </message>
    <message>
        <source>Give the campaign a name.</source>
        <translation>Give the campaign a name.</translation>
    </message>
    <message>
        <source>Choose a CSV file that can be imported, or use a segment.</source>
        <translation>Choose a CSV file that can be imported, or use a segment.</translation>
    </message>
    <message>
        <source>Creating the campaign…</source>
        <translation>Creating the campaign…</translation>
    </message>
    <message>
        <source>Campaign %1 created: %2 recipient(s), %3 skipped (CASL).</source>
        <translation>Campaign %1 created: %2 recipient(s), %3 skipped (CASL).</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Not added: %1</translation>
    </message>
</context>
<context>
    <name>CampaignLabels</name>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <source>Transactional</source>
        <translation>Transactional</translation>
    </message>
    <message>
        <source>Draft</source>
        <comment>campaign</comment>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <comment>campaign</comment>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Sending</source>
        <comment>campaign</comment>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>campaign</comment>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>campaign</comment>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>campaign</comment>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Ambiguous</source>
        <translation>Ambiguous</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Unsubscribed</translation>
    </message>
    <message>
        <source>No consent (CASL)</source>
        <translation>No consent (CASL)</translation>
    </message>
    <message>
        <source>Consent revoked</source>
        <translation>Consent revoked</translation>
    </message>
    <message>
        <source>Implied consent expired</source>
        <translation>Implied consent expired</translation>
    </message>
    <message>
        <source>Bad address</source>
        <translation>Bad address</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Unknown language</source>
        <translation>Unknown language</translation>
    </message>
    <message>
        <source>Unknown customer</source>
        <translation>Unknown customer</translation>
    </message>
    <message>
        <source>Too long</source>
        <translation>Too long</translation>
    </message>
    <message>
        <source>No recipient yet: a sample recipient (French)</source>
        <translation>No recipient yet: a sample recipient (French)</translation>
    </message>
    <message>
        <source>To %1 (%2), %3</source>
        <translation>To %1 (%2), %3</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s), %1, %2 characters</source>
        <translation>
            <numerusform>%n segment, %1, %2 characters</numerusform>
            <numerusform>%n segments, %1, %2 characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignsSection</name>
    <message>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>Reads the list again (F5)</source>
        <translation>Reads the list again (F5)</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>&amp;New campaign…</translation>
    </message>
    <message>
        <source>An e-mail or SMS campaign to a segment or a CSV list (Ctrl+N)</source>
        <translation>An e-mail or SMS campaign to a segment or a CSV list (Ctrl+N)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Ambiguous</source>
        <translation>Ambiguous</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>No campaign yet: New campaign… (Ctrl+N) makes one.</source>
        <translation>No campaign yet: New campaign… (Ctrl+N) makes one.</translation>
    </message>
</context>
<context>
    <name>CandidateModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation>%1 h %2</translation>
    </message>
    <message>
        <source>%1 / %2 min</source>
        <comment>driving to / from the job</comment>
        <translation>%1 / %2 min</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <comment>driving to / from the job</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>+%1</source>
        <comment>driving added</comment>
        <translation>+%1</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>%1 late</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>on time</translation>
    </message>
    <message>
        <source>any</source>
        <comment>no skill required</comment>
        <translation>any</translation>
    </message>
    <message>
        <source>exact</source>
        <comment>skill level</comment>
        <translation>exact</translation>
    </message>
    <message>
        <source>+%1</source>
        <comment>skill levels above</comment>
        <translation>+%1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Driving from the previous stop: %1; to the next: %2.</source>
        <translation>Driving from the previous stop: %1; to the next: %2.</translation>
    </message>
    <message>
        <source>Adds %1 of driving to the technician&apos;s day.</source>
        <translation>Adds %1 of driving to the technician&apos;s day.</translation>
    </message>
    <message>
        <source>Arrives %1 after the customer&apos;s window.</source>
        <translation>Arrives %1 after the customer&apos;s window.</translation>
    </message>
    <message numerus="yes">
        <source>%n level(s) above the required skill.</source>
        <translation>
            <numerusform>%n level above the required skill.</numerusform>
            <numerusform>%n levels above the required skill.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter or double-click: assign. Drag: place it on the board yourself.</source>
        <translation>Enter or double-click: assign. Drag: place it on the board yourself.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technician</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Drive to / from</source>
        <translation>Drive to / from</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Skill</translation>
    </message>
    <message>
        <source>Driving to the job from the previous stop (or home), and from the job to the next stop (or home)</source>
        <translation>Driving to the job from the previous stop (or home), and from the job to the next stop (or home)</translation>
    </message>
    <message>
        <source>Driving this placement adds to the technician&apos;s day</source>
        <translation>Driving this placement adds to the technician&apos;s day</translation>
    </message>
    <message>
        <source>Past the customer&apos;s promised window</source>
        <translation>Past the customer&apos;s promised window</translation>
    </message>
    <message>
        <source>Skill levels above the minimum the job requires (any: the job requires none)</source>
        <translation>Skill levels above the minimum the job requires (any: the job requires none)</translation>
    </message>
</context>
<context>
    <name>CatalogueItemDialog</name>
    <message>
        <source> Mbit/s</source>
        <translation> Mbit/s</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>New plan or product</source>
        <translation>New plan or product</translation>
    </message>
    <message>
        <source>Plan or product %1</source>
        <translation>Plan or product %1</translation>
    </message>
    <message>
        <source>Ta&amp;xable (GST and QST)</source>
        <translation>Ta&amp;xable (GST and QST)</translation>
    </message>
    <message>
        <source>Acti&amp;ve: offered for new subscriptions</source>
        <translation>Acti&amp;ve: offered for new subscriptions</translation>
    </message>
    <message>
        <source>&amp;SKU:</source>
        <translation>&amp;SKU:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;French name:</source>
        <translation>&amp;French name:</translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation>&amp;English name:</translation>
    </message>
    <message>
        <source>&amp;Download:</source>
        <translation>&amp;Download:</translation>
    </message>
    <message>
        <source>&amp;Upload:</source>
        <translation>&amp;Upload:</translation>
    </message>
    <message>
        <source>&amp;OLT profile:</source>
        <translation>&amp;OLT profile:</translation>
    </message>
    <message>
        <source>&amp;Price per month:</source>
        <translation>&amp;Price per month:</translation>
    </message>
    <message>
        <source>A new item&apos;s price applies at once.</source>
        <translation>A new item&apos;s price applies at once.</translation>
    </message>
    <message>
        <source>New price from %1: %2 (until then %3). Subscriptions at the catalogue price follow it.</source>
        <translation>New price from %1: %2 (until then %3). Subscriptions at the catalogue price follow it.</translation>
    </message>
    <message>
        <source>The change scheduled from %1 will be withdrawn: the price stays %2.</source>
        <translation>The change scheduled from %1 will be withdrawn: the price stays %2.</translation>
    </message>
    <message>
        <source>Current price %1; %2 from %3 (scheduled).</source>
        <translation>Current price %1; %2 from %3 (scheduled).</translation>
    </message>
    <message>
        <source>A price change applies from the next period (the first day of next month).</source>
        <translation>A price change applies from the next period (the first day of next month).</translation>
    </message>
    <message>
        <source>Not an amount. Enter a price such as 89,95 (a discount: -10,00).</source>
        <translation>Not an amount. Enter a price such as 89,95 (a discount: -10,00).</translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>Television</source>
        <translation>Television</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Scheduled: billed at %1 from %2; %3 until then.</source>
        <translation>Scheduled: billed at %1 from %2; %3 until then.</translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s), of which %1 follow the catalogue price</source>
        <translation>
            <numerusform>%n subscription, of which %1 follow the catalogue price</numerusform>
            <numerusform>%n subscriptions, of which %1 follow the catalogue price</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2 Mbit/s</source>
        <translation>%1 / %2 Mbit/s</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 from %2</translation>
    </message>
    <message>
        <source>Taxable</source>
        <translation>Taxable</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Exempt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Speeds (down / up)</source>
        <translation>Speeds (down / up)</translation>
    </message>
    <message>
        <source>OLT profile</source>
        <translation>OLT profile</translation>
    </message>
    <message>
        <source>Price per month</source>
        <translation>Price per month</translation>
    </message>
    <message>
        <source>Next price</source>
        <translation>Next price</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>Taxes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Subscriptions</translation>
    </message>
</context>
<context>
    <name>CatalogueWidget</name>
    <message>
        <source>Filter by SKU or name (Ctrl+F)</source>
        <translation>Filter by SKU or name (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Every kind</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Active and inactive</source>
        <translation>Active and inactive</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>Active only</translation>
    </message>
    <message>
        <source>Inactive only</source>
        <translation>Inactive only</translation>
    </message>
    <message>
        <source>&amp;New… (Ctrl+N)</source>
        <translation>&amp;New… (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit… (Enter)</source>
        <translation>&amp;Edit… (Enter)</translation>
    </message>
    <message>
        <source>Plans and products</source>
        <translation>Plans and products</translation>
    </message>
    <message>
        <source>Your role may not change the catalogue.</source>
        <translation>Your role may not change the catalogue.</translation>
    </message>
    <message>
        <source>&amp;View… (Enter)</source>
        <translation>&amp;View… (Enter)</translation>
    </message>
    <message>
        <source>The catalogue could not be loaded: %1</source>
        <translation>The catalogue could not be loaded: %1</translation>
    </message>
    <message>
        <source>Saved. The new price is billed from %1.</source>
        <translation>Saved. The new price is billed from %1.</translation>
    </message>
    <message>
        <source>Saved. The scheduled price change was withdrawn.</source>
        <translation>Saved. The scheduled price change was withdrawn.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) shown</source>
        <translation>
            <numerusform>%n item shown</numerusform>
            <numerusform>%n items shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in the catalogue</source>
        <translation>
            <numerusform>%n item in the catalogue</numerusform>
            <numerusform>%n items in the catalogue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n price change(s) scheduled</source>
        <translation>
            <numerusform>%n price change scheduled</numerusform>
            <numerusform>%n price changes scheduled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeOwnPasswordDialog</name>
    <message>
        <source>Choose your password</source>
        <translation>Choose your password</translation>
    </message>
    <message>
        <source>You signed in as %1 with a temporary password. Choose your own password (at least 12 characters).</source>
        <translation>You signed in as %1 with a temporary password. Choose your own password (at least 12 characters).</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repeat it:</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
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
    <name>CpePanel</name>
    <message>
        <source>no reading</source>
        <translation>no reading</translation>
    </message>
    <message>
        <source>%1 dBm</source>
        <translation>%1 dBm</translation>
    </message>
    <message>
        <source>Device (CPE)</source>
        <translation>Device (CPE)</translation>
    </message>
    <message>
        <source>Last inform</source>
        <translation>Last inform</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <source>Optical RX</source>
        <translation>Optical RX</translation>
    </message>
    <message>
        <source>Optical TX</source>
        <translation>Optical TX</translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Reboot…</source>
        <translation>Reboot…</translation>
    </message>
    <message>
        <source>Factory reset…</source>
        <translation>Factory reset…</translation>
    </message>
    <message>
        <source>Wi-Fi…</source>
        <translation>Wi-Fi…</translation>
    </message>
    <message>
        <source>Retry the task</source>
        <translation>Retry the task</translation>
    </message>
    <message>
        <source>Delete the task</source>
        <translation>Delete the task</translation>
    </message>
    <message>
        <source>The CPE panel is not available in this session.</source>
        <translation>The CPE panel is not available in this session.</translation>
    </message>
    <message>
        <source>Select a device to see its state in GenieACS.</source>
        <translation>Select a device to see its state in GenieACS.</translation>
    </message>
    <message>
        <source>GenieACS has no data for this device yet (not synced, or not an ONT or a router managed by GenieACS).</source>
        <translation>GenieACS has no data for this device yet (not synced, or not an ONT or a router managed by GenieACS).</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>Device %1</translation>
    </message>
    <message>
        <source>Never informed</source>
        <translation>Never informed</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Online — just now</source>
        <translation>Online — just now</translation>
    </message>
    <message numerus="yes">
        <source>Online — %n min ago</source>
        <translation>
            <numerusform>Online — %n min ago</numerusform>
            <numerusform>Online — %n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline for %n min</source>
        <translation>
            <numerusform>Offline for %n min</numerusform>
            <numerusform>Offline for %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline for %n h</source>
        <translation>
            <numerusform>Offline for %n h</numerusform>
            <numerusform>Offline for %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline for %n day(s)</source>
        <translation>
            <numerusform>Offline for %n day</numerusform>
            <numerusform>Offline for %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Good from −8 to −27 dBm; a warning down to −28 dBm; bad below −28 dBm or above −8 dBm.</source>
        <translation>Good from −8 to −27 dBm; a warning down to −28 dBm; bad below −28 dBm or above −8 dBm.</translation>
    </message>
    <message>
        <source>Good from 0.5 to 5 dBm.</source>
        <translation>Good from 0.5 to 5 dBm.</translation>
    </message>
    <message>
        <source>no Wi-Fi network reported</source>
        <translation>no Wi-Fi network reported</translation>
    </message>
    <message>
        <source>No GenieACS device is shown.</source>
        <translation>No GenieACS device is shown.</translation>
    </message>
    <message>
        <source>An action on this device is still being followed.</source>
        <translation>An action on this device is still being followed.</translation>
    </message>
    <message>
        <source>%1: writing…</source>
        <translation>%1: writing…</translation>
    </message>
    <message>
        <source>%1: not sent.</source>
        <translation>%1: not sent.</translation>
    </message>
    <message>
        <source>%1: queued in the outbox.</source>
        <translation>%1: queued in the outbox.</translation>
    </message>
    <message>
        <source>%1: queued in the outbox (%2).</source>
        <translation>%1: queued in the outbox (%2).</translation>
    </message>
    <message>
        <source>%1: sending to GenieACS…</source>
        <translation>%1: sending to GenieACS…</translation>
    </message>
    <message>
        <source>%1: waiting for the device (it runs at the device&apos;s next connection).</source>
        <translation>%1: waiting for the device (it runs at the device&apos;s next connection).</translation>
    </message>
    <message>
        <source>%1: waiting for the device (%2).</source>
        <translation>%1: waiting for the device (%2).</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: done.</translation>
    </message>
    <message>
        <source>%1: done (%2).</source>
        <translation>%1: done (%2).</translation>
    </message>
    <message>
        <source>%1: the device reported a fault: %2</source>
        <translation>%1: the device reported a fault: %2</translation>
    </message>
    <message>
        <source>%1: not sent: %2</source>
        <translation>%1: not sent: %2</translation>
    </message>
    <message>
        <source>%1: task deleted from GenieACS.</source>
        <translation>%1: task deleted from GenieACS.</translation>
    </message>
    <message>
        <source>Reboot the device</source>
        <translation>Reboot the device</translation>
    </message>
    <message>
        <source>Reboot %1 (serial %2)? The customer loses the Internet for a few minutes.</source>
        <translation>Reboot %1 (serial %2)? The customer loses the Internet for a few minutes.</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>Reboot</translation>
    </message>
</context>
<context>
    <name>CustomerAccessPanel</name>
    <message>
        <source>Every opening of this file is recorded (Quebec Law 25).</source>
        <translation>Every opening of this file is recorded (Quebec Law 25).</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Read the access log again</source>
        <translation>Read the access log again</translation>
    </message>
    <message>
        <source>E&amp;xport personal data…</source>
        <translation>E&amp;xport personal data…</translation>
    </message>
    <message>
        <source>Everything stored about this customer, as a ZIP archive of CSV and JSON files (a Law 25 request). The export is recorded.</source>
        <translation>Everything stored about this customer, as a ZIP archive of CSV and JSON files (a Law 25 request). The export is recorded.</translation>
    </message>
    <message>
        <source>Who opened this file</source>
        <translation>Who opened this file</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>The %1 most recent openings.</source>
        <translation>The %1 most recent openings.</translation>
    </message>
    <message numerus="yes">
        <source>%n opening(s).</source>
        <translation>
            <numerusform>%n opening.</numerusform>
            <numerusform>%n openings.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Export personal data</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP archives (*.zip)</translation>
    </message>
    <message>
        <source>Exporting the personal data…</source>
        <translation>Exporting the personal data…</translation>
    </message>
    <message numerus="yes">
        <source>Personal data written to %1 (%n row(s)).</source>
        <translation>
            <numerusform>Personal data written to %1 (%n row).</numerusform>
            <numerusform>Personal data written to %1 (%n rows).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerCampaignsPanel</name>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>Sent at</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>This customer has received no campaign.</source>
        <translation>This customer has received no campaign.</translation>
    </message>
    <message numerus="yes">
        <source>%n campaign message(s)</source>
        <translation>
            <numerusform>%n campaign message</numerusform>
            <numerusform>%n campaign messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerDocumentDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Print the document (Ctrl+P)</source>
        <translation>Print the document (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;E-mail to customer</source>
        <translation>&amp;E-mail to customer</translation>
    </message>
    <message>
        <source>Receipt of payment %1</source>
        <translation>Receipt of payment %1</translation>
    </message>
    <message>
        <source>Statement of %1 from %2 to %3</source>
        <translation>Statement of %1 from %2 to %3</translation>
    </message>
    <message>
        <source>Preparing the PDF…</source>
        <translation>Preparing the PDF…</translation>
    </message>
    <message>
        <source>Send the PDF to the customer&apos;s e-mail address through the outbox (Ctrl+E)</source>
        <translation>Send the PDF to the customer&apos;s e-mail address through the outbox (Ctrl+E)</translation>
    </message>
    <message>
        <source>E-mail is not set up: Mailjet has no sender address in the integration settings</source>
        <translation>E-mail is not set up: Mailjet has no sender address in the integration settings</translation>
    </message>
    <message numerus="yes">
        <source>Sent to the printer: %n page(s).</source>
        <translation>
            <numerusform>Sent to the printer: %n page(s).</numerusform>
            <numerusform>Sent to the printer: %n page(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Queuing the e-mail…</source>
        <translation>Queuing the e-mail…</translation>
    </message>
    <message>
        <source>E-mail queued in the outbox (#%1); the worker sends it.</source>
        <translation>E-mail queued in the outbox (#%1); the worker sends it.</translation>
    </message>
</context>
<context>
    <name>CustomerEditActions</name>
    <message>
        <source>Edit customer…</source>
        <translation>Edit customer…</translation>
    </message>
    <message>
        <source>New location…</source>
        <translation>New location…</translation>
    </message>
    <message>
        <source>New equipment…</source>
        <translation>New equipment…</translation>
    </message>
    <message>
        <source>New subscription…</source>
        <translation>New subscription…</translation>
    </message>
    <message>
        <source>Edit selected (F2)</source>
        <translation>Edit selected (F2)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Your role may change the network fields only.</source>
        <translation>Your role may change the network fields only.</translation>
    </message>
</context>
<context>
    <name>CustomerEditDialog</name>
    <message>
        <source>Edit customer</source>
        <translation>Edit customer</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <source>Residential</source>
        <translation>Residential</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>From the names when empty</source>
        <translation>From the names when empty</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Implied</source>
        <translation>Implied</translation>
    </message>
    <message>
        <source>Express</source>
        <translation>Express</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>C&amp;ompany:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Display name:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;guage:</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>Other p&amp;hone:</source>
        <translation>Other p&amp;hone:</translation>
    </message>
    <message>
        <source>CASL c&amp;onsent:</source>
        <translation>CASL c&amp;onsent:</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Billing address</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Street:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>C&amp;ity:</translation>
    </message>
    <message>
        <source>Postal &amp;code:</source>
        <translation>Postal &amp;code:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
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
    <message>
        <source>Equipment</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Dispatch jobs</source>
        <translation>Dispatch jobs</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Locations</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>section (count)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — Alt+%2 · Ctrl+PgUp/PgDn: previous/next section</source>
        <translation>%1 — Alt+%2 · Ctrl+PgUp/PgDn: previous/next section</translation>
    </message>
    <message>
        <source>Showing the %1 newest of %2.</source>
        <translation>Showing the %1 newest of %2.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Who opened this file</source>
        <translation>Who opened this file</translation>
    </message>
    <message>
        <source>Every opening of this file, by whom and when (Law 25) — Alt+0</source>
        <translation>Every opening of this file, by whom and when (Law 25) — Alt+0</translation>
    </message>
    <message>
        <source>Export personal data (Law 25)…</source>
        <translation>Export personal data (Law 25)…</translation>
    </message>
    <message>
        <source>Statement…</source>
        <translation>Statement…</translation>
    </message>
    <message>
        <source>The customer&apos;s statement for a date range: preview, print, save, e-mail</source>
        <translation>The customer&apos;s statement for a date range: preview, print, save, e-mail</translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation>Payment methods</translation>
    </message>
    <message>
        <source>Cards and bank accounts saved at Stripe, the default method and pre-authorized payments — Alt+Shift+P</source>
        <translation>Cards and bank accounts saved at Stripe, the default method and pre-authorized payments — Alt+Shift+P</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>The e-mail and SMS campaigns this customer received, with their status</source>
        <translation>The e-mail and SMS campaigns this customer received, with their status</translation>
    </message>
</context>
<context>
    <name>CustomerFileWindow</name>
    <message>
        <source>Attach back to the tabs</source>
        <translation>Attach back to the tabs</translation>
    </message>
    <message>
        <source>Return this customer file to the main window (Ctrl+Shift+D)</source>
        <translation>Return this customer file to the main window (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>CustomerJobsModel</name>
    <message>
        <source>Installation</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Repair</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Removal</source>
        <translation>Removal</translation>
    </message>
    <message>
        <source>Site survey</source>
        <translation>Site survey</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>date time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <comment>date, time window</comment>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <comment>hours minutes</comment>
        <translation>%1 h %2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>Technicians</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>CustomerOverviewPage</name>
    <message>
        <source>SERVICES</source>
        <translation>SERVICES</translation>
    </message>
    <message>
        <source>BALANCE DUE</source>
        <translation>BALANCE DUE</translation>
    </message>
    <message>
        <source>LAST PAYMENT</source>
        <translation>LAST PAYMENT</translation>
    </message>
    <message>
        <source>TICKETS</source>
        <translation>TICKETS</translation>
    </message>
    <message>
        <source>DISPATCH</source>
        <translation>DISPATCH</translation>
    </message>
    <message>
        <source>EQUIPMENT</source>
        <translation>EQUIPMENT</translation>
    </message>
    <message>
        <source>RECENT TICKETS</source>
        <translation>RECENT TICKETS</translation>
    </message>
    <message>
        <source>RECENT INVOICES</source>
        <translation>RECENT INVOICES</translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <comment>subscriptions</comment>
        <translation>
            <numerusform>%n active</numerusform>
            <numerusform>%n active</numerusform>
        </translation>
    </message>
    <message>
        <source>No active subscription</source>
        <translation>No active subscription</translation>
    </message>
    <message>
        <source>No open invoice</source>
        <translation>No open invoice</translation>
    </message>
    <message numerus="yes">
        <source>%n open invoice(s), oldest due %1</source>
        <translation>
            <numerusform>%n open invoice, oldest due %1</numerusform>
            <numerusform>%n open invoices, oldest due %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No payment</source>
        <translation>No payment</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <comment>tickets</comment>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message>
        <source>No ticket</source>
        <translation>No ticket</translation>
    </message>
    <message>
        <source>Latest: %1 — %2</source>
        <translation>Latest: %1 — %2</translation>
    </message>
    <message>
        <source>No dispatch job</source>
        <translation>No dispatch job</translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <translation>%1 %2 · %3</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Next:</translation>
    </message>
    <message>
        <source>Latest:</source>
        <translation>Latest:</translation>
    </message>
    <message numerus="yes">
        <source>%n installed</source>
        <comment>equipment</comment>
        <translation>
            <numerusform>%n installed</numerusform>
            <numerusform>%n installed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service location(s)</source>
        <translation>
            <numerusform>%n service location</numerusform>
            <numerusform>%n service locations</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>invoice period</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No invoice</source>
        <translation>No invoice</translation>
    </message>
</context>
<context>
    <name>CustomerSummary</name>
    <message>
        <source>%1 of %2 shown.</source>
        <translation>%1 of %2 shown.</translation>
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
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
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
        <source>Pre-authorized payments</source>
        <translation>Pre-authorized payments</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Not enrolled</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Billing address</translation>
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
        <source>GPS</source>
        <translation>GPS</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Service locations</source>
        <translation>Service locations</translation>
    </message>
    <message>
        <source>No service location</source>
        <translation>No service location</translation>
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
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Monthly price</source>
        <translation>Monthly price</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Subscriptions</translation>
    </message>
    <message>
        <source>No subscription</source>
        <translation>No subscription</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Latest invoices</source>
        <translation>Latest invoices</translation>
    </message>
    <message>
        <source>No invoice</source>
        <translation>No invoice</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Latest payments</source>
        <translation>Latest payments</translation>
    </message>
    <message>
        <source>No payment</source>
        <translation>No payment</translation>
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
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Open tickets</translation>
    </message>
    <message>
        <source>No open ticket</source>
        <translation>No open ticket</translation>
    </message>
    <message>
        <source>Printed on %1 · Targo Ops</source>
        <translation>Printed on %1 · Targo Ops</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>The PDF could not be written to %1.</translation>
    </message>
    <message>
        <source>Print the customer summary</source>
        <translation>Print the customer summary</translation>
    </message>
    <message>
        <source>Export the customer summary</source>
        <translation>Export the customer summary</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Summary saved to %1.</source>
        <translation>Summary saved to %1.</translation>
    </message>
</context>
<context>
    <name>CustomerTicketsModel</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Important: %1</source>
        <translation>Important: %1</translation>
    </message>
    <message>
        <source>!</source>
        <comment>important column</comment>
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
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>CustomerTimelineWidget</name>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>Customer timeline</source>
        <translation>Customer timeline</translation>
    </message>
    <message>
        <source>The timeline could not be loaded.</source>
        <translation>The timeline could not be loaded.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>No kind of event selected</source>
        <translation>No kind of event selected</translation>
    </message>
    <message>
        <source>No events</source>
        <translation>No events</translation>
    </message>
    <message>
        <source>%1 most recent events · scroll for more</source>
        <translation>%1 most recent events · scroll for more</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
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
    <message>
        <source>Detach into a window</source>
        <translation>Detach into a window</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>DaySheet</name>
    <message>
        <source>Day sheet of %1, %2</source>
        <translation>Day sheet of %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n job</numerusform>
            <numerusform>%n jobs</numerusform>
        </translation>
    </message>
    <message>
        <source>No job on this day.</source>
        <translation>No job on this day.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 · priority %2</source>
        <translation>%1 · priority %2</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>speaks English</source>
        <translation>speaks English</translation>
    </message>
    <message>
        <source>speaks French</source>
        <translation>speaks French</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Access</translation>
    </message>
    <message>
        <source>Customer&apos;s window</source>
        <translation>Customer&apos;s window</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>With</source>
        <translation>With</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Printed %1</translation>
    </message>
    <message>
        <source>The day sheet cannot be written to %1: %2</source>
        <translation>The day sheet cannot be written to %1: %2</translation>
    </message>
</context>
<context>
    <name>DaySheetDialog</name>
    <message>
        <source>Day sheet</source>
        <translation>Day sheet</translation>
    </message>
    <message>
        <source>Language of the sheet:</source>
        <translation>Language of the sheet:</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <source>Save the day sheet</source>
        <translation>Save the day sheet</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>DispatchBoardWidget</name>
    <message>
        <source>Unscheduled queue</source>
        <translation>Unscheduled queue</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Any type</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Any priority</translation>
    </message>
    <message>
        <source>Priority ≤ %1</source>
        <translation>Priority ≤ %1</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>Any age</translation>
    </message>
    <message numerus="yes">
        <source>Waiting ≥ %n day(s)</source>
        <translation>
            <numerusform>Waiting ≥ %n day(s)</numerusform>
            <numerusform>Waiting ≥ %n day(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Select a job to see it here.</source>
        <translation>Select a job to see it here.</translation>
    </message>
    <message>
        <source>%1, %2–%3 (%4 min)</source>
        <translation>%1, %2–%3 (%4 min)</translation>
    </message>
    <message>
        <source>Crew: %1</source>
        <translation>Crew: %1</translation>
    </message>
    <message>
        <source>Customer&apos;s window: %1–%2</source>
        <translation>Customer&apos;s window: %1–%2</translation>
    </message>
    <message>
        <source>Requires: %1</source>
        <translation>Requires: %1</translation>
    </message>
    <message>
        <source>Priority %1</source>
        <translation>Priority %1</translation>
    </message>
    <message>
        <source> · pinned</source>
        <translation> · pinned</translation>
    </message>
    <message>
        <source>Being changed by: %1</source>
        <translation>Being changed by: %1</translation>
    </message>
    <message>
        <source>Also open by: %1</source>
        <translation>Also open by: %1</translation>
    </message>
    <message>
        <source>%1 is changing %2 right now.</source>
        <translation>%1 is changing %2 right now.</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Previous day or week</source>
        <translation>Previous day or week</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Next day or week</source>
        <translation>Next day or week</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Colour by status</source>
        <translation>Colour by status</translation>
    </message>
    <message>
        <source>Colour by type</source>
        <translation>Colour by type</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>No grouping</translation>
    </message>
    <message>
        <source>Group by region</source>
        <translation>Group by region</translation>
    </message>
    <message>
        <source>Region filter</source>
        <translation>Region filter</translation>
    </message>
    <message>
        <source>Skill filter</source>
        <translation>Skill filter</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Undo the last change (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>The board could not be loaded: %1</source>
        <translation>The board could not be loaded: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) on the board</source>
        <translation>
            <numerusform>%n job(s) on the board</numerusform>
            <numerusform>%n job(s) on the board</numerusform>
        </translation>
    </message>
    <message>
        <source>Unscheduled queue (%1)</source>
        <translation>Unscheduled queue (%1)</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Any region</translation>
    </message>
    <message>
        <source>All skills</source>
        <translation>All skills</translation>
    </message>
    <message>
        <source>Any skill</source>
        <translation>Any skill</translation>
    </message>
    <message>
        <source>No region</source>
        <translation>No region</translation>
    </message>
    <message>
        <source>%1 is pinned: unpin it before sending it back to the queue.</source>
        <translation>%1 is pinned: unpin it before sending it back to the queue.</translation>
    </message>
    <message>
        <source>Not saved: %1.</source>
        <translation>Not saved: %1.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>The job is no longer on the board: nothing to undo.</source>
        <translation>The job is no longer on the board: nothing to undo.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since: nothing undone.</source>
        <translation>%1 was changed by someone else since: nothing undone.</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Open %1</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Unpin</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Pin</translation>
    </message>
    <message>
        <source>Back to the queue</source>
        <translation>Back to the queue</translation>
    </message>
    <message>
        <source>Remove %1 from the crew</source>
        <translation>Remove %1 from the crew</translation>
    </message>
    <message>
        <source>Add a crew member</source>
        <translation>Add a crew member</translation>
    </message>
    <message>
        <source>The board is read-only for your role.</source>
        <translation>The board is read-only for your role.</translation>
    </message>
</context>
<context>
    <name>DispatchJobDialog</name>
    <message>
        <source>Create a dispatch job</source>
        <translation>Create a dispatch job</translation>
    </message>
    <message>
        <source>The job goes to the unscheduled queue of the dispatch board, linked to ticket %1.</source>
        <translation>The job goes to the unscheduled queue of the dispatch board, linked to ticket %1.</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Customer:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>1 — Urgent</source>
        <translation>1 — Urgent</translation>
    </message>
    <message>
        <source>2 — High</source>
        <translation>2 — High</translation>
    </message>
    <message>
        <source>3 — Normal</source>
        <translation>3 — Normal</translation>
    </message>
    <message>
        <source>4 — Low</source>
        <translation>4 — Low</translation>
    </message>
    <message>
        <source>5 — When possible</source>
        <translation>5 — When possible</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priority:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Duration:</translation>
    </message>
    <message>
        <source>Optional note for the technician</source>
        <translation>Optional note for the technician</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Create the job</source>
        <translation>Create the job</translation>
    </message>
    <message>
        <source>This customer has no service location: a job cannot be created.</source>
        <translation>This customer has no service location: a job cannot be created.</translation>
    </message>
    <message>
        <source>Repair</source>
        <comment>dispatch job type</comment>
        <translation>Repair</translation>
    </message>
    <message>
        <source>Installation</source>
        <comment>dispatch job type</comment>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <comment>dispatch job type</comment>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Removal</source>
        <comment>dispatch job type</comment>
        <translation>Removal</translation>
    </message>
    <message>
        <source>Site survey</source>
        <comment>dispatch job type</comment>
        <translation>Site survey</translation>
    </message>
</context>
<context>
    <name>DispatchQueueModel</name>
    <message>
        <source>Drag onto a technician&apos;s row to schedule it.</source>
        <translation>Drag onto a technician&apos;s row to schedule it.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day(s)</numerusform>
            <numerusform>%n day(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Required skills</source>
        <translation>Required skills</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
</context>
<context>
    <name>DispatchSection</name>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation>Suggest</translation>
    </message>
    <message>
        <source>Who could take the selected job (Ctrl+Space)</source>
        <translation>Who could take the selected job (Ctrl+Space)</translation>
    </message>
    <message>
        <source>Optimize day…</source>
        <translation>Optimize day…</translation>
    </message>
    <message>
        <source>Optimize rest of today…</source>
        <translation>Optimize rest of today…</translation>
    </message>
    <message>
        <source>Re-plan what is left of today: jobs en route, on site or done stay, each technician leaves from where they are now</source>
        <translation>Re-plan what is left of today: jobs en route, on site or done stay, each technician leaves from where they are now</translation>
    </message>
    <message>
        <source>Propose a better plan for %1 (pinned jobs stay); you review the changes before anything is written</source>
        <translation>Propose a better plan for %1 (pinned jobs stay); you review the changes before anything is written</translation>
    </message>
    <message numerus="yes">
        <source>The optimizer&apos;s plan is on the board: %n job(s) changed.</source>
        <translation>
            <numerusform>The optimizer&apos;s plan is on the board: %n job changed.</numerusform>
            <numerusform>The optimizer&apos;s plan is on the board: %n jobs changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is past: there is nothing left to plan.</source>
        <translation>%1 is past: there is nothing left to plan.</translation>
    </message>
    <message>
        <source>GPS notice</source>
        <translation>GPS notice</translation>
    </message>
    <message>
        <source>What GPS tracking collects from technicians, when, why, for how long, and who sees it</source>
        <translation>What GPS tracking collects from technicians, when, why, for how long, and who sees it</translation>
    </message>
</context>
<context>
    <name>DispatchTimeline</name>
    <message>
        <source>Dispatch timeline</source>
        <translation>Dispatch timeline</translation>
    </message>
    <message>
        <source>Arrows move the selected job by 15 minutes or to the previous or next technician; Shift+arrows change its duration; Enter opens it; P pins it; Delete sends it back to the queue.</source>
        <translation>Arrows move the selected job by 15 minutes or to the previous or next technician; Shift+arrows change its duration; Enter opens it; P pins it; Delete sends it back to the queue.</translation>
    </message>
    <message>
        <source>%1 is pinned: unpin it before moving it.</source>
        <translation>%1 is pinned: unpin it before moving it.</translation>
    </message>
    <message>
        <source>%1 is already on %2.</source>
        <translation>%1 is already on %2.</translation>
    </message>
    <message>
        <source>Add %1 to %2&apos;s crew (%3)</source>
        <translation>Add %1 to %2&apos;s crew (%3)</translation>
    </message>
    <message>
        <source>Cannot add %1 to %2&apos;s crew</source>
        <translation>Cannot add %1 to %2&apos;s crew</translation>
    </message>
    <message>
        <source>%1 to %2 at %3</source>
        <translation>%1 to %2 at %3</translation>
    </message>
    <message>
        <source>Cannot place %1 with %2 at %3</source>
        <translation>Cannot place %1 with %2 at %3</translation>
    </message>
    <message>
        <source>Release to send %1 back to the queue.</source>
        <translation>Release to send %1 back to the queue.</translation>
    </message>
    <message>
        <source>%1–%2 (%3 min)</source>
        <translation>%1–%2 (%3 min)</translation>
    </message>
    <message>
        <source>Customer&apos;s window: %1–%2</source>
        <translation>Customer&apos;s window: %1–%2</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Pinned</translation>
    </message>
    <message numerus="yes">
        <source>%n technician(s)</source>
        <translation>
            <numerusform>%n technician(s)</numerusform>
            <numerusform>%n technician(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Crew · %1</source>
        <translation>Crew · %1</translation>
    </message>
</context>
<context>
    <name>DunningStageModel</name>
    <message>
        <source>Reminder e-mail</source>
        <translation>Reminder e-mail</translation>
    </message>
    <message>
        <source>Reminder SMS</source>
        <translation>Reminder SMS</translation>
    </message>
    <message>
        <source>Suspension notice (e-mail)</source>
        <translation>Suspension notice (e-mail)</translation>
    </message>
    <message>
        <source>Suspension</source>
        <translation>Suspension</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>DunningWidget</name>
    <message>
        <source>queued</source>
        <translation>queued</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>skipped: a later stage is sent</source>
        <translation>skipped: a later stage is sent</translation>
    </message>
    <message>
        <source>skipped: no e-mail address</source>
        <translation>skipped: no e-mail address</translation>
    </message>
    <message>
        <source>skipped: no phone number</source>
        <translation>skipped: no phone number</translation>
    </message>
    <message>
        <source>skipped: the phone number is not a Quebec number</source>
        <translation>skipped: the phone number is not a Quebec number</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Stages</translation>
    </message>
    <message>
        <source>F2 edits a cell; Space turns a stage on or off. A stage is reached by an invoice when it is that many days late.</source>
        <translation>F2 edits a cell; Space turns a stage on or off. A stage is reached by an invoice when it is that many days late.</translation>
    </message>
    <message>
        <source>Customers owing less than this in late invoices are not chased</source>
        <translation>Customers owing less than this in late invoices are not chased</translation>
    </message>
    <message>
        <source>&amp;Threshold</source>
        <translation>&amp;Threshold</translation>
    </message>
    <message>
        <source>&amp;Add stage</source>
        <translation>&amp;Add stage</translation>
    </message>
    <message>
        <source>Re&amp;move stage</source>
        <translation>Re&amp;move stage</translation>
    </message>
    <message>
        <source>A stage already used stays in the history, inactive</source>
        <translation>A stage already used stays in the history, inactive</translation>
    </message>
    <message>
        <source>&amp;Save stages</source>
        <translation>&amp;Save stages</translation>
    </message>
    <message>
        <source>Save the stages and the threshold (Ctrl+S)</source>
        <translation>Save the stages and the threshold (Ctrl+S)</translation>
    </message>
    <message>
        <source>Run for date</source>
        <translation>Run for date</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>The day the run is for (days late are counted to it); Enter previews</source>
        <translation>The day the run is for (days late are counted to it); Enter previews</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <source>What the run would send and record on that date; nothing is written</source>
        <translation>What the run would send and record on that date; nothing is written</translation>
    </message>
    <message>
        <source>&amp;Run…</source>
        <translation>&amp;Run…</translation>
    </message>
    <message>
        <source>Record the stages and queue the messages (after a preview of the same date)</source>
        <translation>Record the stages and queue the messages (after a preview of the same date)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Days late</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Suspended tomorrow</source>
        <translation>Suspended tomorrow</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Last payment</source>
        <translation>Last payment</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Hold</translation>
    </message>
    <message>
        <source>&amp;Hold…</source>
        <translation>&amp;Hold…</translation>
    </message>
    <message>
        <source>Dunning skips this customer until a date (Ctrl+H)</source>
        <translation>Dunning skips this customer until a date (Ctrl+H)</translation>
    </message>
    <message>
        <source>Re&amp;lease hold</source>
        <translation>Re&amp;lease hold</translation>
    </message>
    <message>
        <source>Dunning run</source>
        <translation>Dunning run</translation>
    </message>
    <message>
        <source>Hold dunning</source>
        <translation>Hold dunning</translation>
    </message>
    <message>
        <source>For example: payment arrangement until the 15th</source>
        <translation>For example: payment arrangement until the 15th</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Until</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>The threshold is not an amount (for example 10,00 or 10.00).</source>
        <translation>The threshold is not an amount (for example 10,00 or 10.00).</translation>
    </message>
    <message>
        <source>Stages saved.</source>
        <translation>Stages saved.</translation>
    </message>
    <message numerus="yes">
        <source>Record %n dunning action(s) for %1 and queue their messages? Customers reaching the suspension stage are suspended.</source>
        <translation>
            <numerusform>Record %n dunning action for %1 and queue its message? Customers reaching the suspension stage are suspended.</numerusform>
            <numerusform>Record %n dunning actions for %1 and queue their messages? Customers reaching the suspension stage are suspended.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dunning recorded: %1 e-mail(s), %2 SMS, %3 notice(s), %4 customer(s) suspended.</source>
        <translation>Dunning recorded: %1 e-mail(s), %2 SMS, %3 notice(s), %4 customer(s) suspended.</translation>
    </message>
    <message>
        <source>Preview of %1 (nothing written):</source>
        <translation>Preview of %1 (nothing written):</translation>
    </message>
    <message>
        <source>Recorded for %1:</source>
        <translation>Recorded for %1:</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s); %1 e-mail(s), %2 SMS, %3 suspension notice(s), %4 customer(s) suspended, %5 skipped.</source>
        <translation>
            <numerusform>%n action; %1 e-mail(s), %2 SMS, %3 suspension notice(s), %4 customer(s) suspended, %5 skipped.</numerusform>
            <numerusform>%n actions; %1 e-mail(s), %2 SMS, %3 suspension notice(s), %4 customer(s) suspended, %5 skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers whose suspension falls on %1 or is due and not yet applied</source>
        <translation>Customers whose suspension falls on %1 or is due and not yet applied</translation>
    </message>
    <message>
        <source>%1: %2 (%3, %4)</source>
        <translation>%1: %2 (%3, %4)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>until %1: %2</source>
        <translation>until %1: %2</translation>
    </message>
    <message>
        <source>No stage sent yet</source>
        <translation>No stage sent yet</translation>
    </message>
    <message>
        <source>Nobody is suspended tomorrow.</source>
        <translation>Nobody is suspended tomorrow.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 overdue, %n day(s) late. Stages: %3</source>
        <translation>
            <numerusform>%1 — %2 overdue, %n day late. Stages: %3</numerusform>
            <numerusform>%1 — %2 overdue, %n days late. Stages: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Dunning holds %1.</source>
        <translation>Dunning holds %1.</translation>
    </message>
    <message>
        <source>The hold on %1 is released.</source>
        <translation>The hold on %1 is released.</translation>
    </message>
</context>
<context>
    <name>EntityEditDialog</name>
    <message>
        <source>Reload (take theirs)</source>
        <translation>Reload (take theirs)</translation>
    </message>
    <message>
        <source>Apply mine again</source>
        <translation>Apply mine again</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Not saved: %1 Your entries are kept.</source>
        <translation>Not saved: %1 Your entries are kept.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>No field differs from what you entered.</source>
        <translation>No field differs from what you entered.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Discard changes?</translation>
    </message>
    <message>
        <source>You have unsaved changes. Close without saving them?</source>
        <translation>You have unsaved changes. Close without saving them?</translation>
    </message>
    <message>
        <source>%1: theirs %2, yours %3</source>
        <translation>%1: theirs %2, yours %3</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <comment>field: before → theirs</comment>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <comment>field: before → mine</comment>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Your changes were not saved.</source>
        <translation>Your changes were not saved.</translation>
    </message>
    <message>
        <source>Changed by them (kept if you apply yours again):</source>
        <translation>Changed by them (kept if you apply yours again):</translation>
    </message>
    <message>
        <source>Your changes:</source>
        <translation>Your changes:</translation>
    </message>
    <message>
        <source>Changed by both (yours wins if you apply yours again):</source>
        <translation>Changed by both (yours wins if you apply yours again):</translation>
    </message>
</context>
<context>
    <name>EquipmentEditDialog</name>
    <message>
        <source>Edit equipment</source>
        <translation>Edit equipment</translation>
    </message>
    <message>
        <source>New equipment</source>
        <translation>New equipment</translation>
    </message>
    <message>
        <source>Not installed</source>
        <translation>Not installed</translation>
    </message>
    <message>
        <source>ONT</source>
        <translation>ONT</translation>
    </message>
    <message>
        <source>Router</source>
        <translation>Router</translation>
    </message>
    <message>
        <source>TV box</source>
        <translation>TV box</translation>
    </message>
    <message>
        <source>Phone adapter</source>
        <translation>Phone adapter</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>In stock</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installed</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Defective</source>
        <translation>Defective</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Make:</source>
        <translation>&amp;Make:</translation>
    </message>
    <message>
        <source>M&amp;odel:</source>
        <translation>M&amp;odel:</translation>
    </message>
    <message>
        <source>&amp;Serial number:</source>
        <translation>&amp;Serial number:</translation>
    </message>
    <message>
        <source>M&amp;AC address:</source>
        <translation>M&amp;AC address:</translation>
    </message>
    <message>
        <source>&amp;Firmware:</source>
        <translation>&amp;Firmware:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Location #%1</source>
        <translation>Location #%1</translation>
    </message>
    <message>
        <source>e.g. 10.20.30.40 or 2001:db8::1</source>
        <translation>e.g. 10.20.30.40 or 2001:db8::1</translation>
    </message>
    <message>
        <source>e.g. 00D09E-HG8245-48575443A1B2C3D4</source>
        <translation>e.g. 00D09E-HG8245-48575443A1B2C3D4</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>&amp;IP address:</source>
        <translation>&amp;IP address:</translation>
    </message>
    <message>
        <source>&amp;GenieACS id:</source>
        <translation>&amp;GenieACS id:</translation>
    </message>
</context>
<context>
    <name>EquipmentModel</name>
    <message>
        <source>ONT</source>
        <translation>ONT</translation>
    </message>
    <message>
        <source>Router</source>
        <translation>Router</translation>
    </message>
    <message>
        <source>TV box</source>
        <translation>TV box</translation>
    </message>
    <message>
        <source>Phone adapter</source>
        <translation>Phone adapter</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>%1 %2 — firmware %3</source>
        <translation>%1 %2 — firmware %3</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Make / model</source>
        <translation>Make / model</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ErpnextImportDialog</name>
    <message>
        <source>Import from ERPNext</source>
        <translation>Import from ERPNext</translation>
    </message>
    <message>
        <source>Reads the ERPNext site&apos;s PostgreSQL database (read only) and imports its customers, locations, equipment, subscriptions, invoices, payments, tickets and messages. Run a dry run first: it does everything, shows the report, and keeps nothing.</source>
        <translation>Reads the ERPNext site&apos;s PostgreSQL database (read only) and imports its customers, locations, equipment, subscriptions, invoices, payments, tickets and messages. Run a dry run first: it does everything, shows the report, and keeps nothing.</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Dry run</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Cancel import</translation>
    </message>
    <message>
        <source>ERPNext database</source>
        <translation>ERPNext database</translation>
    </message>
    <message>
        <source>erp.example.net</source>
        <translation>erp.example.net</translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation>kept in the system keychain</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>Data&amp;base:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>built-in mapping</source>
        <translation>built-in mapping</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <source>&amp;Mapping file:</source>
        <translation>&amp;Mapping file:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Run a dry run of this source and mapping first: Import is enabled once it succeeded.</source>
        <translation>Run a dry run of this source and mapping first: Import is enabled once it succeeded.</translation>
    </message>
    <message>
        <source>Choose a mapping file</source>
        <translation>Choose a mapping file</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Testing the connection to the ERPNext database…</source>
        <translation>Testing the connection to the ERPNext database…</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>An import is already running.</translation>
    </message>
    <message>
        <source>Dry run in progress: nothing will be kept.</source>
        <translation>Dry run in progress: nothing will be kept.</translation>
    </message>
    <message>
        <source>Import in progress: each entity is kept as soon as it is complete.</source>
        <translation>Import in progress: each entity is kept as soon as it is complete.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <source>Cancelling the dry run…</source>
        <translation>Cancelling the dry run…</translation>
    </message>
    <message>
        <source>Cancelling: the entity in progress is rolled back, the ones done are kept…</source>
        <translation>Cancelling: the entity in progress is rolled back, the ones done are kept…</translation>
    </message>
    <message>
        <source>A dry run is in progress. Cancel it and close?</source>
        <translation>A dry run is in progress. Cancel it and close?</translation>
    </message>
    <message>
        <source>An import is in progress. Cancel it and close? The entities already imported are kept; the next import continues after them.</source>
        <translation>An import is in progress. Cancel it and close? The entities already imported are kept; the next import continues after them.</translation>
    </message>
    <message>
        <source>Checking the ERPNext database against the mapping…</source>
        <translation>Checking the ERPNext database against the mapping…</translation>
    </message>
    <message>
        <source>Reconciling the counts, totals and balances…</source>
        <translation>Reconciling the counts, totals and balances…</translation>
    </message>
    <message>
        <source>Reading %1 from ERPNext…</source>
        <translation>Reading %1 from ERPNext…</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 rows</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <source>Dry run done: nothing was written. Check the report below, then click Import.</source>
        <translation>Dry run done: nothing was written. Check the report below, then click Import.</translation>
    </message>
    <message>
        <source>Import done. The report below is kept with the run.</source>
        <translation>Import done. The report below is kept with the run.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Stopped by an error.</source>
        <translation>Stopped by an error.</translation>
    </message>
    <message>
        <source>Elapsed: %1:%2</source>
        <translation>Elapsed: %1:%2</translation>
    </message>
</context>
<context>
    <name>FactoryResetDialog</name>
    <message>
        <source>Factory reset</source>
        <translation>Factory reset</translation>
    </message>
    <message>
        <source>A factory reset erases every setting of the device (Wi-Fi name and password, port forwards) and restarts it. The customer loses the Internet for several minutes.

Type the serial number %1 to confirm.</source>
        <translation>A factory reset erases every setting of the device (Wi-Fi name and password, port forwards) and restarts it. The customer loses the Internet for several minutes.

Type the serial number %1 to confirm.</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <source>Reset to factory settings</source>
        <translation>Reset to factory settings</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Choose French or English.</source>
        <translation>Choose French or English.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Company server</source>
        <translation>Company server</translation>
    </message>
    <message>
        <source>Welcome to Targo Ops</source>
        <translation>Welcome to Targo Ops</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>How do you want to start?</source>
        <translation>How do you want to start?</translation>
    </message>
    <message>
        <source>Try it with the &amp;embedded demo database (on this computer)</source>
        <translation>Try it with the &amp;embedded demo database (on this computer)</translation>
    </message>
    <message>
        <source>Connect to the &amp;company server</source>
        <translation>Connect to the &amp;company server</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinue</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Testing the connection…</translation>
    </message>
    <message>
        <source>Storing the password in the system keychain…</source>
        <translation>Storing the password in the system keychain…</translation>
    </message>
    <message>
        <source>The password could not be stored in the system keychain: %1. Nothing was saved.</source>
        <translation>The password could not be stored in the system keychain: %1. Nothing was saved.</translation>
    </message>
    <message>
        <source>A private database on this computer, filled with fictitious customers, jobs and invoices. Nothing is sent anywhere. You can connect to a server later (File → Connection settings).</source>
        <translation>A private database on this computer, filled with fictitious customers, jobs and invoices. Nothing is sent anywhere. You can connect to a server later (File → Connection settings).</translation>
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
    <name>GpsNoticeDialog</name>
    <message>
        <source>GPS tracking notice</source>
        <translation>GPS tracking notice</translation>
    </message>
    <message>
        <source>Français</source>
        <comment>the French language, named in French</comment>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <comment>the English language, named in English</comment>
        <translation>English</translation>
    </message>
    <message>
        <source>Loading the notice…</source>
        <translation>Loading the notice…</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Connect to a database to read the GPS tracking notice.</source>
        <translation>Connect to a database to read the GPS tracking notice.</translation>
    </message>
    <message>
        <source>The GPS tracking notice could not be read.</source>
        <translation>The GPS tracking notice could not be read.</translation>
    </message>
</context>
<context>
    <name>GpsPrivacyWidget</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source> days</source>
        <comment>GPS retention spin box suffix</comment>
        <translation> days</translation>
    </message>
    <message>
        <source>Positions older than this are deleted automatically (1 to 365 days)</source>
        <translation>Positions older than this are deleted automatically (1 to 365 days)</translation>
    </message>
    <message>
        <source> min</source>
        <comment>GPS shift margin spin box suffix</comment>
        <translation> min</translation>
    </message>
    <message>
        <source>Positions are also kept this long before a shift starts and after it ends</source>
        <translation>Positions are also kept this long before a shift starts and after it ends</translation>
    </message>
    <message>
        <source>Quebec&apos;s Law 25: technicians&apos; GPS positions are kept only during their shifts, and only as long as set here. Technicians read the notice below (Dispatch › GPS notice) before tracking starts. In the notice, {days} and {grace} are replaced by the numbers set here.</source>
        <translation>Quebec&apos;s Law 25: technicians&apos; GPS positions are kept only during their shifts, and only as long as set here. Technicians read the notice below (Dispatch › GPS notice) before tracking starts. In the notice, {days} and {grace} are replaced by the numbers set here.</translation>
    </message>
    <message>
        <source>Keep positions for:</source>
        <translation>Keep positions for:</translation>
    </message>
    <message>
        <source>Margin around a shift:</source>
        <translation>Margin around a shift:</translation>
    </message>
    <message>
        <source>Notice (French):</source>
        <translation>Notice (French):</translation>
    </message>
    <message>
        <source>Notice (English):</source>
        <translation>Notice (English):</translation>
    </message>
    <message>
        <source>The GPS tracking settings could not be read.</source>
        <translation>The GPS tracking settings could not be read.</translation>
    </message>
    <message numerus="yes">
        <source>The GPS tracking settings are saved. Positions are now kept %n day(s).</source>
        <translation>
            <numerusform>The GPS tracking settings are saved. Positions are now kept %n day.</numerusform>
            <numerusform>The GPS tracking settings are saved. Positions are now kept %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>The GPS tracking settings could not be saved.</source>
        <translation>The GPS tracking settings could not be saved.</translation>
    </message>
</context>
<context>
    <name>GridTools</name>
    <message>
        <source>Export cancelled.</source>
        <translation>Export cancelled.</translation>
    </message>
    <message>
        <source>Exporting… %L1 row(s) written</source>
        <translation>Exporting… %L1 row(s) written</translation>
    </message>
    <message>
        <source>E&amp;xport to CSV…</source>
        <translation>E&amp;xport to CSV…</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Column %1</translation>
    </message>
    <message>
        <source>&amp;Reset columns</source>
        <translation>&amp;Reset columns</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Export to CSV</translation>
    </message>
    <message>
        <source>Which rows do you want to export?</source>
        <translation>Which rows do you want to export?</translation>
    </message>
    <message>
        <source>&amp;Shown rows (%L1)</source>
        <translation>&amp;Shown rows (%L1)</translation>
    </message>
    <message>
        <source>&amp;All matching rows</source>
        <translation>&amp;All matching rows</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Export cancelled: no file was written.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>%n row exported to %1.</numerusform>
            <numerusform>%n rows exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export is unavailable until the database is connected.</source>
        <translation>Export is unavailable until the database is connected.</translation>
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
        <source>Open the database (creating and seeding the embedded one if needed), show the main window, then exit: 0 when it opened, 1 when it did not.</source>
        <translation>Open the database (creating and seeding the embedded one if needed), show the main window, then exit: 0 when it opened, 1 when it did not.</translation>
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
    <name>ImportReportView</name>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>deleted in ERPNext</source>
        <translation>deleted in ERPNext</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Invoice totals</source>
        <translation>Invoice totals</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>Taxes</translation>
    </message>
    <message>
        <source>Payments received</source>
        <translation>Payments received</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Balances (total)</source>
        <translation>Balances (total)</translation>
    </message>
    <message>
        <source>Save report as &amp;CSV…</source>
        <translation>Save report as &amp;CSV…</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>In ERPNext</source>
        <translation>In ERPNext</translation>
    </message>
    <message>
        <source>Imported (new)</source>
        <translation>Imported (new)</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Deleted in ERPNext</source>
        <translation>Deleted in ERPNext</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Counts</translation>
    </message>
    <message>
        <source>Filter by entity</source>
        <translation>Filter by entity</translation>
    </message>
    <message>
        <source>Filter by reason</source>
        <translation>Filter by reason</translation>
    </message>
    <message>
        <source>Entity:</source>
        <translation>Entity:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>ERPNext name</source>
        <translation>ERPNext name</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Refused and changed rows</source>
        <translation>Refused and changed rows</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>ERPNext</source>
        <translation>ERPNext</translation>
    </message>
    <message>
        <source>Targo Ops</source>
        <translation>Targo Ops</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Reconciliation</translation>
    </message>
    <message>
        <source>Dry run: nothing was kept.</source>
        <translation>Dry run: nothing was kept.</translation>
    </message>
    <message>
        <source>Import %1 done (continued an interrupted one).</source>
        <translation>Import %1 done (continued an interrupted one).</translation>
    </message>
    <message>
        <source>Import %1 done.</source>
        <translation>Import %1 done.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused or changed</source>
        <translation>
            <numerusform>%n row refused or changed</numerusform>
            <numerusform>%n rows refused or changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reconciliation difference(s).</source>
        <translation>
            <numerusform>%n reconciliation difference.</numerusform>
            <numerusform>%n reconciliation differences.</numerusform>
        </translation>
    </message>
    <message>
        <source>not on this site (skipped)</source>
        <translation>not on this site (skipped)</translation>
    </message>
    <message>
        <source>All entities</source>
        <translation>All entities</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>All reasons</translation>
    </message>
    <message>
        <source>ERPNext and Targo Ops differ</source>
        <translation>ERPNext and Targo Ops differ</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>The report could not be saved to %1: %2</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>Save the import report</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Report saved to %1.</translation>
    </message>
</context>
<context>
    <name>IntegrationsDialog</name>
    <message>
        <source>Integrations</source>
        <translation>Integrations</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>The system keychain cannot be read: %1</source>
        <translation>The system keychain cannot be read: %1</translation>
    </message>
    <message>
        <source>Mailjet: set the sender e-mail address to test the connection.</source>
        <translation>Mailjet: set the sender e-mail address to test the connection.</translation>
    </message>
    <message>
        <source>%1 answered: the address and the credentials work.</source>
        <translation>%1 answered: the address and the credentials work.</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Answer: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>The integrations settings could not be saved: %1</source>
        <translation>The integrations settings could not be saved: %1</translation>
    </message>
    <message>
        <source>Saved. Keys and tokens are in the system keychain, never in the settings file.</source>
        <translation>Saved. Keys and tokens are in the system keychain, never in the settings file.</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>&amp;Tile server:</source>
        <translation>&amp;Tile server:</translation>
    </message>
    <message>
        <source>A URL with {z}, {x} and {y}. Leave it empty to use the offline map (no tile server). Customer files opened afterwards use the new server.</source>
        <translation>A URL with {z}, {x} and {y}. Leave it empty to use the offline map (no tile server). Customer files opened afterwards use the new server.</translation>
    </message>
    <message>
        <source>Map: the tile server must be an http(s) address holding {z}, {x} and {y}.</source>
        <translation>Map: the tile server must be an http(s) address holding {z}, {x} and {y}.</translation>
    </message>
</context>
<context>
    <name>InviteStaffDialog</name>
    <message>
        <source>&amp;Show it once, here (I give it to the person myself)</source>
        <translation>&amp;Show it once, here (I give it to the person myself)</translation>
    </message>
    <message>
        <source>&amp;E-mail it to the person</source>
        <translation>&amp;E-mail it to the person</translation>
    </message>
    <message>
        <source>Invite a staff member</source>
        <translation>Invite a staff member</translation>
    </message>
    <message>
        <source>e.g. marie.tremblay</source>
        <translation>e.g. marie.tremblay</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>L&amp;anguage:</translation>
    </message>
    <message>
        <source>E-mail is not set up: Mailjet has no sender address in the integration settings.</source>
        <translation>E-mail is not set up: Mailjet has no sender address in the integration settings.</translation>
    </message>
    <message>
        <source>Temporary password (valid 7 days, changed at the first login):</source>
        <translation>Temporary password (valid 7 days, changed at the first login):</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;Invite</translation>
    </message>
</context>
<context>
    <name>InvoiceListModel</name>
    <message>
        <source>Draft</source>
        <comment>invoice status</comment>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Issued</source>
        <comment>invoice status</comment>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <comment>invoice status</comment>
        <translation>Partially paid</translation>
    </message>
    <message>
        <source>Paid</source>
        <comment>invoice status</comment>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Void</source>
        <comment>invoice status</comment>
        <translation>Void</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <comment>invoice status</comment>
        <translation>%1, overdue</translation>
    </message>
    <message>
        <source>%1 (credit note)</source>
        <translation>%1 (credit note)</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
</context>
<context>
    <name>InvoiceListWidget</name>
    <message>
        <source>P&amp;eriod:</source>
        <translation>P&amp;eriod:</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>&amp;Overdue only</translation>
    </message>
    <message>
        <source>&amp;Total from</source>
        <translation>&amp;Total from</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>to</source>
        <comment>amount range</comment>
        <translation>to</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>Customer code or name (Ctrl+F)</source>
        <translation>Customer code or name (Ctrl+F)</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Credit note</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>Customer code</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>An amount reads like 12.50 or 12,50; the unreadable bound is left out.</source>
        <translation>An amount reads like 12.50 or 12,50; the unreadable bound is left out.</translation>
    </message>
    <message>
        <source>%1+ invoices</source>
        <translation>%1+ invoices</translation>
    </message>
    <message numerus="yes">
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln invoice</numerusform>
            <numerusform>%Ln invoices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoicePreviewDialog</name>
    <message>
        <source>Invoice preview</source>
        <translation>Invoice preview</translation>
    </message>
    <message>
        <source>&amp;Open in viewer</source>
        <translation>&amp;Open in viewer</translation>
    </message>
    <message>
        <source>Open the PDF in the system&apos;s PDF viewer (to print it)</source>
        <translation>Open the PDF in the system&apos;s PDF viewer (to print it)</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <source>Save the PDF to a file of your choice</source>
        <translation>Save the PDF to a file of your choice</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close the preview (Esc)</source>
        <translation>Close the preview (Esc)</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Preview: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>No page</source>
        <translation>No page</translation>
    </message>
    <message>
        <source>Page %1 of %2 (PgUp/PgDn)</source>
        <translation>Page %1 of %2 (PgUp/PgDn)</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1: %2</source>
        <translation>The PDF could not be written to %1: %2</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Save the PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
</context>
<context>
    <name>InvoiceView</name>
    <message>
        <source>%1 %</source>
        <comment>a tax rate</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>E-mail: the customer has no e-mail address.</source>
        <translation>E-mail: the customer has no e-mail address.</translation>
    </message>
    <message>
        <source>E-mail: not sent yet (to %1).</source>
        <translation>E-mail: not sent yet (to %1).</translation>
    </message>
    <message>
        <source>E-mail: sent to %1 (%2)</source>
        <translation>E-mail: sent to %1 (%2)</translation>
    </message>
    <message>
        <source>E-mail: failed (%1); queued %2</source>
        <translation>E-mail: failed (%1); queued %2</translation>
    </message>
    <message>
        <source>E-mail: cancelled in the outbox (%1)</source>
        <translation>E-mail: cancelled in the outbox (%1)</translation>
    </message>
    <message>
        <source>E-mail: waiting in the outbox since %1</source>
        <translation>E-mail: waiting in the outbox since %1</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Taxable</source>
        <translation>Taxable</translation>
    </message>
    <message>
        <source>Payments allocated</source>
        <translation>Payments allocated</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Allocated</translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <translation>&amp;Resend</translation>
    </message>
    <message>
        <source>E-mail the invoice again, through the outbox (Ctrl+R)</source>
        <translation>E-mail the invoice again, through the outbox (Ctrl+R)</translation>
    </message>
    <message>
        <source>Credit &amp;note…</source>
        <translation>Credit &amp;note…</translation>
    </message>
    <message>
        <source>A negative invoice that cancels this one in full, taxes reversed</source>
        <translation>A negative invoice that cancels this one in full, taxes reversed</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>&amp;Void…</translation>
    </message>
    <message>
        <source>Drafts only: an issued invoice is corrected by a credit note</source>
        <translation>Drafts only: an issued invoice is corrected by a credit note</translation>
    </message>
    <message>
        <source>Credit note %1 (corrects %2)</source>
        <translation>Credit note %1 (corrects %2)</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Invoice %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Period %1 to %2   ·   issued %3   ·   due %4   ·   in %5</source>
        <translation>Period %1 to %2   ·   issued %3   ·   due %4   ·   in %5</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
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
        <source>Subtotal: %1</source>
        <translation>Subtotal: %1</translation>
    </message>
    <message>
        <source>GST</source>
        <translation>GST</translation>
    </message>
    <message>
        <source>QST</source>
        <translation>QST</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>registration no. %1</source>
        <translation>registration no. %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>Paid: %1   ·   Balance due: %2</source>
        <translation>Paid: %1   ·   Balance due: %2</translation>
    </message>
    <message>
        <source>No payment allocated.</source>
        <translation>No payment allocated.</translation>
    </message>
    <message>
        <source>The invoice is in the outbox, to %1.</source>
        <translation>The invoice is in the outbox, to %1.</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Credit note</translation>
    </message>
    <message>
        <source>Create a credit note that cancels invoice %1 in full (%2, taxes reversed)? It moves the customer&apos;s balance and cannot be undone.</source>
        <translation>Create a credit note that cancels invoice %1 in full (%2, taxes reversed)? It moves the customer&apos;s balance and cannot be undone.</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>Void draft invoice %1? It will never be sent.</source>
        <translation>Void draft invoice %1? It will never be sent.</translation>
    </message>
    <message>
        <source>Credit note %1 created.</source>
        <translation>Credit note %1 created.</translation>
    </message>
    <message>
        <source>The invoice is void.</source>
        <translation>The invoice is void.</translation>
    </message>
    <message>
        <source>Preview &amp;PDF</source>
        <translation>Preview &amp;PDF</translation>
    </message>
    <message>
        <source>The invoice as the customer receives it, in their language, shown here; open it in a viewer or save it from there (Ctrl+P)</source>
        <translation>The invoice as the customer receives it, in their language, shown here; open it in a viewer or save it from there (Ctrl+P)</translation>
    </message>
</context>
<context>
    <name>InvoicesModel</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation>Partially paid</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>invoice period</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>Balance due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>JobDetailDialog</name>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Job %1</translation>
    </message>
</context>
<context>
    <name>JobDetailWidget</name>
    <message>
        <source>Day sheet…</source>
        <translation>Day sheet…</translation>
    </message>
    <message>
        <source>The day sheet of the lead technician for this job&apos;s day (PDF or printer)</source>
        <translation>The day sheet of the lead technician for this job&apos;s day (PDF or printer)</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>Technicians</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Notes for the technician and the next dispatcher</source>
        <translation>Notes for the technician and the next dispatcher</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Save the notes</source>
        <translation>Save the notes</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>From the template of this job type; the first tick stores it with the job.</source>
        <translation>From the template of this job type; the first tick stores it with the job.</translation>
    </message>
    <message>
        <source>Import photos…</source>
        <translation>Import photos…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · priority %2</source>
        <translation>%1 · priority %2</translation>
    </message>
    <message>
        <source>Access: %1</source>
        <translation>Access: %1</translation>
    </message>
    <message>
        <source>No ticket</source>
        <translation>No ticket</translation>
    </message>
    <message>
        <source>%1 to %2 (%3 min)</source>
        <translation>%1 to %2 (%3 min)</translation>
    </message>
    <message>
        <source>Not scheduled (%1 min)</source>
        <translation>Not scheduled (%1 min)</translation>
    </message>
    <message>
        <source>Customer&apos;s window: %1 to %2</source>
        <translation>Customer&apos;s window: %1 to %2</translation>
    </message>
    <message>
        <source>Completed %1</source>
        <translation>Completed %1</translation>
    </message>
    <message>
        <source>%1 (lead)</source>
        <translation>%1 (lead)</translation>
    </message>
    <message>
        <source>Nobody assigned</source>
        <translation>Nobody assigned</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>The customer&apos;s signature</source>
        <translation>The customer&apos;s signature</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Not signed</translation>
    </message>
    <message>
        <source>The signature cannot be shown.</source>
        <translation>The signature cannot be shown.</translation>
    </message>
    <message>
        <source>Ticked by %1 on %2</source>
        <translation>Ticked by %1 on %2</translation>
    </message>
    <message>
        <source>%1 · %2 KB · double-click to open</source>
        <translation>%1 · %2 KB · double-click to open</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n photo(s)…</source>
        <translation>
            <numerusform>Importing %n photo…</numerusform>
            <numerusform>Importing %n photos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import photos</source>
        <translation>Import photos</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</source>
        <translation>Images (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</translation>
    </message>
    <message>
        <source>%1 · photo %2 of %3</source>
        <translation>%1 · photo %2 of %3</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Taken %1</source>
        <translation>Taken %1</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
</context>
<context>
    <name>JobPhotoViewer</name>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>This photo cannot be shown: %1</source>
        <translation>This photo cannot be shown: %1</translation>
    </message>
</context>
<context>
    <name>LocationEditDialog</name>
    <message>
        <source>Edit service location</source>
        <translation>Edit service location</translation>
    </message>
    <message>
        <source>New service location</source>
        <translation>New service location</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Civic &amp;number:</source>
        <translation>Civic &amp;number:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Street:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>C&amp;ity:</translation>
    </message>
    <message>
        <source>Postal &amp;code:</source>
        <translation>Postal &amp;code:</translation>
    </message>
    <message>
        <source>&amp;Latitude:</source>
        <translation>&amp;Latitude:</translation>
    </message>
    <message>
        <source>L&amp;ongitude:</source>
        <translation>L&amp;ongitude:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Access notes:</source>
        <translation>&amp;Access notes:</translation>
    </message>
    <message>
        <source>e.g. OLT-SJR-01</source>
        <translation>e.g. OLT-SJR-01</translation>
    </message>
    <message>
        <source>e.g. 1/1/3</source>
        <translation>e.g. 1/1/3</translation>
    </message>
    <message>
        <source>1 to 4094</source>
        <translation>1 to 4094</translation>
    </message>
    <message>
        <source>e.g. 10.20.30.40 or 2001:db8::1</source>
        <translation>e.g. 10.20.30.40 or 2001:db8::1</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>OLT na&amp;me:</source>
        <translation>OLT na&amp;me:</translation>
    </message>
    <message>
        <source>OLT po&amp;rt:</source>
        <translation>OLT po&amp;rt:</translation>
    </message>
    <message>
        <source>&amp;VLAN:</source>
        <translation>&amp;VLAN:</translation>
    </message>
    <message>
        <source>I&amp;P address:</source>
        <translation>I&amp;P address:</translation>
    </message>
</context>
<context>
    <name>LocationMapPanel</name>
    <message>
        <source>Map of the service locations</source>
        <translation>Map of the service locations</translation>
    </message>
    <message>
        <source>No service location</source>
        <translation>No service location</translation>
    </message>
    <message>
        <source>No location of this customer has a GPS position</source>
        <translation>No location of this customer has a GPS position</translation>
    </message>
    <message>
        <source>Select a location to centre the map on it.</source>
        <translation>Select a location to centre the map on it.</translation>
    </message>
    <message>
        <source>%1 has no GPS position</source>
        <translation>%1 has no GPS position</translation>
    </message>
    <message>
        <source>%1 — %2: no GPS position recorded.</source>
        <translation>%1 — %2: no GPS position recorded.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
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
    <message>
        <source>&amp;Integrations…</source>
        <translation>&amp;Integrations…</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>&amp;Outbox</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <source>Text messages, e-mails and payments sent to the services, with their outcome (Ctrl+3)</source>
        <translation>Text messages, e-mails and payments sent to the services, with their outcome (Ctrl+3)</translation>
    </message>
    <message>
        <source>%1+</source>
        <comment>more than this many</comment>
        <translation>%1+</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;New customer…</translation>
    </message>
    <message>
        <source>Admin</source>
        <comment>navigation: the administration section</comment>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Your password is changed. Use it from now on.</source>
        <translation>Your password is changed. Use it from now on.</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Audit log</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Every change and every opening of a customer file, by whom and when (Ctrl+4)</source>
        <translation>Every change and every opening of a customer file, by whom and when (Ctrl+4)</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <source>Dispatch board: technicians&apos; days, the unscheduled queue and the map (Ctrl+5)</source>
        <translation>Dispatch board: technicians&apos; days, the unscheduled queue and the map (Ctrl+5)</translation>
    </message>
    <message>
        <source>&amp;Dispatch board</source>
        <translation>&amp;Dispatch board</translation>
    </message>
    <message>
        <source>Administration: staff accounts and dispatch regions</source>
        <translation>Administration: staff accounts and dispatch regions</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Billing</translation>
    </message>
    <message>
        <source>The monthly billing run and every invoice (Ctrl+6)</source>
        <translation>The monthly billing run and every invoice (Ctrl+6)</translation>
    </message>
    <message>
        <source>&amp;Billing</source>
        <translation>&amp;Billing</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>E-mail and SMS campaigns: segments, CASL, sending and reports (Ctrl+7)</source>
        <translation>E-mail and SMS campaigns: segments, CASL, sending and reports (Ctrl+7)</translation>
    </message>
    <message>
        <source>Ca&amp;mpaigns</source>
        <translation>Ca&amp;mpaigns</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Locations, technicians, jobs, tickets, offline devices and outages on the map (Ctrl+8)</source>
        <translation>Locations, technicians, jobs, tickets, offline devices and outages on the map (Ctrl+8)</translation>
    </message>
    <message>
        <source>M&amp;ap</source>
        <translation>M&amp;ap</translation>
    </message>
    <message>
        <source>Import from &amp;ERPNext…</source>
        <translation>Import from &amp;ERPNext…</translation>
    </message>
</context>
<context>
    <name>MapCardPanel</name>
    <message>
        <source>Close the card (Esc)</source>
        <translation>Close the card (Esc)</translation>
    </message>
    <message>
        <source>Close the card</source>
        <translation>Close the card</translation>
    </message>
    <message>
        <source>Customer file</source>
        <translation>Customer file</translation>
    </message>
    <message>
        <source>Open the customer file</source>
        <translation>Open the customer file</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Open the job</source>
        <translation>Open the job</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Open the ticket</source>
        <translation>Open the ticket</translation>
    </message>
    <message>
        <source>Today&apos;s trail</source>
        <translation>Today&apos;s trail</translation>
    </message>
    <message>
        <source>Draw where this technician went today (during the shift)</source>
        <translation>Draw where this technician went today (during the shift)</translation>
    </message>
    <message>
        <source>Outage list</source>
        <translation>Outage list</translation>
    </message>
    <message>
        <source>Show this port in the outage list: affected customers, open or close the outage</source>
        <translation>Show this port in the outage list: affected customers, open or close the outage</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
</context>
<context>
    <name>MapSection</name>
    <message>
        <source>Service locations</source>
        <translation>Service locations</translation>
    </message>
    <message>
        <source>Technicians (live)</source>
        <translation>Technicians (live)</translation>
    </message>
    <message>
        <source>Today&apos;s jobs</source>
        <translation>Today&apos;s jobs</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Open tickets</translation>
    </message>
    <message>
        <source>Devices offline</source>
        <translation>Devices offline</translation>
    </message>
    <message>
        <source>OLT ports in outage</source>
        <translation>OLT ports in outage</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Planned or prospect</source>
        <translation>Planned or prospect</translation>
    </message>
    <message>
        <source>Inactive or terminated</source>
        <translation>Inactive or terminated</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>En route</source>
        <translation>En route</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Not scheduled yet</source>
        <translation>Not scheduled yet</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Find on map: code, serial, technician or OLT:PORT (Ctrl+F)</source>
        <translation>Find on map: code, serial, technician or OLT:PORT (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find on map</source>
        <translation>Find on map</translation>
    </message>
    <message>
        <source>Ctrl+K finds a customer by name, address or phone and centres the map on them</source>
        <translation>Ctrl+K finds a customer by name, address or phone and centres the map on them</translation>
    </message>
    <message>
        <source>Nothing on the map matches « %1 ».</source>
        <translation>Nothing on the map matches « %1 ».</translation>
    </message>
    <message>
        <source>Read the map again (F5)</source>
        <translation>Read the map again (F5)</translation>
    </message>
    <message>
        <source>Refresh the map</source>
        <translation>Refresh the map</translation>
    </message>
    <message>
        <source>Outages</source>
        <translation>Outages</translation>
    </message>
    <message>
        <source>The outage list under the map: OLT ports, affected customers (Ctrl+Shift+O)</source>
        <translation>The outage list under the map: OLT ports, affected customers (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Show everything (Home)</source>
        <translation>Show everything (Home)</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>Show everything</translation>
    </message>
    <message>
        <source>The map could not be read: %1</source>
        <translation>The map could not be read: %1</translation>
    </message>
    <message>
        <source>Your role may not read: %1.</source>
        <translation>Your role may not read: %1.</translation>
    </message>
    <message>
        <source>Today&apos;s trail could not be read: %1</source>
        <translation>Today&apos;s trail could not be read: %1</translation>
    </message>
    <message>
        <source>No trail today for this technician.</source>
        <translation>No trail today for this technician.</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Layers</translation>
    </message>
    <message>
        <source>Show or hide this layer (Alt+%1)</source>
        <translation>Show or hide this layer (Alt+%1)</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Important</translation>
    </message>
    <message>
        <source>Numbers in discs are groups of nearby items: click one to zoom in. Wheel or +/− zooms, arrows move, Home shows everything.</source>
        <translation>Numbers in discs are groups of nearby items: click one to zoom in. Wheel or +/− zooms, arrows move, Home shows everything.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Your role may not read this layer</source>
        <translation>Your role may not read this layer</translation>
    </message>
    <message numerus="yes">
        <source>Read at %1 · a device is offline after %n minute(s) without informing</source>
        <translation>
            <numerusform>Read at %1 · a device is offline after %n minute without informing</numerusform>
            <numerusform>Read at %1 · a device is offline after %n minutes without informing</numerusform>
        </translation>
    </message>
    <message>
        <source>This customer has no service location with a GPS position on the map.</source>
        <translation>This customer has no service location with a GPS position on the map.</translation>
    </message>
    <message>
        <source>%1 has no position right now (outside the shift, or no tracker).</source>
        <translation>%1 has no position right now (outside the shift, or no tracker).</translation>
    </message>
    <message numerus="yes">
        <source>Position at %1 (%n minute(s) ago)</source>
        <translation>
            <numerusform>Position at %1 (%n minute ago)</numerusform>
            <numerusform>Position at %1 (%n minutes ago)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 km/h</source>
        <translation>%1 km/h</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) today</source>
        <translation>
            <numerusform>%n job today</numerusform>
            <numerusform>%n jobs today</numerusform>
        </translation>
    </message>
    <message>
        <source>OLT %1, port %2</source>
        <translation>OLT %1, port %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n location(s) silent (%2 %)</source>
        <translation>
            <numerusform>%1 of %n location silent (%2 %)</numerusform>
            <numerusform>%1 of %n locations silent (%2 %)</numerusform>
        </translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Since %1</translation>
    </message>
    <message>
        <source>An outage is open: its parent ticket and one child ticket per customer.</source>
        <translation>An outage is open: its parent ticket and one child ticket per customer.</translation>
    </message>
    <message>
        <source>No outage opened yet: the outage list opens one.</source>
        <translation>No outage opened yet: the outage list opens one.</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>%1° %2</source>
        <translation>%1° %2</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Wheel or +/− to zoom, drag or arrow keys to move, double-click to zoom in</source>
        <translation>Wheel or +/− to zoom, drag or arrow keys to move, double-click to zoom in</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Map tiles unavailable</source>
        <translation>Map tiles unavailable</translation>
    </message>
    <message>
        <source>Offline map</source>
        <translation>Offline map</translation>
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
    <message>
        <source>%1 (%2)</source>
        <comment>section label (count)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>OnMyWayAction</name>
    <message>
        <source>On my way</source>
        <translation>On my way</translation>
    </message>
    <message>
        <source>Sends the customer an SMS with the technician&apos;s name and arrival time.</source>
        <translation>Sends the customer an SMS with the technician&apos;s name and arrival time.</translation>
    </message>
    <message>
        <source>No job selected.</source>
        <translation>No job selected.</translation>
    </message>
    <message>
        <source>No ETA: nobody is assigned to %1.</source>
        <translation>No ETA: nobody is assigned to %1.</translation>
    </message>
    <message>
        <source>The ETA and the “on my way” SMS are available once %1 is dispatched or en route.</source>
        <translation>The ETA and the “on my way” SMS are available once %1 is dispatched or en route.</translation>
    </message>
    <message numerus="yes">
        <source>ETA %1 (%n min from %2&apos;s position of %3)</source>
        <translation>
            <numerusform>ETA %1 (%n min from %2&apos;s position of %3)</numerusform>
            <numerusform>ETA %1 (%n min from %2&apos;s position of %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>— that position is %n minute(s) old.</source>
        <translation>
            <numerusform>— that position is %n minute old.</numerusform>
            <numerusform>— that position is %n minutes old.</numerusform>
        </translation>
    </message>
    <message>
        <source>Announced to the customer: %1.</source>
        <translation>Announced to the customer: %1.</translation>
    </message>
    <message>
        <source>Send corrected SMS</source>
        <translation>Send corrected SMS</translation>
    </message>
    <message>
        <source>Sends the customer, in their language: “%1”</source>
        <translation>Sends the customer, in their language: “%1”</translation>
    </message>
    <message>
        <source>SMS to %1 queued: arrival around %2.</source>
        <translation>SMS to %1 queued: arrival around %2.</translation>
    </message>
</context>
<context>
    <name>OptimizerDialog</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation>%1 h %2</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>±0 min</source>
        <translation>±0 min</translation>
    </message>
    <message>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>Optimize the rest of today</source>
        <translation>Optimize the rest of today</translation>
    </message>
    <message>
        <source>Optimize %1</source>
        <translation>Optimize %1</translation>
    </message>
    <message>
        <source>Pinned jobs and jobs under way stay where they are. Nothing is written before you apply.</source>
        <translation>Pinned jobs and jobs under way stay where they are. Nothing is written before you apply.</translation>
    </message>
    <message>
        <source>Show the plan so far</source>
        <translation>Show the plan so far</translation>
    </message>
    <message>
        <source>Stop searching and show the best plan found until now</source>
        <translation>Stop searching and show the best plan found until now</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Technician / job</source>
        <translation>Technician / job</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <source>Driving</source>
        <translation>Driving</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Changes the plan makes</source>
        <translation>Changes the plan makes</translation>
    </message>
    <message>
        <source>Plan again</source>
        <translation>Plan again</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Planning the rest of today: jobs under way or done stay, each technician leaves from where they are…</source>
        <translation>Planning the rest of today: jobs under way or done stay, each technician leaves from where they are…</translation>
    </message>
    <message>
        <source>Planning %1…</source>
        <translation>Planning %1…</translation>
    </message>
    <message>
        <source>No plan.</source>
        <translation>No plan.</translation>
    </message>
    <message>
        <source>The day could not be planned: %1</source>
        <translation>The day could not be planned: %1</translation>
    </message>
    <message>
        <source>Stopping: the best plan so far is on its way…</source>
        <translation>Stopping: the best plan so far is on its way…</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>another technician</source>
        <translation>another technician</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>No change for %1</source>
        <translation>No change for %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>from the queue</source>
        <translation>from the queue</translation>
    </message>
    <message>
        <source>+ %1 at %2, %3</source>
        <translation>+ %1 at %2, %3</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>to %1</translation>
    </message>
    <message>
        <source>back to the queue</source>
        <translation>back to the queue</translation>
    </message>
    <message>
        <source>− %1 (was %2), %3</source>
        <translation>− %1 (was %2), %3</translation>
    </message>
    <message>
        <source>↔ %1 %2 → %3</source>
        <translation>↔ %1 %2 → %3</translation>
    </message>
    <message>
        <source>Left in the queue (%1)</source>
        <translation>Left in the queue (%1)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Nothing to change</source>
        <translation>Nothing to change</translation>
    </message>
    <message>
        <source>The day is already as good as the optimizer can make it.</source>
        <translation>The day is already as good as the optimizer can make it.</translation>
    </message>
    <message>
        <source>%1 less driving (%2 %), %3 less at the wheel</source>
        <translation>%1 less driving (%2 %), %3 less at the wheel</translation>
    </message>
    <message numerus="yes">
        <source>%n more job(s) placed, for %1 more driving</source>
        <translation>
            <numerusform>%n more job placed, for %1 more driving</numerusform>
            <numerusform>%n more jobs placed, for %1 more driving</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 more driving, for a better balanced or more punctual day</source>
        <translation>%1 more driving, for a better balanced or more punctual day</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) change</source>
        <translation>
            <numerusform>%n job changes</numerusform>
            <numerusform>%n jobs change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) left in the queue</source>
        <translation>
            <numerusform>%n job left in the queue</numerusform>
            <numerusform>%n jobs left in the queue</numerusform>
        </translation>
    </message>
    <message>
        <source>planned in %1 s</source>
        <translation>planned in %1 s</translation>
    </message>
    <message>
        <source>Stopped early: this is the best plan found so far.</source>
        <translation>Stopped early: this is the best plan found so far.</translation>
    </message>
    <message numerus="yes">
        <source>Apply %n change(s)</source>
        <translation>
            <numerusform>Apply %n change</numerusform>
            <numerusform>Apply %n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Applying…</translation>
    </message>
    <message>
        <source>The board changed since this plan was made (%1): nothing was written. Planning again with the board as it is now.</source>
        <translation>The board changed since this plan was made (%1): nothing was written. Planning again with the board as it is now.</translation>
    </message>
    <message>
        <source>Not applied, nothing was written: %1</source>
        <translation>Not applied, nothing was written: %1</translation>
    </message>
</context>
<context>
    <name>OutagesWidget</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>An ONT is silent when it has not informed for this long.</source>
        <translation>An ONT is silent when it has not informed for this long.</translation>
    </message>
    <message>
        <source>A port is flagged when this share of its normally online ONTs is silent.</source>
        <translation>A port is flagged when this share of its normally online ONTs is silent.</translation>
    </message>
    <message>
        <source>A port needs at least this many normally online ONTs to be flagged.</source>
        <translation>A port needs at least this many normally online ONTs to be flagged.</translation>
    </message>
    <message>
        <source>&amp;Silent after:</source>
        <translation>&amp;Silent after:</translation>
    </message>
    <message>
        <source>S&amp;hare:</source>
        <translation>S&amp;hare:</translation>
    </message>
    <message>
        <source>&amp;Minimum ONTs:</source>
        <translation>&amp;Minimum ONTs:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Scan the ports again (F5). The list also refreshes every minute.</source>
        <translation>Scan the ports again (F5). The list also refreshes every minute.</translation>
    </message>
    <message>
        <source>OLT</source>
        <translation>OLT</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Silent / ONTs</source>
        <translation>Silent / ONTs</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Open outage</source>
        <translation>Open outage</translation>
    </message>
    <message>
        <source>Affected customers</source>
        <translation>Affected customers</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>OLT ports</source>
        <translation>OLT ports</translation>
    </message>
    <message>
        <source>Select a port to see its affected customers.</source>
        <translation>Select a port to see its affected customers.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Last inform</source>
        <translation>Last inform</translation>
    </message>
    <message>
        <source>Enter or double-click opens the customer file.</source>
        <translation>Enter or double-click opens the customer file.</translation>
    </message>
    <message>
        <source>&amp;Open outage</source>
        <translation>&amp;Open outage</translation>
    </message>
    <message>
        <source>Creates the parent ticket, a ticket per affected customer and a draft SMS campaign. Running it again only adds what is missing.</source>
        <translation>Creates the parent ticket, a ticket per affected customer and a draft SMS campaign. Running it again only adds what is missing.</translation>
    </message>
    <message>
        <source>&amp;Close outage…</source>
        <translation>&amp;Close outage…</translation>
    </message>
    <message>
        <source>Closes the outage&apos;s tickets with a recovery message and drafts the recovery SMS.</source>
        <translation>Closes the outage&apos;s tickets with a recovery message and drafts the recovery SMS.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Yes (%1)</source>
        <translation>Yes (%1)</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Flagged</translation>
    </message>
    <message>
        <source>Some silent</source>
        <translation>Some silent</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message numerus="yes">
        <source>%n flagged port(s)</source>
        <translation>
            <numerusform>%n flagged port</numerusform>
            <numerusform>%n flagged ports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n port(s) scanned</source>
        <translation>
            <numerusform>%n port scanned</numerusform>
            <numerusform>%n ports scanned</numerusform>
        </translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>at %1</translation>
    </message>
    <message>
        <source>%1 port %2: outage open, parent ticket %3.</source>
        <translation>%1 port %2: outage open, parent ticket %3.</translation>
    </message>
    <message>
        <source>%1 port %2: %3 of %4 normally online ONTs are silent.</source>
        <translation>%1 port %2: %3 of %4 normally online ONTs are silent.</translation>
    </message>
    <message>
        <source>Outage opened on %1 %2: parent ticket %3.</source>
        <translation>Outage opened on %1 %2: parent ticket %3.</translation>
    </message>
    <message>
        <source>Nothing new: the outage of %1 %2 was already open (parent ticket %3) and every affected customer already has a ticket.</source>
        <translation>Nothing new: the outage of %1 %2 was already open (parent ticket %3) and every affected customer already has a ticket.</translation>
    </message>
    <message>
        <source>The outage of %1 %2 was already open: parent ticket %3.</source>
        <translation>The outage of %1 %2 was already open: parent ticket %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n child ticket(s) created</source>
        <translation>
            <numerusform>%n child ticket created</numerusform>
            <numerusform>%n child tickets created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in all.</source>
        <translation>
            <numerusform>%n in all.</numerusform>
            <numerusform>%n in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draft SMS campaign %1 to %n recipient(s): review it in Campaigns before sending.</source>
        <translation>
            <numerusform>Draft SMS campaign %1 to %n recipient: review it in Campaigns before sending.</numerusform>
            <numerusform>Draft SMS campaign %1 to %n recipients: review it in Campaigns before sending.</numerusform>
        </translation>
    </message>
    <message>
        <source>No SMS campaign was drafted: %1</source>
        <translation>No SMS campaign was drafted: %1</translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation>%1 port %2</translation>
    </message>
    <message numerus="yes">
        <source>Outage of %1 %2 closed: %n ticket(s) closed with the recovery message.</source>
        <translation>
            <numerusform>Outage of %1 %2 closed: %n ticket closed with the recovery message.</numerusform>
            <numerusform>Outage of %1 %2 closed: %n tickets closed with the recovery message.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draft recovery SMS %1 to %n recipient(s).</source>
        <translation>
            <numerusform>Draft recovery SMS %1 to %n recipient.</numerusform>
            <numerusform>Draft recovery SMS %1 to %n recipients.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Pending</source>
        <comment>outbox status</comment>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Sending</source>
        <comment>outbox status</comment>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>outbox status</comment>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>outbox status</comment>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <comment>outbox status: may or may not have been delivered</comment>
        <translation>Uncertain</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>outbox status</comment>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Text message</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Stripe customer</source>
        <translation>Stripe customer</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <comment>attempts made / attempts allowed</comment>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <comment>business entity and id, e.g. invoice #42</comment>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>No.</source>
        <comment>outbox row number</comment>
        <translation>No.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Service</source>
        <comment>external provider</comment>
        <translation>Service</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Next attempt</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Last error</translation>
    </message>
    <message>
        <source>Provider reference</source>
        <translation>Provider reference</translation>
    </message>
    <message>
        <source>Related to</source>
        <translation>Related to</translation>
    </message>
</context>
<context>
    <name>OutboxWidget</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>Send the selected failed or uncertain item again (Ctrl+R)</source>
        <translation>Send the selected failed or uncertain item again (Ctrl+R)</translation>
    </message>
    <message>
        <source>Retry all &amp;failed…</source>
        <translation>Retry all &amp;failed…</translation>
    </message>
    <message>
        <source>Send every failed item of the selected service again (Ctrl+Shift+R)</source>
        <translation>Send every failed item of the selected service again (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>&amp;Cancel item…</source>
        <translation>&amp;Cancel item…</translation>
    </message>
    <message>
        <source>Never send the selected item (Delete)</source>
        <translation>Never send the selected item (Delete)</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <source>Details of the selected item</source>
        <translation>Details of the selected item</translation>
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
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>All services</translation>
    </message>
    <message>
        <source>Select an item to see the service&apos;s full answer.</source>
        <translation>Select an item to see the service&apos;s full answer.</translation>
    </message>
    <message>
        <source>Item %1 · %2 · %3</source>
        <translation>Item %1 · %2 · %3</translation>
    </message>
    <message>
        <source>This message may already have been delivered: the service&apos;s answer was lost while it was being sent. Check with the service (or the recipient) before sending it again, otherwise it may arrive twice. If it was delivered, cancel this item.</source>
        <translation>This message may already have been delivered: the service&apos;s answer was lost while it was being sent. Check with the service (or the recipient) before sending it again, otherwise it may arrive twice. If it was delivered, cancel this item.</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Next attempt</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP status</translation>
    </message>
    <message>
        <source>Provider reference</source>
        <translation>Provider reference</translation>
    </message>
    <message>
        <source>Related to</source>
        <translation>Related to</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>Service&apos;s answer</source>
        <translation>Service&apos;s answer</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) shown</source>
        <translation>
            <numerusform>%n item shown</numerusform>
            <numerusform>%n items shown</numerusform>
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
        <source>Send again?</source>
        <translation>Send again?</translation>
    </message>
    <message>
        <source>Item %1 may already have been delivered. Send it again anyway?</source>
        <translation>Item %1 may already have been delivered. Send it again anyway?</translation>
    </message>
    <message>
        <source>Check with the service or the recipient first: the message may arrive twice.</source>
        <translation>Check with the service or the recipient first: the message may arrive twice.</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Send again</translation>
    </message>
    <message>
        <source>Item %1 will be sent again shortly.</source>
        <translation>Item %1 will be sent again shortly.</translation>
    </message>
    <message>
        <source>Send every failed item again, for all services?</source>
        <translation>Send every failed item again, for all services?</translation>
    </message>
    <message>
        <source>Send every failed %1 item again?</source>
        <translation>Send every failed %1 item again?</translation>
    </message>
    <message>
        <source>Retry all failed items?</source>
        <translation>Retry all failed items?</translation>
    </message>
    <message>
        <source>Uncertain items are not included: each needs its own decision.</source>
        <translation>Uncertain items are not included: each needs its own decision.</translation>
    </message>
    <message>
        <source>Retry all failed</source>
        <translation>Retry all failed</translation>
    </message>
    <message numerus="yes">
        <source>%n failed item(s) will be sent again shortly.</source>
        <translation>
            <numerusform>%n failed item will be sent again shortly.</numerusform>
            <numerusform>%n failed items will be sent again shortly.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel this item?</source>
        <translation>Cancel this item?</translation>
    </message>
    <message>
        <source>Item %1 (%2) will never be sent. Cancel it?</source>
        <translation>Item %1 (%2) will never be sent. Cancel it?</translation>
    </message>
    <message>
        <source>Cancel the item</source>
        <translation>Cancel the item</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <source>Item %1 is cancelled: it will not be sent.</source>
        <translation>Item %1 is cancelled: it will not be sent.</translation>
    </message>
</context>
<context>
    <name>PaymentEntryDialog</name>
    <message>
        <source>New payment</source>
        <translation>New payment</translation>
    </message>
    <message>
        <source>Name, code, address or phone</source>
        <translation>Name, code, address or phone</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Customer:</translation>
    </message>
    <message>
        <source>No customer chosen</source>
        <translation>No customer chosen</translation>
    </message>
    <message>
        <source>for example 89.95</source>
        <translation>for example 89.95</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Method:</translation>
    </message>
    <message>
        <source>cheque number, e-Transfer reference</source>
        <translation>cheque number, e-Transfer reference</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Reference:</translation>
    </message>
    <message>
        <source>Received &amp;on:</source>
        <translation>Received &amp;on:</translation>
    </message>
    <message>
        <source>A&amp;llocation to open invoices (oldest first; edit an amount to change it):</source>
        <translation>A&amp;llocation to open invoices (oldest first; edit an amount to change it):</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>No customer matches “%1”.</translation>
    </message>
    <message>
        <source>Open: %1 · allocated: %2 · left as credit: %3</source>
        <translation>Open: %1 · allocated: %2 · left as credit: %3</translation>
    </message>
    <message>
        <source>The allocations (%1) are above the payment (%2).</source>
        <translation>The allocations (%1) are above the payment (%2).</translation>
    </message>
    <message>
        <source>Choose the customer who paid.</source>
        <translation>Choose the customer who paid.</translation>
    </message>
    <message>
        <source>The amount must be above zero, for example 89.95.</source>
        <translation>The amount must be above zero, for example 89.95.</translation>
    </message>
    <message>
        <source>The allocations are above the payment: lower one of them.</source>
        <translation>The allocations are above the payment: lower one of them.</translation>
    </message>
</context>
<context>
    <name>PaymentListModel</name>
    <message>
        <source>Cash</source>
        <comment>payment method</comment>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Cheque</source>
        <comment>payment method</comment>
        <translation>Cheque</translation>
    </message>
    <message>
        <source>Interac e-Transfer</source>
        <comment>payment method</comment>
        <translation>Interac e-Transfer</translation>
    </message>
    <message>
        <source>Card</source>
        <comment>payment method</comment>
        <translation>Card</translation>
    </message>
    <message>
        <source>Pre-authorized debit</source>
        <comment>payment method</comment>
        <translation>Pre-authorized debit</translation>
    </message>
    <message>
        <source>Received</source>
        <comment>payment status</comment>
        <translation>Received</translation>
    </message>
    <message>
        <source>Reversed</source>
        <comment>payment status</comment>
        <translation>Reversed</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>payment status</comment>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>payment status</comment>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Refunded</source>
        <comment>payment status</comment>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>Reversed: %1</source>
        <translation>Reversed: %1</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Allocated</translation>
    </message>
</context>
<context>
    <name>PaymentListWidget</name>
    <message>
        <source>&amp;Received from</source>
        <translation>&amp;Received from</translation>
    </message>
    <message>
        <source>to</source>
        <comment>date range</comment>
        <translation>to</translation>
    </message>
    <message>
        <source>Any method</source>
        <translation>Any method</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Customer code or name (Ctrl+F)</source>
        <translation>Customer code or name (Ctrl+F)</translation>
    </message>
    <message>
        <source>%1+ payments</source>
        <translation>%1+ payments</translation>
    </message>
    <message>
        <source>&amp;New payment… (Ctrl+N)</source>
        <translation>&amp;New payment… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Re&amp;verse…</source>
        <translation>Re&amp;verse…</translation>
    </message>
    <message>
        <source>A payment that did not clear (an NSF cheque): its invoices re-open</source>
        <translation>A payment that did not clear (an NSF cheque): its invoices re-open</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>Customer code</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Allocated</translation>
    </message>
    <message>
        <source>Payment %1 recorded for %2: %3 allocated, %4 left as credit.</source>
        <translation>Payment %1 recorded for %2: %3 allocated, %4 left as credit.</translation>
    </message>
    <message>
        <source>Reverse payment %1</source>
        <translation>Reverse payment %1</translation>
    </message>
    <message>
        <source>Why is payment %1 reversed? Its invoices re-open and the customer owes it again.</source>
        <translation>Why is payment %1 reversed? Its invoices re-open and the customer owes it again.</translation>
    </message>
    <message>
        <source>Cheque returned NSF</source>
        <translation>Cheque returned NSF</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Reverse</translation>
    </message>
    <message>
        <source>A reversal needs its reason.</source>
        <translation>A reversal needs its reason.</translation>
    </message>
    <message numerus="yes">
        <source>Payment %1 reversed: %n invoice(s) re-opened.</source>
        <translation>
            <numerusform>Payment %1 reversed: %n invoice(s) re-opened.</numerusform>
            <numerusform>Payment %1 reversed: %n invoice(s) re-opened.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln payment(s)</source>
        <translation>
            <numerusform>%Ln payment(s)</numerusform>
            <numerusform>%Ln payment(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Receipt…</source>
        <translation>&amp;Receipt…</translation>
    </message>
    <message>
        <source>The payment&apos;s receipt in the customer&apos;s language: preview, print, save, e-mail (Ctrl+R)</source>
        <translation>The payment&apos;s receipt in the customer&apos;s language: preview, print, save, e-mail (Ctrl+R)</translation>
    </message>
    <message>
        <source>Receipt…</source>
        <translation>Receipt…</translation>
    </message>
    <message>
        <source>Edit a&amp;llocation…</source>
        <translation>Edit a&amp;llocation…</translation>
    </message>
    <message>
        <source>Which invoices this payment pays (Ctrl+L); what is left stays as the customer&apos;s credit</source>
        <translation>Which invoices this payment pays (Ctrl+L); what is left stays as the customer&apos;s credit</translation>
    </message>
    <message>
        <source>Apply &amp;credit</source>
        <translation>Apply &amp;credit</translation>
    </message>
    <message>
        <source>The customer&apos;s credit to its open invoices, oldest first</source>
        <translation>The customer&apos;s credit to its open invoices, oldest first</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>Re&amp;fund…</translation>
    </message>
    <message>
        <source>Give back all or part of a card or pre-authorized debit payment through Stripe</source>
        <translation>Give back all or part of a card or pre-authorized debit payment through Stripe</translation>
    </message>
    <message numerus="yes">
        <source>Payment %1 now pays %n invoice(s) (%2); the customer&apos;s credit is %3.</source>
        <translation>
            <numerusform>Payment %1 now pays %n invoice(s) (%2); the customer&apos;s credit is %3.</numerusform>
            <numerusform>Payment %1 now pays %n invoice(s) (%2); the customer&apos;s credit is %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no open invoice to apply its credit to.</source>
        <translation>%1 has no open invoice to apply its credit to.</translation>
    </message>
    <message>
        <source>%1 of %2&apos;s credit applied to its open invoices.</source>
        <translation>%1 of %2&apos;s credit applied to its open invoices.</translation>
    </message>
    <message>
        <source>Apply &amp;credit (%1)</source>
        <translation>Apply &amp;credit (%1)</translation>
    </message>
</context>
<context>
    <name>PaymentMethodsPanel</name>
    <message>
        <source>Pre-authorized debit</source>
        <translation>Pre-authorized debit</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Pre-authori&amp;zed payments</source>
        <translation>Pre-authori&amp;zed payments</translation>
    </message>
    <message>
        <source>Open invoices are charged to the default payment method on their due date</source>
        <translation>Open invoices are charged to the default payment method on their due date</translation>
    </message>
    <message>
        <source>Make &amp;default</source>
        <translation>Make &amp;default</translation>
    </message>
    <message>
        <source>Charge pre-authorized payments to the selected method (Ctrl+D)</source>
        <translation>Charge pre-authorized payments to the selected method (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>Send a &amp;link to save a card / bank account…</source>
        <translation>Send a &amp;link to save a card / bank account…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>Saved payment methods</source>
        <translation>Saved payment methods</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>No saved payment method. Send the customer a link to save a card or a bank account.</source>
        <translation>No saved payment method. Send the customer a link to save a card or a bank account.</translation>
    </message>
    <message>
        <source>Links waiting for the customer</source>
        <translation>Links waiting for the customer</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation>Expires soon</translation>
    </message>
    <message>
        <source>★ Default</source>
        <translation>★ Default</translation>
    </message>
    <message>
        <source>Pre-authorized payments are charged to this method</source>
        <translation>Pre-authorized payments are charged to this method</translation>
    </message>
    <message>
        <source>%1: link sent on %2 to %3 by %4, waiting for the customer</source>
        <translation>%1: link sent on %2 to %3 by %4, waiting for the customer</translation>
    </message>
    <message>
        <source>Open invoices are charged to the default method on their due date.</source>
        <translation>Open invoices are charged to the default method on their due date.</translation>
    </message>
    <message>
        <source>Not enrolled.</source>
        <translation>Not enrolled.</translation>
    </message>
    <message>
        <source>Not enrolled: needs a default payment method.</source>
        <translation>Not enrolled: needs a default payment method.</translation>
    </message>
    <message>
        <source>Detach the selected method at Stripe and remove it from the file (Delete)</source>
        <translation>Detach the selected method at Stripe and remove it from the file (Delete)</translation>
    </message>
    <message>
        <source>Stripe is not set up on this workstation (File → Integrations → Stripe): a saved method cannot be removed.</source>
        <translation>Stripe is not set up on this workstation (File → Integrations → Stripe): a saved method cannot be removed.</translation>
    </message>
    <message>
        <source>E-mail or text the customer a secure link to save a card or a bank account (Ctrl+L)</source>
        <translation>E-mail or text the customer a secure link to save a card or a bank account (Ctrl+L)</translation>
    </message>
    <message>
        <source>Stripe is not set up on this workstation (File → Integrations → Stripe): no link can be sent.</source>
        <translation>Stripe is not set up on this workstation (File → Integrations → Stripe): no link can be sent.</translation>
    </message>
    <message>
        <source>Default payment method changed.</source>
        <translation>Default payment method changed.</translation>
    </message>
    <message>
        <source>%1 •••• %2</source>
        <translation>%1 •••• %2</translation>
    </message>
    <message>
        <source>Remove %1 from this customer? It is detached at Stripe and can no longer be charged.</source>
        <translation>Remove %1 from this customer? It is detached at Stripe and can no longer be charged.</translation>
    </message>
    <message>
        <source>It is the default method: pre-authorized payments will be turned off.</source>
        <translation>It is the default method: pre-authorized payments will be turned off.</translation>
    </message>
    <message>
        <source>Remove payment method</source>
        <translation>Remove payment method</translation>
    </message>
    <message>
        <source>Removing the payment method at Stripe…</source>
        <translation>Removing the payment method at Stripe…</translation>
    </message>
    <message>
        <source>Payment method removed. It was the default: pre-authorized payments are now off for this customer.</source>
        <translation>Payment method removed. It was the default: pre-authorized payments are now off for this customer.</translation>
    </message>
    <message>
        <source>Payment method removed.</source>
        <translation>Payment method removed.</translation>
    </message>
    <message>
        <source>Pre-authorized payments need a default payment method. Send the customer a link to save a card or a bank account, or make a saved method the default.</source>
        <translation>Pre-authorized payments need a default payment method. Send the customer a link to save a card or a bank account, or make a saved method the default.</translation>
    </message>
    <message>
        <source>Pre-authorized payments are on.</source>
        <translation>Pre-authorized payments are on.</translation>
    </message>
    <message>
        <source>Pre-authorized payments are off.</source>
        <translation>Pre-authorized payments are off.</translation>
    </message>
</context>
<context>
    <name>PaymentsModel</name>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Pre-authorized debit</source>
        <translation>Pre-authorized debit</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Interac e-Transfer</source>
        <translation>Interac e-Transfer</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ProviderSettingsForm</name>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server &amp;address:</translation>
    </message>
    <message>
        <source>Account &amp;SID:</source>
        <translation>Account &amp;SID:</translation>
    </message>
    <message>
        <source>Se&amp;nder (number or MG… service):</source>
        <translation>Se&amp;nder (number or MG… service):</translation>
    </message>
    <message>
        <source>Auth &amp;token:</source>
        <translation>Auth &amp;token:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API &amp;key:</translation>
    </message>
    <message>
        <source>Se&amp;nder e-mail:</source>
        <translation>Se&amp;nder e-mail:</translation>
    </message>
    <message>
        <source>Secret &amp;key:</source>
        <translation>Secret &amp;key:</translation>
    </message>
    <message>
        <source>Secret &amp;key (sk_…):</source>
        <translation>Secret &amp;key (sk_…):</translation>
    </message>
    <message>
        <source>&amp;User name (empty: token):</source>
        <translation>&amp;User name (empty: token):</translation>
    </message>
    <message>
        <source>Token or &amp;password:</source>
        <translation>Token or &amp;password:</translation>
    </message>
    <message>
        <source>&amp;User name (empty: none):</source>
        <translation>&amp;User name (empty: none):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Unlimited</translation>
    </message>
    <message>
        <source> /s</source>
        <comment>requests per second</comment>
        <translation> /s</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Requests per second</translation>
    </message>
    <message>
        <source>Requests at once</source>
        <translation>Requests at once</translation>
    </message>
    <message>
        <source>at once:</source>
        <translation>at once:</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Rate:</translation>
    </message>
    <message>
        <source>System certificates only</source>
        <translation>System certificates only</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Extra &amp;CA file (PEM):</source>
        <translation>Extra &amp;CA file (PEM):</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Timeout:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>Calls the service without sending anything</source>
        <translation>Calls the service without sending anything</translation>
    </message>
    <message>
        <source>•••••••• (unchanged)</source>
        <translation>•••••••• (unchanged)</translation>
    </message>
    <message>
        <source>Stored in the system keychain. Leave empty to keep it.</source>
        <translation>Stored in the system keychain. Leave empty to keep it.</translation>
    </message>
    <message>
        <source>Not set. It will be stored in the system keychain, never in a file.</source>
        <translation>Not set. It will be stored in the system keychain, never in a file.</translation>
    </message>
    <message>
        <source>Trusted CA certificate</source>
        <translation>Trusted CA certificate</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM certificates (*.pem *.crt);;All files (*)</translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation>Calling %1…</translation>
    </message>
    <message>
        <source>Travel times for the scheduling assistant and the day optimizer. Straight line: the distance as the crow flies × the road factor, no server needed. Routing server: the table service of an OSRM server (for a day of 500 jobs, start it with --max-table-size 1000). Matrix file: travel times computed elsewhere, with a “.points” file beside it listing its places (one “latitude longitude” per line, in the matrix&apos;s order). When the server or the file cannot be used, plans fall back to the straight line and say so.</source>
        <translation>Travel times for the scheduling assistant and the day optimizer. Straight line: the distance as the crow flies × the road factor, no server needed. Routing server: the table service of an OSRM server (for a day of 500 jobs, start it with --max-table-size 1000). Matrix file: travel times computed elsewhere, with a “.points” file beside it listing its places (one “latitude longitude” per line, in the matrix&apos;s order). When the server or the file cannot be used, plans fall back to the straight line and say so.</translation>
    </message>
    <message>
        <source>Straight line (no server)</source>
        <translation>Straight line (no server)</translation>
    </message>
    <message>
        <source>Routing server (OSRM)</source>
        <translation>Routing server (OSRM)</translation>
    </message>
    <message>
        <source>Matrix file</source>
        <translation>Matrix file</translation>
    </message>
    <message>
        <source>Travel &amp;source:</source>
        <translation>Travel &amp;source:</translation>
    </message>
    <message>
        <source>Only for the “Matrix file” travel source</source>
        <translation>Only for the “Matrix file” travel source</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Br&amp;owse…</translation>
    </message>
    <message>
        <source>&amp;Matrix file:</source>
        <translation>&amp;Matrix file:</translation>
    </message>
    <message>
        <source>Travel matrix file</source>
        <translation>Travel matrix file</translation>
    </message>
    <message>
        <source>Travel matrices (*.matrix *.txt);;All files (*)</source>
        <translation>Travel matrices (*.matrix *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>The page where customers save a card or a bank account (it receives the SetupIntent in the link). Not a secret: stored in the settings file. The environment variable TARGO_STRIPE_SETUP_PAGE_URL, when set, wins.</source>
        <translation>The page where customers save a card or a bank account (it receives the SetupIntent in the link). Not a secret: stored in the settings file. The environment variable TARGO_STRIPE_SETUP_PAGE_URL, when set, wins.</translation>
    </message>
    <message>
        <source>&amp;Payment page URL:</source>
        <translation>&amp;Payment page URL:</translation>
    </message>
</context>
<context>
    <name>ReceivablesWidget</name>
    <message>
        <source>&amp;As of</source>
        <translation>&amp;As of</translation>
    </message>
    <message>
        <source>The date the report is computed for; Enter refreshes</source>
        <translation>The date the report is computed for; Enter refreshes</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Every customer of the chosen bucket to a CSV file</source>
        <translation>Every customer of the chosen bucket to a CSV file</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Print the report (Ctrl+P)</source>
        <translation>Print the report (Ctrl+P)</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Oldest due</source>
        <translation>Oldest due</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Credited</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Days late</translation>
    </message>
    <message>
        <source>Esc: back to the customers</source>
        <translation>Esc: back to the customers</translation>
    </message>
    <message>
        <source>All (total)</source>
        <translation>All (total)</translation>
    </message>
    <message>
        <source>Customers owing something, largest first</source>
        <translation>Customers owing something, largest first</translation>
    </message>
    <message>
        <source>Customers owing in “%1”, largest first</source>
        <translation>Customers owing in “%1”, largest first</translation>
    </message>
    <message>
        <source>Open invoices of %1 as of %2</source>
        <translation>Open invoices of %1 as of %2</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>Customer code</translation>
    </message>
    <message>
        <source>Receivables aging as of %1</source>
        <translation>Receivables aging as of %1</translation>
    </message>
    <message>
        <source>Print the receivables aging</source>
        <translation>Print the receivables aging</translation>
    </message>
    <message>
        <source>S&amp;tatement…</source>
        <translation>S&amp;tatement…</translation>
    </message>
    <message>
        <source>The customer&apos;s statement for a date range: preview, print, save, e-mail</source>
        <translation>The customer&apos;s statement for a date range: preview, print, save, e-mail</translation>
    </message>
</context>
<context>
    <name>RecoveryMessageDialog</name>
    <message>
        <source>Close outage</source>
        <translation>Close outage</translation>
    </message>
    <message>
        <source>The outage of %1 is over. This message goes on every ticket of the outage, which are then closed, and into a draft SMS to the affected customers.</source>
        <translation>The outage of %1 is over. This message goes on every ticket of the outage, which are then closed, and into a draft SMS to the affected customers.</translation>
    </message>
    <message>
        <source>e.g. Service is restored in your area. Thank you for your patience.</source>
        <translation>e.g. Service is restored in your area. Thank you for your patience.</translation>
    </message>
    <message>
        <source>Recovery message</source>
        <translation>Recovery message</translation>
    </message>
    <message>
        <source>Close the outage</source>
        <translation>Close the outage</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund payment %1</source>
        <translation>Refund payment %1</translation>
    </message>
    <message>
        <source>The money goes back to the customer&apos;s card or bank account through Stripe. The invoices it paid re-open, newest first.</source>
        <translation>The money goes back to the customer&apos;s card or bank account through Stripe. The invoices it paid re-open, newest first.</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Left to refund:</source>
        <translation>Left to refund:</translation>
    </message>
    <message>
        <source>for example 25.00</source>
        <translation>for example 25.00</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <source>for example: billed twice in November</source>
        <translation>for example: billed twice in November</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>That is above what is left to refund (%1).</source>
        <translation>That is above what is left to refund (%1).</translation>
    </message>
    <message>
        <source>Nothing is left to refund on this payment.</source>
        <translation>Nothing is left to refund on this payment.</translation>
    </message>
    <message>
        <source>Refund of %1 on payment %2 sent to Stripe; it shows once Stripe confirms it.</source>
        <translation>Refund of %1 on payment %2 sent to Stripe; it shows once Stripe confirms it.</translation>
    </message>
</context>
<context>
    <name>RegionRuleDialog</name>
    <message>
        <source>Add a region rule</source>
        <translation>Add a region rule</translation>
    </message>
    <message>
        <source>Postal codes &amp;starting with</source>
        <translation>Postal codes &amp;starting with</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>&amp;City</translation>
    </message>
    <message>
        <source>J8X, J8X 1 or Gatineau</source>
        <translation>J8X, J8X 1 or Gatineau</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Rule:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Value:</translation>
    </message>
    <message>
        <source>Locations whose postal code starts with %1 go to %2.</source>
        <translation>Locations whose postal code starts with %1 go to %2.</translation>
    </message>
    <message>
        <source>Locations in %1 go to %2, unless a postal-code rule matches.</source>
        <translation>Locations in %1 go to %2, unless a postal-code rule matches.</translation>
    </message>
</context>
<context>
    <name>RegionRulesWidget</name>
    <message>
        <source>Dispatch regions</source>
        <translation>Dispatch regions</translation>
    </message>
    <message>
        <source>A location&apos;s region comes from the longest matching start of its postal code, otherwise from its city. A dispatch job takes its location&apos;s region. New locations follow the rules at once; existing ones when you apply the rules to all locations.</source>
        <translation>A location&apos;s region comes from the longest matching start of its postal code, otherwise from its city. A dispatch job takes its location&apos;s region. New locations follow the rules at once; existing ones when you apply the rules to all locations.</translation>
    </message>
    <message>
        <source>&amp;Add rule…</source>
        <translation>&amp;Add rule…</translation>
    </message>
    <message>
        <source>A postal-code start or a city that belongs to a region (Ctrl+N)</source>
        <translation>A postal-code start or a city that belongs to a region (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Remove rule…</source>
        <translation>&amp;Remove rule…</translation>
    </message>
    <message>
        <source>Remove the selected rule (Del)</source>
        <translation>Remove the selected rule (Del)</translation>
    </message>
    <message>
        <source>New re&amp;gion…</source>
        <translation>New re&amp;gion…</translation>
    </message>
    <message>
        <source>Add a region technicians and rules can belong to (Ctrl+Shift+N)</source>
        <translation>Add a region technicians and rules can belong to (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>A&amp;pply to all locations…</source>
        <translation>A&amp;pply to all locations…</translation>
    </message>
    <message>
        <source>Every location and every open job takes its region again from these rules (Ctrl+Shift+A)</source>
        <translation>Every location and every open job takes its region again from these rules (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Filter by postal code, city or region (Ctrl+F)</source>
        <translation>Filter by postal code, city or region (Ctrl+F)</translation>
    </message>
    <message>
        <source>Postal code or city</source>
        <translation>Postal code or city</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Region rules</source>
        <translation>Region rules</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Locations</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regions</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Start of postal code</source>
        <translation>Start of postal code</translation>
    </message>
    <message>
        <source>%1 locations; %2 have no region (no rule matches their postal code or city).</source>
        <translation>%1 locations; %2 have no region (no rule matches their postal code or city).</translation>
    </message>
    <message>
        <source>%1 locations, every one in a region.</source>
        <translation>%1 locations, every one in a region.</translation>
    </message>
    <message>
        <source>Add a region first.</source>
        <translation>Add a region first.</translation>
    </message>
    <message>
        <source>The region rules could not be changed.</source>
        <translation>The region rules could not be changed.</translation>
    </message>
    <message>
        <source>%1 now belongs to %2. Existing locations change region when you apply the rules to all locations.</source>
        <translation>%1 now belongs to %2. Existing locations change region when you apply the rules to all locations.</translation>
    </message>
    <message>
        <source>Apply now…</source>
        <translation>Apply now…</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Remove rule</translation>
    </message>
    <message>
        <source>Remove the rule %1 → %2? Locations already in %2 keep it until you apply the rules to all locations.</source>
        <translation>Remove the rule %1 → %2? Locations already in %2 keep it until you apply the rules to all locations.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>The rule for %1 is removed.</source>
        <translation>The rule for %1 is removed.</translation>
    </message>
    <message>
        <source>New region</source>
        <translation>New region</translation>
    </message>
    <message>
        <source>Name of the region (for example Outaouais):</source>
        <translation>Name of the region (for example Outaouais):</translation>
    </message>
    <message>
        <source>The region %1 is added. Give it rules, and give its technicians the %1 tag.</source>
        <translation>The region %1 is added. Give it rules, and give its technicians the %1 tag.</translation>
    </message>
    <message>
        <source>Apply to all locations</source>
        <translation>Apply to all locations</translation>
    </message>
    <message>
        <source>Every location, and every open dispatch job, takes its region again from these rules. Jobs may move to another region&apos;s dispatchers. Continue?</source>
        <translation>Every location, and every open dispatch job, takes its region again from these rules. Jobs may move to another region&apos;s dispatchers. Continue?</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>Applying the rules to every location…</source>
        <translation>Applying the rules to every location…</translation>
    </message>
    <message>
        <source>Every location was already in the right region.</source>
        <translation>Every location was already in the right region.</translation>
    </message>
    <message numerus="yes">
        <source>%n location(s) changed region, with their open jobs.</source>
        <translation>
            <numerusform>%n location changed region, with its open jobs.</numerusform>
            <numerusform>%n locations changed region, with their open jobs.</numerusform>
        </translation>
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
    <message>
        <source>≈ close match</source>
        <translation>≈ close match</translation>
    </message>
    <message numerus="yes">
        <source>Close match: found despite %n typo(s) in the search text.</source>
        <translation>
            <numerusform>Close match: found despite %n typo in the search text.</numerusform>
            <numerusform>Close match: found despite %n typos in the search text.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentEditor</name>
    <message>
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>Known values: %1</source>
        <translation>Known values: %1</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <source>Customer status (none: all)</source>
        <translation>Customer status (none: all)</translation>
    </message>
    <message>
        <source>Several values separated by commas; empty: all.</source>
        <translation>Several values separated by commas; empty: all.</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regions</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Cities</translation>
    </message>
    <message>
        <source>Plans (SKU)</source>
        <translation>Plans (SKU)</translation>
    </message>
    <message>
        <source>OLTs</source>
        <translation>OLTs</translation>
    </message>
    <message>
        <source>OLT and port</source>
        <translation>OLT and port</translation>
    </message>
    <message>
        <source>“OLT-SJR-01 1/1/3”, several separated by commas.</source>
        <translation>“OLT-SJR-01 1/1/3”, several separated by commas.</translation>
    </message>
    <message>
        <source>OLT-SJR-01 1/1/3</source>
        <translation>OLT-SJR-01 1/1/3</translation>
    </message>
    <message>
        <source>Balance over ($)</source>
        <translation>Balance over ($)</translation>
    </message>
    <message>
        <source>Customers whose balance is above this amount.</source>
        <translation>Customers whose balance is above this amount.</translation>
    </message>
    <message>
        <source>French and English</source>
        <translation>French and English</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Has an e-mail address</source>
        <translation>Has an e-mail address</translation>
    </message>
    <message>
        <source>Has no e-mail address</source>
        <translation>Has no e-mail address</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Has a mobile number</source>
        <translation>Has a mobile number</translation>
    </message>
    <message>
        <source>Has no mobile number</source>
        <translation>Has no mobile number</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Has a valid consent (CASL)</source>
        <translation>Has a valid consent (CASL)</translation>
    </message>
    <message>
        <source>Has no valid consent</source>
        <translation>Has no valid consent</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>“%1” is not an OLT and a port (e.g. “OLT-SJR-01 1/1/3”).</source>
        <translation>“%1” is not an OLT and a port (e.g. “OLT-SJR-01 1/1/3”).</translation>
    </message>
    <message>
        <source>“%1” is not an amount.</source>
        <translation>“%1” is not an amount.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) will receive it</source>
        <translation>
            <numerusform>%n recipient will receive it</numerusform>
            <numerusform>%n recipients will receive it</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 customers match, %2 with an address, %3 distinct addresses, %4 skipped (CASL)</source>
        <translation>%1 customers match, %2 with an address, %3 distinct addresses, %4 skipped (CASL)</translation>
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
    <name>SetupLinkDialog</name>
    <message>
        <source>Send a link to save a card / bank account</source>
        <translation>Send a link to save a card / bank account</translation>
    </message>
    <message>
        <source>%1 (%2) receives a secure link to save a payment method. No card or account number is typed here: the customer enters it on the payment page, and the method appears in the file when Stripe reports it.</source>
        <translation>%1 (%2) receives a secure link to save a payment method. No card or account number is typed here: the customer enters it on the payment page, and the method appears in the file when Stripe reports it.</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Pre-authorized debit (bank account)</source>
        <translation>Pre-authorized debit (bank account)</translation>
    </message>
    <message>
        <source>&amp;Save:</source>
        <translation>&amp;Save:</translation>
    </message>
    <message>
        <source>Send &amp;by:</source>
        <translation>Send &amp;by:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>Message (in the customer&apos;s language: English):</source>
        <translation>Message (in the customer&apos;s language: English):</translation>
    </message>
    <message>
        <source>Message (in the customer&apos;s language: French):</source>
        <translation>Message (in the customer&apos;s language: French):</translation>
    </message>
    <message>
        <source>Message preview</source>
        <translation>Message preview</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>The database is not connected.</source>
        <translation>The database is not connected.</translation>
    </message>
    <message>
        <source>Stripe is not set up on this workstation (File → Integrations → Stripe): no link can be sent.</source>
        <translation>Stripe is not set up on this workstation (File → Integrations → Stripe): no link can be sent.</translation>
    </message>
    <message>
        <source>Creating the link at Stripe and queuing the message…</source>
        <translation>Creating the link at Stripe and queuing the message…</translation>
    </message>
    <message>
        <source>Link sent to %1 by %2 (outbox row %3). It is listed in the file until the customer saves the method.</source>
        <translation>Link sent to %1 by %2 (outbox row %3). It is listed in the file until the customer saves the method.</translation>
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
    <name>StaffListModel</name>
    <message>
        <source>Deactivated</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>Database administrator</source>
        <comment>the embedded database&apos;s own superuser</comment>
        <translation>Database administrator</translation>
    </message>
    <message>
        <source>No login yet</source>
        <translation>No login yet</translation>
    </message>
    <message>
        <source>Cannot log in</source>
        <translation>Cannot log in</translation>
    </message>
    <message>
        <source>Invited (temporary password)</source>
        <translation>Invited (temporary password)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Last change</translation>
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
    <name>StatementRangeDialog</name>
    <message>
        <source>Statement of %1</source>
        <translation>Statement of %1</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Customer:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>The customer&apos;s language</source>
        <translation>The customer&apos;s language</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <source>The start of the statement is after its end.</source>
        <translation>The start of the statement is after its end.</translation>
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
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Connection lost — reconnecting…</source>
        <translation>Connection lost — reconnecting…</translation>
    </message>
    <message>
        <source>Reconnected to server %1</source>
        <translation>Reconnected to server %1</translation>
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
    <name>StripeOpsWidget</name>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>finished</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrupted</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>sending</translation>
    </message>
    <message>
        <source>processing</source>
        <translation>processing</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>succeeded</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>canceled</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>requested</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>applied</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignored</translation>
    </message>
    <message>
        <source>unmatched</source>
        <translation>unmatched</translation>
    </message>
    <message>
        <source>card</source>
        <translation>card</translation>
    </message>
    <message>
        <source>pre-authorized debit</source>
        <translation>pre-authorized debit</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Pre-authorized payments and Stripe reconciliation</source>
        <translation>Pre-authorized payments and Stripe reconciliation</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Read everything again (F5)</source>
        <translation>Read everything again (F5)</translation>
    </message>
    <message>
        <source>Run PPA now…</source>
        <translation>Run PPA now…</translation>
    </message>
    <message>
        <source>Charge today&apos;s due invoices of the customers on pre-authorized payment</source>
        <translation>Charge today&apos;s due invoices of the customers on pre-authorized payment</translation>
    </message>
    <message>
        <source>Apply Stripe events</source>
        <translation>Apply Stripe events</translation>
    </message>
    <message>
        <source>Read Stripe&apos;s new events and apply them to payments</source>
        <translation>Read Stripe&apos;s new events and apply them to payments</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Processing</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Attempt</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Stripe error</source>
        <translation>Stripe error</translation>
    </message>
    <message>
        <source>PPA &amp;runs</source>
        <translation>PPA &amp;runs</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignored</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Unmatched</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Events</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Dispute</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>&amp;Disputes</source>
        <translation>&amp;Disputes</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Asked</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Re&amp;funds waiting</source>
        <translation>Re&amp;funds waiting</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Sent by</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>&amp;Setup links waiting</source>
        <translation>&amp;Setup links waiting</translation>
    </message>
    <message>
        <source>&amp;Disputes (%1)</source>
        <translation>&amp;Disputes (%1)</translation>
    </message>
    <message>
        <source>Re&amp;funds waiting (%1)</source>
        <translation>Re&amp;funds waiting (%1)</translation>
    </message>
    <message>
        <source>&amp;Setup links waiting (%1)</source>
        <translation>&amp;Setup links waiting (%1)</translation>
    </message>
    <message>
        <source>Run PPA now</source>
        <translation>Run PPA now</translation>
    </message>
    <message>
        <source>Charge the invoices due on %1 of every customer on pre-authorized payment? A run never charges an invoice twice.</source>
        <translation>Charge the invoices due on %1 of every customer on pre-authorized payment? A run never charges an invoice twice.</translation>
    </message>
    <message>
        <source>The PPA run is done.</source>
        <translation>The PPA run is done.</translation>
    </message>
    <message numerus="yes">
        <source>%n Stripe event(s) read.</source>
        <translation>
            <numerusform>%n Stripe event read.</numerusform>
            <numerusform>%n Stripe events read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubscriptionEditDialog</name>
    <message>
        <source>Edit subscription</source>
        <translation>Edit subscription</translation>
    </message>
    <message>
        <source>New subscription</source>
        <translation>New subscription</translation>
    </message>
    <message>
        <source>No location</source>
        <translation>No location</translation>
    </message>
    <message>
        <source>yyyy-mm-dd, empty: no end</source>
        <translation>yyyy-mm-dd, empty: no end</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <source>P&amp;rice per month:</source>
        <translation>P&amp;rice per month:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantity:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;End:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Plan #%1</source>
        <translation>Plan #%1</translation>
    </message>
    <message>
        <source>Location #%1</source>
        <translation>Location #%1</translation>
    </message>
    <message>
        <source>Not a date. Use the form 2025-04-30.</source>
        <translation>Not a date. Use the form 2025-04-30.</translation>
    </message>
    <message>
        <source>RADIUS access</source>
        <translation>RADIUS access</translation>
    </message>
    <message>
        <source>e.g. gf012345</source>
        <translation>e.g. gf012345</translation>
    </message>
    <message>
        <source>Re&amp;veal</source>
        <translation>Re&amp;veal</translation>
    </message>
    <message>
        <source>Revealed RADIUS password</source>
        <translation>Revealed RADIUS password</translation>
    </message>
    <message>
        <source>RADIUS &amp;user:</source>
        <translation>RADIUS &amp;user:</translation>
    </message>
    <message>
        <source>New pass&amp;word:</source>
        <translation>New pass&amp;word:</translation>
    </message>
    <message>
        <source>Stored password:</source>
        <translation>Stored password:</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>set</source>
        <translation>set</translation>
    </message>
    <message>
        <source>Shows the stored password; the reveal is recorded in the audit log.</source>
        <translation>Shows the stored password; the reveal is recorded in the audit log.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Billed:</source>
        <translation>Billed:</translation>
    </message>
    <message>
        <source>%1 per month: a custom price.
Catalogue price changes do not apply.</source>
        <translation>%1 per month: a custom price.
Catalogue price changes do not apply.</translation>
    </message>
    <message>
        <source>%1 per month: the catalogue price.
%2 from %3.</source>
        <translation>%1 per month: the catalogue price.
%2 from %3.</translation>
    </message>
    <message>
        <source>%1 per month: the catalogue price.
It follows the catalogue&apos;s changes.</source>
        <translation>%1 per month: the catalogue price.
It follows the catalogue&apos;s changes.</translation>
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
    <name>TemporaryPasswordDialog</name>
    <message>
        <source>Temporary password</source>
        <translation>Temporary password</translation>
    </message>
    <message>
        <source>The temporary password of %1 is shown only now. Give it to the person: it is valid 7 days and must be changed at the first login.</source>
        <translation>The temporary password of %1 is shown only now. Give it to the person: it is valid 7 days and must be changed at the first login.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
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
    <message>
        <source>%1
Grouped under %2</source>
        <comment>tooltip of a child ticket: its text, then its parent</comment>
        <translation>%1
Grouped under %2</translation>
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
    <message>
        <source>&amp;Saved filters</source>
        <translation>&amp;Saved filters</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Saved filters</translation>
    </message>
    <message>
        <source>Staff #%1</source>
        <translation>Staff #%1</translation>
    </message>
    <message numerus="yes">
        <source>%n updated ticket(s) ↑</source>
        <comment>shown over the list; click to scroll up</comment>
        <translation>
            <numerusform>%n updated ticket ↑</numerusform>
            <numerusform>%n updated tickets ↑</numerusform>
        </translation>
    </message>
    <message>
        <source>Tickets were updated and moved to the top of the list. Click to see them.</source>
        <translation>Tickets were updated and moved to the top of the list. Click to see them.</translation>
    </message>
    <message numerus="yes">
        <source>%n new ticket(s) ↑</source>
        <comment>shown over the list; click to scroll up</comment>
        <translation>
            <numerusform>%n new ticket ↑</numerusform>
            <numerusform>%n new tickets ↑</numerusform>
        </translation>
    </message>
    <message>
        <source>New tickets arrived at the top of the list. Click to see them.</source>
        <translation>New tickets arrived at the top of the list. Click to see them.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>A saved filter needs a name (at most %1 characters).</source>
        <translation>A saved filter needs a name (at most %1 characters).</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <comment>saved filter applied when the list opens</comment>
        <translation>%1 (default)</translation>
    </message>
    <message>
        <source>&amp;Save current filters as…</source>
        <translation>&amp;Save current filters as…</translation>
    </message>
    <message>
        <source>Save filters</source>
        <translation>Save filters</translation>
    </message>
    <message>
        <source>Saved filter &quot;%1&quot; updated.</source>
        <translation>Saved filter &quot;%1&quot; updated.</translation>
    </message>
    <message>
        <source>Filters saved as &quot;%1&quot;.</source>
        <translation>Filters saved as &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&amp;Rename &quot;%1&quot;…</source>
        <translation>&amp;Rename &quot;%1&quot;…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <source>Rename saved filter</source>
        <translation>Rename saved filter</translation>
    </message>
    <message>
        <source>A saved filter named &quot;%1&quot; already exists.</source>
        <translation>A saved filter named &quot;%1&quot; already exists.</translation>
    </message>
    <message>
        <source>&amp;Delete &quot;%1&quot;</source>
        <translation>&amp;Delete &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Saved filter &quot;%1&quot; deleted.</source>
        <translation>Saved filter &quot;%1&quot; deleted.</translation>
    </message>
    <message>
        <source>Use as &amp;default when the list opens</source>
        <translation>Use as &amp;default when the list opens</translation>
    </message>
    <message>
        <source>&amp;No default</source>
        <translation>&amp;No default</translation>
    </message>
</context>
<context>
    <name>TicketMessageDelegate</name>
    <message>
        <source>Internal note</source>
        <translation>Internal note</translation>
    </message>
</context>
<context>
    <name>TicketThreadModel</name>
    <message>
        <source>E-mail</source>
        <comment>message channel</comment>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <comment>message channel</comment>
        <translation>Phone</translation>
    </message>
    <message>
        <source>SMS</source>
        <comment>message channel</comment>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>message channel</comment>
        <translation>Note</translation>
    </message>
    <message>
        <source>Reply</source>
        <comment>message channel</comment>
        <translation>Reply</translation>
    </message>
    <message>
        <source>%1
… (%2 more characters not shown)</source>
        <translation>%1
… (%2 more characters not shown)</translation>
    </message>
    <message>
        <source>Internal note by %1, %2</source>
        <translation>Internal note by %1, %2</translation>
    </message>
    <message>
        <source>Message by %1, %2</source>
        <translation>Message by %1, %2</translation>
    </message>
    <message>
        <source>Queued</source>
        <comment>delivery</comment>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Sending</source>
        <comment>delivery</comment>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>delivery</comment>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>delivery</comment>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <comment>delivery: the provider&apos;s answer was lost</comment>
        <translation>Unconfirmed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>delivery</comment>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>channel to address</comment>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Sent (provider&apos;s id %1)</source>
        <translation>Sent (provider&apos;s id %1)</translation>
    </message>
</context>
<context>
    <name>TicketView</name>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <source>Load older messages (%n earlier)</source>
        <translation>
            <numerusform>Load older messages (%n earlier)</numerusform>
            <numerusform>Load older messages (%n earlier)</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>No customer</translation>
    </message>
    <message>
        <source>None linked</source>
        <translation>None linked</translation>
    </message>
    <message>
        <source>Part of %1</source>
        <translation>Part of %1</translation>
    </message>
    <message numerus="yes">
        <source>%n grouped ticket(s)</source>
        <translation>
            <numerusform>%n grouped ticket</numerusform>
            <numerusform>%n grouped tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <comment>field: before → after</comment>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>assigned</translation>
    </message>
    <message>
        <source>location</source>
        <translation>location</translation>
    </message>
    <message>
        <source>device</source>
        <translation>device</translation>
    </message>
    <message>
        <source>subject changed</source>
        <translation>subject changed</translation>
    </message>
    <message>
        <source>marked important</source>
        <translation>marked important</translation>
    </message>
    <message>
        <source>no longer important</source>
        <translation>no longer important</translation>
    </message>
    <message>
        <source>no visible change</source>
        <translation>no visible change</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Someone</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Apply mine again</source>
        <translation>Apply mine again</translation>
    </message>
    <message>
        <source>%1 changed this ticket at %2: %3. Your change was not saved.</source>
        <translation>%1 changed this ticket at %2: %3. Your change was not saved.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Unlink the location</source>
        <translation>Unlink the location</translation>
    </message>
    <message>
        <source>Unlink the device</source>
        <translation>Unlink the device</translation>
    </message>
    <message>
        <source>%1 No job was created: check the ticket, then create it again.</source>
        <translation>%1 No job was created: check the ticket, then create it again.</translation>
    </message>
    <message>
        <source>Dispatch job %1 created in the unscheduled queue.</source>
        <translation>Dispatch job %1 created in the unscheduled queue.</translation>
    </message>
    <message>
        <source>Load older messages</source>
        <translation>Load older messages</translation>
    </message>
    <message>
        <source>★ Important</source>
        <translation>★ Important</translation>
    </message>
    <message>
        <source>Close the ticket</source>
        <translation>Close the ticket</translation>
    </message>
    <message>
        <source>Open the customer file</source>
        <translation>Open the customer file</translation>
    </message>
    <message>
        <source>Open the parent ticket</source>
        <translation>Open the parent ticket</translation>
    </message>
    <message>
        <source>List the tickets grouped under this one</source>
        <translation>List the tickets grouped under this one</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>Assign the ticket</source>
        <translation>Assign the ticket</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Change the status</source>
        <translation>Change the status</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Link…</translation>
    </message>
    <message>
        <source>Link a location or a device</source>
        <translation>Link a location or a device</translation>
    </message>
    <message>
        <source>Dispatch &amp;job…</source>
        <translation>Dispatch &amp;job…</translation>
    </message>
    <message>
        <source>Create a dispatch job from this ticket</source>
        <translation>Create a dispatch job from this ticket</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Write a reply or an internal note… (Ctrl+Enter sends)</source>
        <translation>Write a reply or an internal note… (Ctrl+Enter sends)</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Reply</translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <translation>Internal &amp;note</translation>
    </message>
    <message>
        <source>Reply or internal note</source>
        <translation>Reply or internal note</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Send reply</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>S&amp;MS</source>
        <translation>S&amp;MS</translation>
    </message>
    <message>
        <source>This ticket has no customer to reply to.</source>
        <translation>This ticket has no customer to reply to.</translation>
    </message>
    <message>
        <source>Reply by e-mail to %1 (in the customer&apos;s language)</source>
        <translation>Reply by e-mail to %1 (in the customer&apos;s language)</translation>
    </message>
    <message>
        <source>The customer has no e-mail address.</source>
        <translation>The customer has no e-mail address.</translation>
    </message>
    <message>
        <source>E-mail is not set up (Mailjet has no sender address in the integration settings).</source>
        <translation>E-mail is not set up (Mailjet has no sender address in the integration settings).</translation>
    </message>
    <message>
        <source>Reply by SMS to %1</source>
        <translation>Reply by SMS to %1</translation>
    </message>
    <message>
        <source>The customer has no mobile number.</source>
        <translation>The customer has no mobile number.</translation>
    </message>
    <message>
        <source>SMS is not set up (Twilio has no account or sender number in the integration settings).</source>
        <translation>SMS is not set up (Twilio has no account or sender number in the integration settings).</translation>
    </message>
    <message>
        <source>Send e-mail</source>
        <translation>Send e-mail</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>To %1</translation>
    </message>
    <message>
        <source>Send SMS</source>
        <translation>Send SMS</translation>
    </message>
    <message>
        <source>GSM-7</source>
        <translation>GSM-7</translation>
    </message>
    <message>
        <source>UCS-2</source>
        <comment>SMS encoding for characters outside GSM-7</comment>
        <translation>UCS-2</translation>
    </message>
    <message numerus="yes">
        <source>%n SMS segment(s), %1</source>
        <comment>SMS length</comment>
        <translation>
            <numerusform>%n SMS segment, %1</numerusform>
            <numerusform>%n SMS segments, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Ticket opened</source>
        <translation>Ticket opened</translation>
    </message>
    <message>
        <source>Ticket closed</source>
        <translation>Ticket closed</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Service started</source>
        <translation>Service started</translation>
    </message>
    <message>
        <source>Service ended</source>
        <translation>Service ended</translation>
    </message>
    <message>
        <source>Job scheduled</source>
        <translation>Job scheduled</translation>
    </message>
    <message>
        <source>Job completed</source>
        <translation>Job completed</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>Invoice for %1 – %2</source>
        <translation>Invoice for %1 – %2</translation>
    </message>
    <message>
        <source>Due %1 · %2</source>
        <translation>Due %1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 per month</source>
        <translation>%1 per month</translation>
    </message>
    <message>
        <source>%1 · %2 per month</source>
        <translation>%1 · %2 per month</translation>
    </message>
    <message>
        <source>No technician assigned</source>
        <translation>No technician assigned</translation>
    </message>
    <message>
        <source>Serial %1</source>
        <translation>Serial %1</translation>
    </message>
    <message>
        <source>%1 %2 — %3 %4 %5 — %6</source>
        <comment>date time — kind code title — detail</comment>
        <translation>%1 %2 — %3 %4 %5 — %6</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>WifiChangeDialog</name>
    <message>
        <source>Change the Wi-Fi</source>
        <translation>Change the Wi-Fi</translation>
    </message>
    <message>
        <source>Network name (SSID)</source>
        <translation>Network name (SSID)</translation>
    </message>
    <message>
        <source>Set a new password</source>
        <translation>Set a new password</translation>
    </message>
    <message>
        <source>Password (WPA2)</source>
        <translation>Password (WPA2)</translation>
    </message>
    <message>
        <source>The device applies it at once or at its next connection; the customer&apos;s devices must then join the new network.</source>
        <translation>The device applies it at once or at its next connection; the customer&apos;s devices must then join the new network.</translation>
    </message>
    <message>
        <source>Send to the device</source>
        <translation>Send to the device</translation>
    </message>
</context>
<context>
    <name>ops::Capabilities</name>
    <message>
        <source>dispatcher</source>
        <translation>dispatcher</translation>
    </message>
    <message>
        <source>billing</source>
        <translation>billing</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>manager</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>technician</source>
        <translation>technician</translation>
    </message>
    <message>
        <source>no group</source>
        <translation>no group</translation>
    </message>
    <message>
        <source>Reading what your role allows…</source>
        <translation>Reading what your role allows…</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow editing customers.</source>
        <translation>Your role (%1) does not allow editing customers.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow creating customers.</source>
        <translation>Your role (%1) does not allow creating customers.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow editing service locations or equipment.</source>
        <translation>Your role (%1) does not allow editing service locations or equipment.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow editing subscriptions.</source>
        <translation>Your role (%1) does not allow editing subscriptions.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow changing tickets.</source>
        <translation>Your role (%1) does not allow changing tickets.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow writing ticket messages.</source>
        <translation>Your role (%1) does not allow writing ticket messages.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow reading the audit log.</source>
        <translation>Your role (%1) does not allow reading the audit log.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow managing staff accounts.</source>
        <translation>Your role (%1) does not allow managing staff accounts.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow revealing RADIUS passwords.</source>
        <translation>Your role (%1) does not allow revealing RADIUS passwords.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow billing (invoices and payments).</source>
        <translation>Your role (%1) does not allow billing (invoices and payments).</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow sending messages or payments.</source>
        <translation>Your role (%1) does not allow sending messages or payments.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow viewing the outbox.</source>
        <translation>Your role (%1) does not allow viewing the outbox.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow retrying or cancelling outbox rows.</source>
        <translation>Your role (%1) does not allow retrying or cancelling outbox rows.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow changing the integration settings.</source>
        <translation>Your role (%1) does not allow changing the integration settings.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow seeing the dispatch board.</source>
        <translation>Your role (%1) does not allow seeing the dispatch board.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow placing or moving dispatch jobs.</source>
        <translation>Your role (%1) does not allow placing or moving dispatch jobs.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow changing the dispatch regions.</source>
        <translation>Your role (%1) does not allow changing the dispatch regions.</translation>
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
    <message>
        <source>The database account is missing.</source>
        <translation>The database account is missing.</translation>
    </message>
    <message>
        <source>The socket folder %1 is not private (a symbolic link, another owner, or open to other users). It was not used; remove it and start again.</source>
        <translation>The socket folder %1 is not private (a symbolic link, another owner, or open to other users). It was not used; remove it and start again.</translation>
    </message>
    <message>
        <source>The database configuration %1 could not be written.</source>
        <translation>The database configuration %1 could not be written.</translation>
    </message>
    <message>
        <source>Your system account has no usable user name, so the embedded database cannot recognise it.</source>
        <translation>Your system account has no usable user name, so the embedded database cannot recognise it.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty and was not created by Targo Ops. It was left untouched; choose an empty or new folder for the embedded database.</source>
        <translation>The folder %1 is not empty and was not created by Targo Ops. It was left untouched; choose an empty or new folder for the embedded database.</translation>
    </message>
    <message>
        <source>The database settings could not be reloaded.</source>
        <translation>The database settings could not be reloaded.</translation>
    </message>
    <message>
        <source>The TLS certificate or key file %1 cannot be read.</source>
        <translation>The TLS certificate or key file %1 cannot be read.</translation>
    </message>
    <message>
        <source>The database folder %1 already holds a database: a standby is made only in a new folder.</source>
        <translation>The database folder %1 already holds a database: a standby is made only in a new folder.</translation>
    </message>
    <message>
        <source>The primary database must be running with replication enabled before a standby can be made.</source>
        <translation>The primary database must be running with replication enabled before a standby can be made.</translation>
    </message>
    <message>
        <source>The standby database could not be copied from the primary.</source>
        <translation>The standby database could not be copied from the primary.</translation>
    </message>
    <message>
        <source>The standby database is not running.</source>
        <translation>The standby database is not running.</translation>
    </message>
    <message>
        <source>The standby database could not be promoted.</source>
        <translation>The standby database could not be promoted.</translation>
    </message>
    <message>
        <source>The primary&apos;s RADIUS password key could not be copied to the standby.</source>
        <translation>The primary&apos;s RADIUS password key could not be copied to the standby.</translation>
    </message>
    <message>
        <source>No free local port could be found for the embedded database.</source>
        <translation>No free local port could be found for the embedded database.</translation>
    </message>
    <message>
        <source>The embedded database&apos;s password could not be read from the system&apos;s credential store, so it was not started.</source>
        <translation>The embedded database&apos;s password could not be read from the system&apos;s credential store, so it was not started.</translation>
    </message>
    <message>
        <source>The embedded database refused the password kept in the system&apos;s credential store. If that entry was deleted or changed, restore it; the database itself was left untouched.</source>
        <translation>The embedded database refused the password kept in the system&apos;s credential store. If that entry was deleted or changed, restore it; the database itself was left untouched.</translation>
    </message>
    <message>
        <source>The embedded database in %1 was not created for the TCP and password mode (its port file is missing). Unset TARGO_PG_TCP, or choose another folder.</source>
        <translation>The embedded database in %1 was not created for the TCP and password mode (its port file is missing). Unset TARGO_PG_TCP, or choose another folder.</translation>
    </message>
    <message>
        <source>The embedded database in %1 was made with a password that the system&apos;s credential store no longer holds. Restore the credential store&apos;s entry, or move the folder away to start a new database.</source>
        <translation>The embedded database in %1 was made with a password that the system&apos;s credential store no longer holds. Restore the credential store&apos;s entry, or move the folder away to start a new database.</translation>
    </message>
    <message>
        <source>The embedded database&apos;s server and replication modes are not available on Windows yet.</source>
        <translation>The embedded database&apos;s server and replication modes are not available on Windows yet.</translation>
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
    <message>
        <source>Invalid integration setting name %1/%2.</source>
        <translation>Invalid integration setting name %1/%2.</translation>
    </message>
    <message>
        <source>The setting %1/%2 looks like a secret: secrets are kept in the system keychain, never in the settings file.</source>
        <translation>The setting %1/%2 looks like a secret: secrets are kept in the system keychain, never in the settings file.</translation>
    </message>
</context>
<context>
    <name>ops::audit</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Database role</source>
        <translation>Database role</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Entity id</source>
        <translation>Entity id</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>Changed fields</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export cancelled.</translation>
    </message>
    <message>
        <source>No customer has the code or number %1.</source>
        <translation>No customer has the code or number %1.</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Choose the file to write.</translation>
    </message>
    <message>
        <source>Only managers and administrators may export a customer&apos;s personal data.</source>
        <translation>Only managers and administrators may export a customer&apos;s personal data.</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>Could not create %1: %2</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Could not save %1: %2</translation>
    </message>
    <message>
        <source>Your account may not read %1, so the export would be incomplete. Ask a manager or an administrator.</source>
        <translation>Your account may not read %1, so the export would be incomplete. Ask a manager or an administrator.</translation>
    </message>
</context>
<context>
    <name>ops::billing</name>
    <message>
        <source>The billing run was cancelled; nothing was written.</source>
        <translation>The billing run was cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>Subscription without a price</source>
        <translation>Subscription without a price</translation>
    </message>
    <message>
        <source>Customer without a billing address</source>
        <translation>Customer without a billing address</translation>
    </message>
    <message>
        <source>Customer without an e-mail address</source>
        <translation>Customer without an e-mail address</translation>
    </message>
    <message>
        <source>Negative invoice</source>
        <translation>Negative invoice</translation>
    </message>
    <message>
        <source>Subscription already billed for the period</source>
        <translation>Subscription already billed for the period</translation>
    </message>
    <message>
        <source>Negative price on a taxable line</source>
        <translation>Negative price on a taxable line</translation>
    </message>
    <message>
        <source>Describe the charge (it is printed on the invoice).</source>
        <translation>Describe the charge (it is printed on the invoice).</translation>
    </message>
    <message>
        <source>A charge description has at most 200 characters.</source>
        <translation>A charge description has at most 200 characters.</translation>
    </message>
    <message>
        <source>The amount of a charge cannot be zero.</source>
        <translation>The amount of a charge cannot be zero.</translation>
    </message>
    <message>
        <source>The amount of a charge is at most 100,000.00 $.</source>
        <translation>The amount of a charge is at most 100,000.00 $.</translation>
    </message>
    <message>
        <source>The quantity of a charge is between 1 and 1000.</source>
        <translation>The quantity of a charge is between 1 and 1000.</translation>
    </message>
    <message>
        <source>A negative price cannot be on a taxable line: enter a credit as tax-exempt.</source>
        <translation>A negative price cannot be on a taxable line: enter a credit as tax-exempt.</translation>
    </message>
    <message>
        <source>The GST and QST registration numbers are not set in the billing settings; every invoice must show them. Nothing was billed.</source>
        <translation>The GST and QST registration numbers are not set in the billing settings; every invoice must show them. Nothing was billed.</translation>
    </message>
    <message numerus="yes">
        <source>%n subscription line(s) have a negative price on a taxable item that is not a discount (first: %1). Correct the price or the item before committing; nothing was billed.</source>
        <translation>
            <numerusform>%n subscription line has a negative price on a taxable item that is not a discount (first: %1). Correct the price or the item before committing; nothing was billed.</numerusform>
            <numerusform>%n subscription lines have a negative price on a taxable item that is not a discount (first: %1). Correct the price or the item before committing; nothing was billed.</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer has the code %1.</source>
        <translation>No customer has the code %1.</translation>
    </message>
    <message>
        <source>“%1” is not a billing period: write the year and the month, for example 2026-12.</source>
        <translation>“%1” is not a billing period: write the year and the month, for example 2026-12.</translation>
    </message>
    <message>
        <source>“%1” is not a billing period: the year must be 2000 or later.</source>
        <translation>“%1” is not a billing period: the year must be 2000 or later.</translation>
    </message>
    <message>
        <source>The period %1 is too far ahead: a run may bill at most the next month (%2).</source>
        <translation>The period %1 is too far ahead: a run may bill at most the next month (%2).</translation>
    </message>
    <message>
        <source>The aging report needs a valid date (YYYY-MM-DD).</source>
        <translation>The aging report needs a valid date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Current</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 days</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 days</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 days</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Over 90 days</translation>
    </message>
</context>
<context>
    <name>ops::billing::BillingApi</name>
    <message>
        <source>Invoices cannot be previewed in this session.</source>
        <translation>Invoices cannot be previewed in this session.</translation>
    </message>
</context>
<context>
    <name>ops::billing::BillingSettings</name>
    <message>
        <source>%1 is too long: at most %2 characters.</source>
        <translation>%1 is too long: at most %2 characters.</translation>
    </message>
    <message>
        <source>The company name is printed on every invoice: it cannot be empty.</source>
        <translation>The company name is printed on every invoice: it cannot be empty.</translation>
    </message>
    <message>
        <source>The company name</source>
        <translation>The company name</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>Address line 1</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Address line 2</translation>
    </message>
    <message>
        <source>Address line 3</source>
        <translation>Address line 3</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>The phone number</translation>
    </message>
    <message>
        <source>The e-mail address &quot;%1&quot; is not valid (name@example.com).</source>
        <translation>The e-mail address &quot;%1&quot; is not valid (name@example.com).</translation>
    </message>
    <message>
        <source>The GST number &quot;%1&quot; is not valid: nine digits, RT and four digits (123456789 RT 0001).</source>
        <translation>The GST number &quot;%1&quot; is not valid: nine digits, RT and four digits (123456789 RT 0001).</translation>
    </message>
    <message>
        <source>The QST number &quot;%1&quot; is not valid: ten digits, TQ and four digits (1234567890 TQ 0001).</source>
        <translation>The QST number &quot;%1&quot; is not valid: ten digits, TQ and four digits (1234567890 TQ 0001).</translation>
    </message>
    <message>
        <source>Invoices are due 0 to 120 days after they are issued.</source>
        <translation>Invoices are due 0 to 120 days after they are issued.</translation>
    </message>
    <message>
        <source>The French payment instructions</source>
        <translation>The French payment instructions</translation>
    </message>
    <message>
        <source>The English payment instructions</source>
        <translation>The English payment instructions</translation>
    </message>
    <message>
        <source>%1 uses the unknown placeholder %2; the placeholders are %3.</source>
        <translation>%1 uses the unknown placeholder %2; the placeholders are %3.</translation>
    </message>
    <message>
        <source>The French e-mail subject</source>
        <translation>The French e-mail subject</translation>
    </message>
    <message>
        <source>The English e-mail subject</source>
        <translation>The English e-mail subject</translation>
    </message>
    <message>
        <source>The French e-mail text</source>
        <translation>The French e-mail text</translation>
    </message>
    <message>
        <source>The English e-mail text</source>
        <translation>The English e-mail text</translation>
    </message>
</context>
<context>
    <name>ops::billing::BillingSettingsRepository</name>
    <message>
        <source>The billing settings are missing from the database (migration 0018).</source>
        <translation>The billing settings are missing from the database (migration 0018).</translation>
    </message>
    <message>
        <source>Someone else saved the billing settings after you opened them. Reload them to see their changes, then make yours again.</source>
        <translation>Someone else saved the billing settings after you opened them. Reload them to see their changes, then make yours again.</translation>
    </message>
</context>
<context>
    <name>ops::billing::BillingSettingsService</name>
    <message>
        <source>Invoices cannot be printed in this session.</source>
        <translation>Invoices cannot be printed in this session.</translation>
    </message>
</context>
<context>
    <name>ops::billing::BillingUiService</name>
    <message>
        <source>Invoices cannot be printed or e-mailed in this session: the e-mail service is not set up.</source>
        <translation>Invoices cannot be printed or e-mailed in this session: the e-mail service is not set up.</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>The file could not be written.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export cancelled.</translation>
    </message>
</context>
<context>
    <name>ops::billing::CustomerDocumentMail</name>
    <message>
        <source>Customer %1 has no e-mail address: the document cannot be e-mailed.</source>
        <translation>Customer %1 has no e-mail address: the document cannot be e-mailed.</translation>
    </message>
    <message>
        <source>E-mail is not set up (Mailjet has no sender address in the integration settings).</source>
        <translation>E-mail is not set up (Mailjet has no sender address in the integration settings).</translation>
    </message>
    <message>
        <source>The PDF to attach is missing.</source>
        <translation>The PDF to attach is missing.</translation>
    </message>
</context>
<context>
    <name>ops::billing::CustomerDocumentsService</name>
    <message>
        <source>Receipts and statements cannot be printed in this session.</source>
        <translation>Receipts and statements cannot be printed in this session.</translation>
    </message>
    <message>
        <source>E-mail is not set up (Mailjet has no sender address in the integration settings).</source>
        <translation>E-mail is not set up (Mailjet has no sender address in the integration settings).</translation>
    </message>
</context>
<context>
    <name>ops::billing::DocumentPdf</name>
    <message>
        <source>The PDF of %1 could not be made.</source>
        <translation>The PDF of %1 could not be made.</translation>
    </message>
    <message>
        <source>The PDF cannot be written to %1: %2</source>
        <translation>The PDF cannot be written to %1: %2</translation>
    </message>
</context>
<context>
    <name>ops::billing::InvoiceListRepository</name>
    <message>
        <source>Unknown invoice status.</source>
        <translation>Unknown invoice status.</translation>
    </message>
    <message>
        <source>The minimum amount is above the maximum amount.</source>
        <translation>The minimum amount is above the maximum amount.</translation>
    </message>
</context>
<context>
    <name>ops::billing::InvoiceMail</name>
    <message>
        <source>Customer %1 has no e-mail address: invoice %2 is not e-mailed.</source>
        <translation>Customer %1 has no e-mail address: invoice %2 is not e-mailed.</translation>
    </message>
    <message>
        <source>E-mail is not set up (Mailjet has no sender address in the integration settings).</source>
        <translation>E-mail is not set up (Mailjet has no sender address in the integration settings).</translation>
    </message>
    <message>
        <source>The PDF of invoice %1 is missing.</source>
        <translation>The PDF of invoice %1 is missing.</translation>
    </message>
</context>
<context>
    <name>ops::billing::InvoicePdf</name>
    <message>
        <source>The PDF of invoice %1 could not be made.</source>
        <translation>The PDF of invoice %1 could not be made.</translation>
    </message>
    <message>
        <source>The PDF cannot be written to %1: %2</source>
        <translation>The PDF cannot be written to %1: %2</translation>
    </message>
</context>
<context>
    <name>ops::billing::InvoiceRepository</name>
    <message>
        <source>draft</source>
        <comment>invoice status</comment>
        <translation>draft</translation>
    </message>
    <message>
        <source>issued</source>
        <comment>invoice status</comment>
        <translation>issued</translation>
    </message>
    <message>
        <source>partially paid</source>
        <comment>invoice status</comment>
        <translation>partially paid</translation>
    </message>
    <message>
        <source>paid</source>
        <comment>invoice status</comment>
        <translation>paid</translation>
    </message>
    <message>
        <source>void</source>
        <comment>invoice status</comment>
        <translation>void</translation>
    </message>
    <message>
        <source>This invoice no longer exists.</source>
        <translation>This invoice no longer exists.</translation>
    </message>
    <message>
        <source>A void invoice is not e-mailed.</source>
        <translation>A void invoice is not e-mailed.</translation>
    </message>
    <message>
        <source>A credit note cannot itself be credited.</source>
        <translation>A credit note cannot itself be credited.</translation>
    </message>
    <message>
        <source>Invoice %1 is a draft: void it instead of crediting it.</source>
        <translation>Invoice %1 is a draft: void it instead of crediting it.</translation>
    </message>
    <message>
        <source>Invoice %1 is void: there is nothing to credit.</source>
        <translation>Invoice %1 is void: there is nothing to credit.</translation>
    </message>
    <message>
        <source>Invoice %1 is already corrected by credit note %2.</source>
        <translation>Invoice %1 is already corrected by credit note %2.</translation>
    </message>
    <message>
        <source>Only a draft invoice can be voided; %1 is %2: make a credit note instead.</source>
        <translation>Only a draft invoice can be voided; %1 is %2: make a credit note instead.</translation>
    </message>
</context>
<context>
    <name>ops::billing::ReceiptRepository</name>
    <message>
        <source>This payment no longer exists.</source>
        <translation>This payment no longer exists.</translation>
    </message>
</context>
<context>
    <name>ops::billing::ReceivablesService</name>
    <message>
        <source>Export cancelled.</source>
        <translation>Export cancelled.</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>The file could not be written.</translation>
    </message>
</context>
<context>
    <name>ops::billing::StatementRepository</name>
    <message>
        <source>A statement needs two valid dates (YYYY-MM-DD).</source>
        <translation>A statement needs two valid dates (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The statement&apos;s start (%1) is after its end (%2).</source>
        <translation>The statement&apos;s start (%1) is after its end (%2).</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>This customer no longer exists.</translation>
    </message>
</context>
<context>
    <name>ops::campaigns</name>
    <message>
        <source>Campaign %1 is %2: it cannot be sent.</source>
        <translation>Campaign %1 is %2: it cannot be sent.</translation>
    </message>
    <message>
        <source>Campaign %1 is %2: only a campaign being sent can be paused.</source>
        <translation>Campaign %1 is %2: only a campaign being sent can be paused.</translation>
    </message>
    <message>
        <source>Campaign %1 is %2: only a paused campaign can be resumed.</source>
        <translation>Campaign %1 is %2: only a paused campaign can be resumed.</translation>
    </message>
    <message>
        <source>Campaign %1 is %2: it cannot be cancelled.</source>
        <translation>Campaign %1 is %2: it cannot be cancelled.</translation>
    </message>
    <message>
        <source>Campaign %1 is %2: nothing can be sent again.</source>
        <translation>Campaign %1 is %2: nothing can be sent again.</translation>
    </message>
    <message>
        <source>%1 is not a recipient of campaign %2.</source>
        <translation>%1 is not a recipient of campaign %2.</translation>
    </message>
    <message>
        <source>%1 is %2 in campaign %3: only a failed recipient is sent again.</source>
        <translation>%1 is %2 in campaign %3: only a failed recipient is sent again.</translation>
    </message>
    <message>
        <source>%1 is %2 in campaign %3: only an ambiguous send needs a decision.</source>
        <translation>%1 is %2 in campaign %3: only an ambiguous send needs a decision.</translation>
    </message>
    <message>
        <source>The provider confirmed meanwhile that the message to %1 was sent: nothing to decide.</source>
        <translation>The provider confirmed meanwhile that the message to %1 was sent: nothing to decide.</translation>
    </message>
    <message>
        <source>E-mail is not set up (Mailjet has no sender address in the integration settings).</source>
        <translation>E-mail is not set up (Mailjet has no sender address in the integration settings).</translation>
    </message>
    <message>
        <source>SMS is not set up (Twilio has no account or sender in the integration settings).</source>
        <translation>SMS is not set up (Twilio has no account or sender in the integration settings).</translation>
    </message>
    <message>
        <source>No campaign has the code %1.</source>
        <translation>No campaign has the code %1.</translation>
    </message>
    <message>
        <source>Campaign %1 does not exist.</source>
        <translation>Campaign %1 does not exist.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address (name@domain.ca).</source>
        <translation>“%1” is not an e-mail address (name@domain.ca).</translation>
    </message>
    <message>
        <source>The CSV has more than %1 lines.</source>
        <translation>The CSV has more than %1 lines.</translation>
    </message>
    <message>
        <source>The CSV&apos;s line %1 opens a quoted field that never closes.</source>
        <translation>The CSV&apos;s line %1 opens a quoted field that never closes.</translation>
    </message>
    <message>
        <source>The CSV is larger than 20 MB.</source>
        <translation>The CSV is larger than 20 MB.</translation>
    </message>
    <message>
        <source>The CSV is empty: it needs a header row.</source>
        <translation>The CSV is empty: it needs a header row.</translation>
    </message>
    <message>
        <source>The CSV&apos;s header names the column “%1” twice.</source>
        <translation>The CSV&apos;s header names the column “%1” twice.</translation>
    </message>
    <message>
        <source>The CSV has no “%1” column. Its first line must name the columns, for example: %1,language,customer,first_name</source>
        <translation>The CSV has no “%1” column. Its first line must name the columns, for example: %1,language,customer,first_name</translation>
    </message>
    <message>
        <source>A field is longer than %1 characters.</source>
        <translation>A field is longer than %1 characters.</translation>
    </message>
    <message>
        <source>No address on this line.</source>
        <translation>No address on this line.</translation>
    </message>
    <message>
        <source>“%1” is not a language: use fr or en.</source>
        <translation>“%1” is not a language: use fr or en.</translation>
    </message>
    <message>
        <source>“%1” is not a customer code (CUST-00042).</source>
        <translation>“%1” is not a customer code (CUST-00042).</translation>
    </message>
    <message>
        <source>The same address as line %1.</source>
        <translation>The same address as line %1.</translation>
    </message>
    <message>
        <source>The campaign needs a name.</source>
        <translation>The campaign needs a name.</translation>
    </message>
    <message>
        <source>The campaign&apos;s name is longer than 200 characters.</source>
        <translation>The campaign&apos;s name is longer than 200 characters.</translation>
    </message>
    <message>
        <source>The campaign needs a French and an English message.</source>
        <translation>The campaign needs a French and an English message.</translation>
    </message>
    <message>
        <source>An e-mail campaign needs a French and an English subject.</source>
        <translation>An e-mail campaign needs a French and an English subject.</translation>
    </message>
    <message>
        <source>An SMS has no subject: remove the subjects or choose e-mail.</source>
        <translation>An SMS has no subject: remove the subjects or choose e-mail.</translation>
    </message>
    <message>
        <source>A subject is one line of at most 200 characters.</source>
        <translation>A subject is one line of at most 200 characters.</translation>
    </message>
    <message>
        <source>French subject</source>
        <translation>French subject</translation>
    </message>
    <message>
        <source>English subject</source>
        <translation>English subject</translation>
    </message>
    <message>
        <source>French template</source>
        <translation>French template</translation>
    </message>
    <message>
        <source>English template</source>
        <translation>English template</translation>
    </message>
    <message>
        <source>A commercial message must name its sender: set the company name in the billing settings.</source>
        <translation>A commercial message must name its sender: set the company name in the billing settings.</translation>
    </message>
    <message>
        <source>A commercial e-mail must give the sender&apos;s mailing address: set it in the billing settings.</source>
        <translation>A commercial e-mail must give the sender&apos;s mailing address: set it in the billing settings.</translation>
    </message>
    <message>
        <source>A commercial e-mail must give a way to reach the sender: set a phone number or an e-mail address in the billing settings.</source>
        <translation>A commercial e-mail must give a way to reach the sender: set a phone number or an e-mail address in the billing settings.</translation>
    </message>
    <message>
        <source>A commercial e-mail needs an unsubscribe page: set TARGO_CAMPAIGN_UNSUBSCRIBE_URL or the campaigns&apos; unsubscribe page in the settings.</source>
        <translation>A commercial e-mail needs an unsubscribe page: set TARGO_CAMPAIGN_UNSUBSCRIBE_URL or the campaigns&apos; unsubscribe page in the settings.</translation>
    </message>
    <message>
        <source>The unsubscribe page “%1” is not an http(s) address.</source>
        <translation>The unsubscribe page “%1” is not an http(s) address.</translation>
    </message>
    <message>
        <source>The recipient %1 has no unsubscribe token.</source>
        <translation>The recipient %1 has no unsubscribe token.</translation>
    </message>
    <message>
        <source>No free campaign code was found; try again.</source>
        <translation>No free campaign code was found; try again.</translation>
    </message>
    <message>
        <source>No customer has the code %1.</source>
        <translation>No customer has the code %1.</translation>
    </message>
    <message>
        <source>The campaign %1 is %2: no recipient can be added.</source>
        <translation>The campaign %1 is %2: no recipient can be added.</translation>
    </message>
    <message>
        <source>%1 is already a recipient of %2.</source>
        <translation>%1 is already a recipient of %2.</translation>
    </message>
    <message>
        <source>Segment “%1”: %2</source>
        <translation>Segment “%1”: %2</translation>
    </message>
    <message>
        <source>each value must be text.</source>
        <translation>each value must be text.</translation>
    </message>
    <message>
        <source>a value is empty.</source>
        <translation>a value is empty.</translation>
    </message>
    <message>
        <source>a value is longer than %1 characters.</source>
        <translation>a value is longer than %1 characters.</translation>
    </message>
    <message>
        <source>a value contains control characters.</source>
        <translation>a value contains control characters.</translation>
    </message>
    <message>
        <source>expected a list of texts.</source>
        <translation>expected a list of texts.</translation>
    </message>
    <message>
        <source>the list is empty (remove the key instead).</source>
        <translation>the list is empty (remove the key instead).</translation>
    </message>
    <message>
        <source>more than %1 values.</source>
        <translation>more than %1 values.</translation>
    </message>
    <message>
        <source>“%1” is not one of %2.</source>
        <translation>“%1” is not one of %2.</translation>
    </message>
    <message>
        <source>expected true or false.</source>
        <translation>expected true or false.</translation>
    </message>
    <message>
        <source>the filter is too large.</source>
        <translation>the filter is too large.</translation>
    </message>
    <message>
        <source>The segment is not a JSON object: %1 (at character %2).</source>
        <translation>The segment is not a JSON object: %1 (at character %2).</translation>
    </message>
    <message>
        <source>expected {…}</source>
        <translation>expected {…}</translation>
    </message>
    <message>
        <source>Unknown segment key “%1”. The keys are: %2.</source>
        <translation>Unknown segment key “%1”. The keys are: %2.</translation>
    </message>
    <message>
        <source>expected a list of {&quot;olt&quot;: …, &quot;port&quot;: …} (1 to %1).</source>
        <translation>expected a list of {&quot;olt&quot;: …, &quot;port&quot;: …} (1 to %1).</translation>
    </message>
    <message>
        <source>each port is {&quot;olt&quot;: &quot;OLT-…&quot;, &quot;port&quot;: &quot;1/1/3&quot;}.</source>
        <translation>each port is {&quot;olt&quot;: &quot;OLT-…&quot;, &quot;port&quot;: &quot;1/1/3&quot;}.</translation>
    </message>
    <message>
        <source>expected a whole number of cents.</source>
        <translation>expected a whole number of cents.</translation>
    </message>
    <message>
        <source>expected &quot;fr&quot; or &quot;en&quot;.</source>
        <translation>expected &quot;fr&quot; or &quot;en&quot;.</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, line %2, column %3: %4</translation>
    </message>
    <message>
        <source>a “}” without its “{” (write }} for a brace)</source>
        <translation>a “}” without its “{” (write }} for a brace)</translation>
    </message>
    <message>
        <source>a “{” that does not close (write {{ for a brace)</source>
        <translation>a “{” that does not close (write {{ for a brace)</translation>
    </message>
    <message>
        <source>unknown variable “{%1}”; the variables are: %2</source>
        <translation>unknown variable “{%1}”; the variables are: %2</translation>
    </message>
    <message>
        <source>Segment “region”: no region is named %1.</source>
        <translation>Segment “region”: no region is named %1.</translation>
    </message>
    <message>
        <source>Segment “plan”: no plan or product has the code %1.</source>
        <translation>Segment “plan”: no plan or product has the code %1.</translation>
    </message>
    <message>
        <source>“%1” is not a customer code (CUST-…).</source>
        <translation>“%1” is not a customer code (CUST-…).</translation>
    </message>
</context>
<context>
    <name>ops::campaigns::CampaignRenderer</name>
    <message>
        <source>%1 is not a recipient of %2.</source>
        <translation>%1 is not a recipient of %2.</translation>
    </message>
</context>
<context>
    <name>ops::campaigns::CampaignReport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Error code</translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation>Message ID</translation>
    </message>
    <message>
        <source>Queued at</source>
        <translation>Queued at</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>Sent at</translation>
    </message>
</context>
<context>
    <name>ops::campaigns::CampaignSender</name>
    <message>
        <source>[Test] %1</source>
        <translation>[Test] %1</translation>
    </message>
</context>
<context>
    <name>ops::campaigns::CampaignUiService</name>
    <message>
        <source>Choose the recipients: a segment or a CSV file.</source>
        <translation>Choose the recipients: a segment or a CSV file.</translation>
    </message>
    <message>
        <source>Your staff account has no e-mail address: type the address to send the test to.</source>
        <translation>Your staff account has no e-mail address: type the address to send the test to.</translation>
    </message>
</context>
<context>
    <name>ops::campaigns::InboundRepository</name>
    <message>
        <source>SMS from %1</source>
        <translation>SMS from %1</translation>
    </message>
</context>
<context>
    <name>ops::catalogue</name>
    <message>
        <source>Another item already has this SKU.</source>
        <translation>Another item already has this SKU.</translation>
    </message>
    <message>
        <source>Your role may not change the catalogue.</source>
        <translation>Your role may not change the catalogue.</translation>
    </message>
    <message>
        <source>This item no longer exists.</source>
        <translation>This item no longer exists.</translation>
    </message>
    <message>
        <source>Someone else changed this item meanwhile. Close the editor and open it again.</source>
        <translation>Someone else changed this item meanwhile. Close the editor and open it again.</translation>
    </message>
    <message>
        <source>Enter the French name.</source>
        <translation>Enter the French name.</translation>
    </message>
    <message>
        <source>Enter the English name.</source>
        <translation>Enter the English name.</translation>
    </message>
    <message>
        <source>A name has at most 200 characters.</source>
        <translation>A name has at most 200 characters.</translation>
    </message>
    <message>
        <source>The SKU is 2 to 32 capital letters and digits, in groups joined by dashes (INT-500).</source>
        <translation>The SKU is 2 to 32 capital letters and digits, in groups joined by dashes (INT-500).</translation>
    </message>
    <message>
        <source>Choose a kind.</source>
        <translation>Choose a kind.</translation>
    </message>
    <message>
        <source>A speed is more than 0 Mbit/s (or left empty).</source>
        <translation>A speed is more than 0 Mbit/s (or left empty).</translation>
    </message>
    <message>
        <source>The OLT profile has at most 100 characters.</source>
        <translation>The OLT profile has at most 100 characters.</translation>
    </message>
    <message>
        <source>The price is between -10 000.00 $ and 100 000.00 $.</source>
        <translation>The price is between -10 000.00 $ and 100 000.00 $.</translation>
    </message>
    <message>
        <source>Only a discount has a negative price.</source>
        <translation>Only a discount has a negative price.</translation>
    </message>
</context>
<context>
    <name>ops::cpe</name>
    <message>
        <source>GenieACS knows no device with serial %1.</source>
        <translation>GenieACS knows no device with serial %1.</translation>
    </message>
    <message numerus="yes">
        <source>CPE sync cancelled after %n device(s); the next sync goes on from the same point.</source>
        <translation>
            <numerusform>CPE sync cancelled after %n device(s); the next sync goes on from the same point.</numerusform>
            <numerusform>CPE sync cancelled after %n device(s); the next sync goes on from the same point.</numerusform>
        </translation>
    </message>
    <message>
        <source>A Wi-Fi network name has 1 to 32 bytes (accented letters count twice) and no control characters.</source>
        <translation>A Wi-Fi network name has 1 to 32 bytes (accented letters count twice) and no control characters.</translation>
    </message>
    <message>
        <source>A Wi-Fi password has 8 to 63 characters: unaccented letters, digits, spaces and punctuation.</source>
        <translation>A Wi-Fi password has 8 to 63 characters: unaccented letters, digits, spaces and punctuation.</translation>
    </message>
    <message>
        <source>Write the port as OLT:PORT, for example OLT-SJR-01:1/1/3.</source>
        <translation>Write the port as OLT:PORT, for example OLT-SJR-01:1/1/3.</translation>
    </message>
    <message>
        <source>Port %1 %2 is not flagged: %3 of its %4 normally online location(s) are silent (%5 %). Use --force to open an outage anyway.</source>
        <translation>Port %1 %2 is not flagged: %3 of its %4 normally online location(s) are silent (%5 %). Use --force to open an outage anyway.</translation>
    </message>
    <message>
        <source>No location with a synced CPE is on port %1 %2. Check the OLT name and port.</source>
        <translation>No location with a synced CPE is on port %1 %2. Check the OLT name and port.</translation>
    </message>
    <message>
        <source>Outage on %1 port %2</source>
        <translation>Outage on %1 port %2</translation>
    </message>
    <message>
        <source>Outage %1 %2 (#%3)</source>
        <translation>Outage %1 %2 (#%3)</translation>
    </message>
    <message>
        <source>Write the recovery message (1 to 2,000 characters).</source>
        <translation>Write the recovery message (1 to 2,000 characters).</translation>
    </message>
    <message>
        <source>Port %1 %2 has no open outage.</source>
        <translation>Port %1 %2 has no open outage.</translation>
    </message>
    <message>
        <source>Service restored %1 %2 (#%3)</source>
        <translation>Service restored %1 %2 (#%3)</translation>
    </message>
    <message>
        <source>The task was not sent (outbox item %1).</source>
        <translation>The task was not sent (outbox item %1).</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>Reboot</translation>
    </message>
    <message>
        <source>Factory reset</source>
        <translation>Factory reset</translation>
    </message>
    <message>
        <source>Wi-Fi change</source>
        <translation>Wi-Fi change</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow a factory reset: ask an administrator.</source>
        <translation>Your role (%1) does not allow a factory reset: ask an administrator.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow acting on a customer&apos;s device.</source>
        <translation>Your role (%1) does not allow acting on a customer&apos;s device.</translation>
    </message>
    <message>
        <source>GenieACS is not configured on this workstation: set its address in Settings → Integrations to act on devices.</source>
        <translation>GenieACS is not configured on this workstation: set its address in Settings → Integrations to act on devices.</translation>
    </message>
    <message>
        <source>GenieACS knows no device %1 any more: refresh the equipment&apos;s GenieACS id, or sync the CPEs again.</source>
        <translation>GenieACS knows no device %1 any more: refresh the equipment&apos;s GenieACS id, or sync the CPEs again.</translation>
    </message>
    <message>
        <source>This equipment has no GenieACS device: nothing can be sent.</source>
        <translation>This equipment has no GenieACS device: nothing can be sent.</translation>
    </message>
</context>
<context>
    <name>ops::csv</name>
    <message>
        <source>No output for the CSV export.</source>
        <translation>No output for the CSV export.</translation>
    </message>
    <message>
        <source>Could not write the CSV file: %1</source>
        <translation>Could not write the CSV file: %1</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>Could not create %1: %2</translation>
    </message>
    <message>
        <source>The CSV file is not open.</source>
        <translation>The CSV file is not open.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Could not save %1: %2</translation>
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
    <message>
        <source>Required.</source>
        <translation>Required.</translation>
    </message>
    <message>
        <source>Too long: %1 characters, at most %2.</source>
        <translation>Too long: %1 characters, at most %2.</translation>
    </message>
    <message>
        <source>Contains control characters that cannot be stored.</source>
        <translation>Contains control characters that cannot be stored.</translation>
    </message>
    <message>
        <source>Choose a value from the list.</source>
        <translation>Choose a value from the list.</translation>
    </message>
    <message>
        <source>Not a Canadian postal code. Expected a letter-digit pattern such as H2X 1Y4.</source>
        <translation>Not a Canadian postal code. Expected a letter-digit pattern such as H2X 1Y4.</translation>
    </message>
    <message>
        <source>Not a valid e-mail address. Expected a form such as name@example.ca.</source>
        <translation>Not a valid e-mail address. Expected a form such as name@example.ca.</translation>
    </message>
    <message>
        <source>Not a MAC address. Enter 12 hexadecimal digits, e.g. AA:BB:CC:DD:EE:FF.</source>
        <translation>Not a MAC address. Enter 12 hexadecimal digits, e.g. AA:BB:CC:DD:EE:FF.</translation>
    </message>
    <message>
        <source>A serial number has 4 to 40 letters, digits or dashes, without spaces.</source>
        <translation>A serial number has 4 to 40 letters, digits or dashes, without spaces.</translation>
    </message>
    <message>
        <source>Not an amount. Enter a price such as 69,95.</source>
        <translation>Not an amount. Enter a price such as 69,95.</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>A price cannot be negative.</translation>
    </message>
    <message>
        <source>A price is at most %1.</source>
        <translation>A price is at most %1.</translation>
    </message>
    <message>
        <source>Not a coordinate. Use decimal degrees, e.g. 45,5017.</source>
        <translation>Not a coordinate. Use decimal degrees, e.g. 45,5017.</translation>
    </message>
    <message>
        <source>Consent needs an e-mail address or a phone number.</source>
        <translation>Consent needs an e-mail address or a phone number.</translation>
    </message>
    <message>
        <source>Enter both latitude and longitude, or neither.</source>
        <translation>Enter both latitude and longitude, or neither.</translation>
    </message>
    <message>
        <source>A latitude goes from -90 to 90 degrees.</source>
        <translation>A latitude goes from -90 to 90 degrees.</translation>
    </message>
    <message>
        <source>A longitude goes from -180 to 180 degrees.</source>
        <translation>A longitude goes from -180 to 180 degrees.</translation>
    </message>
    <message>
        <source>This point is outside Quebec. Check the signs: longitudes here are negative (e.g. -73,57).</source>
        <translation>This point is outside Quebec. Check the signs: longitudes here are negative (e.g. -73,57).</translation>
    </message>
    <message>
        <source>Installed equipment needs a service location.</source>
        <translation>Installed equipment needs a service location.</translation>
    </message>
    <message>
        <source>Choose a plan.</source>
        <translation>Choose a plan.</translation>
    </message>
    <message>
        <source>The quantity goes from 1 to 1000.</source>
        <translation>The quantity goes from 1 to 1000.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <source>This record no longer exists. It may have been deleted.</source>
        <translation>This record no longer exists. It may have been deleted.</translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation>Some fields need attention.</translation>
    </message>
    <message>
        <source>%1 changed this record at %2 while you were editing it.</source>
        <translation>%1 changed this record at %2 while you were editing it.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Someone else</translation>
    </message>
    <message>
        <source>This value is already used by another record.</source>
        <translation>This value is already used by another record.</translation>
    </message>
    <message>
        <source>This choice no longer exists.</source>
        <translation>This choice no longer exists.</translation>
    </message>
    <message>
        <source>Not in the expected format.</source>
        <translation>Not in the expected format.</translation>
    </message>
    <message>
        <source>This location belongs to another customer.</source>
        <translation>This location belongs to another customer.</translation>
    </message>
    <message>
        <source>Letters, digits and . _ @ - only, at most 64 characters, no spaces.</source>
        <translation>Letters, digits and . _ @ - only, at most 64 characters, no spaces.</translation>
    </message>
    <message>
        <source>From 1 to 128 characters, without control characters.</source>
        <translation>From 1 to 128 characters, without control characters.</translation>
    </message>
    <message>
        <source>A RADIUS password needs a RADIUS user.</source>
        <translation>A RADIUS password needs a RADIUS user.</translation>
    </message>
    <message>
        <source>The server has no key for RADIUS passwords (targo-radius.key). Ask an administrator.</source>
        <translation>The server has no key for RADIUS passwords (targo-radius.key). Ask an administrator.</translation>
    </message>
    <message>
        <source>Not an IP address. Use the form 10.20.30.40 (IPv4) or 2001:db8::1 (IPv6).</source>
        <translation>Not an IP address. Use the form 10.20.30.40 (IPv4) or 2001:db8::1 (IPv6).</translation>
    </message>
    <message>
        <source>A VLAN is a whole number from 1 to 4094.</source>
        <translation>A VLAN is a whole number from 1 to 4094.</translation>
    </message>
    <message>
        <source>Already used by device %1 (serial %2).</source>
        <translation>Already used by device %1 (serial %2).</translation>
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
    <message>
        <source>Targo Ops sent the database a request it could not understand (an internal error). It has been logged; please report it.</source>
        <translation>Targo Ops sent the database a request it could not understand (an internal error). It has been logged; please report it.</translation>
    </message>
    <message>
        <source>The database server&apos;s certificate is not valid for the server name in the connection settings. Check the name (it must be the one in the certificate).</source>
        <translation>The database server&apos;s certificate is not valid for the server name in the connection settings. Check the name (it must be the one in the certificate).</translation>
    </message>
    <message>
        <source>The database server&apos;s certificate is not signed by the expected certificate authority. Check the CA file in the connection settings.</source>
        <translation>The database server&apos;s certificate is not signed by the expected certificate authority. Check the CA file in the connection settings.</translation>
    </message>
    <message>
        <source>The certificate authority (CA) file named in the connection settings was not found.</source>
        <translation>The certificate authority (CA) file named in the connection settings was not found.</translation>
    </message>
    <message>
        <source>The database server accepts only secure (TLS) connections. Turn TLS on in the connection settings.</source>
        <translation>The database server accepts only secure (TLS) connections. Turn TLS on in the connection settings.</translation>
    </message>
    <message>
        <source>The database server&apos;s access rules do not allow this connection (this computer, user or database).</source>
        <translation>The database server&apos;s access rules do not allow this connection (this computer, user or database).</translation>
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
        <source>payments</source>
        <translation>payments</translation>
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
        <source>dispatch jobs</source>
        <translation>dispatch jobs</translation>
    </message>
    <message>
        <source>the audit log</source>
        <translation>the audit log</translation>
    </message>
    <message>
        <source>the outbox</source>
        <translation>the outbox</translation>
    </message>
    <message>
        <source>staff accounts</source>
        <translation>staff accounts</translation>
    </message>
    <message>
        <source>campaigns</source>
        <translation>campaigns</translation>
    </message>
    <message>
        <source>RADIUS passwords</source>
        <translation>RADIUS passwords</translation>
    </message>
    <message>
        <source>Your role does not allow this operation.</source>
        <translation>Your role does not allow this operation.</translation>
    </message>
    <message>
        <source>Your role does not allow this operation on %1.</source>
        <translation>Your role does not allow this operation on %1.</translation>
    </message>
    <message>
        <source>The password could not be prepared for the database.</source>
        <translation>The password could not be prepared for the database.</translation>
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
    <name>ops::dispatch</name>
    <message>
        <source>This job no longer exists.</source>
        <translation>This job no longer exists.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Someone else</translation>
    </message>
    <message>
        <source>a moment ago</source>
        <translation>a moment ago</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>at %1</translation>
    </message>
    <message>
        <source>%1 put %2 back in the queue %3.</source>
        <translation>%1 put %2 back in the queue %3.</translation>
    </message>
    <message>
        <source>%1 moved %2 to %3 (%4) %5.</source>
        <translation>%1 moved %2 to %3 (%4) %5.</translation>
    </message>
    <message>
        <source>%1 changed %2 %3 (now: %4).</source>
        <translation>%1 changed %2 %3 (now: %4).</translation>
    </message>
    <message>
        <source>This technician no longer exists or is inactive.</source>
        <translation>This technician no longer exists or is inactive.</translation>
    </message>
    <message>
        <source>The board shows one to 31 days.</source>
        <translation>The board shows one to 31 days.</translation>
    </message>
    <message>
        <source>Give a start time.</source>
        <translation>Give a start time.</translation>
    </message>
    <message>
        <source>The duration goes from 5 minutes to 24 hours.</source>
        <translation>The duration goes from 5 minutes to 24 hours.</translation>
    </message>
    <message>
        <source>%1 is %2: it can no longer be moved.</source>
        <translation>%1 is %2: it can no longer be moved.</translation>
    </message>
    <message>
        <source>Place %1 on the timeline before adding a crew member.</source>
        <translation>Place %1 on the timeline before adding a crew member.</translation>
    </message>
    <message>
        <source>This technician is already on %1.</source>
        <translation>This technician is already on %1.</translation>
    </message>
    <message>
        <source>%1 is pinned: unpin it before moving it.</source>
        <translation>%1 is pinned: unpin it before moving it.</translation>
    </message>
    <message>
        <source>%1 is already in the queue.</source>
        <translation>%1 is already in the queue.</translation>
    </message>
    <message>
        <source>%1 is %2: it can no longer go back to the queue.</source>
        <translation>%1 is %2: it can no longer go back to the queue.</translation>
    </message>
    <message>
        <source>This technician is not a crew member of %1.</source>
        <translation>This technician is not a crew member of %1.</translation>
    </message>
    <message>
        <source>Place %1 on the timeline before pinning it.</source>
        <translation>Place %1 on the timeline before pinning it.</translation>
    </message>
    <message>
        <source>The reason is too long (at most %1 characters).</source>
        <translation>The reason is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>Give the reason for cancelling this job.</source>
        <translation>Give the reason for cancelling this job.</translation>
    </message>
    <message>
        <source>%1 cannot go from “%2” to “%3”.</source>
        <translation>%1 cannot go from “%2” to “%3”.</translation>
    </message>
    <message>
        <source>This job or technician is no longer on the board.</source>
        <translation>This job or technician is no longer on the board.</translation>
    </message>
    <message>
        <source>%1 has no time yet: place it on the timeline first.</source>
        <translation>%1 has no time yet: place it on the timeline first.</translation>
    </message>
    <message>
        <source>%1 requires %2 %3; %4 does not have %2.</source>
        <translation>%1 requires %2 %3; %4 does not have %2.</translation>
    </message>
    <message>
        <source>%1 requires %2 %3; %4 is %2 %5.</source>
        <translation>%1 requires %2 %3; %4 is %2 %5.</translation>
    </message>
    <message>
        <source>%1 is in %2, outside %3&apos;s regions.</source>
        <translation>%1 is in %2, outside %3&apos;s regions.</translation>
    </message>
    <message>
        <source>%1 does not work on %2.</source>
        <translation>%1 does not work on %2.</translation>
    </message>
    <message>
        <source>%1–%2 is outside %3&apos;s shift (%4).</source>
        <translation>%1–%2 is outside %3&apos;s shift (%4).</translation>
    </message>
    <message>
        <source>%1 is absent (%2) at that time.</source>
        <translation>%1 is absent (%2) at that time.</translation>
    </message>
    <message>
        <source>Overlaps %1 (%2–%3) on %4&apos;s row.</source>
        <translation>Overlaps %1 (%2–%3) on %4&apos;s row.</translation>
    </message>
    <message>
        <source>The customer&apos;s window for %1 (%2) has passed: confirm the new time with the customer.</source>
        <translation>The customer&apos;s window for %1 (%2) has passed: confirm the new time with the customer.</translation>
    </message>
    <message>
        <source>The customer&apos;s window for %1 is %2–%3.</source>
        <translation>The customer&apos;s window for %1 is %2–%3.</translation>
    </message>
    <message>
        <source>About %1 min of travel from the previous job: %2 would arrive at %3, after %4.</source>
        <translation>About %1 min of travel from the previous job: %2 would arrive at %3, after %4.</translation>
    </message>
    <message>
        <source>The next job, %1 at %2, would start late: about %3 min of travel, arrival at %4.</source>
        <translation>The next job, %1 at %2, would start late: about %3 min of travel, arrival at %4.</translation>
    </message>
    <message>
        <source>Unscheduled</source>
        <comment>job status</comment>
        <translation>Unscheduled</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <comment>job status</comment>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <comment>job status</comment>
        <translation>Dispatched</translation>
    </message>
    <message>
        <source>En route</source>
        <comment>job status</comment>
        <translation>En route</translation>
    </message>
    <message>
        <source>On site</source>
        <comment>job status</comment>
        <translation>On site</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>job status</comment>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>job status</comment>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Installation</source>
        <comment>job type</comment>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Repair</source>
        <comment>job type</comment>
        <translation>Repair</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <comment>job type</comment>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Removal</source>
        <comment>job type</comment>
        <translation>Removal</translation>
    </message>
    <message>
        <source>Survey</source>
        <comment>job type</comment>
        <translation>Survey</translation>
    </message>
    <message>
        <source>Vacation</source>
        <comment>absence</comment>
        <translation>Vacation</translation>
    </message>
    <message>
        <source>Sick</source>
        <comment>absence</comment>
        <translation>Sick</translation>
    </message>
    <message>
        <source>Training</source>
        <comment>absence</comment>
        <translation>Training</translation>
    </message>
    <message>
        <source>Absent</source>
        <comment>absence</comment>
        <translation>Absent</translation>
    </message>
    <message>
        <source>ETA %1 is after the end of the customer&apos;s window (%2).</source>
        <translation>ETA %1 is after the end of the customer&apos;s window (%2).</translation>
    </message>
    <message numerus="yes">
        <source>ETA %1 is %n minute(s) later than the ETA the customer was given (%2).</source>
        <translation>
            <numerusform>ETA %1 is %n minute later than the ETA the customer was given (%2).</numerusform>
            <numerusform>ETA %1 is %n minutes later than the ETA the customer was given (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>SMS is not set up: Twilio needs its account SID and a sending number in the integration settings.</source>
        <translation>SMS is not set up: Twilio needs its account SID and a sending number in the integration settings.</translation>
    </message>
    <message>
        <source>No job %1.</source>
        <translation>No job %1.</translation>
    </message>
    <message>
        <source>%1 has no technician assigned: there is no ETA to give.</source>
        <translation>%1 has no technician assigned: there is no ETA to give.</translation>
    </message>
    <message>
        <source>No position is known for %1 (%2): check that the technician&apos;s Traccar tracker is on and linked.</source>
        <translation>No position is known for %1 (%2): check that the technician&apos;s Traccar tracker is on and linked.</translation>
    </message>
    <message>
        <source>The location of %1 has no coordinates (%2): the ETA cannot be computed. Geocode the address first.</source>
        <translation>The location of %1 has no coordinates (%2): the ETA cannot be computed. Geocode the address first.</translation>
    </message>
    <message>
        <source>%1 is not en route (it is “%2”): the “on my way” SMS is sent once the technician is on the way.</source>
        <translation>%1 is not en route (it is “%2”): the “on my way” SMS is sent once the technician is on the way.</translation>
    </message>
    <message>
        <source>%1 has no mobile number on file: the SMS cannot be sent. Add one in the customer&apos;s file, or call the customer.</source>
        <translation>%1 has no mobile number on file: the SMS cannot be sent. Add one in the customer&apos;s file, or call the customer.</translation>
    </message>
    <message>
        <source>%1 changed since it was shown (version %2, now %3): look at it again before sending the SMS.</source>
        <translation>%1 changed since it was shown (version %2, now %3): look at it again before sending the SMS.</translation>
    </message>
    <message>
        <source>Staff #%1</source>
        <translation>Staff #%1</translation>
    </message>
    <message>
        <source>Another workstation</source>
        <translation>Another workstation</translation>
    </message>
    <message>
        <source>No technician has the required skills at the required levels.</source>
        <translation>No technician has the required skills at the required levels.</translation>
    </message>
    <message>
        <source>No qualified technician covers this job&apos;s region.</source>
        <translation>No qualified technician covers this job&apos;s region.</translation>
    </message>
    <message>
        <source>The qualified technicians do not work that day or are absent.</source>
        <translation>The qualified technicians do not work that day or are absent.</translation>
    </message>
    <message>
        <source>The qualified technicians&apos; days are full, or the customer&apos;s window cannot be reached in time.</source>
        <translation>The qualified technicians&apos; days are full, or the customer&apos;s window cannot be reached in time.</translation>
    </message>
    <message>
        <source>Not enough qualified technicians are free at the same time for the crew.</source>
        <translation>Not enough qualified technicians are free at the same time for the crew.</translation>
    </message>
    <message>
        <source>Over every route&apos;s capacity.</source>
        <translation>Over every route&apos;s capacity.</translation>
    </message>
    <message>
        <source>%1 has no time in the plan.</source>
        <translation>%1 has no time in the plan.</translation>
    </message>
    <message>
        <source>The plan changes the same job twice.</source>
        <translation>The plan changes the same job twice.</translation>
    </message>
    <message>
        <source>The board changed since the plan was made (%1): nothing was written; plan again.</source>
        <translation>The board changed since the plan was made (%1): nothing was written; plan again.</translation>
    </message>
    <message>
        <source>This job is no longer on the board.</source>
        <translation>This job is no longer on the board.</translation>
    </message>
    <message>
        <source>“Rest of today” plans today only.</source>
        <translation>“Rest of today” plans today only.</translation>
    </message>
    <message>
        <source>The routing service sent an answer this version cannot read. Check its address in Settings: it must be the root of an OSRM server (for example https://osrm.example.com).</source>
        <translation>The routing service sent an answer this version cannot read. Check its address in Settings: it must be the root of an OSRM server (for example https://osrm.example.com).</translation>
    </message>
    <message>
        <source>The routing service answered for %1 points instead of %2. Check that its address in Settings is an OSRM server, then try again.</source>
        <translation>The routing service answered for %1 points instead of %2. Check that its address in Settings is an OSRM server, then try again.</translation>
    </message>
    <message>
        <source>The routing service found no road between two of the points (%1 and %2). Check the addresses of the jobs and technicians, or the map data of the routing server.</source>
        <translation>The routing service found no road between two of the points (%1 and %2). Check the addresses of the jobs and technicians, or the map data of the routing server.</translation>
    </message>
    <message>
        <source>The routing service refused the table: %1.</source>
        <translation>The routing service refused the table: %1.</translation>
    </message>
    <message>
        <source>The connection to the routing service was cut during its answer. Check the network connection, then try again.</source>
        <translation>The connection to the routing service was cut during its answer. Check the network connection, then try again.</translation>
    </message>
    <message>
        <source>The routing service refuses tables this large. Raise its --max-table-size, or plan fewer jobs at once.</source>
        <translation>The routing service refuses tables this large. Raise its --max-table-size, or plan fewer jobs at once.</translation>
    </message>
    <message>
        <source>The routing service refused the request (%1). Check the coordinates of the jobs and technicians.</source>
        <translation>The routing service refused the request (%1). Check the coordinates of the jobs and technicians.</translation>
    </message>
    <message>
        <source>The routing service refused access (HTTP %1). Check its address and credentials in Settings.</source>
        <translation>The routing service refused access (HTTP %1). Check its address and credentials in Settings.</translation>
    </message>
    <message>
        <source>The routing service does not know this address (HTTP 404). Check its address in Settings (the server root) and the profile.</source>
        <translation>The routing service does not know this address (HTTP 404). Check its address in Settings (the server root) and the profile.</translation>
    </message>
    <message>
        <source>The routing service is busy or unavailable (HTTP %1). Try again in a few minutes; meanwhile travel is estimated from straight-line distances.</source>
        <translation>The routing service is busy or unavailable (HTTP %1). Try again in a few minutes; meanwhile travel is estimated from straight-line distances.</translation>
    </message>
    <message>
        <source>The routing service&apos;s certificate could not be verified. Check its address, or its CA file, in Settings.</source>
        <translation>The routing service&apos;s certificate could not be verified. Check its address, or its CA file, in Settings.</translation>
    </message>
    <message>
        <source>The routing service did not answer in time. Try again in a few minutes.</source>
        <translation>The routing service did not answer in time. Try again in a few minutes.</translation>
    </message>
    <message>
        <source>Cannot reach the routing service. Check its address in Settings and that the server is running.</source>
        <translation>Cannot reach the routing service. Check its address in Settings and that the server is running.</translation>
    </message>
    <message>
        <source>A point has invalid coordinates (%1, %2). Check the address&apos;s position.</source>
        <translation>A point has invalid coordinates (%1, %2). Check the address&apos;s position.</translation>
    </message>
    <message>
        <source>The routing server did not answer (%1); travel times are straight-line estimates.</source>
        <translation>The routing server did not answer (%1); travel times are straight-line estimates.</translation>
    </message>
    <message>
        <source>Travel: choose the travel matrix file.</source>
        <translation>Travel: choose the travel matrix file.</translation>
    </message>
    <message>
        <source>Travel: the matrix file %1 cannot be read.</source>
        <translation>Travel: the matrix file %1 cannot be read.</translation>
    </message>
    <message>
        <source>Travel: the matrix&apos;s places file %1 (one “latitude longitude” per line, in the matrix&apos;s order) cannot be read.</source>
        <translation>Travel: the matrix&apos;s places file %1 (one “latitude longitude” per line, in the matrix&apos;s order) cannot be read.</translation>
    </message>
    <message>
        <source>its places file %1 cannot be read</source>
        <translation>its places file %1 cannot be read</translation>
    </message>
    <message>
        <source>line %1 of its places file is not “lat lon”</source>
        <translation>line %1 of its places file is not “lat lon”</translation>
    </message>
    <message>
        <source>its places file lists %1 places for a matrix of %2</source>
        <translation>its places file lists %1 places for a matrix of %2</translation>
    </message>
    <message>
        <source>it has no travel for %1 of the plan&apos;s %2 places</source>
        <translation>it has no travel for %1 of the plan&apos;s %2 places</translation>
    </message>
    <message>
        <source>The travel matrix file could not be used (%1); travel times are straight-line estimates.</source>
        <translation>The travel matrix file could not be used (%1); travel times are straight-line estimates.</translation>
    </message>
    <message>
        <source>No routing server is set up (Settings, Integrations, Routing server (OSRM)); travel times are straight-line estimates.</source>
        <translation>No routing server is set up (Settings, Integrations, Routing server (OSRM)); travel times are straight-line estimates.</translation>
    </message>
    <message>
        <source>an answer for %1 places of %2</source>
        <translation>an answer for %1 places of %2</translation>
    </message>
    <message>
        <source>no answer yet after %1 s</source>
        <translation>no answer yet after %1 s</translation>
    </message>
</context>
<context>
    <name>ops::dispatch::JobDetail</name>
    <message>
        <source>This job no longer exists.</source>
        <translation>This job no longer exists.</translation>
    </message>
    <message>
        <source>%1 is too large: %2 MB, at most %3 MB.</source>
        <translation>%1 is too large: %2 MB, at most %3 MB.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 is empty.</translation>
    </message>
    <message>
        <source>%1 is a damaged or incomplete PNG image.</source>
        <translation>%1 is a damaged or incomplete PNG image.</translation>
    </message>
    <message>
        <source>%1 is a damaged or incomplete JPEG image.</source>
        <translation>%1 is a damaged or incomplete JPEG image.</translation>
    </message>
    <message>
        <source>%1 is not a JPEG or PNG image.</source>
        <translation>%1 is not a JPEG or PNG image.</translation>
    </message>
    <message>
        <source>This job changed in the meantime.</source>
        <translation>This job changed in the meantime.</translation>
    </message>
    <message>
        <source>%1 changed %2 at %3; this is the job as it is now.</source>
        <translation>%1 changed %2 at %3; this is the job as it is now.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else a moment ago; this is the job as it is now.</source>
        <translation>%1 was changed by someone else a moment ago; this is the job as it is now.</translation>
    </message>
    <message>
        <source>The quantity goes from 1 to %1.</source>
        <translation>The quantity goes from 1 to %1.</translation>
    </message>
    <message>
        <source>This item is not in the catalogue or is no longer offered.</source>
        <translation>This item is not in the catalogue or is no longer offered.</translation>
    </message>
    <message>
        <source>This material is no longer on the job.</source>
        <translation>This material is no longer on the job.</translation>
    </message>
    <message>
        <source>This checklist item does not exist.</source>
        <translation>This checklist item does not exist.</translation>
    </message>
    <message>
        <source>The notes are too long (at most %1 characters).</source>
        <translation>The notes are too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>The notes contain a NUL character, which cannot be stored.</source>
        <translation>The notes contain a NUL character, which cannot be stored.</translation>
    </message>
    <message>
        <source>No photo to import.</source>
        <translation>No photo to import.</translation>
    </message>
    <message>
        <source>At most %1 photos at a time.</source>
        <translation>At most %1 photos at a time.</translation>
    </message>
    <message>
        <source>This photo no longer exists.</source>
        <translation>This photo no longer exists.</translation>
    </message>
    <message>
        <source>This technician no longer exists.</source>
        <translation>This technician no longer exists.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
</context>
<context>
    <name>ops::dispatch::RegionRules</name>
    <message>
        <source>There is already a rule for %1.</source>
        <translation>There is already a rule for %1.</translation>
    </message>
    <message>
        <source>That region no longer exists.</source>
        <translation>That region no longer exists.</translation>
    </message>
    <message>
        <source>Choose the region.</source>
        <translation>Choose the region.</translation>
    </message>
    <message>
        <source>A rule names either a city or the start of a postal code.</source>
        <translation>A rule names either a city or the start of a postal code.</translation>
    </message>
    <message>
        <source>“%1” is not the start of a Canadian postal code (for example J8X or J8X 1).</source>
        <translation>“%1” is not the start of a Canadian postal code (for example J8X or J8X 1).</translation>
    </message>
    <message>
        <source>A city name has at most 120 characters.</source>
        <translation>A city name has at most 120 characters.</translation>
    </message>
    <message>
        <source>Name the region.</source>
        <translation>Name the region.</translation>
    </message>
    <message>
        <source>A region name has at most 60 characters.</source>
        <translation>A region name has at most 60 characters.</translation>
    </message>
    <message>
        <source>That rule was already removed.</source>
        <translation>That rule was already removed.</translation>
    </message>
    <message>
        <source>A tag named %1 already exists.</source>
        <translation>A tag named %1 already exists.</translation>
    </message>
</context>
<context>
    <name>ops::dunning::DunningRepository</name>
    <message>
        <source>The threshold must be between 0.00 $ and 1,000,000.00 $.</source>
        <translation>The threshold must be between 0.00 $ and 1,000,000.00 $.</translation>
    </message>
    <message>
        <source>A stage&apos;s days late must be between 1 and 3650 (not %1).</source>
        <translation>A stage&apos;s days late must be between 1 and 3650 (not %1).</translation>
    </message>
    <message>
        <source>Unknown dunning action “%1”.</source>
        <translation>Unknown dunning action “%1”.</translation>
    </message>
    <message>
        <source>Two active stages have the same days (%1) and action.</source>
        <translation>Two active stages have the same days (%1) and action.</translation>
    </message>
    <message>
        <source>At most 100 stages.</source>
        <translation>At most 100 stages.</translation>
    </message>
    <message>
        <source>A stage was removed by someone else: reload.</source>
        <translation>A stage was removed by someone else: reload.</translation>
    </message>
    <message>
        <source>Dunning needs a valid date (YYYY-MM-DD).</source>
        <translation>Dunning needs a valid date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>E-mail is not set up (Mailjet has no sender address): the run would send e-mails.</source>
        <translation>E-mail is not set up (Mailjet has no sender address): the run would send e-mails.</translation>
    </message>
    <message>
        <source>SMS is not set up (Twilio has no account or sender): the run would send SMS.</source>
        <translation>SMS is not set up (Twilio has no account or sender): the run would send SMS.</translation>
    </message>
    <message>
        <source>Another run recorded dunning actions for %1 at the same time: run again.</source>
        <translation>Another run recorded dunning actions for %1 at the same time: run again.</translation>
    </message>
    <message>
        <source>Suspended for non-payment (%1)</source>
        <translation>Suspended for non-payment (%1)</translation>
    </message>
    <message>
        <source>Dunning run of %1: subscriptions suspended for non-payment. Overdue: %2 cents on invoice(s) %3. A payment that brings the overdue amount under the threshold reinstates them.</source>
        <translation>Dunning run of %1: subscriptions suspended for non-payment. Overdue: %2 cents on invoice(s) %3. A payment that brings the overdue amount under the threshold reinstates them.</translation>
    </message>
    <message>
        <source>A hold needs a valid end date.</source>
        <translation>A hold needs a valid end date.</translation>
    </message>
    <message>
        <source>Give the reason of the hold (for example: payment arrangement).</source>
        <translation>Give the reason of the hold (for example: payment arrangement).</translation>
    </message>
    <message>
        <source>The reason is longer than 500 characters.</source>
        <translation>The reason is longer than 500 characters.</translation>
    </message>
    <message>
        <source>No such customer.</source>
        <translation>No such customer.</translation>
    </message>
    <message>
        <source>This hold was already released.</source>
        <translation>This hold was already released.</translation>
    </message>
</context>
<context>
    <name>ops::import</name>
    <message>
        <source>The import was cancelled.</source>
        <translation>The import was cancelled.</translation>
    </message>
    <message>
        <source>Cannot reach the ERPNext database: %1</source>
        <translation>Cannot reach the ERPNext database: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: the ERPNext database does not match the mapping.
%1</source>
        <translation>Nothing was imported: the ERPNext database does not match the mapping.
%1</translation>
    </message>
    <message>
        <source>Another import from ERPNext is running: wait for it to end.</source>
        <translation>Another import from ERPNext is running: wait for it to end.</translation>
    </message>
    <message>
        <source>not a Canadian postal code</source>
        <translation>not a Canadian postal code</translation>
    </message>
    <message>
        <source>phone number without the 10 digits of a North American number</source>
        <translation>phone number without the 10 digits of a North American number</translation>
    </message>
    <message>
        <source>phone extension dropped</source>
        <translation>phone extension dropped</translation>
    </message>
    <message>
        <source>not an e-mail address</source>
        <translation>not an e-mail address</translation>
    </message>
    <message>
        <source>serial number already used</source>
        <translation>serial number already used</translation>
    </message>
    <message>
        <source>MAC address already used</source>
        <translation>MAC address already used</translation>
    </message>
    <message>
        <source>serial number unreadable (4 to 40 letters, digits or dashes)</source>
        <translation>serial number unreadable (4 to 40 letters, digits or dashes)</translation>
    </message>
    <message>
        <source>links to a record that was not imported</source>
        <translation>links to a record that was not imported</translation>
    </message>
    <message>
        <source>lines and taxes do not add up to the invoice&apos;s totals</source>
        <translation>lines and taxes do not add up to the invoice&apos;s totals</translation>
    </message>
    <message>
        <source>payment reference to an invoice that was not imported</source>
        <translation>payment reference to an invoice that was not imported</translation>
    </message>
    <message>
        <source>required value missing</source>
        <translation>required value missing</translation>
    </message>
    <message>
        <source>value already used by another record</source>
        <translation>value already used by another record</translation>
    </message>
    <message>
        <source>value unreadable or out of range</source>
        <translation>value unreadable or out of range</translation>
    </message>
    <message>
        <source>address without a civic number and a street</source>
        <translation>address without a civic number and a street</translation>
    </message>
    <message>
        <source>parent ticket missing: imported alone</source>
        <translation>parent ticket missing: imported alone</translation>
    </message>
    <message>
        <source>not a payment received from a customer</source>
        <translation>not a payment received from a customer</translation>
    </message>
    <message>
        <source>amount unreadable, zero or too large</source>
        <translation>amount unreadable, zero or too large</translation>
    </message>
    <message>
        <source>a tax other than GST and QST</source>
        <translation>a tax other than GST and QST</translation>
    </message>
    <message>
        <source>the customer already has an invoice for this period</source>
        <translation>the customer already has an invoice for this period</translation>
    </message>
    <message>
        <source>text cut at 2,000,000 characters</source>
        <translation>text cut at 2,000,000 characters</translation>
    </message>
    <message>
        <source>pre-authorized payments left off until a payment method is saved</source>
        <translation>pre-authorized payments left off until a payment method is saved</translation>
    </message>
    <message>
        <source>deleted in ERPNext since an earlier import (kept here)</source>
        <translation>deleted in ERPNext since an earlier import (kept here)</translation>
    </message>
    <message>
        <source>the site has no such doctype: skipped</source>
        <translation>the site has no such doctype: skipped</translation>
    </message>
    <message>
        <source>The ERPNext database has no table &quot;%1&quot;.</source>
        <translation>The ERPNext database has no table &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; that the mapping names for %2.%3 is not a column of &quot;%4&quot;: correct the mapping file (or map the field to &quot;&quot; when the site has no such field).</source>
        <translation>The field &quot;%1&quot; that the mapping names for %2.%3 is not a column of &quot;%4&quot;: correct the mapping file (or map the field to &quot;&quot; when the site has no such field).</translation>
    </message>
    <message>
        <source>The ERPNext table &quot;%1&quot; has no column &quot;%2&quot;.</source>
        <translation>The ERPNext table &quot;%1&quot; has no column &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The import mapping %1 cannot be used: %2</source>
        <translation>The import mapping %1 cannot be used: %2</translation>
    </message>
    <message>
        <source>the file is larger than 1 MB.</source>
        <translation>the file is larger than 1 MB.</translation>
    </message>
    <message>
        <source>it is not a JSON object (%1 at offset %2).</source>
        <translation>it is not a JSON object (%1 at offset %2).</translation>
    </message>
    <message>
        <source>time_zone is not a time zone name.</source>
        <translation>time_zone is not a time zone name.</translation>
    </message>
    <message>
        <source>issue_types is not a JSON object.</source>
        <translation>issue_types is not a JSON object.</translation>
    </message>
    <message>
        <source>the doctype of &quot;%1&quot; is not a name.</source>
        <translation>the doctype of &quot;%1&quot; is not a name.</translation>
    </message>
    <message>
        <source>the fields of &quot;%1&quot; are not a JSON object.</source>
        <translation>the fields of &quot;%1&quot; are not a JSON object.</translation>
    </message>
    <message>
        <source>the column of %1.%2 is not a name.</source>
        <translation>the column of %1.%2 is not a name.</translation>
    </message>
    <message>
        <source>Enter the host of the ERPNext database server.</source>
        <translation>Enter the host of the ERPNext database server.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>The port must be between 1 and 65535.</translation>
    </message>
    <message>
        <source>Enter the name of the ERPNext database.</source>
        <translation>Enter the name of the ERPNext database.</translation>
    </message>
    <message>
        <source>Enter the user that reads the ERPNext database.</source>
        <translation>Enter the user that reads the ERPNext database.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Plans and products</source>
        <translation>Plans and products</translation>
    </message>
    <message>
        <source>Service locations</source>
        <translation>Service locations</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Subscriptions</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Cannot open the Targo Ops database for the import: %1</source>
        <translation>Cannot open the Targo Ops database for the import: %1</translation>
    </message>
    <message>
        <source>The dry run was cancelled: nothing was written.</source>
        <translation>The dry run was cancelled: nothing was written.</translation>
    </message>
    <message>
        <source>Nothing was kept: no entity had been committed.</source>
        <translation>Nothing was kept: no entity had been committed.</translation>
    </message>
    <message>
        <source>Kept: %1. The entity in progress was rolled back; the next import from this source continues after the ones kept.</source>
        <translation>Kept: %1. The entity in progress was rolled back; the next import from this source continues after the ones kept.</translation>
    </message>
    <message>
        <source>Connected, but the ERPNext database does not match the mapping:
%1</source>
        <translation>Connected, but the ERPNext database does not match the mapping:
%1</translation>
    </message>
    <message>
        <source>Connected to %1 as %2: the database matches the mapping.</source>
        <translation>Connected to %1 as %2: the database matches the mapping.</translation>
    </message>
    <message>
        <source>Not on this site (skipped): %1.</source>
        <translation>Not on this site (skipped): %1.</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>entity</translation>
    </message>
    <message>
        <source>ERPNext name</source>
        <translation>ERPNext name</translation>
    </message>
    <message>
        <source>field</source>
        <translation>field</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>explanation</source>
        <translation>explanation</translation>
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
    <message>
        <source>Twilio accepted account %1.</source>
        <translation>Twilio accepted account %1.</translation>
    </message>
    <message>
        <source>Mailjet accepted the API keys (test message in sandbox mode, nothing sent).</source>
        <translation>Mailjet accepted the API keys (test message in sandbox mode, nothing sent).</translation>
    </message>
    <message>
        <source>Stripe accepted the key (live mode).</source>
        <translation>Stripe accepted the key (live mode).</translation>
    </message>
    <message>
        <source>Stripe accepted the key (test mode).</source>
        <translation>Stripe accepted the key (test mode).</translation>
    </message>
    <message>
        <source>Traccar %1 answered.</source>
        <translation>Traccar %1 answered.</translation>
    </message>
    <message>
        <source>GenieACS answered (no device registered yet).</source>
        <translation>GenieACS answered (no device registered yet).</translation>
    </message>
    <message>
        <source>GenieACS answered and lists devices.</source>
        <translation>GenieACS answered and lists devices.</translation>
    </message>
    <message>
        <source>Unknown service %1.</source>
        <translation>Unknown service %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GenieACS task identifier (24 hexadecimal digits). Refresh the task list.</source>
        <translation>&quot;%1&quot; is not a GenieACS task identifier (24 hexadecimal digits). Refresh the task list.</translation>
    </message>
    <message>
        <source>No GenieACS device is selected. Find the device first.</source>
        <translation>No GenieACS device is selected. Find the device first.</translation>
    </message>
    <message>
        <source>GenieACS sent an answer this version cannot read. Check the GenieACS address in the settings.</source>
        <translation>GenieACS sent an answer this version cannot read. Check the GenieACS address in the settings.</translation>
    </message>
    <message>
        <source>GenieACS sent a fault without an identifier. Check the GenieACS address.</source>
        <translation>GenieACS sent a fault without an identifier. Check the GenieACS address.</translation>
    </message>
    <message>
        <source>GenieACS sent a task without an identifier. Check the GenieACS address.</source>
        <translation>GenieACS sent a task without an identifier. Check the GenieACS address.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a MAC address. Enter 12 hexadecimal digits, e.g. AA:BB:CC:DD:EE:FF.</source>
        <translation>&quot;%1&quot; is not a MAC address. Enter 12 hexadecimal digits, e.g. AA:BB:CC:DD:EE:FF.</translation>
    </message>
    <message>
        <source>GenieACS sent a device without an identifier. Check the GenieACS address in the settings.</source>
        <translation>GenieACS sent a device without an identifier. Check the GenieACS address in the settings.</translation>
    </message>
    <message>
        <source>GenieACS sent an unreadable last contact time for device %1. Check the GenieACS version.</source>
        <translation>GenieACS sent an unreadable last contact time for device %1. Check the GenieACS version.</translation>
    </message>
    <message>
        <source>Enter the serial number of the device to find.</source>
        <translation>Enter the serial number of the device to find.</translation>
    </message>
    <message>
        <source>A refresh reads one object of the device. To read several parameters, ask for their values instead.</source>
        <translation>A refresh reads one object of the device. To read several parameters, ask for their values instead.</translation>
    </message>
    <message>
        <source>Choose at least one device parameter to read.</source>
        <translation>Choose at least one device parameter to read.</translation>
    </message>
    <message>
        <source>A device parameter to change has no name. Choose the parameter.</source>
        <translation>A device parameter to change has no name. Choose the parameter.</translation>
    </message>
    <message>
        <source>Enter at least one device parameter value to change.</source>
        <translation>Enter at least one device parameter value to change.</translation>
    </message>
    <message>
        <source>GenieACS sent an unreadable answer to the task. Check the device&apos;s pending tasks before sending it again.</source>
        <translation>GenieACS sent an unreadable answer to the task. Check the device&apos;s pending tasks before sending it again.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GenieACS fault identifier (&lt;device&gt;:&lt;channel&gt;). Refresh the fault list.</source>
        <translation>&quot;%1&quot; is not a GenieACS fault identifier (&lt;device&gt;:&lt;channel&gt;). Refresh the fault list.</translation>
    </message>
    <message>
        <source>GenieACS no longer has this task: it ran, expired or was deleted. Refresh the device&apos;s task list.</source>
        <translation>GenieACS no longer has this task: it ran, expired or was deleted. Refresh the device&apos;s task list.</translation>
    </message>
    <message>
        <source>The device was not found in GenieACS. Check the serial number; a device that never contacted the ACS is unknown to it.</source>
        <translation>The device was not found in GenieACS. Check the serial number; a device that never contacted the ACS is unknown to it.</translation>
    </message>
    <message>
        <source>The device did not answer GenieACS&apos;s connection request (%1). Check that it is powered on and connected, then try again.</source>
        <translation>The device did not answer GenieACS&apos;s connection request (%1). Check that it is powered on and connected, then try again.</translation>
    </message>
    <message>
        <source>The device is in a session with GenieACS right now. Try again in a minute.</source>
        <translation>The device is in a session with GenieACS right now. Try again in a minute.</translation>
    </message>
    <message>
        <source>GenieACS refused the credentials. Check the GenieACS user and password in the settings.</source>
        <translation>GenieACS refused the credentials. Check the GenieACS user and password in the settings.</translation>
    </message>
    <message>
        <source>GenieACS refused the request (HTTP %1: %2). Correct it, then send it again.</source>
        <translation>GenieACS refused the request (HTTP %1: %2). Correct it, then send it again.</translation>
    </message>
    <message>
        <source>GenieACS closed the connection without answering the task (it does so when it rejects a task). Check the device&apos;s pending tasks before sending it again.</source>
        <translation>GenieACS closed the connection without answering the task (it does so when it rejects a task). Check the device&apos;s pending tasks before sending it again.</translation>
    </message>
    <message>
        <source>A GPS position from Traccar is incomplete and was not saved.</source>
        <translation>A GPS position from Traccar is incomplete and was not saved.</translation>
    </message>
    <message>
        <source>Choose a start time before the end time to show a technician&apos;s route.</source>
        <translation>Choose a start time before the end time to show a technician&apos;s route.</translation>
    </message>
    <message>
        <source>GPS history must be kept at least one day and one position per technician. Check the retention settings.</source>
        <translation>GPS history must be kept at least one day and one position per technician. Check the retention settings.</translation>
    </message>
    <message>
        <source>%1: the server address is not set.</source>
        <translation>%1: the server address is not set.</translation>
    </message>
    <message>
        <source>%1: the server address %2 is not an http(s) address.</source>
        <translation>%1: the server address %2 is not an http(s) address.</translation>
    </message>
    <message>
        <source>Twilio: the Account SID and the auth token are both needed.</source>
        <translation>Twilio: the Account SID and the auth token are both needed.</translation>
    </message>
    <message>
        <source>Twilio: the sender must be a number in international form (+1...) or a Messaging Service SID (MG...).</source>
        <translation>Twilio: the sender must be a number in international form (+1...) or a Messaging Service SID (MG...).</translation>
    </message>
    <message>
        <source>Mailjet: the API key and the secret key are both needed.</source>
        <translation>Mailjet: the API key and the secret key are both needed.</translation>
    </message>
    <message>
        <source>Stripe: the secret key is not set.</source>
        <translation>Stripe: the secret key is not set.</translation>
    </message>
    <message>
        <source>Stripe: a secret key starts with sk_ or rk_ (never the publishable pk_ key).</source>
        <translation>Stripe: a secret key starts with sk_ or rk_ (never the publishable pk_ key).</translation>
    </message>
    <message>
        <source>Traccar: set a token, or a user name and its password.</source>
        <translation>Traccar: set a token, or a user name and its password.</translation>
    </message>
    <message>
        <source>%1: the CA file %2 cannot be read.</source>
        <translation>%1: the CA file %2 cannot be read.</translation>
    </message>
    <message>
        <source>%1: the limits must be positive numbers.</source>
        <translation>%1: the limits must be positive numbers.</translation>
    </message>
    <message>
        <source>Traccar sent data this version cannot read (%1). Check the Traccar address in Settings and the server version.</source>
        <translation>Traccar sent data this version cannot read (%1). Check the Traccar address in Settings and the server version.</translation>
    </message>
    <message>
        <source>a list was expected</source>
        <translation>a list was expected</translation>
    </message>
    <message>
        <source>server information without a version</source>
        <translation>server information without a version</translation>
    </message>
    <message>
        <source>a device without an identifier</source>
        <translation>a device without an identifier</translation>
    </message>
    <message>
        <source>a device&apos;s last update time</source>
        <translation>a device&apos;s last update time</translation>
    </message>
    <message>
        <source>a position without its identifier or device</source>
        <translation>a position without its identifier or device</translation>
    </message>
    <message>
        <source>a position with invalid coordinates</source>
        <translation>a position with invalid coordinates</translation>
    </message>
    <message>
        <source>a position without a fix time</source>
        <translation>a position without a fix time</translation>
    </message>
    <message>
        <source>a position with an invalid measurement</source>
        <translation>a position with an invalid measurement</translation>
    </message>
    <message>
        <source>a device that is not an object</source>
        <translation>a device that is not an object</translation>
    </message>
    <message>
        <source>a position that is not an object</source>
        <translation>a position that is not an object</translation>
    </message>
    <message>
        <source>Traccar needs both a start and an end time for a device&apos;s positions. Choose both.</source>
        <translation>Traccar needs both a start and an end time for a device&apos;s positions. Choose both.</translation>
    </message>
    <message>
        <source>The start time is after the end time. Choose a start before the end.</source>
        <translation>The start time is after the end time. Choose a start before the end.</translation>
    </message>
    <message>
        <source>Choose at least one technician&apos;s device for the route report.</source>
        <translation>Choose at least one technician&apos;s device for the route report.</translation>
    </message>
    <message>
        <source>The route report needs a start and an end time. Choose both.</source>
        <translation>The route report needs a start and an end time. Choose both.</translation>
    </message>
    <message>
        <source>Traccar sent an answer this version cannot read. Check the Traccar address in Settings: it must be the server root (for example https://gps.example.com), without /api.</source>
        <translation>Traccar sent an answer this version cannot read. Check the Traccar address in Settings: it must be the server root (for example https://gps.example.com), without /api.</translation>
    </message>
    <message>
        <source>Traccar refused the credentials. Check the Traccar token, or the user and password, in Settings.</source>
        <translation>Traccar refused the credentials. Check the Traccar token, or the user and password, in Settings.</translation>
    </message>
    <message>
        <source>The Traccar user may not see this (HTTP 403). Give it access to the devices in Traccar, or use another account in Settings.</source>
        <translation>The Traccar user may not see this (HTTP 403). Give it access to the devices in Traccar, or use another account in Settings.</translation>
    </message>
    <message>
        <source>Traccar does not know this address or device (HTTP 404). Check the Traccar address in Settings (the server root, without /api) and that the device still exists.</source>
        <translation>Traccar does not know this address or device (HTTP 404). Check the Traccar address in Settings (the server root, without /api) and that the device still exists.</translation>
    </message>
    <message>
        <source>Traccar refused the request: %1. Check the devices and the time window, then try again.</source>
        <translation>Traccar refused the request: %1. Check the devices and the time window, then try again.</translation>
    </message>
    <message>
        <source>The Traccar server is busy or unavailable (HTTP %1). Try again in a few minutes.</source>
        <translation>The Traccar server is busy or unavailable (HTTP %1). Try again in a few minutes.</translation>
    </message>
    <message>
        <source>The Traccar server&apos;s certificate could not be verified. Check the Traccar address, or the CA file for Traccar, in Settings.</source>
        <translation>The Traccar server&apos;s certificate could not be verified. Check the Traccar address, or the CA file for Traccar, in Settings.</translation>
    </message>
    <message>
        <source>The Traccar server did not answer in time. Check the network connection, then try again.</source>
        <translation>The Traccar server did not answer in time. Check the network connection, then try again.</translation>
    </message>
    <message>
        <source>Cannot reach the Traccar server. Check the Traccar address in Settings and that the server is running, then try again.</source>
        <translation>Cannot reach the Traccar server. Check the Traccar address in Settings and that the server is running, then try again.</translation>
    </message>
    <message>
        <source>The Traccar address is not set or is not an http(s) address. Enter it in Settings.</source>
        <translation>The Traccar address is not set or is not an http(s) address. Enter it in Settings.</translation>
    </message>
    <message>
        <source>The CA file for Traccar (%1) cannot be read. Check it in Settings.</source>
        <translation>The CA file for Traccar (%1) cannot be read. Check it in Settings.</translation>
    </message>
    <message>
        <source>The live connection to Traccar was lost (%1). Reconnecting automatically.</source>
        <translation>The live connection to Traccar was lost (%1). Reconnecting automatically.</translation>
    </message>
    <message>
        <source>Cannot connect to Traccar for live positions (%1). Check the Traccar address and credentials in Settings; retrying automatically.</source>
        <translation>Cannot connect to Traccar for live positions (%1). Check the Traccar address and credentials in Settings; retrying automatically.</translation>
    </message>
    <message>
        <source>Another reader moved the position of %1 meanwhile: read again to continue from there.</source>
        <translation>Another reader moved the position of %1 meanwhile: read again to continue from there.</translation>
    </message>
    <message>
        <source>%1: the server address %2 must start with https:// (plain http is allowed only for this computer: localhost, 127.0.0.1 or ::1).</source>
        <translation>%1: the server address %2 must start with https:// (plain http is allowed only for this computer: localhost, 127.0.0.1 or ::1).</translation>
    </message>
    <message>
        <source>The Traccar address must start with https:// (plain http is allowed only on this computer). Correct it in Settings.</source>
        <translation>The Traccar address must start with https:// (plain http is allowed only on this computer). Correct it in Settings.</translation>
    </message>
    <message>
        <source>The routing server answered: %1 min between two points of Montréal.</source>
        <translation>The routing server answered: %1 min between two points of Montréal.</translation>
    </message>
    <message>
        <source>Routing server (OSRM)</source>
        <translation>Routing server (OSRM)</translation>
    </message>
    <message>
        <source>Mailjet sent a contact list this version cannot read. Nothing was recorded; check the Mailjet service address.</source>
        <translation>Mailjet sent a contact list this version cannot read. Nothing was recorded; check the Mailjet service address.</translation>
    </message>
</context>
<context>
    <name>ops::integrations::GpsPrivacyRepository</name>
    <message>
        <source>The GPS privacy settings are missing from the database (migration 0033).</source>
        <translation>The GPS privacy settings are missing from the database (migration 0033).</translation>
    </message>
    <message>
        <source>Someone else saved the GPS privacy settings after you opened them. Reload them to see their changes, then make yours again.</source>
        <translation>Someone else saved the GPS privacy settings after you opened them. Reload them to see their changes, then make yours again.</translation>
    </message>
</context>
<context>
    <name>ops::integrations::GpsPrivacySettings</name>
    <message>
        <source>GPS positions must be kept between %1 and %2 days.</source>
        <translation>GPS positions must be kept between %1 and %2 days.</translation>
    </message>
    <message>
        <source>The margin around a shift must be between 0 and %1 minutes.</source>
        <translation>The margin around a shift must be between 0 and %1 minutes.</translation>
    </message>
    <message>
        <source>Write the technicians&apos; GPS notice in both French and English.</source>
        <translation>Write the technicians&apos; GPS notice in both French and English.</translation>
    </message>
    <message>
        <source>The technicians&apos; GPS notice is too long (at most %1 characters in each language).</source>
        <translation>The technicians&apos; GPS notice is too long (at most %1 characters in each language).</translation>
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
    <name>ops::map</name>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>suspended</translation>
    </message>
    <message>
        <source>terminated</source>
        <translation>terminated</translation>
    </message>
    <message>
        <source>prospect</source>
        <translation>prospect</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>This item has no card to read.</source>
        <translation>This item has no card to read.</translation>
    </message>
    <message>
        <source>%1 no longer exists. The map is refreshed.</source>
        <translation>%1 no longer exists. The map is refreshed.</translation>
    </message>
    <message>
        <source>This location</source>
        <translation>This location</translation>
    </message>
    <message>
        <source>%1 (%2), customer %3</source>
        <translation>%1 (%2), customer %3</translation>
    </message>
    <message>
        <source>Location %1</source>
        <translation>Location %1</translation>
    </message>
    <message>
        <source>OLT port %1</source>
        <translation>OLT port %1</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) installed</source>
        <translation>
            <numerusform>%n device installed</numerusform>
            <numerusform>%n devices installed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active subscription(s)</source>
        <translation>
            <numerusform>%n active subscription</numerusform>
            <numerusform>%n active subscriptions</numerusform>
        </translation>
    </message>
    <message>
        <source>This job</source>
        <translation>This job</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Repair</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Removal</source>
        <translation>Removal</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Survey</translation>
    </message>
    <message>
        <source>unscheduled</source>
        <translation>unscheduled</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>scheduled</translation>
    </message>
    <message>
        <source>en route</source>
        <translation>en route</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n minute(s)</source>
        <translation>
            <numerusform>%1, %n minute</numerusform>
            <numerusform>%1, %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>No technician assigned</source>
        <translation>No technician assigned</translation>
    </message>
    <message>
        <source>Technician: %1</source>
        <translation>Technician: %1</translation>
    </message>
    <message>
        <source>This ticket</source>
        <translation>This ticket</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resolved</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>Status: %1, opened %2</source>
        <translation>Status: %1, opened %2</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Important</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Not assigned</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Assigned to %1</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>This device</translation>
    </message>
    <message>
        <source>Never informed GenieACS</source>
        <translation>Never informed GenieACS</translation>
    </message>
    <message numerus="yes">
        <source>Silent for %n minute(s), since %1</source>
        <translation>
            <numerusform>Silent for %n minute, since %1</numerusform>
            <numerusform>Silent for %n minutes, since %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Silent for %n hour(s), since %1</source>
        <translation>
            <numerusform>Silent for %n hour, since %1</numerusform>
            <numerusform>Silent for %n hours, since %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Firmware %1</source>
        <translation>Firmware %1</translation>
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
    <message>
        <source>The address of the service %1 must start with https:// (plain http is allowed only on this computer). Check the integration settings.</source>
        <translation>The address of the service %1 must start with https:// (plain http is allowed only on this computer). Check the integration settings.</translation>
    </message>
    <message>
        <source>The request leads outside the address of the service %1, so it was not sent.</source>
        <translation>The request leads outside the address of the service %1, so it was not sent.</translation>
    </message>
    <message>
        <source>%1 sent an answer larger than the limit set for it, so it was not read. The request may have been carried out: check its status at %1 before sending it again.</source>
        <translation>%1 sent an answer larger than the limit set for it, so it was not read. The request may have been carried out: check its status at %1 before sending it again.</translation>
    </message>
    <message>
        <source>%1 sent an answer larger than the limit set for it, so it was not read. Check the service address, or raise the answer size limit in the integration settings.</source>
        <translation>%1 sent an answer larger than the limit set for it, so it was not read. Check the service address, or raise the answer size limit in the integration settings.</translation>
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
    <message>
        <source>%1 is not configured: outbox item %2 stays pending.</source>
        <translation>%1 is not configured: outbox item %2 stays pending.</translation>
    </message>
    <message>
        <source>Outbox item %1 is still being sent by %2 (its claim runs until %3): wait for that attempt&apos;s result before sending it again.</source>
        <translation>Outbox item %1 is still being sent by %2 (its claim runs until %3): wait for that attempt&apos;s result before sending it again.</translation>
    </message>
    <message>
        <source>The request for %1 leads outside the service&apos;s address or overrides its credentials, so it was refused and nothing was sent.</source>
        <translation>The request for %1 leads outside the service&apos;s address or overrides its credentials, so it was refused and nothing was sent.</translation>
    </message>
</context>
<context>
    <name>ops::payments::PaymentMethods</name>
    <message>
        <source>There is no customer %1.</source>
        <translation>There is no customer %1.</translation>
    </message>
    <message>
        <source>This payment method was changed or removed on another workstation. The list has been read again: check it and try again.</source>
        <translation>This payment method was changed or removed on another workstation. The list has been read again: check it and try again.</translation>
    </message>
    <message>
        <source>Pre-authorized payments need a default payment method. Send the customer a link to save a card or a bank account, or make a saved method the default, then try again.</source>
        <translation>Pre-authorized payments need a default payment method. Send the customer a link to save a card or a bank account, or make a saved method the default, then try again.</translation>
    </message>
    <message>
        <source>Stripe is not set up on this workstation (File → Integrations → Stripe).</source>
        <translation>Stripe is not set up on this workstation (File → Integrations → Stripe).</translation>
    </message>
    <message>
        <source>Stripe: the payment page URL must be an http or https address, for example https://pay.example.ca/save-method.</source>
        <translation>Stripe: the payment page URL must be an http or https address, for example https://pay.example.ca/save-method.</translation>
    </message>
</context>
<context>
    <name>ops::payments::PaymentRepository</name>
    <message>
        <source>There is no such customer.</source>
        <translation>There is no such customer.</translation>
    </message>
    <message>
        <source>The amount of a payment must be above zero.</source>
        <translation>The amount of a payment must be above zero.</translation>
    </message>
    <message>
        <source>Unknown payment method “%1”: cash, cheque or etransfer.</source>
        <translation>Unknown payment method “%1”: cash, cheque or etransfer.</translation>
    </message>
    <message>
        <source>The reference is longer than 200 characters.</source>
        <translation>The reference is longer than 200 characters.</translation>
    </message>
    <message>
        <source>A payment cannot be received after today.</source>
        <translation>A payment cannot be received after today.</translation>
    </message>
    <message>
        <source>Choose the customer who paid.</source>
        <translation>Choose the customer who paid.</translation>
    </message>
    <message>
        <source>An allocation must be above zero.</source>
        <translation>An allocation must be above zero.</translation>
    </message>
    <message>
        <source>An invoice appears twice in the allocation.</source>
        <translation>An invoice appears twice in the allocation.</translation>
    </message>
    <message>
        <source>The allocations (%1 cents) are above the payment (%2 cents).</source>
        <translation>The allocations (%1 cents) are above the payment (%2 cents).</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>There is no customer %1.</translation>
    </message>
    <message>
        <source>An allocation names an invoice that is not an open invoice of %1.</source>
        <translation>An allocation names an invoice that is not an open invoice of %1.</translation>
    </message>
    <message>
        <source>%1 cents to invoice %2 is above what is open on it (%3 cents).</source>
        <translation>%1 cents to invoice %2 is above what is open on it (%3 cents).</translation>
    </message>
    <message>
        <source>Give the reason of the reversal (for example: cheque returned NSF).</source>
        <translation>Give the reason of the reversal (for example: cheque returned NSF).</translation>
    </message>
    <message>
        <source>The reason is longer than 500 characters.</source>
        <translation>The reason is longer than 500 characters.</translation>
    </message>
    <message>
        <source>There is no such payment.</source>
        <translation>There is no such payment.</translation>
    </message>
    <message>
        <source>Payment %1 is already reversed.</source>
        <translation>Payment %1 is already reversed.</translation>
    </message>
    <message>
        <source>Payment %1 is %2: only a payment that went through can be reversed.</source>
        <translation>Payment %1 is %2: only a payment that went through can be reversed.</translation>
    </message>
    <message>
        <source>Unknown payment status.</source>
        <translation>Unknown payment status.</translation>
    </message>
    <message>
        <source>Unknown payment method.</source>
        <translation>Unknown payment method.</translation>
    </message>
    <message>
        <source>The first date is after the last date.</source>
        <translation>The first date is after the last date.</translation>
    </message>
    <message>
        <source>A Stripe payment needs an amount, a method and its PaymentIntent.</source>
        <translation>A Stripe payment needs an amount, a method and its PaymentIntent.</translation>
    </message>
    <message>
        <source>Payment %1 is %2: only a payment that went through can be allocated.</source>
        <translation>Payment %1 is %2: only a payment that went through can be allocated.</translation>
    </message>
    <message>
        <source>Payment %1 was changed by someone else meanwhile: reopen it and try again.</source>
        <translation>Payment %1 was changed by someone else meanwhile: reopen it and try again.</translation>
    </message>
</context>
<context>
    <name>ops::payments::PaymentUiService</name>
    <message>
        <source>The file could not be written.</source>
        <translation>The file could not be written.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export cancelled.</translation>
    </message>
    <message>
        <source>Refunds are not available here.</source>
        <translation>Refunds are not available here.</translation>
    </message>
</context>
<context>
    <name>ops::payments::RefundRepository</name>
    <message>
        <source>There is no such payment.</source>
        <translation>There is no such payment.</translation>
    </message>
    <message>
        <source>There is no such refund.</source>
        <translation>There is no such refund.</translation>
    </message>
    <message>
        <source>Give the reason of the refund.</source>
        <translation>Give the reason of the refund.</translation>
    </message>
    <message>
        <source>The reason is longer than 500 characters.</source>
        <translation>The reason is longer than 500 characters.</translation>
    </message>
    <message>
        <source>The amount of a refund must be above zero.</source>
        <translation>The amount of a refund must be above zero.</translation>
    </message>
    <message>
        <source>Payment %1 was not taken by Stripe (%2): it is reversed, not refunded.</source>
        <translation>Payment %1 was not taken by Stripe (%2): it is reversed, not refunded.</translation>
    </message>
    <message>
        <source>Payment %1 is %2: only a payment that went through is refunded.</source>
        <translation>Payment %1 is %2: only a payment that went through is refunded.</translation>
    </message>
    <message>
        <source>Payment %1 has no Stripe payment to refund.</source>
        <translation>Payment %1 has no Stripe payment to refund.</translation>
    </message>
    <message>
        <source>Nothing is left to refund on payment %1.</source>
        <translation>Nothing is left to refund on payment %1.</translation>
    </message>
    <message>
        <source>%1 cents is above what is left to refund on payment %2 (%3 cents).</source>
        <translation>%1 cents is above what is left to refund on payment %2 (%3 cents).</translation>
    </message>
</context>
<context>
    <name>ops::payments::StripeOpsApi</name>
    <message>
        <source>This workstation cannot do that yet.</source>
        <translation>This workstation cannot do that yet.</translation>
    </message>
</context>
<context>
    <name>ops::payments::StripeOpsRepository</name>
    <message>
        <source>Unknown event outcome.</source>
        <translation>Unknown event outcome.</translation>
    </message>
</context>
<context>
    <name>ops::payments::StripeSetupLinks</name>
    <message>
        <source>There is no customer %1.</source>
        <translation>There is no customer %1.</translation>
    </message>
    <message>
        <source>Choose what the customer saves: a card (card) or a bank account for pre-authorized debits (acss_debit).</source>
        <translation>Choose what the customer saves: a card (card) or a bank account for pre-authorized debits (acss_debit).</translation>
    </message>
    <message>
        <source>Choose how the link is sent: by e-mail (email) or by SMS (sms).</source>
        <translation>Choose how the link is sent: by e-mail (email) or by SMS (sms).</translation>
    </message>
    <message>
        <source>The payment page address is not set (Stripe settings): the link would lead nowhere.</source>
        <translation>The payment page address is not set (Stripe settings): the link would lead nowhere.</translation>
    </message>
    <message>
        <source>Customer %1 has no e-mail address: give one or send an SMS.</source>
        <translation>Customer %1 has no e-mail address: give one or send an SMS.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>“%1” is not an e-mail address.</translation>
    </message>
    <message>
        <source>E-mail is not set up (Mailjet has no sender address in the integration settings).</source>
        <translation>E-mail is not set up (Mailjet has no sender address in the integration settings).</translation>
    </message>
    <message>
        <source>Customer %1 has no phone number: give one or send an e-mail.</source>
        <translation>Customer %1 has no phone number: give one or send an e-mail.</translation>
    </message>
    <message>
        <source>SMS is not set up (Twilio has no account or sender number in the integration settings).</source>
        <translation>SMS is not set up (Twilio has no account or sender number in the integration settings).</translation>
    </message>
</context>
<context>
    <name>ops::staff</name>
    <message>
        <source>E-mail is not set up (Mailjet has no sender address in the integration settings). Show the password once instead.</source>
        <translation>E-mail is not set up (Mailjet has no sender address in the integration settings). Show the password once instead.</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <comment>staff group</comment>
        <translation>Dispatch</translation>
    </message>
    <message>
        <source>Billing</source>
        <comment>staff group</comment>
        <translation>Billing</translation>
    </message>
    <message>
        <source>Manager</source>
        <comment>staff group</comment>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Administrator</source>
        <comment>staff group</comment>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Technician</source>
        <comment>staff group</comment>
        <translation>Technician</translation>
    </message>
    <message>
        <source>A login has 2 to 63 characters: lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>A login has 2 to 63 characters: lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</translation>
    </message>
    <message>
        <source>A login cannot start with &quot;pg_&quot; or &quot;ops_&quot; (reserved by the database).</source>
        <translation>A login cannot start with &quot;pg_&quot; or &quot;ops_&quot; (reserved by the database).</translation>
    </message>
    <message>
        <source>An e-mail address is required to e-mail the temporary password.</source>
        <translation>An e-mail address is required to e-mail the temporary password.</translation>
    </message>
    <message>
        <source>This e-mail address is not valid.</source>
        <translation>This e-mail address is not valid.</translation>
    </message>
    <message>
        <source>A password has at least 12 characters.</source>
        <translation>A password has at least 12 characters.</translation>
    </message>
    <message>
        <source>This login is already used by another staff member or database account.</source>
        <translation>This login is already used by another staff member or database account.</translation>
    </message>
    <message>
        <source>Unknown group. Choose dispatcher, billing, manager or admin.</source>
        <translation>Unknown group. Choose dispatcher, billing, manager or admin.</translation>
    </message>
    <message>
        <source>This is the last active administrator: name another administrator first.</source>
        <translation>This is the last active administrator: name another administrator first.</translation>
    </message>
    <message>
        <source>No staff member has this login.</source>
        <translation>No staff member has this login.</translation>
    </message>
    <message>
        <source>This account is not managed by Targo Ops (a database superuser or a reserved role).</source>
        <translation>This account is not managed by Targo Ops (a database superuser or a reserved role).</translation>
    </message>
    <message>
        <source>The password could not be prepared for the database (an internal error).</source>
        <translation>The password could not be prepared for the database (an internal error).</translation>
    </message>
    <message>
        <source>This account is deactivated.</source>
        <translation>This account is deactivated.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>You cannot deactivate your own account.</translation>
    </message>
    <message>
        <source>A name of 1 to 200 characters is required.</source>
        <translation>A name of 1 to 200 characters is required.</translation>
    </message>
    <message>
        <source>The password of this account cannot be changed here.</source>
        <translation>The password of this account cannot be changed here.</translation>
    </message>
</context>
<context>
    <name>ops::stripe::PpaRepository</name>
    <message>
        <source>There is no such PPA attempt.</source>
        <translation>There is no such PPA attempt.</translation>
    </message>
</context>
<context>
    <name>ops::stripe::PpaRun</name>
    <message>
        <source>Stripe did not take the payment (status %1).</source>
        <translation>Stripe did not take the payment (status %1).</translation>
    </message>
    <message>
        <source>The PPA run needs a valid date.</source>
        <translation>The PPA run needs a valid date.</translation>
    </message>
</context>
<context>
    <name>ops::stripe::StripeEventApplier</name>
    <message>
        <source>Stripe reported that the payment failed.</source>
        <translation>Stripe reported that the payment failed.</translation>
    </message>
</context>
<context>
    <name>ops::tickets</name>
    <message>
        <source>Unknown ticket status: %1</source>
        <translation>Unknown ticket status: %1</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export cancelled.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>Customer code</translation>
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
        <source>Important</source>
        <translation>Important</translation>
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
        <source>Parent ticket</source>
        <translation>Parent ticket</translation>
    </message>
    <message>
        <source>Child tickets</source>
        <translation>Child tickets</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>An export is already running.</translation>
    </message>
    <message>
        <source>This ticket no longer exists.</source>
        <translation>This ticket no longer exists.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Someone else</translation>
    </message>
    <message>
        <source>%1 changed this ticket at %2 while you were looking at it.</source>
        <translation>%1 changed this ticket at %2 while you were looking at it.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>The message is empty.</translation>
    </message>
    <message>
        <source>The message contains a NUL character, which cannot be stored.</source>
        <translation>The message contains a NUL character, which cannot be stored.</translation>
    </message>
    <message>
        <source>The message is too long: %1 KB, at most %2 KB.</source>
        <translation>The message is too long: %1 KB, at most %2 KB.</translation>
    </message>
    <message>
        <source>The author of this message is not a staff member.</source>
        <translation>The author of this message is not a staff member.</translation>
    </message>
    <message>
        <source>This staff member does not exist or is inactive.</source>
        <translation>This staff member does not exist or is inactive.</translation>
    </message>
    <message>
        <source>This location does not belong to the ticket&apos;s customer.</source>
        <translation>This location does not belong to the ticket&apos;s customer.</translation>
    </message>
    <message>
        <source>This device is not installed at one of the ticket&apos;s customer&apos;s locations.</source>
        <translation>This device is not installed at one of the ticket&apos;s customer&apos;s locations.</translation>
    </message>
    <message>
        <source>Unknown job type: %1</source>
        <translation>Unknown job type: %1</translation>
    </message>
    <message>
        <source>The priority goes from 1 (urgent) to 5.</source>
        <translation>The priority goes from 1 (urgent) to 5.</translation>
    </message>
    <message>
        <source>The duration goes from 5 minutes to 24 hours.</source>
        <translation>The duration goes from 5 minutes to 24 hours.</translation>
    </message>
    <message>
        <source>The note is too long (at most %1 characters).</source>
        <translation>The note is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>This ticket has no customer to send a technician to.</source>
        <translation>This ticket has no customer to send a technician to.</translation>
    </message>
    <message>
        <source>Choose the location where the technician goes.</source>
        <translation>Choose the location where the technician goes.</translation>
    </message>
    <message>
        <source>Customer %1 has no e-mail address: reply by SMS or give an address.</source>
        <translation>Customer %1 has no e-mail address: reply by SMS or give an address.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>“%1” is not an e-mail address.</translation>
    </message>
    <message>
        <source>E-mail is not set up (Mailjet has no sender address in the integration settings).</source>
        <translation>E-mail is not set up (Mailjet has no sender address in the integration settings).</translation>
    </message>
    <message>
        <source>Customer %1 has no mobile number: reply by e-mail or give a number.</source>
        <translation>Customer %1 has no mobile number: reply by e-mail or give a number.</translation>
    </message>
    <message>
        <source>SMS is not set up (Twilio has no account or sender number in the integration settings).</source>
        <translation>SMS is not set up (Twilio has no account or sender number in the integration settings).</translation>
    </message>
    <message>
        <source>A reply to the customer goes by e-mail (email) or by SMS (sms).</source>
        <translation>A reply to the customer goes by e-mail (email) or by SMS (sms).</translation>
    </message>
    <message>
        <source>Ticket %1 has no customer: nobody to reply to.</source>
        <translation>Ticket %1 has no customer: nobody to reply to.</translation>
    </message>
    <message>
        <source>The reply could not be stored.</source>
        <translation>The reply could not be stored.</translation>
    </message>
    <message>
        <source>There is no ticket %1.</source>
        <translation>There is no ticket %1.</translation>
    </message>
</context>
<context>
    <name>ops::zip</name>
    <message>
        <source>The archive cannot be written.</source>
        <translation>The archive cannot be written.</translation>
    </message>
    <message>
        <source>Writing the archive failed: %1</source>
        <translation>Writing the archive failed: %1</translation>
    </message>
    <message>
        <source>The archive is already complete.</source>
        <translation>The archive is already complete.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid name inside an archive.</source>
        <translation>&quot;%1&quot; is not a valid name inside an archive.</translation>
    </message>
    <message>
        <source>The archive already holds &quot;%1&quot;.</source>
        <translation>The archive already holds &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Too many files for one archive.</source>
        <translation>Too many files for one archive.</translation>
    </message>
    <message>
        <source>The archive would be larger than 4 GiB, which this program cannot write.</source>
        <translation>The archive would be larger than 4 GiB, which this program cannot write.</translation>
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
        <source>%1 is not configured: %2 Set %3.</source>
        <translation>%1 is not configured: %2 Set %3.</translation>
    </message>
    <message>
        <source>Sent (outbox item %1, %2 reference %3).</source>
        <translation>Sent (outbox item %1, %2 reference %3).</translation>
    </message>
    <message>
        <source>Not sent yet (outbox item %1): %2. The outbox will try again at %3; `targo-opsctl worker` sends it.</source>
        <translation>Not sent yet (outbox item %1): %2. The outbox will try again at %3; `targo-opsctl worker` sends it.</translation>
    </message>
    <message>
        <source>Outcome unknown (outbox item %1): %2. It may have been delivered; check before sending it again (targo-opsctl outbox retry %1).</source>
        <translation>Outcome unknown (outbox item %1): %2. It may have been delivered; check before sending it again (targo-opsctl outbox retry %1).</translation>
    </message>
    <message>
        <source>Still being sent by another worker (outbox item %1); see targo-opsctl outbox list.</source>
        <translation>Still being sent by another worker (outbox item %1); see targo-opsctl outbox list.</translation>
    </message>
    <message>
        <source>Failed (outbox item %1): %2</source>
        <translation>Failed (outbox item %1): %2</translation>
    </message>
    <message>
        <source>usage: integrations check</source>
        <translation>usage: integrations check</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FAILED</translation>
    </message>
    <message>
        <source>not configured</source>
        <translation>not configured</translation>
    </message>
    <message>
        <source>usage: sms send --to NUMBER --body TEXT [--wait SECONDS]</source>
        <translation>usage: sms send --to NUMBER --body TEXT [--wait SECONDS]</translation>
    </message>
    <message numerus="yes">
        <source>To %1, %n segment(s).</source>
        <translation>
            <numerusform>To %1, %n segment.</numerusform>
            <numerusform>To %1, %n segments.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: email send --to ADDRESS --subject S --text T [--html H] [--wait SECONDS]</source>
        <translation>usage: email send --to ADDRESS --subject S --text T [--html H] [--wait SECONDS]</translation>
    </message>
    <message>
        <source>GenieACS knows no device with serial %1.</source>
        <translation>GenieACS knows no device with serial %1.</translation>
    </message>
    <message>
        <source>%1 devices have serial %2 in GenieACS; use its device id.</source>
        <translation>%1 devices have serial %2 in GenieACS; use its device id.</translation>
    </message>
    <message>
        <source>Device     %1</source>
        <translation>Device     %1</translation>
    </message>
    <message>
        <source>Model      %1 %2</source>
        <translation>Model      %1 %2</translation>
    </message>
    <message>
        <source>State      %1 (last inform %2)</source>
        <translation>State      %1 (last inform %2)</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Firmware   %1</source>
        <translation>Firmware   %1</translation>
    </message>
    <message>
        <source>Optical    RX %1, TX %2</source>
        <translation>Optical    RX %1, TX %2</translation>
    </message>
    <message>
        <source>Wi-Fi      %1</source>
        <translation>Wi-Fi      %1</translation>
    </message>
    <message>
        <source>usage: gps follow [--retention-days N]</source>
        <translation>usage: gps follow [--retention-days N]</translation>
    </message>
    <message>
        <source>Connected to Traccar: receiving positions.</source>
        <translation>Connected to Traccar: receiving positions.</translation>
    </message>
    <message>
        <source>Traccar connection lost (%1); reconnecting...</source>
        <translation>Traccar connection lost (%1); reconnecting...</translation>
    </message>
    <message>
        <source>Stopped: %1 position(s) stored.</source>
        <translation>Stopped: %1 position(s) stored.</translation>
    </message>
    <message numerus="yes">
        <source>%n position(s), %1 new stored.</source>
        <translation>
            <numerusform>%n position, %1 new stored.</numerusform>
            <numerusform>%n positions, %1 new stored.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: sms send --to NUMBER --body TEXT</source>
        <translation>usage: sms send --to NUMBER --body TEXT</translation>
    </message>
    <message>
        <source>usage: email send --to ADDRESS --subject S --text T</source>
        <translation>usage: email send --to ADDRESS --subject S --text T</translation>
    </message>
    <message>
        <source>tickets export needs --out FILE</source>
        <translation>tickets export needs --out FILE</translation>
    </message>
    <message>
        <source>unknown sort: %1</source>
        <translation>unknown sort: %1</translation>
    </message>
    <message>
        <source>the separator is one character</source>
        <translation>the separator is one character</translation>
    </message>
    <message>
        <source>unknown argument: %1</source>
        <translation>unknown argument: %1</translation>
    </message>
    <message>
        <source>%1 tickets written to %2 in %3 s</source>
        <translation>%1 tickets written to %2 in %3 s</translation>
    </message>
    <message>
        <source>run %1: %2 tickets, %3 MB in %4 ms</source>
        <translation>run %1: %2 tickets, %3 MB in %4 ms</translation>
    </message>
    <message>
        <source>usage: stripe events [--peek] [--max-pages N]</source>
        <translation>usage: stripe events [--peek] [--max-pages N]</translation>
    </message>
    <message>
        <source>First read: events are followed from now on (earlier events are not replayed).</source>
        <translation>First read: events are followed from now on (earlier events are not replayed).</translation>
    </message>
    <message numerus="yes">
        <source>%n new event(s).</source>
        <translation>
            <numerusform>%n new event.</numerusform>
            <numerusform>%n new events.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new event(s); more remain: run it again.</source>
        <translation>
            <numerusform>%n new event; more remain: run it again.</numerusform>
            <numerusform>%n new events; more remain: run it again.</numerusform>
        </translation>
    </message>
    <message>
        <source>building indexes</source>
        <translation>building indexes</translation>
    </message>
    <message>
        <source>demo seed --replace deletes the business data of database &quot;%1&quot; on a server; add --confirm-database %1 to confirm</source>
        <translation>demo seed --replace deletes the business data of database &quot;%1&quot; on a server; add --confirm-database %1 to confirm</translation>
    </message>
    <message>
        <source>usage: demo seed [--scale S] [--seed N] [--replace [--confirm-database NAME]] [--today YYYY-MM-DD]</source>
        <translation>usage: demo seed [--scale S] [--seed N] [--replace [--confirm-database NAME]] [--today YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>no password is stored in the keychain for profile %1</source>
        <translation>no password is stored in the keychain for profile %1</translation>
    </message>
    <message>
        <source>the keychain is unavailable: %1</source>
        <translation>the keychain is unavailable: %1</translation>
    </message>
    <message>
        <source>  --db-keychain ID with --db: the password saved in the keychain for profile ID
                   (else PGPASSFILE or TARGO_DB_PASSWORD; never a password in CONNINFO)
</source>
        <translation>  --db-keychain ID with --db: the password saved in the keychain for profile ID
                   (else PGPASSFILE or TARGO_DB_PASSWORD; never a password in CONNINFO)
</translation>
    </message>
    <message>
        <source>--db-keychain needs --db</source>
        <translation>--db-keychain needs --db</translation>
    </message>
    <message>
        <source>warning: the password in --db is visible to other users of this computer; use PGPASSFILE, TARGO_DB_PASSWORD or --db-keychain instead</source>
        <translation>warning: the password in --db is visible to other users of this computer; use PGPASSFILE, TARGO_DB_PASSWORD or --db-keychain instead</translation>
    </message>
    <message>
        <source>no typo query could be built (empty database?)</source>
        <translation>no typo query could be built (empty database?)</translation>
    </message>
    <message>
        <source>typo miss: %1  (wanted %2)</source>
        <translation>typo miss: %1  (wanted %2)</translation>
    </message>
    <message>
        <source>≈ close match</source>
        <translation>≈ close match</translation>
    </message>
    <message>
        <source>bench audit needs customers (run demo seed first).</source>
        <translation>bench audit needs customers (run demo seed first).</translation>
    </message>
    <message>
        <source>
Staff accounts (one database login per person, in one group):
  staff add LOGIN --group dispatcher|billing|manager|admin --name NAME [--email E] [--password-stdin]
                                a login with a temporary password (printed once, or read from
                                standard input), to be changed at the first login
  staff list [--json]           staff members and the state of their logins
  staff set-group LOGIN GROUP   move a staff member to another group
  staff deactivate LOGIN        no more logins, sessions ended, history kept
  staff reset-password LOGIN [--password-stdin]
                                a new temporary password (printed once)
</source>
        <translation>
Staff accounts (one database login per person, in one group):
  staff add LOGIN --group dispatcher|billing|manager|admin --name NAME [--email E] [--password-stdin]
                                a login with a temporary password (printed once, or read from
                                standard input), to be changed at the first login
  staff list [--json]           staff members and the state of their logins
  staff set-group LOGIN GROUP   move a staff member to another group
  staff deactivate LOGIN        no more logins, sessions ended, history kept
  staff reset-password LOGIN [--password-stdin]
                                a new temporary password (printed once)
</translation>
    </message>
    <message>
        <source>The password given on standard input is temporary: valid 7 days, to be changed at the first login.</source>
        <translation>The password given on standard input is temporary: valid 7 days, to be changed at the first login.</translation>
    </message>
    <message>
        <source>Temporary password (shown only now; valid 7 days, to be changed at the first login):</source>
        <translation>Temporary password (shown only now; valid 7 days, to be changed at the first login):</translation>
    </message>
    <message>
        <source>usage: staff add LOGIN --group dispatcher|billing|manager|admin --name NAME [--email E] [--password-stdin]</source>
        <translation>usage: staff add LOGIN --group dispatcher|billing|manager|admin --name NAME [--email E] [--password-stdin]</translation>
    </message>
    <message>
        <source>Created the login %1 (%2).</source>
        <translation>Created the login %1 (%2).</translation>
    </message>
    <message>
        <source>usage: staff reset-password LOGIN [--password-stdin]</source>
        <translation>usage: staff reset-password LOGIN [--password-stdin]</translation>
    </message>
    <message>
        <source>New password for %1.</source>
        <translation>New password for %1.</translation>
    </message>
    <message>
        <source>usage: staff list [--json]</source>
        <translation>usage: staff list [--json]</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <source>database superuser</source>
        <translation>database superuser</translation>
    </message>
    <message>
        <source>no login</source>
        <translation>no login</translation>
    </message>
    <message>
        <source>cannot log in</source>
        <translation>cannot log in</translation>
    </message>
    <message>
        <source>must change password</source>
        <translation>must change password</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>usage: staff set-group LOGIN dispatcher|billing|manager|admin</source>
        <translation>usage: staff set-group LOGIN dispatcher|billing|manager|admin</translation>
    </message>
    <message>
        <source>%1 is now in the group %2.</source>
        <translation>%1 is now in the group %2.</translation>
    </message>
    <message>
        <source>usage: staff deactivate LOGIN</source>
        <translation>usage: staff deactivate LOGIN</translation>
    </message>
    <message numerus="yes">
        <source>%1 is deactivated (%n session(s) ended); its history is kept.</source>
        <translation>
            <numerusform>%1 is deactivated (%n session ended); its history is kept.</numerusform>
            <numerusform>%1 is deactivated (%n sessions ended); its history is kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: staff add|list|set-group|deactivate|reset-password ...</source>
        <translation>usage: staff add|list|set-group|deactivate|reset-password ...</translation>
    </message>
    <message>
        <source>usage: customer export-personal-data CODE --out FILE</source>
        <translation>usage: customer export-personal-data CODE --out FILE</translation>
    </message>
    <message>
        <source>customer export-personal-data needs --out FILE</source>
        <translation>customer export-personal-data needs --out FILE</translation>
    </message>
    <message>
        <source>customer export-personal-data needs a customer code</source>
        <translation>customer export-personal-data needs a customer code</translation>
    </message>
    <message>
        <source>Personal data of %1 written to %2 (%3 rows in %4 tables)</source>
        <translation>Personal data of %1 written to %2 (%3 rows in %4 tables)</translation>
    </message>
    <message>
        <source>
Personal data (Quebec Law 25):
  customer export-personal-data CODE --out FILE
                                everything stored about one customer as a ZIP of CSV + JSON files
                                (RADIUS passwords excluded); the export is recorded in the audit
</source>
        <translation>
Personal data (Quebec Law 25):
  customer export-personal-data CODE --out FILE
                                everything stored about one customer as a ZIP of CSV + JSON files
                                (RADIUS passwords excluded); the export is recorded in the audit
</translation>
    </message>
    <message>
        <source>bench dispatch needs scheduled jobs (run demo seed first).</source>
        <translation>bench dispatch needs scheduled jobs (run demo seed first).</translation>
    </message>
    <message>
        <source>No dispatch job has the code %1.</source>
        <translation>No dispatch job has the code %1.</translation>
    </message>
    <message>
        <source>No technician has the code %1.</source>
        <translation>No technician has the code %1.</translation>
    </message>
    <message>
        <source>%1: %2, version %3</source>
        <translation>%1: %2, version %3</translation>
    </message>
    <message>
        <source>refused:</source>
        <translation>refused:</translation>
    </message>
    <message>
        <source>usage: dispatch board --date YYYY-MM-DD [--json]</source>
        <translation>usage: dispatch board --date YYYY-MM-DD [--json]</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>day off</translation>
    </message>
    <message>
        <source>Queue: %1 unscheduled jobs</source>
        <translation>Queue: %1 unscheduled jobs</translation>
    </message>
    <message>
        <source>usage: dispatch check JOB --tech DT-CODE --start ISO8601 [--duration MIN]</source>
        <translation>usage: dispatch check JOB --tech DT-CODE --start ISO8601 [--duration MIN]</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>allowed</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>--expect-version takes a positive number.</source>
        <translation>--expect-version takes a positive number.</translation>
    </message>
    <message>
        <source>This job no longer exists.</source>
        <translation>This job no longer exists.</translation>
    </message>
    <message>
        <source>usage: dispatch assign JOB --tech DT-CODE --start ISO8601 [--duration MIN] [--expect-version N]</source>
        <translation>usage: dispatch assign JOB --tech DT-CODE --start ISO8601 [--duration MIN] [--expect-version N]</translation>
    </message>
    <message>
        <source>usage: dispatch unassign JOB [--expect-version N]</source>
        <translation>usage: dispatch unassign JOB [--expect-version N]</translation>
    </message>
    <message>
        <source>usage: dispatch status JOB STATUS [--reason TEXT] [--expect-version N] (STATUS: %1)</source>
        <translation>usage: dispatch status JOB STATUS [--reason TEXT] [--expect-version N] (STATUS: %1)</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2 (%3)  ETA %4: %n min, %5 km from the position of %6.</source>
        <translation>
            <numerusform>%1  %2 (%3)  ETA %4: %n min, %5 km from the position of %6.</numerusform>
            <numerusform>%1  %2 (%3)  ETA %4: %n min, %5 km from the position of %6.</numerusform>
        </translation>
    </message>
    <message>
        <source>Window ends at %1.</source>
        <translation>Window ends at %1.</translation>
    </message>
    <message>
        <source>SLIPPED: %1</source>
        <translation>SLIPPED: %1</translation>
    </message>
    <message>
        <source>SMS: %1</source>
        <translation>SMS: %1</translation>
    </message>
    <message>
        <source>Cannot be sent: %1</source>
        <translation>Cannot be sent: %1</translation>
    </message>
    <message>
        <source>usage: dispatch eta JOB [--send] [--expect-version N] [--json]</source>
        <translation>usage: dispatch eta JOB [--send] [--expect-version N] [--json]</translation>
    </message>
    <message>
        <source>Set TARGO_TWILIO_ACCOUNT_SID and TARGO_TWILIO_FROM.</source>
        <translation>Set TARGO_TWILIO_ACCOUNT_SID and TARGO_TWILIO_FROM.</translation>
    </message>
    <message>
        <source>SMS to %1 queued (outbox item %2): “%3”. `targo-opsctl worker` or the open application sends it.</source>
        <translation>SMS to %1 queued (outbox item %2): “%3”. `targo-opsctl worker` or the open application sends it.</translation>
    </message>
    <message>
        <source>
Dispatch (--json on each; a refusal exits with 3 and lists the broken rules: skill, region, shift,
absence, overlap, window, travel, version):
  dispatch board --date YYYY-MM-DD
                                technicians&apos; rows for the day and the unscheduled queue
  dispatch check JOB --tech DT-CODE --start ISO8601 [--duration MIN]
                                whether the slot is allowed, and why not
  dispatch assign JOB --tech DT-CODE --start ISO8601 [--duration MIN] [--expect-version N]
                                place or move a job (times without an offset are Quebec time)
  dispatch unassign JOB [--expect-version N]
                                back to the unscheduled queue
  dispatch status JOB STATUS [--reason TEXT] [--expect-version N]
                                dispatched, en_route, on_site, completed, cancelled (reason required)
  dispatch eta JOB [--send] [--expect-version N]
                                the technician&apos;s ETA from the last position; --send queues the
                                &quot;on my way&quot; SMS to the customer (Twilio, through the outbox)
</source>
        <translation>
Dispatch (--json on each; a refusal exits with 3 and lists the broken rules: skill, region, shift,
absence, overlap, window, travel, version):
  dispatch board --date YYYY-MM-DD
                                technicians&apos; rows for the day and the unscheduled queue
  dispatch check JOB --tech DT-CODE --start ISO8601 [--duration MIN]
                                whether the slot is allowed, and why not
  dispatch assign JOB --tech DT-CODE --start ISO8601 [--duration MIN] [--expect-version N]
                                place or move a job (times without an offset are Quebec time)
  dispatch unassign JOB [--expect-version N]
                                back to the unscheduled queue
  dispatch status JOB STATUS [--reason TEXT] [--expect-version N]
                                dispatched, en_route, on_site, completed, cancelled (reason required)
  dispatch eta JOB [--send] [--expect-version N]
                                the technician&apos;s ETA from the last position; --send queues the
                                &quot;on my way&quot; SMS to the customer (Twilio, through the outbox)
</translation>
    </message>
    <message>
        <source>usage: dispatch board|check|assign|unassign|status|eta|optimize ...</source>
        <translation>usage: dispatch board|check|assign|unassign|status|eta|optimize ...</translation>
    </message>
    <message>
        <source>Plan for %1: %2 changes, %3 jobs placed, %4 left unassigned; driving %5 km, %6 min -&gt; %7 km, %8 min (first plan %9 ms)</source>
        <translation>Plan for %1: %2 changes, %3 jobs placed, %4 left unassigned; driving %5 km, %6 min -&gt; %7 km, %8 min (first plan %9 ms)</translation>
    </message>
    <message>
        <source>%1 jobs -&gt; %2, %3 km -&gt; %4 km, %5 min -&gt; %6 min</source>
        <translation>%1 jobs -&gt; %2, %3 km -&gt; %4 km, %5 min -&gt; %6 min</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>queue</translation>
    </message>
    <message>
        <source>  unassigned %1 (%2): %3</source>
        <translation>  unassigned %1 (%2): %3</translation>
    </message>
    <message>
        <source>Applied: %1 jobs written.</source>
        <translation>Applied: %1 jobs written.</translation>
    </message>
    <message>
        <source>The period %1 has nothing left to bill: seed the demo data first.</source>
        <translation>The period %1 has nothing left to bill: seed the demo data first.</translation>
    </message>
    <message>
        <source>Period %1 — preview, nothing written</source>
        <translation>Period %1 — preview, nothing written</translation>
    </message>
    <message>
        <source>Period %1 — committed (run %2)</source>
        <translation>Period %1 — committed (run %2)</translation>
    </message>
    <message>
        <source>  invoices: %1</source>
        <translation>  invoices: %1</translation>
    </message>
    <message>
        <source>  lines: %1 (subscriptions %2, one-time charges %3)</source>
        <translation>  lines: %1 (subscriptions %2, one-time charges %3)</translation>
    </message>
    <message>
        <source>  customers already invoiced for the period (skipped): %1</source>
        <translation>  customers already invoiced for the period (skipped): %1</translation>
    </message>
    <message>
        <source>  subtotal: %1 cents</source>
        <translation>  subtotal: %1 cents</translation>
    </message>
    <message>
        <source>  GST: %1 cents</source>
        <translation>  GST: %1 cents</translation>
    </message>
    <message>
        <source>  QST: %1 cents</source>
        <translation>  QST: %1 cents</translation>
    </message>
    <message>
        <source>  total: %1 cents</source>
        <translation>  total: %1 cents</translation>
    </message>
    <message>
        <source>  invoices %1 to %2</source>
        <translation>  invoices %1 to %2</translation>
    </message>
    <message>
        <source>By plan:</source>
        <translation>By plan:</translation>
    </message>
    <message>
        <source>one-time charges</source>
        <translation>one-time charges</translation>
    </message>
    <message>
        <source>  %1: %2 lines, %3 cents</source>
        <translation>  %1: %2 lines, %3 cents</translation>
    </message>
    <message>
        <source>Anomalies:</source>
        <translation>Anomalies:</translation>
    </message>
    <message>
        <source>  %1: %2 (%3)</source>
        <translation>  %1: %2 (%3)</translation>
    </message>
    <message>
        <source>usage: billing run --period YYYY-MM [--preview] [--json]</source>
        <translation>usage: billing run --period YYYY-MM [--preview] [--json]</translation>
    </message>
    <message>
        <source>billing run: step %1 of %2</source>
        <translation>billing run: step %1 of %2</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refused: %1</translation>
    </message>
    <message>
        <source>usage: billing charge CUST-CODE --amount CENTS --description TEXT [--quantity N] [--tax-exempt] [--json]</source>
        <translation>usage: billing charge CUST-CODE --amount CENTS --description TEXT [--quantity N] [--tax-exempt] [--json]</translation>
    </message>
    <message>
        <source>“%1” is not an amount in cents (for example 4999 or -1500).</source>
        <translation>“%1” is not an amount in cents (for example 4999 or -1500).</translation>
    </message>
    <message>
        <source>“%1” is not a quantity.</source>
        <translation>“%1” is not a quantity.</translation>
    </message>
    <message>
        <source>Charge %1 recorded for %2: %3 × %4 cents, billed on the next run.</source>
        <translation>Charge %1 recorded for %2: %3 × %4 cents, billed on the next run.</translation>
    </message>
    <message>
        <source>
Billing (--json on each; bad input exits with 2, a run the data refuses with 3):
  billing run --period YYYY-MM [--preview]
                                invoice every customer for the month (at most next month): counts and
                                subtotal, GST, QST, total in cents; --preview writes nothing but the
                                preview&apos;s record, and lists the per-plan totals and the anomalies
  billing charge CUST-CODE --amount CENTS --description TEXT [--quantity N] [--tax-exempt]
                                a one-time charge (negative: a credit, which must be --tax-exempt)
                                billed as its own line by the next run
</source>
        <translation>
Billing (--json on each; bad input exits with 2, a run the data refuses with 3):
  billing run --period YYYY-MM [--preview]
                                invoice every customer for the month (at most next month): counts and
                                subtotal, GST, QST, total in cents; --preview writes nothing but the
                                preview&apos;s record, and lists the per-plan totals and the anomalies
  billing charge CUST-CODE --amount CENTS --description TEXT [--quantity N] [--tax-exempt]
                                a one-time charge (negative: a credit, which must be --tax-exempt)
                                billed as its own line by the next run
</translation>
    </message>
    <message>
        <source>usage: bench invoice-pdf [--runs N] [--code INV-CODE]</source>
        <translation>usage: bench invoice-pdf [--runs N] [--code INV-CODE]</translation>
    </message>
    <message>
        <source>There is no invoice: run `demo seed` first.</source>
        <translation>There is no invoice: run `demo seed` first.</translation>
    </message>
    <message>
        <source>No invoice has the code %1.</source>
        <translation>No invoice has the code %1.</translation>
    </message>
    <message>
        <source>usage: billing invoice pdf INV-CODE --out FILE</source>
        <translation>usage: billing invoice pdf INV-CODE --out FILE</translation>
    </message>
    <message>
        <source>%1 written to %2</source>
        <translation>%1 written to %2</translation>
    </message>
    <message>
        <source>usage: billing invoice pdf INV-CODE --out FILE | credit INV-CODE | void INV-CODE | show INV-CODE</source>
        <translation>usage: billing invoice pdf INV-CODE --out FILE | credit INV-CODE | void INV-CODE | show INV-CODE</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>unexpected argument: %1</translation>
    </message>
    <message>
        <source>Credit note %1 corrects %2 (%3 cents).</source>
        <translation>Credit note %1 corrects %2 (%3 cents).</translation>
    </message>
    <message>
        <source>%1 is void.</source>
        <translation>%1 is void.</translation>
    </message>
    <message>
        <source>%1  %2  %3  total %4 cents (GST %5, QST %6), paid %7, due %8</source>
        <translation>%1  %2  %3  total %4 cents (GST %5, QST %6), paid %7, due %8</translation>
    </message>
    <message>
        <source>e-mail: outbox #%1, %2</source>
        <translation>e-mail: outbox #%1, %2</translation>
    </message>
    <message>
        <source>e-mail: not sent</source>
        <translation>e-mail: not sent</translation>
    </message>
    <message>
        <source>usage: billing send --period YYYY-MM</source>
        <translation>usage: billing send --period YYYY-MM</translation>
    </message>
    <message>
        <source>The period %1 is not a month written YYYY-MM (for example 2026-11).</source>
        <translation>The period %1 is not a month written YYYY-MM (for example 2026-11).</translation>
    </message>
    <message>
        <source>E-mail is not set up: set TARGO_MAILJET_FROM_EMAIL (Mailjet&apos;s sender address) before sending invoices.</source>
        <translation>E-mail is not set up: set TARGO_MAILJET_FROM_EMAIL (Mailjet&apos;s sender address) before sending invoices.</translation>
    </message>
    <message>
        <source>%1 / %2 invoices</source>
        <translation>%1 / %2 invoices</translation>
    </message>
    <message>
        <source>%1: %2 invoices, %3 e-mails queued, %4 customers without an e-mail address, %5 already queued</source>
        <translation>%1: %2 invoices, %3 e-mails queued, %4 customers without an e-mail address, %5 already queued</translation>
    </message>
    <message>
        <source>
Scheduling benchmark:
  bench vrptw --instances DIR [--seconds S] [--seed N] [--routes]
                                solve the Solomon / Gehring-Homberger files of DIR, S s each (1 by
                                default), vehicles first then distance; gaps to DIR/bks.csv if present
</source>
        <translation>
Scheduling benchmark:
  bench vrptw --instances DIR [--seconds S] [--seed N] [--routes]
                                solve the Solomon / Gehring-Homberger files of DIR, S s each (1 by
                                default), vehicles first then distance; gaps to DIR/bks.csv if present
</translation>
    </message>
    <message>
        <source>%1: the header must name the columns instance, vehicles and distance</source>
        <translation>%1: the header must name the columns instance, vehicles and distance</translation>
    </message>
    <message>
        <source>%1, line %2: missing columns</source>
        <translation>%1, line %2: missing columns</translation>
    </message>
    <message>
        <source>%1, line %2: vehicles and distance must be positive numbers</source>
        <translation>%1, line %2: vehicles and distance must be positive numbers</translation>
    </message>
    <message>
        <source>bench vrptw: unexpected argument %1</source>
        <translation>bench vrptw: unexpected argument %1</translation>
    </message>
    <message>
        <source>bench vrptw needs --instances DIR</source>
        <translation>bench vrptw needs --instances DIR</translation>
    </message>
    <message>
        <source>--seconds must be a number of seconds between 0 and 3600</source>
        <translation>--seconds must be a number of seconds between 0 and 3600</translation>
    </message>
    <message>
        <source>--seed must be a whole number</source>
        <translation>--seed must be a whole number</translation>
    </message>
    <message>
        <source>no such folder: %1</source>
        <translation>no such folder: %1</translation>
    </message>
    <message>
        <source>no instance files (*.txt) in %1</source>
        <translation>no instance files (*.txt) in %1</translation>
    </message>
    <message>
        <source>| instance | vehicles | distance | feasible | seconds | BKS vehicles | BKS distance | gap % |</source>
        <translation>| instance | vehicles | distance | feasible | seconds | BKS vehicles | BKS distance | gap % |</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 vehicle(s)</source>
        <translation>%1 vehicle(s)</translation>
    </message>
    <message>
        <source>Route %1: %2</source>
        <translation>Route %1: %2</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NO</translation>
    </message>
    <message>
        <source>%1: the plan is not feasible: %2</source>
        <translation>%1: the plan is not feasible: %2</translation>
    </message>
    <message>
        <source>warning: cannot write %1</source>
        <translation>warning: cannot write %1</translation>
    </message>
    <message>
        <source>%1: %2 instances, %3 feasible, %4 vehicles, distance %5</source>
        <translation>%1: %2 instances, %3 feasible, %4 vehicles, distance %5</translation>
    </message>
    <message>
        <source>; mean gap %1 % on %2 at the best-known vehicle count; mean extra vehicles %3</source>
        <translation>; mean gap %1 % on %2 at the best-known vehicle count; mean extra vehicles %3</translation>
    </message>
    <message>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <source>
Receivables (--json on each):
  receivables aging --as-of YYYY-MM-DD [--customers N] [--bucket current|1-30|31-60|61-90|over-90]
                                what customers owe on that date by days late (current, 1-30, 31-60,
                                61-90, over 90): cents, invoices and customers per bucket; with
                                --customers, the N largest debtors (of the bucket)
  bench receivables [--runs N]  the aging report as of today and its over-90 customers
</source>
        <translation>
Receivables (--json on each):
  receivables aging --as-of YYYY-MM-DD [--customers N] [--bucket current|1-30|31-60|61-90|over-90]
                                what customers owe on that date by days late (current, 1-30, 31-60,
                                61-90, over 90): cents, invoices and customers per bucket; with
                                --customers, the N largest debtors (of the bucket)
  bench receivables [--runs N]  the aging report as of today and its over-90 customers
</translation>
    </message>
    <message>
        <source>usage: receivables aging --as-of YYYY-MM-DD [--customers N] [--bucket current|1-30|31-60|61-90|over-90] [--json]</source>
        <translation>usage: receivables aging --as-of YYYY-MM-DD [--customers N] [--bucket current|1-30|31-60|61-90|over-90] [--json]</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD).</source>
        <translation>“%1” is not a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>--customers takes a number from 0 to 5000, not “%1”.</source>
        <translation>--customers takes a number from 0 to 5000, not “%1”.</translation>
    </message>
    <message>
        <source>Receivables as of %1</source>
        <translation>Receivables as of %1</translation>
    </message>
    <message>
        <source>  %1: %2 cents, %3 invoices, %4 customers</source>
        <translation>  %1: %2 cents, %3 invoices, %4 customers</translation>
    </message>
    <message>
        <source>  total: %1 cents, %2 invoices, %3 customers</source>
        <translation>  total: %1 cents, %2 invoices, %3 customers</translation>
    </message>
    <message>
        <source>  %1 %2: %3 cents in %4 invoices, oldest due %5</source>
        <translation>  %1 %2: %3 cents in %4 invoices, oldest due %5</translation>
    </message>
    <message>
        <source>usage: receivables aging --as-of YYYY-MM-DD ...</source>
        <translation>usage: receivables aging --as-of YYYY-MM-DD ...</translation>
    </message>
    <message>
        <source>bench receivables needs open invoices (run demo seed first).</source>
        <translation>bench receivables needs open invoices (run demo seed first).</translation>
    </message>
    <message>
        <source>usage: bench invoice-list [--runs N]</source>
        <translation>usage: bench invoice-list [--runs N]</translation>
    </message>
    <message>
        <source>walked %1 pages (%2 invoices) in %3 s</source>
        <translation>walked %1 pages (%2 invoices) in %3 s</translation>
    </message>
    <message>
        <source>
Invoices (PDF in the customer&apos;s language; e-mails through the outbox):
  billing invoice pdf INV-CODE --out FILE
                                the invoice or credit note as a PDF
  billing invoice show INV-CODE the invoice&apos;s totals, taxes and e-mail state
  billing invoice credit INV-CODE
                                a credit note correcting the invoice in full (taxes reversed)
  billing invoice void INV-CODE a draft invoice becomes void
  billing send --period YYYY-MM each invoice of the period e-mailed with its PDF (Mailjet sender:
                                TARGO_MAILJET_FROM_EMAIL); customers without an address are skipped
  bench invoice-pdf [--runs N] [--code INV-CODE]
                                one invoice PDF rendered N times
  bench invoice-list [--runs N] the invoice list&apos;s first and deepest pages
</source>
        <translation>
Invoices (PDF in the customer&apos;s language; e-mails through the outbox):
  billing invoice pdf INV-CODE --out FILE
                                the invoice or credit note as a PDF
  billing invoice show INV-CODE the invoice&apos;s totals, taxes and e-mail state
  billing invoice credit INV-CODE
                                a credit note correcting the invoice in full (taxes reversed)
  billing invoice void INV-CODE a draft invoice becomes void
  billing send --period YYYY-MM each invoice of the period e-mailed with its PDF (Mailjet sender:
                                TARGO_MAILJET_FROM_EMAIL); customers without an address are skipped
  bench invoice-pdf [--runs N] [--code INV-CODE]
                                one invoice PDF rendered N times
  bench invoice-list [--runs N] the invoice list&apos;s first and deepest pages
</translation>
    </message>
    <message>
        <source>Travel times: %1</source>
        <translation>Travel times: %1</translation>
    </message>
    <message>
        <source>usage: dispatch optimize --date YYYY-MM-DD [--seconds S] [--travel straight|osrm|FILE] [--apply] [--json] (S: 0 to 600)</source>
        <translation>usage: dispatch optimize --date YYYY-MM-DD [--seconds S] [--travel straight|osrm|FILE] [--apply] [--json] (S: 0 to 600)</translation>
    </message>
    <message>
        <source>  dispatch optimize --date YYYY-MM-DD [--seconds S] [--travel straight|osrm|FILE] [--apply]
                                the day optimizer: the proposed changes (default 2 s of solving);
                                --travel: straight line, the routing server (TARGO_OSRM_BASE_URL) or
                                a matrix file (default TARGO_TRAVEL_SOURCE, else straight);
                                --apply writes them in one transaction (exit 3 when the board changed
                                meanwhile or a rule refuses)
</source>
        <translation>  dispatch optimize --date YYYY-MM-DD [--seconds S] [--travel straight|osrm|FILE] [--apply]
                                the day optimizer: the proposed changes (default 2 s of solving);
                                --travel: straight line, the routing server (TARGO_OSRM_BASE_URL) or
                                a matrix file (default TARGO_TRAVEL_SOURCE, else straight);
                                --apply writes them in one transaction (exit 3 when the board changed
                                meanwhile or a rule refuses)
</translation>
    </message>
    <message>
        <source>usage: billing items [--json]</source>
        <translation>usage: billing items [--json]</translation>
    </message>
    <message>
        <source>  then %1 cents from %2</source>
        <translation>  then %1 cents from %2</translation>
    </message>
    <message>
        <source>  (inactive)</source>
        <translation>  (inactive)</translation>
    </message>
    <message>
        <source>usage: billing run|charge|items ...</source>
        <translation>usage: billing run|charge|items ...</translation>
    </message>
    <message>
        <source>  billing items                 the plans and products, their price and a change scheduled for next month
</source>
        <translation>  billing items                 the plans and products, their price and a change scheduled for next month
</translation>
    </message>
    <message>
        <source>  %1: %2 cents</source>
        <translation>  %1: %2 cents</translation>
    </message>
    <message>
        <source>  customer&apos;s credit: %1 cents; balance: %2 cents</source>
        <translation>  customer&apos;s credit: %1 cents; balance: %2 cents</translation>
    </message>
    <message>
        <source>usage: payments add CUST-CODE --amount CENTS --method cash|cheque|etransfer [--reference R] [--date YYYY-MM-DD] [--json]</source>
        <translation>usage: payments add CUST-CODE --amount CENTS --method cash|cheque|etransfer [--reference R] [--date YYYY-MM-DD] [--json]</translation>
    </message>
    <message>
        <source>“%1” is not an amount in cents (for example 4999).</source>
        <translation>“%1” is not an amount in cents (for example 4999).</translation>
    </message>
    <message>
        <source>Payment %1 recorded for %2: %3 cents (%4).</source>
        <translation>Payment %1 recorded for %2: %3 cents (%4).</translation>
    </message>
    <message>
        <source>usage: payments reverse PAY-CODE --reason TEXT [--json]</source>
        <translation>usage: payments reverse PAY-CODE --reason TEXT [--json]</translation>
    </message>
    <message>
        <source>There is no payment %1.</source>
        <translation>There is no payment %1.</translation>
    </message>
    <message>
        <source>Payment %1 reversed; invoices re-opened:</source>
        <translation>Payment %1 reversed; invoices re-opened:</translation>
    </message>
    <message>
        <source>usage: billing verify [--json]</source>
        <translation>usage: billing verify [--json]</translation>
    </message>
    <message>
        <source>%1 customers checked in %2 ms: %3 balance differences.</source>
        <translation>%1 customers checked in %2 ms: %3 balance differences.</translation>
    </message>
    <message>
        <source>  %1: balance %2 cents, expected %3 cents</source>
        <translation>  %1: balance %2 cents, expected %3 cents</translation>
    </message>
    <message>
        <source>Invoices whose paid amount or status disagrees with their allocations: %1; over-allocated invoices: %2; over-allocated or not-succeeded payments with allocations: %3.</source>
        <translation>Invoices whose paid amount or status disagrees with their allocations: %1; over-allocated invoices: %2; over-allocated or not-succeeded payments with allocations: %3.</translation>
    </message>
    <message>
        <source>No customer has open invoices: seed the demo data first.</source>
        <translation>No customer has open invoices: seed the demo data first.</translation>
    </message>
    <message>
        <source>indexing ticket messages</source>
        <translation>indexing ticket messages</translation>
    </message>
    <message>
        <source>Stripe is not configured: %1 Set %2.</source>
        <translation>Stripe is not configured: %1 Set %2.</translation>
    </message>
    <message>
        <source>usage: payments ppa-run --date YYYY-MM-DD [--json]</source>
        <translation>usage: payments ppa-run --date YYYY-MM-DD [--json]</translation>
    </message>
    <message>
        <source>PPA run %1 of %2: %3 invoices (%4 resent), %5 cents requested; %6 succeeded, %7 pending at the bank, %8 failed, %9 skipped (held by another run).</source>
        <translation>PPA run %1 of %2: %3 invoices (%4 resent), %5 cents requested; %6 succeeded, %7 pending at the bank, %8 failed, %9 skipped (held by another run).</translation>
    </message>
    <message>
        <source>%1 requests in %2 ms (%3 per second, limit %4).</source>
        <translation>%1 requests in %2 ms (%3 per second, limit %4).</translation>
    </message>
    <message>
        <source>The run stopped: %1</source>
        <translation>The run stopped: %1</translation>
    </message>
    <message>
        <source>%1 attempts could not be completed; run it again: they are sent with the same keys, so nothing is charged twice.</source>
        <translation>%1 attempts could not be completed; run it again: they are sent with the same keys, so nothing is charged twice.</translation>
    </message>
    <message>
        <source>usage: stripe apply-events [--max-pages N] [--json]</source>
        <translation>usage: stripe apply-events [--max-pages N] [--json]</translation>
    </message>
    <message>
        <source>%1 events read: %2 applied, %3 ignored, %4 unmatched, %5 already applied, %6 failed. Cursor: %7.</source>
        <translation>%1 events read: %2 applied, %3 ignored, %4 unmatched, %5 already applied, %6 failed. Cursor: %7.</translation>
    </message>
    <message>
        <source>More events remain: run it again.</source>
        <translation>More events remain: run it again.</translation>
    </message>
    <message>
        <source>--lang takes fr or en, not %1.</source>
        <translation>--lang takes fr or en, not %1.</translation>
    </message>
    <message>
        <source>The PDF cannot be written to %1.</source>
        <translation>The PDF cannot be written to %1.</translation>
    </message>
    <message>
        <source>usage: payments receipt PAY-CODE --out FILE.pdf [--lang fr|en]</source>
        <translation>usage: payments receipt PAY-CODE --out FILE.pdf [--lang fr|en]</translation>
    </message>
    <message>
        <source>No payment has the code %1.</source>
        <translation>No payment has the code %1.</translation>
    </message>
    <message>
        <source>Receipt of %1 written to %2</source>
        <translation>Receipt of %1 written to %2</translation>
    </message>
    <message>
        <source>usage: billing statement CUST-CODE --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.pdf [--lang fr|en]</source>
        <translation>usage: billing statement CUST-CODE --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.pdf [--lang fr|en]</translation>
    </message>
    <message>
        <source>%1 is not a date written YYYY-MM-DD.</source>
        <translation>%1 is not a date written YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The start (%1) is after the end (%2).</source>
        <translation>The start (%1) is after the end (%2).</translation>
    </message>
    <message>
        <source>No customer has the code %1.</source>
        <translation>No customer has the code %1.</translation>
    </message>
    <message>
        <source>Statement of %1 from %2 to %3 written to %4: opening %5 cents, %6 lines, closing %7 cents</source>
        <translation>Statement of %1 from %2 to %3 written to %4: opening %5 cents, %6 lines, closing %7 cents</translation>
    </message>
    <message>
        <source>usage: bench statement [--runs N] [--months M] [--code CUST-CODE]</source>
        <translation>usage: bench statement [--runs N] [--months M] [--code CUST-CODE]</translation>
    </message>
    <message>
        <source>No customer to print: seed the demo data first.</source>
        <translation>No customer to print: seed the demo data first.</translation>
    </message>
    <message>
        <source>usage: billing dunning --date YYYY-MM-DD [--preview] [--json]</source>
        <translation>usage: billing dunning --date YYYY-MM-DD [--preview] [--json]</translation>
    </message>
    <message>
        <source>Dunning of %1 — preview, nothing written</source>
        <translation>Dunning of %1 — preview, nothing written</translation>
    </message>
    <message>
        <source>Dunning of %1 — recorded</source>
        <translation>Dunning of %1 — recorded</translation>
    </message>
    <message>
        <source>  %1 %2 %3: %4 cents, %5 days late, %6</source>
        <translation>  %1 %2 %3: %4 cents, %5 days late, %6</translation>
    </message>
    <message>
        <source>%1 e-mails, %2 SMS, %3 suspension notices, %4 customers suspended, %5 actions skipped (%6 ms)</source>
        <translation>%1 e-mails, %2 SMS, %3 suspension notices, %4 customers suspended, %5 actions skipped (%6 ms)</translation>
    </message>
    <message>
        <source>usage: billing hold CUST-CODE --until YYYY-MM-DD --reason TEXT [--json]</source>
        <translation>usage: billing hold CUST-CODE --until YYYY-MM-DD --reason TEXT [--json]</translation>
    </message>
    <message>
        <source>No customer %1.</source>
        <translation>No customer %1.</translation>
    </message>
    <message>
        <source>Hold %1: %2 is skipped by dunning until %3.</source>
        <translation>Hold %1: %2 is skipped by dunning until %3.</translation>
    </message>
    <message>
        <source>bench dunning needs late invoices (run demo seed first).</source>
        <translation>bench dunning needs late invoices (run demo seed first).</translation>
    </message>
    <message>
        <source>
Dunning (--json on each; bad input exits with 2 and writes nothing):
  billing dunning --date YYYY-MM-DD [--preview]
                                the stages reached on that date (reminder e-mail, SMS, suspension
                                notice, suspension), each recorded once per invoice; --preview writes
                                nothing
  billing hold CUST-CODE --until YYYY-MM-DD --reason TEXT
                                dunning skips the customer until that date
  bench dunning [--runs N]      the dunning preview for the whole base (target 2 s, aim 300 ms)
Receipts and statements (PDF in the customer&apos;s language unless --lang; bad input exits with 2):
  payments receipt PAY-CODE --out FILE.pdf [--lang fr|en]
                                the payment&apos;s receipt: invoices paid, credit, balance
  billing statement CUST-CODE --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.pdf [--lang fr|en]
                                opening balance, every movement with the running balance, closing
                                balance and the aging of what is open at the end
  bench statement [--runs N] [--months M]
                                a 24-month statement loaded and rendered N times (target 200 ms)
</source>
        <translation>
Dunning (--json on each; bad input exits with 2 and writes nothing):
  billing dunning --date YYYY-MM-DD [--preview]
                                the stages reached on that date (reminder e-mail, SMS, suspension
                                notice, suspension), each recorded once per invoice; --preview writes
                                nothing
  billing hold CUST-CODE --until YYYY-MM-DD --reason TEXT
                                dunning skips the customer until that date
  bench dunning [--runs N]      the dunning preview for the whole base (target 2 s, aim 300 ms)
Receipts and statements (PDF in the customer&apos;s language unless --lang; bad input exits with 2):
  payments receipt PAY-CODE --out FILE.pdf [--lang fr|en]
                                the payment&apos;s receipt: invoices paid, credit, balance
  billing statement CUST-CODE --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.pdf [--lang fr|en]
                                opening balance, every movement with the running balance, closing
                                balance and the aging of what is open at the end
  bench statement [--runs N] [--months M]
                                a 24-month statement loaded and rendered N times (target 200 ms)
</translation>
    </message>
    <message>
        <source>
Payments (--json on each; bad input exits with 2 and writes nothing):
  payments add CUST-CODE --amount CENTS --method cash|cheque|etransfer [--reference R]
               [--date YYYY-MM-DD]
                                a manual payment, allocated to the open invoices oldest first; the rest
                                stays as the customer&apos;s credit
  payments reverse PAY-CODE --reason TEXT
                                an NSF cheque: the invoices re-open, the balance comes back (3: already
                                reversed)
  payments allocate PAY-CODE (--oldest-first | --invoice INV-CODE=CENTS [--invoice ...])
                                the payment&apos;s allocation replaced; the rest stays as the customer&apos;s
                                credit (3: reversed, or changed meanwhile)
  payments apply-credit CUST-CODE
                                the customer&apos;s credit applied to its open invoices oldest first
  billing verify                every customer&apos;s balance recomputed (exit 4 when any differs)
  payments ppa-run --date YYYY-MM-DD
                                the PPA run: one Stripe PaymentIntent per due invoice of the PPA
                                customers, never two per invoice (3: attempts left unsent, run again)
  stripe apply-events [--max-pages N]
                                Stripe&apos;s events since the stored cursor applied to payments, each once
  bench payments [--runs N]     payment entry saved with allocation (p95 target 50 ms)
</source>
        <translation>
Payments (--json on each; bad input exits with 2 and writes nothing):
  payments add CUST-CODE --amount CENTS --method cash|cheque|etransfer [--reference R]
               [--date YYYY-MM-DD]
                                a manual payment, allocated to the open invoices oldest first; the rest
                                stays as the customer&apos;s credit
  payments reverse PAY-CODE --reason TEXT
                                an NSF cheque: the invoices re-open, the balance comes back (3: already
                                reversed)
  payments allocate PAY-CODE (--oldest-first | --invoice INV-CODE=CENTS [--invoice ...])
                                the payment&apos;s allocation replaced; the rest stays as the customer&apos;s
                                credit (3: reversed, or changed meanwhile)
  payments apply-credit CUST-CODE
                                the customer&apos;s credit applied to its open invoices oldest first
  billing verify                every customer&apos;s balance recomputed (exit 4 when any differs)
  payments ppa-run --date YYYY-MM-DD
                                the PPA run: one Stripe PaymentIntent per due invoice of the PPA
                                customers, never two per invoice (3: attempts left unsent, run again)
  stripe apply-events [--max-pages N]
                                Stripe&apos;s events since the stored cursor applied to payments, each once
  bench payments [--runs N]     payment entry saved with allocation (p95 target 50 ms)
</translation>
    </message>
    <message>
        <source>  payments refund PAY-CODE [--amount CENTS] --reason TEXT
                                a card or debit payment refunded through Stripe, all that is left by
                                default (2: above what is left; 3: not a succeeded Stripe payment)
  stripe setup-link CUST-CODE --method card|acss_debit --via email|sms [--to R]
                                a link to save a card or a debit mandate, sent through the outbox (the
                                page: TARGO_STRIPE_SETUP_PAGE_URL)
</source>
        <translation>  payments refund PAY-CODE [--amount CENTS] --reason TEXT
                                a card or debit payment refunded through Stripe, all that is left by
                                default (2: above what is left; 3: not a succeeded Stripe payment)
  stripe setup-link CUST-CODE --method card|acss_debit --via email|sms [--to R]
                                a link to save a card or a debit mandate, sent through the outbox (the
                                page: TARGO_STRIPE_SETUP_PAGE_URL)
</translation>
    </message>
    <message>
        <source>usage: payments allocate PAY-CODE (--oldest-first | --invoice INV-CODE=CENTS [--invoice ...]) [--json]</source>
        <translation>usage: payments allocate PAY-CODE (--oldest-first | --invoice INV-CODE=CENTS [--invoice ...]) [--json]</translation>
    </message>
    <message>
        <source>“%1” is not INV-CODE=CENTS (for example INV-00012=4999).</source>
        <translation>“%1” is not INV-CODE=CENTS (for example INV-00012=4999).</translation>
    </message>
    <message>
        <source>%1 is not an open invoice of %2.</source>
        <translation>%1 is not an open invoice of %2.</translation>
    </message>
    <message>
        <source>Payment %1 now allocated:</source>
        <translation>Payment %1 now allocated:</translation>
    </message>
    <message>
        <source>usage: payments apply-credit CUST-CODE [--json]</source>
        <translation>usage: payments apply-credit CUST-CODE [--json]</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>There is no customer %1.</translation>
    </message>
    <message>
        <source>%1: %2 cents of credit applied; %3 cents of credit left.</source>
        <translation>%1: %2 cents of credit applied; %3 cents of credit left.</translation>
    </message>
    <message>
        <source>usage: payments refund PAY-CODE [--amount CENTS] --reason TEXT [--json]</source>
        <translation>usage: payments refund PAY-CODE [--amount CENTS] --reason TEXT [--json]</translation>
    </message>
    <message>
        <source>The amount of a refund must be above zero.</source>
        <translation>The amount of a refund must be above zero.</translation>
    </message>
    <message>
        <source>Refund of %1 cents on payment %2: %3 (%4).</source>
        <translation>Refund of %1 cents on payment %2: %3 (%4).</translation>
    </message>
    <message>
        <source>  refunded on the payment: %1 cents; balance: %2 cents</source>
        <translation>  refunded on the payment: %1 cents; balance: %2 cents</translation>
    </message>
    <message>
        <source>usage: payments add|reverse|allocate|apply-credit|refund|ppa-run|receipt ...</source>
        <translation>usage: payments add|reverse|allocate|apply-credit|refund|ppa-run|receipt ...</translation>
    </message>
    <message>
        <source>usage: stripe setup-link CUST-CODE --method card|acss_debit --via email|sms [--to R] [--json]</source>
        <translation>usage: stripe setup-link CUST-CODE --method card|acss_debit --via email|sms [--to R] [--json]</translation>
    </message>
    <message>
        <source>Link for %1 (%2) queued to %3 by %4 (outbox row %5).</source>
        <translation>Link for %1 (%2) queued to %3 by %4 (outbox row %5).</translation>
    </message>
    <message>
        <source>Campaign %1 (%2): %3 sent, %4 failed, %5 skipped, %6 ambiguous, %7 cancelled, %8 pending, %9 queued; %10 per second over the last 10 s.</source>
        <translation>Campaign %1 (%2): %3 sent, %4 failed, %5 skipped, %6 ambiguous, %7 cancelled, %8 pending, %9 queued; %10 per second over the last 10 s.</translation>
    </message>
    <message>
        <source>usage: campaign send CODE [--wait] [--json]</source>
        <translation>usage: campaign send CODE [--wait] [--json]</translation>
    </message>
    <message>
        <source>Campaign %1 is being sent: %2 recipient(s) queued. `targo-opsctl worker` (or the open application) sends them and continues the campaign.</source>
        <translation>Campaign %1 is being sent: %2 recipient(s) queued. `targo-opsctl worker` (or the open application) sends them and continues the campaign.</translation>
    </message>
    <message>
        <source>usage: campaign pause|resume|cancel CODE</source>
        <translation>usage: campaign pause|resume|cancel CODE</translation>
    </message>
    <message numerus="yes">
        <source>Campaign %1 cancelled: %n recipient(s) will not be sent.</source>
        <translation>
            <numerusform>Campaign %1 cancelled: %n recipient will not be sent.</numerusform>
            <numerusform>Campaign %1 cancelled: %n recipients will not be sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Campaign %1 paused: the messages already queued finish, no new ones start.</source>
        <translation>Campaign %1 paused: the messages already queued finish, no new ones start.</translation>
    </message>
    <message>
        <source>Campaign %1 resumed.</source>
        <translation>Campaign %1 resumed.</translation>
    </message>
    <message>
        <source>usage: campaign resend CODE (--recipient ADDR | --all-failed)</source>
        <translation>usage: campaign resend CODE (--recipient ADDR | --all-failed)</translation>
    </message>
    <message numerus="yes">
        <source>%n failed recipient(s) of campaign %1 will be sent again (`campaign send %1 --wait` or the worker).</source>
        <translation>
            <numerusform>%n failed recipient of campaign %1 will be sent again (`campaign send %1 --wait` or the worker).</numerusform>
            <numerusform>%n failed recipients of campaign %1 will be sent again (`campaign send %1 --wait` or the worker).</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: campaign decide CODE --recipient ADDR (--sent | --resend)</source>
        <translation>usage: campaign decide CODE --recipient ADDR (--sent | --resend)</translation>
    </message>
    <message>
        <source>%1 is recorded as sent.</source>
        <translation>%1 is recorded as sent.</translation>
    </message>
    <message>
        <source>%1 will be sent again.</source>
        <translation>%1 will be sent again.</translation>
    </message>
    <message>
        <source>usage: campaign status CODE [--json]</source>
        <translation>usage: campaign status CODE [--json]</translation>
    </message>
    <message>
        <source>usage: campaign report CODE --out FILE.csv</source>
        <translation>usage: campaign report CODE --out FILE.csv</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) written to %1.</source>
        <translation>
            <numerusform>%n recipient written to %1.</numerusform>
            <numerusform>%n recipients written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: campaign send|pause|resume|cancel|resend|decide|status|report CODE ...</source>
        <translation>usage: campaign send|pause|resume|cancel|resend|decide|status|report CODE ...</translation>
    </message>
    <message>
        <source>Campaigns: %1</source>
        <translation>Campaigns: %1</translation>
    </message>
    <message>
        <source>building search indexes</source>
        <translation>building search indexes</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KB</source>
        <translation>%1 is larger than %2 KB</translation>
    </message>
    <message numerus="yes">
        <source>SMS (%1): %n segment(s), %2, %3 units</source>
        <translation>
            <numerusform>SMS (%1): %n segment, %2, %3 units</numerusform>
            <numerusform>SMS (%1): %n segments, %2, %3 units</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: campaign create --name N --channel email|sms --classification transactional|commercial --template-fr FILE --template-en FILE [--subject-fr S --subject-en S] (--segment JSON | --csv FILE) [--json]</source>
        <translation>usage: campaign create --name N --channel email|sms --classification transactional|commercial --template-fr FILE --template-en FILE [--subject-fr S --subject-en S] (--segment JSON | --csv FILE) [--json]</translation>
    </message>
    <message>
        <source>--channel is email or sms, not “%1”.</source>
        <translation>--channel is email or sms, not “%1”.</translation>
    </message>
    <message>
        <source>--classification is transactional or commercial, not “%1”.</source>
        <translation>--classification is transactional or commercial, not “%1”.</translation>
    </message>
    <message>
        <source>Campaign %1: %2 recipients, %3 skipped (CASL)</source>
        <translation>Campaign %1: %2 recipients, %3 skipped (CASL)</translation>
    </message>
    <message>
        <source>  line %1 (%2): %3</source>
        <translation>  line %1 (%2): %3</translation>
    </message>
    <message>
        <source>usage: campaign preview CODE [--recipient ADDR] [--json]</source>
        <translation>usage: campaign preview CODE [--recipient ADDR] [--json]</translation>
    </message>
    <message>
        <source>%1 — no recipient yet: a sample recipient (fr)</source>
        <translation>%1 — no recipient yet: a sample recipient (fr)</translation>
    </message>
    <message>
        <source>%1 — to %2 (%3, %4)</source>
        <translation>%1 — to %2 (%3, %4)</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Subject: %1</translation>
    </message>
    <message>
        <source>List-Unsubscribe: &lt;%1&gt;</source>
        <translation>List-Unsubscribe: &lt;%1&gt;</translation>
    </message>
    <message>
        <source>usage: campaign list [--json]</source>
        <translation>usage: campaign list [--json]</translation>
    </message>
    <message>
        <source>%1  %2  %3/%4  %5 recipients (%6 skipped, %7 sent, %8 failed)  %9</source>
        <translation>%1  %2  %3/%4  %5 recipients (%6 skipped, %7 sent, %8 failed)  %9</translation>
    </message>
    <message>
        <source>No campaign yet.</source>
        <translation>No campaign yet.</translation>
    </message>
    <message>
        <source>usage: campaign create|preview|list ... (targo-opsctl help)</source>
        <translation>usage: campaign create|preview|list ... (targo-opsctl help)</translation>
    </message>
    <message>
        <source>bench campaign-segment needs customers (run demo seed first).</source>
        <translation>bench campaign-segment needs customers (run demo seed first).</translation>
    </message>
    <message>
        <source>
Campaigns (docs/campaigns.md; --json on each; bad input exits with 2 and writes nothing):
  campaign create --name N --channel email|sms --classification transactional|commercial
                  --template-fr FILE --template-en FILE [--subject-fr S --subject-en S]
                  (--segment JSON | --csv FILE)
                                a campaign and its recipients, deduplicated by address; CASL skips
                                commercial ones without consent (with the reason); prints the code,
                                the counts and the CSV&apos;s rejected lines (commercial e-mail: the
                                unsubscribe page TARGO_CAMPAIGN_UNSUBSCRIBE_URL)
  campaign preview CODE [--recipient ADDR]
                                one recipient&apos;s message in their language (SMS: its segments)
  campaign list                 campaigns, newest first, with their recipients&apos; counts
  bench campaign-segment [--runs N]
                                segment counts while a filter is edited (p95 target 100 ms)
</source>
        <translation>
Campaigns (docs/campaigns.md; --json on each; bad input exits with 2 and writes nothing):
  campaign create --name N --channel email|sms --classification transactional|commercial
                  --template-fr FILE --template-en FILE [--subject-fr S --subject-en S]
                  (--segment JSON | --csv FILE)
                                a campaign and its recipients, deduplicated by address; CASL skips
                                commercial ones without consent (with the reason); prints the code,
                                the counts and the CSV&apos;s rejected lines (commercial e-mail: the
                                unsubscribe page TARGO_CAMPAIGN_UNSUBSCRIBE_URL)
  campaign preview CODE [--recipient ADDR]
                                one recipient&apos;s message in their language (SMS: its segments)
  campaign list                 campaigns, newest first, with their recipients&apos; counts
  bench campaign-segment [--runs N]
                                segment counts while a filter is edited (p95 target 100 ms)
</translation>
    </message>
    <message>
        <source>usage: inbound pull [--json]</source>
        <translation>usage: inbound pull [--json]</translation>
    </message>
    <message>
        <source>Neither Mailjet nor Twilio is configured: set %1 or %2.</source>
        <translation>Neither Mailjet nor Twilio is configured: set %1 or %2.</translation>
    </message>
    <message>
        <source>Unsubscribes: %1 from Mailjet, %2 from Twilio (STOP); %3 START requests kept. SMS: %4 threaded onto open tickets, %5 new tickets, %6 from unknown numbers; %7 already known.</source>
        <translation>Unsubscribes: %1 from Mailjet, %2 from Twilio (STOP); %3 START requests kept. SMS: %4 threaded onto open tickets, %5 new tickets, %6 from unknown numbers; %7 already known.</translation>
    </message>
    <message>
        <source>  inbound pull                  unsubscribes from Mailjet and Twilio (STOP) into the consent ledger,
                                customers&apos; SMS answers threaded onto their tickets (also in worker)
</source>
        <translation>  inbound pull                  unsubscribes from Mailjet and Twilio (STOP) into the consent ledger,
                                customers&apos; SMS answers threaded onto their tickets (also in worker)
</translation>
    </message>
    <message>
        <source>usage: cpe sync [--full] [--page N] [--serial SERIAL] [--json]</source>
        <translation>usage: cpe sync [--full] [--page N] [--serial SERIAL] [--json]</translation>
    </message>
    <message>
        <source>CPE sync (%1): %2 device(s) read from GenieACS in %3 s: %4 new, %5 changed, %6 unchanged; %7 match none of our equipment.</source>
        <translation>CPE sync (%1): %2 device(s) read from GenieACS in %3 s: %4 new, %5 changed, %6 unchanged; %7 match none of our equipment.</translation>
    </message>
    <message>
        <source>since the last sync</source>
        <translation>since the last sync</translation>
    </message>
    <message>
        <source>all devices</source>
        <translation>all devices</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) had an unusable id and were not stored.</source>
        <translation>
            <numerusform>%n device(s) had an unusable id and were not stored.</numerusform>
            <numerusform>%n device(s) had an unusable id and were not stored.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: outage scan [--all] [--silent-minutes N] [--threshold PERCENT] [--min LOCATIONS] [--json]</source>
        <translation>usage: outage scan [--all] [--silent-minutes N] [--threshold PERCENT] [--min LOCATIONS] [--json]</translation>
    </message>
    <message>
        <source>%1 port(s) scanned, %2 flagged.</source>
        <translation>%1 port(s) scanned, %2 flagged.</translation>
    </message>
    <message>
        <source>%1  %2  %3/%4 silent (%5 %), %6 customer(s), since %7%8</source>
        <translation>%1  %2  %3/%4 silent (%5 %), %6 customer(s), since %7%8</translation>
    </message>
    <message>
        <source>, outage ticket %1</source>
        <translation>, outage ticket %1</translation>
    </message>
    <message>
        <source>usage: outage open OLT:PORT [--force] [--silent-minutes N] [--json]</source>
        <translation>usage: outage open OLT:PORT [--force] [--silent-minutes N] [--json]</translation>
    </message>
    <message>
        <source>Outage opened on %1: parent ticket %2.</source>
        <translation>Outage opened on %1: parent ticket %2.</translation>
    </message>
    <message>
        <source>The outage of %1 was already open: parent ticket %2.</source>
        <translation>The outage of %1 was already open: parent ticket %2.</translation>
    </message>
    <message>
        <source>%1 child ticket(s) created, %2 in all.</source>
        <translation>%1 child ticket(s) created, %2 in all.</translation>
    </message>
    <message>
        <source>No SMS campaign was drafted: %1</source>
        <translation>No SMS campaign was drafted: %1</translation>
    </message>
    <message>
        <source>Draft SMS campaign %1 to %2 recipient(s): review it, then `targo-opsctl campaign send %1`.</source>
        <translation>Draft SMS campaign %1 to %2 recipient(s): review it, then `targo-opsctl campaign send %1`.</translation>
    </message>
    <message>
        <source>usage: outage close OLT:PORT --message TEXT [--json]</source>
        <translation>usage: outage close OLT:PORT --message TEXT [--json]</translation>
    </message>
    <message>
        <source>Outage of %1 closed: %2 ticket(s) closed with the recovery note.</source>
        <translation>Outage of %1 closed: %2 ticket(s) closed with the recovery note.</translation>
    </message>
    <message>
        <source>Draft recovery SMS campaign %1 to %2 recipient(s).</source>
        <translation>Draft recovery SMS campaign %1 to %2 recipient(s).</translation>
    </message>
    <message>
        <source>usage: outage scan|open|close ...</source>
        <translation>usage: outage scan|open|close ...</translation>
    </message>
    <message numerus="yes">
        <source>CPE status synced from GenieACS every %n minute(s).</source>
        <translation>
            <numerusform>CPE status synced from GenieACS every %n minute(s).</numerusform>
            <numerusform>CPE status synced from GenieACS every %n minute(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: cpe wifi SERIAL --ssid NAME [--password-stdin]</source>
        <translation>usage: cpe wifi SERIAL --ssid NAME [--password-stdin]</translation>
    </message>
    <message>
        <source>usage: cpe show SERIAL | cpe task SERIAL refresh|reboot | cpe wifi SERIAL --ssid NAME [--password-stdin] | cpe sync [--full]</source>
        <translation>usage: cpe show SERIAL | cpe task SERIAL refresh|reboot | cpe wifi SERIAL --ssid NAME [--password-stdin] | cpe sync [--full]</translation>
    </message>
    <message>
        <source>usage: tickets reply CODE --channel email|sms|portal|note --body-file FILE [--to ADDR]</source>
        <translation>usage: tickets reply CODE --channel email|sms|portal|note --body-file FILE [--to ADDR]</translation>
    </message>
    <message>
        <source>tickets reply needs --channel email, sms, portal or note</source>
        <translation>tickets reply needs --channel email, sms, portal or note</translation>
    </message>
    <message>
        <source>tickets reply needs --body-file FILE</source>
        <translation>tickets reply needs --body-file FILE</translation>
    </message>
    <message>
        <source>--to is for e-mail and SMS replies</source>
        <translation>--to is for e-mail and SMS replies</translation>
    </message>
    <message>
        <source>%1: reply %2 queued to %3 (outbox %4)</source>
        <translation>%1: reply %2 queued to %3 (outbox %4)</translation>
    </message>
    <message>
        <source>%1: message %2 added</source>
        <translation>%1: message %2 added</translation>
    </message>
    <message>
        <source>usage: tickets export --out FILE [filters] | tickets reply CODE --channel C --body-file F</source>
        <translation>usage: tickets export --out FILE [filters] | tickets reply CODE --channel C --body-file F</translation>
    </message>
    <message>
        <source>%1 position(s) outside a technician&apos;s shift not kept.</source>
        <translation>%1 position(s) outside a technician&apos;s shift not kept.</translation>
    </message>
    <message>
        <source>usage: gps notice [--lang fr|en]</source>
        <translation>usage: gps notice [--lang fr|en]</translation>
    </message>
    <message>
        <source>usage: gps positions [--device ID] [--no-store] [--retention-days N] | gps follow | gps notice</source>
        <translation>usage: gps positions [--device ID] [--no-store] [--retention-days N] | gps follow | gps notice</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>entity</translation>
    </message>
    <message>
        <source>Dry run (nothing kept), run %1</source>
        <translation>Dry run (nothing kept), run %1</translation>
    </message>
    <message>
        <source>Import run %1%2</source>
        <translation>Import run %1%2</translation>
    </message>
    <message>
        <source> (continued)</source>
        <translation> (continued)</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4 %5 %6</source>
        <translation>%1 %2 %3 %4 %5 %6</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>updated</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>deleted upstream</source>
        <translation>deleted upstream</translation>
    </message>
    <message>
        <source>%1 skipped: the site has no such doctype</source>
        <translation>%1 skipped: the site has no such doctype</translation>
    </message>
    <message numerus="yes">
        <source>Validation report: %n line(s)</source>
        <translation>
            <numerusform>Validation report: %n line(s)</numerusform>
            <numerusform>Validation report: %n line(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>  ... (all of them with --report FILE.csv)</source>
        <translation>  ... (all of them with --report FILE.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Reconciliation (ERPNext / Targo Ops): %n difference(s)</source>
        <translation>
            <numerusform>Reconciliation (ERPNext / Targo Ops): %n difference(s)</numerusform>
            <numerusform>Reconciliation (ERPNext / Targo Ops): %n difference(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>  &lt;- differs</source>
        <translation>  &lt;- differs</translation>
    </message>
    <message>
        <source>Done in %1 s.</source>
        <translation>Done in %1 s.</translation>
    </message>
    <message>
        <source>usage: import erpnext --from CONNINFO [--dry-run] [--json] [--mapping FILE] [--report FILE.csv]</source>
        <translation>usage: import erpnext --from CONNINFO [--dry-run] [--json] [--mapping FILE] [--report FILE.csv]</translation>
    </message>
    <message>
        <source>import erpnext needs --from CONNINFO (the ERPNext site&apos;s PostgreSQL database)</source>
        <translation>import erpnext needs --from CONNINFO (the ERPNext site&apos;s PostgreSQL database)</translation>
    </message>
    <message>
        <source>Checking the ERPNext database against the mapping…</source>
        <translation>Checking the ERPNext database against the mapping…</translation>
    </message>
    <message>
        <source>%1: %2 rows read</source>
        <translation>%1: %2 rows read</translation>
    </message>
    <message>
        <source>%1: writing</source>
        <translation>%1: writing</translation>
    </message>
    <message>
        <source>Reconciling…</source>
        <translation>Reconciling…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Usage: targo-opsctl [--db CONNINFO | --embedded DIR] [--json] COMMAND ...

Commands:
  db init|start|stop|status     manage the embedded database
  db migrate                    apply pending schema updates
  demo seed [--scale S] [--seed N] [--replace [--confirm-database NAME]] [--today YYYY-MM-DD]
                                load deterministic demo data (--replace on a server: NAME is the
                                database&apos;s name, to confirm)
  search TEXT [--limit N]       search customers, locations, equipment
  bench search --queries FILE [--rounds N] [--typo-queries N] [--seed N]
  bench seed [--scale S] [--runs N]
  bench tickets [--runs N]      ticket list pages (first, deepest, filtered)
  bench dispatch [--runs N]     board load, a drop committed, a move seen by another board
  bench live [--runs N]         a committed change seen by another client (NOTIFY + re-read)
  bench export [--runs N]       CSV export of all tickets (time, peak memory)
  bench audit [--runs N]        customer save with and without the audit trigger
  bench billing [--runs N]      billing run of next month: preview, and committed then undone
  tickets export --out FILE [--status S] [--type T] [--important] [--text T]
                 [--sort created-desc|created-asc|updated-desc] [--separator C] [--max N]
  tickets reply CODE --channel email|sms|portal|note --body-file FILE [--to ADDR]
                                a reply on the ticket; e-mail and SMS go to the customer (outbox)
  outbox list [--status S] [--provider P]
  outbox retry ID|--all-failed  send again (operator decision)
  outbox cancel ID              never send
  worker                        drain the outbox and continue the campaigns being sent until SIGTERM
  campaign send CODE [--wait]   send a campaign (--wait: until done, then the totals)
  campaign pause|resume|cancel CODE
  campaign resend CODE (--recipient ADDR | --all-failed)
  campaign decide CODE --recipient ADDR (--sent | --resend)
                                an ambiguous send: it arrived, or send it again
  campaign status CODE          sent, failed, skipped, ambiguous, rate
  campaign report CODE --out FILE.csv
  integrations check            test each configured service (nothing is sent)
  sms send --to N --body T      send an SMS through the outbox and wait for the outcome
  email send --to A --subject S --text T [--html H]
                                send an e-mail through the outbox and wait for the outcome
  cpe show SERIAL               a CPE&apos;s state in GenieACS (online, firmware, optical power, Wi-Fi)
  cpe task SERIAL refresh|reboot
                                a GenieACS task through the outbox
  cpe wifi SERIAL --ssid NAME [--password-stdin]
                                rename the CPE&apos;s Wi-Fi network (and set its password) through the outbox
  cpe sync [--full] [--serial S] [--json]
                                GenieACS → the CPE status store (incremental after the first run; one device)
  outage scan [--all] [--json]  OLT ports whose CPEs stopped informing (flagged ones; --all: every port)
  outage open OLT:PORT [--force]
                                parent ticket, a child per affected customer, a draft SMS campaign
  outage close OLT:PORT --message TEXT
                                close the outage&apos;s tickets with the recovery note, draft the recovery SMS
  gps positions [--device ID]   latest Traccar positions (stored in shifts only, with retention)
  gps follow [--retention-days N]
                                store live Traccar positions (shifts only) until SIGTERM
  gps notice [--lang fr|en]     the technicians&apos; GPS tracking notice (Law 25)
  stripe events [--peek]        Stripe events since the stored cursor (then moves it)
  import erpnext --from CONNINFO [--dry-run] [--json] [--mapping FILE] [--report FILE.csv]
                                import from an ERPNext site&apos;s database (idempotent, resumable, reconciled)

Services are configured by TARGO_&lt;SERVICE&gt;_* variables (BASE_URL, credentials, RATE_PER_SEC,
CONCURRENCY, CA_FILE), e.g. TARGO_TWILIO_ACCOUNT_SID, TARGO_TWILIO_AUTH_TOKEN, TARGO_TWILIO_FROM.

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
  demo seed [--scale S] [--seed N] [--replace [--confirm-database NAME]] [--today YYYY-MM-DD]
                                load deterministic demo data (--replace on a server: NAME is the
                                database&apos;s name, to confirm)
  search TEXT [--limit N]       search customers, locations, equipment
  bench search --queries FILE [--rounds N] [--typo-queries N] [--seed N]
  bench seed [--scale S] [--runs N]
  bench tickets [--runs N]      ticket list pages (first, deepest, filtered)
  bench dispatch [--runs N]     board load, a drop committed, a move seen by another board
  bench live [--runs N]         a committed change seen by another client (NOTIFY + re-read)
  bench export [--runs N]       CSV export of all tickets (time, peak memory)
  bench audit [--runs N]        customer save with and without the audit trigger
  bench billing [--runs N]      billing run of next month: preview, and committed then undone
  tickets export --out FILE [--status S] [--type T] [--important] [--text T]
                 [--sort created-desc|created-asc|updated-desc] [--separator C] [--max N]
  tickets reply CODE --channel email|sms|portal|note --body-file FILE [--to ADDR]
                                a reply on the ticket; e-mail and SMS go to the customer (outbox)
  outbox list [--status S] [--provider P]
  outbox retry ID|--all-failed  send again (operator decision)
  outbox cancel ID              never send
  worker                        drain the outbox and continue the campaigns being sent until SIGTERM
  campaign send CODE [--wait]   send a campaign (--wait: until done, then the totals)
  campaign pause|resume|cancel CODE
  campaign resend CODE (--recipient ADDR | --all-failed)
  campaign decide CODE --recipient ADDR (--sent | --resend)
                                an ambiguous send: it arrived, or send it again
  campaign status CODE          sent, failed, skipped, ambiguous, rate
  campaign report CODE --out FILE.csv
  integrations check            test each configured service (nothing is sent)
  sms send --to N --body T      send an SMS through the outbox and wait for the outcome
  email send --to A --subject S --text T [--html H]
                                send an e-mail through the outbox and wait for the outcome
  cpe show SERIAL               a CPE&apos;s state in GenieACS (online, firmware, optical power, Wi-Fi)
  cpe task SERIAL refresh|reboot
                                a GenieACS task through the outbox
  cpe wifi SERIAL --ssid NAME [--password-stdin]
                                rename the CPE&apos;s Wi-Fi network (and set its password) through the outbox
  cpe sync [--full] [--serial S] [--json]
                                GenieACS → the CPE status store (incremental after the first run; one device)
  outage scan [--all] [--json]  OLT ports whose CPEs stopped informing (flagged ones; --all: every port)
  outage open OLT:PORT [--force]
                                parent ticket, a child per affected customer, a draft SMS campaign
  outage close OLT:PORT --message TEXT
                                close the outage&apos;s tickets with the recovery note, draft the recovery SMS
  gps positions [--device ID]   latest Traccar positions (stored in shifts only, with retention)
  gps follow [--retention-days N]
                                store live Traccar positions (shifts only) until SIGTERM
  gps notice [--lang fr|en]     the technicians&apos; GPS tracking notice (Law 25)
  stripe events [--peek]        Stripe events since the stored cursor (then moves it)
  import erpnext --from CONNINFO [--dry-run] [--json] [--mapping FILE] [--report FILE.csv]
                                import from an ERPNext site&apos;s database (idempotent, resumable, reconciled)

Services are configured by TARGO_&lt;SERVICE&gt;_* variables (BASE_URL, credentials, RATE_PER_SEC,
CONCURRENCY, CA_FILE), e.g. TARGO_TWILIO_ACCOUNT_SID, TARGO_TWILIO_AUTH_TOKEN, TARGO_TWILIO_FROM.

Options:
  --db CONNINFO    a PostgreSQL server (libpq keyword form or URI)
  --embedded DIR   the embedded cluster folder (default: the app&apos;s own)
  --json           data as JSON on standard output
  --lang fr|en     language of messages
</translation>
    </message>
    <message>
        <source>the embedded database&apos;s password is unavailable: %1</source>
        <translation>the embedded database&apos;s password is unavailable: %1</translation>
    </message>
</context>
</TS>
