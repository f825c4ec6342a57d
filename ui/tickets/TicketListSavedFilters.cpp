// TicketListWidget, part 2: the filter criteria as a whole and the saved filters (menu, naming, default).
#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include "core/concurrency/Async.h"
#include "core/settings/Settings.h"
#include "core/tickets/TicketApi.h"
#include "core/tickets/TicketExport.h"
#include "ui/common/GridTools.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/StatusChipDelegate.h"
#include "ui/tickets/TicketListModel.h"
#include "ui/tickets/TicketListWidget.h"
#include "ui/tickets/TicketView.h"

using namespace Qt::Literals::StringLiterals;
using ops::tickets::TicketFilter;
using ops::tickets::TicketSort;

namespace {

const auto kSavedKey = QString::fromLatin1(TicketListWidget::kSavedFiltersKey);

} // namespace

ops::tickets::SavedTicketFilter TicketListWidget::currentCriteria() const
{
    ops::tickets::SavedTicketFilter c;
    c.name = m_activeSaved;
    c.statuses = m_status->currentData().toStringList();
    c.issueType = m_type->currentData().toString();
    c.assignedStaffId = m_assigned->currentData().toLongLong();
    c.importantOnly = m_important->isChecked();
    if (m_dateRange->isChecked()) {
        c.createdFrom = m_from->date();
        c.createdTo = m_to->date();
    }
    c.text = m_text->text().trimmed();
    c.sort = currentSort();
    return c;
}

void TicketListWidget::setCriteria(const ops::tickets::SavedTicketFilter &c)
{
    {
        const QSignalBlocker b1(m_status), b2(m_type), b3(m_assigned), b4(m_important), b5(m_dateRange), b6(m_from),
            b7(m_to), b8(m_text), b9(m_sort);
        int status = m_status->findData(c.statuses);
        if (status < 0) { // a set the combo does not offer: shown as its own entry
            QStringList labels;
            for (const QString &s : c.statuses)
                labels << TicketListModel::statusLabel(s);
            m_status->addItem(labels.join(u", "_s), c.statuses);
            status = m_status->count() - 1;
        }
        m_status->setCurrentIndex(status);
        if (!c.issueType.isEmpty() && m_type->findData(c.issueType) < 0)
            m_type->addItem(TicketListModel::typeLabel(c.issueType), c.issueType);
        m_type->setCurrentIndex(qMax(0, m_type->findData(c.issueType)));
        if (c.assignedStaffId > 0 && m_assigned->findData(c.assignedStaffId) < 0)
            m_assigned->addItem(tr("Staff #%1").arg(c.assignedStaffId), c.assignedStaffId);
        m_assigned->setCurrentIndex(qMax(0, m_assigned->findData(c.assignedStaffId)));
        m_important->setChecked(c.importantOnly);
        m_dateRange->setChecked(c.hasDateRange());
        m_from->setEnabled(c.hasDateRange());
        m_to->setEnabled(c.hasDateRange());
        if (c.hasDateRange()) {
            m_from->setDate(c.createdFrom);
            m_to->setDate(c.createdTo);
        }
        m_text->setText(c.text);
        m_sort->setCurrentIndex(qMax(0, m_sort->findData(int(c.sort))));
    }
    if (m_parentId != 0) { // a saved filter is over all tickets
        m_parentId = 0;
        m_banner->clearActions();
        m_banner->dismiss();
    }
    applyFilter();
}

void TicketListWidget::loadSavedFilters()
{
    if (!m_settings)
        return;
    int skipped = 0;
    m_saved = ops::tickets::SavedTicketFilters::fromJson(m_settings->uiState(kSavedKey).toByteArray(), &skipped);
    Q_UNUSED(skipped) // unusable entries are dropped at the next save
}

void TicketListWidget::storeSavedFilters()
{
    if (m_settings)
        m_settings->setUiState(kSavedKey, m_saved.toJson());
    rebuildSavedMenu();
}

bool TicketListWidget::saveCurrentFilterAs(const QString &name)
{
    ops::tickets::SavedTicketFilter c = currentCriteria();
    c.name = ops::tickets::SavedTicketFilters::normalizedName(name);
    if (!m_saved.save(c))
        return false;
    m_activeSaved = c.name;
    storeSavedFilters();
    return true;
}

bool TicketListWidget::applySavedFilter(const QString &name)
{
    const ops::tickets::SavedTicketFilter *f = m_saved.find(name);
    if (!f)
        return false;
    m_activeSaved = f->name;
    setCriteria(*f);
    rebuildSavedMenu();
    return true;
}

bool TicketListWidget::renameSavedFilter(const QString &from, const QString &to)
{
    if (!m_saved.rename(from, to))
        return false;
    if (m_activeSaved == from)
        m_activeSaved = ops::tickets::SavedTicketFilters::normalizedName(to);
    storeSavedFilters();
    return true;
}

bool TicketListWidget::deleteSavedFilter(const QString &name)
{
    if (!m_saved.remove(name))
        return false;
    if (m_activeSaved == name)
        m_activeSaved.clear();
    storeSavedFilters();
    return true;
}

bool TicketListWidget::setDefaultSavedFilter(const QString &name)
{
    if (!m_saved.setDefaultName(name))
        return false;
    storeSavedFilters();
    return true;
}

void TicketListWidget::askName(const QString &title, const QString &initial, std::function<void(const QString &)> done)
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(u"ticketSavedFilterName"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->setLabelText(tr("Name:"));
    dialog->setTextValue(initial);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, done = std::move(done)](const QString &text) {
        if (ops::tickets::SavedTicketFilters::normalizedName(text).isEmpty())
            return m_banner->showError(tr("A saved filter needs a name (at most %1 characters).")
                                           .arg(ops::tickets::SavedTicketFilters::kMaxNameLength));
        done(text);
    });
    dialog->open(); // never exec(): no nested event loop
}

void TicketListWidget::rebuildSavedMenu()
{
    m_savedMenu->clear();
    const ops::tickets::SavedTicketFilter current = currentCriteria();
    for (const ops::tickets::SavedTicketFilter &f : m_saved.filters()) {
        QString label = f.name;
        label.replace(u'&', u"&&"_s);
        if (f.name == m_saved.defaultName())
            label = tr("%1 (default)", "saved filter applied when the list opens").arg(label);
        QAction *a = m_savedMenu->addAction(label);
        a->setCheckable(true);
        a->setChecked(f.name == m_activeSaved && f.sameCriteria(current));
        const QString name = f.name;
        connect(a, &QAction::triggered, this, [this, name] { applySavedFilter(name); });
    }
    if (!m_saved.filters().isEmpty())
        m_savedMenu->addSeparator();
    QAction *save = m_savedMenu->addAction(tr("&Save current filters as…"));
    save->setObjectName(u"ticketSaveFilterAs"_s);
    connect(save, &QAction::triggered, this, [this] {
        askName(tr("Save filters"), m_activeSaved, [this](const QString &name) {
            const bool replacing = m_saved.find(ops::tickets::SavedTicketFilters::normalizedName(name)) != nullptr;
            saveCurrentFilterAs(name);
            m_banner->showInfo(replacing ? tr("Saved filter \"%1\" updated.").arg(m_activeSaved)
                                         : tr("Filters saved as \"%1\".").arg(m_activeSaved));
        });
    });
    const bool hasActive = m_saved.find(m_activeSaved) != nullptr;
    const QString active = m_activeSaved;
    QAction *rename = m_savedMenu->addAction(
        hasActive ? tr("&Rename \"%1\"…").arg(QString(active).replace(u'&', u"&&"_s)) : tr("&Rename…"));
    rename->setEnabled(hasActive);
    connect(rename, &QAction::triggered, this, [this, active] {
        askName(tr("Rename saved filter"), active, [this, active](const QString &name) {
            if (!renameSavedFilter(active, name))
                m_banner->showError(tr("A saved filter named \"%1\" already exists.").arg(name.simplified()));
        });
    });
    QAction *remove = m_savedMenu->addAction(
        hasActive ? tr("&Delete \"%1\"").arg(QString(active).replace(u'&', u"&&"_s)) : tr("&Delete"));
    remove->setEnabled(hasActive);
    connect(remove, &QAction::triggered, this, [this, active] {
        deleteSavedFilter(active);
        m_banner->showInfo(tr("Saved filter \"%1\" deleted.").arg(active));
    });
    const bool isDefault = hasActive && m_saved.defaultName() == active;
    QAction *makeDefault = m_savedMenu->addAction(tr("Use as &default when the list opens"));
    makeDefault->setCheckable(true);
    makeDefault->setChecked(isDefault);
    makeDefault->setEnabled(hasActive);
    connect(makeDefault, &QAction::triggered, this,
        [this, active](bool on) { setDefaultSavedFilter(on ? active : QString()); });
    if (!m_saved.defaultName().isEmpty() && !isDefault) {
        QAction *clear = m_savedMenu->addAction(tr("&No default"));
        connect(clear, &QAction::triggered, this, [this] { setDefaultSavedFilter({}); });
    }
}
