#include "ui/admin/RegionRulesWidget.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "core/concurrency/Async.h"
#include "ui/common/Icons.h"
#include "ui/common/MessageBanner.h"

using namespace Qt::Literals::StringLiterals;
using ops::Error;
using ops::Result;
using ops::dispatch::Region;
using ops::dispatch::RegionRule;
using ops::dispatch::RegionRuleInput;
using ops::dispatch::RegionRulesView;

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kRegionRole = Qt::UserRole + 2;

} // namespace

RegionRulesWidget::RegionRulesWidget(QWidget *parent)
    : QWidget(parent)
    , m_toolbar(new QToolBar(this))
    , m_banner(new MessageBanner(this))
    , m_summary(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_rules(new QTreeWidget(this))
    , m_regions(new QTreeWidget(this))
{
    setObjectName(u"RegionRulesWidget"_s);
    auto *title = new QLabel(tr("Dispatch regions"), this);
    title->setObjectName(u"sectionTitle"_s);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    title->setFont(f);
    auto *help = new QLabel(tr("A location's region comes from the longest matching start of its postal code, "
                               "otherwise from its city. A dispatch job takes its location's region. New locations "
                               "follow the rules at once; existing ones when you apply the rules to all locations."),
        this);
    help->setWordWrap(true);
    help->setObjectName(u"sectionHelp"_s);

    m_add =
        m_toolbar->addAction(Icons::icon(Icons::Glyph::Location), tr("&Add rule…"), this, &RegionRulesWidget::addRule);
    m_add->setShortcut(QKeySequence::New);
    m_add->setToolTip(tr("A postal-code start or a city that belongs to a region (Ctrl+N)"));
    m_remove = m_toolbar->addAction(tr("&Remove rule…"), this, &RegionRulesWidget::removeRule);
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setToolTip(tr("Remove the selected rule (Del)"));
    m_newRegion = m_toolbar->addAction(tr("New re&gion…"), this, &RegionRulesWidget::addRegion);
    m_newRegion->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newRegion->setToolTip(tr("Add a region technicians and rules can belong to (Ctrl+Shift+N)"));
    m_toolbar->addSeparator();
    m_apply = m_toolbar->addAction(tr("A&pply to all locations…"), this, &RegionRulesWidget::applyToAllLocations);
    m_apply->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_apply->setToolTip(tr("Every location and every open job takes its region again from these rules (Ctrl+Shift+A)"));
    m_toolbar->addSeparator();
    m_refresh =
        m_toolbar->addAction(Icons::icon(Icons::Glyph::Refresh), tr("Refresh"), this, &RegionRulesWidget::reload);
    m_refresh->setShortcut(QKeySequence::Refresh);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    for (QAction *a : {m_add, m_remove, m_newRegion, m_apply, m_refresh, find}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        QWidget::addAction(a);
    }
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_filter->setObjectName(u"regionRulesFilter"_s);
    m_filter->setPlaceholderText(tr("Filter by postal code, city or region (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &RegionRulesWidget::applyFilter);

    m_rules->setObjectName(u"regionRules"_s);
    m_rules->setHeaderLabels({tr("Postal code or city"), tr("Kind"), tr("Region")});
    m_rules->setRootIsDecorated(false);
    m_rules->setUniformRowHeights(true);
    m_rules->setAlternatingRowColors(true);
    m_rules->setSortingEnabled(true);
    m_rules->sortByColumn(0, Qt::AscendingOrder);
    m_rules->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rules->setAccessibleName(tr("Region rules"));
    m_rules->header()->resizeSection(0, 200);
    m_rules->header()->resizeSection(1, 160);
    connect(m_rules, &QTreeWidget::itemSelectionChanged, this, &RegionRulesWidget::updateActions);

    m_regions->setObjectName(u"regionList"_s);
    m_regions->setHeaderLabels({tr("Region"), tr("Locations")});
    m_regions->setRootIsDecorated(false);
    m_regions->setUniformRowHeights(true);
    m_regions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_regions->setAccessibleName(tr("Regions"));
    m_regions->header()->resizeSection(0, 200);
    // Choosing a region shows its rules only; choosing it again (or Esc in the filter) shows them all.
    connect(m_regions, &QTreeWidget::itemSelectionChanged, this, &RegionRulesWidget::applyFilter);

    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_rules, 1);
    split->addWidget(left);
    split->addWidget(m_regions);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    m_summary->setObjectName(u"regionSummary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_banner->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(title);
    layout->addWidget(help);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_banner);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    setFocusProxy(m_rules);
    updateActions();
}

RegionRulesWidget::~RegionRulesWidget() = default;

void RegionRulesWidget::setApi(ops::dispatch::RegionRulesApi *api)
{
    m_api = api;
    m_view = {};
    fill();
    if (m_api && isVisible())
        reload();
    updateActions();
}

void RegionRulesWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void RegionRulesWidget::reload()
{
    if (!m_api)
        return;
    ++m_pending;
    ops::runThen(m_api->load(), this, [this](const Result<RegionRulesView> &r) {
        --m_pending;
        if (r.ok()) {
            m_view = r.value();
            fill();
        } else {
            showError(r.error());
        }
        updateActions();
        emit idle();
    });
}

void RegionRulesWidget::fill()
{
    const qint64 keepRule = m_selectRule ? m_selectRule
        : m_rules->currentItem()         ? m_rules->currentItem()->data(0, kIdRole).toLongLong()
                                         : 0;
    const qint64 keepRegion = selectedRegion();
    m_selectRule = 0;
    m_rules->setSortingEnabled(false);
    m_rules->clear();
    QTreeWidgetItem *current = nullptr;
    for (const RegionRule &rule : std::as_const(m_view.rules)) {
        const bool city = rule.postalPrefix.isEmpty();
        auto *item = new QTreeWidgetItem(m_rules,
            {city ? rule.city : rule.postalPrefix, city ? tr("City") : tr("Start of postal code"), rule.regionName});
        item->setData(0, kIdRole, rule.id);
        item->setData(0, kRegionRole, rule.regionTagId);
        if (rule.id == keepRule)
            current = item;
    }
    m_rules->setSortingEnabled(true);
    if (current)
        m_rules->setCurrentItem(current);

    const QSignalBlocker block(m_regions);
    m_regions->clear();
    QLocale locale;
    for (const Region &region : std::as_const(m_view.regions)) {
        auto *item = new QTreeWidgetItem(m_regions, {region.name, locale.toString(region.locations)});
        item->setData(0, kRegionRole, region.tagId);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        if (region.tagId == keepRegion)
            m_regions->setCurrentItem(item);
    }
    if (!m_api) {
        m_summary->clear();
    } else if (m_view.locationsWithoutRegion > 0) {
        m_summary->setText(
            tr("%1 locations; %2 have no region (no rule matches their postal code or city).")
                .arg(locale.toString(m_view.locationsTotal), locale.toString(m_view.locationsWithoutRegion)));
        m_summary->setStyleSheet(u"color: palette(highlight); font-weight: bold;"_s);
    } else {
        m_summary->setText(tr("%1 locations, every one in a region.").arg(locale.toString(m_view.locationsTotal)));
        m_summary->setStyleSheet({});
    }
    applyFilter();
}

void RegionRulesWidget::applyFilter()
{
    const QString text = m_filter->text().simplified();
    const qint64 region = selectedRegion();
    for (int i = 0; i < m_rules->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_rules->topLevelItem(i);
        bool show = region == 0 || item->data(0, kRegionRole).toLongLong() == region;
        if (show && !text.isEmpty())
            show =
                item->text(0).contains(text, Qt::CaseInsensitive) || item->text(2).contains(text, Qt::CaseInsensitive);
        item->setHidden(!show);
    }
    updateActions();
}

qint64 RegionRulesWidget::selectedRegion() const
{
    const QList<QTreeWidgetItem *> items = m_regions->selectedItems();
    return items.isEmpty() ? 0 : items.first()->data(0, kRegionRole).toLongLong();
}

void RegionRulesWidget::updateActions()
{
    const bool on = m_api != nullptr;
    const QList<QTreeWidgetItem *> selected = m_rules->selectedItems();
    m_add->setEnabled(on && !m_view.regions.isEmpty());
    m_add->setStatusTip(on && m_view.regions.isEmpty() ? tr("Add a region first.") : QString());
    m_remove->setEnabled(on && !selected.isEmpty() && !selected.first()->isHidden());
    m_newRegion->setEnabled(on);
    m_apply->setEnabled(on);
    m_refresh->setEnabled(on);
}

void RegionRulesWidget::showError(const Error &error)
{
    m_banner->clearActions();
    m_banner->showError(error.userMessage.isEmpty() ? tr("The region rules could not be changed.") : error.userMessage);
}

void RegionRulesWidget::addRule()
{
    if (!m_api || !m_add->isEnabled())
        return;
    auto *dialog = new RegionRuleDialog(m_view.regions, selectedRegion(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { runAdd(dialog->input()); });
    dialog->open();
}

void RegionRulesWidget::runAdd(const RegionRuleInput &input)
{
    if (!m_api)
        return;
    ++m_pending;
    ops::runThen(m_api->addRule(input), this, [this](const Result<RegionRule> &r) {
        --m_pending;
        if (r.ok()) {
            const RegionRule &rule = r.value();
            m_banner->clearActions();
            m_banner->showSuccess(
                tr("%1 now belongs to %2. Existing locations change region when you apply the rules to all locations.")
                    .arg(rule.postalPrefix.isEmpty() ? rule.city : rule.postalPrefix, rule.regionName));
            QAbstractButton *apply = m_banner->addAction(tr("Apply now…"));
            connect(apply, &QAbstractButton::clicked, this, &RegionRulesWidget::applyToAllLocations);
            m_selectRule = rule.id;
            reload();
        } else {
            showError(r.error());
        }
        emit idle();
    });
}

void RegionRulesWidget::removeRule()
{
    const QList<QTreeWidgetItem *> selected = m_rules->selectedItems();
    if (!m_api || selected.isEmpty() || !m_remove->isEnabled())
        return;
    const qint64 id = selected.first()->data(0, kIdRole).toLongLong();
    const QString what = selected.first()->text(0);
    const QString region = selected.first()->text(2);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove rule"),
        tr("Remove the rule %1 → %2? Locations already in %2 keep it until you apply the rules to all locations.")
            .arg(what, region),
        QMessageBox::Cancel, this);
    box->setObjectName(u"removeRuleBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    box->setDefaultButton(yes);
    connect(box, &QMessageBox::buttonClicked, this, [this, yes, id, what](QAbstractButton *b) {
        if (b != yes || !m_api)
            return;
        ++m_pending;
        ops::runThen(m_api->removeRule(id), this, [this, what](const ops::Status &s) {
            --m_pending;
            if (s.ok()) {
                m_banner->clearActions();
                m_banner->showSuccess(tr("The rule for %1 is removed.").arg(what));
                QAbstractButton *apply = m_banner->addAction(tr("Apply now…"));
                connect(apply, &QAbstractButton::clicked, this, &RegionRulesWidget::applyToAllLocations);
            } else {
                showError(s.error());
            }
            reload();
            emit idle();
        });
    });
    box->open();
}

void RegionRulesWidget::addRegion()
{
    if (!m_api)
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(u"newRegionDialog"_s);
    dialog->setWindowTitle(tr("New region"));
    dialog->setLabelText(tr("Name of the region (for example Outaouais):"));
    dialog->setInputMode(QInputDialog::TextInput);
    connect(dialog, &QInputDialog::accepted, this, [this, dialog] {
        const QString name = dialog->textValue();
        auto checked = ops::dispatch::normalisedRegionName(name);
        if (!checked.ok()) {
            showError(checked.error());
            return;
        }
        if (!m_api)
            return;
        ++m_pending;
        ops::runThen(m_api->addRegion(checked.value()), this, [this](const Result<Region> &r) {
            --m_pending;
            if (r.ok()) {
                m_banner->clearActions();
                m_banner->showSuccess(tr("The region %1 is added. Give it rules, and give its technicians the %1 tag.")
                                          .arg(r.value().name));
                reload();
            } else {
                showError(r.error());
            }
            emit idle();
        });
    });
    dialog->open();
}

void RegionRulesWidget::applyToAllLocations()
{
    if (!m_api)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Apply to all locations"),
        tr("Every location, and every open dispatch job, takes its region again from these rules. Jobs may move to "
           "another region's dispatchers. Continue?"),
        QMessageBox::Cancel, this);
    box->setObjectName(u"applyRegionsBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = box->addButton(tr("&Apply"), QMessageBox::AcceptRole);
    box->setDefaultButton(yes);
    connect(box, &QMessageBox::buttonClicked, this, [this, yes](QAbstractButton *b) {
        if (b == yes)
            runApply();
    });
    box->open();
}

void RegionRulesWidget::runApply()
{
    if (!m_api)
        return;
    ++m_pending;
    m_apply->setEnabled(false);
    m_banner->clearActions();
    m_banner->showInfo(tr("Applying the rules to every location…"));
    ops::runThen(m_api->applyToAllLocations(), this, [this](const Result<int> &r) {
        --m_pending;
        if (r.ok()) {
            m_banner->clearActions();
            m_banner->showSuccess(r.value() == 0
                    ? tr("Every location was already in the right region.")
                    : tr("%n location(s) changed region, with their open jobs.", nullptr, r.value()));
            reload();
        } else {
            showError(r.error());
        }
        updateActions();
        emit idle();
    });
}

RegionRuleDialog::RegionRuleDialog(const QList<Region> &regions, qint64 preselectedRegion, QWidget *parent)
    : QDialog(parent)
    , m_region(new QComboBox(this))
    , m_kind(new QButtonGroup(this))
    , m_value(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(u"regionRuleDialog"_s);
    setWindowTitle(tr("Add a region rule"));
    for (const Region &r : regions) {
        m_region->addItem(r.name, r.tagId);
        if (r.tagId == preselectedRegion)
            m_region->setCurrentIndex(m_region->count() - 1);
    }
    auto *postal = new QRadioButton(tr("Postal codes &starting with"), this);
    auto *city = new QRadioButton(tr("&City"), this);
    m_kind->addButton(postal, 0);
    m_kind->addButton(city, 1);
    postal->setChecked(true);
    auto *kinds = new QHBoxLayout;
    kinds->addWidget(postal);
    kinds->addWidget(city);
    kinds->addStretch();
    m_value->setObjectName(u"regionRuleValue"_s);
    m_value->setPlaceholderText(tr("J8X, J8X 1 or Gatineau"));
    m_problem->setObjectName(u"regionRuleProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: palette(highlight);"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("Rule:"), kinds);
    form->addRow(tr("&Value:"), m_value);
    form->addRow(m_problem);
    form->addRow(buttons);
    connect(m_value, &QLineEdit::textChanged, this, &RegionRuleDialog::check);
    connect(m_kind, &QButtonGroup::idToggled, this, &RegionRuleDialog::check);
    connect(m_region, &QComboBox::currentIndexChanged, this, &RegionRuleDialog::check);
    m_value->setFocus();
    check();
}

void RegionRuleDialog::setCityKind(bool city)
{
    m_kind->button(city ? 1 : 0)->setChecked(true);
}

RegionRuleInput RegionRuleDialog::input() const
{
    RegionRuleInput in;
    in.regionTagId = m_region->currentData().toLongLong();
    if (m_kind->checkedId() == 1)
        in.city = m_value->text();
    else
        in.postalPrefix = m_value->text();
    auto normalised = ops::dispatch::normalisedRule(in);
    return normalised.ok() ? normalised.value() : in;
}

void RegionRuleDialog::check()
{
    RegionRuleInput in;
    in.regionTagId = m_region->currentData().toLongLong();
    if (m_kind->checkedId() == 1)
        in.city = m_value->text();
    else
        in.postalPrefix = m_value->text();
    if (m_value->text().trimmed().isEmpty()) {
        m_problem->clear();
        m_ok->setEnabled(false);
        return;
    }
    auto normalised = ops::dispatch::normalisedRule(in);
    if (normalised.ok()) {
        // What will be saved, normalised: the admin sees "J8X 1" before adding it.
        const RegionRuleInput &n = normalised.value();
        m_problem->setStyleSheet({});
        m_problem->setText(n.city.isEmpty() ? tr("Locations whose postal code starts with %1 go to %2.")
                                                  .arg(n.postalPrefix, m_region->currentText())
                                            : tr("Locations in %1 go to %2, unless a postal-code rule matches.")
                                                  .arg(n.city, m_region->currentText()));
    } else {
        m_problem->setStyleSheet(u"color: palette(highlight);"_s);
        m_problem->setText(normalised.error().userMessage);
    }
    m_ok->setEnabled(normalised.ok());
}
