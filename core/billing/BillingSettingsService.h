#pragma once

#include <functional>

#include "core/billing/BillingSettingsApi.h"

namespace ops {
class DbExecutor;
}

namespace ops::billing {

struct InvoiceDocument;

// BillingSettingsApi over BillingSettingsRepository (DB executor) and the invoice renderer the composition root gives
// (Qt GUI, render/): the sample is rendered on the global thread pool. Lives on the GUI thread; BillingUiService owns
// it.
class BillingSettingsService : public BillingSettingsApi
{
    Q_OBJECT
public:
    using Renderer = std::function<Result<InvoicePreview>(const InvoiceDocument &doc)>;

    explicit BillingSettingsService(DbExecutor &db, QObject *parent = nullptr);
    ~BillingSettingsService() override;

    void setRenderer(Renderer render) { m_render = std::move(render); }

    QFuture<Result<BillingSettings>> load() override;
    QFuture<Result<BillingSettings>> save(const BillingSettings &s) override;
    bool canPreviewPdf() const override { return bool(m_render); }
    QFuture<Result<InvoicePreview>> samplePreview(const BillingSettings &s, const QString &language) override;

private:
    DbExecutor &m_db;
    Renderer m_render;
};

} // namespace ops::billing
