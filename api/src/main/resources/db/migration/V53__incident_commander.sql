-- Who holds the commander role, so incident lists do not parse each incident's stored state.
alter table incidents add column commander varchar(200);
update incidents set commander = state_json::jsonb #>> '{roles,COMMANDER,name}';
