-- The incident's own alertname (its group label), so the duplicate-incident rule can compare open
-- incidents without parsing each one's stored state.
alter table incidents add column alertname varchar(200);
update incidents set alertname = state_json::jsonb #>> '{labels,alertname}';
