package search

import (
	"context"
	"fmt"
	"strings"

	"dossier/data"
)

// Hit is one result and why it matched.
type Hit struct {
	data.ArticleSummary
	// Approximate is true when the article was found by an approximate
	// spelling of the words or of an entity's name, not by the words
	// themselves.
	Approximate bool
	// Why says in a few words why the article is here: "words", "filters",
	// "words ≈ lataminah", "entity ≈ Mohammad Rasheed".
	Why string
}

// Orders shown to the user (Result.Order).
const (
	OrderRelevance    = "relevance"
	OrderNewest       = "newest first"
	OrderNewestCommon = "most recently added first (common words)"
)

// Result is what a search returns.
type Result struct {
	Hits []Hit
	// Hint tells the user what was repaired in the query or why nothing matched.
	Hint string
	// Order is how the exact matches are sorted: by relevance; the most
	// recently added first when the words are so common that ranking every
	// match would make the search slow (OrderNewestCommon); newest
	// published first when there are no words, only filters.
	Order string
	// Suggestions are entity names the words approximately spell ("Rashid":
	// "Mohammad Rasheed"), best first.
	Suggestions []string
}

// Options tune one search.
type Options struct {
	Limit int
	// AsYouType matches the last word as a prefix while it is being typed.
	AsYouType bool
	// EntityIDs narrows to articles that mention any of these entities
	// (the sidebar's selection), or all of them with AllEntities.
	EntityIDs   []int64
	AllEntities bool
	// Starred narrows to starred articles.
	Starred bool
}

// rankLimit is the most matches ranked by bm25. Ranking reads every match
// (positions and document length): about 7.5 µs each at 100,000 articles
// on the 2-core reference machine, so 2,000 matches cost some 15 ms. Beyond
// it the exact matches are listed most recently added first, which stops
// after one page. A variable so tests can lower it.
var rankLimit = 2000

// Run searches the collection. Exact matches come first (ranked by bm25,
// or the most recently added first when the words are too common to rank
// quickly; Result.Order says which); when they are fewer than the limit,
// approximate matches follow, marked and explained (Hit.Why): articles
// that mention an entity whose name or alias the words approximately spell
// (transliteration-folded), then articles with approximate spellings of the
// words from the collection's vocabulary.
func Run(ctx context.Context, store *data.Store, input string, opt Options) (Result, error) {
	if opt.Limit <= 0 {
		opt.Limit = 50
	}
	q := Parse(input, opt.AsYouType)
	res := Result{Hits: []Hit{}, Hint: q.Hint, Suggestions: []string{}}
	ix, err := indexFor(ctx, store)
	if err != nil {
		return res, err
	}
	if err := ix.expandPrefixes(ctx, store, &q); err != nil {
		return res, err
	}
	spec, hints := compile(ix, q, opt)
	res.Hint = joinHints(res.Hint, hints)
	why := "words"
	switch {
	case spec.Match == "":
		spec.Order = data.OrderNewest
		res.Order = OrderNewest
		why = "filters"
	default:
		n, err := ix.estimate(ctx, store, q.Groups)
		if err != nil {
			return res, err
		}
		if n > rankLimit && !singleWord(q) {
			// The vocabulary bounds a phrase or several words by their
			// rarest word; the matches themselves may be few ("nerve
			// agent"), which a walk stopping at rankLimit tells cheaply.
			if n, err = store.CountMatches(ctx, spec.Match, rankLimit+1); err != nil {
				return res, err
			}
		}
		spec.Order, res.Order = data.OrderRelevance, OrderRelevance
		if n > rankLimit {
			spec.Order, res.Order = data.OrderRecent, OrderNewestCommon
		}
	}
	hits, err := store.Search(ctx, spec)
	if err != nil {
		return res, err
	}
	var seen []int64
	for _, h := range hits {
		res.Hits = append(res.Hits, Hit{ArticleSummary: h, Why: why})
		seen = append(seen, h.ID)
	}
	words := q.Words()
	if len(words) > 0 {
		text := strings.Join(words, " ")
		// Approximate names are looked up even when the words matched, so
		// "Rashid" suggests "Mohammad Rasheed" either way.
		matches := ix.lookupNames(text, "", 5)
		for _, m := range matches {
			if !(m.Exact && strings.EqualFold(m.Name, text)) && !containsFold(res.Suggestions, m.Entity) {
				res.Suggestions = append(res.Suggestions, m.Entity)
			}
		}
		if len(res.Hits) < opt.Limit && len(spec.EntityMatch) == 0 {
			if seen, err = res.addEntityHits(ctx, store, spec, matches, opt.Limit, seen); err != nil {
				return res, err
			}
		}
		if len(res.Hits) < opt.Limit {
			if _, err = res.addVariantHits(ctx, store, ix, spec, q, opt.Limit, seen); err != nil {
				return res, err
			}
		}
	}
	if len(res.Hits) == 0 && res.Hint == "" {
		res.Hint = "no article matches; try fewer words or a shorter prefix"
	}
	return res, nil
}

// compile turns the parsed query into a store search: the exact words and
// the filters, with entity: and place: resolved through the name index so
// aliases and transliteration variants count.
func compile(ix *nameIndex, q Query, opt Options) (data.SearchSpec, []string) {
	f := q.Filters
	spec := data.SearchSpec{Match: q.FTS(), Exclude: q.ExcludedFTS(), Source: f.Source, Tag: f.Tag,
		Entity: f.Entity, Place: f.Place, After: f.After, Before: f.Before, Undated: f.Undated,
		Starred: f.Starred || opt.Starred, Limit: opt.Limit, EntityIDs: opt.EntityIDs, AllEntities: opt.AllEntities, Highlight: highlights(q.Groups)}
	var hints []string
	if f.Entity != "" {
		ids, hint := resolve(ix, "entity", f.Entity, "")
		spec.EntityMatch = ids
		hints = append(hints, hint)
	}
	if f.Place != "" {
		ids, hint := resolve(ix, "place", f.Place, "PLACE")
		spec.PlaceMatch = ids
		hints = append(hints, hint)
	}
	return spec, hints
}

// resolve finds the entities a filter value names: every entity whose name
// or alias folds to the same key, or else the closest approximate ones
// (with a hint saying so).
func resolve(ix *nameIndex, key, value, typ string) ([]int64, string) {
	ms := ix.lookupNames(value, typ, 20)
	var ids []int64
	for _, m := range ms {
		if m.Exact {
			ids = append(ids, m.EntityID)
		}
	}
	if len(ids) > 0 {
		return ids, ""
	}
	for _, m := range ms {
		if m.Cost == ms[0].Cost {
			ids = append(ids, m.EntityID)
		}
	}
	if len(ids) == 0 {
		return nil, fmt.Sprintf("%s: no entity is called %q", key, value)
	}
	return ids, fmt.Sprintf("%s:%s ≈ %s", key, value, ms[0].Entity)
}

// addEntityHits adds the articles that mention the entities the words
// approximately name, best name first.
func (res *Result) addEntityHits(ctx context.Context, store *data.Store, spec data.SearchSpec, matches []nameMatch, limit int, seen []int64) ([]int64, error) {
	for k, m := range matches {
		if k == 3 || len(res.Hits) >= limit {
			break
		}
		if m.Covered < 0.5 {
			continue
		}
		s := spec
		s.Match, s.Order = "", data.OrderNewest
		s.EntityMatch = []int64{m.EntityID}
		s.Exclusions = seen
		s.Limit = limit - len(res.Hits)
		s.Highlight = nil
		for _, w := range append(tokens(m.Name), tokens(m.Entity)...) {
			// Particles ("a", "al") would mark half the snippet.
			if len(w) > 2 || len(tokens(m.Name)) == 1 {
				s.Highlight = append(s.Highlight, w)
			}
		}
		hits, err := store.Search(ctx, s)
		if err != nil {
			return seen, err
		}
		why := "entity ≈ " + m.Entity
		if m.Name != m.Entity {
			why += " (" + m.Name + ")"
		}
		for _, h := range hits {
			res.Hits = append(res.Hits, Hit{ArticleSummary: h, Approximate: true, Why: why})
			seen = append(seen, h.ID)
		}
	}
	return seen, nil
}

// addVariantHits searches again with each word widened to its approximate
// spellings in the collection's vocabulary ("latamneh" OR "lataminah").
func (res *Result) addVariantHits(ctx context.Context, store *data.Store, ix *nameIndex, spec data.SearchSpec, q Query, limit int, seen []int64) ([]int64, error) {
	var used []string
	var groups []string
	var wide [][]Term
	for _, g := range q.Groups {
		var parts []string
		var wg []Term
		for _, t := range g {
			toks := tokens(t.Text)
			if t.Phrase || len(toks) != 1 {
				parts = append(parts, ftsTerm(t))
				wg = append(wg, t)
				continue
			}
			alts := []string{ftsTerm(t)}
			wg = append(wg, t)
			for k, v := range ix.words.similar(toks[0]) {
				if k == 4 {
					break
				}
				alts = append(alts, ftsTerm(Term{Text: v}))
				wg = append(wg, Term{Text: v})
				used = append(used, v)
			}
			parts = append(parts, "("+strings.Join(alts, " OR ")+")")
		}
		groups = append(groups, "("+strings.Join(parts, " AND ")+")")
		wide = append(wide, wg)
	}
	if len(used) == 0 {
		return seen, nil
	}
	s := spec
	s.Match = strings.Join(groups, " OR ")
	s.Exclusions = seen
	s.Limit = limit - len(res.Hits)
	s.Highlight = highlights(wide)
	// The estimate over every spelling is an upper bound, which is enough
	// to keep a misspelt common word from being ranked over every match.
	n, err := ix.estimateAny(ctx, store, wide)
	if err != nil {
		return seen, err
	}
	s.Order = data.OrderRelevance
	if n > rankLimit {
		s.Order = data.OrderRecent
	}
	hits, err := store.Search(ctx, s)
	if err != nil {
		return seen, err
	}
	why := "words ≈ " + strings.Join(used[:min(len(used), 3)], ", ")
	for _, h := range hits {
		res.Hits = append(res.Hits, Hit{ArticleSummary: h, Approximate: true, Why: why})
		seen = append(seen, h.ID)
	}
	return seen, nil
}

// estimate bounds how many articles match the groups (OR of ANDs) from
// the FTS5 vocabulary: a group matches at most as many articles as its
// rarest word.
func (ix *nameIndex) estimate(ctx context.Context, store *data.Store, groups [][]Term) (int, error) {
	total := 0
	for _, g := range groups {
		least := -1
		for _, t := range g {
			if len(t.alts) > 0 {
				// Only common prefixes are expanded.
				least = max(least, rankLimit+1)
				continue
			}
			toks := tokens(t.Text)
			for k, tok := range toks {
				n, err := ix.termDocs(ctx, store, tok, t.Prefix && k == len(toks)-1)
				if err != nil {
					return 0, err
				}
				if least < 0 || n < least {
					least = n
				}
			}
		}
		total += max(least, 0)
	}
	return total, nil
}

// expandPrefixes replaces each common prefix by the words of the
// vocabulary it completes to. A prefix is common when its shortest
// completions alone are in more articles than are ranked.
func (ix *nameIndex) expandPrefixes(ctx context.Context, store *data.Store, q *Query) error {
	const maxAlts = 32
	for _, g := range q.Groups {
		for i, t := range g {
			toks := tokens(t.Text)
			if !t.Prefix || t.Phrase || len(toks) != 1 {
				continue
			}
			comps := ix.words.completions(toks[0], maxAlts)
			n := 0
			for _, c := range comps[:min(3, len(comps))] {
				docs, err := ix.termDocs(ctx, store, c, false)
				if err != nil {
					return err
				}
				n += docs
			}
			if n > rankLimit {
				g[i].alts = comps[:min(maxAlts, len(comps))]
			}
		}
	}
	return nil
}

// estimateAny is estimate for groups whose terms are alternatives (the
// widened query): it adds up every term's count.
func (ix *nameIndex) estimateAny(ctx context.Context, store *data.Store, groups [][]Term) (int, error) {
	total := 0
	for _, g := range groups {
		for _, t := range g {
			n, err := ix.estimate(ctx, store, [][]Term{{t}})
			if err != nil {
				return 0, err
			}
			total += n
		}
	}
	return total, nil
}

// singleWord reports whether the query is one plain word, whose count the
// vocabulary gives exactly.
func singleWord(q Query) bool {
	return len(q.Groups) == 1 && len(q.Groups[0]) == 1 && !q.Groups[0][0].Prefix && len(tokens(q.Groups[0][0].Text)) == 1
}

// highlights returns the folded words of the terms, as snippets mark them.
func highlights(groups [][]Term) []string {
	var out []string
	for _, g := range groups {
		for _, t := range g {
			toks := tokens(t.Text)
			for k, tok := range toks {
				if t.Prefix && k == len(toks)-1 {
					tok += "*"
				}
				out = append(out, tok)
			}
		}
	}
	return out
}

func joinHints(h string, more []string) string {
	for _, m := range more {
		if m == "" {
			continue
		}
		if h != "" {
			h += "; "
		}
		h += m
	}
	return h
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}
