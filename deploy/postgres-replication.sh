#!/bin/sh
# The primary of docker-compose's cluster profile lets the replica stream its WAL (run once, at initdb).
set -e
echo "host replication all all scram-sha-256" >> "$PGDATA/pg_hba.conf"
