#include "ui/search/GlobalSearch.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QLocale>

#include "core/concurrency/Async.h"
#include "core/search/SearchService.h"
#include "ui/common/Icons.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/Theme.h"
#include "ui/search/GlobalSearchPopup.h"
#include "ui/search/SearchResultDelegate.h"
#include "ui/search/SearchResultsModel.h"

using namespace Qt::Literals::StringLiterals;
using ops::search::SearchResults;

namespace {
constexpr int kPopupMinWidth = 560;
constexpr int kEchoLength = 60; // how much of the query "No results for …" repeats

QString echo(const QString &text)
{
    const QString t = text.simplified();
    return t.size() > kEchoLength ? t.left(kEchoLength) + QChar(0x2026) : t;
}
} // namespace

GlobalSearch::GlobalSearch(QWidget *parent)
    : QWidget(parent)
    , m_field(new QLineEdit(this))
    , m_model(new SearchResultsModel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_field->setObjectName(u"GlobalSearchField"_s);
    m_field->setPlaceholderText(tr("Search customers, addresses, phones, serials… (Ctrl+K)"));
    m_field->setAccessibleName(tr("Global search"));
    m_field->setClearButtonEnabled(true);
    m_field->addAction(Icons::icon(Icons::Glyph::Search), QLineEdit::LeadingPosition);
    m_field->setMinimumWidth(360);
    m_field->setStyleSheet(
        Theme::styled(u"QLineEdit#GlobalSearchField { padding: 4px 6px; border: 1px solid @FieldBorder;"
                      " border-radius: 5px; background: palette(base); }"
                      "QLineEdit#GlobalSearchField:focus { border: 1px solid @Accent; }"_s));
    layout->addWidget(m_field);
    m_field->installEventFilter(this);
    connect(m_field, &QLineEdit::textChanged, this, &GlobalSearch::onTextEdited);
}

GlobalSearch::~GlobalSearch() = default;

void GlobalSearch::setSearchService(ops::search::SearchService *service)
{
    m_service = service;
    ++m_seq; // whatever is in flight belongs to the previous connection
    m_model->clear();
    if (m_popup && m_popup->isVisible())
        onTextEdited(m_field->text());
}

QListView *GlobalSearch::resultsView() const
{
    return m_popup ? m_popup->view() : nullptr;
}

bool GlobalSearch::isPopupVisible() const
{
    return m_popup && m_popup->isVisible();
}

void GlobalSearch::activate()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
    if (m_field->text().trimmed().isEmpty())
        showIdleState();
    showPopup();
}

void GlobalSearch::closePopup()
{
    if (m_popup)
        m_popup->hide();
}

void GlobalSearch::showIdleState()
{
    if (!m_popup)
        return;
    if (!m_service)
        m_popup->setState(
            GlobalSearchPopup::State::Disconnected, tr("Search is available as soon as the database is connected."));
    else
        m_popup->setState(GlobalSearchPopup::State::Hint,
            tr("Type a name, customer code, address, phone, e-mail, account number, serial or MAC address."));
}

void GlobalSearch::onTextEdited(const QString &text)
{
    if (!m_popup)
        showPopup();
    const quint64 seq = ++m_seq;
    if (text.trimmed().isEmpty() || !m_service) {
        m_model->clear();
        showIdleState();
        placePopup();
        return;
    }
    emit searchStarted(text, seq);
    // Keep the previous answer on screen while the new one is on its way: no flicker between keystrokes.
    m_popup->setState(GlobalSearchPopup::State::Searching, m_model->rowCount() > 0 ? QString() : tr("Searching…"));
    showPopup();
    ops::runThen(m_service->search(text, m_limit), this,
        [this, seq](const ops::Result<SearchResults> &r) { onResults(seq, r); });
}

void GlobalSearch::onResults(quint64 seq, const ops::Result<SearchResults> &result)
{
    if (seq != m_seq)
        return; // a newer keystroke already asked again
    m_shownSeq = seq;
    const QString text = m_field->text();
    if (!result.ok()) {
        m_model->clear();
        m_popup->setState(GlobalSearchPopup::State::Error,
            result.error().userMessage.isEmpty() ? tr("The search failed. Check the connection and try again.")
                                                 : result.error().userMessage);
        m_popup->setFooter(tr("↑ ↓ to move · Enter to open · Esc to close"));
        placePopup();
        emit resultsShown(text, -1);
        return;
    }
    m_model->setResults(result.value());
    const int count = m_model->rowCount();
    if (count == 0) {
        m_popup->setState(GlobalSearchPopup::State::NoResults, tr("No results for “%1”.").arg(echo(text)));
    } else {
        m_popup->setState(GlobalSearchPopup::State::Results);
        m_popup->view()->setCurrentIndex(m_model->index(0, 0));
    }
    const QLocale locale;
    m_popup->setFooter(count == 0
            ? tr("↑ ↓ to move · Enter to open · Esc to close")
            : tr("%n result(s) in %1 ms · ↑ ↓ to move · Enter to open · Esc to close", nullptr, count)
                  .arg(locale.toString(result.value().elapsedUs / 1000.0, 'f', 1)));
    placePopup();
    emit resultsShown(text, count);
}

void GlobalSearch::openCurrent()
{
    if (!m_popup)
        return;
    const QModelIndex current = m_popup->view()->currentIndex();
    openRow(current.isValid() ? current.row() : (m_model->rowCount() > 0 ? 0 : -1));
}

void GlobalSearch::openRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const ops::search::SearchHit hit = m_model->hit(row);
    if (hit.customerId == 0) {
        m_popup->banner()->showWarning(tr("%1 is not linked to a customer.").arg(hit.code));
        placePopup();
        return;
    }
    closePopup();
    emit customerRequested(hit.customerId, hit.kind == ops::search::HitKind::Customer ? hit.code : QString());
}

void GlobalSearch::moveCurrent(int delta)
{
    const int rows = m_model->rowCount();
    if (!m_popup || rows == 0)
        return;
    if (!m_popup->isVisible())
        showPopup();
    const int current = m_popup->view()->currentIndex().row();
    const int next = qBound(0, current < 0 ? 0 : current + delta, rows - 1);
    m_popup->view()->setCurrentIndex(m_model->index(next, 0));
}

void GlobalSearch::showPopup()
{
    if (!m_popup) {
        m_popup = new GlobalSearchPopup(window());
        m_popup->view()->setModel(m_model);
        m_popup->view()->setItemDelegate(new SearchResultDelegate(m_popup->view()));
        connect(m_popup->view(), &QListView::clicked, this, [this](const QModelIndex &i) { openRow(i.row()); });
        window()->installEventFilter(this);
        showIdleState();
    }
    placePopup();
    m_popup->show();
    m_popup->raise();
}

void GlobalSearch::placePopup()
{
    if (!m_popup)
        return;
    QWidget *top = window();
    const QPoint below = m_field->mapTo(top, QPoint(0, m_field->height() + 4));
    const int width = qMin(qMax(m_field->width(), kPopupMinWidth), top->width() - 16);
    const int x = qBound(8, below.x(), qMax(8, top->width() - width - 8));
    m_popup->resize(width, m_popup->height());
    const int maxH = qMax(120, top->height() - below.y() - 16);
    m_popup->setGeometry(x, below.y(), width, qMin(m_popup->preferredHeight(m_model->rowCount()), maxH));
}

bool GlobalSearch::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down:
            moveCurrent(1);
            return true;
        case Qt::Key_Up:
            moveCurrent(-1);
            return true;
        case Qt::Key_PageDown:
            moveCurrent(8);
            return true;
        case Qt::Key_PageUp:
            moveCurrent(-8);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            openCurrent();
            return true;
        case Qt::Key_Escape:
            if (isPopupVisible()) {
                closePopup();
            } else {
                emit dismissed();
            }
            return true;
        default:
            break;
        }
    } else if (watched == m_field && event->type() == QEvent::FocusOut) {
        closePopup();
    } else if (watched == m_field && event->type() == QEvent::FocusIn) {
        if (!m_field->text().isEmpty() && m_popup && !isPopupVisible())
            showPopup();
    } else if (m_popup && watched == window() && (event->type() == QEvent::Resize || event->type() == QEvent::Move)) {
        placePopup();
    }
    return QWidget::eventFilter(watched, event);
}
