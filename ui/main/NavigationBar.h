#pragma once

#include <QWidget>

class QButtonGroup;
class QVBoxLayout;

// The vertical section switcher on the left of the shell. Only sections that exist are added: a section that is not
// built yet is not shown at all (never a disabled or fake entry).
class NavigationBar : public QWidget
{
    Q_OBJECT
public:
    enum class Section
    {
        Dispatch,
        Customers,
        Tickets,
        Billing,
        Campaigns,
        Map,
        Administration,
        Outbox,
        Audit
    };
    Q_ENUM(Section)

    explicit NavigationBar(QWidget *parent = nullptr);
    ~NavigationBar() override;

    void addSection(Section section, const QIcon &icon, const QString &label, const QString &toolTip);
    // A section the role may no longer see (another connection): its entry goes.
    void removeSection(Section section);
    void setCurrent(Section section);
    // The sections shown (a hidden one counts as absent).
    QList<Section> sections() const;
    bool hasSection(Section section) const;
    // A section the role cannot use is hidden (RoleGate); it keeps its place for when it is shown again.
    void setSectionVisible(Section section, bool visible);
    bool isSectionVisible(Section section) const; // false when absent or hidden
    // A short count shown after the section's label ("Outbox (3)"); empty removes it.
    void setBadge(Section section, const QString &badge);

signals:
    void sectionSelected(NavigationBar::Section section);

private:
    QButtonGroup *m_group = nullptr;
    QVBoxLayout *m_layout = nullptr;
};
