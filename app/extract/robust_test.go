package extract

import (
	"math/rand"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// TestArbitraryText feeds odd inputs (cut-off words, stray punctuation,
// CRLF, invalid UTF-8) and checks that offsets always slice the text.
func TestArbitraryText(t *testing.T) {
	x := mustNew(t)
	base := "AMMAN: Syrian Arab Army (SAA) soldiers took Halfaya on Sunday, Mohammad Rasheed told Syria Direct.\r\n" +
		"“We are now fighting,” he said on Aug. 7, 1998 at 10:30 a.m. — the day after.\n" +
		"Hay’at Tahrir a-Sham, al-Qaeda's ex-affiliate, and the U.S.-led coalition; 3/4/2017 2017-04-23 mid-March.\n"
	inputs := []string{"", " ", "\n\n", ".", "(", "A", "al-", "Mr.", "May", "the day after", "\xff\xfe", "Jaish", "Sunday",
		"* * subreddit * * : Wellington\n"} // a tagger's person wholly taken by other names
	rng := rand.New(rand.NewSource(7))
	for i := 0; i < 300; i++ {
		a, b := rng.Intn(len(base)), rng.Intn(len(base))
		if a > b {
			a, b = b, a
		}
		s := base[a:b]
		if rng.Intn(4) == 0 {
			s += string([]byte{byte(rng.Intn(256))})
		}
		inputs = append(inputs, s)
	}
	for _, in := range inputs {
		for _, pub := range []time.Time{{}, monday} {
			r := x.Extract(in, pub)
			for _, e := range r.Entities {
				if e.Start < 0 || e.End > len(in) || e.Start >= e.End || in[e.Start:e.End] != e.Text {
					t.Fatalf("%q: bad entity %+v", in, e)
				}
			}
			for _, tx := range r.Timexes {
				if tx.Start < 0 || tx.End > len(in) || tx.Start >= tx.End || in[tx.Start:tx.End] != tx.Text || tx.Value == "" {
					t.Fatalf("%q: bad timex %+v", in, tx)
				}
			}
			for _, ev := range r.Events {
				if ev.Start < 0 || ev.End > len(in) || ev.Start >= ev.End || !utf8.ValidString(ev.Summary) && utf8.ValidString(in) {
					t.Fatalf("%q: bad event %+v", in, ev)
				}
			}
		}
	}
	// a long text of one repeated sentence stays linear enough to finish
	long := strings.Repeat("Regime forces shelled Idlib on Monday. ", 5000)
	if r := x.Extract(long, monday); len(r.Timexes) != 5000 {
		t.Errorf("long text: %d timexes, want 5000", len(r.Timexes))
	}
}
