#include "ui/common/KeysetPager.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QTimer>
#include <QTreeView>

#include "ui/common/KeysetTableModel.h"

KeysetPager::KeysetPager(QTreeView *view, KeysetTableModel *model)
    : QObject(view)
    , m_view(view)
    , m_model(model)
{
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    model->setFetchEnabled(false);
    view->setModel(model);
    view->header()->setStretchLastSection(false);
    view->installEventFilter(this);
    connect(model, &KeysetTableModel::pageLoaded, this,
        [this] { QTimer::singleShot(0, this, &KeysetPager::maybeFetchMore); });
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, &KeysetPager::maybeFetchMore);
}

void KeysetPager::maybeFetchMore()
{
    if (!m_view->isVisible() || !m_model->hasMore() || m_model->isLoading())
        return;
    const QScrollBar *bar = m_view->verticalScrollBar();
    if (bar->maximum() - bar->value() <= bar->pageStep())
        m_model->loadMore();
}

bool KeysetPager::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Show)
        QTimer::singleShot(0, this, &KeysetPager::maybeFetchMore);
    return QObject::eventFilter(watched, event);
}
