#include "ui/search/GlobalSearchPopup.h"

#include <QGraphicsDropShadowEffect>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

#include "ui/common/MessageBanner.h"
#include "ui/common/Spinner.h"
#include "ui/common/Theme.h"

using namespace Qt::Literals::StringLiterals;

GlobalSearchPopup::GlobalSearchPopup(QWidget *parent)
    : QFrame(parent)
    , m_message(new QLabel(this))
    , m_spinner(new Spinner(this, 16))
    , m_banner(new MessageBanner(this))
    , m_view(new QListView(this))
    , m_footer(new QLabel(this))
{
    setObjectName(u"GlobalSearchPopup"_s);
    m_footer->setTextFormat(Qt::PlainText);
    setFocusPolicy(Qt::NoFocus);
    setStyleSheet(Theme::styled(
        u"QFrame#GlobalSearchPopup { background: palette(base); border: 1px solid @FieldBorder;"
        " border-radius: 6px; }"
        "QLabel#SearchMessage { color: @TextStage; padding: 2px 2px; }"
        "QLabel#SearchFooter { color: @TextCaption; border-top: 1px solid @FooterDivider; padding: 5px 10px; }"
        "QListView { border: none; background: transparent; outline: 0; }"_s));
    auto *shadow = new QGraphicsDropShadowEffect(this);
    shadow->setBlurRadius(18);
    shadow->setOffset(0, 4);
    shadow->setColor(Theme::color(Theme::Role::Shadow));
    setGraphicsEffect(shadow);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(1, 6, 1, 0);
    layout->setSpacing(4);

    auto *messageRow = new QHBoxLayout;
    messageRow->setContentsMargins(10, 0, 10, 0);
    messageRow->addWidget(m_spinner);
    m_message->setObjectName(u"SearchMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    messageRow->addWidget(m_message, 1);
    layout->addLayout(messageRow);

    auto *bannerRow = new QHBoxLayout;
    bannerRow->setContentsMargins(8, 0, 8, 0);
    bannerRow->addWidget(m_banner);
    layout->addLayout(bannerRow);

    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setUniformItemSizes(true);
    m_view->setMouseTracking(true);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setAccessibleName(tr("Search results"));
    layout->addWidget(m_view, 1);

    m_footer->setObjectName(u"SearchFooter"_s);
    m_footer->setText(tr("↑ ↓ to move · Enter to open · Esc to close"));
    layout->addWidget(m_footer);

    setState(State::Hint);
    hide();
}

GlobalSearchPopup::~GlobalSearchPopup() = default;

void GlobalSearchPopup::setState(State state, const QString &message)
{
    m_state = state;
    m_spinner->setVisible(state == State::Searching);
    if (state == State::Error) {
        m_banner->showError(message);
        m_message->hide();
    } else {
        m_banner->dismiss();
        m_message->setText(message);
        m_message->setVisible(!message.isEmpty());
    }
    m_view->setVisible(
        state == State::Results || (state == State::Searching && m_view->model() && m_view->model()->rowCount() > 0));
}

QString GlobalSearchPopup::message() const
{
    return m_state == State::Error ? m_banner->text() : m_message->text();
}

void GlobalSearchPopup::setFooter(const QString &text)
{
    m_footer->setText(text);
}

int GlobalSearchPopup::preferredHeight(int rows) const
{
    int h = 6 + m_footer->sizeHint().height() + 8;
    if (m_message->isVisibleTo(this))
        h += m_message->heightForWidth(qMax(200, width() - 40)) + 8;
    if (m_banner->isVisibleTo(this))
        h += m_banner->sizeHint().height() + 4;
    if (m_view->isVisibleTo(this) && rows > 0) {
        const int rowH = m_view->sizeHintForRow(0);
        h += rowH * qMin(rows, 9) + 4;
    }
    return h;
}
