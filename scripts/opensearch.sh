#!/usr/bin/env bash
# Installs (once) and runs a real single-node OpenSearch 2.19.1 with the k-NN plugin, built only from
# Maven Central artifacts, for the retrieval *IT tests and the retrieval benchmark.
#
#   scripts/opensearch.sh start   # idempotent; prints the URL as the last stdout line, writes .cache/opensearch/url
#   scripts/opensearch.sh stop    # stops the node this script started
#   scripts/opensearch.sh status  # prints the URL if the node answers, exit 1 otherwise
#   scripts/opensearch.sh install # download + install only
#
# CI:  export FIREBREAK_TEST_OPENSEARCH_URL="$(scripts/opensearch.sh start)"; mvn -B verify; scripts/opensearch.sh stop
#
# Why it looks like this (see shared/STACK.md): the integ-test zip lacks lang-painless, which k-NN extends,
# and analysis-common, which holds the english analyzer, so both are assembled from their jars; OpenSearch
# refuses to run as root, so as root the node runs as an unprivileged user (default nobody); the Maven k-NN
# zip has no native faiss/nmslib libraries, so indexes must use the lucene engine. Knobs (env):
# FIREBREAK_OPENSEARCH_CACHE (install dir; default .cache/opensearch, or /var/tmp/firebreak-opensearch when
# the unprivileged user cannot reach the checkout), FIREBREAK_OPENSEARCH_PORT (first port tried, 19200),
# FIREBREAK_OPENSEARCH_HEAP (512m), FIREBREAK_OPENSEARCH_USER (nobody).
set -euo pipefail

OS_VERSION="${FIREBREAK_OPENSEARCH_VERSION:-2.19.1}"
KNN_VERSION="${OS_VERSION}.0"
ASM_VERSION=9.7
ANTLR_VERSION=4.13.1
HEAP="${FIREBREAK_OPENSEARCH_HEAP:-512m}"
RUN_AS="${FIREBREAK_OPENSEARCH_USER:-nobody}"

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${FIREBREAK_OPENSEARCH_CACHE:-$ROOT/.cache/opensearch}"
# As root the node runs as $RUN_AS, who must reach the install; a checkout under /root is out of its reach.
if [[ -z "${FIREBREAK_OPENSEARCH_CACHE:-}" && "$(id -u)" == 0 ]] && ! runuser -u "$RUN_AS" -- test -x "$ROOT" 2>/dev/null; then
  CACHE=/var/tmp/firebreak-opensearch
fi
DOWNLOADS="$CACHE/downloads"
HOME_DIR="$CACHE/opensearch-$OS_VERSION"
RUN_DIR="$CACHE/run"
PID_FILE="$RUN_DIR/opensearch.pid"
URL_FILE="$CACHE/url"

log() { echo "[opensearch.sh] $*" >&2; }

java_home() {
  if [[ -n "${OPENSEARCH_JAVA_HOME:-}" ]]; then echo "$OPENSEARCH_JAVA_HOME"; return; fi
  if [[ -n "${JAVA_HOME:-}" ]]; then echo "$JAVA_HOME"; return; fi
  dirname "$(dirname "$(readlink -f "$(command -v java)")")"
}

# Fetches one artifact from Maven Central through the ordinary Maven client (uses ~/.m2 as cache).
fetch() { # groupId:artifactId:version[:packaging] destDir
  local coords="$1" dest="$2"
  mkdir -p "$dest"
  (cd "$DOWNLOADS" && mvn -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      -Dartifact="$coords" -DoutputDirectory="$dest" -Dmdep.overWriteIfNewer=true >&2)
}

# Assembles a module the integ-test zip leaves out from its jars on Maven Central.
module() { # name classname extended-plugins coords...
  local name="$1" classname="$2" extended="$3"; shift 3
  local dir="$HOME_DIR/modules/$name"
  mkdir -p "$dir"
  for coords in "$@"; do fetch "$coords" "$dir"; done
  cat > "$dir/plugin-descriptor.properties" <<EOF
description=$name (assembled from Maven Central jars)
version=$OS_VERSION
name=$name
classname=$classname
java.version=11
opensearch.version=$OS_VERSION
extended.plugins=$extended
EOF
  cat > "$dir/plugin-security.policy" <<'EOF'
grant {
  permission java.lang.RuntimePermission "createClassLoader";
  permission java.lang.RuntimePermission "getClassLoader";
};
EOF
}

install() {
  if [[ -f "$HOME_DIR/.firebreak-installed-2" ]]; then return; fi
  mkdir -p "$DOWNLOADS"
  rm -rf "$HOME_DIR"
  log "downloading OpenSearch $OS_VERSION, lang-painless and k-NN from Maven Central"
  fetch "org.opensearch.distribution.integ-test-zip:opensearch:$OS_VERSION:zip" "$DOWNLOADS"
  fetch "org.opensearch.plugin:opensearch-knn:$KNN_VERSION:zip" "$DOWNLOADS"
  unzip -q -o "$DOWNLOADS/opensearch-$OS_VERSION.zip" -d "$CACHE"

  local painless_jars=("org.opensearch.plugin:lang-painless:$OS_VERSION"
                       "org.opensearch.plugin:opensearch-scripting-painless-spi:$OS_VERSION"
                       "org.antlr:antlr4-runtime:$ANTLR_VERSION"
                       "org.ow2.asm:asm:$ASM_VERSION" "org.ow2.asm:asm-util:$ASM_VERSION"
                       "org.ow2.asm:asm-tree:$ASM_VERSION" "org.ow2.asm:asm-commons:$ASM_VERSION"
                       "org.ow2.asm:asm-analysis:$ASM_VERSION")
  module lang-painless org.opensearch.painless.PainlessPlugin "" "${painless_jars[@]}"
  # analysis-common holds the language analyzers (english) the BM25 fields use.
  module analysis-common org.opensearch.analysis.common.CommonAnalysisPlugin lang-painless \
      "org.opensearch.plugin:analysis-common:$OS_VERSION"

  log "installing the k-NN plugin"
  OPENSEARCH_JAVA_HOME="$(java_home)" "$HOME_DIR/bin/opensearch-plugin" install --batch \
      "file:$DOWNLOADS/opensearch-knn-$KNN_VERSION.zip" >&2
  touch "$HOME_DIR/.firebreak-installed-2"
}

running_pid() {
  [[ -f "$PID_FILE" ]] || return 1
  local pid; pid="$(cat "$PID_FILE")"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null && echo "$pid"
}

answers() { curl -fsS -m 2 "$1" >/dev/null 2>&1; }

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

free_port() { # start of the range to scan
  local p="$1"
  while ! port_free "$p"; do p=$((p + 1)); done
  echo "$p"
}

start() {
  if [[ -f "$HOME_DIR/.firebreak-installed-2" ]] && running_pid >/dev/null && [[ -f "$URL_FILE" ]] \
      && answers "$(cat "$URL_FILE")"; then
    cat "$URL_FILE"; return
  fi
  stop_node quiet
  install
  mkdir -p "$RUN_DIR/data" "$RUN_DIR/logs"
  local http_port transport_port
  http_port="$(free_port "${FIREBREAK_OPENSEARCH_PORT:-19200}")"
  transport_port="$(free_port $((http_port + 100)))"
  local url="http://127.0.0.1:$http_port"

  local -a as_user=()
  if [[ "$(id -u)" == 0 ]]; then
    # OpenSearch refuses to run as root.
    chown -R "$RUN_AS" "$HOME_DIR" "$RUN_DIR"
    as_user=(runuser -u "$RUN_AS" --)
  fi
  log "starting OpenSearch on $url (logs: $RUN_DIR/logs)"
  env OPENSEARCH_JAVA_HOME="$(java_home)" OPENSEARCH_JAVA_OPTS="-Xms$HEAP -Xmx$HEAP" \
    "${as_user[@]}" "$HOME_DIR/bin/opensearch" -d -p "$PID_FILE" \
      -Ediscovery.type=single-node -Enetwork.host=127.0.0.1 \
      -Ehttp.port="$http_port" -Etransport.port="$transport_port" \
      -Epath.data="$RUN_DIR/data" -Epath.logs="$RUN_DIR/logs" \
      -Ecluster.routing.allocation.disk.threshold_enabled=false \
      -Eaction.auto_create_index=false >&2

  for _ in $(seq 1 120); do
    if answers "$url"; then
      echo "$url" > "$URL_FILE"
      log "ready"
      echo "$url"
      return
    fi
    sleep 1
  done
  log "OpenSearch did not answer within 120 s; last log lines:"
  tail -n 40 "$RUN_DIR/logs/"*.log >&2 || true
  stop_node quiet
  exit 1
}

stop_node() {
  local pid
  if pid="$(running_pid)"; then
    [[ "${1:-}" == quiet ]] || log "stopping pid $pid"
    kill "$pid"
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
  fi
  rm -f "$PID_FILE" "$URL_FILE"
}

status() {
  if running_pid >/dev/null && [[ -f "$URL_FILE" ]] && answers "$(cat "$URL_FILE")"; then
    cat "$URL_FILE"
  else
    log "not running"; exit 1
  fi
}

case "${1:-start}" in
  start) start ;;
  stop) stop_node ;;
  status) status ;;
  install) install ;;
  *) echo "usage: $0 [start|stop|status|install]" >&2; exit 2 ;;
esac
