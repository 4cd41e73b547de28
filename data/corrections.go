package data

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// ErrConflict is returned when a correction would make two entities one
// without saying so (renaming onto another entity's name): merge instead.
var ErrConflict = errors.New("another entity already has that name and type: merge them instead")

// correction runs fn in a transaction on the entities it touches and
// records it in the history with a snapshot of those entities' rows as they
// were, so every correction is kept with its time and can be undone.
func (s *Store) correction(ctx context.Context, action string, detail any, touched []int64, fn func(w *txWriter) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	snap, err := takeSnapshot(ctx, tx, touched)
	if err != nil {
		return err
	}
	var maxID int64
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) FROM entities`).Scan(&maxID); err != nil {
		return err
	}
	w := newTxWriter(tx)
	defer w.close()
	if err := fn(w); err != nil {
		return err
	}
	// Entities the correction made (a split-off alias, an added name) go
	// again on undo.
	rows, err := tx.QueryContext(ctx, `SELECT id FROM entities WHERE id > ?`, maxID)
	if err != nil {
		return err
	}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return err
		}
		snap.Created = append(snap.Created, id)
	}
	rows.Close()
	snap.Action = action
	snap.Detail, _ = json.Marshal(detail)
	b, err := json.Marshal(snap)
	if err != nil {
		return err
	}
	if _, err := w.exec(ctx, `INSERT INTO history (action, payload) VALUES (?, ?)`, action, string(b)); err != nil {
		return err
	}
	return tx.Commit()
}

func entityNameType(ctx context.Context, w *txWriter, id int64) (name, typ string, err error) {
	err = w.scan(ctx, `SELECT name, type FROM entities WHERE id=?`, []any{id}, &name, &typ)
	if errors.Is(err, sql.ErrNoRows) {
		err = fmt.Errorf("entity %d: %w", id, ErrNotFound)
	}
	return
}

// nameTaken returns ErrConflict when another entity than id already has
// name's key with type typ: the correction would make two entities one
// without saying so.
func nameTaken(ctx context.Context, w *txWriter, name, typ string, id int64) error {
	var other int64
	err := w.scan(ctx, `SELECT id FROM entities WHERE norm_key=? AND type=? AND id<>?`, []any{NormKey(name), typ, id}, &other)
	switch {
	case err == nil:
		return ErrConflict
	case errors.Is(err, sql.ErrNoRows):
		return nil
	}
	return err
}

// addUserAlias makes name resolve to the entity in every later extraction.
func addUserAlias(ctx context.Context, w *txWriter, id int64, name string) error {
	_, err := w.exec(ctx, `INSERT INTO aliases (entity_id, name, norm_key, origin) VALUES (?,?,?,'user')
		ON CONFLICT(entity_id, name) DO UPDATE SET origin='user'`, id, name, NormKey(name))
	return err
}

// RenameEntity gives an entity a new canonical name; the old one stays as
// an alias, so later extractions still find it.
func (s *Store) RenameEntity(ctx context.Context, id int64, name string) error {
	name = strings.TrimSpace(name)
	if name == "" {
		return errors.New("the name is empty")
	}
	return s.correction(ctx, "rename-entity", map[string]any{"entity": id, "name": name}, []int64{id}, func(w *txWriter) error {
		old, typ, err := entityNameType(ctx, w, id)
		if err != nil {
			return err
		}
		if err := nameTaken(ctx, w, name, typ, id); err != nil {
			return err
		}
		if _, err := w.exec(ctx, `UPDATE entities SET name=?, norm_key=?, user_edited=1 WHERE id=?`, name, NormKey(name), id); err != nil {
			return err
		}
		if err := addUserAlias(ctx, w, id, old); err != nil {
			return err
		}
		return addUserAlias(ctx, w, id, name)
	})
}

// SetEntityType changes an entity's type (an armed group tagged as a place).
func (s *Store) SetEntityType(ctx context.Context, id int64, typ string) error {
	if typ != "PERSON" && typ != "ORG" && typ != "PLACE" {
		return fmt.Errorf("type %q: want PERSON, ORG or PLACE", typ)
	}
	return s.correction(ctx, "retype-entity", map[string]any{"entity": id, "type": typ}, []int64{id}, func(w *txWriter) error {
		name, _, err := entityNameType(ctx, w, id)
		if err != nil {
			return err
		}
		if err := nameTaken(ctx, w, name, typ, id); err != nil {
			return err
		}
		if _, err := w.exec(ctx, `UPDATE entities SET type=?, user_edited=1 WHERE id=?`, typ, id); err != nil {
			return err
		}
		// The entity's names now lead here whatever type the tagger says.
		_, err = w.exec(ctx, `UPDATE aliases SET origin='user' WHERE entity_id=?`, id)
		return err
	})
}

// MergeEntities folds others into keep: their mentions, event roles and
// aliases move over, their names become aliases of keep, and they are gone.
func (s *Store) MergeEntities(ctx context.Context, keep int64, others []int64) error {
	return s.correction(ctx, "merge-entities", map[string]any{"keep": keep, "others": others}, append([]int64{keep}, others...), func(w *txWriter) error {
		if _, _, err := entityNameType(ctx, w, keep); err != nil {
			return err
		}
		for _, o := range others {
			if o == keep {
				continue
			}
			name, _, err := entityNameType(ctx, w, o)
			if err != nil {
				return err
			}
			for _, q := range []string{
				`UPDATE mentions SET entity_id=? WHERE entity_id=?`,
				`INSERT OR IGNORE INTO event_participants (event_id, entity_id, role) SELECT event_id, ?, role FROM event_participants WHERE entity_id=?`,
				`INSERT OR IGNORE INTO aliases (entity_id, name, norm_key, origin) SELECT ?, name, norm_key, 'user' FROM aliases WHERE entity_id=?`,
			} {
				if _, err := w.exec(ctx, q, keep, o); err != nil {
					return err
				}
			}
			if err := addUserAlias(ctx, w, keep, name); err != nil {
				return err
			}
			if _, err := w.exec(ctx, `DELETE FROM entities WHERE id=?`, o); err != nil {
				return err
			}
		}
		_, err := w.exec(ctx, `UPDATE entities SET user_edited=1 WHERE id=?`, keep)
		return err
	})
}

// SplitAlias takes an alias back out of an entity as an entity of its own,
// with the mentions written that way. It returns the new entity's id.
func (s *Store) SplitAlias(ctx context.Context, id int64, alias string) (int64, error) {
	var newID int64
	err := s.correction(ctx, "split-alias", map[string]any{"entity": id, "alias": alias}, s.sameNameEntities(ctx, id, alias), func(w *txWriter) error {
		name, typ, err := entityNameType(ctx, w, id)
		if err != nil {
			return err
		}
		if alias == name {
			return errors.New("the entity's own name cannot be split off: rename it first")
		}
		if _, err := w.exec(ctx, `INSERT INTO entities (name, type, norm_key, user_edited) VALUES (?,?,?,1)
			ON CONFLICT(norm_key, type) DO UPDATE SET user_edited=1`, alias, typ, NormKey(alias)); err != nil {
			return err
		}
		if err := w.scan(ctx, `SELECT id FROM entities WHERE norm_key=? AND type=?`, []any{NormKey(alias), typ}, &newID); err != nil {
			return err
		}
		if newID == id {
			return errors.New("that alias is spelled like the entity's name: nothing to split")
		}
		if _, err := w.exec(ctx, `UPDATE mentions SET entity_id=? WHERE entity_id=? AND text=?`, newID, id, alias); err != nil {
			return err
		}
		if _, err := w.exec(ctx, `DELETE FROM aliases WHERE entity_id=? AND norm_key=?`, id, NormKey(alias)); err != nil {
			return err
		}
		return addUserAlias(ctx, w, newID, alias)
	})
	return newID, err
}

// HideEntity marks an entity "not an entity": it disappears from lists and
// exports, and its names are never extracted again.
func (s *Store) HideEntity(ctx context.Context, id int64) error {
	return s.correction(ctx, "hide-entity", map[string]any{"entity": id}, []int64{id}, func(w *txWriter) error {
		name, _, err := entityNameType(ctx, w, id)
		if err != nil {
			return err
		}
		if _, err := w.exec(ctx, `UPDATE entities SET hidden=1, user_edited=1 WHERE id=?`, id); err != nil {
			return err
		}
		_, err = w.exec(ctx, `INSERT OR IGNORE INTO entity_rules (kind, name, norm_key) VALUES ('reject', ?, ?)`, name, NormKey(name))
		return err
	})
}

// SetWatched pins an entity to the watchlist (or takes it off).
func (s *Store) SetWatched(ctx context.Context, id int64, watched bool) error {
	return s.correction(ctx, "watch-entity", map[string]any{"entity": id, "watched": watched}, []int64{id}, func(w *txWriter) error {
		name, typ, err := entityNameType(ctx, w, id)
		if err != nil {
			return err
		}
		if _, err := w.exec(ctx, `UPDATE entities SET watched=?, user_edited=1 WHERE id=?`, watched, id); err != nil {
			return err
		}
		if watched {
			_, err = w.exec(ctx, `INSERT OR IGNORE INTO entity_rules (kind, name, norm_key, type) VALUES ('watch', ?, ?, ?)`, name, NormKey(name), typ)
		} else {
			_, err = w.exec(ctx, `DELETE FROM entity_rules WHERE kind='watch' AND norm_key=?`, NormKey(name))
		}
		return err
	})
}

// EntityProfile is what the sidebar shows about a selected entity.
type EntityProfile struct {
	EntityDetail
	CoOccurring []Entity // the entities it appears with most, by shared articles
}

// Profile returns an entity's aliases, dates seen and companions.
func (s *Store) Profile(ctx context.Context, id int64) (EntityProfile, error) {
	var p EntityProfile
	err := s.db.QueryRowContext(ctx, `SELECT e.id, e.name, e.type, e.latitude, e.longitude, e.country, e.watched,
			count(m.id), count(DISTINCT m.article_id),
			coalesce(min(nullif(a.published, '')), ''), coalesce(max(nullif(a.published, '')), '')
		FROM entities e LEFT JOIN mentions m ON m.entity_id = e.id LEFT JOIN articles a ON a.id = m.article_id
		WHERE e.id = ? GROUP BY e.id`, id).Scan(&p.ID, &p.Name, &p.Type, &p.Latitude, &p.Longitude, &p.Country, &p.Watched,
		&p.Mentions, &p.Articles, &p.FirstSeen, &p.LastSeen)
	if errors.Is(err, sql.ErrNoRows) {
		return p, fmt.Errorf("entity %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return p, err
	}
	if p.Aliases, err = s.strings(ctx, `SELECT name FROM aliases WHERE entity_id=? AND name<>? ORDER BY name`, id, p.Name); err != nil {
		return p, err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT e.id, e.name, e.type, count(DISTINCT m2.article_id) n
		FROM mentions m1 JOIN mentions m2 ON m2.article_id = m1.article_id AND m2.entity_id <> m1.entity_id
		JOIN entities e ON e.id = m2.entity_id
		WHERE m1.entity_id = ? AND e.hidden = 0 GROUP BY e.id ORDER BY n DESC, e.name LIMIT 6`, id)
	if err != nil {
		return p, err
	}
	defer rows.Close()
	for rows.Next() {
		var e Entity
		if err := rows.Scan(&e.ID, &e.Name, &e.Type, &e.Articles); err != nil {
			return p, err
		}
		p.CoOccurring = append(p.CoOccurring, e)
	}
	return p, rows.Err()
}

// Watch is a name the user wants found wherever it occurs.
type Watch struct {
	Name, Type string
}

// Watchlist returns the watched names: each watched entity's name and
// aliases, with its type.
func (s *Store) Watchlist(ctx context.Context) ([]Watch, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT e.name, e.type FROM entities e WHERE e.watched=1 AND e.hidden=0
		UNION SELECT a.name, e.type FROM aliases a JOIN entities e ON e.id=a.entity_id WHERE e.watched=1 AND e.hidden=0
		ORDER BY 1`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Watch
	for rows.Next() {
		var w Watch
		if err := rows.Scan(&w.Name, &w.Type); err != nil {
			return nil, err
		}
		out = append(out, w)
	}
	return out, rows.Err()
}

// AddEntity adds an entity by hand, on the watchlist so it is found in
// every article analysed from now on. It returns the entity's id.
func (s *Store) AddEntity(ctx context.Context, name, typ string) (int64, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return 0, errors.New("the name is empty")
	}
	if typ != "PERSON" && typ != "ORG" && typ != "PLACE" {
		return 0, fmt.Errorf("type %q: want PERSON, ORG or PLACE", typ)
	}
	var id int64
	err := s.correction(ctx, "add-entity", map[string]any{"name": name, "type": typ}, s.entitiesNamed(ctx, name), func(w *txWriter) error {
		if _, err := w.exec(ctx, `INSERT INTO entities (name, type, norm_key, watched, user_edited, hidden) VALUES (?,?,?,1,1,0)
			ON CONFLICT(norm_key, type) DO UPDATE SET watched=1, user_edited=1, hidden=0`, name, typ, NormKey(name)); err != nil {
			return err
		}
		if err := w.scan(ctx, `SELECT id FROM entities WHERE norm_key=? AND type=?`, []any{NormKey(name), typ}, &id); err != nil {
			return err
		}
		if _, err := w.exec(ctx, `DELETE FROM entity_rules WHERE kind='reject' AND norm_key=?`, NormKey(name)); err != nil {
			return err
		}
		if _, err := w.exec(ctx, `INSERT OR IGNORE INTO entity_rules (kind, name, norm_key, type) VALUES ('watch', ?, ?, ?)`, name, NormKey(name), typ); err != nil {
			return err
		}
		return addUserAlias(ctx, w, id, name)
	})
	return id, err
}

// sameNameEntities are what a split touches: the entity, and any existing
// entity the alias would join.
func (s *Store) sameNameEntities(ctx context.Context, id int64, alias string) []int64 {
	return append([]int64{id}, s.entitiesNamed(ctx, alias)...)
}

// entitiesNamed returns the entities whose key is the name's.
func (s *Store) entitiesNamed(ctx context.Context, name string) []int64 {
	ids, _ := s.ids(ctx, `SELECT id FROM entities WHERE norm_key=?`, NormKey(name))
	return ids
}
