#pragma once

#include <memory>

#include <QWidget>

class LocationsModel;
class MapView;
class QLabel;
class QTableView;

namespace ops::map {
class TileSource;
}

// The Locations tab's mini-map: every location with a GPS position as a marker; selecting a row centres the map on
// it (a location without GPS says so). Works with no tile server (offline base).
class LocationMapPanel : public QWidget
{
    Q_OBJECT
public:
    LocationMapPanel(LocationsModel *model, QTableView *view, QWidget *parent = nullptr);
    ~LocationMapPanel() override;

    // Puts a panel beside view: view is replaced in its parent's layout by a splitter [view | map].
    static LocationMapPanel *install(LocationsModel *model, QTableView *view);

    void setTileSource(std::shared_ptr<ops::map::TileSource> source);
    MapView *map() const { return m_map; }
    QString caption() const;

private:
    void rebuild();
    void onCurrentChanged();
    void showRow(int sourceRow);

    LocationsModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    MapView *m_map = nullptr;
    QLabel *m_caption = nullptr;
    bool m_fitted = false;
};
