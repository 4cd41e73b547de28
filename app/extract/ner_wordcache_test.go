package extract

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestWordCacheScores checks that the word cache gives every token the
// static scores of static's features added one by one, bit for bit, and
// the tagger the same tags and margins.
func TestWordCacheScores(t *testing.T) {
	x := mustNew(t)
	text := "Bashar al-Assad met Prince Bandar bin Sultan in Deir ez-Zor on Monday. " +
		"The Syrian Observatory for Human Rights said 12 people died. The People's Protection Units (YPG) " +
		"took Aleppo. \"It's over,\" he said — at 10:30 a.m. in the Bank of England. A a-Nasr Abu Bakr al-Baghdadi."
	files, _ := filepath.Glob(filepath.Join(corpusDir, "timeml", "TBAQ-cleaned", "*", "*.tml"))
	for _, f := range files[:min(len(files), 20)] {
		if raw, err := os.ReadFile(f); err == nil {
			text += "\n\n" + string(raw)
		}
	}
	d := newDocument(text)
	c := newWordCache(x.tagger, x.gaz)
	tokens := 0
	for _, s := range d.sents {
		words := make([]string, s.To-s.From)
		for k := range words {
			words[k] = d.toks[s.From+k].Text
		}
		ref := newSentFeats(words, x.gaz, x.actors)
		f := c.sentFeats(words, x.actors)
		c.prefetch(f)
		for i := range words {
			if f.lowers[i] != ref.lowers[i] || f.shapes[i] != ref.shapes[i] || f.shorts[i] != ref.shorts[i] || f.common[i] != ref.common[i] ||
				string(f.gaz) != string(ref.gaz) || string(f.actor) != string(ref.actor) || string(f.listed) != string(ref.listed) {
				t.Fatalf("%q: word %d: forms or marks differ", words, i)
			}
			var want, got [nTags]float32
			ref.static(i, func(h uint64) { x.tagger.addRow(&want, h) })
			c.staticScores(&got, f, i)
			if want != got {
				t.Fatalf("%q: word %d %q: scores %v, want %v", words, i, words[i], got, want)
			}
			r, ok := x.tagger.hist.get(ref.wordHist(i))
			if !ok {
				r = -1
			}
			if f.info[i].hist != r {
				t.Fatalf("%q: word %d: history row %d, want %d", words, i, f.info[i].hist, r)
			}
			tokens++
		}
		wantTags, wantM := x.tagger.tag(ref, nil)
		gotTags, gotM := x.tagger.tag(f, c)
		if !slices.Equal(gotTags, wantTags) || !slices.Equal(gotM, wantM) {
			t.Fatalf("%q: tags %v %v, want %v %v", words, gotTags, gotM, wantTags, wantM)
		}
	}
	t.Logf("%d tokens, %d words", tokens, len(c.m))
}

func TestHsShortPN(t *testing.T) {
	for _, c := range [][3]string{{"-", "Xx", "x"}, {"", "", ""}, {"x", "d", "-"}, {"Xx-Xx", "x", "X"}} {
		if hsShortPN(c[0], c[1], c[2]) != hs2(fShortPN, c[0]+"|"+c[1], c[2]) {
			t.Errorf("hsShortPN%q differs from hs2", c)
		}
	}
}
