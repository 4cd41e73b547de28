package search_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"dossier/app/benchcorpus"
	"dossier/app/ingest"
	"dossier/app/search"
	"dossier/data"
)

// buildCollection stores n generated ~3 KB articles in a file collection.
func buildCollection(b *testing.B, n int) (*data.Store, string) {
	b.Helper()
	g, err := benchcorpus.New(2)
	if err != nil {
		b.Fatal(err)
	}
	path := filepath.Join(b.TempDir(), "bench.dossier")
	store, err := data.Open(path, data.CreateIfMissing)
	if err != nil {
		b.Fatal(err)
	}
	var batch []data.NewArticle
	for i := 0; i < n; i++ {
		a := g.Next(3000)
		d := ingest.Document{Title: a.Title, Body: a.Body, Path: fmt.Sprintf("gen/%d.txt", i)}
		batch = append(batch, data.NewArticle{Title: a.Title, Body: a.Body, Published: a.Date.Format("2006-01-02"),
			Source: []string{"nna", "reuters", "sana", "alaraby"}[i%4], ContentHash: ingest.ContentHash(d), Path: d.Path})
		if len(batch) == 500 || i == n-1 {
			if _, err := store.InsertArticles(context.Background(), batch); err != nil {
				b.Fatal(err)
			}
			batch = batch[:0]
		}
	}
	return store, path
}

var typicalQueries = []string{
	"Aleppo",                         // one word
	"chemical attack",                // two words
	`"nerve agent"`,                  // a phrase
	"source:reuters Idlib",           // a filter
	"Latamneh",                       // an approximate name (no exact match)
	"Syrian",                         // a common word found in most articles
	"regime forces after:2016-01-01", // words and a date filter
}

// benchSearch reports p50 and p95 latency of the typical queries, each run
// many times, on a generated collection of n articles.
func benchSearch(b *testing.B, n int) {
	store, path := buildCollection(b, n)
	defer store.Close()
	ctx := context.Background()
	var lat []time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for rep := 0; rep < 20; rep++ {
			for _, q := range typicalQueries {
				start := time.Now()
				if _, err := search.Run(ctx, store, q, search.Options{Limit: 50}); err != nil {
					b.Fatal(q, err)
				}
				lat = append(lat, time.Since(start))
			}
		}
	}
	b.StopTimer()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(lat[len(lat)*95/100].Microseconds())/1000, "p95-ms")
	fi, _ := os.Stat(path)
	b.ReportMetric(float64(fi.Size())/(1<<20), "db-MB")
}

func BenchmarkSearch1k(b *testing.B)  { benchSearch(b, 1000) }
func BenchmarkSearch10k(b *testing.B) { benchSearch(b, 10000) }
