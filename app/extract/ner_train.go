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
	var feats []uint64
	for e := 0; e < epochs; e++ {
		rng.Shuffle(len(data), func(i, j int) { data[i], data[j] = data[j], data[i] })
		errs, total := 0, 0
		for _, d := range data {
			p1, p2 := tagO, tagO
			for i := range d.gold {
				feats = feats[:0]
				collect := func(h uint64) { feats = append(feats, h) }
				d.f.static(i, collect)
				nStatic := len(feats)
				d.f.dynamic(i, p1, p2, collect)
				guess := p.predict(feats, p1)
				p.update(feats, nStatic, d.gold[i], guess)
				if guess != d.gold[i] {
					errs++
				}
				total++
				// teacher forcing: the history is the gold history
				p2, p1 = p1, d.gold[i]
			}
		}
		fmt.Fprintf(log, "epoch %d: %d/%d token errors (%.2f%%)\n", e+1, errs, total, 100*float64(errs)/float64(total))
	}
	return writeTagger(w, p.averaged())
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

func (p *perceptron) predict(feats []uint64, prev int) int {
	var sc [nTags]float64
	for _, h := range feats {
		if row := p.w[h]; row != nil {
			for j := range sc {
				sc[j] += row[j]
			}
		}
	}
	best := -1
	for j := 0; j < nTags; j++ {
		if allowed(prev, j) && (best < 0 || sc[j] > sc[best]) {
			best = j
		}
	}
	return best
}

// update moves weights toward gold; of feats, the first nStatic are static
// features, kept only when frequent, the rest tag-history features.
func (p *perceptron) update(feats []uint64, nStatic, gold, guess int) {
	p.t++
	if gold == guess {
		return
	}
	for k, h := range feats {
		if k < nStatic && !p.keep[h] {
			continue
		}
		row := p.w[h]
		if row == nil {
			row, p.tot[h], p.ts[h] = &[nTags]float64{}, &[nTags]float64{}, &[nTags]int{}
			p.w[h] = row
		}
		tot, ts := p.tot[h], p.ts[h]
		for _, j := range [2]int{gold, guess} {
			tot[j] += float64(p.t-ts[j]) * row[j]
			ts[j] = p.t
		}
		row[gold]++
		row[guess]--
	}
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
