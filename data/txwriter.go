package data

import (
	"context"
	"database/sql"
)

// txWriter runs the statements of one write transaction, preparing each
// distinct statement once: a batch of articles with their mentions repeats
// a dozen statements thousands of times, and parsing SQL again for every row
// was most of an import's time. It also caches, for the transaction, the
// entity a name resolves to and the user's "not an entity" names.
type txWriter struct {
	tx       *sql.Tx
	stmts    map[string]*sql.Stmt
	rejected map[string]bool
	entities map[string]int64  // type + "\x00" + norm key → entity
	aliases  map[aliasKey]bool // aliases already written in this transaction
}

type aliasKey struct {
	entity int64
	name   string
}

func newTxWriter(tx *sql.Tx) *txWriter {
	return &txWriter{tx: tx, stmts: map[string]*sql.Stmt{}, entities: map[string]int64{}, aliases: map[aliasKey]bool{}}
}

func (w *txWriter) stmt(ctx context.Context, query string) (*sql.Stmt, error) {
	if st, ok := w.stmts[query]; ok {
		return st, nil
	}
	st, err := w.tx.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	w.stmts[query] = st
	return st, nil
}

func (w *txWriter) exec(ctx context.Context, query string, args ...any) (sql.Result, error) {
	st, err := w.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(ctx, args...)
}

// scan runs a one-row query and scans it; sql.ErrNoRows when there is none.
func (w *txWriter) scan(ctx context.Context, query string, args []any, dest ...any) error {
	st, err := w.stmt(ctx, query)
	if err != nil {
		return err
	}
	return st.QueryRowContext(ctx, args...).Scan(dest...)
}

// rejectedKeys returns the norm keys the user marked "not an entity".
func (w *txWriter) rejectedKeys(ctx context.Context) (map[string]bool, error) {
	if w.rejected != nil {
		return w.rejected, nil
	}
	rows, err := w.tx.QueryContext(ctx, `SELECT norm_key FROM entity_rules WHERE kind='reject'`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	keys := map[string]bool{}
	for rows.Next() {
		var k string
		if err := rows.Scan(&k); err != nil {
			return nil, err
		}
		keys[k] = true
	}
	w.rejected = keys
	return keys, rows.Err()
}

func (w *txWriter) close() {
	for _, st := range w.stmts {
		st.Close()
	}
}
