package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode"

	"github.com/klippa-app/go-pdfium"
	pdferrors "github.com/klippa-app/go-pdfium/errors"
	"github.com/klippa-app/go-pdfium/requests"
	"github.com/klippa-app/go-pdfium/responses"
	"github.com/klippa-app/go-pdfium/webassembly"
	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/experimental"
	"golang.org/x/text/unicode/norm"
)

// PDF text comes from PDFium compiled to WebAssembly and run by wazero: pure
// Go, so the program still cross-compiles, and PDFium reads what simpler Go
// parsers get wrong (CID fonts and their ToUnicode maps, which is where curly
// quotes and transliterated Arabic names break, damaged cross-reference
// tables, word spacing done by positioning).
//
// Compiling the module takes seconds, so it happens once per process, on the
// first PDF, and wazero keeps the compiled code in the user's cache directory
// for the next start. The engine has no file system and no output streams:
// PDFs are handed over as bytes, and nothing it prints reaches stdout.
var pdfEngine struct {
	once sync.Once
	pool pdfium.Pool
	err  error
}

func pdfPool() (pdfium.Pool, error) {
	pdfEngine.once.Do(func() {
		// CloseOnContextDone lets readPDF stop a file that keeps PDFium busy
		// for too long (see pdfTimeout) instead of losing a worker to it.
		rc := wazero.NewRuntimeConfig().
			WithCoreFeatures(api.CoreFeaturesV2 | experimental.CoreFeaturesExceptionHandling).
			WithCloseOnContextDone(true)
		if dir, err := os.UserCacheDir(); err == nil {
			if cache, err := wazero.NewCompilationCacheWithDir(filepath.Join(dir, "dossier", "wazero")); err == nil {
				rc = rc.WithCompilationCache(cache)
			}
		}
		workers := min(runtime.NumCPU(), 4)
		pdfEngine.pool, pdfEngine.err = webassembly.Init(webassembly.Config{
			MinIdle:       0,
			MaxIdle:       workers,
			MaxTotal:      workers,
			FSConfig:      wazero.NewFSConfig(),
			RuntimeConfig: rc,
			Stdout:        io.Discard,
			Stderr:        io.Discard,
			// A fresh instance per file costs about 0.1 s; a reused one keeps
			// its memory high-water mark, which a bounded pool caps.
			ReuseWorkers: true,
		})
	})
	if pdfEngine.err != nil {
		return nil, fmt.Errorf("PDF engine: %w", pdfEngine.err)
	}
	return pdfEngine.pool, nil
}

// PreparePDF compiles the PDF engine now rather than on the first PDF read
// (seconds on a cold cache, under a second once wazero has cached it). An
// import that has PDFs ahead can call it in a goroutine as it starts.
func PreparePDF() error {
	_, err := pdfPool()
	return err
}

const (
	// maxPDFSize bounds the file handed to PDFium, whose memory is a 32-bit
	// WebAssembly heap shared by everything it allocates for the file.
	maxPDFSize = 256 << 20
	// pdfTimeout is how long one PDF may take; a hostile or broken file
	// that loops is stopped and reported.
	pdfTimeout = 2 * time.Minute
)

// readPDF reads a PDF's text layer into one document. A PDF without text (a
// scan) is still returned, with NeedsOCR set and its metadata, so the import
// lists it instead of losing it.
func readPDF(name string, data []byte, _ Options) (docs []Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			docs, err = nil, fmt.Errorf("unreadable PDF: %v", r)
		}
	}()
	// Readers accept junk before the header (mail gateways add some), but
	// not a file that never says it is a PDF.
	if !bytes.Contains(data[:min(len(data), 1024)], []byte("%PDF-")) {
		return nil, errors.New("unreadable PDF: no PDF header")
	}
	if len(data) > maxPDFSize {
		return nil, fmt.Errorf("PDF larger than %d MB, not read", maxPDFSize>>20)
	}
	pool, err := pdfPool()
	if err != nil {
		return nil, err
	}
	inst, err := pool.GetInstanceWithContext(context.Background())
	if err != nil {
		return nil, fmt.Errorf("PDF engine: %w", err)
	}
	defer inst.Close()
	var timedOut atomic.Bool
	done := make(chan struct{})
	defer close(done)
	go func() {
		select {
		case <-done:
		case <-time.After(pdfTimeout):
			timedOut.Store(true)
			inst.Kill()
		}
	}()
	defer func() {
		if timedOut.Load() {
			docs, err = nil, fmt.Errorf("unreadable PDF: reading took longer than %v, stopped", pdfTimeout)
		}
	}()

	opened, err := inst.OpenDocument(&requests.OpenDocument{File: &data})
	if err != nil {
		if errors.Is(err, pdferrors.ErrPassword) {
			return nil, errors.New("encrypted PDF: a password is needed to open it")
		}
		if errors.Is(err, pdferrors.ErrSecurity) {
			return nil, errors.New("encrypted PDF: unsupported security handler")
		}
		if errors.Is(err, pdferrors.ErrFormat) {
			return nil, errors.New("unreadable PDF: damaged or truncated file")
		}
		return nil, fmt.Errorf("unreadable PDF: %v", err)
	}
	defer inst.FPDF_CloseDocument(&requests.FPDF_CloseDocument{Document: opened.Document})

	d := Document{Path: name}
	pdfMetadata(inst, opened, &d)

	count, err := inst.FPDF_GetPageCount(&requests.FPDF_GetPageCount{Document: opened.Document})
	if err != nil {
		return nil, fmt.Errorf("unreadable PDF: %v", err)
	}
	var pages []string
	for i := 0; i < count.PageCount; i++ {
		st, err := inst.GetPageTextStructured(&requests.GetPageTextStructured{
			Page: requests.Page{ByIndex: &requests.PageByIndex{Document: opened.Document, Index: i}},
			Mode: requests.GetPageTextStructuredModeRects,
		})
		if err != nil {
			// One damaged page should not cost the others.
			continue
		}
		if text := pdfPageText(st.Rects); text != "" {
			pages = append(pages, text)
		}
	}
	d.Body = norm.NFC.String(joinPDFPages(pages))
	d.SetAttr("pages", fmt.Sprint(count.PageCount))
	if strings.TrimSpace(d.Body) == "" {
		d.Body = ""
		d.NeedsOCR = true
	}
	return []Document{d}, nil
}

// printedBy matches producers that print a web page or screen to PDF: their
// creation date is the day the file was saved, not the day it was published.
var printedBy = regexp.MustCompile(`(?i)skia|chrom|mozilla|firefox|webkit|wkhtmltopdf|print to pdf|quartz|cairo|safari|edge|ghostscript`)

// pdfMetadata copies the Info dictionary into d.
func pdfMetadata(inst pdfium.Pdfium, opened *responses.OpenDocument, d *Document) {
	md, err := inst.GetMetaData(&requests.GetMetaData{Document: opened.Document})
	if err != nil {
		return
	}
	tags := map[string]string{}
	for _, t := range md.Tags {
		if v := strings.TrimSpace(strings.ToValidUTF8(t.Value, "")); plausibleText(v) {
			tags[t.Tag] = v
		}
	}
	d.Title = tags["Title"]
	d.Author = tags["Author"]
	d.SetAttr("subject", tags["Subject"])
	d.SetAttr("keywords", tags["Keywords"])
	d.SetAttr("pdf_producer", firstNonEmpty(tags["Producer"], tags["Creator"]))
	created := pdfDate(tags["CreationDate"])
	if printedBy.MatchString(tags["Producer"] + " " + tags["Creator"]) {
		d.SetAttr("pdf_created", created)
	} else {
		d.Date = created
	}
}

// plausibleText rejects metadata that decoded to noise, as the Info strings
// of some encrypted files do: control characters, or few letters.
func plausibleText(s string) bool {
	letters, total := 0, 0
	for _, r := range s {
		total++
		switch {
		case r < 0x20 && r != '\t' && r != '\n' && r != '\r', r == unicode.ReplacementChar:
			return false
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsSpace(r):
			letters++
		}
	}
	return letters*10 >= total*6
}

var pdfDatePattern = regexp.MustCompile(`^(?:D:)?((?:19|20)\d\d)(\d\d)(\d\d)`)

// pdfDate turns a PDF date ("D:20170424090000+03'00'") into YYYY-MM-DD, as
// written (the local day of the author).
func pdfDate(s string) string {
	m := pdfDatePattern.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return ""
	}
	t, err := time.Parse("20060102", m[1]+m[2]+m[3])
	if err != nil {
		return ""
	}
	return t.Format("2006-01-02")
}

// pdfLine is one line of a page: text runs that share a baseline.
type pdfLine struct {
	text                     string
	left, right, top, bottom float64
}

// pdfPageText rebuilds a page's lines from PDFium's text rectangles (runs of
// text on one line in one font, in reading order) and then its paragraphs:
// a paragraph ends where the gap to the next line is clearly larger than the
// page's usual line spacing, where the font size changes, or after a line
// that ends a sentence when that line stops short or the next is indented.
func pdfPageText(rects []*responses.GetPageTextStructuredRect) string {
	var lines []pdfLine
	for _, r := range rects {
		if r == nil {
			continue
		}
		text := strings.Map(pdfRune, r.Text)
		if strings.TrimSpace(text) == "" {
			continue
		}
		p := r.PointPosition
		top, bottom := math.Max(p.Top, p.Bottom), math.Min(p.Top, p.Bottom)
		left, right := math.Min(p.Left, p.Right), math.Max(p.Left, p.Right)
		if n := len(lines); n > 0 {
			last := &lines[n-1]
			mid := (top + bottom) / 2
			if mid < last.top && mid > last.bottom && left >= last.right-1 {
				height := last.top - last.bottom
				if left-last.right > height*0.15 && !strings.HasSuffix(last.text, " ") && !strings.HasPrefix(text, " ") {
					last.text += " "
				}
				last.text += text
				last.right = right
				last.top, last.bottom = math.Max(last.top, top), math.Min(last.bottom, bottom)
				continue
			}
		}
		lines = append(lines, pdfLine{text: text, left: left, right: right, top: top, bottom: bottom})
	}
	lines = dropPageNumbers(lines)
	if len(lines) == 0 {
		return ""
	}

	// The usual distance between consecutive lines, and the right edge of
	// the text block, from the lines themselves.
	var pitches []float64
	maxRight := 0.0
	for i, l := range lines {
		maxRight = math.Max(maxRight, l.right)
		if i > 0 {
			if gap := lines[i-1].bottom - l.bottom; gap > 0 {
				pitches = append(pitches, gap)
			}
		}
	}
	pitch := median(pitches)

	var b strings.Builder
	for i, l := range lines {
		text := strings.Join(strings.Fields(l.text), " ")
		if i == 0 {
			b.WriteString(text)
			continue
		}
		prev := lines[i-1]
		prevText := strings.TrimSpace(prev.text)
		gap := prev.bottom - l.bottom
		height, prevHeight := l.top-l.bottom, prev.top-prev.bottom
		newPara := gap < 0 || // the text jumped up: a new column or a box
			(pitch > 0 && gap > pitch*1.4) ||
			math.Abs(height-prevHeight) > 0.25*math.Max(height, prevHeight) || // a heading
			(prev.right < maxRight*0.8 && endsSentence(prevText)) ||
			(l.left > prev.left+height*0.8 && endsSentence(prevText)) // a first-line indent
		switch {
		case newPara:
			b.WriteString("\n\n")
		case strings.HasSuffix(prevText, "-") || strings.HasSuffix(prevText, "\u00ad"):
			// Keep a line-end hyphen ("month-long", "al-Hamawi") rather than
			// guess which ones were only hyphenation.
		default:
			b.WriteString(" ")
		}
		b.WriteString(text)
	}
	return strings.ReplaceAll(b.String(), "\u00ad", "-")
}

// pdfRune cleans characters PDFium reports for layout rather than text.
func pdfRune(r rune) rune {
	switch {
	case r == '\r' || r == '\n' || r == '\t':
		return ' '
	case r == 0x02: // PDFium's marker for a hyphen that ends a line
		return '\u00ad'
	case r == 0xFFFE || r == 0xFFFD || (r < 0x20 && r != ' '):
		return -1
	}
	return r
}

var pageNumberLine = regexp.MustCompile(`(?i)^(page\s+)?\d{1,4}(\s*(/|of)\s*\d{1,4})?$`)

// dropPageNumbers removes lines that are only a page number.
func dropPageNumbers(lines []pdfLine) []pdfLine {
	out := lines[:0]
	for _, l := range lines {
		if pageNumberLine.MatchString(strings.TrimSpace(l.text)) {
			continue
		}
		out = append(out, l)
	}
	return out
}

func endsSentence(s string) bool {
	s = strings.TrimRight(s, "\"'”’)]")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, ":")
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	return s[len(s)/2]
}

// joinPDFPages joins page texts; a paragraph cut by a page break (no final
// punctuation, next page starting in lower case) is joined back together.
func joinPDFPages(pages []string) string {
	var b strings.Builder
	for i, p := range pages {
		if i > 0 {
			prev := pages[i-1]
			first := []rune(p)[0]
			if !endsSentence(prev) && unicode.IsLower(first) {
				b.WriteString(" ")
			} else {
				b.WriteString("\n\n")
			}
		}
		b.WriteString(p)
	}
	return b.String()
}
