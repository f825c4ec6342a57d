#pragma once

#include <QObject>

class KeysetTableModel;
class QTreeView;

// A list widget's paging over a KeysetTableModel shown in a QTreeView: the view set up as the lists want it (flat,
// uniform row heights, alternating colours, one row selected at a time), the model's own fetching off (a QTreeView
// would pull one more page at every layout, a page insert causes one, and so load the whole table), and the next
// page asked when the scroll position nears the end, after each page while the view is not yet full, and when the
// view is shown (pages that arrived while hidden may not fill it). Owned by the view.
class KeysetPager : public QObject
{
    Q_OBJECT
public:
    KeysetPager(QTreeView *view, KeysetTableModel *model);

    void maybeFetchMore();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTreeView *m_view;
    KeysetTableModel *m_model;
};
