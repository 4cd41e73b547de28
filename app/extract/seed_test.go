package extract

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// corpusDir is the shared development corpus, present on development
// machines only.
const corpusDir = "../../../shared/corpus"

type seedGold struct {
	PublicationDate string `json:"publication_date"`
	Entities        []struct {
		Name, Type string
		Mentions   []string
	}
	Timexes []struct {
		Line                   int
		Text, Type, Value, Mod string
	}
}

func loadSeed(t *testing.T) (string, seedGold) {
	t.Helper()
	base := filepath.Join(corpusDir, "seed", "000_a9d8ce577f5ed5ae")
	text, err := os.ReadFile(base + ".txt")
	if err != nil {
		t.Skipf("seed article not available (%v): skipping the end-to-end check", err)
	}
	var g seedGold
	b, err := os.ReadFile(base + ".gold.json")
	if err != nil {
		t.Skipf("seed gold not available: %v", err)
	}
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatal(err)
	}
	return string(text), g
}

// TestSeedArticle checks the worked example end to end: every gold time
// expression with its value, and entity F1 of at least 0.95 (mention
// strings matched per occurrence, as the evalkit does).
func TestSeedArticle(t *testing.T) {
	text, g := loadSeed(t)
	pub, _ := time.Parse("2006-01-02", g.PublicationDate)
	r := mustNew(t).Extract(text, pub)

	lineOf := func(off int) int { return strings.Count(text[:off], "\n") + 1 }
	used := map[int]bool{}
	for _, gt := range g.Timexes {
		found := false
		for i, tx := range r.Timexes {
			if !used[i] && tx.Text == gt.Text && lineOf(tx.Start) == gt.Line {
				used[i] = true
				found = true
				if tx.Value != gt.Value || tx.Type != gt.Type {
					t.Errorf("line %d %q = %s %s, want %s %s", gt.Line, gt.Text, tx.Type, tx.Value, gt.Type, gt.Value)
				}
				break
			}
		}
		if !found {
			t.Errorf("line %d: timex %q not found", gt.Line, gt.Text)
		}
	}

	// gold mentions: every occurrence of every mention string, longest first
	type span struct{ s, e int }
	gold := map[span]string{}
	taken := make([]bool, len(text))
	var all []struct {
		m, typ string
	}
	for _, e := range g.Entities {
		for _, m := range e.Mentions {
			all = append(all, struct{ m, typ string }{m, e.Type})
		}
	}
	for n := 60; n > 0; n-- {
		for _, c := range all {
			if len(c.m) != n {
				continue
			}
			for off := 0; ; {
				k := strings.Index(text[off:], c.m)
				if k < 0 {
					break
				}
				s, e := off+k, off+k+len(c.m)
				off = s + 1
				if (s > 0 && isWordByte(text[s-1])) || (e < len(text) && isWordByte(text[e])) || taken[s] || taken[e-1] {
					continue
				}
				for i := s; i < e; i++ {
					taken[i] = true
				}
				gold[span{s, e}] = c.typ
			}
		}
	}
	tp := 0
	for _, e := range r.Entities {
		if gold[span{e.Start, e.End}] == e.Type {
			tp++
		}
	}
	p := float64(tp) / float64(len(r.Entities))
	rc := float64(tp) / float64(len(gold))
	f1 := 2 * p * rc / (p + rc)
	if f1 < 0.95 {
		t.Errorf("seed entity F1 = %.3f (P %.3f R %.3f), want >= 0.95", f1, p, rc)
	}

	// events: Halfaya taken on Sunday; statements to Syria Direct are not events
	var sawHalfaya bool
	for _, ev := range r.Events {
		if ev.Date == "2017-04-23" && strings.Contains(ev.Summary, "Halfaya") {
			sawHalfaya = true
		}
		if strings.HasPrefix(ev.Summary, "told Syria Direct") {
			t.Errorf("reporting taken as an event: %+v", ev)
		}
	}
	if !sawHalfaya {
		t.Errorf("no event for the fall of Halfaya on 2017-04-23 in %+v", r.Events)
	}
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

// TestJSONShape checks the contract: lists are [] and never null, mod is
// omitted when empty, offsets are numbers.
func TestJSONShape(t *testing.T) {
	var buf bytes.Buffer
	if err := (Result{}).WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	if got := strings.TrimSpace(buf.String()); got != `{"entities":[],"timexes":[],"events":[]}` {
		t.Errorf("empty result = %s", got)
	}
	buf.Reset()
	r := mustNew(t).Extract("Rebels took Halfaya on Sunday.", monday)
	if err := r.WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	var out map[string][]map[string]any
	if err := json.NewDecoder(bufio.NewReader(&buf)).Decode(&out); err != nil {
		t.Fatal(err)
	}
	for _, tx := range out["timexes"] {
		if _, ok := tx["mod"]; ok {
			t.Errorf("empty mod written: %v", tx)
		}
	}
	for _, ev := range out["events"] {
		if ev["actors"] == nil || ev["places"] == nil {
			t.Errorf("null list in event %v", ev)
		}
	}
	if len(out["events"]) != 1 || out["events"][0]["date"] != "2017-04-23" {
		t.Errorf("events = %v, want one on 2017-04-23", out["events"])
	}
}

// TestConcurrentExtract runs Extract from several goroutines on one
// Extractor (run with -race to check that it is read-only).
func TestConcurrentExtract(t *testing.T) {
	x := mustNew(t)
	text := "Syrian Arab Army (SAA) soldiers took control of Halfaya on Sunday."
	want := len(x.Extract(text, monday).Entities)
	done := make(chan int)
	for i := 0; i < 4; i++ {
		go func() { done <- len(x.Extract(text, monday).Entities) }()
	}
	for i := 0; i < 4; i++ {
		if got := <-done; got != want {
			t.Errorf("concurrent run found %d entities, want %d", got, want)
		}
	}
}
