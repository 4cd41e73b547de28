package data

import (
	"context"
	"strings"
)

// Event is a dated event as the timeline and the exports show it.
type Event struct {
	ID           int64
	ArticleID    int64
	ArticleTitle string
	ArticleURL   string
	Source       string
	Start, End   int // the sentence, in the article's analysed text
	Date         string
	Precision    string // day, week, month or year
	Summary      string
	Sentence     string
	Caption      bool
	Confidence   float64
	Status       string // extracted, edited, manual or reviewed
	Actors       []string
	Places       []Place
	// ClusterID groups reports of the same event (0: reported once).
	ClusterID int64
	// Reports are the articles that tell the event; with EventFilter.Grouped
	// a group is one Event with all its reports.
	Reports []Report
}

// Report is one article telling an event.
type Report struct {
	EventID   int64
	ArticleID int64
	Title     string
	Source    string
	URL       string
}

// Place is an event's place with what the gazetteer knows of it.
type Place struct {
	Name      string
	Country   string
	Latitude  *float64
	Longitude *float64
}

// EventFilter selects events; the zero value selects all.
type EventFilter struct {
	// EntityIDs keeps events with any of these entities as actor or place
	// (all of them with AllEntities).
	EntityIDs   []int64
	AllEntities bool
	From, To    string // inclusive YYYY-MM-DD bounds on the event date
	Limit       int    // 0: no limit
	// Grouped returns one Event per group of reports of the same event
	// (the earliest report's, with every report listed).
	Grouped bool
}

// Events returns events in date order with their actors and places.
func (s *Store) Events(ctx context.Context, f EventFilter) ([]Event, error) {
	q := `SELECT e.id, coalesce(e.article_id, 0), coalesce(a.title, ''), coalesce(a.url, ''), coalesce(a.source, ''),
		e.start, e.end, e.date, e.precision, e.summary, e.sentence, e.caption, e.confidence, e.status,
		coalesce(e.cluster_id, 0)
		FROM events e LEFT JOIN articles a ON a.id = e.article_id WHERE 1`
	var args []any
	switch {
	case len(f.EntityIDs) > 0 && f.AllEntities:
		for _, id := range f.EntityIDs {
			q += ` AND e.id IN (SELECT event_id FROM event_participants WHERE entity_id = ?)`
			args = append(args, id)
		}
	case len(f.EntityIDs) > 0:
		q += ` AND e.id IN (SELECT event_id FROM event_participants WHERE entity_id IN (` +
			strings.TrimSuffix(strings.Repeat("?,", len(f.EntityIDs)), ",") + `))`
		for _, id := range f.EntityIDs {
			args = append(args, id)
		}
	}
	if f.From != "" {
		q += ` AND e.date >= ?`
		args = append(args, f.From)
	}
	if f.To != "" {
		q += ` AND e.date <= ?`
		args = append(args, f.To)
	}
	q += ` ORDER BY e.date, e.id`
	if f.Limit > 0 {
		q += ` LIMIT ?`
		args = append(args, f.Limit)
	}
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	events := []Event{}
	index := map[int64]int{}
	for rows.Next() {
		var e Event
		if err := rows.Scan(&e.ID, &e.ArticleID, &e.ArticleTitle, &e.ArticleURL, &e.Source, &e.Start, &e.End, &e.Date,
			&e.Precision, &e.Summary, &e.Sentence, &e.Caption, &e.Confidence, &e.Status, &e.ClusterID); err != nil {
			return nil, err
		}
		e.Reports = []Report{{EventID: e.ID, ArticleID: e.ArticleID, Title: e.ArticleTitle, Source: e.Source, URL: e.ArticleURL}}
		index[e.ID] = len(events)
		events = append(events, e)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows.Close()
	if len(events) == 0 {
		return events, nil
	}
	// Participants in one query (not one per event); those of events
	// outside the filter are skipped.
	prows, err := s.db.QueryContext(ctx, `SELECT p.event_id, p.role, en.name, en.country, en.latitude, en.longitude
		FROM event_participants p JOIN entities en ON en.id = p.entity_id
		WHERE en.hidden = 0 ORDER BY p.event_id, p.role, en.name`)
	if err != nil {
		return nil, err
	}
	defer prows.Close()
	for prows.Next() {
		var id int64
		var role string
		var pl Place
		if err := prows.Scan(&id, &role, &pl.Name, &pl.Country, &pl.Latitude, &pl.Longitude); err != nil {
			return nil, err
		}
		i, ok := index[id]
		if !ok {
			continue
		}
		if role == "actor" {
			events[i].Actors = append(events[i].Actors, pl.Name)
		} else {
			events[i].Places = append(events[i].Places, pl)
		}
	}
	if err := prows.Err(); err != nil {
		return nil, err
	}
	if f.Grouped {
		events = groupReports(events)
	}
	return events, nil
}

// groupReports folds each group of reports into its first event, adding
// the others' reports, actors and places.
func groupReports(events []Event) []Event {
	first := map[int64]int{} // cluster → index in out
	out := events[:0:0]
	for _, e := range events {
		if e.ClusterID == 0 {
			out = append(out, e)
			continue
		}
		i, seen := first[e.ClusterID]
		if !seen {
			first[e.ClusterID] = len(out)
			out = append(out, e)
			continue
		}
		g := &out[i]
		g.Reports = append(g.Reports, e.Reports...)
		for _, a := range e.Actors {
			if !contains(g.Actors, a) {
				g.Actors = append(g.Actors, a)
			}
		}
		for _, p := range e.Places {
			known := false
			for _, q := range g.Places {
				known = known || q.Name == p.Name
			}
			if !known {
				g.Places = append(g.Places, p)
			}
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Sources lists the distinct sources of an event's reports.
func (e Event) Sources() []string {
	var out []string
	for _, r := range e.Reports {
		if r.Source != "" && !contains(out, r.Source) {
			out = append(out, r.Source)
		}
	}
	return out
}
