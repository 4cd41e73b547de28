package search

import (
	"context"

	"dossier/data"
)

// FacetCounts are the counts per facet value of the articles a query
// matches exactly (approximate matches are not counted), for the window to
// show next to the results and to narrow by.
type FacetCounts struct {
	Sources  []data.FacetCount
	Tags     []data.FacetCount
	Years    []data.FacetCount // Value "" is undated
	Entities []data.FacetCount // the most mentioned, with their ids
}

// Facets counts the articles matching query (with opt's entity and starred
// narrowing) per source, tag, year and entity. It reads every match, so on
// a large collection the window should run it after the results are shown.
func Facets(ctx context.Context, store *data.Store, query string, opt Options) (FacetCounts, error) {
	var fc FacetCounts
	ix, err := indexFor(ctx, store)
	if err != nil {
		return fc, err
	}
	q := Parse(query, opt.AsYouType)
	spec, _ := compile(ix, q, opt)
	fc.Sources, fc.Tags, fc.Years, fc.Entities, err = store.SearchFacets(ctx, spec, 20)
	return fc, err
}
