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
	// EntityIDs keeps events with any of these entities as actor or place.
	EntityIDs []int64
	From, To  string // inclusive YYYY-MM-DD bounds on the event date
	Limit     int    // 0: no limit
}

// Events returns events in date order with their actors and places.
func (s *Store) Events(ctx context.Context, f EventFilter) ([]Event, error) {
	q := `SELECT e.id, coalesce(e.article_id, 0), coalesce(a.title, ''), coalesce(a.url, ''), coalesce(a.source, ''),
		e.start, e.end, e.date, e.precision, e.summary, e.sentence, e.caption, e.confidence, e.status
		FROM events e LEFT JOIN articles a ON a.id = e.article_id WHERE 1`
	var args []any
	if len(f.EntityIDs) > 0 {
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
			&e.Precision, &e.Summary, &e.Sentence, &e.Caption, &e.Confidence, &e.Status); err != nil {
			return nil, err
		}
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
	return events, prows.Err()
}
