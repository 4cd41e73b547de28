package data

import (
	"context"
	"sort"
	"strings"
	"time"
	"unicode"
)

// ClusterEvents groups the events that report the same happening: dates at
// most two days apart, at least one shared place or actor, and summaries
// that share words. Each group gets the id of its first event as cluster
// id. Groupings the analyst made or split (cluster_locked) are kept.
func (s *Store) ClusterEvents(ctx context.Context) error {
	type ev struct {
		id      int64
		day     time.Time
		article int64
		ents    map[int64]bool
		words   map[string]bool
		locked  bool
		cluster int64
	}
	rows, err := s.db.QueryContext(ctx, `SELECT id, date, coalesce(article_id,0), summary, cluster_locked, coalesce(cluster_id,0)
		FROM events WHERE precision IN ('day','week') ORDER BY date, id`)
	if err != nil {
		return err
	}
	var evs []*ev
	byID := map[int64]*ev{}
	for rows.Next() {
		var e ev
		var date, summary string
		if err := rows.Scan(&e.id, &date, &e.article, &summary, &e.locked, &e.cluster); err != nil {
			rows.Close()
			return err
		}
		e.day, _ = time.Parse("2006-01-02", date)
		e.words = contentWords(summary)
		e.ents = map[int64]bool{}
		evs = append(evs, &e)
		byID[e.id] = &e
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	prows, err := s.db.QueryContext(ctx, `SELECT event_id, entity_id FROM event_participants`)
	if err != nil {
		return err
	}
	for prows.Next() {
		var eid, ent int64
		if err := prows.Scan(&eid, &ent); err != nil {
			prows.Close()
			return err
		}
		if e := byID[eid]; e != nil {
			e.ents[ent] = true
		}
	}
	prows.Close()

	// Union-find over the unlocked events.
	parent := map[int64]int64{}
	var find func(int64) int64
	find = func(x int64) int64 {
		if p, ok := parent[x]; ok && p != x {
			r := find(p)
			parent[x] = r
			return r
		}
		return x
	}
	union := func(a, b int64) {
		ra, rb := find(a), find(b)
		if ra == rb {
			return
		}
		if ra > rb {
			ra, rb = rb, ra
		}
		parent[rb] = ra
	}
	for i, a := range evs {
		if a.locked {
			continue
		}
		for j := i + 1; j < len(evs) && evs[j].day.Sub(a.day) <= 48*time.Hour; j++ {
			b := evs[j]
			if b.locked || b.article == a.article || !shareAny(a.ents, b.ents) || overlap(a.words, b.words) < 0.2 {
				continue
			}
			union(a.id, b.id)
		}
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	w := newTxWriter(tx)
	defer w.close()
	size := map[int64]int{}
	for _, e := range evs {
		if !e.locked {
			size[find(e.id)]++
		}
	}
	for _, e := range evs {
		if e.locked {
			continue
		}
		root := find(e.id)
		var cluster any // a lone event has no group
		if size[root] > 1 {
			cluster = root
		}
		if _, err := w.exec(ctx, `UPDATE events SET cluster_id=? WHERE id=?`, cluster, e.id); err != nil {
			return err
		}
	}
	return tx.Commit()
}

func shareAny(a, b map[int64]bool) bool {
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}

// overlap is the share of the smaller word set found in the other.
func overlap(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return float64(n) / float64(len(a))
}

// contentWords are a summary's words longer than three letters, lower case.
func contentWords(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if len(w) > 3 {
			out[w] = true
		}
	}
	return out
}

// SetEventCluster puts events in one group by hand (merge), or each on its
// own (split, with a nil group), and locks that choice.
func (s *Store) SetEventCluster(ctx context.Context, ids []int64, merge bool) error {
	if len(ids) == 0 {
		return nil
	}
	sorted := append([]int64(nil), ids...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i] < sorted[j] })
	action := "split-event"
	if merge {
		action = "merge-event"
	}
	_, err := s.eventCorrection(ctx, action, sorted, func(w *txWriter) (int64, error) {
		for _, id := range sorted {
			var cluster any
			if merge {
				cluster = sorted[0]
			}
			if _, err := w.exec(ctx, `UPDATE events SET cluster_id=?, cluster_locked=1 WHERE id=?`, cluster, id); err != nil {
				return 0, err
			}
		}
		return 0, nil
	})
	return err
}
