package data

import (
	"context"
	"testing"
)

func TestSaveExtractionKeepsUserWork(t *testing.T) {
	s := MustOpenStore(t)
	ctx := context.Background()
	out, err := s.InsertArticles(ctx, []NewArticle{{Title: "T", Body: "Hay’at Tahrir a-Sham took Halfaya on Sunday.", ContentHash: "x"}})
	if err != nil {
		t.Fatal(err)
	}
	id := out[0].ID
	ex := &Extraction{
		Mentions: []ExtractedMention{
			{Start: 3, End: 25, Text: "Hay’at Tahrir a-Sham", Entity: EntityRef{Name: "Hay’at Tahrir a-Sham", Type: "ORG"}},
			{Start: 31, End: 38, Text: "Halfaya", Entity: EntityRef{Name: "Halfaya", Type: "PLACE"}},
		},
		Timexes: []ExtractedTimex{{Start: 42, End: 48, Text: "Sunday", Type: "DATE", Value: "2017-04-23"}},
		Events: []ExtractedEvent{{Start: 3, End: 49, Date: "2017-04-23", Precision: "day", Summary: "HTS took Halfaya",
			Actors: []string{"Hay’at Tahrir a-Sham"}, Places: []string{"Halfaya"}}},
	}
	if err := s.SaveExtraction(ctx, id, ex); err != nil {
		t.Fatal(err)
	}
	// The user edits the event, and says "Halfaya" is not an entity.
	if _, err := s.DB().Exec(`UPDATE events SET status='edited', summary='edited by hand'`); err != nil {
		t.Fatal(err)
	}
	if _, err := s.DB().Exec(`INSERT INTO entity_rules (kind, name, norm_key) VALUES ('reject', 'Halfaya', ?)`, NormKey("Halfaya")); err != nil {
		t.Fatal(err)
	}
	// Re-extraction, with another spelling of the same group.
	ex.Mentions[0].Text, ex.Mentions[0].Entity.Name = "Hayat Tahrir al-Sham", "Hayat Tahrir al-Sham"
	ex.Events[0].Actors = []string{"Hayat Tahrir al-Sham"}
	if err := s.SaveExtraction(ctx, id, ex); err != nil {
		t.Fatal(err)
	}
	var events, edited, orgs, places int
	s.DB().QueryRow(`SELECT count(*), sum(status='edited') FROM events`).Scan(&events, &edited)
	s.DB().QueryRow(`SELECT count(*) FROM entities WHERE type='ORG'`).Scan(&orgs)
	s.DB().QueryRow(`SELECT count(*) FROM mentions m JOIN entities e ON e.id=m.entity_id WHERE e.type='PLACE'`).Scan(&places)
	if events != 2 || edited != 1 {
		t.Errorf("events %d (edited %d): the edited event must stay and the extracted one be replaced", events, edited)
	}
	if orgs != 1 {
		t.Errorf("%d ORG entities: transliteration variants must share one", orgs)
	}
	if places != 0 {
		t.Errorf("a rejected name came back (%d mentions)", places)
	}
	ents, err := s.Entities(ctx, "", 0)
	if err != nil || len(ents) != 1 || ents[0].Mentions != 1 {
		t.Errorf("entities: %+v %v", ents, err)
	}
}

func TestEditArticle(t *testing.T) {
	s := MustOpenStore(t)
	ctx := context.Background()
	out, _ := s.InsertArticles(ctx, []NewArticle{{Title: "Untitled", Body: "text", ContentHash: "x", Path: "a.txt"}})
	if err := s.EditArticle(ctx, out[0].ID, ArticleEdit{Title: "Real title", Published: "2017-04-24"}); err != nil {
		t.Fatal(err)
	}
	if err := s.EditArticle(ctx, out[0].ID, ArticleEdit{Published: "24/04/2017"}); err == nil {
		t.Error("a malformed date was accepted")
	}
	// The same text imported again (another path, another date) keeps the edits.
	s.InsertArticles(ctx, []NewArticle{{Title: "Other", Body: "text", Published: "2020-01-01", ContentHash: "x", Path: "b.txt"}})
	a, _ := s.Article(ctx, out[0].ID)
	if a.Title != "Real title" || a.Published != "2017-04-24" {
		t.Errorf("after re-import: %q %q", a.Title, a.Published)
	}
	var n int
	s.DB().QueryRow(`SELECT count(*) FROM history WHERE action='edit-article'`).Scan(&n)
	if n != 1 {
		t.Errorf("history rows %d", n)
	}
}

func TestEventDay(t *testing.T) {
	for v, want := range map[string]string{"2017-04-23": "2017-04-23", "2017-03": "2017-03-01", "2016": "2016-01-01",
		"2017-W16": "2017-04-17", "2016-08-17TAF": "2016-08-17", "2016-08-17T19:00": "2016-08-17", "2016-08-17X": "", "2015-W01": "2014-12-29", "XXXX-WXX-7": "", "P3M": ""} {
		got, ok := eventDay(v)
		if got != want || ok != (want != "") {
			t.Errorf("eventDay(%q) = %q, %v; want %q", v, got, ok, want)
		}
	}
}

func TestEvents(t *testing.T) {
	s := MustOpenStore(t)
	ctx := context.Background()
	out, _ := s.InsertArticles(ctx, []NewArticle{{Title: "T", Body: "b", ContentHash: "x", URL: "http://example.org/a"}})
	lat, lon := 35.3, 36.6
	ex := &Extraction{
		Mentions: []ExtractedMention{
			{Start: 0, End: 3, Text: "SAA", Entity: EntityRef{Name: "Syrian Arab Army", Type: "ORG"}},
			{Start: 4, End: 11, Text: "Halfaya", Entity: EntityRef{Name: "Halfaya", Type: "PLACE", Latitude: &lat, Longitude: &lon, Country: "SY"}},
		},
		Events: []ExtractedEvent{
			{Date: "2017-04-23", Precision: "day", Summary: "SAA took Halfaya", Actors: []string{"Syrian Arab Army"}, Places: []string{"Halfaya"}},
			{Date: "2016-08", Precision: "month", Summary: "earlier"},
		},
	}
	if err := s.SaveExtraction(ctx, out[0].ID, ex); err != nil {
		t.Fatal(err)
	}
	all, err := s.Events(ctx, EventFilter{})
	if err != nil || len(all) != 2 || all[0].Date != "2016-08-01" || all[0].Precision != "month" {
		t.Fatalf("events %+v %v", all, err)
	}
	e := all[1]
	if e.Summary != "SAA took Halfaya" || len(e.Actors) != 1 || e.Actors[0] != "Syrian Arab Army" ||
		len(e.Places) != 1 || *e.Places[0].Latitude != 35.3 || e.ArticleURL != "http://example.org/a" || e.Status != "extracted" {
		t.Errorf("event %+v", e)
	}
	ents, _ := s.Entities(ctx, "ORG", 0)
	filtered, _ := s.Events(ctx, EventFilter{EntityIDs: []int64{ents[0].ID}, From: "2017-01-01", To: "2017-12-31"})
	if len(filtered) != 1 || filtered[0].ID != e.ID {
		t.Errorf("filtered %+v", filtered)
	}
	places, _ := s.Entities(ctx, "PLACE", 0)
	both, _ := s.Events(ctx, EventFilter{EntityIDs: []int64{ents[0].ID, places[0].ID}, AllEntities: true})
	if len(both) != 1 {
		t.Errorf("all of SAA and Halfaya: %d events", len(both))
	}
	out2, _ := s.InsertArticles(ctx, []NewArticle{{Title: "U", Body: "c", ContentHash: "y"}})
	s.SaveExtraction(ctx, out2[0].ID, &Extraction{Mentions: []ExtractedMention{{Text: "Idlib", Entity: EntityRef{Name: "Idlib", Type: "PLACE"}}},
		Events: []ExtractedEvent{{Date: "2017-05-01", Precision: "day", Summary: "x", Places: []string{"Idlib"}}}})
	idlib, _ := s.FindEntities(ctx, "Idlib")
	anyOf, _ := s.Events(ctx, EventFilter{EntityIDs: []int64{ents[0].ID, idlib[0]}})
	allOf, _ := s.Events(ctx, EventFilter{EntityIDs: []int64{ents[0].ID, idlib[0]}, AllEntities: true})
	if len(anyOf) != 2 || len(allOf) != 0 {
		t.Errorf("any: %d events (want 2), all: %d (want 0)", len(anyOf), len(allOf))
	}
}

func TestAnnotations(t *testing.T) {
	s := MustOpenStore(t)
	ctx := context.Background()
	out, _ := s.InsertArticles(ctx, []NewArticle{{Title: "T", Body: "b", ContentHash: "x", Tags: []string{"credible"}}})
	id := out[0].ID
	if err := s.Annotate(ctx, ArticleTarget(id), Annotation{Tags: []string{"credible", "to check", " "}, Note: "Ask the Hama source."}); err != nil {
		t.Fatal(err)
	}
	a, err := s.Annotation(ctx, ArticleTarget(id))
	if err != nil || len(a.Tags) != 2 || a.Tags[1] != "to check" || a.Note != "Ask the Hama source." {
		t.Errorf("annotation %+v %v", a, err)
	}
	hits, _ := s.Search(ctx, SearchSpec{Tag: "to check"})
	if len(hits) != 1 {
		t.Errorf("tag filter finds %d", len(hits))
	}
	if err := s.SaveExtraction(ctx, id, &Extraction{Events: []ExtractedEvent{{Date: "2017-04-23", Precision: "day", Summary: "e"}}}); err != nil {
		t.Fatal(err)
	}
	evs, _ := s.Events(ctx, EventFilter{})
	if err := s.Annotate(ctx, EventTarget(evs[0].ID), Annotation{Tags: []string{"verified"}, Note: "Two sources."}); err != nil {
		t.Fatal(err)
	}
	a, _ = s.Annotation(ctx, EventTarget(evs[0].ID))
	if len(a.Tags) != 1 || a.Note != "Two sources." {
		t.Errorf("event annotation %+v", a)
	}
}

// Two spellings of one gazetteer place are one entity; the second spelling
// is its alias, and an event placed by either lists it.
func TestSpellingsOfOnePlaceAreOneEntity(t *testing.T) {
	s := MustOpenStore(t)
	ctx := context.Background()
	out, err := s.InsertArticles(ctx, []NewArticle{
		{Title: "A", Body: "Jets struck Idlib.", ContentHash: "a"},
		{Title: "B", Body: "Jets struck Idleb.", ContentHash: "b"},
	})
	if err != nil {
		t.Fatal(err)
	}
	lat, lon := 35.93062, 36.63393
	for i, name := range []string{"Idlib", "Idleb"} {
		ex := &Extraction{
			Mentions: []ExtractedMention{{Start: 15, End: 20, Text: name, Entity: EntityRef{Name: name, Type: "PLACE", Latitude: &lat, Longitude: &lon, Country: "SY"}}},
			Events:   []ExtractedEvent{{Start: 3, End: 21, Date: "2017-04-23", Precision: "day", Summary: "Jets struck " + name, Places: []string{name}}},
		}
		if err := s.SaveExtraction(ctx, out[i].ID, ex); err != nil {
			t.Fatal(err)
		}
	}
	ents, err := s.Entities(ctx, "PLACE", 0)
	if err != nil || len(ents) != 1 || ents[0].Name != "Idlib" || ents[0].Mentions != 2 {
		t.Fatalf("places: %+v %v", ents, err)
	}
	var alias, participants int
	s.DB().QueryRow(`SELECT count(*) FROM aliases WHERE name='Idleb' AND entity_id=?`, ents[0].ID).Scan(&alias)
	s.DB().QueryRow(`SELECT count(*) FROM event_participants WHERE entity_id=?`, ents[0].ID).Scan(&participants)
	if alias != 1 || participants != 2 {
		t.Errorf("alias %d, events placed there %d", alias, participants)
	}
}
