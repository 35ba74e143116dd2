-- What a vision model observed in a screenshot (JSON array of grounded observations), and which model.
alter table screenshots add column observations text;
alter table screenshots add column vision_model varchar(200);
