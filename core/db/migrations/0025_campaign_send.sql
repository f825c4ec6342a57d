-- Campaign sending (issue 14, docs/campaigns.md "Sending"): what the sender records beyond 0024.
--
-- 1. When a recipient was put in an outbox row (the report's "queued" time), and when a campaign was paused.
ALTER TABLE campaign_recipients ADD COLUMN queued_at timestamptz;
ALTER TABLE campaigns ADD COLUMN paused_at timestamptz;

-- 2. The campaigns a worker continues (status 'sending'), and the dashboard's rate (sent in the last 10 s).
CREATE INDEX campaigns_sending_idx ON campaigns (id) WHERE status = 'sending';
CREATE INDEX campaign_recipients_sent_idx ON campaign_recipients (campaign_id, sent_at)
    WHERE status IN ('sent', 'delivered');

-- 3. Billing runs campaigns (0012): an SMS campaign's rows go to Twilio, which billing may otherwise not call. Only
--    rows that name their campaign (business_entity 'campaign').
CREATE POLICY outbox_campaign_sms ON outbox FOR INSERT TO ops_billing
    WITH CHECK (provider = 'twilio' AND business_entity = 'campaign');
