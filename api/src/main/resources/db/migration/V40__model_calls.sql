-- Every call to a language model, for audit and for idempotent retries (a retried refinement
-- reuses the answer recorded for its request id). request_json is exactly what was sent, after
-- redaction; the API key is never in it.
create table model_calls (
  id            bigserial primary key,
  incident_id   varchar(64) not null,
  request_id    varchar(300) not null,
  purpose       varchar(32) not null,
  provider      varchar(64) not null,
  model         varchar(200) not null,
  outcome       varchar(32) not null,
  tokens_in     integer not null,
  tokens_out    integer not null,
  latency_ms    bigint not null,
  evidence_ids  text not null,
  request_json  text not null,
  response      text,
  created_at    timestamptz not null
);
create index model_calls_incident on model_calls (incident_id, id);
create index model_calls_request on model_calls (request_id, id);
