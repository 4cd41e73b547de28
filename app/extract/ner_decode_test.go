package extract

import (
	"bytes"
	"math/rand"
	"testing"
)

// randomTrellis fills a trellis for n tokens with scores from rng.
func randomTrellis(rng *rand.Rand, n int) *trellis {
	tr := &trellis{}
	tr.reset(n)
	r := func() float32 { return float32(rng.Intn(21) - 10) }
	for i := 0; i < n; i++ {
		for t := 0; t < nTags; t++ {
			tr.static[i][t] = r()
			for p := 0; p < nTags; p++ {
				tr.word[i][p][t] = r()
			}
		}
	}
	for p1 := 0; p1 < nTags; p1++ {
		for t := 0; t < nTags; t++ {
			tr.prev[p1][t] = r()
			for p2 := 0; p2 < nTags; p2++ {
				tr.prev2[p1][p2][t] = r()
			}
		}
	}
	return tr
}

// score is the total score of tags in tr, or false if they are not valid BIO.
func (tr *trellis) score(tags []int) (float32, bool) {
	var s float32
	p1, p2 := tagO, tagO
	for i, t := range tags {
		if !allowed(p1, t) {
			return 0, false
		}
		s += tr.local(i, p1, p2, t)
		p2, p1 = p1, t
	}
	return s, true
}

// The decoder finds the best valid sequence: checked against trying all
// sequences of short sentences.
func TestDecodeIsExact(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	for trial := 0; trial < 60; trial++ {
		n := 1 + trial%4
		tr := randomTrellis(rng, n)
		got, margins := tr.decode(true, 0)
		gs, ok := tr.score(got)
		if !ok {
			t.Fatalf("decode returned invalid BIO %v", got)
		}
		if len(margins) != n {
			t.Fatalf("%d margins for %d tokens", len(margins), n)
		}
		for i, m := range margins {
			if m < 0 {
				t.Errorf("negative margin %v at %d", m, i)
			}
		}
		seq := make([]int, n)
		var walk func(i int)
		walk = func(i int) {
			if i == n {
				if s, ok := tr.score(seq); ok && s > gs {
					t.Fatalf("trial %d: %v scores %v, better than decoded %v (%v)", trial, seq, s, got, gs)
				}
				return
			}
			for t := 0; t < nTags; t++ {
				seq[i] = t
				walk(i + 1)
			}
		}
		walk(0)
	}
}

// Pruning keeps the output valid BIO, and with slack to spare it changes
// nothing.
func TestDecodePruned(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	for trial := 0; trial < 200; trial++ {
		tr := randomTrellis(rng, 1+trial%12)
		exact, _ := tr.decode(true, 0)
		pruned, margins := tr.decode(true, 5)
		if _, ok := tr.score(pruned); !ok {
			t.Fatalf("pruned decode returned invalid BIO %v", pruned)
		}
		for i, m := range margins {
			if m < 0 {
				t.Fatalf("negative margin %v at %d", m, i)
			}
		}
		loose, _ := tr.decode(true, 1000)
		for i := range exact {
			if loose[i] != exact[i] {
				t.Fatalf("trial %d: pruning with wide slack changed %v to %v", trial, exact, loose)
			}
		}
	}
}

// greedy decodes as the tagger did before: each tag fixed before the next
// word is seen.
func (tr *trellis) greedy() []int {
	tags := make([]int, len(tr.static))
	p1, p2 := tagO, tagO
	for i := range tags {
		best := -1
		for t := 0; t < nTags; t++ {
			if allowed(p1, t) && (best < 0 || tr.local(i, p1, p2, t) > tr.local(i, p1, p2, best)) {
				best = t
			}
		}
		tags[i] = best
		p2, p1 = p1, best
	}
	return tags
}

// "Bank of England": read alone, the first word looks a little more like a
// place; the next words are only likely inside an organisation. Greedy
// decoding commits to the place and must then break the name; the search
// finds the organisation.
func TestDecodeBeatsGreedy(t *testing.T) {
	tr := &trellis{}
	tr.reset(3)
	tr.static[0][tagBLoc], tr.static[0][tagBOrg] = 2, 1.5
	tr.static[1][tagIOrg], tr.static[1][tagILoc] = 3, 0.5
	tr.static[2][tagIOrg], tr.static[2][tagBLoc] = 3, 2.9
	g := tr.greedy()
	v, _ := tr.decode(true, 0)
	want := []int{tagBOrg, tagIOrg, tagIOrg}
	for i := range want {
		if v[i] != want[i] {
			t.Fatalf("decode = %v, want %v", v, want)
		}
	}
	gs, _ := tr.score(g)
	vs, _ := tr.score(v)
	if gs >= vs {
		t.Errorf("greedy %v (%v) should score below %v (%v)", g, gs, v, vs)
	}
}

// A model written by writeTagger reads back with the same weights, the
// word-history rows included.
func TestTaggerRoundTrip(t *testing.T) {
	w := map[uint64]*[nTags]float64{hs(fWord, "aleppo"): {0, 0, 0, 0, 0, 4, 0, 0, 0}}
	h := map[uint64]*[nTags * nTags]float64{hs(fPrevTagWord, "city"): {}}
	h[hs(fPrevTagWord, "city")][tagBLoc*nTags+tagILoc] = 2
	var buf bytes.Buffer
	if err := writeTagger(&buf, w, h); err != nil {
		t.Fatal(err)
	}
	tg, err := readTagger(&buf)
	if err != nil {
		t.Fatal(err)
	}
	f := &sentFeats{words: []string{"Aleppo", "City"}, lowers: []string{"aleppo", "city"}}
	if q := tg.idx.get(hs(fWord, "aleppo")); q == nil || float32(q[tagBLoc])*tg.idx.scale < 3.99 {
		t.Errorf("word weight lost")
	}
	r, ok := tg.hist.get(f.wordHist(1))
	if !ok || tg.hw[int(r)*nTags*nTags+tagBLoc*nTags+tagILoc] < 1.99 {
		t.Errorf("word-history weight lost")
	}
}
