package data

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// entitySnapshot holds the rows an entity correction can change, as they
// were before it, so that Undo can put them back exactly.
type entitySnapshot struct {
	Touched      []int64 `json:"touched"`
	Created      []int64 `json:"created"`
	Entities     [][]any `json:"entities"`
	Aliases      [][]any `json:"aliases"`
	Mentions     [][]any `json:"mentions"`
	Participants [][]any `json:"participants"`
	Rules        [][]any `json:"rules"`
	// Event corrections: the events touched, and those the correction made.
	TouchedEvents []int64         `json:"touched_events,omitempty"`
	CreatedEvents []int64         `json:"created_events,omitempty"`
	Events        [][]any         `json:"events,omitempty"`
	EventRoles    [][]any         `json:"event_roles,omitempty"`
	Action        string          `json:"action"`
	Detail        json.RawMessage `json:"detail"`
}

// snapshotQueries read the rows of the touched entities; restoreQueries
// write them back, in the same column order.
var snapshotQueries = map[string]string{
	"entities":     `SELECT id, name, type, norm_key, hidden, watched, user_edited, latitude, longitude, country FROM entities WHERE id IN (%s)`,
	"aliases":      `SELECT id, entity_id, name, norm_key, origin FROM aliases WHERE entity_id IN (%s)`,
	"mentions":     `SELECT id, article_id, entity_id, start, end, text, confidence FROM mentions WHERE entity_id IN (%s)`,
	"participants": `SELECT event_id, entity_id, role FROM event_participants WHERE entity_id IN (%s)`,
}

var restoreQueries = map[string]string{
	"entities":     `INSERT OR REPLACE INTO entities (id, name, type, norm_key, hidden, watched, user_edited, latitude, longitude, country) VALUES (?,?,?,?,?,?,?,?,?,?)`,
	"aliases":      `INSERT OR REPLACE INTO aliases (id, entity_id, name, norm_key, origin) VALUES (?,?,?,?,?)`,
	"mentions":     `INSERT OR REPLACE INTO mentions (id, article_id, entity_id, start, end, text, confidence) VALUES (?,?,?,?,?,?,?)`,
	"participants": `INSERT OR IGNORE INTO event_participants (event_id, entity_id, role) VALUES (?,?,?)`,
	"rules":        `INSERT OR REPLACE INTO entity_rules (id, kind, name, norm_key, type) VALUES (?,?,?,?,?)`,
	"events": `INSERT OR REPLACE INTO events (id, article_id, start, end, date, precision, summary, sentence, caption,
		confidence, status, cluster_id, fatalities, created_at, cluster_locked) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
}

const eventColumns = `id, article_id, start, end, date, precision, summary, sentence, caption, confidence, status, cluster_id, fatalities, created_at, cluster_locked`

func idList(ids []int64) (string, []any) {
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	return strings.TrimSuffix(strings.Repeat("?,", len(ids)), ","), args
}

func readRows(ctx context.Context, tx *sql.Tx, query string, args ...any) ([][]any, error) {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	var out [][]any
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return nil, err
		}
		for i, v := range vals {
			if b, ok := v.([]byte); ok {
				vals[i] = string(b)
			}
		}
		out = append(out, vals)
	}
	return out, rows.Err()
}

func takeSnapshot(ctx context.Context, tx *sql.Tx, touched []int64) (*entitySnapshot, error) {
	snap := &entitySnapshot{Touched: touched}
	if len(touched) > 0 {
		in, args := idList(touched)
		for name, q := range snapshotQueries {
			rows, err := readRows(ctx, tx, fmt.Sprintf(q, in), args...)
			if err != nil {
				return nil, err
			}
			switch name {
			case "entities":
				snap.Entities = rows
			case "aliases":
				snap.Aliases = rows
			case "mentions":
				snap.Mentions = rows
			case "participants":
				snap.Participants = rows
			}
		}
	}
	var err error
	snap.Rules, err = readRows(ctx, tx, `SELECT id, kind, name, norm_key, type FROM entity_rules`)
	return snap, err
}

func takeEventSnapshot(ctx context.Context, tx *sql.Tx, events []int64) (*entitySnapshot, error) {
	snap := &entitySnapshot{TouchedEvents: events}
	if len(events) == 0 {
		return snap, nil
	}
	in, args := idList(events)
	var err error
	if snap.Events, err = readRows(ctx, tx, fmt.Sprintf(`SELECT `+eventColumns+` FROM events WHERE id IN (%s)`, in), args...); err != nil {
		return nil, err
	}
	snap.EventRoles, err = readRows(ctx, tx, fmt.Sprintf(`SELECT event_id, entity_id, role FROM event_participants WHERE event_id IN (%s)`, in), args...)
	return snap, err
}

// HistoryEntry is one correction as the history lists it.
type HistoryEntry struct {
	ID     int64
	At     string
	Action string
	Undone bool
}

// History returns the corrections, newest first.
func (s *Store) History(ctx context.Context, limit int) ([]HistoryEntry, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, at, action, undone FROM history ORDER BY id DESC LIMIT ?`, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []HistoryEntry
	for rows.Next() {
		var h HistoryEntry
		if err := rows.Scan(&h.ID, &h.At, &h.Action, &h.Undone); err != nil {
			return nil, err
		}
		out = append(out, h)
	}
	return out, rows.Err()
}

// ErrNothingToUndo is returned when every correction is already undone.
var ErrNothingToUndo = errors.New("nothing to undo")

// Undo reverts the latest correction that is not undone yet and returns
// its action name. The history keeps it, marked undone.
func (s *Store) Undo(ctx context.Context) (string, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return "", err
	}
	defer tx.Rollback()
	var id int64
	var action, payload string
	err = tx.QueryRowContext(ctx, `SELECT id, action, payload FROM history WHERE undone=0 ORDER BY id DESC LIMIT 1`).Scan(&id, &action, &payload)
	if errors.Is(err, sql.ErrNoRows) {
		return "", ErrNothingToUndo
	}
	if err != nil {
		return "", err
	}
	switch action {
	case "edit-article":
		var p struct {
			Article      int64
			Before       ArticleEdit
			EditedBefore string `json:"edited_before"`
		}
		if err := json.Unmarshal([]byte(payload), &p); err != nil {
			return "", err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE articles SET title=?, published=?, source=?, url=?, user_edited=? WHERE id=?`,
			p.Before.Title, p.Before.Published, p.Before.Source, p.Before.URL, p.EditedBefore, p.Article); err != nil {
			return "", err
		}
	default:
		var snap entitySnapshot
		if err := json.Unmarshal([]byte(payload), &snap); err != nil {
			return "", fmt.Errorf("history entry %d: %w", id, err)
		}
		restore := restoreSnapshot
		if strings.HasSuffix(action, "-event") {
			restore = restoreEventSnapshot
		}
		if err := restore(ctx, tx, &snap); err != nil {
			return "", err
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE history SET undone=1 WHERE id=?`, id); err != nil {
		return "", err
	}
	return action, tx.Commit()
}

func restoreSnapshot(ctx context.Context, tx *sql.Tx, snap *entitySnapshot) error {
	gone := append(append([]int64{}, snap.Touched...), snap.Created...)
	if len(gone) > 0 {
		in, args := idList(gone)
		// Cascades remove their aliases, mentions and event roles, which
		// the snapshot then puts back as they were.
		if _, err := tx.ExecContext(ctx, fmt.Sprintf(`DELETE FROM entities WHERE id IN (%s)`, in), args...); err != nil {
			return err
		}
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM entity_rules`); err != nil {
		return err
	}
	for _, set := range []struct {
		query string
		rows  [][]any
	}{
		{restoreQueries["entities"], snap.Entities},
		{restoreQueries["aliases"], snap.Aliases},
		{restoreQueries["mentions"], snap.Mentions},
		{restoreQueries["participants"], snap.Participants},
		{restoreQueries["rules"], snap.Rules},
	} {
		for _, r := range set.rows {
			if _, err := tx.ExecContext(ctx, set.query, r...); err != nil {
				return err
			}
		}
	}
	return nil
}

func restoreEventSnapshot(ctx context.Context, tx *sql.Tx, snap *entitySnapshot) error {
	gone := append(append([]int64{}, snap.TouchedEvents...), snap.CreatedEvents...)
	if len(gone) > 0 {
		in, args := idList(gone)
		if _, err := tx.ExecContext(ctx, fmt.Sprintf(`DELETE FROM events WHERE id IN (%s)`, in), args...); err != nil {
			return err
		}
	}
	for _, r := range snap.Events {
		if _, err := tx.ExecContext(ctx, restoreQueries["events"], r...); err != nil {
			return err
		}
	}
	for _, r := range snap.EventRoles {
		if _, err := tx.ExecContext(ctx, restoreQueries["participants"], r...); err != nil {
			return err
		}
	}
	return nil
}
