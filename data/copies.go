package data

import (
	"context"
	"database/sql"
)

// Fingerprint is an article's near-duplicate fingerprint and group.
type Fingerprint struct {
	ID, CopyOf int64
	SimHash    uint64
}

// Fingerprints returns the fingerprints of all articles that have one.
func (s *Store) Fingerprints(ctx context.Context) ([]Fingerprint, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, coalesce(copy_of, 0), simhash FROM articles WHERE simhash <> 0 ORDER BY id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Fingerprint
	for rows.Next() {
		var f Fingerprint
		var h int64
		if err := rows.Scan(&f.ID, &f.CopyOf, &h); err != nil {
			return nil, err
		}
		f.SimHash = uint64(h)
		out = append(out, f)
	}
	return out, rows.Err()
}

// SetCopyOf records articles as near-duplicate copies of a group's first article.
func (s *Store) SetCopyOf(ctx context.Context, copyOf map[int64]int64) error {
	if len(copyOf) == 0 {
		return nil
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for id, leader := range copyOf {
		if _, err := tx.ExecContext(ctx, `UPDATE articles SET copy_of=? WHERE id=? AND id<>?`, leader, id, leader); err != nil {
			return err
		}
	}
	return tx.Commit()
}

// Copies returns the other articles of an article's near-duplicate group.
func (s *Store) Copies(ctx context.Context, id int64) ([]ArticleSummary, error) {
	var leader sql.NullInt64
	if err := s.db.QueryRowContext(ctx, `SELECT copy_of FROM articles WHERE id=?`, id).Scan(&leader); err != nil {
		return nil, err
	}
	group := id
	if leader.Valid {
		group = leader.Int64
	}
	return s.summaries(ctx, `SELECT id, title, published, source FROM articles
		WHERE (id=? OR copy_of=?) AND id<>? ORDER BY published, id`, group, group, id)
}
