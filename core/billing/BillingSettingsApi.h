#pragma once

#include <QFuture>
#include <QObject>

#include "core/billing/BillingSettings.h"
#include "core/billing/InvoicePreview.h"
#include "core/common/Result.h"

namespace ops::billing {

// The Billing section's Settings tab: the company, tax and template settings (load, save with optimistic
// concurrency) and a sample invoice's PDF with them. Every call returns at once; the work runs off the GUI thread.
// UI tests use a fake.
class BillingSettingsApi : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~BillingSettingsApi() override = default;

    virtual QFuture<Result<BillingSettings>> load() = 0;
    // Validation (translated, the first problem), Conflict (someone saved since s.version), Forbidden (not admin);
    // else the settings as saved, with their new version.
    virtual QFuture<Result<BillingSettings>> save(const BillingSettings &s) = 0;
    // Whether PDFs can be made here (the composition root gave the renderer).
    virtual bool canPreviewPdf() const = 0;
    // A sample invoice ("fr" or "en") printed with s, saved or not.
    virtual QFuture<Result<InvoicePreview>> samplePreview(const BillingSettings &s, const QString &language) = 0;

signals:
    void saved(const ops::billing::BillingSettings &s);
};

} // namespace ops::billing
