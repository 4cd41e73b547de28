package ingest

import (
	"hash/fnv"
	"math/bits"
	"strings"
	"unicode"
)

// SimHash is a 64-bit fingerprint of a text's word 3-grams: texts that
// differ in a few words (the same wire story in two outlets, a page saved
// twice with different chrome) get fingerprints a few bits apart. It is 0
// for texts too short to compare fairly.
func SimHash(text string) uint64 {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	if len(words) < minWordsForNearDup {
		return 0
	}
	var weights [64]int
	h := fnv.New64a()
	for i := 0; i+3 <= len(words); i++ {
		h.Reset()
		h.Write([]byte(words[i]))
		h.Write([]byte{' '})
		h.Write([]byte(words[i+1]))
		h.Write([]byte{' '})
		h.Write([]byte(words[i+2]))
		v := h.Sum64()
		for b := 0; b < 64; b++ {
			if v&(1<<b) != 0 {
				weights[b]++
			} else {
				weights[b]--
			}
		}
	}
	var out uint64
	for b, w := range weights {
		if w > 0 {
			out |= 1 << b
		}
	}
	if out == 0 {
		out = 1 // 0 means "not fingerprinted"
	}
	return out
}

const (
	// minWordsForNearDup: below this, a few shared phrases would make
	// unrelated short notes look alike.
	minWordsForNearDup = 60
	// nearDupBits is the largest Hamming distance of near-duplicates: on
	// FA-KES, copies of one wire story are up to 7 bits apart, and different
	// stories about the same event 8 or more.
	nearDupBits = 7
	simBands    = 8 // 8-bit bands: any two hashes within 7 bits share one
)

// nearDupIndex finds stored articles whose fingerprint is within
// nearDupBits of a new one, through band buckets instead of a full scan.
type nearDupIndex struct {
	buckets [simBands]map[uint8][]int
	ids     []int64
	hashes  []uint64
	leaders []int64 // the first article of each one's group
}

func newNearDupIndex() *nearDupIndex {
	x := &nearDupIndex{}
	for i := range x.buckets {
		x.buckets[i] = map[uint8][]int{}
	}
	return x
}

func (x *nearDupIndex) add(id int64, hash uint64, leader int64) {
	if hash == 0 {
		return
	}
	if leader == 0 {
		leader = id
	}
	n := len(x.ids)
	x.ids, x.hashes, x.leaders = append(x.ids, id), append(x.hashes, hash), append(x.leaders, leader)
	for b := 0; b < simBands; b++ {
		v := uint8(hash >> (8 * b))
		x.buckets[b][v] = append(x.buckets[b][v], n)
	}
}

// leaderFor returns the group leader of the closest near-duplicate, or 0.
func (x *nearDupIndex) leaderFor(hash uint64) int64 {
	if hash == 0 {
		return 0
	}
	best, bestDist := -1, nearDupBits+1
	for b := 0; b < simBands; b++ {
		for _, n := range x.buckets[b][uint8(hash>>(8*b))] {
			if d := bits.OnesCount64(x.hashes[n] ^ hash); d < bestDist {
				best, bestDist = n, d
			}
		}
	}
	if best < 0 {
		return 0
	}
	return x.leaders[best]
}
