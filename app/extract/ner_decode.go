package extract

import (
	"math"
	"sync"
)

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
	// the decoder's work space, kept between sentences: allocating it
	// anew for each made the garbage collector run (and scan the
	// gazetteer) far more often
	delta, beta []float32
	back        []int8
	cands       [][]int8 // tags considered per token
	cbuf        []int8
	// hasWord[i] is false where the word has no previous-tag weights
	// (word[i] is all zero), which spares candidates a scan
	hasWord []bool
	// with ranged, whi and wlo hold wordRange(&word[i]) where hasWord[i],
	// from the tagger's word cache: candidates need not work them out for
	// every token again
	whi, wlo [][nTags]float32
	ranged   bool
	// hiH, loH: per tag, the range of the history weights over all valid
	// histories; they depend on the model only (see tagger.histRange)
	hiH, loH [nTags]float32
}

// trellises lends trellises to concurrent Extract calls.
var trellises = sync.Pool{New: func() any { return new(trellis) }}

// reset sizes the trellis for n tokens and clears the per-token scores.
func (tr *trellis) reset(n int) {
	if cap(tr.static) < n {
		tr.static = make([][nTags]float32, n)
		tr.word = make([][nTags][nTags]float32, n)
		const S = nTags * nTags
		tr.delta, tr.beta, tr.back = make([]float32, n*S), make([]float32, n*S), make([]int8, n*S)
	}
	if cap(tr.hasWord) < n {
		tr.hasWord = make([]bool, n)
	}
	tr.static, tr.word, tr.hasWord = tr.static[:n], tr.word[:n], tr.hasWord[:n]
	tr.ranged = false
	clear(tr.static)
	clear(tr.word)
	clear(tr.hasWord)
}

// histRange is, per tag, the highest and lowest history weight
// (prev[b][c] + prev2[b][a][c]) over the valid histories.
func histRange(prev *[nTags][nTags]float32, prev2 *[nTags][nTags][nTags]float32) (hiH, loH [nTags]float32) {
	for c := 0; c < nTags; c++ {
		hiH[c], loH[c] = negInf, float32(math.Inf(1))
		for b := 0; b < nTags; b++ {
			if !allowed(b, c) {
				continue
			}
			for a := 0; a < nTags; a++ {
				v := prev[b][c] + prev2[b][a][c]
				hiH[c], loH[c] = max(hiH[c], v), min(loH[c], v)
			}
		}
	}
	return
}

// local is the score of tag t at token i after p1 and p2.
func (tr *trellis) local(i, p1, p2, t int) float32 {
	return tr.static[i][t] + tr.word[i][p1][t] + tr.prev[p1][t] + tr.prev2[p1][p2][t]
}

var negInf = float32(math.Inf(-1))

// negInfs is a state row of negInf, to start each token's scores from.
var negInfs = func() (r [nTags * nTags]float32) {
	for k := range r {
		r[k] = negInf
	}
	return
}()

// preds[b] lists the tags that may come before b: the decoder visits only
// valid BIO pairs.
var preds = func() (p [nTags][]int) {
	for a := 0; a < nTags; a++ {
		for b := 0; b < nTags; b++ {
			if allowed(a, b) {
				p[b] = append(p[b], a)
			}
		}
	}
	return
}()

// decode returns the best-scoring valid tag sequence (second-order
// Viterbi; the tags before the sentence count as O) and, if withMargins,
// a confidence per token that accounts for its neighbours.
//
// With prune > 0 a tag is not considered at a token where even its best
// case scores more than prune below the surest tag's worst case there
// (O is always kept). Most tokens then keep O alone, and the search costs
// a fraction; training decodes without pruning.
func (tr *trellis) decode(withMargins bool, prune float32) ([]int, []float32) {
	n := len(tr.static)
	tags := make([]int, n)
	if n == 0 {
		return tags, nil
	}
	cands := tr.candidates(prune)
	const S = nTags * nTags // a state is (tag at i-1, tag at i): a*nTags+b
	delta, back := tr.delta[:n*S], tr.back[:n*S]
	copy(delta[:S], negInfs[:])
	for _, b := range cands[0] {
		if allowed(tagO, int(b)) {
			delta[tagO*nTags+int(b)] = tr.local(0, tagO, tagO, int(b))
		}
	}
	// prevm is the previous-tag weight, -inf where c may not follow b:
	// the loops below then need no check.
	var prevm [nTags][nTags]float32
	for b := range prevm {
		for c := range prevm[b] {
			prevm[b][c] = negInf
			if allowed(b, c) {
				prevm[b][c] = tr.prev[b][c]
			}
		}
	}
	for i := 1; i < n; i++ {
		d, prev := delta[i*S:(i+1)*S], delta[(i-1)*S:i*S]
		bk := back[i*S : (i+1)*S]
		copy(d, negInfs[:]) // a copy, which is vectorised, not a loop
		st, wd := &tr.static[i], &tr.word[i]
		for _, b8 := range cands[i-1] {
			b := int(b8)
			var best [nTags]float32
			var arg [nTags]int8
			for _, c := range cands[i] {
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
				for _, c := range cands[i] {
					if v := pd + row[c]; v > best[c] {
						best[c], arg[c] = v, int8(a)
					}
				}
			}
			for _, c := range cands[i] {
				d[b*nTags+int(c)] = best[c] + st[c] + wd[b][c] + prevm[b][c]
				bk[b*nTags+int(c)] = arg[c]
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
	beta := tr.beta[:n*S]
	clear(beta[(n-1)*S:])
	for i := n - 1; i > 0; i-- {
		next, cur := beta[i*S:(i+1)*S], beta[(i-1)*S:i*S]
		copy(cur, negInfs[:])
		st, wd := &tr.static[i], &tr.word[i]
		for _, b8 := range cands[i-1] {
			b := int(b8)
			var u [nTags]float32
			for _, c := range cands[i] {
				u[c] = st[c] + wd[b][c] + prevm[b][c] + next[b*nTags+int(c)]
			}
			// only the tags a that token i-2 may have (O before the
			// sentence): beta elsewhere meets a delta of -inf anyway
			as := onlyO[:]
			if i >= 2 {
				as = cands[i-2]
			}
			for _, a8 := range as {
				a := int(a8)
				if !allowed(a, b) {
					continue
				}
				row := &tr.prev2[b][a]
				best := negInf
				for _, c := range cands[i] {
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
		for _, b8 := range cands[i] {
			b := int(b8)
			if b == tags[i] {
				continue
			}
			for _, a := range preds[b] {
				if v := delta[i*S+a*nTags+b] + beta[i*S+a*nTags+b]; v > other {
					other = v
				}
			}
		}
		margins[i] = total - other // +Inf for an O with no rival: sure
	}
	return tags, margins
}

// candidates lists per token the tags decode considers (see decode).
func (tr *trellis) candidates(prune float32) [][]int8 {
	n := len(tr.static)
	if cap(tr.cands) < n {
		tr.cands = make([][]int8, n)
		tr.cbuf = make([]int8, n*nTags)
	}
	cands := tr.cands[:n]
	if prune <= 0 {
		for i := range cands {
			cands[i] = allTags[:]
		}
		return cands
	}
	hiH, loH := &tr.hiH, &tr.loH
	for i := range cands {
		var hi, lo [nTags]float32
		switch {
		case tr.hasWord[i] && tr.ranged:
			hi, lo = tr.whi[i], tr.wlo[i]
		case tr.hasWord[i]:
			hi, lo = wordRange(&tr.word[i])
		}
		floor := negInf
		for c := 0; c < nTags; c++ {
			hi[c] += tr.static[i][c] + hiH[c]
			lo[c] += tr.static[i][c] + loH[c]
			// O and B-X may follow any tag: their worst case is a floor
			if c == tagO || !isInside(c) {
				floor = max(floor, lo[c])
			}
		}
		list := tr.cbuf[i*nTags : i*nTags : (i+1)*nTags]
		for c := 0; c < nTags; c++ {
			if c == tagO || hi[c] >= floor-prune {
				list = append(list, int8(c))
			}
		}
		cands[i] = list
	}
	return cands
}

// wordRange is, per tag c, the highest and the lowest word weight w[b][c]
// over the tags b that may precede c.
func wordRange(w *[nTags][nTags]float32) (hi, lo [nTags]float32) {
	for c := 0; c < nTags; c++ {
		hi[c], lo[c] = negInf, float32(math.Inf(1))
		for _, b := range preds[c] {
			hi[c], lo[c] = max(hi[c], w[b][c]), min(lo[c], w[b][c])
		}
	}
	return hi, lo
}

var allTags = [nTags]int8{0, 1, 2, 3, 4, 5, 6, 7, 8}

// onlyO is the tag before a sentence.
var onlyO = [1]int8{tagO}

// isInside is true for the I- tags.
func isInside(t int) bool {
	return t == tagIPer || t == tagIOrg || t == tagILoc || t == tagIMisc
}
