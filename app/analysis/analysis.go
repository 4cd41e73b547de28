// Package analysis runs extraction on articles as they are stored: it turns
// app/extract's result on an article's analysed text (title, blank line,
// body) into what the store keeps, adding gazetteer coordinates to places.
// It is the one place that knows both the extractor and the store.
package analysis

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"dossier/app/extract"
	"dossier/data"
)

// Analyzer extracts entities, time expressions and events from articles.
// It is safe for concurrent use by the import workers once its watchlist
// is set.
type Analyzer struct {
	x *extract.Extractor
	// watch are the user's names that are always found.
	watch []data.Watch
}

// WithWatchlist returns an analyzer that also finds the user's watched
// names wherever they occur (whole words, case-insensitive), where the
// tagger found nothing.
func (a *Analyzer) WithWatchlist(w []data.Watch) *Analyzer {
	return &Analyzer{x: a.x, watch: w}
}

// New loads the embedded extraction model.
func New() (*Analyzer, error) {
	x, err := extract.New()
	if err != nil {
		return nil, err
	}
	return &Analyzer{x: x}, nil
}

// Analyze extracts from an article. published is YYYY-MM-DD or empty: an
// undated article keeps its relative dates unresolved (and makes no events
// from them) until it has a date.
func (a *Analyzer) Analyze(title, body, published string) *data.Extraction {
	var pub time.Time
	if published != "" {
		pub, _ = time.Parse("2006-01-02", published)
	}
	text := data.AnalysedText(title, body)
	// relative dates resolve against the article's own page stamp where it
	// has one that disagrees with the imported date
	r, _ := a.x.ExtractStamped(text, pub)
	ex := &data.Extraction{}
	for _, e := range r.Entities {
		name := e.Canonical
		if strings.TrimSpace(name) == "" {
			name = e.Text
		}
		ref := data.EntityRef{Name: name, Type: e.Type}
		if p := a.placeOf(e.Type, name); p != nil && (e.Type == "PLACE" || p.State) {
			// The tagger calls a state that acts a party ("Turkey said"), as
			// conflict annotation does; the collection keeps one Turkey, the
			// place, and events still list it among their actors (they
			// resolve participants by name, whatever the entity's type).
			ref.Type = "PLACE"
			ref.Country = p.Country
			if p.Lat != 0 || p.Lon != 0 {
				lat, lon := p.Lat, p.Lon
				ref.Latitude, ref.Longitude = &lat, &lon
			}
		}
		ex.Mentions = append(ex.Mentions, data.ExtractedMention{Start: e.Start, End: e.End, Text: e.Text, Entity: ref, Confidence: e.Confidence})
	}
	ex.Mentions = a.applyWatchlist(text, ex.Mentions)
	for _, t := range r.Timexes {
		ex.Timexes = append(ex.Timexes, data.ExtractedTimex{Start: t.Start, End: t.End, Text: t.Text, Type: t.Type,
			Value: t.Value, Mod: t.Mod, Confidence: t.Confidence})
	}
	for _, e := range r.Events {
		if strings.HasPrefix(e.Date, "X") {
			continue // not resolved: no place on a timeline
		}
		sentence := ""
		if e.Start >= 0 && e.End <= len(text) && e.Start < e.End {
			sentence = text[e.Start:e.End]
		}
		ex.Events = append(ex.Events, data.ExtractedEvent{Start: e.Start, End: e.End, Date: e.Date, Precision: e.Precision,
			Summary: e.Summary, Sentence: sentence, Caption: e.Caption, Confidence: e.Confidence, Actors: e.Actors, Places: e.Places})
	}
	return ex
}

// AnalyzeSafe is Analyze that turns a panic in the extractor (a bug, never
// the user's fault) into an error, so one article cannot stop a run or the
// window.
func (a *Analyzer) AnalyzeSafe(title, body, published string) (ex *data.Extraction, err error) {
	defer func() {
		if r := recover(); r != nil {
			ex, err = nil, fmt.Errorf("internal error in extraction of %q (%v)", title, r)
		}
	}()
	return a.Analyze(title, body, published), nil
}

// placeOf is the gazetteer's place for a PLACE or ORG mention (a state
// the tagger called a party), nil for people and unknown names.
func (a *Analyzer) placeOf(typ, name string) *extract.Place {
	if typ != "PLACE" && typ != "ORG" {
		return nil
	}
	return a.x.LookupPlace(name)
}

// applyWatchlist adds every whole-word, case-insensitive occurrence of a
// watched name. The user's list wins: a tagger mention that overlaps a
// watched occurrence (a watched ORG the tagger called a PLACE) gives way.
func (a *Analyzer) applyWatchlist(text string, mentions []data.ExtractedMention) []data.ExtractedMention {
	if len(a.watch) == 0 {
		return mentions
	}
	lower := strings.ToLower(text)
	var watched []data.ExtractedMention
	overlaps := func(list []data.ExtractedMention, start, end int) bool {
		for _, m := range list {
			if start < m.End && m.Start < end {
				return true
			}
		}
		return false
	}
	// Longer names first, so "Free Syrian Army" is not cut to "Syrian Army".
	watch := append([]data.Watch(nil), a.watch...)
	sort.SliceStable(watch, func(i, j int) bool { return len(watch[i].Name) > len(watch[j].Name) })
	for _, w := range watch {
		name := strings.ToLower(w.Name)
		if name == "" || len(name) != len(w.Name) {
			continue // lower-casing changed its length: offsets would not carry over
		}
		for from := 0; ; {
			i := strings.Index(lower[from:], name)
			if i < 0 {
				break
			}
			start, end := from+i, from+i+len(name)
			from = end
			if !wordBoundary(text, start, end) || overlaps(watched, start, end) {
				continue
			}
			watched = append(watched, data.ExtractedMention{Start: start, End: end, Text: text[start:end],
				Entity: data.EntityRef{Name: w.Name, Type: w.Type}, Confidence: 1})
		}
	}
	kept := watched
	for _, m := range mentions {
		if !overlaps(watched, m.Start, m.End) {
			kept = append(kept, m)
		}
	}
	sort.SliceStable(kept, func(i, j int) bool { return kept[i].Start < kept[j].Start })
	return kept
}

func wordBoundary(text string, start, end int) bool {
	isWord := func(b byte) bool {
		return b >= 0x80 || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
	}
	return (start == 0 || !isWord(text[start-1])) && (end == len(text) || !isWord(text[end]))
}
