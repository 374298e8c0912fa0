#!/usr/bin/env bash
# Backs up one Wegweiser database into a gzip-compressed SQL file, consistently while the
# applications run (one transaction; InnoDB).
#
#   scripts/backup.sh DATABASE [FILE]
#
# Connection from the environment: WEGWEISER_BACKUP_HOST (127.0.0.1), WEGWEISER_BACKUP_PORT (3306),
# WEGWEISER_BACKUP_USER (root), WEGWEISER_BACKUP_PASSWORD (empty). The password goes through a
# temporary option file, never the command line. Users and grants are not in the dump: admin-ui
# re-applies kiosk-ui's grants at its next start. See docs/operations.md.
set -euo pipefail

if [[ $# -lt 1 || $# -gt 2 ]]; then
  echo "usage: $0 DATABASE [FILE]" >&2
  exit 2
fi
database=$1
file=${2:-wegweiser-$database-$(date -u +%Y%m%dT%H%M%SZ).sql.gz}

# shellcheck source=connection.sh
source "$(dirname "$0")/connection.sh"

partial="$file.partial"
mariadb-dump --defaults-extra-file="$options" --single-transaction --routines --triggers \
  --hex-blob --default-character-set=utf8mb4 --skip-lock-tables "$database" | gzip -9 >"$partial"
# Only a complete dump gets the final name.
mv "$partial" "$file"
echo "$file"
