#!/bin/sh
# One backup of the running embedded database (DATABASE_PORT from /etc/child-care/env) into
# $BACKUP_DIR/<date-time>, then backups older than $BACKUP_KEEP_DAYS days deleted. docs/DEPLOY.md "Backups".
set -eu
: "${BACKUP_DIR:?}" "${BACKUP_KEEP_DAYS:?}"
uri="${MONGODB_URI:-mongodb://127.0.0.1:${DATABASE_PORT:?set DATABASE_PORT or MONGODB_URI}/child_care}"
target="$BACKUP_DIR/$(date -u +%Y-%m-%dT%H%M)"
MONGODB_URI="$uri" node server/dist/backup.js "$target"
find "$BACKUP_DIR" -mindepth 1 -maxdepth 1 -type d -mtime "+$BACKUP_KEEP_DAYS" -exec rm -rf {} +
