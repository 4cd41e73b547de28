package extract

import (
	"strings"
	"time"
)

// WatchName is a name the user wants always found, with its type (PERSON,
// ORG or PLACE) and the other spellings it goes by.
type WatchName struct {
	Name    string
	Type    string
	Aliases []string
}

// UserLists are the analyst's own lists, which win over the extractor:
// watched names are always tagged (with their canonical Name), ignored
// names ("not an entity") never come back.
type UserLists struct {
	Watch  []WatchName
	Ignore []string
}

// ExtractWith is Extract with the user's lists applied.
func (x *Extractor) ExtractWith(text string, pub time.Time, lists UserLists) Result {
	if len(lists.Watch) == 0 && len(lists.Ignore) == 0 {
		return x.Extract(text, pub)
	}
	doc := newDocument(text)
	r := Result{}
	r.Timexes = x.findTimexes(doc, pub)
	r.Entities = applyLists(doc, x.findEntities(doc, r.Timexes), r.Timexes, lists)
	r.Events = x.findEvents(doc, r.Entities, r.Timexes)
	return r
}

// applyLists drops ignored names and adds every occurrence of a watched
// name, replacing whatever the extractor found in its place.
func applyLists(d *document, ents []Entity, timexes []Timex, lists UserLists) []Entity {
	ignore := map[string]bool{}
	for _, n := range lists.Ignore {
		ignore[NormKey(n)] = true
	}
	watch := newActorList()
	for _, w := range lists.Watch {
		a := &actor{Name: w.Name, Type: strings.ToUpper(w.Type)}
		for _, n := range append([]string{w.Name}, w.Aliases...) {
			watch.addName(a, n)
		}
	}
	inTimex := timexTokens(d, timexes)
	var found []Entity
	for _, s := range d.sents {
		words := make([]string, s.To-s.From)
		for k := range words {
			words[k] = d.toks[s.From+k].Text
		}
		f := newSentFeats(words, nil, watch)
		for i := 0; i < len(words); i++ {
			if f.listed[i] != 'B' || inTimex[s.From+i] {
				continue
			}
			j := i + 1
			for j < len(words) && f.listed[j] == 'I' {
				j++
			}
			if a := watch.get(joinClitics(words[i:j])); a != nil {
				start, end := d.toks[s.From+i].Start, d.toks[s.From+j-1].End
				found = append(found, Entity{Start: start, End: end, Text: d.text[start:end], Type: a.Type, Canonical: a.Name, Confidence: 1})
			}
			i = j - 1
		}
	}
	out := make([]Entity, 0, len(ents)+len(found))
	k := 0
	for _, e := range ents {
		if ignore[NormKey(e.Text)] || ignore[NormKey(e.Canonical)] {
			continue
		}
		// watched names first, in text order, and extractor entities that do not overlap them
		for k < len(found) && found[k].Start < e.Start {
			out = append(out, found[k])
			k++
		}
		overlaps := false
		for _, w := range found {
			if w.Start < e.End && e.Start < w.End {
				overlaps = true
				break
			}
		}
		if !overlaps {
			out = append(out, e)
		}
	}
	return append(out, found[k:]...)
}
