#include "ui/customers/LocationMapPanel.h"

#include <QAbstractProxyModel>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLayout>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "core/map/TileSource.h"
#include "ui/customers/LocationsModel.h"
#include "ui/map/MapView.h"

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kLocationZoom = 15;
}

LocationMapPanel::LocationMapPanel(LocationsModel *model, QTableView *view, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(view)
    , m_map(new MapView(this))
    , m_caption(new QLabel(this))
{
    setObjectName(u"LocationMapPanel"_s);
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(4);
    m_map->setAccessibleName(tr("Map of the service locations"));
    m_caption->setObjectName(u"SectionNote"_s);
    m_caption->setTextFormat(Qt::PlainText);
    m_caption->setWordWrap(true);
    v->addWidget(m_map, 1);
    v->addWidget(m_caption);

    connect(m_model, &QAbstractItemModel::modelReset, this, &LocationMapPanel::rebuild);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &LocationMapPanel::rebuild);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &LocationMapPanel::rebuild);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &LocationMapPanel::rebuild);
    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LocationMapPanel::onCurrentChanged);
    connect(m_map, &MapView::markerActivated, this, [this](qint64 id) {
        for (int r = 0; r < m_model->rowCount(); ++r) {
            if (m_model->location(r).id != id)
                continue;
            QModelIndex index = m_model->index(r, 0);
            if (auto *proxy = qobject_cast<QAbstractProxyModel *>(m_view->model()))
                index = proxy->mapFromSource(index);
            m_view->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return;
        }
    });
    rebuild();
}

LocationMapPanel::~LocationMapPanel() = default;

LocationMapPanel *LocationMapPanel::install(LocationsModel *model, QTableView *view)
{
    QWidget *page = view->parentWidget();
    auto *splitter = new QSplitter(Qt::Horizontal, page);
    splitter->setObjectName(u"LocationsSplitter"_s);
    splitter->setChildrenCollapsible(false);
    if (page && page->layout())
        delete page->layout()->replaceWidget(view, splitter);
    auto *panel = new LocationMapPanel(model, view, splitter);
    splitter->addWidget(view);
    splitter->addWidget(panel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    return panel;
}

void LocationMapPanel::setTileSource(std::shared_ptr<ops::map::TileSource> source)
{
    m_map->setTileSource(std::move(source));
}

QString LocationMapPanel::caption() const
{
    return m_caption->text();
}

void LocationMapPanel::rebuild()
{
    QList<MapView::Marker> markers;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const auto &l = m_model->location(r);
        if (l.hasGps)
            markers.append({l.id, l.latitude, l.longitude, l.code, QColor()});
    }
    m_map->setMarkers(markers);
    if (!m_fitted && !markers.isEmpty()) {
        m_fitted = true;
        if (markers.size() == 1) {
            m_map->setZoom(kLocationZoom);
            m_map->setCenter(markers.first().latitude, markers.first().longitude);
        } else {
            m_map->fitToMarkers(kLocationZoom);
        }
    }
    onCurrentChanged();
}

void LocationMapPanel::onCurrentChanged()
{
    QModelIndex current = m_view->selectionModel()->currentIndex();
    if (auto *proxy = qobject_cast<QAbstractProxyModel *>(m_view->model()))
        current = proxy->mapToSource(current);
    showRow(current.isValid() ? current.row() : -1);
}

void LocationMapPanel::showRow(int sourceRow)
{
    if (m_model->rowCount() == 0) {
        m_map->setSelectedMarker(0);
        m_map->setPlaceholder(tr("No service location"));
        m_caption->clear();
        return;
    }
    if (sourceRow < 0 || sourceRow >= m_model->rowCount()) {
        m_map->setSelectedMarker(0);
        const bool any = !m_map->markers().isEmpty();
        m_map->setPlaceholder(any ? QString() : tr("No location of this customer has a GPS position"));
        m_caption->setText(any ? tr("Select a location to centre the map on it.") : QString());
        return;
    }
    const auto &l = m_model->location(sourceRow);
    if (!l.hasGps) {
        m_map->setSelectedMarker(0);
        m_map->setPlaceholder(tr("%1 has no GPS position").arg(l.code));
        m_caption->setText(tr("%1 — %2: no GPS position recorded.").arg(l.code, l.address));
        return;
    }
    m_map->setPlaceholder(QString());
    m_map->setSelectedMarker(l.id);
    if (m_map->zoom() < 12)
        m_map->setZoom(kLocationZoom);
    m_map->setCenter(l.latitude, l.longitude);
    m_caption->setText(tr("%1 — %2").arg(l.code, l.address));
}
