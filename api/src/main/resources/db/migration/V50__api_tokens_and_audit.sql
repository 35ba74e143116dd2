-- Machine tokens: only the SHA-256 of the secret is kept; the token is shown once, at creation.
create table api_tokens (
  name        text primary key,
  role        text not null check (role in ('viewer', 'responder', 'admin')),
  token_hash  text not null unique,
  created_by  text not null,
  created_at  timestamptz not null default now(),
  revoked_at  timestamptz
);

-- Who changed what, through which channel. Append-only.
create table audit_log (
  id           bigserial primary key,
  at           timestamptz not null default now(),
  actor        text not null,
  channel      text not null,
  action       text not null,
  incident_id  text,
  workflow_id  text,
  target       text,
  detail       text
);
create index audit_log_incident on audit_log (incident_id, id);
create index audit_log_workflow on audit_log (workflow_id, id);
