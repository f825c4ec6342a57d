#include "ui/customers/CustomerEditDialogs.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

#include "core/concurrency/Async.h"
#include "core/customers/CustomerApi.h"
#include "core/customers/CustomerValidation.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops::customers;

namespace {

QComboBox *combo(QWidget *parent, const QList<QPair<QString, QString>> &items)
{
    auto *c = new QComboBox(parent);
    for (const auto &[key, label] : items)
        c->addItem(label, key);
    return c;
}

void select(QComboBox *c, const QVariant &key)
{
    const int i = c->findData(key);
    c->setCurrentIndex(i >= 0 ? i : 0);
}

QString key(const QComboBox *c)
{
    return c->currentData().toString();
}

QLineEdit *line(QWidget *parent, int maxLength = 32767)
{
    auto *e = new QLineEdit(parent);
    e->setMaxLength(maxLength);
    return e;
}

QString coordText(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'f', 6) : QString();
}

// Merges parse errors (bad number, bad date) over the row's validation errors.
FieldErrors merged(FieldErrors errors, const FieldErrors &parse)
{
    for (auto it = parse.cbegin(); it != parse.cend(); ++it)
        errors.insert(it.key(), it.value());
    return errors;
}

template <typename T> T normalized(T row, FieldErrors (*validate)(T &))
{
    validate(row);
    return row;
}

FieldErrors validateLocationNoWarnings(LocationEdit &l)
{
    return validation::validateLocation(l);
}

} // namespace

template <typename T>
void EntityEditDialog::submitWith(QFuture<ops::customers::WriteResult<T>> save, T *row, std::optional<T> *theirs)
{
    ops::runThen(std::move(save), this, [this, row, theirs](const ops::customers::WriteResult<T> &r) {
        if (r.isConflict())
            *theirs = r.conflict->current;
        if (handleWrite(r)) {
            *row = r.value();
            emit saved(row->id);
            accept();
        }
    });
}

// ---------------------------------------------------------------- customer

CustomerEditDialog::CustomerEditDialog(CustomerApi *service, qint64 customerId, QWidget *parent)
    : EntityEditDialog(parent)
    , m_service(service)
{
    setWindowTitle(customerId ? tr("Edit customer") : tr("New customer"));
    m_kind = combo(this, {{u"residential"_s, tr("Residential")}, {u"business"_s, tr("Business")}});
    m_first = line(this);
    m_last = line(this);
    m_company = line(this);
    m_display = line(this);
    m_display->setPlaceholderText(tr("From the names when empty"));
    m_language = combo(this, {{u"fr"_s, tr("French")}, {u"en"_s, tr("English")}});
    m_email = line(this);
    m_email->setPlaceholderText(u"nom@exemple.ca"_s);
    m_phone = line(this);
    m_phone->setPlaceholderText(u"(450) 555-0123"_s);
    m_phoneAlt = line(this);
    m_street = line(this);
    m_city = line(this);
    m_postal = line(this, 10);
    m_postal->setPlaceholderText(u"H2X 1Y4"_s);
    m_status = combo(this,
        {{u"prospect"_s, tr("Prospect")}, {u"active"_s, tr("Active")}, {u"suspended"_s, tr("Suspended")},
            {u"terminated"_s, tr("Terminated")}});
    m_casl = combo(this, {{u"none"_s, tr("None")}, {u"implied"_s, tr("Implied")}, {u"express"_s, tr("Express")}});
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(70);

    addSection(tr("Identity"));
    addField(u"kind"_s, tr("&Type:"), m_kind);
    addField(u"first_name"_s, tr("&First name:"), m_first);
    addField(u"last_name"_s, tr("&Last name:"), m_last);
    addField(u"company_name"_s, tr("C&ompany:"), m_company);
    addField(u"display_name"_s, tr("&Display name:"), m_display);
    addField(u"language"_s, tr("Lan&guage:"), m_language);
    addSection(tr("Contact"));
    addField(u"email"_s, tr("&E-mail:"), m_email);
    addField(u"phone"_s, tr("&Phone:"), m_phone);
    addField(u"phone_alt"_s, tr("Other p&hone:"), m_phoneAlt);
    addField(u"casl_consent"_s, tr("CASL c&onsent:"), m_casl);
    addSection(tr("Billing address"));
    addField(u"billing_street"_s, tr("&Street:"), m_street);
    addField(u"billing_city"_s, tr("C&ity:"), m_city);
    addField(u"billing_postal_code"_s, tr("Postal &code:"), m_postal);
    addSection(tr("Account"));
    addField(u"status"_s, tr("S&tatus:"), m_status);
    addField(u"notes"_s, tr("&Notes:"), m_notes);
    finishForm();

    if (customerId == 0 || !service) {
        fill(m_row);
        setLoaded(true);
        return;
    }
    setLoaded(false);
    ops::runThen(service->loadCustomerEdit(customerId), this, [this](const ops::Result<CustomerEdit> &r) {
        if (!r.ok())
            return showLoadError(r.error());
        m_row = r.value();
        fill(m_row);
        setLoaded(true);
    });
}

void CustomerEditDialog::fill(const CustomerEdit &c)
{
    select(m_kind, c.kind);
    m_first->setText(c.firstName);
    m_last->setText(c.lastName);
    m_company->setText(c.companyName);
    m_display->setText(c.displayName);
    select(m_language, c.language);
    m_email->setText(c.email);
    m_phone->setText(c.phone);
    m_phoneAlt->setText(c.phoneAlt);
    m_street->setText(c.billingStreet);
    m_city->setText(c.billingCity);
    m_postal->setText(c.billingPostalCode);
    select(m_status, c.status);
    select(m_casl, c.caslConsent);
    m_notes->setPlainText(c.notes);
}

CustomerEdit CustomerEditDialog::collect() const
{
    CustomerEdit c = m_row;
    c.kind = key(m_kind);
    c.firstName = m_first->text();
    c.lastName = m_last->text();
    c.companyName = m_company->text();
    c.displayName = m_display->text();
    c.language = key(m_language);
    c.email = m_email->text();
    c.phone = m_phone->text();
    c.phoneAlt = m_phoneAlt->text();
    c.billingStreet = m_street->text();
    c.billingCity = m_city->text();
    c.billingPostalCode = m_postal->text();
    c.status = key(m_status);
    c.caslConsent = key(m_casl);
    c.notes = m_notes->toPlainText();
    return c;
}

QMap<QString, QString> CustomerEditDialog::formValues() const
{
    return normalized(collect(), &validation::validateCustomer).values();
}

QMap<QString, QString> CustomerEditDialog::storedValues() const
{
    return normalized(m_row, &validation::validateCustomer).values();
}

FieldErrors CustomerEditDialog::validateForm(FieldErrors *) const
{
    CustomerEdit c = collect();
    return validation::validateCustomer(c);
}

void CustomerEditDialog::submit()
{
    if (!m_service)
        return finishSave();
    CustomerEdit c = collect();
    validation::validateCustomer(c);
    submitWith(m_service->saveCustomer(c), &m_row, &m_theirs);
}

void CustomerEditDialog::takeTheirs()
{
    if (m_theirs)
        fill(m_row = *m_theirs);
}

// ---------------------------------------------------------------- location

LocationEditDialog::LocationEditDialog(CustomerApi *service, qint64 customerId, qint64 locationId, QWidget *parent)
    : EntityEditDialog(parent)
    , m_service(service)
{
    setWindowTitle(locationId ? tr("Edit service location") : tr("New service location"));
    m_row.customerId = customerId;
    m_civic = line(this, 40);
    m_street = line(this);
    m_unit = line(this, 40);
    m_city = line(this);
    m_postal = line(this, 10);
    m_postal->setPlaceholderText(u"H2X 1Y4"_s);
    m_lat = line(this, 40);
    m_lat->setPlaceholderText(u"45,5017"_s);
    m_lon = line(this, 40);
    m_lon->setPlaceholderText(u"-73,5673"_s);
    m_status =
        combo(this, {{u"planned"_s, tr("Planned")}, {u"active"_s, tr("Active")}, {u"inactive"_s, tr("Inactive")}});
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(70);
    addField(u"civic_number"_s, tr("Civic &number:"), m_civic);
    addField(u"street"_s, tr("&Street:"), m_street);
    addField(u"unit"_s, tr("&Unit:"), m_unit);
    addField(u"city"_s, tr("C&ity:"), m_city);
    addField(u"postal_code"_s, tr("Postal &code:"), m_postal);
    addField(u"latitude"_s, tr("&Latitude:"), m_lat);
    addField(u"longitude"_s, tr("L&ongitude:"), m_lon);
    addField(u"status"_s, tr("S&tatus:"), m_status);
    addField(u"access_notes"_s, tr("&Access notes:"), m_notes);
    addNetworkFields();
    finishForm();

    if (locationId == 0 || !service) {
        fill(m_row);
        setLoaded(true);
        return;
    }
    setLoaded(false);
    ops::runThen(service->loadLocationEdit(locationId), this, [this](const ops::Result<LocationEdit> &r) {
        if (!r.ok())
            return showLoadError(r.error());
        m_row = r.value();
        fill(m_row);
        setLoaded(true);
    });
}

void LocationEditDialog::fill(const LocationEdit &l)
{
    m_civic->setText(l.civicNumber);
    m_street->setText(l.street);
    m_unit->setText(l.unit);
    m_city->setText(l.city);
    m_postal->setText(l.postalCode);
    m_lat->setText(coordText(l.latitude));
    m_lon->setText(coordText(l.longitude));
    select(m_status, l.status);
    m_notes->setPlainText(l.accessNotes);
    fillNetwork(l);
}

LocationEdit LocationEditDialog::collect(FieldErrors *parseErrors) const
{
    LocationEdit l = m_row;
    l.civicNumber = m_civic->text();
    l.street = m_street->text();
    l.unit = m_unit->text();
    l.city = m_city->text();
    l.postalCode = m_postal->text();
    const auto lat = validation::parseCoordinate(m_lat->text());
    const auto lon = validation::parseCoordinate(m_lon->text());
    l.latitude = lat.ok() ? lat.value() : std::nullopt;
    l.longitude = lon.ok() ? lon.value() : std::nullopt;
    if (parseErrors) {
        if (!lat.ok())
            parseErrors->insert(u"latitude"_s, lat.error().userMessage);
        if (!lon.ok())
            parseErrors->insert(u"longitude"_s, lon.error().userMessage);
    }
    l.status = key(m_status);
    l.accessNotes = m_notes->toPlainText();
    collectNetwork(l, parseErrors);
    return l;
}

QMap<QString, QString> LocationEditDialog::formValues() const
{
    return normalized(collect(), &validateLocationNoWarnings).values();
}

QMap<QString, QString> LocationEditDialog::storedValues() const
{
    return normalized(m_row, &validateLocationNoWarnings).values();
}

FieldErrors LocationEditDialog::validateForm(FieldErrors *warnings) const
{
    FieldErrors parse;
    LocationEdit l = collect(&parse);
    return merged(validation::validateLocation(l, warnings), parse);
}

void LocationEditDialog::submit()
{
    if (!m_service)
        return finishSave();
    LocationEdit l = collect();
    validation::validateLocation(l);
    submitWith(m_service->saveLocation(l), &m_row, &m_theirs);
}

void LocationEditDialog::takeTheirs()
{
    if (m_theirs)
        fill(m_row = *m_theirs);
}

// ---------------------------------------------------------------- equipment

EquipmentEditDialog::EquipmentEditDialog(
    CustomerApi *service, const QList<EditChoice> &locations, qint64 equipmentId, QWidget *parent)
    : EntityEditDialog(parent)
    , m_service(service)
{
    setWindowTitle(equipmentId ? tr("Edit equipment") : tr("New equipment"));
    m_location = new QComboBox(this);
    m_location->addItem(tr("Not installed"), qint64(0));
    for (const EditChoice &c : locations)
        m_location->addItem(c.label, c.id);
    if (!locations.isEmpty())
        m_row.locationId = locations.first().id;
    m_kind = combo(this,
        {{u"ont"_s, tr("ONT")}, {u"router"_s, tr("Router")}, {u"tv_box"_s, tr("TV box")},
            {u"phone_adapter"_s, tr("Phone adapter")}, {u"other"_s, tr("Other")}});
    m_make = line(this);
    m_model = line(this);
    m_serial = line(this, 60);
    m_mac = line(this, 40);
    m_mac->setPlaceholderText(u"AA:BB:CC:DD:EE:FF"_s);
    m_firmware = line(this);
    m_status = combo(this,
        {{u"in_stock"_s, tr("In stock")}, {u"installed"_s, tr("Installed")}, {u"returned"_s, tr("Returned")},
            {u"defective"_s, tr("Defective")}, {u"lost"_s, tr("Lost")}});
    addField(u"location_id"_s, tr("&Location:"), m_location);
    addField(u"kind"_s, tr("&Type:"), m_kind);
    addField(u"make"_s, tr("&Make:"), m_make);
    addField(u"model"_s, tr("M&odel:"), m_model);
    addField(u"serial"_s, tr("&Serial number:"), m_serial);
    addField(u"mac"_s, tr("M&AC address:"), m_mac);
    addField(u"firmware"_s, tr("&Firmware:"), m_firmware);
    addField(u"status"_s, tr("S&tatus:"), m_status);
    addNetworkFields();
    finishForm();

    if (equipmentId == 0 || !service) {
        fill(m_row);
        setLoaded(true);
        return;
    }
    setLoaded(false);
    ops::runThen(service->loadEquipmentEdit(equipmentId), this, [this](const ops::Result<EquipmentEdit> &r) {
        if (!r.ok())
            return showLoadError(r.error());
        m_row = r.value();
        fill(m_row);
        setLoaded(true);
    });
}

void EquipmentEditDialog::fill(const EquipmentEdit &e)
{
    if (e.locationId && m_location->findData(e.locationId) < 0)
        m_location->addItem(tr("Location #%1").arg(e.locationId), e.locationId);
    select(m_location, e.locationId);
    select(m_kind, e.kind);
    m_make->setText(e.make);
    m_model->setText(e.model);
    m_serial->setText(e.serial);
    m_mac->setText(e.mac);
    m_firmware->setText(e.firmware);
    select(m_status, e.status);
    fillNetwork(e);
}

EquipmentEdit EquipmentEditDialog::collect() const
{
    EquipmentEdit e = m_row;
    e.locationId = m_location->currentData().toLongLong();
    e.kind = key(m_kind);
    e.make = m_make->text();
    e.model = m_model->text();
    e.serial = m_serial->text();
    e.mac = m_mac->text();
    e.firmware = m_firmware->text();
    e.status = key(m_status);
    collectNetwork(e);
    return e;
}

QMap<QString, QString> EquipmentEditDialog::formValues() const
{
    return normalized(collect(), &validation::validateEquipment).values();
}

QMap<QString, QString> EquipmentEditDialog::storedValues() const
{
    return normalized(m_row, &validation::validateEquipment).values();
}

FieldErrors EquipmentEditDialog::validateForm(FieldErrors *) const
{
    EquipmentEdit e = collect();
    return validation::validateEquipment(e);
}

void EquipmentEditDialog::submit()
{
    if (!m_service)
        return finishSave();
    EquipmentEdit e = collect();
    validation::validateEquipment(e);
    submitWith(m_service->saveEquipment(e), &m_row, &m_theirs);
}

void EquipmentEditDialog::takeTheirs()
{
    if (m_theirs)
        fill(m_row = *m_theirs);
}

// ---------------------------------------------------------------- subscription

SubscriptionEditDialog::SubscriptionEditDialog(
    CustomerApi *service, qint64 customerId, const QList<EditChoice> &locations, qint64 subscriptionId, QWidget *parent)
    : EntityEditDialog(parent)
    , m_service(service)
{
    setWindowTitle(subscriptionId ? tr("Edit subscription") : tr("New subscription"));
    m_row.customerId = customerId;
    m_row.startDate = QDate::currentDate();
    m_plan = new QComboBox(this);
    m_location = new QComboBox(this);
    m_location->addItem(tr("No location"), qint64(0));
    for (const EditChoice &c : locations)
        m_location->addItem(c.label, c.id);
    m_price = line(this, 30);
    m_price->setPlaceholderText(u"69,95"_s);
    m_quantity = new QSpinBox(this);
    m_quantity->setRange(1, 1000);
    m_start = new QDateEdit(this);
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_end = line(this, 10);
    m_end->setPlaceholderText(tr("yyyy-mm-dd, empty: no end"));
    m_status = combo(this,
        {{u"pending"_s, tr("Pending")}, {u"active"_s, tr("Active")}, {u"suspended"_s, tr("Suspended")},
            {u"cancelled"_s, tr("Cancelled")}});
    addField(u"item_id"_s, tr("&Plan:"), m_plan);
    addField(u"location_id"_s, tr("&Location:"), m_location);
    addField(u"price_cents"_s, tr("P&rice per month:"), m_price);
    m_billed = new QLabel(this);
    m_billed->setWordWrap(false); // two short lines: a wrapped label added to a laid-out form keeps its first height
    m_billed->setTextInteractionFlags(Qt::TextSelectableByMouse);
    addField(u"billed_price"_s, tr("Billed:"), m_billed);
    addField(u"quantity"_s, tr("&Quantity:"), m_quantity);
    addField(u"start_date"_s, tr("&Start:"), m_start);
    addField(u"end_date"_s, tr("&End:"), m_end);
    addField(u"status"_s, tr("S&tatus:"), m_status);
    addSection(tr("RADIUS access"));
    m_radiusUser = line(this, 64);
    m_radiusUser->setPlaceholderText(tr("e.g. gf012345"));
    m_radiusPwd = line(this, 128);
    m_radiusPwd->setEchoMode(QLineEdit::Password);
    auto *stored = new QWidget(this);
    auto *storedRow = new QHBoxLayout(stored);
    storedRow->setContentsMargins(0, 0, 0, 0);
    m_pwdState = new QLabel(stored);
    m_reveal = new QPushButton(tr("Re&veal"), stored);
    m_reveal->setAutoDefault(false);
    m_revealed = new QLabel(stored);
    m_revealed->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_revealed->setAccessibleName(tr("Revealed RADIUS password"));
    m_revealed->hide();
    storedRow->addWidget(m_pwdState);
    storedRow->addWidget(m_reveal);
    storedRow->addWidget(m_revealed, 1);
    addField(u"radius_user"_s, tr("RADIUS &user:"), m_radiusUser);
    addField(u"radius_pwd"_s, tr("New pass&word:"), m_radiusPwd);
    addField(u"radius_stored"_s, tr("Stored password:"), stored);
    finishForm();
    connect(m_reveal, &QPushButton::clicked, this, &SubscriptionEditDialog::reveal);
    // A new plan proposes its list price.
    connect(m_plan, &QComboBox::activated, this, [this](int index) {
        const qint64 id = m_plan->itemData(index).toLongLong();
        for (const PlanOption &p : std::as_const(m_plans)) {
            if (p.id == id && m_row.id == 0)
                m_price->setText(p.price.format(QLocale()));
        }
        updateBilledNote();
    });
    connect(m_price, &QLineEdit::textChanged, this, &SubscriptionEditDialog::updateBilledNote);

    setLoaded(false);
    m_rowReady = subscriptionId == 0 || !service;
    if (!service) {
        maybeLoaded();
        return;
    }
    ops::runThen(service->loadPlans(), this, [this](const ops::Result<QList<PlanOption>> &r) {
        if (!r.ok())
            return showLoadError(r.error());
        m_plans = r.value();
        const bool fr = QLocale().language() == QLocale::French;
        for (const PlanOption &p : std::as_const(m_plans))
            m_plan->addItem(u"%1 — %2"_s.arg(fr ? p.nameFr : p.nameEn, p.price.format(QLocale())), p.id);
        m_plansReady = true;
        maybeLoaded();
    });
    if (subscriptionId) {
        ops::runThen(
            service->loadSubscriptionEdit(subscriptionId), this, [this](const ops::Result<SubscriptionEdit> &r) {
                if (!r.ok())
                    return showLoadError(r.error());
                m_row = r.value();
                m_rowReady = true;
                maybeLoaded();
            });
    }
}

void SubscriptionEditDialog::maybeLoaded()
{
    if (!(m_plansReady || !m_service) || !m_rowReady)
        return;
    if (m_row.id == 0 && !m_plans.isEmpty()) {
        m_row.itemId = m_plans.first().id;
        m_row.price = m_plans.first().price;
    }
    fill(m_row);
    setLoaded(true);
}

void SubscriptionEditDialog::fill(const SubscriptionEdit &s)
{
    if (s.itemId && m_plan->findData(s.itemId) < 0)
        m_plan->addItem(tr("Plan #%1").arg(s.itemId), s.itemId);
    select(m_plan, s.itemId);
    if (s.locationId && m_location->findData(s.locationId) < 0)
        m_location->addItem(tr("Location #%1").arg(s.locationId), s.locationId);
    select(m_location, s.locationId);
    m_price->setText(s.price.format(QLocale()));
    m_quantity->setValue(s.quantity);
    m_start->setDate(s.startDate.isValid() ? s.startDate : QDate::currentDate());
    m_end->setText(s.endDate.isValid() ? s.endDate.toString(Qt::ISODate) : QString());
    select(m_status, s.status);
    m_radiusUser->setText(s.radiusUser);
    m_radiusPwd->clear();
    m_radiusPwd->setPlaceholderText(s.hasRadiusPassword ? tr("unchanged") : tr("none"));
    m_revealed->clear();
    m_revealed->hide();
    updateRevealState();
    updateBilledNote();
}

void SubscriptionEditDialog::updateBilledNote()
{
    const qint64 itemId = m_plan->currentData().toLongLong();
    const PlanOption *plan = nullptr;
    for (const PlanOption &p : std::as_const(m_plans)) {
        if (p.id == itemId)
            plan = &p;
    }
    const auto price = validation::parsePrice(m_price->text());
    if (!plan || !price.ok()) {
        m_billed->clear();
        return;
    }
    // The database's rule (migration 0019): unchanged plan and price keep what the subscription was; otherwise the
    // catalogue price makes it follow the catalogue and any other price is a custom one.
    const bool unchanged = m_row.id != 0 && itemId == m_row.itemId && price.value() == m_row.price;
    const bool follows = unchanged ? !m_row.customPrice : price.value() == plan->price;
    const QLocale locale;
    if (!follows) {
        m_billed->setText(tr("%1 per month: a custom price.\nCatalogue price changes do not apply.")
                              .arg(price.value().format(locale)));
    } else if (plan->nextPrice) {
        m_billed->setText(tr("%1 per month: the catalogue price.\n%2 from %3.")
                              .arg(plan->price.format(locale), plan->nextPrice->format(locale),
                                  locale.toString(plan->nextFrom, QLocale::ShortFormat)));
    } else {
        m_billed->setText(tr("%1 per month: the catalogue price.\nIt follows the catalogue's changes.")
                              .arg(plan->price.format(locale)));
    }
}

void SubscriptionEditDialog::setRadiusRevealAllowed(bool allowed, const QString &why)
{
    m_revealAllowed = allowed;
    m_revealWhy = why;
    updateRevealState();
}

void SubscriptionEditDialog::updateRevealState()
{
    m_pwdState->setText(m_row.hasRadiusPassword ? tr("set") : tr("none"));
    m_reveal->setVisible(m_row.id != 0 && m_row.hasRadiusPassword);
    m_reveal->setEnabled(m_revealAllowed && m_service);
    m_reveal->setToolTip(
        m_revealAllowed ? tr("Shows the stored password; the reveal is recorded in the audit log.") : m_revealWhy);
}

void SubscriptionEditDialog::reveal()
{
    if (!m_service || m_row.id == 0)
        return;
    m_reveal->setEnabled(false);
    ops::runThen(m_service->revealRadiusPassword(m_row.id), this, [this](const ops::Result<QString> &r) {
        updateRevealState();
        m_revealed->show();
        if (!r.ok()) {
            m_revealed->setText(r.error().userMessage);
            return;
        }
        m_revealed->setText(r.value().isEmpty() ? tr("(none)") : r.value());
        m_revealed->setFocus();
    });
}

SubscriptionEdit SubscriptionEditDialog::collect(FieldErrors *parseErrors) const
{
    SubscriptionEdit s = m_row;
    s.itemId = m_plan->currentData().toLongLong();
    s.locationId = m_location->currentData().toLongLong();
    const auto price = validation::parsePrice(m_price->text());
    if (price.ok())
        s.price = price.value();
    else if (parseErrors)
        parseErrors->insert(u"price_cents"_s, price.error().userMessage);
    s.quantity = m_quantity->value();
    s.startDate = m_start->date();
    const QString end = m_end->text().trimmed();
    s.endDate = end.isEmpty() ? QDate() : QDate::fromString(end, Qt::ISODate);
    if (!end.isEmpty() && !s.endDate.isValid() && parseErrors)
        parseErrors->insert(u"end_date"_s, tr("Not a date. Use the form 2025-04-30."));
    s.status = key(m_status);
    s.radiusUser = m_radiusUser->text().trimmed();
    // Empty: keep the stored password (there is no way to type "no change" otherwise).
    s.newRadiusPassword = m_radiusPwd->text().isEmpty() ? QString() : m_radiusPwd->text();
    return s;
}

QMap<QString, QString> SubscriptionEditDialog::formValues() const
{
    return collect().values();
}

QMap<QString, QString> SubscriptionEditDialog::storedValues() const
{
    return m_row.values();
}

FieldErrors SubscriptionEditDialog::validateForm(FieldErrors *) const
{
    FieldErrors parse;
    SubscriptionEdit s = collect(&parse);
    return merged(validation::validateSubscription(s), parse);
}

void SubscriptionEditDialog::submit()
{
    if (!m_service)
        return finishSave();
    submitWith(m_service->saveSubscription(collect()), &m_row, &m_theirs);
}

void SubscriptionEditDialog::takeTheirs()
{
    if (m_theirs)
        fill(m_row = *m_theirs);
}
