// targo-opsctl: the headless Targo Ops tool (QCoreApplication, ops_core; a QGuiApplication on the offscreen platform
// only for the commands that print invoices).
#include <cstdio>
#include <memory>

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QTranslator>

#include "app/opsctl/AuditBench.h"
#include "app/opsctl/BillingBench.h"
#include "app/opsctl/BillingCommands.h"
#include "app/opsctl/CampaignCommands.h"
#include "app/opsctl/CampaignSendCommands.h"
#include "app/opsctl/CommandLine.h"
#include "app/opsctl/CpeCommands.h"
#include "app/opsctl/CustomerCommands.h"
#include "app/opsctl/DbCommands.h"
#include "app/opsctl/DemoCommands.h"
#include "app/opsctl/DispatchBench.h"
#include "app/opsctl/DispatchCommands.h"
#include "app/opsctl/DocumentCommands.h"
#include "app/opsctl/DunningCommands.h"
#include "app/opsctl/ImportCommands.h"
#include "app/opsctl/InboundCommands.h"
#include "app/opsctl/IntegrationCommands.h"
#include "app/opsctl/InvoiceBench.h"
#include "app/opsctl/InvoiceCommands.h"
#include "app/opsctl/LiveCommands.h"
#include "app/opsctl/OutboxCommands.h"
#include "app/opsctl/PaymentCommands.h"
#include "app/opsctl/ReceivablesCommands.h"
#include "app/opsctl/SearchCommands.h"
#include "app/opsctl/StaffCommands.h"
#include "app/opsctl/TicketCommands.h"
#include "app/opsctl/VrptwBench.h"
#include "app/version.h"
#include "core/db/Migrator.h"
#include "core/db/PgConnection.h"
#include "core/embedded/EmbeddedServer.h"
#include "core/platform/Platform.h"
#include "core/secrets/SecretStore.h"

using namespace ops;

namespace {

void installTranslators(QCoreApplication &app, const QString &lang)
{
    QString code = lang;
    if (code.isEmpty() || code == QLatin1String("system"))
        code = QLocale::system().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
    auto *ours = new QTranslator(&app);
    if (ours->load(QStringLiteral(":/i18n/ops_") + code + QStringLiteral(".qm")))
        app.installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
}

// A password written in --db is visible to every local user in the process list.
bool conninfoHasPassword(const QString &conninfo)
{
    static const QRegularExpression keyword(
        QStringLiteral("(^|\\s)password\\s*="), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression uri(
        QStringLiteral("^postgres(ql)?://[^/@?]*:[^/@?]*@|[?&]password="), QRegularExpression::CaseInsensitiveOption);
    return keyword.match(conninfo).hasMatch() || uri.match(conninfo).hasMatch();
}

// The password for --db, never from the command line: TARGO_DB_PASSWORD, else the keychain entry of a saved
// profile (--db-keychain ID: db/<ID>/password). PGPASSFILE (~/.pgpass) needs nothing: libpq reads it itself. The
// password reaches libpq as PGPASSWORD in this process's own environment (set after start, so it is not in
// /proc/<pid>/environ; children that could inherit it, the embedded server's tools, get a cleaned environment).
Status supplyDbPassword(const QString &keychainProfile)
{
    QString password = qEnvironmentVariable("TARGO_DB_PASSWORD");
    qunsetenv("TARGO_DB_PASSWORD");
    if (password.isEmpty() && !keychainProfile.isEmpty()) {
        // Headless tool: waiting on the asynchronous keychain job in a local event loop is fine here (no GUI).
        SecretStore store;
        const Result<QString> read =
            awaitSecret(store.read(QStringLiteral("db/") + keychainProfile + QStringLiteral("/password")));
        if (!read.ok()) {
            return Error::make(read.error().kind,
                read.error().kind == Error::Kind::NotFound
                    ? QCoreApplication::translate("opsctl", "no password is stored in the keychain for profile %1")
                          .arg(keychainProfile)
                    : QCoreApplication::translate("opsctl", "the keychain is unavailable: %1")
                          .arg(read.error().userMessage),
                read.error().detail);
        }
        password = read.value();
    }
    if (!password.isEmpty())
        qputenv("PGPASSWORD", password.toUtf8());
    return success();
}

void printUsage(QTextStream &out)
{
    out << QCoreApplication::translate("opsctl",
        "Usage: targo-opsctl [--db CONNINFO | --embedded DIR] [--json] COMMAND ...\n"
        "\n"
        "Commands:\n"
        "  db init|start|stop|status     manage the embedded database\n"
        "  db migrate                    apply pending schema updates\n"
        "  demo seed [--scale S] [--seed N] [--replace [--confirm-database NAME]] [--today YYYY-MM-DD]\n"
        "                                load deterministic demo data (--replace on a server: NAME is the\n"
        "                                database's name, to confirm)\n"
        "  search TEXT [--limit N]       search customers, locations, equipment\n"
        "  bench search --queries FILE [--rounds N] [--typo-queries N] [--seed N]\n"
        "  bench seed [--scale S] [--runs N]\n"
        "  bench tickets [--runs N]      ticket list pages (first, deepest, filtered)\n"
        "  bench dispatch [--runs N]     board load, a drop committed, a move seen by another board\n"
        "  bench live [--runs N]         a committed change seen by another client (NOTIFY + re-read)\n"
        "  bench export [--runs N]       CSV export of all tickets (time, peak memory)\n"
        "  bench audit [--runs N]        customer save with and without the audit trigger\n"
        "  bench billing [--runs N]      billing run of next month: preview, and committed then undone\n"
        "  tickets export --out FILE [--status S] [--type T] [--important] [--text T]\n"
        "                 [--sort created-desc|created-asc|updated-desc] [--separator C] [--max N]\n"
        "  tickets reply CODE --channel email|sms|portal|note --body-file FILE [--to ADDR]\n"
        "                                a reply on the ticket; e-mail and SMS go to the customer (outbox)\n"
        "  outbox list [--status S] [--provider P]\n"
        "  outbox retry ID|--all-failed  send again (operator decision)\n"
        "  outbox cancel ID              never send\n"
        "  worker                        drain the outbox and continue the campaigns being sent until SIGTERM\n"
        "  campaign send CODE [--wait]   send a campaign (--wait: until done, then the totals)\n"
        "  campaign pause|resume|cancel CODE\n"
        "  campaign resend CODE (--recipient ADDR | --all-failed)\n"
        "  campaign decide CODE --recipient ADDR (--sent | --resend)\n"
        "                                an ambiguous send: it arrived, or send it again\n"
        "  campaign status CODE          sent, failed, skipped, ambiguous, rate\n"
        "  campaign report CODE --out FILE.csv\n"
        "  integrations check            test each configured service (nothing is sent)\n"
        "  sms send --to N --body T      send an SMS through the outbox and wait for the outcome\n"
        "  email send --to A --subject S --text T [--html H]\n"
        "                                send an e-mail through the outbox and wait for the outcome\n"
        "  cpe show SERIAL               a CPE's state in GenieACS (online, firmware, optical power, Wi-Fi)\n"
        "  cpe task SERIAL refresh|reboot\n"
        "                                a GenieACS task through the outbox\n"
        "  cpe wifi SERIAL --ssid NAME [--password-stdin]\n"
        "                                rename the CPE's Wi-Fi network (and set its password) through the outbox\n"
        "  cpe sync [--full] [--serial S] [--json]\n"
        "                                GenieACS → the CPE status store (incremental after the first run; one "
        "device)\n"
        "  outage scan [--all] [--json]  OLT ports whose CPEs stopped informing (flagged ones; --all: every port)\n"
        "  outage open OLT:PORT [--force]\n"
        "                                parent ticket, a child per affected customer, a draft SMS campaign\n"
        "  outage close OLT:PORT --message TEXT\n"
        "                                close the outage's tickets with the recovery note, draft the recovery SMS\n"
        "  gps positions [--device ID]   latest Traccar positions (stored in shifts only, with retention)\n"
        "  gps follow [--retention-days N]\n"
        "                                store live Traccar positions (shifts only) until SIGTERM\n"
        "  gps notice [--lang fr|en]     the technicians' GPS tracking notice (Law 25)\n"
        "  stripe events [--peek]        Stripe events since the stored cursor (then moves it)\n"
        "  import erpnext --from CONNINFO [--dry-run] [--json] [--mapping FILE] [--report FILE.csv]\n"
        "                                import from an ERPNext site's database (idempotent, resumable, reconciled)\n"
        "\n"
        "Services are configured by TARGO_<SERVICE>_* variables (BASE_URL, credentials, RATE_PER_SEC,\n"
        "CONCURRENCY, CA_FILE), e.g. TARGO_TWILIO_ACCOUNT_SID, TARGO_TWILIO_AUTH_TOKEN, TARGO_TWILIO_FROM.\n"
        "\n"
        "Options:\n"
        "  --db CONNINFO    a PostgreSQL server (libpq keyword form or URI)\n"
        "  --embedded DIR   the embedded cluster folder (default: the app's own)\n"
        "  --json           data as JSON on standard output\n"
        "  --lang fr|en     language of messages\n");
    out << QCoreApplication::translate("opsctl",
        "  --db-keychain ID with --db: the password saved in the keychain for profile ID\n"
        "                   (else PGPASSFILE or TARGO_DB_PASSWORD; never a password in CONNINFO)\n");
    out << QCoreApplication::translate("opsctl",
        "\n"
        "Staff accounts (one database login per person, in one group):\n"
        "  staff add LOGIN --group dispatcher|billing|manager|admin --name NAME [--email E] [--password-stdin]\n"
        "                                a login with a temporary password (printed once, or read from\n"
        "                                standard input), to be changed at the first login\n"
        "  staff list [--json]           staff members and the state of their logins\n"
        "  staff set-group LOGIN GROUP   move a staff member to another group\n"
        "  staff deactivate LOGIN        no more logins, sessions ended, history kept\n"
        "  staff reset-password LOGIN [--password-stdin]\n"
        "                                a new temporary password (printed once)\n");
    out << QCoreApplication::translate("opsctl",
        "\n"
        "Dispatch (--json on each; a refusal exits with 3 and lists the broken rules: skill, region, shift,\n"
        "absence, overlap, window, travel, version):\n"
        "  dispatch board --date YYYY-MM-DD\n"
        "                                technicians' rows for the day and the unscheduled queue\n"
        "  dispatch check JOB --tech DT-CODE --start ISO8601 [--duration MIN]\n"
        "                                whether the slot is allowed, and why not\n"
        "  dispatch assign JOB --tech DT-CODE --start ISO8601 [--duration MIN] [--expect-version N]\n"
        "                                place or move a job (times without an offset are Quebec time)\n"
        "  dispatch unassign JOB [--expect-version N]\n"
        "                                back to the unscheduled queue\n"
        "  dispatch status JOB STATUS [--reason TEXT] [--expect-version N]\n"
        "                                dispatched, en_route, on_site, completed, cancelled (reason required)\n"
        "  dispatch eta JOB [--send] [--expect-version N]\n"
        "                                the technician's ETA from the last position; --send queues the\n"
        "                                \"on my way\" SMS to the customer (Twilio, through the outbox)\n");
    out << QCoreApplication::translate("opsctl",
        "  dispatch optimize --date YYYY-MM-DD [--seconds S] [--travel straight|osrm|FILE] [--apply]\n"
        "                                the day optimizer: the proposed changes (default 2 s of solving);\n"
        "                                --travel: straight line, the routing server (TARGO_OSRM_BASE_URL) or\n"
        "                                a matrix file (default TARGO_TRAVEL_SOURCE, else straight);\n"
        "                                --apply writes them in one transaction (exit 3 when the board changed\n"
        "                                meanwhile or a rule refuses)\n");
    out << QCoreApplication::translate("opsctl",
        "\n"
        "Billing (--json on each; bad input exits with 2, a run the data refuses with 3):\n"
        "  billing run --period YYYY-MM [--preview]\n"
        "                                invoice every customer for the month (at most next month): counts and\n"
        "                                subtotal, GST, QST, total in cents; --preview writes nothing but the\n"
        "                                preview's record, and lists the per-plan totals and the anomalies\n"
        "  billing charge CUST-CODE --amount CENTS --description TEXT [--quantity N] [--tax-exempt]\n"
        "                                a one-time charge (negative: a credit, which must be --tax-exempt)\n"
        "                                billed as its own line by the next run\n");
    out << QCoreApplication::translate("opsctl",
        "  billing items                 the plans and products, their price and a change scheduled for next month\n");
    out << QCoreApplication::translate("opsctl",
        "\n"
        "Receivables (--json on each):\n"
        "  receivables aging --as-of YYYY-MM-DD [--customers N] [--bucket current|1-30|31-60|61-90|over-90]\n"
        "                                what customers owe on that date by days late (current, 1-30, 31-60,\n"
        "                                61-90, over 90): cents, invoices and customers per bucket; with\n"
        "                                --customers, the N largest debtors (of the bucket)\n"
        "  bench receivables [--runs N]  the aging report as of today and its over-90 customers\n");
    out << QCoreApplication::translate("opsctl",
        "\n"
        "Scheduling benchmark:\n"
        "  bench vrptw --instances DIR [--seconds S] [--seed N] [--routes]\n"
        "                                solve the Solomon / Gehring-Homberger files of DIR, S s each (1 by\n"
        "                                default), vehicles first then distance; gaps to DIR/bks.csv if present\n");
    out << QCoreApplication::translate("opsctl",
        "\n"
        "Personal data (Quebec Law 25):\n"
        "  customer export-personal-data CODE --out FILE\n"
        "                                everything stored about one customer as a ZIP of CSV + JSON files\n"
        "                                (RADIUS passwords excluded); the export is recorded in the audit\n");
    out << QCoreApplication::translate("opsctl",
        "\n"
        "Invoices (PDF in the customer's language; e-mails through the outbox):\n"
        "  billing invoice pdf INV-CODE --out FILE\n"
        "                                the invoice or credit note as a PDF\n"
        "  billing invoice show INV-CODE the invoice's totals, taxes and e-mail state\n"
        "  billing invoice credit INV-CODE\n"
        "                                a credit note correcting the invoice in full (taxes reversed)\n"
        "  billing invoice void INV-CODE a draft invoice becomes void\n"
        "  billing send --period YYYY-MM each invoice of the period e-mailed with its PDF (Mailjet sender:\n"
        "                                TARGO_MAILJET_FROM_EMAIL); customers without an address are skipped\n"
        "  bench invoice-pdf [--runs N] [--code INV-CODE]\n"
        "                                one invoice PDF rendered N times\n"
        "  bench invoice-list [--runs N] the invoice list's first and deepest pages\n");
    out << QCoreApplication::translate("opsctl",
        "\n"
        "Payments (--json on each; bad input exits with 2 and writes nothing):\n"
        "  payments add CUST-CODE --amount CENTS --method cash|cheque|etransfer [--reference R]\n"
        "               [--date YYYY-MM-DD]\n"
        "                                a manual payment, allocated to the open invoices oldest first; the rest\n"
        "                                stays as the customer's credit\n"
        "  payments reverse PAY-CODE --reason TEXT\n"
        "                                an NSF cheque: the invoices re-open, the balance comes back (3: already\n"
        "                                reversed)\n"
        "  payments allocate PAY-CODE (--oldest-first | --invoice INV-CODE=CENTS [--invoice ...])\n"
        "                                the payment's allocation replaced; the rest stays as the customer's\n"
        "                                credit (3: reversed, or changed meanwhile)\n"
        "  payments apply-credit CUST-CODE\n"
        "                                the customer's credit applied to its open invoices oldest first\n"
        "  billing verify                every customer's balance recomputed (exit 4 when any differs)\n"
        "  payments ppa-run --date YYYY-MM-DD\n"
        "                                the PPA run: one Stripe PaymentIntent per due invoice of the PPA\n"
        "                                customers, never two per invoice (3: attempts left unsent, run again)\n"
        "  stripe apply-events [--max-pages N]\n"
        "                                Stripe's events since the stored cursor applied to payments, each once\n"
        "  bench payments [--runs N]     payment entry saved with allocation (p95 target 50 ms)\n");
    out << QCoreApplication::translate("opsctl",
        "\n"
        "Dunning (--json on each; bad input exits with 2 and writes nothing):\n"
        "  billing dunning --date YYYY-MM-DD [--preview]\n"
        "                                the stages reached on that date (reminder e-mail, SMS, suspension\n"
        "                                notice, suspension), each recorded once per invoice; --preview writes\n"
        "                                nothing\n"
        "  billing hold CUST-CODE --until YYYY-MM-DD --reason TEXT\n"
        "                                dunning skips the customer until that date\n"
        "  bench dunning [--runs N]      the dunning preview for the whole base (target 2 s, aim 300 ms)\n"
        "Receipts and statements (PDF in the customer's language unless --lang; bad input exits with 2):\n"
        "  payments receipt PAY-CODE --out FILE.pdf [--lang fr|en]\n"
        "                                the payment's receipt: invoices paid, credit, balance\n"
        "  billing statement CUST-CODE --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.pdf [--lang fr|en]\n"
        "                                opening balance, every movement with the running balance, closing\n"
        "                                balance and the aging of what is open at the end\n"
        "  bench statement [--runs N] [--months M]\n"
        "                                a 24-month statement loaded and rendered N times (target 200 ms)\n");
    out << QCoreApplication::translate("opsctl",
        "  payments refund PAY-CODE [--amount CENTS] --reason TEXT\n"
        "                                a card or debit payment refunded through Stripe, all that is left by\n"
        "                                default (2: above what is left; 3: not a succeeded Stripe payment)\n"
        "  stripe setup-link CUST-CODE --method card|acss_debit --via email|sms [--to R]\n"
        "                                a link to save a card or a debit mandate, sent through the outbox (the\n"
        "                                page: TARGO_STRIPE_SETUP_PAGE_URL)\n");
    out << QCoreApplication::translate("opsctl",
        "\n"
        "Campaigns (docs/campaigns.md; --json on each; bad input exits with 2 and writes nothing):\n"
        "  campaign create --name N --channel email|sms --classification transactional|commercial\n"
        "                  --template-fr FILE --template-en FILE [--subject-fr S --subject-en S]\n"
        "                  (--segment JSON | --csv FILE)\n"
        "                                a campaign and its recipients, deduplicated by address; CASL skips\n"
        "                                commercial ones without consent (with the reason); prints the code,\n"
        "                                the counts and the CSV's rejected lines (commercial e-mail: the\n"
        "                                unsubscribe page TARGO_CAMPAIGN_UNSUBSCRIBE_URL)\n"
        "  campaign preview CODE [--recipient ADDR]\n"
        "                                one recipient's message in their language (SMS: its segments)\n"
        "  campaign list                 campaigns, newest first, with their recipients' counts\n"
        "  bench campaign-segment [--runs N]\n"
        "                                segment counts while a filter is edited (p95 target 100 ms)\n");
    out << QCoreApplication::translate("opsctl",
        "  inbound pull                  unsubscribes from Mailjet and Twilio (STOP) into the consent ledger,\n"
        "                                customers' SMS answers threaded onto their tickets (also in worker)\n");
}

} // namespace

int main(int argc, char *argv[])
{
    // Invoice PDFs need Qt GUI's fonts and painter: those commands get a QGuiApplication on the offscreen platform
    // (no display needed); every other command stays a QCoreApplication.
    const bool printsInvoices = invoiceCommandNeedsGui(argc, argv) || documentCommandNeedsGui(argc, argv);
    if (printsInvoices && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> application = printsInvoices
        ? std::unique_ptr<QCoreApplication>(std::make_unique<QGuiApplication>(argc, argv))
        : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral(OPS_ORG_NAME));
    QCoreApplication::setOrganizationDomain(QStringLiteral(OPS_ORG_DOMAIN));
    QCoreApplication::setApplicationName(QStringLiteral(OPS_APP_NAME));
    QCoreApplication::setApplicationVersion(QStringLiteral(OPS_VERSION_STRING));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = app.arguments().mid(1);
    takeDocumentLanguage(args); // a receipt's or a statement's --lang is the document's
    installTranslators(app, takeOption(args, QStringLiteral("--lang")));

    CommandContext ctx{.json = takeFlag(args, QStringLiteral("--json")),
        .dbConninfo = takeOption(args, QStringLiteral("--db")),
        .embeddedDir = takeOption(args, QStringLiteral("--embedded")),
        .out = out,
        .err = err,
        .connect = {},
        .conninfo = {}};
    const QString keychainProfile = takeOption(args, QStringLiteral("--db-keychain"));
    if (!ctx.dbConninfo.isEmpty() && !ctx.embeddedDir.isEmpty())
        return usageError(ctx, QCoreApplication::translate("opsctl", "use either --db or --embedded, not both"));
    if (!keychainProfile.isEmpty() && ctx.dbConninfo.isEmpty())
        return usageError(ctx, QCoreApplication::translate("opsctl", "--db-keychain needs --db"));
    if (conninfoHasPassword(ctx.dbConninfo)) {
        // Still accepted (scripts written for earlier versions), but said once.
        err << QCoreApplication::translate("opsctl",
            "warning: the password in --db is visible to other users of this computer; use PGPASSFILE, "
            "TARGO_DB_PASSWORD or --db-keychain instead")
            << Qt::endl;
    } else if (!ctx.dbConninfo.isEmpty()) {
        if (Status s = supplyDbPassword(keychainProfile); !s.ok())
            return fail(ctx, s.error());
    }

    ctx.conninfo = [&ctx]() -> Result<QString> {
        if (!ctx.dbConninfo.isEmpty())
            return ctx.dbConninfo;
        auto options = embeddedLaunchOptions(ctx.embeddedDir);
        if (!options.ok())
            return options.error();
        EmbeddedServer server(ctx.embeddedDir, options.value());
        auto st = server.start();
        if (!st.ok())
            return st.error();
        return st.value().conninfo;
    };
    ctx.connect = [&ctx](bool migrate) -> Result<std::unique_ptr<db::PgConnection>> {
        auto info = ctx.conninfo();
        if (!info.ok())
            return info.error();
        auto c = db::PgConnection::open(info.value());
        if (!c.ok())
            return c.error();
        db::Migrator m(*c.value());
        auto st = m.inspect();
        if (!st.ok())
            return st.error();
        if (!st.value().upToDate()) {
            if (!migrate || !ctx.dbConninfo.isEmpty()) {
                return Error::make(Error::Kind::Schema,
                    QCoreApplication::translate(
                        "opsctl", "The database schema is out of date (%1 pending). Run: targo-opsctl db migrate")
                        .arg(st.value().pendingNames.size()));
            }
            auto done = m.migrate();
            if (!done.ok())
                return done.error();
        }
        return std::move(c).value();
    };

    if (args.isEmpty() || args.first() == QLatin1String("help") || args.first() == QLatin1String("--help")) {
        printUsage(args.isEmpty() ? err : out);
        return args.isEmpty() ? 2 : 0;
    }
    if (args.first() == QLatin1String("--version")) {
        out << QStringLiteral("targo-opsctl " OPS_VERSION_STRING " (git " OPS_GIT_REVISION ")") << Qt::endl;
        return 0;
    }
    const QString command = args.takeFirst();
    // The worker holds provider credentials for hours: no core dumps, no ptrace or /proc reading by other processes
    // of the same user.
    if (command == QLatin1String("worker"))
        platform::protectProcessMemory();
    int rc = 2;
    if (command == QLatin1String("db"))
        rc = runDbCommand(args, ctx);
    else if (command == QLatin1String("demo"))
        rc = runDemoCommand(args, ctx);
    else if (command == QLatin1String("search"))
        rc = runSearchCommand(args, ctx);
    else if (command == QLatin1String("bench") && args.value(0) == QLatin1String("dispatch"))
        rc = runDispatchBench(args.mid(1), ctx);
    else if (command == QLatin1String("bench") && args.value(0) == QLatin1String("tickets"))
        rc = runTicketBench(args.mid(1), ctx);
    else if (command == QLatin1String("bench") && args.value(0) == QLatin1String("export"))
        rc = runExportBench(args.mid(1), ctx);
    else if (command == QLatin1String("tickets"))
        rc = runTicketCommand(args, ctx);
    else if (command == QLatin1String("bench") && args.value(0) == QLatin1String("live"))
        rc = runLiveBench(args.mid(1), ctx);
    else if (command == QLatin1String("bench") && args.value(0) == QLatin1String("billing"))
        rc = runBillingBench(args.mid(1), ctx);
    else if (command == QLatin1String("bench") && args.value(0) == QLatin1String("payments"))
        rc = runPaymentsBench(args.mid(1), ctx);
    else if (command == QLatin1String("bench") && args.value(0) == QLatin1String("audit"))
        rc = runAuditBench(args.mid(1), ctx);
    else if (command == QLatin1String("bench") && args.value(0) == QLatin1String("invoice-pdf"))
        rc = runInvoicePdfBench(args.mid(1), ctx);
    else if (command == QLatin1String("bench") && args.value(0) == QLatin1String("invoice-list"))
        rc = runInvoiceListBench(args.mid(1), ctx);
    else if (command == QLatin1String("bench") && args.value(0) == QLatin1String("vrptw"))
        rc = runVrptwBench(args.mid(1), ctx);
    else if (command == QLatin1String("bench") && args.value(0) == QLatin1String("statement"))
        rc = runStatementBench(args.mid(1), ctx);
    else if (command == QLatin1String("bench") && args.value(0) == QLatin1String("receivables"))
        rc = runReceivablesBench(args.mid(1), ctx);
    else if (command == QLatin1String("bench") && args.value(0) == QLatin1String("dunning"))
        rc = runDunningBench(args.mid(1), ctx);
    else if (command == QLatin1String("bench") && args.value(0) == QLatin1String("campaign-segment"))
        rc = runCampaignSegmentBench(args.mid(1), ctx);
    else if (command == QLatin1String("bench"))
        rc = runBenchCommand(args, ctx);
    else if (command == QLatin1String("customer"))
        rc = runCustomerCommand(args, ctx);
    else if (command == QLatin1String("outbox"))
        rc = runOutboxCommand(args, ctx);
    else if (command == QLatin1String("worker"))
        rc = runWorkerCommand(args, ctx);
    else if (command == QLatin1String("integrations"))
        rc = runIntegrationsCommand(args, ctx);
    else if (command == QLatin1String("sms"))
        rc = runSmsCommand(args, ctx);
    else if (command == QLatin1String("email"))
        rc = runEmailCommand(args, ctx);
    else if (command == QLatin1String("cpe"))
        rc = runCpeCommand(args, ctx);
    else if (command == QLatin1String("outage"))
        rc = runOutageCommand(args, ctx);
    else if (command == QLatin1String("gps"))
        rc = runGpsCommand(args, ctx);
    else if (command == QLatin1String("stripe"))
        rc = runStripeCommand(args, ctx);
    else if (command == QLatin1String("staff"))
        rc = runStaffCommand(args, ctx);
    else if (command == QLatin1String("dispatch"))
        rc = runDispatchCommand(args, ctx);
    else if (command == QLatin1String("billing"))
        rc = runBillingCommand(args, ctx);
    else if (command == QLatin1String("receivables"))
        rc = runReceivablesCommand(args, ctx);
    else if (command == QLatin1String("payments"))
        rc = runPaymentsCommand(args, ctx);
    else if (command == QLatin1String("campaign") && isCampaignSendCommand(args.value(0)))
        rc = runCampaignSendCommand(args.value(0), args.mid(1), ctx); // the sending side (issue 14)
    else if (command == QLatin1String("campaign"))
        rc = runCampaignCommand(args, ctx);
    else if (command == QLatin1String("import"))
        rc = runImportCommand(args, ctx); // ERPNext import (issue 16)
    else if (command == QLatin1String("inbound"))
        rc = runInboundCommand(args, ctx); // unsubscribes and SMS answers pulled from the providers (issue 14)
    else {
        rc = usageError(ctx, QCoreApplication::translate("opsctl", "unknown command: %1").arg(command));
        printUsage(err);
    }
    out.flush();
    err.flush();
    return rc;
}
