#pragma once

#include <functional>

#include <QHash>
#include <QList>
#include <QSet>

// What a model does around each step of applyIdRowDiff; lambdas written inside the model reach its protected
// beginRemoveRows()/beginInsertRows()/dataChanged.
struct IdRowDiffSignals
{
    std::function<void(int row)> beginRemove;
    std::function<void()> endRemove;
    std::function<void(int row)> beginInsert;
    std::function<void()> endInsert;
    std::function<void(int row)> changed;
};

// Brings `rows` to `items` matched by id, with precise model signals and no reset (selection and scroll position
// survive a live refresh): rows whose id is gone are removed, rows whose content changed (!same) are replaced in
// place, new ids are appended in the order of `items`.
template <typename Row, typename Item, typename RowId, typename ItemId, typename Make, typename Same>
void applyIdRowDiff(QList<Row> &rows, const QList<Item> &items, RowId rowId, ItemId itemId, Make make, Same same,
    const IdRowDiffSignals &s)
{
    QHash<qint64, qsizetype> incoming;
    for (qsizetype i = 0; i < items.size(); ++i)
        incoming.insert(itemId(items.at(i)), i);
    for (int row = int(rows.size()) - 1; row >= 0; --row) {
        if (incoming.contains(rowId(rows.at(row))))
            continue;
        s.beginRemove(row);
        rows.removeAt(row);
        s.endRemove();
    }
    QSet<qint64> present;
    for (int row = 0; row < rows.size(); ++row) {
        const qint64 id = rowId(rows.at(row));
        present.insert(id);
        Row fresh = make(items.at(incoming.value(id)));
        if (same(fresh, rows.at(row)))
            continue;
        rows[row] = std::move(fresh);
        s.changed(row);
    }
    for (const Item &item : items) {
        if (present.contains(itemId(item)))
            continue;
        const int row = int(rows.size());
        s.beginInsert(row);
        rows.append(make(item));
        s.endInsert();
    }
}
