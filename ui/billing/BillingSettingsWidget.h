#pragma once

#include <QPointer>
#include <QWidget>

#include "core/billing/BillingSettings.h"
#include "core/session/Capabilities.h"

class InvoicePreviewDialog;
class MessageBanner;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace ops::billing {
class BillingSettingsApi;
}

// The Billing section's Settings tab: the company block, the GST and QST registration numbers (checked and
// normalised; the rates are the law's, shown, not editable), the due days, the payment instructions and the invoice
// e-mail's subject and text in French and English with a live preview on a sample invoice, and "Preview PDF" of that
// sample. Administrators change them (Save, Ctrl+S; a save refused when someone else saved first); billing clerks read
// them, the fields read-only and the reason in the tooltips. Billing runs are refused without both registration
// numbers: the tab says so while one is missing.
class BillingSettingsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit BillingSettingsWidget(QWidget *parent = nullptr);
    ~BillingSettingsWidget() override;

    void setApi(ops::billing::BillingSettingsApi *api); // loads at once; nullptr detaches
    void setCapabilities(const ops::Capabilities &caps); // names the role in the read-only reason
    void reload();
    void save();
    void previewPdf();

    // The form's current values (as typed) and the ones last loaded or saved.
    ops::billing::BillingSettings formValues() const;
    const ops::billing::BillingSettings &loaded() const { return m_loaded; }
    bool isLoaded() const { return m_hasLoaded; }
    bool isDirty() const;
    bool isEditable() const { return m_hasLoaded && m_loaded.editable; }

    QLineEdit *companyNameEdit() const { return m_name; }
    QLineEdit *addressEdit(int line) const; // 0..2
    QLineEdit *phoneEdit() const { return m_phone; }
    QLineEdit *emailEdit() const { return m_email; }
    QLineEdit *gstEdit() const { return m_gst; }
    QLineEdit *qstEdit() const { return m_qst; }
    QSpinBox *dueDaysSpin() const { return m_dueDays; }
    QPlainTextEdit *instructionsEdit(bool french) const { return french ? m_instrFr : m_instrEn; }
    QLineEdit *subjectEdit(bool french) const { return french ? m_subjectFr : m_subjectEn; }
    QPlainTextEdit *bodyEdit(bool french) const { return french ? m_bodyFr : m_bodyEn; }
    QComboBox *sampleLanguage() const { return m_language; }
    QPlainTextEdit *mailPreview() const { return m_mailPreview; }
    QLabel *registrationWarning() const { return m_regWarning; }
    QLabel *ratesLabel() const { return m_rates; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *reloadButton() const { return m_reload; }
    QPushButton *pdfButton() const { return m_pdf; }
    MessageBanner *banner() const { return m_banner; }
    InvoicePreviewDialog *previewDialog() const;

signals:
    void settingsSaved();

private:
    void showSettings(const ops::billing::BillingSettings &s);
    void updateState();
    void updateMailPreview();
    void normaliseNumbers();
    QWidget *fieldFor(ops::billing::BillingSettingsField field) const;
    QString readOnlyReason() const;

    QPointer<ops::billing::BillingSettingsApi> m_api;
    ops::Capabilities m_caps = ops::Capabilities::unrestricted();
    ops::billing::BillingSettings m_loaded;
    bool m_hasLoaded = false;
    bool m_busy = false;
    quint64 m_seq = 0;
    bool m_filling = false;

    MessageBanner *m_banner = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_address[3] = {nullptr, nullptr, nullptr};
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_gst = nullptr;
    QLineEdit *m_qst = nullptr;
    QLabel *m_rates = nullptr;
    QLabel *m_regWarning = nullptr;
    QSpinBox *m_dueDays = nullptr;
    QPlainTextEdit *m_instrFr = nullptr;
    QPlainTextEdit *m_instrEn = nullptr;
    QTabWidget *m_mailTabs = nullptr;
    QLineEdit *m_subjectFr = nullptr;
    QLineEdit *m_subjectEn = nullptr;
    QPlainTextEdit *m_bodyFr = nullptr;
    QPlainTextEdit *m_bodyEn = nullptr;
    QComboBox *m_language = nullptr;
    QPlainTextEdit *m_mailPreview = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_reload = nullptr;
    QPushButton *m_pdf = nullptr;
    QPointer<InvoicePreviewDialog> m_dialog;
};
