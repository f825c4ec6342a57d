#pragma once

#include <QWidget>

#include "core/campaigns/CampaignSegment.h"
#include "core/campaigns/CampaignTypes.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace ops::campaigns {
class CampaignApi;
struct SegmentChoices;
} // namespace ops::campaigns

// The recipients of a new campaign as a segment (docs/campaigns.md "Segments"): the whitelisted filter model as
// fields (statuses, regions, cities, plans, OLTs, OLT/port, balance over an amount, language, has e-mail / mobile,
// consent), never SQL. The recipient count follows the filter while it changes: requests are coalesced (150 ms after
// the last change) and only the latest request's answer is shown, stale ones are dropped.
class SegmentEditor : public QWidget
{
    Q_OBJECT
public:
    explicit SegmentEditor(QWidget *parent = nullptr);

    void setApi(ops::campaigns::CampaignApi *api); // also loads the suggestions (regions, cities, plans, OLTs)
    void setChannel(ops::campaigns::Channel channel, ops::campaigns::Classification classification);

    // The filter as typed; a Validation error (translated) names a bad field.
    ops::Result<ops::campaigns::SegmentFilter> filter() const;
    void setFilter(const ops::campaigns::SegmentFilter &filter);

    QLabel *countLabel() const { return m_count; }
    int staleAnswersDropped() const { return m_staleDropped; }
    int countRequests() const { return m_generation; }
    static constexpr int kCoalesceMs = 150;

public slots:
    void scheduleCount();

signals:
    void counted(int sendable);

private:
    void requestCount();
    void applyChoices(const ops::campaigns::SegmentChoices &choices);

    ops::campaigns::CampaignApi *m_api = nullptr;
    ops::campaigns::Channel m_channel = ops::campaigns::Channel::Email;
    ops::campaigns::Classification m_classification = ops::campaigns::Classification::Commercial;
    QList<QCheckBox *> m_statuses;
    QLineEdit *m_regions = nullptr;
    QLineEdit *m_cities = nullptr;
    QLineEdit *m_plans = nullptr;
    QLineEdit *m_olts = nullptr;
    QLineEdit *m_oltPorts = nullptr;
    QLineEdit *m_balance = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_hasEmail = nullptr;
    QComboBox *m_hasMobile = nullptr;
    QComboBox *m_consent = nullptr;
    QLabel *m_count = nullptr;
    QTimer *m_coalesce = nullptr;
    int m_generation = 0;
    int m_staleDropped = 0;
};
