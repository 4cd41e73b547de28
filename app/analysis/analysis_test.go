package analysis

import (
	"strings"
	"testing"

	"dossier/data"
)

func TestWatchlistWins(t *testing.T) {
	a, err := New()
	if err != nil {
		t.Fatal(err)
	}
	body := "Syrian Army soldiers entering Halfaya on Sunday. Photo courtesy of Victory Qawem. Victory qawem said so."
	a = a.WithWatchlist([]data.Watch{{Name: "Victory Qawem", Type: "ORG"}, {Name: "Zzyzx Brigade", Type: "ORG"}})
	ex := a.Analyze("Title", body, "2017-04-24")
	n := 0
	for _, m := range ex.Mentions {
		if m.Entity.Name == "Victory Qawem" {
			n++
			if m.Entity.Type != "ORG" {
				t.Errorf("watched ORG mention typed %s", m.Entity.Type)
			}
		}
		if m.Text == "Victory Qawem" && m.Entity.Type != "ORG" {
			t.Errorf("the tagger's reading %+v was kept over the watchlist", m)
		}
	}
	if n != 2 {
		t.Errorf("%d watched mentions, want 2: %+v", n, ex.Mentions)
	}
	text := data.AnalysedText("Title", body)
	for _, m := range ex.Mentions {
		if text[m.Start:m.End] != m.Text {
			t.Errorf("offsets %d-%d give %q, not %q", m.Start, m.End, text[m.Start:m.End], m.Text)
		}
	}
}

// A state the tagger calls a party ("Turkey said") is stored as the one
// place Turkey, and stays an actor of its event.
func TestActingStateIsOnePlace(t *testing.T) {
	a, err := New()
	if err != nil {
		t.Fatal(err)
	}
	ex := a.Analyze("Shelling", "Turkey shelled the town of Afrin on Saturday. Thousands of people fled from Afrin to Turkey.", "2017-04-24")
	n := 0
	for _, m := range ex.Mentions {
		if m.Text == "Turkey" {
			n++
			if m.Entity.Type != "PLACE" {
				t.Errorf("mention of Turkey at %d stored as %s, want the place", m.Start, m.Entity.Type)
			}
		}
	}
	if n != 2 {
		t.Fatalf("%d mentions of Turkey, want 2: %+v", n, ex.Mentions)
	}
	found := false
	for _, e := range ex.Events {
		for _, actor := range e.Actors {
			found = found || actor == "Turkey"
		}
	}
	if !found {
		t.Errorf("Turkey is no longer an actor of the shelling: %+v", ex.Events)
	}
}

// An article's own stamp anchors its relative dates when the date it was
// imported with says otherwise; a date in the story itself does not.
func TestPageStampAnchorsRelativeDates(t *testing.T) {
	a, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ title, body, published, want string }{
		{"Rebels take town", "Reuters Sunday 9 Oct 2016 Rebels took the town of Halfaya on Saturday, a monitor said.", "2011-09-15", "2016-10-08"},
		{"Rebels take town", "Published February 23 2015 Rebels took the town of Halfaya on Saturday.", "2015-03-20", "2015-02-21"},
		{"Rebels take town", "On Sunday 9 Oct 2016 the army shelled Hama. Rebels took the town of Halfaya on Saturday.", "2017-04-24", "2017-04-22"},
		{"Rebels take town", "On March 15 2011 protests began. Rebels took the town of Halfaya on Saturday.", "2017-04-24", "2017-04-22"},
	}
	for _, c := range cases {
		ex := a.Analyze(c.title, c.body, c.published)
		found := false
		for _, e := range ex.Events {
			if strings.Contains(e.Sentence, "Halfaya") {
				found = true
				if e.Date != c.want {
					t.Errorf("%q (published %s): event on %s, want %s", c.body, c.published, e.Date, c.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no Halfaya event in %+v", c.body, ex.Events)
		}
	}
}
