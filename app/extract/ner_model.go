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
	taggerMagic = "DTG2" // DTG2: nine tags (with MISC)
)

// tagger is an averaged-perceptron BIO tagger over hashed features,
// decoded greedily left to right.
type tagger struct {
	idx ftable    // feature hash → row in w
	w   []float32 // nTags weights per row
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

// readTagger reads the model: magic, scale (float32), count (uint32), then
// per feature its hash (uint64) and nTags int16 weights.
func readTagger(r io.Reader) (*tagger, error) {
	var magic [4]byte
	if _, err := io.ReadFull(r, magic[:]); err != nil || string(magic[:]) != taggerMagic {
		return nil, errors.New("not a tagger model")
	}
	var scale float32
	var n uint32
	if err := binary.Read(r, binary.LittleEndian, &scale); err != nil {
		return nil, err
	}
	if err := binary.Read(r, binary.LittleEndian, &n); err != nil {
		return nil, err
	}
	t := &tagger{idx: newFtable(int(n)), w: make([]float32, int(n)*nTags)}
	buf := make([]byte, 8+2*nTags)
	for k := 0; k < int(n); k++ {
		if _, err := io.ReadFull(r, buf); err != nil {
			return nil, err
		}
		t.idx.put(binary.LittleEndian.Uint64(buf), int32(k))
		for j := 0; j < nTags; j++ {
			t.w[k*nTags+j] = float32(int16(binary.LittleEndian.Uint16(buf[8+2*j:]))) * scale
		}
	}
	return t, nil
}

// writeTagger writes weights in readTagger's format, quantised to int16 and
// without the features whose weights all round to zero.
func writeTagger(w io.Writer, weights map[uint64]*[nTags]float64) error {
	maxAbs := 0.0
	for _, row := range weights {
		for _, v := range row {
			maxAbs = math.Max(maxAbs, math.Abs(v))
		}
	}
	if maxAbs == 0 {
		maxAbs = 1
	}
	scale := maxAbs / 32767
	type kept struct {
		k uint64
		q [nTags]int16
	}
	var rows []kept
	for k, row := range weights {
		var q [nTags]int16
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
	bw := bufio.NewWriter(w)
	bw.WriteString(taggerMagic)
	binary.Write(bw, binary.LittleEndian, float32(scale))
	binary.Write(bw, binary.LittleEndian, uint32(len(rows)))
	buf := make([]byte, 8+2*nTags)
	for _, r := range rows {
		binary.LittleEndian.PutUint64(buf, r.k)
		for j := 0; j < nTags; j++ {
			binary.LittleEndian.PutUint16(buf[8+2*j:], uint16(r.q[j]))
		}
		bw.Write(buf)
	}
	return bw.Flush()
}

// tag returns one tag per word and, for each, the margin of the chosen tag
// over the runner-up (a rough confidence).
func (t *tagger) tag(s *sentFeats) ([]int, []float32) {
	n := len(s.words)
	tags := make([]int, n)
	margins := make([]float32, n)
	var scores [nTags]float32
	add := func(h uint64) {
		if r, ok := t.idx.get(h); ok {
			row := t.w[int(r)*nTags : int(r)*nTags+nTags]
			for j := range scores {
				scores[j] += row[j]
			}
		}
	}
	p1, p2 := tagO, tagO
	for i := 0; i < n; i++ {
		scores = [nTags]float32{}
		s.static(i, add)
		s.dynamic(i, p1, p2, add)
		best, second := -1, float32(math.Inf(-1))
		for j := 0; j < nTags; j++ {
			if !allowed(p1, j) {
				continue
			}
			if best < 0 || scores[j] > scores[best] {
				if best >= 0 {
					second = scores[best]
				}
				best = j
			} else if scores[j] > second {
				second = scores[j]
			}
		}
		tags[i], margins[i] = best, scores[best]-second
		p2, p1 = p1, best
	}
	return tags, margins
}
