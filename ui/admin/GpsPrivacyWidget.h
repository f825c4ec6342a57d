#pragma once

#include <QPointer>
#include <QWidget>

#include "core/integrations/GpsPrivacy.h"

class MessageBanner;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace ops::integrations {
class GpsPrivacyApi;
}

// Administration > "GPS tracking" (Quebec Law 25): how many days GPS positions are kept, the margin around a shift in
// which they are still collected, and the notice technicians read before tracking starts, in French and English.
// Admins edit and save (optimistic concurrency: a conflict asks to reload); other roles see it read-only. Every call
// is asynchronous; refusals show their translated message in the banner.
class GpsPrivacyWidget : public QWidget
{
    Q_OBJECT
public:
    explicit GpsPrivacyWidget(QWidget *parent = nullptr);

    void setApi(ops::integrations::GpsPrivacyApi *api); // null: empties and disables
    void reload();
    void save();

    QSpinBox *retentionBox() const { return m_retention; }
    QSpinBox *graceBox() const { return m_grace; }
    QPlainTextEdit *noticeFrEdit() const { return m_noticeFr; }
    QPlainTextEdit *noticeEnEdit() const { return m_noticeEn; }
    QPushButton *saveButton() const { return m_save; }
    MessageBanner *banner() const { return m_banner; }

signals:
    void idle(); // a load or a save finished (tests)

private:
    void display(const ops::integrations::GpsPrivacySettings &s);
    void setBusy(bool busy);

    QPointer<ops::integrations::GpsPrivacyApi> m_api;
    ops::integrations::GpsPrivacySettings m_loaded;
    MessageBanner *m_banner = nullptr;
    QSpinBox *m_retention = nullptr;
    QSpinBox *m_grace = nullptr;
    QPlainTextEdit *m_noticeFr = nullptr;
    QPlainTextEdit *m_noticeEn = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_reload = nullptr;
    bool m_busy = false;
};
