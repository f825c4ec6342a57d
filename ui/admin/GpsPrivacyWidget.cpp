#include "ui/admin/GpsPrivacyWidget.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "core/concurrency/Async.h"
#include "core/integrations/GpsPrivacyApi.h"
#include "ui/common/MessageBanner.h"

using namespace Qt::Literals::StringLiterals;
using ops::integrations::GpsPrivacySettings;

GpsPrivacyWidget::GpsPrivacyWidget(QWidget *parent)
    : QWidget(parent)
    , m_banner(new MessageBanner(this))
    , m_retention(new QSpinBox(this))
    , m_grace(new QSpinBox(this))
    , m_noticeFr(new QPlainTextEdit(this))
    , m_noticeEn(new QPlainTextEdit(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_reload(new QPushButton(tr("&Reload"), this))
{
    setObjectName(u"GpsPrivacyWidget"_s);
    m_banner->hide();
    m_retention->setRange(GpsPrivacySettings::kMinRetentionDays, GpsPrivacySettings::kMaxRetentionDays);
    m_retention->setSuffix(tr(" days", "GPS retention spin box suffix"));
    m_retention->setToolTip(tr("Positions older than this are deleted automatically (1 to 365 days)"));
    m_grace->setRange(0, GpsPrivacySettings::kMaxGraceMinutes);
    m_grace->setSuffix(tr(" min", "GPS shift margin spin box suffix"));
    m_grace->setToolTip(tr("Positions are also kept this long before a shift starts and after it ends"));
    for (QPlainTextEdit *e : {m_noticeFr, m_noticeEn}) {
        e->setTabChangesFocus(true);
        e->setMinimumHeight(140);
    }

    auto *intro = new QLabel(tr("Quebec's Law 25: technicians' GPS positions are kept only during their shifts, and "
                                "only as long as set here. Technicians read the notice below (Dispatch › GPS notice) "
                                "before tracking starts. In the notice, {days} and {grace} are replaced by the "
                                "numbers set here."),
        this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Keep positions for:"), m_retention);
    form->addRow(tr("Margin around a shift:"), m_grace);
    form->addRow(tr("Notice (French):"), m_noticeFr);
    form->addRow(tr("Notice (English):"), m_noticeEn);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_reload);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(intro);
    layout->addLayout(form, 1);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &GpsPrivacyWidget::save);
    connect(m_reload, &QPushButton::clicked, this, &GpsPrivacyWidget::reload);
    setBusy(false);
}

void GpsPrivacyWidget::setApi(ops::integrations::GpsPrivacyApi *api)
{
    m_api = api;
    display(GpsPrivacySettings{});
    setBusy(false);
    if (api)
        reload();
}

void GpsPrivacyWidget::reload()
{
    if (!m_api || m_busy)
        return;
    setBusy(true);
    ops::runThen(m_api->load(), this, [this](const ops::Result<GpsPrivacySettings> &r) {
        setBusy(false);
        if (r.ok()) {
            m_banner->dismiss();
            display(r.value());
        } else {
            m_banner->showError(r.error().userMessage.isEmpty() ? tr("The GPS tracking settings could not be read.")
                                                                : r.error().userMessage);
        }
        emit idle();
    });
}

void GpsPrivacyWidget::save()
{
    if (!m_api || m_busy || !m_loaded.editable)
        return;
    GpsPrivacySettings s = m_loaded;
    s.retentionDays = m_retention->value();
    s.shiftGraceMinutes = m_grace->value();
    s.noticeFr = m_noticeFr->toPlainText();
    s.noticeEn = m_noticeEn->toPlainText();
    if (const QString problem = s.problem(); !problem.isEmpty()) { // bad input: said here, nothing sent
        m_banner->showError(problem);
        emit idle();
        return;
    }
    setBusy(true);
    ops::runThen(m_api->save(s), this, [this](const ops::Result<GpsPrivacySettings> &r) {
        setBusy(false);
        if (r.ok()) {
            display(r.value());
            m_banner->showSuccess(tr("The GPS tracking settings are saved. Positions are now kept %n day(s).", nullptr,
                r.value().retentionDays));
        } else {
            m_banner->showError(r.error().userMessage.isEmpty() ? tr("The GPS tracking settings could not be saved.")
                                                                : r.error().userMessage);
        }
        emit idle();
    });
}

void GpsPrivacyWidget::display(const GpsPrivacySettings &s)
{
    m_loaded = s;
    m_retention->setValue(s.retentionDays);
    m_grace->setValue(s.shiftGraceMinutes);
    m_noticeFr->setPlainText(s.noticeFr);
    m_noticeEn->setPlainText(s.noticeEn);
    setBusy(m_busy);
}

void GpsPrivacyWidget::setBusy(bool busy)
{
    m_busy = busy;
    const bool editable = m_api && !busy && m_loaded.editable;
    for (QWidget *w : std::initializer_list<QWidget *>{m_retention, m_grace, m_save})
        w->setEnabled(editable);
    m_noticeFr->setReadOnly(!editable);
    m_noticeEn->setReadOnly(!editable);
    m_reload->setEnabled(m_api && !busy);
}
