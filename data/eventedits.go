package data

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
)

// EventEdit is the analyst's version of an event.
type EventEdit struct {
	Date      string // YYYY-MM-DD, the first day of the period
	Precision string // day, week, month or year
	Summary   string
	Actors    []string // entity names (or aliases); unknown names become new entities
	Places    []string
}

func (e EventEdit) validate() error {
	if _, err := time.Parse("2006-01-02", e.Date); err != nil {
		return fmt.Errorf("date %q: want YYYY-MM-DD", e.Date)
	}
	switch e.Precision {
	case "day", "week", "month", "year":
	default:
		return fmt.Errorf("precision %q: want day, week, month or year", e.Precision)
	}
	if strings.TrimSpace(e.Summary) == "" {
		return errors.New("the summary is empty")
	}
	return nil
}

// eventCorrection runs fn on the events it touches and records it in the
// history with a snapshot of those events, so it can be undone.
func (s *Store) eventCorrection(ctx context.Context, action string, touched []int64, fn func(w *txWriter) (created int64, err error)) (int64, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	snap, err := takeEventSnapshot(ctx, tx, touched)
	if err != nil {
		return 0, err
	}
	w := newTxWriter(tx)
	defer w.close()
	created, err := fn(w)
	if err != nil {
		return 0, err
	}
	if created != 0 {
		snap.CreatedEvents = []int64{created}
	}
	snap.Action = action
	b, err := json.Marshal(snap)
	if err != nil {
		return 0, err
	}
	if _, err := w.exec(ctx, `INSERT INTO history (action, payload) VALUES (?, ?)`, action, string(b)); err != nil {
		return 0, err
	}
	return created, tx.Commit()
}

// setParticipants replaces an event's actors and places by name.
func setParticipants(ctx context.Context, w *txWriter, eventID int64, actors, places []string) error {
	if _, err := w.exec(ctx, `DELETE FROM event_participants WHERE event_id=?`, eventID); err != nil {
		return err
	}
	for role, names := range map[string][]string{"actor": actors, "place": places} {
		for _, n := range names {
			n = strings.TrimSpace(n)
			if n == "" {
				continue
			}
			id, err := entityForName(ctx, w, n, role)
			if err != nil {
				return err
			}
			if _, err := w.exec(ctx, `INSERT OR IGNORE INTO event_participants (event_id, entity_id, role) VALUES (?,?,?)`, eventID, id, role); err != nil {
				return err
			}
		}
	}
	return nil
}

// entityForName finds the entity a typed name designates (by name or
// alias, folded), preferring places for a place; an unknown name becomes
// a new entity the user made (an ORG for an actor, a PLACE for a place).
func entityForName(ctx context.Context, w *txWriter, name, role string) (int64, error) {
	key := NormKey(name)
	var id int64
	err := w.scan(ctx, `SELECT e.id FROM entities e LEFT JOIN aliases a ON a.entity_id=e.id
		WHERE e.hidden=0 AND (e.norm_key=? OR a.norm_key=?)
		ORDER BY (e.type='PLACE') = (?='place') DESC, e.id LIMIT 1`, []any{key, key, role}, &id)
	if err == nil {
		return id, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return 0, err
	}
	typ := "ORG"
	if role == "place" {
		typ = "PLACE"
	}
	res, err := w.exec(ctx, `INSERT INTO entities (name, type, norm_key, user_edited) VALUES (?,?,?,1)`, name, typ, key)
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}

// EditEvent saves the analyst's version of an event; it is marked edited
// (a manual event stays manual) and re-extraction never replaces it.
func (s *Store) EditEvent(ctx context.Context, id int64, e EventEdit) error {
	if err := e.validate(); err != nil {
		return err
	}
	_, err := s.eventCorrection(ctx, "edit-event", []int64{id}, func(w *txWriter) (int64, error) {
		res, err := w.exec(ctx, `UPDATE events SET date=?, precision=?, summary=?,
			status = CASE WHEN status='manual' THEN 'manual' ELSE 'edited' END WHERE id=?`, e.Date, e.Precision, strings.TrimSpace(e.Summary), id)
		if err != nil {
			return 0, err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return 0, fmt.Errorf("event %d: %w", id, ErrNotFound)
		}
		return 0, setParticipants(ctx, w, id, e.Actors, e.Places)
	})
	return err
}

// DeleteEvent removes an event (undo brings it back).
func (s *Store) DeleteEvent(ctx context.Context, id int64) error {
	_, err := s.eventCorrection(ctx, "delete-event", []int64{id}, func(w *txWriter) (int64, error) {
		_, err := w.exec(ctx, `DELETE FROM events WHERE id=?`, id)
		return 0, err
	})
	return err
}

// MarkEventReviewed records that the analyst checked an event as it is.
func (s *Store) MarkEventReviewed(ctx context.Context, id int64) error {
	_, err := s.eventCorrection(ctx, "review-event", []int64{id}, func(w *txWriter) (int64, error) {
		_, err := w.exec(ctx, `UPDATE events SET status='reviewed' WHERE id=?`, id)
		return 0, err
	})
	return err
}

// AddEvent adds an event by hand from a sentence of an article (start and
// end are offsets in its analysed text). It returns the new event's id.
func (s *Store) AddEvent(ctx context.Context, articleID int64, start, end int, e EventEdit) (int64, error) {
	if err := e.validate(); err != nil {
		return 0, err
	}
	return s.eventCorrection(ctx, "add-event", nil, func(w *txWriter) (int64, error) {
		var title, body string
		if err := w.scan(ctx, `SELECT title, body FROM articles WHERE id=?`, []any{articleID}, &title, &body); err != nil {
			return 0, fmt.Errorf("article %d: %w", articleID, err)
		}
		text := AnalysedText(title, body)
		if start < 0 || end > len(text) || start > end {
			return 0, fmt.Errorf("sentence %d-%d is outside the article", start, end)
		}
		res, err := w.exec(ctx, `INSERT INTO events (article_id, start, end, date, precision, summary, sentence, status)
			VALUES (?,?,?,?,?,?,?,'manual')`, articleID, start, end, e.Date, e.Precision, strings.TrimSpace(e.Summary), text[start:end])
		if err != nil {
			return 0, err
		}
		id, err := res.LastInsertId()
		if err != nil {
			return 0, err
		}
		return id, setParticipants(ctx, w, id, e.Actors, e.Places)
	})
}
