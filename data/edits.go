package data

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"time"
)

// ArticleEdit is the user's correction of an article's metadata.
type ArticleEdit struct {
	Title, Published, Source, URL string
}

// EditArticle saves the user's metadata for an article. The fields that
// changed are remembered as the user's (re-imports never overwrite them) and
// the change is written to the history with its old values.
func (s *Store) EditArticle(ctx context.Context, id int64, e ArticleEdit) error {
	if e.Published != "" {
		if _, err := time.Parse("2006-01-02", e.Published); err != nil {
			return fmt.Errorf("date %q: want YYYY-MM-DD", e.Published)
		}
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var old ArticleEdit
	var edited string
	if err := tx.QueryRowContext(ctx, `SELECT title, published, source, url, user_edited FROM articles WHERE id=?`, id).
		Scan(&old.Title, &old.Published, &old.Source, &old.URL, &edited); err != nil {
		return fmt.Errorf("article %d: %w", id, err)
	}
	fields := map[string]bool{}
	for _, f := range strings.Split(edited, ",") {
		if f != "" {
			fields[f] = true
		}
	}
	for name, changed := range map[string]bool{"title": old.Title != e.Title, "published": old.Published != e.Published,
		"source": old.Source != e.Source, "url": old.URL != e.URL} {
		if changed {
			fields[name] = true
		}
	}
	var list []string
	for f := range fields {
		list = append(list, f)
	}
	sort.Strings(list)
	if _, err := tx.ExecContext(ctx, `UPDATE articles SET title=?, published=?, source=?, url=?, user_edited=? WHERE id=?`,
		e.Title, e.Published, e.Source, e.URL, strings.Join(list, ","), id); err != nil {
		return err
	}
	payload, _ := json.Marshal(map[string]any{"article": id, "before": old, "after": e, "edited_before": edited})
	if _, err := tx.ExecContext(ctx, `INSERT INTO history (action, payload) VALUES ('edit-article', ?)`, string(payload)); err != nil {
		return err
	}
	return tx.Commit()
}

// ArticleText is what extraction needs of an article.
type ArticleText struct {
	ID                     int64
	Title, Body, Published string
}

// ArticleTexts returns up to limit articles with an id above afterID, in id
// order, so a long re-extraction can walk the collection in pages.
func (s *Store) ArticleTexts(ctx context.Context, afterID int64, limit int) ([]ArticleText, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, title, body, published FROM articles
		WHERE id > ? AND needs_ocr = 0 ORDER BY id LIMIT ?`, afterID, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []ArticleText
	for rows.Next() {
		var a ArticleText
		if err := rows.Scan(&a.ID, &a.Title, &a.Body, &a.Published); err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// SaveExtractions stores the extraction of several articles in one transaction.
func (s *Store) SaveExtractions(ctx context.Context, byArticle map[int64]*Extraction) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	w := newTxWriter(tx)
	defer w.close()
	ids := make([]int64, 0, len(byArticle))
	for id := range byArticle {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	for _, id := range ids {
		if err := saveExtraction(ctx, w, id, byArticle[id]); err != nil {
			return fmt.Errorf("article %d: %w", id, err)
		}
	}
	return tx.Commit()
}

// PruneEntities deletes entities that nothing refers to any more (after a
// re-extraction), unless the user touched them: edited, watched, hidden
// ("not an entity" must stay remembered), or given aliases by hand.
func (s *Store) PruneEntities(ctx context.Context) (int64, error) {
	res, err := s.db.ExecContext(ctx, `DELETE FROM entities WHERE user_edited=0 AND watched=0 AND hidden=0
		AND id NOT IN (SELECT entity_id FROM mentions)
		AND id NOT IN (SELECT entity_id FROM event_participants)
		AND id NOT IN (SELECT entity_id FROM aliases WHERE origin='user')`)
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}

// SetStarred stars an article (or takes the star off); search finds
// starred articles with is:starred.
func (s *Store) SetStarred(ctx context.Context, id int64, starred bool) error {
	_, err := s.db.ExecContext(ctx, `UPDATE articles SET starred=? WHERE id=?`, starred, id)
	return err
}
