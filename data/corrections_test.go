package data

import (
	"context"
	"errors"
	"testing"
)

// storeArticle stores an article and returns its id.
func storeArticle(t *testing.T, s *Store, body string) int64 {
	t.Helper()
	ctx := context.Background()
	out, err := s.InsertArticles(ctx, []NewArticle{{Title: "T", Body: body, ContentHash: body}})
	if err != nil {
		t.Fatal(err)
	}
	return out[0].ID
}

// mentionsOf is an extraction of (text, canonical name, type) mentions.
func mentionsOf(ms [][3]string) *Extraction {
	ex := &Extraction{}
	for _, m := range ms {
		ex.Mentions = append(ex.Mentions, ExtractedMention{Text: m[0], Entity: EntityRef{Name: m[1], Type: m[2]}})
	}
	return ex
}

func entityID(t *testing.T, s *Store, name, typ string) int64 {
	t.Helper()
	var id int64
	if err := s.DB().QueryRow(`SELECT id FROM entities WHERE name=? AND type=?`, name, typ).Scan(&id); err != nil {
		t.Fatalf("entity %s/%s: %v", name, typ, err)
	}
	return id
}

func TestCorrectionsSurviveReextraction(t *testing.T) {
	s := MustOpenStore(t)
	ctx := context.Background()
	ms := [][3]string{
		{"Jabhat a-Nusra", "Jabhat a-Nusra", "ORG"},
		{"Nusra Front", "Nusra Front", "ORG"},
		{"Victory Qawem", "Victory Qawem", "PLACE"},
		{"Idlib", "Idlib", "PLACE"},
		{"Monday", "Monday", "PERSON"},
		{"SAA", "Syrian Arab Army", "ORG"},
	}
	id := storeArticle(t, s, "body")
	ex := mentionsOf(ms)
	if err := s.SaveExtraction(ctx, id, ex); err != nil {
		t.Fatal(err)
	}
	nusra, front := entityID(t, s, "Jabhat a-Nusra", "ORG"), entityID(t, s, "Nusra Front", "ORG")
	if err := s.MergeEntities(ctx, nusra, []int64{front}); err != nil {
		t.Fatal(err)
	}
	qawem := entityID(t, s, "Victory Qawem", "PLACE")
	if err := s.SetEntityType(ctx, qawem, "ORG"); err != nil {
		t.Fatal(err)
	}
	if err := s.HideEntity(ctx, entityID(t, s, "Monday", "PERSON")); err != nil {
		t.Fatal(err)
	}
	saa := entityID(t, s, "Syrian Arab Army", "ORG")
	if err := s.RenameEntity(ctx, saa, "Syrian Arab Army (regime)"); err != nil {
		t.Fatal(err)
	}
	if err := s.RenameEntity(ctx, saa, "Idlib"); err != nil {
		t.Errorf("renaming onto a PLACE's name is no conflict for an ORG: %v", err)
	}
	if err := s.RenameEntity(ctx, saa, "Jabhat al-Nusra"); !errors.Is(err, ErrConflict) {
		t.Errorf("rename onto another ORG: %v", err)
	}
	s.RenameEntity(ctx, saa, "Syrian Arab Army (regime)")

	// Re-extraction with the tagger's same mistakes.
	if err := s.SaveExtraction(ctx, id, mentionsOf(ms)); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	ents, _ := s.Entities(ctx, "", 0)
	for _, e := range ents {
		got[e.Name] = e.Type
	}
	want := map[string]string{"Jabhat a-Nusra": "ORG", "Victory Qawem": "ORG", "Idlib": "PLACE", "Syrian Arab Army (regime)": "ORG"}
	if len(got) != len(want) {
		t.Errorf("entities after re-extraction: %v, want %v", got, want)
	}
	for n, typ := range want {
		if got[n] != typ {
			t.Errorf("%s: %q, want %q (all: %v)", n, got[n], typ, got)
		}
	}
	p, err := s.Profile(ctx, nusra)
	if err != nil || p.Mentions != 2 || len(p.Aliases) != 1 || p.Aliases[0] != "Nusra Front" {
		t.Errorf("merged profile: %+v %v", p, err)
	}
	// Split the alias back out: its mention goes with it.
	newID, err := s.SplitAlias(ctx, nusra, "Nusra Front")
	if err != nil {
		t.Fatal(err)
	}
	p, _ = s.Profile(ctx, nusra)
	q, _ := s.Profile(ctx, newID)
	if p.Mentions != 1 || q.Mentions != 1 || q.Name != "Nusra Front" {
		t.Errorf("after split: %+v / %+v", p, q)
	}
	if err := s.SetWatched(ctx, newID, true); err != nil {
		t.Fatal(err)
	}
	var rules, history int
	s.DB().QueryRow(`SELECT count(*) FROM entity_rules`).Scan(&rules)
	s.DB().QueryRow(`SELECT count(*) FROM history`).Scan(&history)
	if rules != 2 || history < 7 {
		t.Errorf("rules %d, history %d", rules, history)
	}
	if len(p.CoOccurring) == 0 {
		t.Error("no co-occurring entities")
	}
}

func TestPossessiveWithoutApostrophe(t *testing.T) {
	s := MustOpenStore(t)
	ctx := context.Background()
	a := storeArticle(t, s, "one")
	s.SaveExtraction(ctx, a, mentionsOf([][3]string{{"Bashar al-Assad", "Bashar al-Assad", "PERSON"}, {"Homs", "Homs", "PLACE"}}))
	b := storeArticle(t, s, "two")
	s.SaveExtraction(ctx, b, mentionsOf([][3]string{{"Bashar Assads", "Bashar Assads", "PERSON"}, {"Hom", "Hom", "PLACE"}}))
	ents, _ := s.Entities(ctx, "PERSON", 0)
	if len(ents) != 1 || ents[0].Mentions != 2 {
		t.Errorf("people %+v", ents)
	}
	places, _ := s.Entities(ctx, "PLACE", 0)
	if len(places) != 2 {
		t.Errorf("a short name is not a possessive: %+v", places)
	}
}

func TestPossessiveOfAnAlias(t *testing.T) {
	s := MustOpenStore(t)
	ctx := context.Background()
	a := storeArticle(t, s, "one")
	// "Assad" is the short form of Bashar al-Assad in the first article
	s.SaveExtraction(ctx, a, &Extraction{Mentions: []ExtractedMention{
		{Text: "Bashar al-Assad", Entity: EntityRef{Name: "Bashar al-Assad", Type: "PERSON"}},
		{Text: "Assad", Entity: EntityRef{Name: "Bashar al-Assad", Type: "PERSON"}},
	}})
	b := storeArticle(t, s, "two")
	s.SaveExtraction(ctx, b, mentionsOf([][3]string{{"Assads", "Assads", "PERSON"}}))
	ents, _ := s.Entities(ctx, "PERSON", 0)
	if len(ents) != 1 || ents[0].Name != "Bashar al-Assad" || ents[0].Mentions != 3 {
		t.Errorf("people %+v: want Assads counted as Bashar al-Assad", ents)
	}
}

func TestPersonTitlesAndSpellings(t *testing.T) {
	s := MustOpenStore(t)
	ctx := context.Background()
	a := storeArticle(t, s, "one")
	s.SaveExtraction(ctx, a, mentionsOf([][3]string{{"President Barack Obama", "President Barack Obama", "PERSON"},
		{"Barrack Obama", "Barrack Obama", "PERSON"}, {"General", "General", "PERSON"}}))
	ents, _ := s.Entities(ctx, "PERSON", 0)
	names := map[string]int{}
	for _, e := range ents {
		names[e.Name] = e.Mentions
	}
	if names["Barack Obama"] != 2 || names["General"] != 1 || len(names) != 2 {
		t.Errorf("people %v", names)
	}
}

func TestPossessiveOfAnotherType(t *testing.T) {
	s := MustOpenStore(t)
	ctx := context.Background()
	a := storeArticle(t, s, "one")
	s.SaveExtraction(ctx, a, mentionsOf([][3]string{{"Syria", "Syria", "PLACE"}, {"Syrias", "Syrias", "ORG"}}))
	ents, _ := s.Entities(ctx, "", 0)
	if len(ents) != 1 || ents[0].Type != "PLACE" || ents[0].Mentions != 2 {
		t.Errorf("entities %+v", ents)
	}
}
