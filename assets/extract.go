package assets

import "embed"

// Extract holds what the extraction engine (package app/extract) ships:
// the trained entity-tagger weights, the place gazetteer derived from
// GeoNames and the hand-written lists of regions and known actors. See
// extract/SOURCES.md for where each file comes from and its licence.
//
//go:embed extract
var Extract embed.FS
