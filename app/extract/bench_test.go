package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// benchText gathers about 1 MB of news text from the shared corpus: the
// text of the TimeBank and AQUAINT documents, their TimeML tags stripped.
// Without the corpus the benchmark is skipped.
func benchText(b *testing.B) string {
	b.Helper()
	var sb strings.Builder
	files, _ := filepath.Glob(filepath.Join(corpusDir, "timeml", "TBAQ-cleaned", "*", "*.tml"))
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		s := string(raw)
		// strip the XML tags: only the text is wanted
		var out strings.Builder
		in := false
		for _, r := range s {
			switch {
			case r == '<':
				in = true
			case r == '>':
				in = false
			case !in:
				out.WriteRune(r)
			}
		}
		sb.WriteString(out.String())
		if sb.Len() > 1<<20 {
			break
		}
	}
	if sb.Len() == 0 {
		b.Skip("shared corpus not available: no benchmark text")
	}
	return sb.String()
}

// BenchmarkExtract measures extraction throughput on news text (the
// target is at least 1 MB/s on one core).
func BenchmarkExtract(b *testing.B) {
	text := benchText(b)
	x := mustNew(b)
	pub := time.Date(1998, 2, 1, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r := x.Extract(text, pub)
		if len(r.Entities) == 0 {
			b.Fatal("no entities")
		}
	}
}

// BenchmarkExtractOneLine measures the same text flattened to one line,
// as scraped pages and converted reports often come: work done per line
// must not grow with the line's length.
func BenchmarkExtractOneLine(b *testing.B) {
	text := strings.ReplaceAll(benchText(b), "\n", " ")
	x := mustNew(b)
	pub := time.Date(1998, 2, 1, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if r := x.Extract(text, pub); len(r.Entities) == 0 {
			b.Fatal("no entities")
		}
	}
}

// BenchmarkNew measures loading the embedded model and gazetteer (the
// target is under 0.5 s).
func BenchmarkNew(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := New(); err != nil {
			b.Fatal(err)
		}
	}
}
