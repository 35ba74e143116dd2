-- The alert's generatorURL (its PromQL expression) is evidence sources' starting point.
alter table incident_alerts add column generator_url text;
