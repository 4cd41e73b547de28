// Package analysis runs extraction on articles as they are stored: it turns
// app/extract's result on an article's analysed text (title, blank line,
// body) into what the store keeps, adding gazetteer coordinates to places.
// It is the one place that knows both the extractor and the store.
package analysis

import (
	"strings"
	"time"

	"dossier/app/extract"
	"dossier/data"
)

// Analyzer extracts entities, time expressions and events from articles.
// It is safe for concurrent use by the import workers.
type Analyzer struct {
	x *extract.Extractor
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
	r := a.x.Extract(text, pub)
	ex := &data.Extraction{}
	for _, e := range r.Entities {
		name := e.Canonical
		if strings.TrimSpace(name) == "" {
			name = e.Text
		}
		ref := data.EntityRef{Name: name, Type: e.Type}
		if e.Type == "PLACE" {
			if p := a.x.LookupPlace(name); p != nil {
				ref.Country = p.Country
				if p.Lat != 0 || p.Lon != 0 {
					lat, lon := p.Lat, p.Lon
					ref.Latitude, ref.Longitude = &lat, &lon
				}
			}
		}
		ex.Mentions = append(ex.Mentions, data.ExtractedMention{Start: e.Start, End: e.End, Text: e.Text, Entity: ref, Confidence: e.Confidence})
	}
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
