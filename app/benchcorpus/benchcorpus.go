// Package benchcorpus generates collections of realistic size for the
// benchmarks: articles of about 3 KB assembled from the sentences of the
// FA-KES dataset shipped as the demo set, with varied dates. It is
// deterministic (seeded), so runs compare like with like.
package benchcorpus

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"time"

	"dossier/app/ingest"
	"dossier/assets"
)

// Sentences returns the sentences of the demo FA-KES articles.
func Sentences() ([]string, error) {
	raw, err := assets.Demo.ReadFile("demo/FA-KES-Dataset.csv")
	if err != nil {
		return nil, err
	}
	docs, err := ingest.ReadBytes("FA-KES-Dataset.csv", raw, ingest.Options{})
	if err != nil {
		return nil, err
	}
	var out []string
	for _, d := range docs {
		for _, s := range strings.SplitAfter(d.Body, ". ") {
			if s = strings.TrimSpace(s); len(s) > 40 {
				out = append(out, s)
			}
		}
	}
	return out, nil
}

// Article is one generated article.
type Article struct {
	Title, Body string
	Date        time.Time
}

// Generator makes articles from a sentence pool.
type Generator struct {
	sentences []string
	rng       *rand.Rand
}

// New returns a generator seeded for reproducible output.
func New(seed int64) (*Generator, error) {
	s, err := Sentences()
	if err != nil {
		return nil, err
	}
	return &Generator{sentences: s, rng: rand.New(rand.NewSource(seed))}, nil
}

// Next returns an article of about size bytes.
func (g *Generator) Next(size int) Article {
	start := time.Date(2011, 3, 1, 0, 0, 0, 0, time.UTC)
	date := start.AddDate(0, 0, g.rng.Intn(7*365))
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s\n\n", date.Format("Mon 02 Jan 2006"), g.pick())
	para := 0
	for b.Len() < size {
		b.WriteString(g.pick())
		para++
		if para%4 == 0 {
			b.WriteString("\n\n")
		} else {
			b.WriteByte(' ')
		}
	}
	title := g.pick()
	if len(title) > 90 {
		title = title[:strings.LastIndex(title[:90], " ")]
	}
	return Article{Title: strings.TrimRight(title, ". "), Body: b.String(), Date: date}
}

func (g *Generator) pick() string { return g.sentences[g.rng.Intn(len(g.sentences))] }

// WriteFiles writes n articles of about size bytes as .txt files under dir
// (a title line, a blank line, the body) and returns their total size.
func (g *Generator) WriteFiles(dir string, n, size int) (int64, error) {
	var total int64
	for i := 0; i < n; i++ {
		a := g.Next(size)
		sub := filepath.Join(dir, fmt.Sprintf("%03d", i/1000))
		if err := os.MkdirAll(sub, 0o755); err != nil {
			return total, err
		}
		text := a.Title + "\n\n" + a.Body
		if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("article-%06d.txt", i)), []byte(text), 0o644); err != nil {
			return total, err
		}
		total += int64(len(text))
	}
	return total, nil
}
