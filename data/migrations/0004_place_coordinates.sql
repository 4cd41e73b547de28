-- Schema version 4: a place is found by its gazetteer coordinates, so that
-- the spellings of one town ("Idlib", "Idleb") resolve to one entity.
CREATE INDEX entities_coordinates ON entities(latitude, longitude) WHERE latitude IS NOT NULL;
