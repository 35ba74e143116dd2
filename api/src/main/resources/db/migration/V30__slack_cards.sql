-- Where each incident's Slack triage card lives, so it is updated in place across restarts.
-- No foreign key: the card may be posted before the incident row is written by another activity.
create table slack_cards (
  incident_id       varchar(64) primary key,
  channel_id        varchar(64) not null,
  message_ts        varchar(32) not null,
  dedicated_channel boolean not null default false,
  threaded_events   integer not null default 0,
  updated_at        timestamptz not null
);
create index slack_cards_channel on slack_cards (channel_id) where dedicated_channel;
