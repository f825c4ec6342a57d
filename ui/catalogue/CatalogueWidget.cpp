#include "ui/catalogue/CatalogueWidget.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTreeView>
#include <QVBoxLayout>

#include "core/catalogue/CatalogueApi.h"
#include "core/concurrency/Async.h"
#include "ui/catalogue/CatalogueItemDialog.h"
#include "ui/catalogue/CatalogueModel.h"
#include "ui/common/MessageBanner.h"

using namespace Qt::Literals::StringLiterals;
using ops::catalogue::CatalogueItem;

CatalogueWidget::CatalogueWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"CatalogueWidget"_s);
    auto *v = new QVBoxLayout(this);
    m_banner = new MessageBanner(this);
    v->addWidget(m_banner);

    auto *bar = new QHBoxLayout;
    m_text = new QLineEdit(this);
    m_text->setObjectName(u"catalogueFilter"_s);
    m_text->setPlaceholderText(tr("Filter by SKU or name (Ctrl+F)"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Filter"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"catalogueKind"_s);
    m_kind->setAccessibleName(tr("Kind"));
    m_kind->addItem(tr("Every kind"), QString());
    for (const QString &k : ops::catalogue::catalogueKinds())
        m_kind->addItem(CatalogueModel::kindLabel(k), k);
    m_active = new QComboBox(this);
    m_active->setObjectName(u"catalogueActive"_s);
    m_active->setAccessibleName(tr("Status"));
    m_active->addItem(tr("Active and inactive"), int(CatalogueFilterModel::ActiveFilter::All));
    m_active->addItem(tr("Active only"), int(CatalogueFilterModel::ActiveFilter::Active));
    m_active->addItem(tr("Inactive only"), int(CatalogueFilterModel::ActiveFilter::Inactive));
    m_new = new QPushButton(tr("&New… (Ctrl+N)"), this);
    m_new->setObjectName(u"catalogueNew"_s);
    m_edit = new QPushButton(tr("&Edit… (Enter)"), this);
    m_edit->setObjectName(u"catalogueEdit"_s);
    bar->addWidget(m_text, 1);
    bar->addWidget(m_kind);
    bar->addWidget(m_active);
    bar->addWidget(m_new);
    bar->addWidget(m_edit);
    v->addLayout(bar);

    m_model = new CatalogueModel(this);
    m_filter = new CatalogueFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_view = new QTreeView(this);
    m_view->setObjectName(u"catalogueView"_s);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setModel(m_filter);
    m_view->setAccessibleName(tr("Plans and products"));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(CatalogueModel::Name, QHeaderView::Stretch);
    v->addWidget(m_view, 1);
    m_count = new QLabel(this);
    m_count->setObjectName(u"catalogueCount"_s);
    v->addWidget(m_count);

    connect(m_text, &QLineEdit::textChanged, m_filter, [this](const QString &t) {
        m_filter->setText(t);
        updateCount();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setKind(m_kind->currentData().toString());
        updateCount();
    });
    connect(m_active, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setActiveFilter(CatalogueFilterModel::ActiveFilter(m_active->currentData().toInt()));
        updateCount();
    });
    connect(m_new, &QPushButton::clicked, this, &CatalogueWidget::newItem);
    connect(m_edit, &QPushButton::clicked, this, &CatalogueWidget::editCurrent);
    connect(m_view, &QTreeView::activated, this, &CatalogueWidget::editCurrent);
    auto *newShortcut = new QShortcut(QKeySequence::New, this);
    newShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(newShortcut, &QShortcut::activated, this, &CatalogueWidget::newItem);
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_text->setFocus(Qt::ShortcutFocusReason);
        m_text->selectAll();
    });
    // Down from the filter goes to the list.
    connect(m_text, &QLineEdit::returnPressed, this, [this] {
        m_view->setFocus(Qt::OtherFocusReason);
        if (!m_view->currentIndex().isValid() && m_filter->rowCount() > 0)
            m_view->setCurrentIndex(m_filter->index(0, 0));
    });
    setFocusProxy(m_view);
    setAllowed(false);
    updateCount();
}

CatalogueWidget::~CatalogueWidget() = default;

void CatalogueWidget::setApi(ops::catalogue::CatalogueApi *api)
{
    if (m_api)
        disconnect(m_api, nullptr, this, nullptr);
    m_api = api;
    m_model->setItems({});
    if (m_api) {
        connect(m_api, &ops::catalogue::CatalogueApi::itemsChanged, this, &CatalogueWidget::reload);
        reload();
    }
    updateCount();
}

void CatalogueWidget::setAllowed(bool allowed)
{
    m_allowed = allowed;
    m_new->setEnabled(allowed);
    m_new->setToolTip(allowed ? QString() : tr("Your role may not change the catalogue."));
    m_edit->setText(allowed ? tr("&Edit… (Enter)") : tr("&View… (Enter)"));
}

void CatalogueWidget::reload()
{
    if (!m_api)
        return;
    if (const CatalogueItem *cur = m_model->itemAt(m_filter->mapToSource(m_view->currentIndex()).row());
        cur && m_selectAfterLoad == 0)
        m_selectAfterLoad = cur->id;
    ops::runThen(m_api->listItems(), this, [this](const ops::Result<QList<CatalogueItem>> &r) {
        if (!r.ok()) {
            m_banner->showError(tr("The catalogue could not be loaded: %1").arg(r.error().userMessage));
            return;
        }
        m_model->setItems(r.value());
        const int row = m_model->rowOf(m_selectAfterLoad);
        m_selectAfterLoad = 0;
        const QModelIndex at = m_filter->mapFromSource(m_model->index(qMax(0, row), 0));
        if (at.isValid())
            m_view->setCurrentIndex(at);
        for (int c = 0; c < CatalogueModel::ColumnCount; ++c) {
            if (c != CatalogueModel::Name)
                m_view->resizeColumnToContents(c);
        }
        updateCount();
    });
}

void CatalogueWidget::newItem()
{
    if (!m_allowed || !m_api)
        return;
    openDialog(CatalogueItem());
}

void CatalogueWidget::editCurrent()
{
    const CatalogueItem *item = m_model->itemAt(m_filter->mapToSource(m_view->currentIndex()).row());
    if (item)
        openDialog(*item);
}

void CatalogueWidget::openDialog(const CatalogueItem &item)
{
    auto *dialog = new CatalogueItemDialog(m_api, item, m_allowed, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &CatalogueItemDialog::saved, this, [this](const ops::catalogue::CatalogueSaveResult &r) {
        m_selectAfterLoad = r.id;
        if (r.priceFrom.isValid())
            m_banner->showSuccess(tr("Saved. The new price is billed from %1.").arg(r.priceFrom.toString(Qt::ISODate)));
        else if (r.priceChangeWithdrawn)
            m_banner->showSuccess(tr("Saved. The scheduled price change was withdrawn."));
        else
            m_banner->showSuccess(tr("Saved."));
        reload();
    });
    connect(dialog, &QDialog::finished, m_view, [this] {
        window()->activateWindow();
        m_view->setFocus(Qt::OtherFocusReason);
    });
    dialog->show();
    emit dialogOpened(dialog);
}

void CatalogueWidget::updateCount()
{
    const int pending = m_model->pendingChanges();
    QString text = tr("%n item(s) shown", nullptr, m_filter->rowCount()) + u" · "_s
        + tr("%n item(s) in the catalogue", nullptr, m_model->rowCount());
    if (pending > 0)
        text += u" · "_s + tr("%n price change(s) scheduled", nullptr, pending);
    m_count->setText(text);
}
