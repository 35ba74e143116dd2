-- One row per incident; state_json is the workflow's last saved state, used to resume it.
create table incidents (
  id               varchar(64) primary key,
  workflow_id      varchar(200) not null,
  workflow_run_id  varchar(64),
  title            text not null,
  service          varchar(200),
  severity         varchar(32),
  status           varchar(32) not null,
  source           varchar(64),
  group_key        text,
  opened_at        timestamptz not null,
  acknowledged_at  timestamptz,
  acknowledged_by  varchar(200),
  resolved_at      timestamptz,
  updated_at       timestamptz not null,
  state_json       text not null
);
create index incidents_status on incidents (status);
create index incidents_service on incidents (service);
create index incidents_opened on incidents (opened_at desc);

create table incident_alerts (
  incident_id      varchar(64) not null references incidents (id) on delete cascade,
  fingerprint      varchar(200) not null,
  alertname        varchar(200),
  status           varchar(16) not null,
  starts_at        timestamptz,
  ends_at          timestamptz,
  labels_json      text not null,
  annotations_json text not null,
  primary key (incident_id, fingerprint)
);
create index incident_alerts_fingerprint on incident_alerts (fingerprint);

create table timeline_events (
  incident_id varchar(64) not null references incidents (id) on delete cascade,
  event_id    varchar(64) not null,
  seq         integer not null,
  at          timestamptz not null,
  type        varchar(32) not null,
  actor       varchar(200),
  channel     varchar(32),
  text        text not null,
  refs_json   text not null,
  primary key (incident_id, event_id)
);

create table notes (
  incident_id varchar(64) not null references incidents (id) on delete cascade,
  note_id     varchar(64) not null,
  at          timestamptz not null,
  author      varchar(200),
  channel     varchar(32),
  text        text not null,
  primary key (incident_id, note_id)
);

-- Evidence is written by the gather activity before the incident row may exist.
create table evidence (
  incident_id  varchar(64) not null,
  evidence_id  varchar(128) not null,
  kind         varchar(16) not null,
  source       varchar(64) not null,
  service      varchar(200),
  summary      text,
  query        text,
  window_start timestamptz,
  window_end   timestamptz,
  payload_json text not null,
  primary key (incident_id, evidence_id)
);

create table findings (
  incident_id  varchar(64) not null references incidents (id) on delete cascade,
  finding_id   varchar(128) not null,
  seq          integer not null,
  rule         varchar(64) not null,
  severity     varchar(16) not null,
  title        text not null,
  payload_json text not null,
  primary key (incident_id, finding_id)
);

create table hypotheses (
  incident_id   varchar(64) not null references incidents (id) on delete cascade,
  hypothesis_id varchar(200) not null,
  rank          integer not null,
  kind          varchar(32) not null,
  service       varchar(200),
  ref           varchar(200),
  confidence    double precision not null,
  payload_json  text not null,
  primary key (incident_id, hypothesis_id)
);

create table actions (
  incident_id  varchar(64) not null references incidents (id) on delete cascade,
  action_id    varchar(200) not null,
  seq          integer not null,
  kind         varchar(32) not null,
  status       varchar(16) not null,
  decided_by   varchar(200),
  decided_at   timestamptz,
  payload_json text not null,
  primary key (incident_id, action_id)
);

create table postmortems (
  incident_id varchar(64) primary key,
  markdown    text not null,
  json        text not null,
  updated_at  timestamptz not null
);

-- Side effects already performed (notifications, actions), for idempotent retries.
create table processed_requests (
  request_id varchar(300) primary key,
  outcome    text not null,
  created_at timestamptz not null
);
