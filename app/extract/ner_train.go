package extract

import (
	"fmt"
	"io"
	"math/rand"
)

// TaggedSentence is one training sentence for the entity tagger: words as
// written and their BIO tags (O, B-PER, I-PER, B-ORG, I-ORG, B-LOC, I-LOC).
type TaggedSentence struct {
	Words []string
	Tags  []string
}

// TrainTagger trains the averaged-perceptron entity tagger on sents with the
// embedded gazetteer and actor list as features, and writes the model in the
// format New loads. Used by tools/trainner (`make model`).
func TrainTagger(sents []TaggedSentence, epochs int, w io.Writer, log io.Writer) error {
	g, err := loadGazetteer()
	if err != nil {
		return err
	}
	actors, err := loadActors()
	if err != nil {
		return err
	}
	tagID := map[string]int{}
	for i, n := range tagNames {
		tagID[n] = i
	}
	type ex struct {
		f    *sentFeats
		gold []int
	}
	data := make([]ex, 0, len(sents))
	counts := map[uint64]int32{}
	for _, s := range sents {
		gold := make([]int, len(s.Tags))
		for i, t := range s.Tags {
			id, ok := tagID[t]
			if !ok {
				return fmt.Errorf("unknown tag %q", t)
			}
			gold[i] = id
		}
		f := newSentFeats(s.Words, g, actors)
		for i := range s.Words {
			f.static(i, func(h uint64) { counts[h]++ })
		}
		data = append(data, ex{f, gold})
	}
	// Features seen once are mostly noise and bloat the model.
	p := newPerceptron()
	for h, c := range counts {
		if c >= 2 {
			p.keep[h] = true
		}
	}
	counts = nil
	rng := rand.New(rand.NewSource(1))
	var tr trellis
	hist := histKeys{}
	var feats [][]uint64 // static features per token of the current sentence
	for e := 0; e < epochs; e++ {
		rng.Shuffle(len(data), func(i, j int) { data[i], data[j] = data[j], data[i] })
		errs, total := 0, 0
		for _, d := range data {
			// Structured perceptron (Collins 2002): decode the whole sentence
			// with the current weights as inference will, then reward the
			// gold sequence's features and penalise the guess's where they
			// differ. The weights thus learn to score whole sequences, which
			// is what the Viterbi decoder compares.
			n := len(d.gold)
			for len(feats) < n {
				feats = append(feats, nil)
			}
			tr.reset(n)
			p.history(&tr)
			for i := 0; i < n; i++ {
				feats[i] = feats[i][:0]
				d.f.static(i, func(h uint64) { feats[i] = append(feats[i], h) })
				p.addRow(&tr.static[i], feats[i])
				hw := d.f.wordHist(i)
				for p1 := 0; p1 < nTags; p1++ {
					p.addRow(&tr.word[i][p1], []uint64{hist.key(hw, p1)})
				}
			}
			guess, _ := tr.decode(false, 0)
			p.t++
			g1, g2, q1, q2 := tagO, tagO, tagO, tagO
			for i := 0; i < n; i++ {
				g, q := d.gold[i], guess[i]
				if g != q {
					errs++
					for _, h := range feats[i] {
						if p.keep[h] {
							p.add(h, g, 1)
							p.add(h, q, -1)
						}
					}
				}
				if g != q || g1 != q1 || g2 != q2 {
					hw := d.f.wordHist(i)
					for _, h := range [3]uint64{prevTagFeat(g1), prevTagsFeat(g1, g2), hist.key(hw, g1)} {
						p.add(h, g, 1)
					}
					for _, h := range [3]uint64{prevTagFeat(q1), prevTagsFeat(q1, q2), hist.key(hw, q1)} {
						p.add(h, q, -1)
					}
				}
				total++
				g2, g1, q2, q1 = g1, g, q1, q
			}
		}
		fmt.Fprintf(log, "epoch %d: %d/%d token errors (%.2f%%)\n", e+1, errs, total, 100*float64(errs)/float64(total))
	}
	weights := p.averaged()
	return writeTagger(w, weights, hist.split(weights))
}

// histKeys names the previous-tag × word weights during training, one
// feature per word and previous tag, and remembers which they are so that
// they can be written as one row per word.
type histKeys map[uint64]histKey

type histKey struct {
	word uint64
	p1   int
}

func (hk histKeys) key(word uint64, p1 int) uint64 {
	h := word
	h ^= 0xfe
	h *= fnvPrime
	h ^= uint64(p1)
	h *= fnvPrime
	hk[h] = histKey{word, p1}
	return h
}

// split moves the previous-tag × word weights out of weights into rows
// by word.
func (hk histKeys) split(weights map[uint64]*[nTags]float64) map[uint64]*[nTags * nTags]float64 {
	out := map[uint64]*[nTags * nTags]float64{}
	for h, k := range hk {
		row := weights[h]
		if row == nil {
			continue
		}
		delete(weights, h)
		r := out[k.word]
		if r == nil {
			r = &[nTags * nTags]float64{}
			out[k.word] = r
		}
		copy(r[k.p1*nTags:], row[:])
	}
	return out
}

// perceptron keeps current and summed weights for averaging (with the
// usual lazy timestamp trick, so an update costs only the touched weights).
type perceptron struct {
	keep map[uint64]bool
	w    map[uint64]*[nTags]float64
	tot  map[uint64]*[nTags]float64
	ts   map[uint64]*[nTags]int
	t    int
}

func newPerceptron() *perceptron {
	return &perceptron{keep: map[uint64]bool{}, w: map[uint64]*[nTags]float64{}, tot: map[uint64]*[nTags]float64{}, ts: map[uint64]*[nTags]int{}}
}

// addRow adds the current weights of feats to sc.
func (p *perceptron) addRow(sc *[nTags]float32, feats []uint64) {
	for _, h := range feats {
		if row := p.w[h]; row != nil {
			for j := range sc {
				sc[j] += float32(row[j])
			}
		}
	}
}

// history fills the word-independent tag-history scores of tr.
func (p *perceptron) history(tr *trellis) {
	for p1 := 0; p1 < nTags; p1++ {
		tr.prev[p1] = [nTags]float32{}
		p.addRow(&tr.prev[p1], []uint64{prevTagFeat(p1)})
		for p2 := 0; p2 < nTags; p2++ {
			tr.prev2[p1][p2] = [nTags]float32{}
			p.addRow(&tr.prev2[p1][p2], []uint64{prevTagsFeat(p1, p2)})
		}
	}
}

// add changes the weight of feature h for tag j by v at the current time.
func (p *perceptron) add(h uint64, j int, v float64) {
	row := p.w[h]
	if row == nil {
		row, p.tot[h], p.ts[h] = &[nTags]float64{}, &[nTags]float64{}, &[nTags]int{}
		p.w[h] = row
	}
	tot, ts := p.tot[h], p.ts[h]
	tot[j] += float64(p.t-ts[j]) * row[j]
	ts[j] = p.t
	row[j] += v
}

func (p *perceptron) averaged() map[uint64]*[nTags]float64 {
	out := make(map[uint64]*[nTags]float64, len(p.w))
	for h, row := range p.w {
		tot, ts := p.tot[h], p.ts[h]
		var a [nTags]float64
		for j := range a {
			a[j] = (tot[j] + float64(p.t-ts[j])*row[j]) / float64(p.t)
		}
		out[h] = &a
	}
	return out
}

// SentenceSpans tokenises text as Extract does and returns, per sentence,
// the byte span [start, end) of each token; training tools use it to align
// annotated text with the tagger's tokens.
func SentenceSpans(text string) [][][2]int {
	d := newDocument(text)
	out := make([][][2]int, 0, len(d.sents))
	for _, s := range d.sents {
		sent := make([][2]int, 0, s.To-s.From)
		for k := s.From; k < s.To; k++ {
			sent = append(sent, [2]int{d.toks[k].Start, d.toks[k].End})
		}
		out = append(out, sent)
	}
	return out
}
