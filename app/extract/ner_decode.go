package extract

import "math"

// trellis holds the scores the decoder combines. The tagger's features
// split into four groups, so the score of tag t at token i after tags p1
// (at i-1) and p2 (at i-2) is
//
//	static[i][t] + word[i][p1][t] + prev[p1][t] + prev2[p1][p2][t]
//
// With only two tags of history there are 81 histories per token, few
// enough to search them all (Viterbi) rather than committing to each tag
// before seeing the words after it, as greedy decoding did: "Bank of
// England" is a place when "England" is read alone, an organisation
// when the whole name is.
type trellis struct {
	static [][nTags]float32
	word   [][nTags][nTags]float32
	prev   [nTags][nTags]float32
	prev2  [nTags][nTags][nTags]float32
}

// reset sizes the trellis for n tokens and clears the per-token scores.
func (tr *trellis) reset(n int) {
	if cap(tr.static) < n {
		tr.static = make([][nTags]float32, n)
		tr.word = make([][nTags][nTags]float32, n)
	}
	tr.static, tr.word = tr.static[:n], tr.word[:n]
	clear(tr.static)
	clear(tr.word)
}

// local is the score of tag t at token i after p1 and p2.
func (tr *trellis) local(i, p1, p2, t int) float32 {
	return tr.static[i][t] + tr.word[i][p1][t] + tr.prev[p1][t] + tr.prev2[p1][p2][t]
}

var negInf = float32(math.Inf(-1))

// preds[b] lists the tags that may come before b, succs[b] those that may
// follow it: the decoder visits only valid BIO pairs.
var preds, succs = func() (p, s [nTags][]int) {
	for a := 0; a < nTags; a++ {
		for b := 0; b < nTags; b++ {
			if allowed(a, b) {
				p[b] = append(p[b], a)
				s[a] = append(s[a], b)
			}
		}
	}
	return
}()

// decode returns the best-scoring valid tag sequence (second-order
// Viterbi; the tags before the sentence count as O) and, if withMargins,
// a confidence per token that accounts for its neighbours.
func (tr *trellis) decode(withMargins bool) ([]int, []float32) {
	n := len(tr.static)
	tags := make([]int, n)
	if n == 0 {
		return tags, nil
	}
	const S = nTags * nTags // a state is (tag at i-1, tag at i): a*nTags+b
	delta := make([]float32, n*S)
	back := make([]int8, n*S)
	for k := range delta {
		delta[k] = negInf
	}
	for _, b := range succs[tagO] {
		delta[tagO*nTags+b] = tr.local(0, tagO, tagO, b)
	}
	// base[b][c]: the part of local(i, b, a, c) that does not depend on a
	var base [nTags][nTags]float32
	setBase := func(i int) {
		for b := 0; b < nTags; b++ {
			for _, c := range succs[b] {
				base[b][c] = tr.static[i][c] + tr.word[i][b][c] + tr.prev[b][c]
			}
		}
	}
	for i := 1; i < n; i++ {
		d, prev := delta[i*S:(i+1)*S], delta[(i-1)*S:i*S]
		bk := back[i*S : (i+1)*S]
		setBase(i)
		for b := 0; b < nTags; b++ {
			var best [nTags]float32
			var arg [nTags]int8
			for _, c := range succs[b] {
				best[c] = negInf
			}
			// a ascending with strict > keeps the lowest a on ties:
			// deterministic
			for _, a := range preds[b] {
				pd := prev[a*nTags+b]
				if pd == negInf {
					continue
				}
				row := &tr.prev2[b][a]
				for _, c := range succs[b] {
					if v := pd + row[c]; v > best[c] {
						best[c], arg[c] = v, int8(a)
					}
				}
			}
			for _, c := range succs[b] {
				if best[c] != negInf {
					d[b*nTags+c], bk[b*nTags+c] = best[c]+base[b][c], arg[c]
				}
			}
		}
	}
	last := delta[(n-1)*S:]
	bestK := 0
	for k := 1; k < S; k++ {
		if last[k] > last[bestK] {
			bestK = k
		}
	}
	total := last[bestK]
	a, b := bestK/nTags, bestK%nTags
	for i := n - 1; i >= 0; i-- {
		tags[i] = b
		if i > 0 {
			a, b = int(back[i*S+a*nTags+b]), a
		}
	}
	if !withMargins {
		return tags, nil
	}
	// beta[i][a*nTags+b]: the best score of tokens i+1.. given tags a, b
	// at i-1, i; delta+beta is then the best whole sequence through them.
	beta := make([]float32, n*S)
	for i := n - 1; i > 0; i-- {
		next, cur := beta[i*S:(i+1)*S], beta[(i-1)*S:i*S]
		setBase(i)
		for k := range cur {
			cur[k] = negInf
		}
		for b := 0; b < nTags; b++ {
			var u [nTags]float32
			for _, c := range succs[b] {
				u[c] = base[b][c] + next[b*nTags+c]
			}
			for _, a := range preds[b] {
				row := &tr.prev2[b][a]
				best := negInf
				for _, c := range succs[b] {
					if v := u[c] + row[c]; v > best {
						best = v
					}
				}
				cur[a*nTags+b] = best
			}
		}
	}
	// The margin of a token is how much the best sequence beats the best
	// one with another tag there. (The local margin along the best
	// sequence, as the greedy decoder had, scored the same on the dev sets
	// but goes negative where the neighbours outweigh the word, leaving
	// whole names with no confidence.)
	margins := make([]float32, n)
	for i := 0; i < n; i++ {
		other := negInf
		for b := 0; b < nTags; b++ {
			if b == tags[i] {
				continue
			}
			for _, a := range preds[b] {
				if v := delta[i*S+a*nTags+b] + beta[i*S+a*nTags+b]; v > other {
					other = v
				}
			}
		}
		margins[i] = total - other
	}
	return tags, margins
}
