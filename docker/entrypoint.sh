#!/bin/sh
# Container entrypoint: writes the portal's config.json from OPENCODE_SERVER_* variables, then
# runs the given command (nginx in the image). The variables mean exactly what they mean at
# build time (src/lib/env-servers.ts):
#   OPENCODE_SERVER_URL                 one server, named "OpenCode", listed first
#   OPENCODE_SERVER_<N>_URL             server N (N = 1, 2, 3, ...; numeric order, gaps allowed)
#   OPENCODE_SERVER_<N>_NAME            its name (default "Server <N>")
#   OPENCODE_SERVER_<N>_COLOR           its color, #rrggbb (optional)
# With none of them set, an existing config.json (e.g. a mounted ConfigMap) is left alone.
# PORTAL_CONFIG_PATH overrides where config.json goes. Passwords are never written: people type
# them into the portal, which keeps them in the browser.
set -eu

config_path="${PORTAL_CONFIG_PATH:-/usr/share/nginx/html/config.json}"

# awk reads the values through ENVIRON, so no value is ever expanded or split by the shell.
# Exit status 3 means "no server variables set" (empty values count as unset).
json_status=0
json=$(awk '
function trim(s) {
  sub(/^[ \t\r\n]+/, "", s)
  sub(/[ \t\r\n]+$/, "", s)
  return s
}
# JSON string escaping: quote, backslash and every control character; other bytes
# (UTF-8 included) pass through unchanged.
function esc(s,    out, i, n, c) {
  out = ""
  n = length(s)
  for (i = 1; i <= n; i++) {
    c = substr(s, i, 1)
    if (c == "\\") out = out "\\\\"
    else if (c == "\"") out = out "\\\""
    else if (c in CTRL) out = out CTRL[c]
    else out = out c
  }
  return out
}
function warn(msg) {
  printf "portal entrypoint: %s\n", msg > "/dev/stderr"
}
# Only absolute http(s) URLs with a host, and no user:password inside (that would leak the
# password into a public file).
function url_problem(url,    lower, rest, authority) {
  lower = tolower(url)
  if (lower !~ /^https?:\/\//) return "is not an http:// or https:// URL"
  rest = substr(url, index(url, "//") + 2)
  authority = rest
  sub(/[\/?#].*$/, "", authority)
  if (authority == "") return "has no host"
  if (index(authority, "@") > 0) return "contains a user or password; set only the address here"
  if (url ~ /[ \t\r\n"<>\\]/) return "contains spaces, quotes or other characters a URL cannot have"
  return ""
}
# prefix names the variables in messages: OPENCODE_SERVER or OPENCODE_SERVER_<N>.
function add(prefix, name, url, color,    problem, entry) {
  problem = url_problem(url)
  if (problem != "") {
    warn("skipping " prefix "_URL: it " problem ".")
    return
  }
  if (color != "" && color !~ /^#[0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f]$/) {
    warn(prefix "_COLOR \"" color "\" is not like #1a2b3c; the portal will pick a color.")
    color = ""
  }
  entry = "    { \"name\": \"" esc(name) "\", \"url\": \"" esc(url) "\""
  if (color != "") entry = entry ", \"color\": \"" color "\""
  entry = entry " }"
  count++
  entries[count] = entry
}
BEGIN {
  for (i = 1; i < 32; i++) CTRL[sprintf("%c", i)] = sprintf("\\u%04x", i)
  found = 0
  count = 0
  url = trim(ENVIRON["OPENCODE_SERVER_URL"])
  if (url != "") {
    found = 1
    add("OPENCODE_SERVER", "OpenCode", url, "")
  }
  # Collect the distinct numbers N of OPENCODE_SERVER_<N>_URL, then sort them (insertion sort:
  # POSIX awk has no sort).
  total = 0
  for (key in ENVIRON) {
    if (key !~ /^OPENCODE_SERVER_[0-9]+_URL$/ || trim(ENVIRON[key]) == "") continue
    found = 1
    n = substr(key, 17, length(key) - 20) + 0
    if (n in seen) continue
    seen[n] = 1
    total++
    nums[total] = n
  }
  for (i = 2; i <= total; i++) {
    v = nums[i]
    for (j = i - 1; j >= 1 && nums[j] > v; j--) nums[j + 1] = nums[j]
    nums[j + 1] = v
  }
  for (i = 1; i <= total; i++) {
    n = nums[i]
    prefix = "OPENCODE_SERVER_" n
    url = trim(ENVIRON[prefix "_URL"])
    if (url == "") continue
    name = trim(ENVIRON[prefix "_NAME"])
    if (name == "") name = "Server " n
    add(prefix, name, url, trim(ENVIRON[prefix "_COLOR"]))
  }
  if (!found) exit 3
  print "{"
  print "  \"servers\": ["
  for (i = 1; i <= count; i++) print entries[i] (i < count ? "," : "")
  print "  ]"
  print "}"
  if (count == 0) warn("no usable server in the OPENCODE_SERVER_* variables; config.json lists none.")
}
') || json_status=$?

case "$json_status" in
  0)
    # Write beside the target and rename, so nginx never serves a half-written file.
    tmp="$config_path.tmp.$$"
    if ! printf '%s\n' "$json" > "$tmp" 2>/dev/null || ! mv -f "$tmp" "$config_path" 2>/dev/null; then
      rm -f "$tmp" 2>/dev/null || true
      echo "portal entrypoint: cannot write $config_path (read-only? mounted?). Unset the OPENCODE_SERVER_* variables to keep the file as it is." >&2
      exit 1
    fi
    chmod 0644 "$config_path" 2>/dev/null || true
    echo "portal entrypoint: wrote $config_path" >&2
    ;;
  3)
    echo "portal entrypoint: no OPENCODE_SERVER_* variables; config.json left as it is." >&2
    ;;
  *)
    echo "portal entrypoint: could not build config.json (awk exited with $json_status)." >&2
    exit 1
    ;;
esac

if [ "$#" -gt 0 ]; then
  exec "$@"
fi
