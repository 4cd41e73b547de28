// Package search turns what a researcher types into results: a forgiving
// query language (words, "phrases", -exclusions, OR, prefix*, and filters
// such as source: or after:) compiled to a safe FTS5 expression, ranked by
// bm25 (or most recently added first when the words are too common to rank
// quickly), followed by approximate matches over the collection's
// vocabulary (title words, entity names and aliases, folded for
// transliteration), with facet counts for the same query. Any input gives
// results or an empty list with a hint: user text is never passed to SQL
// or FTS5 unquoted.
package search

import (
	"strings"
	"time"
	"unicode"
)

// Query is a parsed search.
type Query struct {
	// Groups are OR-ed; the terms inside a group are AND-ed.
	Groups   [][]Term
	Excluded []Term
	Filters  Filters
	// Hint explains what was ignored or repaired in the input, if anything.
	Hint string
}

// Term is one word or phrase.
type Term struct {
	Text   string
	Phrase bool
	Prefix bool
	// alts, when set, replace a prefix with the words it completes to
	// (see Run): FTS5 merges every document list of a prefix before
	// returning the first row, which for a common prefix is slow.
	alts []string
}

// Filters narrow results by metadata.
type Filters struct {
	Source  string
	Tag     string
	Entity  string
	Place   string
	After   string // YYYY-MM-DD, inclusive
	Before  string // YYYY-MM-DD, inclusive
	Undated bool
	Starred bool // is:starred
}

// Words returns the positive terms' text, for approximate matching.
func (q Query) Words() []string {
	var w []string
	for _, g := range q.Groups {
		for _, t := range g {
			w = append(w, t.Text)
		}
	}
	return w
}

// Empty reports whether the query has no terms and no filters.
func (q Query) Empty() bool {
	return len(q.Groups) == 0 && len(q.Excluded) == 0 && q.Filters == (Filters{})
}

// Parse reads a query. It never fails: unbalanced quotes close at the end,
// lone operators are dropped, and unknown filters are searched as words.
// With prefixLast, the last bare word also matches as a prefix (search as
// you type: "Halfa" finds "Halfaya").
func Parse(input string, prefixLast bool) Query {
	var q Query
	var hints []string
	group := []Term{}
	pendingOr := false
	rs := []rune(input)
	i := 0
	lastBare := -1 // index in group of the last bare word, for prefixLast
	endsInSpace := len(rs) > 0 && unicode.IsSpace(rs[len(rs)-1])
	for i < len(rs) {
		if unicode.IsSpace(rs[i]) {
			i++
			continue
		}
		neg := false
		if rs[i] == '-' && i+1 < len(rs) && !unicode.IsSpace(rs[i+1]) && rs[i+1] != '-' {
			neg = true
			i++
		}
		var t Term
		if isQuote(rs[i]) {
			j := i + 1
			for j < len(rs) && !isQuote(rs[j]) {
				j++
			}
			if j >= len(rs) {
				hints = append(hints, "closed an unbalanced quote")
			}
			t = Term{Text: strings.TrimSpace(string(rs[i+1 : min(j, len(rs))])), Phrase: true}
			i = j + 1
		} else {
			j := i
			for j < len(rs) && !unicode.IsSpace(rs[j]) {
				// A quoted filter value may hold spaces: entity:"Free Syrian Army".
				if isQuote(rs[j]) && j > i && rs[j-1] == ':' {
					k := j + 1
					for k < len(rs) && !isQuote(rs[k]) {
						k++
					}
					if k >= len(rs) {
						hints = append(hints, "closed an unbalanced quote")
					}
					j = min(k+1, len(rs))
					continue
				}
				j++
			}
			word := string(rs[i:j])
			i = j
			if !neg && word == "OR" {
				pendingOr = len(group) > 0
				continue
			}
			if !neg && applyFilter(&q.Filters, word, &hints) {
				continue
			}
			if strings.HasSuffix(word, "*") {
				t.Prefix = true
				word = strings.TrimRight(word, "*")
			}
			t.Text = word
		}
		if cleanTerm(t.Text) == "" {
			continue
		}
		if neg {
			q.Excluded = append(q.Excluded, t)
			continue
		}
		if pendingOr {
			q.Groups = append(q.Groups, group)
			group = []Term{}
			pendingOr = false
		}
		group = append(group, t)
		if !t.Phrase {
			lastBare = len(group) - 1
		} else {
			lastBare = -1
		}
	}
	// One or two typed letters would match most of the vocabulary: the
	// word is then searched as it stands until it grows.
	if prefixLast && !endsInSpace && lastBare >= 0 && lastBare == len(group)-1 && len([]rune(cleanTerm(group[lastBare].Text))) >= 3 {
		group[lastBare].Prefix = true
	}
	if len(group) > 0 {
		q.Groups = append(q.Groups, group)
	}
	q.Hint = strings.Join(hints, "; ")
	return q
}

// applyFilter recognises key:value filters; it reports false for a word
// that only looks like one, which is then searched as a word.
func applyFilter(f *Filters, word string, hints *[]string) bool {
	if word == "undated" {
		f.Undated = true
		return true
	}
	if strings.EqualFold(word, "is:starred") {
		f.Starred = true
		return true
	}
	key, value, ok := strings.Cut(word, ":")
	if !ok || value == "" {
		return false
	}
	value = strings.TrimSpace(strings.Trim(value, `"“”`))
	switch strings.ToLower(key) {
	case "source", "tag", "entity", "place", "after", "before":
		if value == "" {
			*hints = append(*hints, key+": wants a value")
			return true
		}
	}
	switch strings.ToLower(key) {
	case "source":
		f.Source = value
	case "tag":
		f.Tag = value
	case "entity":
		f.Entity = value
	case "place":
		f.Place = value
	case "after", "before":
		d, ok := parseDay(value)
		if !ok {
			*hints = append(*hints, key+": wants a date like 2017-04-24")
			return true
		}
		if strings.ToLower(key) == "after" {
			f.After = d
		} else {
			f.Before = d
		}
	default:
		return false
	}
	return true
}

func isQuote(r rune) bool { return r == '"' || r == '“' || r == '”' }

func parseDay(s string) (string, bool) {
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2006-01-02"), true
		}
	}
	return "", false
}

// cleanTerm keeps the letters and digits of a term, which is all that the
// unicode61 tokenizer indexes; a term without any matches nothing.
func cleanTerm(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}

// FTS compiles the positive terms to an FTS5 MATCH expression, with every
// term quoted so no user text is read as FTS5 syntax. It returns "" when the
// query has no positive terms.
func (q Query) FTS() string {
	var groups []string
	for _, g := range q.Groups {
		var parts []string
		for _, t := range g {
			parts = append(parts, ftsTerm(t))
		}
		if len(parts) > 0 {
			groups = append(groups, "("+strings.Join(parts, " AND ")+")")
		}
	}
	return strings.Join(groups, " OR ")
}

// ExcludedFTS compiles the excluded terms to one MATCH expression (any of them).
func (q Query) ExcludedFTS() string {
	var parts []string
	for _, t := range q.Excluded {
		parts = append(parts, ftsTerm(t))
	}
	return strings.Join(parts, " OR ")
}

func ftsTerm(t Term) string {
	if len(t.alts) > 0 {
		alts := make([]string, len(t.alts))
		for i, a := range t.alts {
			alts[i] = ftsTerm(Term{Text: a})
		}
		return "(" + strings.Join(alts, " OR ") + ")"
	}
	s := `"` + strings.ReplaceAll(cleanTerm(t.Text), `"`, `""`) + `"`
	if t.Prefix {
		s += "*"
	}
	return s
}
