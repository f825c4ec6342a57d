#pragma once

#include <QDialog>
#include <QPointer>

#include "core/integrations/GpsPrivacy.h"

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace ops::integrations {
class GpsPrivacyApi;
}

// The technicians' GPS tracking notice (Quebec Law 25), read-only, in French or English (the interface's language
// first): what is collected, when, why, how long, who sees it, whom to contact. The text is the company's
// (Administration > GPS tracking); it is read asynchronously when the dialog opens.
class GpsNoticeDialog : public QDialog
{
    Q_OBJECT
public:
    GpsNoticeDialog(ops::integrations::GpsPrivacyApi *api, QWidget *parent = nullptr);

    QPlainTextEdit *text() const { return m_text; }
    QComboBox *language() const { return m_language; }

signals:
    void loaded(); // the text arrived (or its error is shown)

private:
    void showNotice();

    QPointer<ops::integrations::GpsPrivacyApi> m_api;
    ops::integrations::GpsPrivacySettings m_settings;
    bool m_ready = false;
    QComboBox *m_language = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_error = nullptr;
};
