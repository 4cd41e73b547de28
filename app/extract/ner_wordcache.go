package extract

import (
	"math"
	"sync"
)

// wordInfo is what the tagger derives from one word alone, wherever it
// stands: the word's forms and the weights of the features (see static)
// that read nothing but the word.
type wordInfo struct {
	lower, shape, short string
	common              bool
	// self is the sum of the word's own features, fBias to fShort, added
	// in static's order from zero: a token's scores that start from it
	// come out bit for bit as when static adds each feature in turn
	self [nTags]float32
	// nb holds the word's rows as the word before or after (by one or two)
	// the token being scored, by nbPrev1...; bit k of hasNb is set where
	// the model has row k. They are copies, not pointers into the model's
	// table: read for every token the word is next to, they are then where
	// the word's other fields are, not scattered over megabytes of table.
	nb      [nbRows][nTags]int16
	hasNb   uint8
	gaz0    *[nTags]int16 // fGaz outside a gazetteer name
	common0 *[nTags]int16 // fCommon after a sentence's first word
	// particle: the word opens with an Arabic particle (fParticle)
	particle bool
	hist     int32 // the word's previous-tag row in hw, or -1
	// whi, wlo: wordRange of that row, for the decoder's pruning
	whi, wlo [nTags]float32
	// key is NormKey of the word, once markNames has asked for it
	key     string
	keyDone bool
}

// normKey returns NormKey(w), w being the word of wi.
func (wi *wordInfo) normKey(w string) string {
	if !wi.keyDone {
		wi.key, wi.keyDone = NormKey(w), true
	}
	return wi.key
}

// The rows of wordInfo.nb.
const (
	nbPrev1 = iota
	nbNext1
	nbPrev2
	nbNext2
	nbShapeP1
	nbShapeN1
	nbRows
)

// setNb copies row q, if any, to nb[k].
func (wi *wordInfo) setNb(k int, q *[nTags]int16) {
	if q != nil {
		wi.nb[k], wi.hasNb = *q, wi.hasNb|1<<k
	}
}

// nbRow returns the word's row k, nil if the model has none.
func (wi *wordInfo) nbRow(k int) *[nTags]int16 {
	if wi.hasNb&(1<<k) == 0 {
		return nil
	}
	return &wi.nb[k]
}

// wordCache maps the words of one document to their wordInfo. News text
// repeats its words, so most tokens need neither hashing nor a probe of the
// model's tables, which are far larger than the processor's caches and
// cost a memory round trip per feature. A cache serves one Extract call
// and is emptied before the next (see wordCaches): Extract runs
// concurrently in the import workers, whose shared tagger must stay
// read-only, and a cache kept across documents would grow with every
// article.
type wordCache struct {
	t *tagger
	g *gazetteer
	m map[string]*wordInfo
	// the wordInfos of m, in chunks kept from call to call; the first
	// nInfo are in use
	infos [][]wordInfo
	nInfo int
	// the rows of features that do not depend on the word: the sentence's
	// edges as neighbours, fParticle, fActor by mark, fCapRun by run length
	bos, eos          wordInfo // only the neighbour rows are set
	particle          *[nTags]int16
	actorNone, actorB *[nTags]int16
	actorI            *[nTags]int16
	capRun            [6]*[nTags]int16
	// pairs holds, per token of the sentence being tagged, the hashes of
	// its features of two or three words: fShortPN, fBiP, fBiN
	pairs [][3]uint64
	sf    sentFeats // see sentFeats
	pend  []newWord // see sentFeats
	sink  uint64    // see prefetch
}

// wordCaches lends word caches to Extract calls. A cache is emptied when
// it is lent, so nothing passes from one document to the next; the pool
// spares each call growing a map and allocating its wordInfos anew, which
// for a short article cost a good part of what the cache saves there.
var wordCaches = sync.Pool{New: func() any { return &wordCache{m: map[string]*wordInfo{}} }}

// newWordCache lends an empty word cache for one Extract call; release
// gives it back.
func newWordCache(t *tagger, g *gazetteer) *wordCache {
	c := wordCaches.Get().(*wordCache)
	clear(c.m)
	c.nInfo = 0
	c.t, c.g = t, g
	c.bos, c.eos = wordInfo{}, wordInfo{}
	get := t.idx.get
	c.bos.setNb(nbPrev1, get(hs(fPrev1, "<s>")))
	c.bos.setNb(nbPrev2, get(hs(fPrev2, "<s>")))
	c.bos.setNb(nbShapeP1, get(hs(fShapeP1, "-")))
	c.eos.setNb(nbNext1, get(hs(fNext1, "</s>")))
	c.eos.setNb(nbNext2, get(hs(fNext2, "</s>")))
	c.eos.setNb(nbShapeN1, get(hs(fShapeN1, "-")))
	c.particle = get(hs(fParticle, ""))
	c.actorNone = get(hs2(fActor, string(rune('0'+0)), ""))
	c.actorB = get(hs2(fActor, string(rune('0'+'B')), ""))
	c.actorI = get(hs2(fActor, string(rune('0'+'I')), ""))
	for r := 1; r <= 5; r++ {
		c.capRun[r] = get(hs(fCapRun, string(rune('0'+r))))
	}
	return c
}

// release gives c back to the pool; nothing of it may be used after.
func (c *wordCache) release() {
	c.t, c.g = nil, nil
	wordCaches.Put(c)
}

// infoChunk is the number of wordInfos allocated at a time.
const infoChunk = 256

// newInfo returns a zero wordInfo from the cache's own store.
func (c *wordCache) newInfo() *wordInfo {
	k, j := c.nInfo/infoChunk, c.nInfo%infoChunk
	if k == len(c.infos) {
		c.infos = append(c.infos, make([]wordInfo, infoChunk))
	}
	c.nInfo++
	wi := &c.infos[k][j]
	*wi = wordInfo{}
	return wi
}

// newWord is a word first seen in the sentence being read: the hashes of
// its features, whose rows are looked up once the whole sentence has been
// read (see wordCache.sentFeats).
type newWord struct {
	wi    *wordInfo
	self  [9]uint64 // its own features, fBias to fShort, in static's order
	nSelf int
	// as prev1, next1, prev2, next2, shapeP1, shapeN1, gaz0, common0; then
	// its previous-tag feature
	rows [9]uint64
}

// addWord makes the wordInfo of w, a word not in the cache yet, with its
// forms set and its rows to be looked up by resolve; it reads the table
// slots that resolve will look at (see prefetch).
func (c *wordCache) addWord(w string) *wordInfo {
	wi := c.newInfo()
	wi.lower, wi.hist = lowerWord(w), -1
	wi.shape, wi.short = wordShape(w)
	if c.g != nil {
		wi.common = c.g.lower[wi.lower]
	}
	l := wi.lower
	wi.particle = hasParticle(l)
	c.m[w] = wi
	c.pend = append(c.pend, newWord{wi: wi})
	nw := &c.pend[len(c.pend)-1]
	// the same features in the same order as static
	self := nw.self[:0]
	self = append(self, hs(fBias, ""), hs(fWord, l), hs(fRaw, w))
	if n := len(l); n > 3 {
		self = append(self, hs(fSuf2, l[n-2:]), hs(fSuf3, l[n-3:]))
		if n > 4 {
			self = append(self, hs(fSuf4, l[n-4:]))
		}
		self = append(self, hs(fPre3, l[:3]))
	}
	self = append(self, hs(fShape, wi.shape), hs(fShort, wi.short))
	nw.nSelf = len(self)
	nw.rows = [9]uint64{
		hs(fPrev1, l), hs(fNext1, l), hs(fPrev2, l), hs(fNext2, l),
		hs(fShapeP1, wi.short), hs(fShapeN1, wi.short),
		hs2(fGaz, string(rune('0'+0)), wi.short), hs2(fCommon, "0", wi.short),
		hs(fPrevTagWord, l),
	}
	t := c.t
	if slots, mask := t.idx.slots, t.idx.mask; len(slots) > 0 {
		var sink uint64
		for _, h := range nw.self[:nw.nSelf] {
			sink += slots[h&mask].key
		}
		for _, h := range nw.rows[:8] {
			sink += slots[h&mask].key
		}
		c.sink += sink
	}
	if slots, mask := t.hist.slots, t.hist.mask; len(slots) > 0 {
		c.sink += slots[nw.rows[8]&mask].key
	}
	return wi
}

// resolve looks up the rows of a new word.
func (c *wordCache) resolve(nw *newWord) {
	t, wi := c.t, nw.wi
	get := t.idx.get
	for _, h := range nw.self[:nw.nSelf] {
		addQ(&wi.self, get(h), t.idx.scale)
	}
	r := &nw.rows
	for k := 0; k < nbRows; k++ {
		wi.setNb(k, get(r[k]))
	}
	wi.gaz0, wi.common0 = get(r[6]), get(r[7])
	if k, ok := t.hist.get(r[8]); ok {
		wi.hist = k
		row := t.hw[int(k)*nTags*nTags : int(k+1)*nTags*nTags]
		var w [nTags][nTags]float32
		for p1 := range w {
			copy(w[p1][:], row[p1*nTags:])
		}
		wi.whi, wi.wlo = wordRange(&w)
	}
}

// sentFeats is newSentFeats with the words' forms taken from the cache,
// and info set for the tagger. The sentFeats it returns is the cache's
// own, valid until the next call: the sentences of a document are tagged
// one after another and none keeps its features, so one set of slices
// serves them all (allocating them per sentence cost a tenth of the
// bytes Extract allocates).
func (c *wordCache) sentFeats(words []string, actors *actorList) *sentFeats {
	n := len(words)
	s := &c.sf
	s.words = words
	s.lowers, s.shapes, s.shorts = resize(s.lowers, n), resize(s.shapes, n), resize(s.shorts, n)
	s.common, s.info = resize(s.common, n), resize(s.info, n)
	// the words first seen here have their rows looked up after the
	// sentence's loop, all their table reads under way by then
	c.pend = c.pend[:0]
	for i, w := range words {
		wi := c.m[w]
		if wi == nil {
			wi = c.addWord(w)
		}
		s.info[i] = wi
		s.lowers[i], s.shapes[i], s.shorts[i], s.common[i] = wi.lower, wi.shape, wi.short, wi.common
	}
	for k := range c.pend {
		c.resolve(&c.pend[k])
	}
	s.markLists(c.g, actors)
	return s
}

// addQ adds the quantised row q, if any, to sc. The weight is rounded to
// float32 before the sum (the conversion forbids a fused multiply-add), so
// it is the weight the model held as float32 before, and the same rows in
// the same order give the same sums.
func addQ(sc *[nTags]float32, q *[nTags]int16, scale float32) {
	if q == nil {
		return
	}
	for j := range sc {
		sc[j] += float32(float32(q[j]) * scale)
	}
}

// staticScores sets sc to the scores of token i's static features: the
// rows static(i, ...) emits, added in the same order so that the sums
// are bit for bit the same, with the word-only rows taken from s.info and
// the hashes of the others from prefetch, which must have seen s.
func (c *wordCache) staticScores(sc *[nTags]float32, s *sentFeats, i int) {
	t := c.t
	get, scale := t.idx.get, t.idx.scale
	n := len(s.words)
	wi := s.info[i]
	p1, p2, n1, n2 := &c.bos, &c.bos, &c.eos, &c.eos
	if i >= 1 {
		p1 = s.info[i-1]
	}
	if i >= 2 {
		p2 = s.info[i-2]
	}
	if i+1 < n {
		n1 = s.info[i+1]
	}
	if i+2 < n {
		n2 = s.info[i+2]
	}
	*sc = wi.self
	addQ(sc, p1.nbRow(nbPrev1), scale)
	addQ(sc, n1.nbRow(nbNext1), scale)
	addQ(sc, p2.nbRow(nbPrev2), scale)
	addQ(sc, n2.nbRow(nbNext2), scale)
	addQ(sc, p1.nbRow(nbShapeP1), scale)
	addQ(sc, n1.nbRow(nbShapeN1), scale)
	short := wi.short
	pair := &c.pairs[i]
	addQ(sc, get(pair[0]), scale)
	addQ(sc, get(pair[1]), scale)
	addQ(sc, get(pair[2]), scale)
	if s.gaz[i] == 0 {
		addQ(sc, wi.gaz0, scale)
	} else {
		addQ(sc, get(hs2(fGaz, string(rune('0'+s.gaz[i])), short)), scale)
	}
	switch s.actor[i] {
	case 0:
		addQ(sc, c.actorNone, scale)
	case 'B':
		addQ(sc, c.actorB, scale)
	case 'I':
		addQ(sc, c.actorI, scale)
	default:
		addQ(sc, get(hs2(fActor, string(rune('0'+s.actor[i])), "")), scale)
	}
	if i == 0 {
		addQ(sc, get(hs(fFirst, short)), scale)
	}
	if s.common[i] {
		if i == 0 {
			addQ(sc, get(hs2(fCommon, "1", short)), scale)
		} else {
			addQ(sc, wi.common0, scale)
		}
	}
	if i+1 < n && s.common[i+1] {
		addQ(sc, get(hs2(fCommonNext, short, s.shorts[i+1])), scale)
	}
	if wi.particle {
		addQ(sc, c.particle, scale)
	}
	if short != "" && short[0] == 'X' {
		run := 1
		for k := i - 1; k >= 0 && s.shorts[k] != "" && s.shorts[k][0] == 'X'; k-- {
			run++
		}
		for k := i + 1; k < n && s.shorts[k] != "" && s.shorts[k][0] == 'X'; k++ {
			run++
		}
		addQ(sc, c.capRun[min(run, 5)], scale)
	}
}

// prefetch computes the hashes of the sentence's features of two or three
// words, as static does, and reads the table slots they and the words'
// history rows fall in. Most of these reads miss the processor's caches;
// here, in a loop whose branches do not wait on them, they overlap, where
// the look-ups one by one would each wait for memory in turn.
func (c *wordCache) prefetch(s *sentFeats) {
	n := len(s.words)
	if cap(c.pairs) < n {
		c.pairs = make([][3]uint64, n)
	}
	c.pairs = c.pairs[:n]
	at := func(k int) string {
		if k < 0 {
			return "<s>"
		}
		if k >= n {
			return "</s>"
		}
		return s.lowers[k]
	}
	shapeAt := func(k int) string {
		if k < 0 || k >= n {
			return "-"
		}
		return s.shorts[k]
	}
	t := c.t
	slots, mask := t.idx.slots, t.idx.mask
	var sink uint64
	for i := 0; i < n; i++ {
		l := s.lowers[i]
		p := [3]uint64{
			hsShortPN(shapeAt(i-1), s.shorts[i], shapeAt(i+1)),
			hs2(fBiP, at(i-1), l),
			hs2(fBiN, l, at(i+1)),
		}
		c.pairs[i] = p
		if len(slots) > 0 {
			sink += slots[p[0]&mask].key + slots[p[1]&mask].key + slots[p[2]&mask].key
		}
		if r := s.info[i].hist; r >= 0 {
			// a row of nTags×nTags float32 spans six or seven cache
			// lines: one read per line
			row := t.hw[int(r)*nTags*nTags : int(r+1)*nTags*nTags]
			for k := 0; k < len(row); k += 16 {
				sink += uint64(math.Float32bits(row[k]))
			}
		}
	}
	c.sink += sink // kept, so that the reads are not optimised away
}

// resize returns b with length n, in its own array if it is large enough;
// the caller sets every element.
func resize[T any](b []T, n int) []T {
	if cap(b) < n {
		return make([]T, n)
	}
	return b[:n]
}

// hsShortPN is hs2(fShortPN, a+"|"+b, c), the hash static gives the
// shapes around a token, without building the joined string.
func hsShortPN(a, b, c string) uint64 {
	h := hs(fShortPN, a)
	h ^= '|'
	h *= fnvPrime
	h = fnvAdd(h, b)
	h ^= 0xff
	h *= fnvPrime
	return fnvAdd(h, c)
}
