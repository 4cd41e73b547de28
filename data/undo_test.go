package data

import (
	"context"
	"errors"
	"fmt"
	"testing"
)

// tableState renders the entity tables, to compare before and after undo.
func tableState(t *testing.T, s *Store) string {
	t.Helper()
	var out string
	for _, q := range []string{
		`SELECT id, name, type, norm_key, hidden, watched, user_edited FROM entities ORDER BY id`,
		`SELECT entity_id, name, origin FROM aliases ORDER BY entity_id, name`,
		`SELECT id, entity_id, text FROM mentions ORDER BY id`,
		`SELECT kind, norm_key FROM entity_rules ORDER BY kind, norm_key`,
		`SELECT title, published, user_edited FROM articles ORDER BY id`,
	} {
		rows, err := s.DB().Query(q)
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			rows.Scan(ptrs...)
			out += fmt.Sprintln(vals...)
		}
		rows.Close()
		out += "--\n"
	}
	return out
}

func TestUndoEveryCorrection(t *testing.T) {
	s := MustOpenStore(t)
	ctx := context.Background()
	ms := [][3]string{
		{"Jabhat a-Nusra", "Jabhat a-Nusra", "ORG"}, {"Nusra Front", "Nusra Front", "ORG"},
		{"JN", "Jabhat a-Nusra", "ORG"}, {"Victory Qawem", "Victory Qawem", "PLACE"},
	}
	id := storeArticle(t, s, "body")
	if err := s.SaveExtraction(ctx, id, mentionsOf(ms)); err != nil {
		t.Fatal(err)
	}
	nusra, front := entityID(t, s, "Jabhat a-Nusra", "ORG"), entityID(t, s, "Nusra Front", "ORG")
	qawem := entityID(t, s, "Victory Qawem", "PLACE")
	steps := []struct {
		name string
		do   func() error
	}{
		{"merge", func() error { return s.MergeEntities(ctx, nusra, []int64{front}) }},
		{"rename", func() error { return s.RenameEntity(ctx, nusra, "Nusra") }},
		{"retype", func() error { return s.SetEntityType(ctx, qawem, "ORG") }},
		{"split", func() error { _, err := s.SplitAlias(ctx, nusra, "JN"); return err }},
		{"hide", func() error { return s.HideEntity(ctx, qawem) }},
		{"watch", func() error { return s.SetWatched(ctx, nusra, true) }},
		{"add", func() error { _, err := s.AddEntity(ctx, "Zzyzx Brigade", "ORG"); return err }},
		{"edit article", func() error { return s.EditArticle(ctx, id, ArticleEdit{Title: "New", Published: "2017-04-24"}) }},
	}
	for _, st := range steps {
		before := tableState(t, s)
		if err := st.do(); err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		if tableState(t, s) == before {
			t.Fatalf("%s changed nothing", st.name)
		}
		if _, err := s.Undo(ctx); err != nil {
			t.Fatalf("undo %s: %v", st.name, err)
		}
		if after := tableState(t, s); after != before {
			t.Errorf("undo %s did not restore:\nbefore\n%s\nafter\n%s", st.name, before, after)
		}
		// Do it again, so the next step starts from the corrected state.
		if err := st.do(); err != nil {
			t.Fatalf("%s again: %v", st.name, err)
		}
	}
	hist, err := s.History(ctx, 100)
	if err != nil || len(hist) != 2*len(steps) {
		t.Errorf("history %d entries: %v", len(hist), err)
	}
	for i := 0; i < len(steps); i++ {
		if _, err := s.Undo(ctx); err != nil {
			t.Fatalf("undo all, step %d: %v", i, err)
		}
	}
	if _, err := s.Undo(ctx); !errors.Is(err, ErrNothingToUndo) {
		t.Errorf("undo past the start: %v", err)
	}
}
