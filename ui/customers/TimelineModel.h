#pragma once

#include <QAbstractListModel>
#include <QColor>
#include <QList>
#include <QStyledItemDelegate>

#include "core/customers/CustomerTypes.h"

// The customer timeline: pages of events appended as the user scrolls (keyset cursor kept here), display strings
// computed once per event. Live updates merge a fresh first page at the top (mergeHead: no reset, scroll kept).
class TimelineModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        KindRole = Qt::UserRole + 1, // int(TimelineKind)
        KindLabelRole,
        TimeRole, // QDateTime (UTC)
        DateTextRole,
        TimeTextRole,
        CodeRole,
        TitleRole,
        DetailRole,
        TrailingRole, // amount or status label
        ToneRole, // int(StatusChip::Tone) for the trailing chip; -1: plain text (an amount)
        IdRole
    };
    Q_ENUM(Role)

    explicit TimelineModel(QObject *parent = nullptr);
    ~TimelineModel() override;

    void clear();
    void appendPage(const ops::customers::TimelinePage &page);
    // Inserts at the top the events of a fresh first page that are newer than what is shown; returns how many.
    int mergeHead(const ops::customers::TimelinePage &firstPage);
    bool hasMore() const { return m_hasMore; }
    const ops::customers::TimelineCursor &cursor() const { return m_cursor; }
    const ops::customers::TimelineEvent &event(int row) const { return m_rows.at(row).e; }

    static QString kindLabel(ops::customers::TimelineKind kind);
    static QColor kindColor(ops::customers::TimelineKind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        ops::customers::TimelineEvent e;
        QString date;
        QString time;
        QString title;
        QString detail;
        QString trailing;
        int tone = -1;
    };
    Row makeRow(const ops::customers::TimelineEvent &e) const;

    QList<Row> m_rows;
    ops::customers::TimelineCursor m_cursor;
    bool m_hasMore = false;
};

// Paints one event on two lines: date and time, a dot in the kind's colour on a rail, the kind and code over the
// title, the detail in grey, and an amount or a status chip at the right. Fixed height (uniform rows: virtualised).
class TimelineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit TimelineDelegate(QObject *parent = nullptr);
    ~TimelineDelegate() override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
