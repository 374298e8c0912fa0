#!/bin/bash
# Runs once, when the MariaDB container creates its data volume: the two Wegweiser users.
# admin-ui's user owns the schema (and hands kiosk-ui its table grants after each migration);
# kiosk-ui's user gets nothing here.
set -euo pipefail
mariadb -uroot -p"${MARIADB_ROOT_PASSWORD}" <<SQL
CREATE USER IF NOT EXISTS 'wegweiser_admin'@'%' IDENTIFIED BY '${WEGWEISER_ADMIN_DB_PASSWORD}';
GRANT ALL PRIVILEGES ON \`${MARIADB_DATABASE}\`.* TO 'wegweiser_admin'@'%' WITH GRANT OPTION;
CREATE USER IF NOT EXISTS 'wegweiser_public'@'%' IDENTIFIED BY '${WEGWEISER_PUBLIC_DB_PASSWORD}';
FLUSH PRIVILEGES;
SQL
