package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"time"

	"dossier/app/analysis"
	"dossier/app/ingest"
	"dossier/app/search"
	"dossier/data"
)

// articleJSON is the shape `articles --json` and `search --json` print;
// search adds why each result matched.
type articleJSON struct {
	ID          int64  `json:"id"`
	Title       string `json:"title"`
	Date        string `json:"date"`
	Source      string `json:"source"`
	Snippet     string `json:"snippet"`
	Approximate *bool  `json:"approximate,omitempty"`
	Why         string `json:"why,omitempty"`
}

func cmdImport(env *Env, args []string) int {
	fs := newFlags(env, "import")
	db := fs.String("db", "", "collection file (created if missing)")
	date := fs.String("date", "", "publication date `YYYY-MM-DD` for files that state none")
	source := fs.String("source", "", "source (outlet) for files that name none")
	asJSON := fs.Bool("json", false, "print the summary as JSON")
	showProgress := fs.Bool("progress", false, "print progress lines on stderr even when it is not a terminal")
	mapping := fs.String("map", "", "dataset columns: `field=COLUMN,...` (fields: "+strings.Join(ingest.Fields, ", ")+")")
	if code := parse(fs, args); code >= 0 {
		return code
	}
	if *db == "" {
		return env.errorf(ExitUsage, "import: --db FILE is required")
	}
	if fs.NArg() == 0 {
		return env.errorf(ExitUsage, "import: no files or folders given")
	}
	if *date != "" {
		if _, err := time.Parse("2006-01-02", *date); err != nil {
			return env.errorf(ExitUsage, "import: --date %q: want YYYY-MM-DD", *date)
		}
	}
	colMap, err := parseMap(*mapping)
	if err != nil {
		return env.errorf(ExitUsage, "import: %v", err)
	}
	store, err := data.Open(*db, data.CreateIfMissing)
	if err != nil {
		return env.errorf(ExitFatal, "%s", describeOpenError(*db, err))
	}
	defer store.Close()
	if err := store.LockForWriting(); err != nil {
		return env.errorf(ExitFatal, "%v", err)
	}

	analyzer, code := loadAnalyzer(env, store)
	if analyzer == nil {
		return code
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	im := &ingest.Importer{Store: store, DefaultDate: *date, DefaultSource: *source, Read: ingest.Options{ColumnMap: colMap}, Analyzer: analyzer}
	switch {
	case isTerminal(env.Stderr):
		im.OnProgress = func(p ingest.Progress) {
			fmt.Fprintf(env.Stderr, "\r%d/%d files, %d imported, %d duplicates, %d failed ", p.FilesDone, p.FilesTotal, p.Imported, p.Duplicates, p.Failed)
		}
	case *showProgress:
		// One line per update, for scripts that read them.
		im.OnProgress = func(p ingest.Progress) {
			fmt.Fprintf(env.Stderr, "progress: %d/%d files, %d imported, %d duplicates, %d failed\n", p.FilesDone, p.FilesTotal, p.Imported, p.Duplicates, p.Failed)
		}
	}
	sum, err := im.ImportPaths(ctx, fs.Args())
	if isTerminal(env.Stderr) {
		fmt.Fprintln(env.Stderr)
	}
	if err != nil {
		return env.errorf(ExitFatal, "%s: %v", *db, err)
	}
	if *asJSON {
		if err := writeJSON(env.Stdout, sum); err != nil {
			return env.errorf(ExitFatal, "%v", err)
		}
	} else {
		fmt.Fprintf(env.Stdout, "imported %d, duplicates %d, unchanged %d, failed %d\n", sum.Imported, sum.Duplicates, sum.Unchanged, len(sum.Failed))
		for _, p := range sum.NeedsOCR {
			fmt.Fprintf(env.Stdout, "  needs OCR: %s\n", p)
		}
		for _, f := range sum.Failed {
			fmt.Fprintf(env.Stdout, "  failed: %s: %s\n", f.Path, f.Error)
		}
	}
	switch {
	case sum.Cancelled:
		return env.errorf(ExitFatal, "import cancelled; what was stored is complete, import again to finish")
	case len(sum.Failed) > 0:
		return ExitPartial
	}
	return ExitOK
}

func parseMap(s string) (map[string]string, error) {
	if s == "" {
		return nil, nil
	}
	m := map[string]string{}
	for _, pair := range strings.Split(s, ",") {
		field, col, ok := strings.Cut(pair, "=")
		if !ok || strings.TrimSpace(field) == "" || strings.TrimSpace(col) == "" {
			return nil, fmt.Errorf("--map %q: want field=COLUMN,...", s)
		}
		m[strings.ToLower(strings.TrimSpace(field))] = strings.TrimSpace(col)
	}
	return m, nil
}

// isTerminal reports whether w is a terminal, where a progress line helps;
// in a pipe or a log it would only be noise.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

func cmdArticles(env *Env, args []string) int {
	fs := newFlags(env, "articles")
	db := fs.String("db", "", "collection file")
	asJSON := fs.Bool("json", false, "print JSON")
	limit := fs.Int("limit", 50, "at most `N` articles")
	out := fs.String("o", "", "write to `FILE` instead of stdout")
	if code := parse(fs, args); code >= 0 {
		return code
	}
	if fs.NArg() > 0 {
		return env.errorf(ExitUsage, "articles: unexpected argument %q", fs.Arg(0))
	}
	store, code := openDB(env, *db)
	if store == nil {
		return code
	}
	defer store.Close()
	list, err := store.ListArticles(context.Background(), *limit, 0)
	if err != nil {
		return env.errorf(ExitFatal, "%s: %v", *db, err)
	}
	return printArticles(env, *out, *asJSON, list)
}

func cmdSearch(env *Env, args []string) int {
	fs := newFlags(env, "search")
	db := fs.String("db", "", "collection file")
	asJSON := fs.Bool("json", false, "print JSON")
	limit := fs.Int("limit", 50, "at most `N` results")
	out := fs.String("o", "", "write to `FILE` instead of stdout")
	if code := parse(fs, args); code >= 0 {
		return code
	}
	query := strings.Join(fs.Args(), " ")
	if strings.TrimSpace(query) == "" {
		return env.errorf(ExitUsage, "search: no query given")
	}
	store, code := openDB(env, *db)
	if store == nil {
		return code
	}
	defer store.Close()
	res, err := search.Run(context.Background(), store, query, search.Options{Limit: *limit})
	if err != nil {
		return env.errorf(ExitFatal, "%s: %v", *db, err)
	}
	list := make([]data.ArticleSummary, len(res.Hits))
	for i, h := range res.Hits {
		list[i] = h.ArticleSummary
	}
	if len(list) == 0 && res.Hint != "" && !*asJSON {
		fmt.Fprintf(env.Stderr, "dossier: %s\n", res.Hint)
	}
	if !*asJSON {
		return printArticles(env, *out, false, list)
	}
	rows := make([]articleJSON, len(res.Hits))
	for i, h := range res.Hits {
		approx := h.Approximate
		rows[i] = articleJSON{h.ID, h.Title, h.Published, h.Source, plainSnippet(h.Snippet), &approx, h.Why}
	}
	w, closeOut, code := output(env, *out)
	if w == nil {
		return code
	}
	if err := writeJSON(w, rows); err != nil {
		closeOut()
		return env.errorf(ExitFatal, "write: %v", err)
	}
	return closeOut()
}

func printArticles(env *Env, outPath string, asJSON bool, list []data.ArticleSummary) int {
	w, closeOut, code := output(env, outPath)
	if w == nil {
		return code
	}
	var err error
	if asJSON {
		rows := make([]articleJSON, len(list))
		for i, a := range list {
			rows[i] = articleJSON{ID: a.ID, Title: a.Title, Date: a.Published, Source: a.Source, Snippet: plainSnippet(a.Snippet)}
		}
		err = writeJSON(w, rows)
	} else {
		for _, a := range list {
			date := a.Published
			if date == "" {
				date = "undated   "
			}
			_, err = fmt.Fprintf(w, "%6d  %s  %-16.16s  %s\n", a.ID, date, a.Source, a.Title)
			if err != nil {
				break
			}
		}
	}
	if err != nil && !errors.Is(err, os.ErrClosed) {
		return env.errorf(ExitFatal, "write: %v", err)
	}
	return closeOut()
}

// plainSnippet drops the match markers used by the window's highlighting.
func plainSnippet(s string) string {
	return strings.Map(func(r rune) rune {
		if r == 2 || r == 3 {
			return -1
		}
		return r
	}, strings.Join(strings.Fields(s), " "))
}

func cmdReextract(env *Env, args []string) int {
	fs := newFlags(env, "reextract")
	db := fs.String("db", "", "collection file")
	asJSON := fs.Bool("json", false, "print the summary as JSON")
	if code := parse(fs, args); code >= 0 {
		return code
	}
	if fs.NArg() > 0 {
		return env.errorf(ExitUsage, "reextract: unexpected argument %q", fs.Arg(0))
	}
	store, code := openDB(env, *db)
	if store == nil {
		return code
	}
	defer store.Close()
	if err := store.LockForWriting(); err != nil {
		return env.errorf(ExitFatal, "%v", err)
	}
	analyzer, code := loadAnalyzer(env, store)
	if analyzer == nil {
		return code
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	var progress func(int)
	if isTerminal(env.Stderr) {
		progress = func(n int) { fmt.Fprintf(env.Stderr, "\r%d articles analysed ", n) }
	}
	n, err := analyzer.Reextract(ctx, store, progress)
	if progress != nil {
		fmt.Fprintln(env.Stderr)
	}
	if err != nil {
		return env.errorf(ExitFatal, "%s: reextract stopped after %d articles (each stored one is complete): %v", *db, n, err)
	}
	c, err := store.Counts(ctx)
	if err != nil {
		return env.errorf(ExitFatal, "%s: %v", *db, err)
	}
	if *asJSON {
		err = writeJSON(env.Stdout, map[string]int{"articles": n, "entities": c.Entities, "events": c.Events})
	} else {
		_, err = fmt.Fprintf(env.Stdout, "analysed %d articles: %d entities, %d events\n", n, c.Entities, c.Events)
	}
	if err != nil {
		return env.errorf(ExitFatal, "write: %v", err)
	}
	return ExitOK
}

// loadAnalyzer loads the extraction model with the collection's watchlist.
func loadAnalyzer(env *Env, store *data.Store) (*analysis.Analyzer, int) {
	analyzer, err := analysis.New()
	if err != nil {
		return nil, env.errorf(ExitFatal, "loading the extraction model: %v", err)
	}
	watch, err := store.Watchlist(context.Background())
	if err != nil {
		return nil, env.errorf(ExitFatal, "%s: %v", store.Path(), err)
	}
	return analyzer.WithWatchlist(watch), -1
}
