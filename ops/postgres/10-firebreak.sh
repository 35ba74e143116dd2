#!/bin/bash
# Creates Firebreak's own user and database beside Temporal's (run once by the postgres image).
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres <<SQL
CREATE USER firebreak WITH PASSWORD '${FIREBREAK_DB_PASSWORD}';
CREATE DATABASE firebreak OWNER firebreak;
SQL
