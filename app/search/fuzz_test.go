package search

import "testing"

// FuzzParse: any input parses, and what it compiles to is always quoted.
func FuzzParse(f *testing.F) {
	for _, s := range []string{`"a b" -c d* OR e source:x after:2017`, `"`, `-`, `OR`, `'); DROP TABLE x; --`, `entity:"Free Syrian Army"`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, asYouType := range []bool{false, true} {
			q := Parse(s, asYouType)
			_ = q.FTS()
			_ = q.ExcludedFTS()
		}
	})
}
