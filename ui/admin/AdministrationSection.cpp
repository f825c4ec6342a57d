#include "ui/admin/AdministrationSection.h"

#include "ui/admin/AdministrationWidget.h"
#include "ui/admin/GpsPrivacyWidget.h"
#include "ui/admin/RegionRulesWidget.h"

using namespace Qt::Literals::StringLiterals;

AdministrationSection::AdministrationSection(QWidget *parent)
    : QTabWidget(parent)
    , m_staff(new AdministrationWidget(this))
    , m_regions(new RegionRulesWidget(this))
    , m_gps(new GpsPrivacyWidget(this))
{
    setObjectName(u"AdministrationSection"_s);
    setDocumentMode(true);
    addTab(m_staff, tr("&Staff", "administration tab"));
    addTab(m_regions, tr("Re&gions", "administration tab: dispatch regions"));
    setTabToolTip(0, tr("Staff accounts: invite, change group, reset password, deactivate"));
    addTab(m_gps, tr("&GPS tracking", "administration tab: Law 25 GPS retention and notice"));
    setTabToolTip(1, tr("Which postal codes and cities belong to which dispatch region"));
    setTabToolTip(2, tr("How long GPS positions are kept, and the technicians' tracking notice (Law 25)"));
    setFocusProxy(m_staff);
    connect(this, &QTabWidget::currentChanged, this, [this](int) {
        if (QWidget *w = currentWidget())
            setFocusProxy(w);
    });
    updateTabs();
}

void AdministrationSection::setStaffApi(ops::staff::StaffApi *api, bool emailAvailable)
{
    m_staff->setStaffApi(api, emailAvailable);
    m_staffOn = api != nullptr;
    updateTabs();
}

void AdministrationSection::setRegionRulesApi(ops::dispatch::RegionRulesApi *api)
{
    m_regions->setApi(api);
    m_regionsOn = api != nullptr;
    updateTabs();
}

void AdministrationSection::setGpsPrivacyApi(ops::integrations::GpsPrivacyApi *api)
{
    m_gps->setApi(api);
    m_gpsOn = api != nullptr;
    updateTabs();
}

void AdministrationSection::updateTabs()
{
    setTabVisible(indexOf(m_staff), m_staffOn);
    setTabVisible(indexOf(m_regions), m_regionsOn);
    setTabVisible(indexOf(m_gps), m_gpsOn);
    if (!isTabVisible(currentIndex()))
        setCurrentIndex(m_staffOn ? indexOf(m_staff) : m_regionsOn ? indexOf(m_regions) : indexOf(m_gps));
}
