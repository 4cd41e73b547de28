package extract

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"

	"dossier/assets"
)

const (
	taggerFile  = "extract/tagger.bin.gz"
	taggerMagic = "DTG3" // DTG3: nine tags (with MISC), word-history rows
)

// tagger is an averaged-perceptron BIO tagger over hashed features,
// decoded by Viterbi search over its two tags of history.
type tagger struct {
	idx wtable // feature hash → its nTags weights
	// previous tag × word weights, one row of nTags×nTags per word, so
	// that the decoder finds all nine previous tags in one look-up
	hist ftable
	hw   []float32
	// the tag-history weights, by previous tag (and the one before)
	prev  [nTags][nTags]float32
	prev2 [nTags][nTags][nTags]float32
	prune float32 // see trellis.decode
	// the range of the history weights per tag, for pruning (histRange)
	hiH, loH [nTags]float32
}

// ftable is an open-addressing hash table from feature hash to weight row;
// the hashes are already well mixed, so their low bits index it directly.
// Key and row sit side by side so that a probe touches one cache line.
type ftable struct {
	slots []fslot
	mask  uint64
}

type fslot struct {
	key uint64
	row int32
}

func newFtable(n int) ftable {
	size := 1
	for size < 2*n+1 {
		size <<= 1
	}
	return ftable{slots: make([]fslot, size), mask: uint64(size - 1)}
}

func (t *ftable) put(h uint64, row int32) {
	if h == 0 {
		return // 0 marks an empty slot; a zero hash is vanishingly rare
	}
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		if t.slots[i].key == 0 || t.slots[i].key == h {
			t.slots[i] = fslot{h, row}
			return
		}
	}
}

func (t *ftable) get(h uint64) (int32, bool) {
	if len(t.slots) == 0 {
		return 0, false
	}
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		switch t.slots[i].key {
		case h:
			return t.slots[i].row, true
		case 0:
			return 0, false
		}
	}
}

// wtable is an open-addressing hash table from feature hash to its
// quantised weights, held in the slot itself: a look-up that finds its
// feature touches one cache line, not two (the table and a weight row).
type wtable struct {
	slots []wslot
	mask  uint64
	scale float32 // weight = int16 × scale
}

type wslot struct {
	key uint64
	q   [nTags]int16
}

func (t *wtable) get(h uint64) *[nTags]int16 {
	if len(t.slots) == 0 {
		return nil
	}
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		switch t.slots[i].key {
		case h:
			return &t.slots[i].q
		case 0:
			return nil
		}
	}
}

// readWeights reads a count, then rows of a hash and nTags int16 weights.
func readWeights(r io.Reader, scale float32) (wtable, error) {
	var n uint32
	if err := binary.Read(r, binary.LittleEndian, &n); err != nil {
		return wtable{}, err
	}
	size := 1
	for size < 2*int(n)+1 {
		size <<= 1
	}
	t := wtable{slots: make([]wslot, size), mask: uint64(size - 1), scale: scale}
	buf := make([]byte, 8+2*nTags)
	for k := 0; k < int(n); k++ {
		if _, err := io.ReadFull(r, buf); err != nil {
			return wtable{}, err
		}
		h := binary.LittleEndian.Uint64(buf)
		if h == 0 {
			continue
		}
		var q [nTags]int16
		for j := range q {
			q[j] = int16(binary.LittleEndian.Uint16(buf[8+2*j:]))
		}
		for i := h & t.mask; ; i = (i + 1) & t.mask {
			if t.slots[i].key == 0 || t.slots[i].key == h {
				t.slots[i] = wslot{h, q}
				break
			}
		}
	}
	return t, nil
}

func loadTagger() (*tagger, error) {
	f, err := assets.Extract.Open(taggerFile)
	if err != nil {
		if isNotExist(err) {
			return &tagger{}, nil // untrained: rules and gazetteer only
		}
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", taggerFile, err)
	}
	t, err := readTagger(bufio.NewReaderSize(zr, 1<<16))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", taggerFile, err)
	}
	return t, nil
}

// decodePrune is the slack, in weight units, of the decoder's pruning. At
// 30 the dev sets' output is the same as without pruning; at 12 a few
// boundaries move (strict F1 re3d 0.449 -> 0.445, Wikigold 0.676 -> 0.674,
// every relaxed F1 and the seed unchanged) and extraction is about a third
// faster than at 30, which keeps it above 1 MB/s on one core.
const decodePrune = 12

// readTagger reads the model: magic, scale (float32), count (uint32), then
// per feature its hash (uint64) and nTags int16 weights; then the count of
// word-history rows (uint32) and per row the word's hash (uint64) and
// nTags×nTags int16 weights, by previous tag then tag.
func readTagger(r io.Reader) (*tagger, error) {
	var magic [4]byte
	if _, err := io.ReadFull(r, magic[:]); err != nil || string(magic[:]) != taggerMagic {
		return nil, errors.New("not a tagger model")
	}
	var scale float32
	if err := binary.Read(r, binary.LittleEndian, &scale); err != nil {
		return nil, err
	}
	t := &tagger{}
	var err error
	if t.idx, err = readWeights(r, scale); err != nil {
		return nil, err
	}
	if t.hist, t.hw, err = readRows(r, nTags*nTags, scale); err != nil {
		return nil, err
	}
	t.cacheHistory()
	t.hiH, t.loH = histRange(&t.prev, &t.prev2)
	t.prune = decodePrune
	return t, nil
}

// readRows reads a count, then rows of a hash and width int16 weights.
func readRows(r io.Reader, width int, scale float32) (ftable, []float32, error) {
	var n uint32
	if err := binary.Read(r, binary.LittleEndian, &n); err != nil {
		return ftable{}, nil, err
	}
	idx, w := newFtable(int(n)), make([]float32, int(n)*width)
	buf := make([]byte, 8+2*width)
	for k := 0; k < int(n); k++ {
		if _, err := io.ReadFull(r, buf); err != nil {
			return ftable{}, nil, err
		}
		idx.put(binary.LittleEndian.Uint64(buf), int32(k))
		for j := 0; j < width; j++ {
			w[k*width+j] = float32(int16(binary.LittleEndian.Uint16(buf[8+2*j:]))) * scale
		}
	}
	return idx, w, nil
}

// writeTagger writes weights in readTagger's format, quantised to int16 and
// without the rows whose weights all round to zero.
func writeTagger(w io.Writer, weights map[uint64]*[nTags]float64, hist map[uint64]*[nTags * nTags]float64) error {
	maxAbs := 0.0
	for _, row := range weights {
		for _, v := range row {
			maxAbs = math.Max(maxAbs, math.Abs(v))
		}
	}
	for _, row := range hist {
		for _, v := range row {
			maxAbs = math.Max(maxAbs, math.Abs(v))
		}
	}
	if maxAbs == 0 {
		maxAbs = 1
	}
	scale := maxAbs / 32767
	bw := bufio.NewWriter(w)
	bw.WriteString(taggerMagic)
	binary.Write(bw, binary.LittleEndian, float32(scale))
	rows := make(map[uint64][]float64, len(weights))
	for k, row := range weights {
		rows[k] = row[:]
	}
	writeRows(bw, rows, nTags, scale)
	rows = make(map[uint64][]float64, len(hist))
	for k, row := range hist {
		rows[k] = row[:]
	}
	writeRows(bw, rows, nTags*nTags, scale)
	return bw.Flush()
}

// writeRows writes the count and the rows of width weights that do not
// all round to (nearly) zero.
func writeRows(bw *bufio.Writer, weights map[uint64][]float64, width int, scale float64) {
	type kept struct {
		k uint64
		q []int16
	}
	var rows []kept
	for k, row := range weights {
		q := make([]int16, width)
		nz := false
		for j, v := range row {
			q[j] = int16(math.Round(v / scale))
			if q[j] > 2 || q[j] < -2 {
				nz = true
			}
		}
		if nz {
			rows = append(rows, kept{k, q})
		}
	}
	// a fixed order makes `make model` reproducible byte for byte
	sort.Slice(rows, func(a, b int) bool { return rows[a].k < rows[b].k })
	binary.Write(bw, binary.LittleEndian, uint32(len(rows)))
	buf := make([]byte, 8+2*width)
	for _, r := range rows {
		binary.LittleEndian.PutUint64(buf, r.k)
		for j := 0; j < width; j++ {
			binary.LittleEndian.PutUint16(buf[8+2*j:], uint16(r.q[j]))
		}
		bw.Write(buf)
	}
}

// tag returns one tag per word and, for each, the margin of the chosen tag
// over the best alternative (a rough confidence). c is the document's
// word cache, which made s; with a nil c each feature is looked up.
func (t *tagger) tag(s *sentFeats, c *wordCache) ([]int, []float32) {
	n := len(s.words)
	tr := trellises.Get().(*trellis)
	defer trellises.Put(tr)
	tr.reset(n)
	tr.prev, tr.prev2, tr.hiH, tr.loH = t.prev, t.prev2, t.hiH, t.loH
	var sc *[nTags]float32
	add := func(h uint64) { t.addRow(sc, h) }
	if c != nil {
		c.prefetch(s)
		tr.whi, tr.wlo, tr.ranged = resize(tr.whi, n), resize(tr.wlo, n), true
	}
	for i := 0; i < n; i++ {
		sc = &tr.static[i]
		r, ok := int32(0), false
		if c != nil {
			c.staticScores(sc, s, i)
			wi := s.info[i]
			r, ok = wi.hist, wi.hist >= 0
			tr.whi[i], tr.wlo[i] = wi.whi, wi.wlo
		} else {
			s.static(i, add)
			r, ok = t.hist.get(s.wordHist(i))
		}
		if ok {
			row := t.hw[int(r)*nTags*nTags : int(r+1)*nTags*nTags]
			for p1 := range tr.word[i] {
				copy(tr.word[i][p1][:], row[p1*nTags:])
			}
			tr.hasWord[i] = true
		}
	}
	return tr.decode(true, t.prune)
}

// addRow adds the weights of feature h, if the model has it, to sc.
func (t *tagger) addRow(sc *[nTags]float32, h uint64) {
	addQ(sc, t.idx.get(h), t.idx.scale)
}

// cacheHistory looks up once the tag-history features that do not depend
// on the words.
func (t *tagger) cacheHistory() {
	for p1 := 0; p1 < nTags; p1++ {
		t.addRow(&t.prev[p1], prevTagFeat(p1))
		for p2 := 0; p2 < nTags; p2++ {
			t.addRow(&t.prev2[p1][p2], prevTagsFeat(p1, p2))
		}
	}
}
