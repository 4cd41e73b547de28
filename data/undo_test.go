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

func TestEventCorrectionsAndUndo(t *testing.T) {
	s := MustOpenStore(t)
	ctx := context.Background()
	id := storeArticle(t, s, "Regime forces took Halfaya on Sunday.")
	ex := mentionsOf([][3]string{{"Regime forces", "Syrian Arab Army", "ORG"}, {"Halfaya", "Halfaya", "PLACE"}})
	ex.Events = []ExtractedEvent{{Start: 3, End: 40, Date: "2017-04-23", Precision: "day", Summary: "took Halfaya",
		Actors: []string{"Syrian Arab Army"}, Places: []string{"Halfaya"}}}
	if err := s.SaveExtraction(ctx, id, ex); err != nil {
		t.Fatal(err)
	}
	evs, _ := s.Events(ctx, EventFilter{})
	ev := evs[0].ID
	edit := EventEdit{Date: "2017-04-22", Precision: "day", Summary: "SAA captured Halfaya", Actors: []string{"SAA", "Tiger Forces"}, Places: []string{"Halfaya"}}
	if err := s.EditEvent(ctx, ev, edit); err != nil {
		t.Fatal(err)
	}
	if err := s.EditEvent(ctx, ev, EventEdit{Date: "22/04/2017", Precision: "day", Summary: "x"}); err == nil {
		t.Error("a malformed date was accepted")
	}
	evs, _ = s.Events(ctx, EventFilter{})
	if evs[0].Status != "edited" || evs[0].Date != "2017-04-22" || len(evs[0].Actors) != 2 {
		t.Fatalf("edited event %+v", evs[0])
	}
	// Re-extraction keeps the edited event (and adds the freshly extracted
	// one beside it, which the analyst can delete).
	if err := s.SaveExtraction(ctx, id, ex); err != nil {
		t.Fatal(err)
	}
	evs, _ = s.Events(ctx, EventFilter{})
	edited := 0
	for _, e := range evs {
		if e.Status == "edited" && e.Summary == "SAA captured Halfaya" {
			edited++
		}
	}
	if edited != 1 {
		t.Errorf("the edited event did not survive re-extraction: %+v", evs)
	}
	manual, err := s.AddEvent(ctx, id, 0, 10, EventEdit{Date: "2017-04-24", Precision: "day", Summary: "by hand", Places: []string{"Hama"}})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.MarkEventReviewed(ctx, manual); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteEvent(ctx, manual); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 3; i++ { // delete, review, add
		if _, err := s.Undo(ctx); err != nil {
			t.Fatal(err)
		}
	}
	var n int
	s.DB().QueryRow(`SELECT count(*) FROM events WHERE id=?`, manual).Scan(&n)
	if n != 0 {
		t.Error("undoing the addition left the manual event")
	}
}
