-- Durable intake buffer: a delivery is acknowledged once it is here; the intake hands it to the
-- incident workflow and then deletes it, so alerts survive a Temporal outage or a crash.
create table alert_intake (
  id          bigserial primary key,
  group_key   text not null,
  received_at timestamptz not null,
  group_json  text not null
);
