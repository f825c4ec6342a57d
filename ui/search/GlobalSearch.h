#pragma once

#include <QPointer>
#include <QWidget>

#include "core/common/Result.h"
#include "core/search/SearchTypes.h"

class GlobalSearchPopup;
class QLineEdit;
class QListView;
class SearchResultsModel;

namespace ops::search {
class SearchService;
}

// The global search field (toolbar) and its result drop-down. Every keystroke issues a search; answers carry a
// sequence number and stale ones are dropped, so nothing ever waits. Up/Down move, Enter opens, Escape closes.
class GlobalSearch : public QWidget
{
    Q_OBJECT
public:
    explicit GlobalSearch(QWidget *parent = nullptr);
    ~GlobalSearch() override;

    // nullptr while no database is open: the field stays usable and says so.
    void setSearchService(ops::search::SearchService *service);
    void setResultLimit(int limit) { m_limit = limit; }

    void activate(); // Ctrl+K: focus the field, select its text, show the drop-down
    void closePopup();
    void openCurrent();

    QLineEdit *field() const { return m_field; }
    SearchResultsModel *model() const { return m_model; }
    QListView *resultsView() const;
    GlobalSearchPopup *popup() const { return m_popup; }
    bool isPopupVisible() const;
    quint64 requestCount() const { return m_seq; }

signals:
    void searchStarted(const QString &text, quint64 seq);
    void resultsShown(const QString &text, int count);
    void customerRequested(qint64 customerId, const QString &code);
    void dismissed(); // Escape with the drop-down closed: give the focus back to the page

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onTextEdited(const QString &text);
    void onResults(quint64 seq, const ops::Result<ops::search::SearchResults> &result);
    void openRow(int row);
    void moveCurrent(int delta);
    void showPopup();
    void placePopup();
    void showIdleState();

    QLineEdit *m_field = nullptr;
    SearchResultsModel *m_model = nullptr;
    GlobalSearchPopup *m_popup = nullptr;
    QPointer<ops::search::SearchService> m_service;
    int m_limit = 30;
    quint64 m_seq = 0; // last request issued
    quint64 m_shownSeq = 0; // last answer shown
};
