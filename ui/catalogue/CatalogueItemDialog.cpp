#include "ui/catalogue/CatalogueItemDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "core/catalogue/CatalogueApi.h"
#include "core/common/Money.h"
#include "core/concurrency/Async.h"
#include "ui/catalogue/CatalogueModel.h"
#include "ui/common/Theme.h"

using namespace Qt::Literals::StringLiterals;
using ops::Money;
using ops::catalogue::CatalogueItem;

namespace {

// "89,95", "89.95 $", "$1,234.56", "-10": integer cents; false when it is not an amount.
bool parseAmount(const QString &input, qint64 *cents)
{
    QString t;
    for (const QChar c : input) {
        if (c.isSpace() || c == u'$' || c == QChar(0x00a0) || c == QChar(0x202f))
            continue;
        t += c == QChar(0x2212) ? u'-' : c; // the minus sign some locales print
    }
    if (t.contains(u',') && t.contains(u'.'))
        t.remove(u',');
    Money m;
    if (t.isEmpty() || !Money::parse(t, &m))
        return false;
    *cents = m.cents();
    return true;
}

QSpinBox *speedSpin(QWidget *parent)
{
    auto *s = new QSpinBox(parent);
    s->setRange(0, 100000);
    s->setSuffix(QCoreApplication::translate("CatalogueItemDialog", " Mbit/s"));
    s->setSpecialValueText(QCoreApplication::translate("CatalogueItemDialog", "none"));
    return s;
}

} // namespace

CatalogueItemDialog::CatalogueItemDialog(
    ops::catalogue::CatalogueApi *api, const CatalogueItem &item, bool editable, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_item(item)
    , m_editable(editable && api)
{
    setObjectName(u"CatalogueItemDialog"_s);
    setWindowTitle(item.id == 0 ? tr("New plan or product") : tr("Plan or product %1").arg(item.sku));
    auto *v = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_sku = new QLineEdit(item.sku, this);
    m_sku->setObjectName(u"sku"_s);
    m_sku->setMaxLength(32);
    m_sku->setPlaceholderText(u"INT-500"_s);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"kind"_s);
    for (const QString &k : ops::catalogue::catalogueKinds())
        m_kind->addItem(CatalogueModel::kindLabel(k), k);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(item.kind)));
    m_nameFr = new QLineEdit(item.nameFr, this);
    m_nameFr->setObjectName(u"nameFr"_s);
    m_nameFr->setMaxLength(200);
    m_nameEn = new QLineEdit(item.nameEn, this);
    m_nameEn->setObjectName(u"nameEn"_s);
    m_nameEn->setMaxLength(200);
    m_down = speedSpin(this);
    m_down->setObjectName(u"download"_s);
    m_down->setValue(item.downloadMbps.value_or(0));
    m_up = speedSpin(this);
    m_up->setObjectName(u"upload"_s);
    m_up->setValue(item.uploadMbps.value_or(0));
    m_olt = new QLineEdit(item.oltProfile, this);
    m_olt->setObjectName(u"oltProfile"_s);
    m_olt->setMaxLength(100);
    // The price from now on: a change already scheduled is what the field edits (saving it unchanged keeps it).
    m_price = new QLineEdit(Money::fromCents(item.pendingPriceCents.value_or(item.priceCents)).format(QLocale()), this);
    m_price->setObjectName(u"price"_s);
    m_taxable = new QCheckBox(tr("Ta&xable (GST and QST)"), this);
    m_taxable->setObjectName(u"taxable"_s);
    m_taxable->setChecked(item.taxable);
    m_active = new QCheckBox(tr("Acti&ve: offered for new subscriptions"), this);
    m_active->setObjectName(u"active"_s);
    m_active->setChecked(item.active);
    m_priceNote = new QLabel(this);
    m_priceNote->setObjectName(u"priceNote"_s);
    m_priceNote->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(u"error"_s);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(Theme::styled(u"color: @TextError;"_s));
    m_error->hide();

    form->addRow(tr("&SKU:"), m_sku);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&French name:"), m_nameFr);
    form->addRow(tr("&English name:"), m_nameEn);
    form->addRow(tr("&Download:"), m_down);
    form->addRow(tr("&Upload:"), m_up);
    form->addRow(tr("&OLT profile:"), m_olt);
    form->addRow(tr("&Price per month:"), m_price);
    form->addRow(QString(), m_priceNote);
    form->addRow(QString(), m_taxable);
    form->addRow(QString(), m_active);
    v->addLayout(form);
    v->addWidget(m_error);
    m_buttons = new QDialogButtonBox(
        m_editable ? QDialogButtonBox::Save | QDialogButtonBox::Cancel : QDialogButtonBox::Close, this);
    v->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CatalogueItemDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_price, &QLineEdit::textChanged, this, &CatalogueItemDialog::updatePriceNote);

    if (!m_editable) {
        for (QLineEdit *e : {m_sku, m_nameFr, m_nameEn, m_olt, m_price})
            e->setReadOnly(true);
        const QList<QWidget *> fixed{m_kind, m_down, m_up, m_taxable, m_active};
        for (QWidget *w : fixed)
            w->setEnabled(false);
    }
    updatePriceNote();
}

void CatalogueItemDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // A new item starts at its SKU, an existing one at its French name.
    activateWindow();
    (m_item.id == 0 ? static_cast<QWidget *>(m_sku) : static_cast<QWidget *>(m_nameFr))
        ->setFocus(Qt::ActiveWindowFocusReason);
}

QDate CatalogueItemDialog::nextPeriod(const QDate &today)
{
    return QDate(today.year(), today.month(), 1).addMonths(1);
}

CatalogueItem CatalogueItemDialog::formItem(bool *priceOk) const
{
    CatalogueItem i = m_item;
    i.sku = m_sku->text().trimmed().toUpper();
    i.kind = m_kind->currentData().toString();
    i.nameFr = m_nameFr->text().trimmed();
    i.nameEn = m_nameEn->text().trimmed();
    i.downloadMbps = m_down->value() > 0 ? std::optional<int>(m_down->value()) : std::nullopt;
    i.uploadMbps = m_up->value() > 0 ? std::optional<int>(m_up->value()) : std::nullopt;
    i.oltProfile = m_olt->text().trimmed();
    qint64 cents = 0;
    const bool ok = parseAmount(m_price->text(), &cents);
    if (ok)
        i.priceCents = cents;
    if (priceOk)
        *priceOk = ok;
    i.taxable = m_taxable->isChecked();
    i.active = m_active->isChecked();
    return i;
}

void CatalogueItemDialog::updatePriceNote()
{
    const QLocale locale;
    qint64 cents = 0;
    const bool ok = parseAmount(m_price->text(), &cents);
    QStringList lines;
    if (m_item.id == 0) {
        lines << tr("A new item's price applies at once.");
    } else {
        const qint64 wanted = m_item.pendingPriceCents.value_or(m_item.priceCents);
        if (ok && cents != wanted && cents != m_item.priceCents) {
            lines << tr("New price from %1: %2 (until then %3). Subscriptions at the catalogue price follow it.")
                         .arg(nextPeriod(QDate::currentDate()).toString(Qt::ISODate),
                             Money::fromCents(cents).format(locale),
                             Money::fromCents(m_item.priceCents).format(locale));
        } else if (ok && m_item.pendingPriceCents && cents == m_item.priceCents) {
            lines << tr("The change scheduled from %1 will be withdrawn: the price stays %2.")
                         .arg(m_item.pendingFrom.toString(Qt::ISODate),
                             Money::fromCents(m_item.priceCents).format(locale));
        } else if (m_item.pendingPriceCents) {
            lines << tr("Current price %1; %2 from %3 (scheduled).")
                         .arg(Money::fromCents(m_item.priceCents).format(locale),
                             Money::fromCents(*m_item.pendingPriceCents).format(locale),
                             m_item.pendingFrom.toString(Qt::ISODate));
        } else {
            lines << tr("A price change applies from the next period (the first day of next month).");
        }
    }
    if (!ok)
        lines << tr("Not an amount. Enter a price such as 89,95 (a discount: -10,00).");
    m_priceNote->setText(lines.join(u'\n'));
}

void CatalogueItemDialog::accept()
{
    if (!m_editable || m_saving)
        return;
    bool priceOk = false;
    const CatalogueItem item = formItem(&priceOk);
    QStringList problems = ops::catalogue::validateItem(item);
    if (!priceOk)
        problems.prepend(tr("Not an amount. Enter a price such as 89,95 (a discount: -10,00)."));
    if (!problems.isEmpty()) {
        m_error->setText(problems.join(u'\n'));
        m_error->show();
        return;
    }
    m_saving = true;
    m_buttons->setEnabled(false);
    m_error->hide();
    ops::runThen(m_api->saveItem(item), this, [this](const ops::Result<ops::catalogue::CatalogueSaveResult> &r) {
        m_saving = false;
        m_buttons->setEnabled(true);
        if (!r.ok()) {
            m_error->setText(r.error().userMessage);
            m_error->show();
            return;
        }
        emit saved(r.value());
        QDialog::accept();
    });
}
