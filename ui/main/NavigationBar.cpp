#include "ui/main/NavigationBar.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QToolButton>
#include <QVBoxLayout>

#include "ui/common/Theme.h"

using namespace Qt::Literals::StringLiterals;

NavigationBar::NavigationBar(QWidget *parent)
    : QWidget(parent)
    , m_group(new QButtonGroup(this))
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(u"NavigationBar"_s);
    setAttribute(Qt::WA_StyledBackground);
    setAccessibleName(tr("Sections"));
    setFixedWidth(84);
    setStyleSheet(Theme::styled(u"QWidget#NavigationBar { background: @NavBackground; }"
                                "QToolButton { color: @NavText; border: none; border-radius: 6px; padding: 7px 2px;"
                                " font-size: 8.5pt; }"
                                "QToolButton:hover { background: @NavHover; color: @NavIcon; }"
                                "QToolButton:checked { background: @NavChecked; color: @NavIcon; }"_s));
    m_layout->setContentsMargins(6, 10, 6, 10);
    m_layout->setSpacing(4);
    m_layout->addStretch(1);
    m_group->setExclusive(true);
    connect(m_group, &QButtonGroup::idClicked, this, [this](int id) { emit sectionSelected(Section(id)); });
}

NavigationBar::~NavigationBar() = default;

void NavigationBar::addSection(Section section, const QIcon &icon, const QString &label, const QString &toolTip)
{
    auto *button = new QToolButton(this);
    button->setCheckable(true);
    button->setIcon(icon);
    button->setIconSize(QSize(24, 24));
    button->setText(label);
    button->setToolTip(toolTip);
    button->setAccessibleName(label);
    button->setProperty("sectionLabel", label);
    button->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    button->setFocusPolicy(Qt::TabFocus);
    m_group->addButton(button, int(section));
    m_layout->insertWidget(m_layout->count() - 1, button);
    if (m_group->buttons().size() == 1)
        button->setChecked(true);
}

void NavigationBar::removeSection(Section section)
{
    if (QAbstractButton *b = m_group->button(int(section))) {
        m_group->removeButton(b);
        delete b;
    }
}

void NavigationBar::setCurrent(Section section)
{
    if (QAbstractButton *b = m_group->button(int(section)))
        b->setChecked(true);
}

namespace {

// Hidden with setSectionVisible(false). A button just added to a shown bar is hidden until the event loop shows it
// (QLayout shows new children later); it counts as present.
bool hiddenByRole(const QAbstractButton *b)
{
    return b->isHidden() && b->testAttribute(Qt::WA_WState_ExplicitShowHide);
}

} // namespace

QList<NavigationBar::Section> NavigationBar::sections() const
{
    QList<Section> result;
    for (QAbstractButton *b : m_group->buttons()) {
        if (!hiddenByRole(b))
            result << Section(m_group->id(b));
    }
    return result;
}

bool NavigationBar::hasSection(Section section) const
{
    const QAbstractButton *b = m_group->button(int(section));
    return b != nullptr && !hiddenByRole(b);
}

void NavigationBar::setSectionVisible(Section section, bool visible)
{
    if (QAbstractButton *b = m_group->button(int(section)))
        b->setHidden(!visible);
}

bool NavigationBar::isSectionVisible(Section section) const
{
    const QAbstractButton *b = m_group->button(int(section));
    return b && !hiddenByRole(b);
}

void NavigationBar::setBadge(Section section, const QString &badge)
{
    QAbstractButton *b = m_group->button(int(section));
    if (!b)
        return;
    const QString label = b->property("sectionLabel").toString();
    const QString text = badge.isEmpty() ? label : tr("%1 (%2)", "section label (count)").arg(label, badge);
    b->setText(text);
    b->setAccessibleName(text);
}
