package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
)

// InsertArticles stores a batch of articles in one transaction, so that a
// cancelled or failed import never leaves half an article behind. An article
// whose content hash is already stored is not stored again: its path, attrs
// and tags are added to the stored copy and it is reported as a duplicate.
func (s *Store) InsertArticles(ctx context.Context, batch []NewArticle) ([]InsertOutcome, error) {
	return s.InsertArticlesCached(ctx, batch, nil)
}

// EntityCache remembers, across the batches of one import, which entity a
// name resolved to: the same places and groups come up in every batch, and
// looking them up again was a large part of the writer's time.
type EntityCache struct{ ids map[string]int64 }

// NewEntityCache returns an empty cache.
func NewEntityCache() *EntityCache { return &EntityCache{ids: map[string]int64{}} }

// InsertArticlesCached is InsertArticles with an entity cache shared across
// batches. A failed batch empties the cache (it may name entities the
// rolled-back transaction created, or ones the user merged meanwhile), so
// retrying the batch is safe.
func (s *Store) InsertArticlesCached(ctx context.Context, batch []NewArticle, cache *EntityCache) (out []InsertOutcome, err error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	w := newTxWriter(tx)
	defer w.close()
	if cache != nil {
		w.entities = cache.ids
		defer func() {
			if err != nil {
				clear(cache.ids)
			}
		}()
	}
	out = make([]InsertOutcome, 0, len(batch))
	for _, a := range batch {
		o, err := insertArticle(ctx, w, a)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", a.Path, err)
		}
		out = append(out, o)
	}
	if err := tx.Commit(); err != nil {
		return nil, err
	}
	return out, nil
}

func insertArticle(ctx context.Context, w *txWriter, a NewArticle) (InsertOutcome, error) {
	var o InsertOutcome
	res, err := w.exec(ctx, `INSERT INTO articles
		(title, body, published, source, url, author, location, needs_ocr, content_hash, simhash)
		VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT(content_hash) DO NOTHING`,
		a.Title, a.Body, a.Published, a.Source, a.URL, a.Author, a.Location, a.NeedsOCR, a.ContentHash, int64(a.SimHash))
	if err != nil {
		return o, err
	}
	if n, _ := res.RowsAffected(); n == 1 {
		o.ID, err = res.LastInsertId()
		if err != nil {
			return o, err
		}
		if a.Extraction != nil {
			if err := saveExtraction(ctx, w, o.ID, a.Extraction); err != nil {
				return o, err
			}
		}
	} else {
		o.Duplicate = true
		if err := w.scan(ctx, `SELECT id FROM articles WHERE content_hash=?`, []any{a.ContentHash}, &o.ID); err != nil {
			return o, err
		}
		// A duplicate may know what the first copy did not (a date, a source).
		if _, err := w.exec(ctx, `UPDATE articles SET
			published = CASE WHEN published='' THEN ? ELSE published END,
			source    = CASE WHEN source=''    THEN ? ELSE source END,
			url       = CASE WHEN url=''       THEN ? ELSE url END,
			location  = CASE WHEN location=''  THEN ? ELSE location END
			WHERE id=?`, a.Published, a.Source, a.URL, a.Location, o.ID); err != nil {
			return o, err
		}
		// Where the copies disagree, the other value is kept as an attribute
		// so it stays visible rather than silently lost.
		var pub, src, loc string
		if err := w.scan(ctx, `SELECT published, source, location FROM articles WHERE id=?`, []any{o.ID}, &pub, &src, &loc); err != nil {
			return o, err
		}
		for _, d := range []struct{ key, stored, other string }{{"date", pub, a.Published}, {"source", src, a.Source}, {"location", loc, a.Location}} {
			if d.other != "" && d.other != d.stored {
				a.Attrs = append(a.Attrs, Attr{d.key, d.stored}, Attr{d.key, d.other})
			}
		}
	}
	if a.Path != "" {
		if _, err := w.exec(ctx, `INSERT INTO article_paths (article_id, path) VALUES (?,?)
			ON CONFLICT(path) DO UPDATE SET article_id=excluded.article_id`, o.ID, a.Path); err != nil {
			return o, err
		}
	}
	if f := a.File; f != nil {
		if _, err := w.exec(ctx, `INSERT INTO import_files (path, file_size, file_mtime) VALUES (?,?,?)
			ON CONFLICT(path) DO UPDATE SET file_size=excluded.file_size, file_mtime=excluded.file_mtime,
			imported_at=strftime('%Y-%m-%dT%H:%M:%SZ','now')`, f.Path, f.Size, f.MTime); err != nil {
			return o, err
		}
	}
	for _, at := range a.Attrs {
		if _, err := w.exec(ctx, `INSERT OR IGNORE INTO article_attrs (article_id, key, value) VALUES (?,?,?)`, o.ID, at.Key, at.Value); err != nil {
			return o, err
		}
	}
	for _, t := range a.Tags {
		if err := tagArticle(ctx, w, o.ID, t); err != nil {
			return o, err
		}
	}
	return o, nil
}

func tagArticle(ctx context.Context, w *txWriter, articleID int64, tag string) error {
	tag = strings.TrimSpace(tag)
	if tag == "" {
		return nil
	}
	if _, err := w.exec(ctx, `INSERT OR IGNORE INTO tags (name) VALUES (?)`, tag); err != nil {
		return err
	}
	_, err := w.exec(ctx, `INSERT OR IGNORE INTO article_tags (article_id, tag_id) SELECT ?, id FROM tags WHERE name=?`, articleID, tag)
	return err
}

// KnownFile reports whether a file was already imported from path with this
// size and modification time, so a re-import can skip it without reading it.
func (s *Store) KnownFile(ctx context.Context, path string, size, mtime int64) (bool, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM import_files WHERE path=? AND file_size=? AND file_mtime=?`, path, size, mtime).Scan(&n)
	return n > 0, err
}

// ListArticles returns articles newest first, at most limit. Undated ones
// (”) sort last by themselves, and the plain order uses the index on
// published (334 ms → 0.5 ms for the first page at 100,000 articles).
func (s *Store) ListArticles(ctx context.Context, limit, offset int) ([]ArticleSummary, error) {
	if limit <= 0 {
		limit = 50
	}
	return s.summaries(ctx, `SELECT id, title, published, source FROM articles
		ORDER BY published DESC, id DESC LIMIT ? OFFSET ?`, limit, offset)
}

// summaries runs a query selecting id, title, published and source.
func (s *Store) summaries(ctx context.Context, query string, args ...any) ([]ArticleSummary, error) {
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	list := []ArticleSummary{}
	for rows.Next() {
		var a ArticleSummary
		if err := rows.Scan(&a.ID, &a.Title, &a.Published, &a.Source); err != nil {
			return nil, err
		}
		list = append(list, a)
	}
	return list, rows.Err()
}

// ErrNotFound is returned when a row asked for by id does not exist.
var ErrNotFound = errors.New("not found")

// Article returns one article with its paths, attributes and tags.
func (s *Store) Article(ctx context.Context, id int64) (Article, error) {
	var a Article
	var copyOf sql.NullInt64
	err := s.db.QueryRowContext(ctx, `SELECT id, title, body, published, source, url, author, location, needs_ocr, starred, copy_of
		FROM articles WHERE id=?`, id).Scan(&a.ID, &a.Title, &a.Body, &a.Published, &a.Source, &a.URL, &a.Author, &a.Location, &a.NeedsOCR, &a.Starred, &copyOf)
	if errors.Is(err, sql.ErrNoRows) {
		return a, fmt.Errorf("article %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return a, err
	}
	a.CopyOf = copyOf.Int64
	if a.Paths, err = s.strings(ctx, `SELECT path FROM article_paths WHERE article_id=? ORDER BY id`, id); err != nil {
		return a, err
	}
	if a.Tags, err = s.strings(ctx, `SELECT t.name FROM tags t JOIN article_tags at ON at.tag_id=t.id WHERE at.article_id=? ORDER BY t.name`, id); err != nil {
		return a, err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT key, value FROM article_attrs WHERE article_id=? ORDER BY key, value`, id)
	if err != nil {
		return a, err
	}
	defer rows.Close()
	for rows.Next() {
		var at Attr
		if err := rows.Scan(&at.Key, &at.Value); err != nil {
			return a, err
		}
		a.Attrs = append(a.Attrs, at)
	}
	return a, rows.Err()
}

func (s *Store) strings(ctx context.Context, query string, args ...any) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var v string
		if err := rows.Scan(&v); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// Counts returns the collection's totals.
func (s *Store) Counts(ctx context.Context) (Counts, error) {
	var c Counts
	err := s.db.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM articles),
		(SELECT count(*) FROM articles WHERE published=''),
		(SELECT count(DISTINCT m.entity_id) FROM mentions m JOIN entities e ON e.id=m.entity_id WHERE e.hidden=0),
		(SELECT count(*) FROM events)`).Scan(&c.Articles, &c.Undated, &c.Entities, &c.Events)
	return c, err
}
