#pragma once

#include <QTabWidget>

class AdministrationWidget;
class RegionRulesWidget;

namespace ops::dispatch {
class RegionRulesApi;
}
namespace ops::staff {
class StaffApi;
}

// The "Administration" section: one tab per thing an admin manages (staff accounts, dispatch regions). A tab shows
// only when the session may use it; the section itself only when one tab does (MainWindow decides).
class AdministrationSection : public QTabWidget
{
    Q_OBJECT
public:
    explicit AdministrationSection(QWidget *parent = nullptr);

    void setStaffApi(ops::staff::StaffApi *api, bool emailAvailable);
    void setRegionRulesApi(ops::dispatch::RegionRulesApi *api);
    bool hasContent() const { return m_staffOn || m_regionsOn; }

    AdministrationWidget *staff() const { return m_staff; }
    RegionRulesWidget *regions() const { return m_regions; }

private:
    void updateTabs();
    AdministrationWidget *m_staff = nullptr;
    RegionRulesWidget *m_regions = nullptr;
    bool m_staffOn = false;
    bool m_regionsOn = false;
};
