-- Schema version 3: reports of the same event are grouped; a grouping the
-- analyst made or split by hand is kept when the groups are computed again.
ALTER TABLE events ADD COLUMN cluster_locked INTEGER NOT NULL DEFAULT 0;
