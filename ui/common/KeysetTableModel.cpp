#include "ui/common/KeysetTableModel.h"

KeysetTableModel::KeysetTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void KeysetTableModel::reload()
{
    ++m_seq;
    beginResetModel();
    clearRows();
    m_loading = false;
    m_started = false;
    endResetModel();
    if (hasSource())
        request();
}

void KeysetTableModel::request()
{
    if (!hasSource() || m_loading)
        return;
    m_loading = true;
    m_started = true;
    requestPage(m_seq);
}

void KeysetTableModel::loadMore()
{
    if (hasSource() && m_started && !m_loading && storedHasMore())
        request();
}

int KeysetTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : storedRows();
}

bool KeysetTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_fetchEnabled && hasSource() && m_started && !m_loading && storedHasMore();
}

void KeysetTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        request();
}

void KeysetTableModel::pageDone(int rows)
{
    m_loading = false;
    emit pageLoaded(rows);
}

void KeysetTableModel::pageFailed(const QString &message)
{
    m_loading = false;
    emit loadFailed(message);
}
