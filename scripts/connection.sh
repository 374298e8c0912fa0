# Sourced by backup.sh and restore.sh: writes the MariaDB connection from the environment
# (WEGWEISER_BACKUP_HOST, _PORT, _USER, _PASSWORD) into a temporary option file, $options,
# removed on exit, so the password never appears on a command line.
options=$(mktemp)
trap 'rm -f "$options"' EXIT
chmod 600 "$options"
cat >"$options" <<OPTIONS
[client]
host=${WEGWEISER_BACKUP_HOST:-127.0.0.1}
port=${WEGWEISER_BACKUP_PORT:-3306}
user=${WEGWEISER_BACKUP_USER:-root}
password=${WEGWEISER_BACKUP_PASSWORD:-}
OPTIONS
