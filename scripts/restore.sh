#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh into the named database, which is created if it
# does not exist. Restoring over a database that has tables is refused unless --replace is given,
# which drops them first.
#
#   scripts/restore.sh [--replace] DATABASE FILE
#
# Connection as for backup.sh (WEGWEISER_BACKUP_HOST, _PORT, _USER, _PASSWORD).
set -euo pipefail

replace=false
if [[ ${1:-} == --replace ]]; then
  replace=true
  shift
fi
if [[ $# -ne 2 ]]; then
  echo "usage: $0 [--replace] DATABASE FILE" >&2
  exit 2
fi
database=$1
file=$2
[[ $database =~ ^[A-Za-z0-9_]+$ ]] || { echo "not a database name: $database" >&2; exit 2; }
gzip -t "$file"

# shellcheck source=connection.sh
source "$(dirname "$0")/connection.sh"

sql() { mariadb --defaults-extra-file="$options" "$@"; }

sql -e "CREATE DATABASE IF NOT EXISTS \`$database\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
tables=$(sql -N -e "SELECT table_name FROM information_schema.tables WHERE table_schema = '$database'")
if [[ -n $tables ]]; then
  if [[ $replace != true ]]; then
    echo "database $database has tables; give --replace to drop them and restore" >&2
    exit 1
  fi
  drop="SET FOREIGN_KEY_CHECKS=0;"
  for table in $tables; do drop+="DROP TABLE \`$table\`;"; done
  sql "$database" -e "$drop"
fi
gunzip -c "$file" | sql --default-character-set=utf8mb4 "$database"
echo "restored $file into $database"
