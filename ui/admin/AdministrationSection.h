#pragma once

#include <QTabWidget>

class AdministrationWidget;
class GpsPrivacyWidget;
class RegionRulesWidget;

namespace ops::dispatch {
class RegionRulesApi;
}
namespace ops::integrations {
class GpsPrivacyApi;
}
namespace ops::staff {
class StaffApi;
}

// The "Administration" section: one tab per thing an admin manages (staff accounts, dispatch regions, GPS tracking). A
// tab shows only when the session may use it; the section itself only when one tab does (MainWindow decides).
class AdministrationSection : public QTabWidget
{
    Q_OBJECT
public:
    explicit AdministrationSection(QWidget *parent = nullptr);

    void setStaffApi(ops::staff::StaffApi *api, bool emailAvailable);
    void setRegionRulesApi(ops::dispatch::RegionRulesApi *api);
    void setGpsPrivacyApi(ops::integrations::GpsPrivacyApi *api);
    bool hasContent() const { return m_staffOn || m_regionsOn || m_gpsOn; }

    AdministrationWidget *staff() const { return m_staff; }
    RegionRulesWidget *regions() const { return m_regions; }
    GpsPrivacyWidget *gpsPrivacy() const { return m_gps; }

private:
    void updateTabs();
    AdministrationWidget *m_staff = nullptr;
    RegionRulesWidget *m_regions = nullptr;
    GpsPrivacyWidget *m_gps = nullptr;
    bool m_staffOn = false;
    bool m_regionsOn = false;
    bool m_gpsOn = false;
};
