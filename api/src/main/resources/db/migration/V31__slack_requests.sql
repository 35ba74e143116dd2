-- Slack requests already handled (hash of the signed body), so a retried delivery does nothing twice.
create table slack_requests (
  request_key varchar(64) primary key,
  received_at timestamptz not null
);
create index slack_requests_received on slack_requests (received_at);
