#include "ui/admin/AdministrationSection.h"

#include "ui/admin/AdministrationWidget.h"
#include "ui/admin/RegionRulesWidget.h"

using namespace Qt::Literals::StringLiterals;

AdministrationSection::AdministrationSection(QWidget *parent)
    : QTabWidget(parent)
    , m_staff(new AdministrationWidget(this))
    , m_regions(new RegionRulesWidget(this))
{
    setObjectName(u"AdministrationSection"_s);
    setDocumentMode(true);
    addTab(m_staff, tr("&Staff", "administration tab"));
    addTab(m_regions, tr("Re&gions", "administration tab: dispatch regions"));
    setTabToolTip(0, tr("Staff accounts: invite, change group, reset password, deactivate"));
    setTabToolTip(1, tr("Which postal codes and cities belong to which dispatch region"));
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

void AdministrationSection::updateTabs()
{
    setTabVisible(indexOf(m_staff), m_staffOn);
    setTabVisible(indexOf(m_regions), m_regionsOn);
    if (!isTabVisible(currentIndex()))
        setCurrentIndex(m_staffOn ? indexOf(m_staff) : indexOf(m_regions));
}
