package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"
	"unicode"

	"dossier/data"
)

// MaxFileSize is the largest file read into memory; larger ones are refused
// with a message rather than exhausting a laptop's memory.
const MaxFileSize = 256 << 20

// Progress is reported while an import runs, at most ~25 times a second.
type Progress struct {
	FilesDone, FilesTotal int
	Current               string // the file being read
	Imported, Duplicates  int
	Unchanged, Failed     int
	Walking               bool // still discovering files: FilesTotal may grow
	Elapsed               time.Duration
}

// Failure is one file that could not be imported, and why.
type Failure struct {
	Path  string `json:"path"`
	Error string `json:"error"`
}

// Summary is the outcome of an import.
type Summary struct {
	Imported   int       `json:"imported"`
	Duplicates int       `json:"duplicates"`
	Unchanged  int       `json:"unchanged"`
	NeedsOCR   []string  `json:"needs_ocr"`
	Failed     []Failure `json:"failed"`
	Cancelled  bool      `json:"cancelled,omitempty"`
}

// Source is one file to import: from disk, or embedded (the demo set).
type Source struct {
	Path        string
	Size, MTime int64
	Read        func() ([]byte, error)
}

// Importer reads files with parallel workers and stores them through one
// writer that commits in batches, so memory stays flat however many files
// are dropped and a cancelled import leaves no half-stored article.
type Importer struct {
	Store *data.Store
	// Read tunes the format readers (dataset column mapping).
	Read Options
	// DefaultDate (YYYY-MM-DD) is given to articles that state no date.
	DefaultDate string
	// DefaultSource is given to articles that name no source.
	DefaultSource string
	// Workers reading files; 0 means one per CPU.
	Workers int
	// OnProgress, when set, is called from the importing goroutine.
	OnProgress func(Progress)
	// BatchSize is the number of articles per transaction; 0 means 500.
	BatchSize int
	// Analyzer, when set, extracts entities, dates and events from each
	// article in the reading workers, so extraction runs in parallel.
	Analyzer Analyzer
}

// Analyzer extracts what the store keeps about an article's content.
type Analyzer interface {
	Analyze(title, body, published string) *data.Extraction
}

type fileResult struct {
	src  Source
	arts []data.NewArticle // read, and analysed when there is an Analyzer
	err  error
	// unchanged: the file was imported before with the same size and time.
	unchanged bool
}

// ImportPaths imports files and folders (recursively). Hidden files and
// folders (names starting with ".") are skipped; symbolic links to folders
// are not followed, so a link loop cannot trap the walk.
func (im *Importer) ImportPaths(ctx context.Context, paths []string) (Summary, error) {
	return im.run(ctx, func(ctx context.Context, out chan<- Source, fail func(Failure)) {
		for _, root := range paths {
			walkPath(ctx, root, out, fail)
		}
	})
}

// ImportSources imports files that are not on disk (embedded data).
func (im *Importer) ImportSources(ctx context.Context, sources []Source) (Summary, error) {
	return im.run(ctx, func(ctx context.Context, out chan<- Source, _ func(Failure)) {
		for _, s := range sources {
			select {
			case out <- s:
			case <-ctx.Done():
				return
			}
		}
	})
}

func walkPath(ctx context.Context, root string, out chan<- Source, fail func(Failure)) {
	info, err := os.Stat(root)
	if err != nil {
		fail(Failure{root, describeFSError(err)})
		return
	}
	if !info.IsDir() {
		sendFile(ctx, root, info, out, fail)
		return
	}
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if err != nil {
			fail(Failure{p, describeFSError(err)})
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if p != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		info, err := os.Stat(p) // follows a link to a file
		if err != nil {
			fail(Failure{p, describeFSError(err)})
			return nil
		}
		if info.IsDir() {
			// A link to a folder is not followed: it could loop forever.
			fail(Failure{p, "link to a folder, not followed (import the folder itself)"})
			return nil
		}
		sendFile(ctx, p, info, out, fail)
		return nil
	})
}

func sendFile(ctx context.Context, p string, info fs.FileInfo, out chan<- Source, fail func(Failure)) {
	if !info.Mode().IsRegular() {
		fail(Failure{p, "not a regular file"})
		return
	}
	if !Supported(p) {
		fail(Failure{p, fmt.Sprintf("%s: %s", ErrUnsupported, extOf(p))})
		return
	}
	if info.Size() > MaxFileSize {
		// Refused before a byte is read: memory stays bounded.
		fail(Failure{p, fmt.Sprintf("file too large (%d MB; the limit is %d MB)", info.Size()>>20, MaxFileSize>>20)})
		return
	}
	src := Source{Path: p, Size: info.Size(), MTime: info.ModTime().UnixNano(), Read: func() ([]byte, error) {
		return readFileLimited(p)
	}}
	select {
	case out <- src:
	case <-ctx.Done():
	}
}

func extOf(p string) string {
	if e := filepath.Ext(p); e != "" {
		return `"` + e + `"`
	}
	return "no extension"
}

func readFileLimited(p string) ([]byte, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, errors.New(describeFSError(err))
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxFileSize {
		return nil, fmt.Errorf("file too large (over %d MB)", MaxFileSize>>20)
	}
	return data, nil
}

func describeFSError(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or folder"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	}
	return err.Error()
}

func (im *Importer) run(ctx context.Context, produce func(context.Context, chan<- Source, func(Failure))) (Summary, error) {
	start := time.Now()
	workers := im.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	batchSize := im.BatchSize
	if batchSize <= 0 {
		batchSize = 500
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	var (
		mu       sync.Mutex
		total    int
		walking  = true
		walkErrs []Failure
	)
	sources := make(chan Source, workers*2)
	counted := make(chan Source, workers*2)
	go func() {
		defer close(sources)
		produce(ctx, sources, func(f Failure) {
			mu.Lock()
			walkErrs = append(walkErrs, f)
			mu.Unlock()
		})
	}()
	// Count files as they are discovered, for "done / total".
	go func() {
		defer close(counted)
		for s := range sources {
			mu.Lock()
			total++
			mu.Unlock()
			select {
			case counted <- s:
			case <-ctx.Done():
				return
			}
		}
		mu.Lock()
		walking = false
		mu.Unlock()
	}()

	results := make(chan fileResult, workers*2)
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for src := range counted {
				r := im.readSource(ctx, src)
				select {
				case results <- r:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	// Near-duplicates are found against everything stored, through an
	// index of fingerprints kept by this (the only writing) goroutine.
	near := newNearDupIndex()
	prints, err := im.Store.Fingerprints(ctx)
	if err != nil {
		return Summary{Failed: []Failure{}, NeedsOCR: []string{}}, err
	}
	for _, f := range prints {
		near.add(f.ID, f.SimHash, f.CopyOf)
	}

	cache := data.NewEntityCache()
	var (
		sum      = Summary{Failed: []Failure{}, NeedsOCR: []string{}}
		done     int
		current  string
		batch    []data.NewArticle
		lastSent time.Time
	)
	report := func(force bool) {
		if im.OnProgress == nil || (!force && time.Since(lastSent) < 40*time.Millisecond) {
			return
		}
		lastSent = time.Now()
		mu.Lock()
		p := Progress{FilesDone: done, FilesTotal: total, Current: current, Imported: sum.Imported,
			Duplicates: sum.Duplicates, Unchanged: sum.Unchanged, Failed: len(sum.Failed) + len(walkErrs),
			Walking: walking, Elapsed: time.Since(start)}
		mu.Unlock()
		im.OnProgress(p)
	}
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		outcomes, err := im.Store.InsertArticlesCached(ctx, batch, cache)
		if err != nil && ctx.Err() == nil {
			// Once more with the emptied cache: a correction made in the
			// window meanwhile may have merged a cached entity away.
			outcomes, err = im.Store.InsertArticlesCached(ctx, batch, cache)
		}
		if err != nil {
			return err
		}
		copyOf := map[int64]int64{}
		for i, o := range outcomes {
			if o.Duplicate {
				sum.Duplicates++
				continue
			}
			sum.Imported++
			leader := near.leaderFor(batch[i].SimHash)
			if leader != 0 {
				copyOf[o.ID] = leader
			}
			near.add(o.ID, batch[i].SimHash, leader)
		}
		batch = batch[:0]
		return im.Store.SetCopyOf(ctx, copyOf)
	}

	var fatal error
	for r := range results {
		done++
		current = r.src.Path
		switch {
		case r.unchanged:
			sum.Unchanged++
		case r.err != nil && len(r.arts) == 0:
			sum.Failed = append(sum.Failed, partialFailures(r.src.Path, r.err)...)
		default:
			if r.err != nil {
				sum.Failed = append(sum.Failed, partialFailures(r.src.Path, r.err)...)
			}
			for i, a := range r.arts {
				if i == len(r.arts)-1 {
					a.File = &data.ImportedFile{Path: r.src.Path, Size: r.src.Size, MTime: r.src.MTime}
				}
				if a.NeedsOCR {
					sum.NeedsOCR = append(sum.NeedsOCR, a.Path)
				}
				batch = append(batch, a)
				if len(batch) >= batchSize {
					if fatal = flush(); fatal != nil {
						break
					}
				}
			}
		}
		if fatal != nil {
			break
		}
		report(false)
	}
	if fatal == nil {
		if ctx.Err() != nil {
			// Cancelled: the unsaved batch is dropped whole; its files were
			// not recorded, so importing again reads them again.
			sum.Cancelled = true
		} else {
			fatal = flush()
		}
	}
	if fatal == nil && im.Analyzer != nil && sum.Imported > 0 {
		// New events may be other reports of events already stored.
		fatal = im.Store.ClusterEvents(ctx)
	}
	cancel()
	for range results {
		// drain so the workers can stop
	}
	mu.Lock()
	sum.Failed = append(walkErrs, sum.Failed...)
	mu.Unlock()
	if sum.Failed == nil {
		sum.Failed = []Failure{}
	}
	report(true)
	if fatal != nil {
		if errors.Is(fatal, context.Canceled) {
			sum.Cancelled = true
			return sum, nil
		}
		return sum, fatal
	}
	return sum, nil
}

// partialFailures expands an error that came with some documents (a zip
// with unreadable entries) into one failure per entry where it can.
func partialFailures(path string, err error) []Failure {
	var pe interface{ Failures() []Failure }
	if errors.As(err, &pe) {
		return pe.Failures()
	}
	return []Failure{{path, err.Error()}}
}

func (im *Importer) readSource(ctx context.Context, src Source) fileResult {
	r := fileResult{src: src}
	if src.MTime != 0 {
		known, err := im.Store.KnownFile(ctx, src.Path, src.Size, src.MTime)
		if err == nil && known {
			r.unchanged = true
			return r
		}
	}
	b, err := src.Read()
	if err != nil {
		r.err = err
		return r
	}
	docs, err := ReadBytes(src.Path, b, im.Read)
	arts, aerr := im.articles(docs)
	r.arts, r.err = arts, err
	switch {
	case err == nil:
		r.err = aerr
	case aerr != nil:
		r.err = fmt.Errorf("%w; %v", err, aerr)
	}
	return r
}

// articles prepares the documents of one file for the store, running the
// analyzer in the worker. An article whose extraction fails is stored
// without entities, dates and events, and the error names it: its text is
// still worth keeping and searching, and the rest of the file goes on.
func (im *Importer) articles(docs []Document) ([]data.NewArticle, error) {
	out := make([]data.NewArticle, len(docs))
	var failed []string
	for i, d := range docs {
		out[i] = im.newArticle(d)
		if im.Analyzer != nil && !d.NeedsOCR {
			ex, err := analyzeSafely(im.Analyzer, out[i])
			if err != nil {
				failed = append(failed, fmt.Sprintf("%q: %v", out[i].Title, err))
			}
			out[i].Extraction = ex
		}
	}
	if len(failed) > 0 {
		return out, fmt.Errorf("stored without entities, dates or events, as extraction failed on %s", strings.Join(failed, "; "))
	}
	return out, nil
}

// analyzeSafely runs the analyzer on one article, turning a panic in the
// extractor (a bug, never the user's fault) into an error.
func analyzeSafely(a Analyzer, art data.NewArticle) (ex *data.Extraction, err error) {
	defer func() {
		if r := recover(); r != nil {
			ex, err = nil, fmt.Errorf("internal error in extraction (%v)", r)
		}
	}()
	return a.Analyze(art.Title, art.Body, art.Published), nil
}

func (im *Importer) newArticle(d Document) data.NewArticle {
	date := d.Date
	if date == "" {
		date = im.DefaultDate
	}
	source := d.Source
	if source == "" {
		source = im.DefaultSource
	}
	a := data.NewArticle{Title: d.Title, Body: d.Body, Published: date, Source: source, URL: d.URL,
		Author: d.Author, Location: d.Location, NeedsOCR: d.NeedsOCR, Path: d.Path, Tags: d.Tags,
		ContentHash: ContentHash(d), SimHash: SimHash(d.Body)}
	for k, v := range d.Attrs {
		a.Attrs = append(a.Attrs, data.Attr{Key: k, Value: v})
	}
	return a
}

// ContentHash is the exact-duplicate key: the body with case, punctuation
// spacing and whitespace normalised, so the same text saved twice (or with
// different line endings) is stored once.
func ContentHash(d Document) string {
	h := sha256.New()
	text := d.Body
	if strings.TrimSpace(text) == "" {
		// No text (needs OCR): the file itself is the identity.
		text = "path:" + d.Path + "\x00" + d.Title
	}
	for _, f := range strings.FieldsFunc(text, unicode.IsSpace) {
		h.Write([]byte(strings.ToLower(f)))
		h.Write([]byte{' '})
	}
	return hex.EncodeToString(h.Sum(nil))
}
