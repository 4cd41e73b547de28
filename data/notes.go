package data

import (
	"context"
	"database/sql"
	"errors"
	"strings"
)

// Annotation is the analyst's tags and note on an article or an event.
type Annotation struct {
	Tags []string
	Note string
}

// Target names what an annotation is on: an article or an event.
type Target struct {
	tagTable, idColumn string
	id                 int64
}

// ArticleTarget and EventTarget select what Annotate and Annotation act on.
func ArticleTarget(id int64) Target { return Target{"article_tags", "article_id", id} }

// EventTarget selects an event for Annotate and Annotation.
func EventTarget(id int64) Target { return Target{"event_tags", "event_id", id} }

// Annotation returns the tags and note of an article or event.
func (s *Store) Annotation(ctx context.Context, t Target) (Annotation, error) {
	var a Annotation
	var err error
	a.Tags, err = s.strings(ctx, `SELECT tg.name FROM tags tg JOIN `+t.tagTable+` x ON x.tag_id=tg.id WHERE x.`+t.idColumn+`=? ORDER BY tg.name`, t.id)
	if err != nil {
		return a, err
	}
	err = s.db.QueryRowContext(ctx, `SELECT body FROM notes WHERE `+t.idColumn+`=? ORDER BY id DESC LIMIT 1`, t.id).Scan(&a.Note)
	if errors.Is(err, sql.ErrNoRows) {
		err = nil
	}
	return a, err
}

// Annotate replaces the tags and note of an article or event.
func (s *Store) Annotate(ctx context.Context, t Target, a Annotation) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	w := newTxWriter(tx)
	defer w.close()
	if _, err := w.exec(ctx, `DELETE FROM `+t.tagTable+` WHERE `+t.idColumn+`=?`, t.id); err != nil {
		return err
	}
	for _, tag := range a.Tags {
		tag = strings.TrimSpace(tag)
		if tag == "" {
			continue
		}
		if _, err := w.exec(ctx, `INSERT OR IGNORE INTO tags (name) VALUES (?)`, tag); err != nil {
			return err
		}
		if _, err := w.exec(ctx, `INSERT OR IGNORE INTO `+t.tagTable+` (`+t.idColumn+`, tag_id) SELECT ?, id FROM tags WHERE name=?`, t.id, tag); err != nil {
			return err
		}
	}
	note := strings.TrimSpace(a.Note)
	if _, err := w.exec(ctx, `DELETE FROM notes WHERE `+t.idColumn+`=?`, t.id); err != nil {
		return err
	}
	if note != "" {
		if _, err := w.exec(ctx, `INSERT INTO notes (`+t.idColumn+`, body) VALUES (?, ?)`, t.id, note); err != nil {
			return err
		}
	}
	return tx.Commit()
}
