#pragma once

#include <QPointer>
#include <QSet>
#include <QWidget>

#include "core/common/Result.h"
#include "core/customers/CustomerTypes.h"

class MessageBanner;
class QLabel;
class QListView;
class QToolButton;
class TimelineModel;

namespace ops::customers {
class CustomerApi;
}

// One customer's unified timeline: a virtualised list (uniform rows, custom delegate), kind filter chips, and pages
// asked for by scroll position (near the end: the next keyset page). Loads through CustomerApi, never blocking.
class CustomerTimelineWidget : public QWidget
{
    Q_OBJECT
public:
    CustomerTimelineWidget(ops::customers::CustomerApi *service, qint64 customerId, QWidget *parent = nullptr);
    ~CustomerTimelineWidget() override;

    static constexpr int kPageSize = 100;

    // Starts over from the newest event with the current filter.
    void reload();
    // Live update: re-reads the first page and inserts what is newer at the top.
    void refreshHead();
    void setKinds(const QSet<ops::customers::TimelineKind> &kinds);
    QSet<ops::customers::TimelineKind> kinds() const { return m_kinds; }

    TimelineModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    bool isLoading() const { return m_loading; }
    int pagesLoaded() const { return m_pages; }

signals:
    void pageLoaded(int rows);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fetchNext();
    void maybeFetchMore();
    void onPage(const ops::Result<ops::customers::TimelinePage> &result, bool first);
    void onFilterToggled();
    void updateSummary();
    QString language() const;

    QPointer<ops::customers::CustomerApi> m_service;
    const qint64 m_customerId;
    QSet<ops::customers::TimelineKind> m_kinds;
    TimelineModel *m_model = nullptr;
    QListView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    MessageBanner *m_banner = nullptr;
    struct Filter
    {
        QToolButton *button;
        QList<ops::customers::TimelineKind> kinds;
    };
    QList<Filter> m_filters;
    quint64 m_seq = 0;
    bool m_loading = false;
    bool m_started = false;
    bool m_headInFlight = false;
    int m_pages = 0;
};
