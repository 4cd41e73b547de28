package search_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"dossier/app/benchcorpus"
	"dossier/app/ingest"
	"dossier/app/search"
	"dossier/data"
)

// buildCollection stores n generated ~3 KB articles in a file collection
// under dir.
func buildCollection(tb testing.TB, dir string, n int) string {
	tb.Helper()
	g, err := benchcorpus.New(2)
	if err != nil {
		tb.Fatal(err)
	}
	path := filepath.Join(dir, "bench.dossier")
	store, err := data.Open(path, data.CreateIfMissing)
	if err != nil {
		tb.Fatal(err)
	}
	defer store.Close()
	var batch []data.NewArticle
	for i := 0; i < n; i++ {
		a := g.Next(3000)
		d := ingest.Document{Title: a.Title, Body: a.Body, Path: fmt.Sprintf("gen/%d.txt", i)}
		batch = append(batch, data.NewArticle{Title: a.Title, Body: a.Body, Published: a.Date.Format("2006-01-02"),
			Source: []string{"nna", "reuters", "sana", "alaraby"}[i%4], ContentHash: ingest.ContentHash(d), Path: d.Path})
		if len(batch) == 1000 || i == n-1 {
			if _, err := store.InsertArticles(context.Background(), batch); err != nil {
				tb.Fatal(err)
			}
			batch = batch[:0]
		}
	}
	return path
}

// collections are built once per process: the 100k one takes minutes.
var collections = struct {
	sync.Mutex
	paths map[int]string
}{paths: map[int]string{}}

func collection(b *testing.B, n int) string {
	collections.Lock()
	defer collections.Unlock()
	if p, ok := collections.paths[n]; ok {
		return p
	}
	dir, err := os.MkdirTemp("", fmt.Sprintf("dossier-bench-%d-", n))
	if err != nil {
		b.Fatal(err)
	}
	start := time.Now()
	p := buildCollection(b, dir, n)
	b.Logf("built %d articles in %s", n, time.Since(start).Round(time.Second))
	collections.paths[n] = p
	return p
}

// typicalQueries are the kinds of query the speed target is stated for;
// the last ones are typed in the window (the last word is a prefix).
var typicalQueries = []struct {
	kind, q string
	typing  bool
}{
	{"word", "Aleppo", false},
	{"two-words", "chemical attack", false},
	{"phrase", `"nerve agent"`, false},
	{"filter", "source:reuters Idlib", false},
	{"fuzzy", "Latamneh", false},  // a transliterated name
	{"fuzzy", "Sheikhoon", false}, // a misspelling of Sheikhoun (no exact match)
	{"common", "Syrian", false},   // a word found in most articles
	{"common", "regime forces after:2016-01-01", false},
	{"common", "Syr*", false},  // a prefix of common words
	{"word", "Maqsoud", false}, // a word in 2.7% of articles
	{"typing", "Alep", true},   // as typed in the window
	{"typing", "chemical att", true},
	{"typing", "Khan Shay", true},
}

// benchSearch reports p50 and p95 latency of the typical queries (each run
// 20 times), p95 per kind, the file size, and how long opening the
// collection and showing the first page of a search takes, on a generated
// collection of n articles.
func benchSearch(b *testing.B, n int) {
	path := collection(b, n)
	ctx := context.Background()
	// Open and first page, as the window does it: the first search also
	// builds the approximate-matching index.
	start := time.Now()
	store, err := data.Open(path, data.MustExist)
	if err != nil {
		b.Fatal(err)
	}
	defer store.Close()
	if _, err := search.Run(ctx, store, "Aleppo", search.Options{Limit: 50, AsYouType: true}); err != nil {
		b.Fatal(err)
	}
	firstPage := time.Since(start)
	var lat []time.Duration
	byKind := map[string][]time.Duration{}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for rep := 0; rep < 20; rep++ {
			for _, q := range typicalQueries {
				start := time.Now()
				if _, err := search.Run(ctx, store, q.q, search.Options{Limit: 50, AsYouType: q.typing}); err != nil {
					b.Fatal(q, err)
				}
				d := time.Since(start)
				lat = append(lat, d)
				byKind[q.kind] = append(byKind[q.kind], d)
			}
		}
	}
	b.StopTimer()
	b.ReportMetric(percentile(lat, 50), "p50-ms")
	b.ReportMetric(percentile(lat, 95), "p95-ms")
	for kind, l := range byKind {
		b.ReportMetric(percentile(l, 95), kind+"-p95-ms")
	}
	fi, _ := os.Stat(path)
	b.ReportMetric(float64(fi.Size())/(1<<20), "db-MB")
	b.ReportMetric(float64(firstPage.Microseconds())/1000, "open+first-page-ms")
	// Latency tails depend on what else runs on the machine: say how busy it was.
	if load, err := os.ReadFile("/proc/loadavg"); err == nil {
		b.Logf("load average during the run: %s", strings.TrimSpace(string(load)))
	}
	for _, q := range typicalQueries {
		res, err := search.Run(ctx, store, q.q, search.Options{Limit: 50, AsYouType: q.typing})
		if err != nil {
			b.Fatal(err)
		}
		b.Logf("%-10s %-34q %3d hits, order %s", q.kind, q.q, len(res.Hits), res.Order)
	}
}

func percentile(lat []time.Duration, p int) float64 {
	l := append([]time.Duration(nil), lat...)
	sort.Slice(l, func(i, j int) bool { return l[i] < l[j] })
	return float64(l[min(len(l)-1, len(l)*p/100)].Microseconds()) / 1000
}

func BenchmarkSearch1k(b *testing.B)   { benchSearch(b, 1000) }
func BenchmarkSearch10k(b *testing.B)  { benchSearch(b, 10000) }
func BenchmarkSearch100k(b *testing.B) { benchSearch(b, 100000) }
