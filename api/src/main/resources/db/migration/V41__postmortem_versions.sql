-- Every saved version of a postmortem; version 1 is Firebreak's draft, later ones are edits.
create table postmortem_versions (
  incident_id varchar(64) not null,
  version     integer not null,
  markdown    text not null,
  author      varchar(200) not null,
  created_at  timestamptz not null,
  primary key (incident_id, version)
);
