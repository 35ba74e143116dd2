#!/usr/bin/env bash
# Validates the production stack files without a Docker engine: the compose file parses, the
# Dockerfile runs as a non-root user and pins every base image, the alert rules load.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v docker-compose >/dev/null 2>&1 && ! docker compose version >/dev/null 2>&1; then
  apt-get update -qq && apt-get install -y -qq docker-compose >/dev/null
fi
compose() { if docker compose version >/dev/null 2>&1; then docker compose "$@"; else docker-compose "$@"; fi; }

created=""
if [ ! -f secrets.env ]; then cp secrets.env.example secrets.env; created=yes; fi
trap '[ -n "$created" ] && rm -f secrets.env' EXIT
compose -f docker-compose.yml config -q
echo "compose: docker-compose.yml parses"

grep -qE '^USER +[^r0 ][^ ]*' Dockerfile || { echo "Dockerfile: no non-root USER" >&2; exit 1; }
while read -r image; do
  case "$image" in
    *:latest|*[!0-9a-z.:_/-]*) echo "Dockerfile: unpinned base image $image" >&2; exit 1 ;;
    *:*[0-9]*) ;;
    *) echo "Dockerfile: base image without a version tag: $image" >&2; exit 1 ;;
  esac
done < <(awk '/^FROM /{print $2}' Dockerfile)
grep -q '^HEALTHCHECK' Dockerfile || { echo "Dockerfile: no HEALTHCHECK" >&2; exit 1; }
echo "Dockerfile: non-root user, pinned base images, healthcheck"

if command -v promtool >/dev/null 2>&1; then
  promtool check rules ops/prometheus/firebreak-alerts.yml
fi
python3 -c "import json,sys; json.load(open('ops/grafana/firebreak-dashboard.json'))" && echo "grafana: dashboard JSON parses"
