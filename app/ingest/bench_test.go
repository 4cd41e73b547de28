package ingest_test

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"dossier/app/analysis"
	"dossier/app/benchcorpus"
	"dossier/app/ingest"
	"dossier/data"
)

// benchImport imports n generated ~3 KB articles from files, end to end
// (walk, read, decode, extract, store, index), and reports articles/s, the database
// size and the peak heap seen by the Go runtime.
func benchImport(b *testing.B, n int) {
	g, err := benchcorpus.New(1)
	if err != nil {
		b.Fatal(err)
	}
	analyzer, err := analysis.New()
	if err != nil {
		b.Fatal(err)
	}
	src := b.TempDir()
	if _, err := g.WriteFiles(src, n, 3000); err != nil {
		b.Fatal(err)
	}
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		dbPath := filepath.Join(b.TempDir(), "bench.dossier")
		store, err := data.Open(dbPath, data.CreateIfMissing)
		if err != nil {
			b.Fatal(err)
		}
		runtime.GC()
		var peak uint64
		b.StartTimer()
		start := time.Now()
		im := &ingest.Importer{Store: store, Analyzer: analyzer, OnProgress: func(ingest.Progress) {
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapInuse)
		}}
		sum, err := im.ImportPaths(context.Background(), []string{src})
		elapsed := time.Since(start)
		b.StopTimer()
		if err != nil || sum.Imported != n {
			b.Fatalf("imported %d of %d: %v %v", sum.Imported, n, err, sum.Failed)
		}
		store.Close()
		fi, _ := os.Stat(dbPath)
		b.ReportMetric(float64(n)/elapsed.Seconds(), "articles/s")
		b.ReportMetric(float64(fi.Size())/(1<<20), "db-MB")
		b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
		b.StartTimer()
	}
}

func BenchmarkImport1k(b *testing.B)  { benchImport(b, 1000) }
func BenchmarkImport10k(b *testing.B) { benchImport(b, 10000) }
