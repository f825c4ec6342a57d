#include "ui/common/MessageBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

#include "ui/common/Icons.h"
#include "ui/common/Theme.h"

using namespace Qt::Literals::StringLiterals;

namespace {

struct Palette
{
    Theme::Role background;
    Theme::Role border;
    Theme::Role text;
    Icons::Glyph glyph;
};

Palette paletteFor(MessageBanner::Level level)
{
    switch (level) {
    case MessageBanner::Level::Success:
        return {Theme::Role::BannerSuccessBackground, Theme::Role::BannerSuccessBorder, Theme::Role::BannerSuccessText,
            Icons::Glyph::Check};
    case MessageBanner::Level::Warning:
        return {Theme::Role::BannerWarningBackground, Theme::Role::BannerWarningBorder, Theme::Role::BannerWarningText,
            Icons::Glyph::Warning};
    case MessageBanner::Level::Error:
        return {Theme::Role::BannerErrorBackground, Theme::Role::BannerErrorBorder, Theme::Role::BannerErrorText,
            Icons::Glyph::Error};
    case MessageBanner::Level::Info:
        break;
    }
    return {Theme::Role::BannerInfoBackground, Theme::Role::BannerInfoBorder, Theme::Role::BannerInfoText,
        Icons::Glyph::Info};
}

} // namespace

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"MessageBanner"_s);
    setAccessibleName(tr("Message"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->setSpacing(8);

    m_icon = new QLabel(this);
    m_icon->setFixedSize(18, 18);
    layout->addWidget(m_icon, 0, Qt::AlignTop);

    m_text = new QLabel(this);
    m_text->setTextFormat(Qt::PlainText); // error texts quote providers and the database: never rich text
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    layout->addWidget(m_text, 1);

    m_actions = new QHBoxLayout;
    m_actions->setSpacing(6);
    layout->addLayout(m_actions);

    m_close = new QToolButton(this);
    m_close->setAutoRaise(true);
    m_close->setIcon(Icons::icon(Icons::Glyph::Close));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss"));
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &MessageBanner::dismiss);

    applyLevel();
    hide();
}

MessageBanner::~MessageBanner() = default;

void MessageBanner::showMessage(Level level, const QString &text)
{
    m_level = level;
    m_text->setText(text);
    applyLevel();
    show();
}

void MessageBanner::dismiss()
{
    if (!isVisible())
        return;
    hide();
    emit dismissed();
}

QAbstractButton *MessageBanner::addAction(const QString &text)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(u"BannerAction"_s);
    button->setCursor(Qt::PointingHandCursor);
    m_actions->addWidget(button);
    return button;
}

void MessageBanner::clearActions()
{
    while (auto *item = m_actions->takeAt(0)) {
        if (auto *w = item->widget())
            w->deleteLater();
        delete item;
    }
}

void MessageBanner::setClosable(bool closable)
{
    m_close->setVisible(closable);
}

QString MessageBanner::text() const
{
    return m_text->text();
}

void MessageBanner::applyLevel()
{
    const Palette p = paletteFor(m_level);
    m_icon->setPixmap(Icons::icon(p.glyph).pixmap(18, 18));
    setStyleSheet(QStringLiteral("QFrame#MessageBanner { background: %1; border: 1px solid %2; border-radius: 4px; }"
                                 "QFrame#MessageBanner QLabel { color: %3; background: transparent; border: none; }"
                                 "QPushButton#BannerAction { padding: 3px 10px; }")
                      .arg(Theme::css(p.background), Theme::css(p.border), Theme::css(p.text)));
}
