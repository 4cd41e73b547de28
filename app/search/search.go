package search

import (
	"context"
	"strings"

	"github.com/sahilm/fuzzy"

	"dossier/data"
)

// Hit is one result and why it matched.
type Hit struct {
	data.ArticleSummary
	// Approximate is true when the article was found by approximate title
	// matching rather than by the words themselves.
	Approximate bool
}

// Result is what a search returns.
type Result struct {
	Hits []Hit
	// Hint tells the user what was repaired in the query or why nothing matched.
	Hint string
}

// Options tune one search.
type Options struct {
	Limit int
	// AsYouType matches the last word as a prefix while it is being typed.
	AsYouType bool
	// EntityIDs narrows to articles that mention any of these entities
	// (the sidebar's selection).
	EntityIDs []int64
}

// Run searches the collection. Exact word matches come first, ranked by
// bm25; when they are fewer than the limit, titles that approximately match
// the words follow, marked as approximate.
func Run(ctx context.Context, store *data.Store, input string, opt Options) (Result, error) {
	if opt.Limit <= 0 {
		opt.Limit = 50
	}
	q := Parse(input, opt.AsYouType)
	res := Result{Hits: []Hit{}, Hint: q.Hint}
	spec := data.SearchSpec{Match: q.FTS(), Exclude: q.ExcludedFTS(), Source: q.Filters.Source, Tag: q.Filters.Tag,
		Entity: q.Filters.Entity, Place: q.Filters.Place, After: q.Filters.After, Before: q.Filters.Before,
		Undated: q.Filters.Undated, Limit: opt.Limit, EntityIDs: opt.EntityIDs}
	hits, err := store.Search(ctx, spec)
	if err != nil {
		return res, err
	}
	seen := map[int64]bool{}
	for _, h := range hits {
		res.Hits = append(res.Hits, Hit{ArticleSummary: h})
		seen[h.ID] = true
	}
	words := q.Words()
	if len(res.Hits) < opt.Limit && len(words) > 0 && spec.Exclude == "" && q.Filters == (Filters{}) && len(opt.EntityIDs) == 0 {
		approx, err := approximateTitles(ctx, store, strings.Join(words, " "), opt.Limit-len(res.Hits), seen)
		if err != nil {
			return res, err
		}
		res.Hits = append(res.Hits, approx...)
	}
	if len(res.Hits) == 0 && res.Hint == "" {
		res.Hint = "no article matches; try fewer words or a shorter prefix"
	}
	return res, nil
}

// approximateTitles ranks titles by fuzzy subsequence match and keeps only
// matches good enough to be what the user meant: most typed characters in
// runs, not scattered over the whole title.
func approximateTitles(ctx context.Context, store *data.Store, pattern string, limit int, seen map[int64]bool) ([]Hit, error) {
	pattern = strings.TrimSpace(pattern)
	if len([]rune(pattern)) < 3 {
		return nil, nil
	}
	titles, err := store.Titles(ctx)
	if err != nil {
		return nil, err
	}
	src := titleSource(titles)
	var out []Hit
	for _, m := range fuzzy.FindFrom(pattern, src) {
		if len(out) >= limit {
			break
		}
		a := titles[m.Index]
		if seen[a.ID] || !compact(m.MatchedIndexes, len([]rune(pattern))) {
			continue
		}
		out = append(out, Hit{ArticleSummary: a, Approximate: true})
	}
	return out, nil
}

// compact accepts a fuzzy match whose matched characters fall into few runs,
// which is what a typed abbreviation or a slightly wrong word looks like.
func compact(idx []int, n int) bool {
	if len(idx) == 0 {
		return false
	}
	runs := 1
	for i := 1; i < len(idx); i++ {
		if idx[i] != idx[i-1]+1 {
			runs++
		}
	}
	return runs <= 1+n/4
}

type titleSource []data.ArticleSummary

func (t titleSource) String(i int) string { return t[i].Title }
func (t titleSource) Len() int            { return len(t) }
