-- Uploaded screenshots; the evidence row (kind SCREENSHOT) carries the OCR text, this row the image.
create table screenshots (
  incident_id  varchar(64) not null,
  evidence_id  varchar(100) not null,
  filename     text,
  content_type varchar(32) not null,
  size_bytes   integer not null,
  sha256       varchar(64) not null,
  image        bytea not null,
  ocr_text     text,
  uploaded_by  varchar(200),
  created_at   timestamptz not null,
  primary key (incident_id, evidence_id)
);
