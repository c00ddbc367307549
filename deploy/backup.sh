#!/bin/sh
# Dump the Wegwijzer database in PostgreSQL's custom format and keep the last KEEP_DAYS days.
# Restore: see deploy/README.md. Settings (optional): /etc/wegwijzer/backup.env
set -eu
DB="${WEGWIJZER_DB:-wegwijzer}"
DIR="${BACKUP_DIR:-/var/backups/wegwijzer}"
KEEP_DAYS="${KEEP_DAYS:-30}"
mkdir -p "$DIR"
file="$DIR/$DB-$(date +%Y%m%d-%H%M%S).dump"
# Write to a temporary name first: a half-written dump never looks like a good one.
pg_dump --format=custom --compress=6 --no-owner --file="$file.part" "$DB"
pg_restore --list "$file.part" >/dev/null
mv "$file.part" "$file"
find "$DIR" -name "$DB-*.dump" -mtime +"$KEEP_DAYS" -delete
echo "backup written: $file"
