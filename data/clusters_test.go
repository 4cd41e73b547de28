package data

import (
	"context"
	"fmt"
	"testing"
)

func TestClusterEvents(t *testing.T) {
	s := MustOpenStore(t)
	ctx := context.Background()
	report := func(body, source, date, summary, place string) {
		out, err := s.InsertArticles(ctx, []NewArticle{{Title: body, Body: body, Source: source, ContentHash: body}})
		if err != nil {
			t.Fatal(err)
		}
		ex := mentionsOf([][3]string{{place, place, "PLACE"}})
		ex.Events = []ExtractedEvent{{Date: date, Precision: "day", Summary: summary, Places: []string{place}}}
		if err := s.SaveExtraction(ctx, out[0].ID, ex); err != nil {
			t.Fatal(err)
		}
	}
	report("a", "Reuters", "2017-04-04", "Suspected chemical attack kills dozens in Khan Sheikhoun", "Khan Sheikhoun")
	report("b", "AFP", "2017-04-05", "Chemical attack in Khan Sheikhoun kills at least 58", "Khan Sheikhoun")
	report("c", "SANA", "2017-04-05", "Airstrikes hit Douma market", "Douma")
	report("d", "nna", "2017-04-20", "Chemical attack anniversary in Khan Sheikhoun", "Khan Sheikhoun")
	if err := s.ClusterEvents(ctx); err != nil {
		t.Fatal(err)
	}
	grouped, err := s.Events(ctx, EventFilter{Grouped: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(grouped) != 3 {
		t.Fatalf("%d grouped events, want 3: %+v", len(grouped), grouped)
	}
	g := grouped[0]
	if len(g.Reports) != 2 || len(g.Sources()) != 2 || g.Sources()[0] != "Reuters" || g.Sources()[1] != "AFP" {
		t.Errorf("first group: %+v", g)
	}
	// The analyst splits the group; computing the groups again keeps that.
	all, _ := s.Events(ctx, EventFilter{})
	if err := s.SetEventCluster(ctx, []int64{all[0].ID, all[1].ID}, false); err != nil {
		t.Fatal(err)
	}
	if err := s.ClusterEvents(ctx); err != nil {
		t.Fatal(err)
	}
	grouped, _ = s.Events(ctx, EventFilter{Grouped: true})
	if len(grouped) != 4 {
		t.Errorf("after split: %d events, want 4", len(grouped))
	}
	if _, err := s.Undo(ctx); err != nil {
		t.Fatal(err)
	}
	grouped, _ = s.Events(ctx, EventFilter{Grouped: true})
	if len(grouped) != 3 {
		t.Errorf("after undoing the split: %d events, want 3", len(grouped))
	}
}

func TestMergeEventsByHand(t *testing.T) {
	s := MustOpenStore(t)
	ctx := context.Background()
	for i, src := range []string{"Reuters", "SANA"} {
		out, _ := s.InsertArticles(ctx, []NewArticle{{Title: src, Body: src, Source: src, ContentHash: src}})
		ex := &Extraction{Events: []ExtractedEvent{{Date: fmt.Sprintf("2017-04-0%d", 4+i), Precision: "day", Summary: "different words " + src}}}
		s.SaveExtraction(ctx, out[0].ID, ex)
	}
	all, _ := s.Events(ctx, EventFilter{})
	if err := s.SetEventCluster(ctx, []int64{all[0].ID, all[1].ID}, true); err != nil {
		t.Fatal(err)
	}
	s.ClusterEvents(ctx) // a merge by hand survives the automatic grouping
	grouped, _ := s.Events(ctx, EventFilter{Grouped: true})
	if len(grouped) != 1 || len(grouped[0].Sources()) != 2 {
		t.Errorf("merged: %+v", grouped)
	}
}
