package extract

import (
	"testing"
	"time"
)

// FuzzExtract: any text is tagged without a panic, and every offset points
// inside the text with start <= end.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Syrian Arab Army (SAA) soldiers took control of Halfaya on Sunday, since August 2016.",
		"the day after the offensives began on March 21; last month; the past three months; daily",
		"\xff\xfe\x00", "On 31 February 2017", "Mohammad Rasheed, Rasheed added.",
		// a headline, a wire dateline and a lead: where lines and
		// sentences meet (a holiday ending the headline once ran past it)
		"Crowds gathered on Good Friday\n\nKYIV, Ukraine (AP) — Two missiles hit Sumy on Sunday, officials said.",
		"Flash Update (as of 4 December 2024)\n\n- On 2 December, airstrikes hit Idleb city.\n- Since 27 November, 115,000 fled.",
	} {
		f.Add(s)
	}
	x, err := New()
	if err != nil {
		f.Fatal(err)
	}
	pub := time.Date(2017, 4, 24, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		for _, date := range []time.Time{pub, {}} {
			r := x.Extract(s, date)
			for _, e := range r.Entities {
				if e.Start < 0 || e.End > len(s) || e.Start > e.End {
					t.Fatalf("entity offsets %d-%d in %d bytes", e.Start, e.End, len(s))
				}
			}
			for _, tx := range r.Timexes {
				if tx.Start < 0 || tx.End > len(s) || tx.Start > tx.End {
					t.Fatalf("timex offsets %d-%d in %d bytes", tx.Start, tx.End, len(s))
				}
			}
		}
	})
}
