package views

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/sahilm/fuzzy"

	"dossier/app/export"
	"dossier/app/ingest"
	"dossier/data"
)

func testStore(t *testing.T) *data.Store {
	t.Helper()
	s, err := data.Open(":memory:", data.CreateIfMissing)
	if err != nil {
		t.Fatal(err)
	}
	articles := []data.NewArticle{
		{Title: "Regime forces take Halfaya", Body: "Syrian Arab Army soldiers took control of Halfaya on Sunday.", Published: "2017-04-24", Source: "Syria Direct", ContentHash: "1", Path: "a.txt"},
		{Title: "Airstrikes on Idlib", Body: "Warplanes struck towns in Idlib province.", Published: "2017-04-05", Source: "nna", ContentHash: "2", Path: "b.txt"},
		{Title: "Talks in Geneva", Body: "Delegations met in Geneva to discuss a ceasefire.", Published: "2016-02-01", Source: "reuters", ContentHash: "3", Path: "c.txt"},
	}
	out, err := s.InsertArticles(context.Background(), articles)
	if err != nil {
		t.Fatal(err)
	}
	// What extraction would store for the first article (offsets into
	// title + "\n\n" + body).
	text := data.AnalysedText(articles[0].Title, articles[0].Body)
	at := func(sub string, nth int) (int, int) {
		i := -1
		for ; nth >= 0; nth-- {
			i += 1 + strings.Index(text[i+1:], sub)
		}
		return i, i + len(sub)
	}
	ex := &data.Extraction{}
	start, end := at("Syrian Arab Army", 0)
	ex.Mentions = append(ex.Mentions, data.ExtractedMention{Start: start, End: end, Text: "Syrian Arab Army", Entity: data.EntityRef{Name: "Syrian Arab Army", Type: "ORG"}})
	start, end = at("Halfaya", 1)
	ex.Mentions = append(ex.Mentions, data.ExtractedMention{Start: start, End: end, Text: "Halfaya", Entity: data.EntityRef{Name: "Halfaya", Type: "PLACE"}})
	start, end = at("Sunday", 0)
	ex.Timexes = append(ex.Timexes, data.ExtractedTimex{Start: start, End: end, Text: "Sunday", Type: "DATE", Value: "2017-04-23"})
	if err := s.SaveExtraction(context.Background(), out[0].ID, ex); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// waitFor receives from ch or fails the test after a generous deadline; the
// deadline only guards against a hang, it is not how the test synchronises.
func waitFor[T any](t *testing.T, ch <-chan T, what string) T {
	t.Helper()
	select {
	case v := <-ch:
		return v
	case <-time.After(10 * time.Second):
		t.Fatalf("timed out waiting for %s", what)
		var zero T
		return zero
	}
}

func newTestWindow(t *testing.T, store *data.Store) (*MainWindow, chan string) {
	t.Helper()
	a := test.NewTempApp(t)
	a.Settings().SetTheme(theme.DefaultTheme())
	w := a.NewWindow("Dossier")
	w.Resize(fyne.NewSize(1200, 700))
	shown := make(chan string, 16)
	m := NewMainWindow(a, w, store, "test")
	m.Articles.OnShown = func(q string) { shown <- q }
	m.Refresh()
	m.WaitIdle()
	t.Cleanup(w.Close)
	return m, shown
}

func TestSearchNarrowsListAndReaderShowsArticle(t *testing.T) {
	m, shown := newTestWindow(t, testStore(t))
	waitFor(t, shown, "first listing")
	if got := len(m.Articles.Hits); got != 3 {
		t.Fatalf("initial list has %d articles, want 3", got)
	}

	// Widgets are driven as the main goroutine would: under the bridge's
	// lock, so the race detector sees the order the real driver guarantees.
	m.bridge.onMain(func() { test.Type(m.Articles.Entry, "Halfaya") })
	m.WaitIdle()
	// Typing seven letters ran one debounced search, not seven.
	if q := waitFor(t, shown, "search results"); q != "Halfaya" {
		t.Errorf("searched for %q", q)
	}
	if len(shown) != 0 {
		t.Errorf("%d extra searches ran while typing", len(shown))
	}
	if got := len(m.Articles.Hits); got != 1 {
		t.Fatalf("after typing Halfaya: %d results, want 1", got)
	}
	if m.Articles.Hits[0].Title != "Regime forces take Halfaya" {
		t.Errorf("result = %q", m.Articles.Hits[0].Title)
	}

	opened := make(chan int64, 1)
	m.Reader.OnShown = func(id int64) { opened <- id }
	// Keyboard: Down selects the first result, which the reader shows.
	m.bridge.onMain(func() { m.Articles.Entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown}) })
	m.WaitIdle()
	waitFor(t, opened, "article in reader")
	if m.Reader.Article.Title != "Regime forces take Halfaya" {
		t.Errorf("reader shows %q", m.Reader.Article.Title)
	}
	if !strings.Contains(m.Reader.Meta.Text, "2017-04-24") || !strings.Contains(m.Reader.Meta.Text, "Syria Direct") {
		t.Errorf("reader meta = %q", m.Reader.Meta.Text)
	}
	var body strings.Builder
	highlighted := false
	for _, s := range m.Reader.Body.Segments {
		body.WriteString(strings.ReplaceAll(s.Textual(), lineBreakHint, ""))
		if segText(s) == "Halfaya" {
			highlighted = true
		}
	}
	if !strings.Contains(body.String(), "took control of Halfaya") {
		t.Errorf("reader body = %q", body.String())
	}
	if !highlighted {
		t.Error("the search word is not highlighted in the reader")
	}
	colors := map[string]fyne.ThemeColorName{}
	for _, s := range m.Reader.Body.Segments {
		if ts, ok := s.(*widget.TextSegment); ok {
			colors[segText(ts)] = ts.Style.ColorName
		}
	}
	if colors["Syrian Arab Army"] != ColorOrg || colors["Sunday"] != ColorDate || colors["Halfaya"] != theme.ColorNamePrimary {
		t.Errorf("highlight colours: ORG %q, date %q, search match %q", colors["Syrian Arab Army"], colors["Sunday"], colors["Halfaya"])
	}
	if !m.Reader.Legend.Visible() {
		t.Error("no colour legend for an article with entities")
	}
}

func TestStaleResultsAreDropped(t *testing.T) {
	m, shown := newTestWindow(t, testStore(t))
	waitFor(t, shown, "first listing")
	p := m.Articles
	// Two queries started back to back: only the newer one may be shown.
	// As the main goroutine would, under the bridge's lock.
	m.bridge.onMain(func() {
		p.Entry.Text = "Idlib"
		p.Search()
		p.Entry.Text = "Geneva"
		p.Search()
	})
	m.WaitIdle()
	q := waitFor(t, shown, "results")
	if q != "Geneva" {
		t.Fatalf("stale results for %q were shown", q)
	}
	if len(p.Hits) != 1 || p.Hits[0].Title != "Talks in Geneva" {
		t.Errorf("hits = %+v", p.Hits)
	}
	select {
	case q := <-shown:
		t.Errorf("a second result set (%q) was shown after the newest", q)
	default:
	}
}

func TestEmptyStatesAndCounts(t *testing.T) {
	m, shown := newTestWindow(t, testStore(t))
	waitFor(t, shown, "first listing")
	if m.Entities.empty.Visible() || len(m.Entities.rows) != 4 {
		t.Errorf("entity sidebar rows: %+v", m.Entities.rows)
	}
	empty, err := data.Open(":memory:", data.CreateIfMissing)
	if err != nil {
		t.Fatal(err)
	}
	m.bridge.onMain(func() { m.SetStore(empty) })
	m.WaitIdle()
	if !m.Entities.empty.Visible() {
		t.Error("entity sidebar should show its empty state for an empty collection")
	}
	if m.Reader.scroll.Visible() {
		t.Error("reader should be empty before a selection")
	}
}

func TestImportInWindowReportsFailuresAndRefreshes(t *testing.T) {
	m, _ := newTestWindow(t, testStore(t))
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "one.txt"), []byte("Shelling in Douma\n\nShells hit Douma on Friday."), 0o644)
	os.WriteFile(filepath.Join(dir, "two.md"), []byte("# Convoy reaches Madaya\n\nAid arrived in Madaya."), 0o644)
	os.WriteFile(filepath.Join(dir, "scan.bmp"), []byte("BM"), 0o644)

	done := make(chan ingest.Summary, 1)
	m.importer.OnDone = func(s ingest.Summary, err error) {
		if err != nil {
			t.Error(err)
		}
		done <- s
	}
	m.bridge.onMain(func() { m.runImport([]string{dir}) })
	m.WaitIdle()
	sum := waitFor(t, done, "import")
	if sum.Imported != 2 || len(sum.Failed) != 1 || !strings.HasSuffix(sum.Failed[0].Path, "scan.bmp") {
		t.Fatalf("summary %+v", sum)
	}
	if m.Status.busy.Visible() {
		t.Error("progress still shown after the import")
	}
	if got := m.Status.Counts.Text; !strings.HasPrefix(got, "5 articles") {
		t.Errorf("status line = %q", got)
	}
	if len(m.Articles.Hits) != 5 {
		t.Errorf("list has %d articles after import, want 5", len(m.Articles.Hits))
	}
	// The failure report is open, naming the file and the reason.
	overlay := m.Window.Canvas().Overlays().Top()
	if overlay == nil {
		t.Fatal("no import report shown")
	}
	if !strings.Contains(dialogText(overlay), "scan.bmp: unsupported file type") {
		t.Errorf("report does not name the failed file: %q", dialogText(overlay))
	}
}

// dialogText collects the text of the labels and entries in an overlay.
func dialogText(o fyne.CanvasObject) string {
	var b strings.Builder
	walkObjects(o, func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *widget.Label:
			b.WriteString(w.Text + "\n")
		case *widget.Entry:
			b.WriteString(w.Text + "\n")
		}
	})
	return b.String()
}

func TestSelectingAnEntityFiltersTheList(t *testing.T) {
	m, shown := newTestWindow(t, testStore(t))
	waitFor(t, shown, "first listing")
	rows := m.Entities.rows
	if len(rows) != 4 || rows[0].entity != nil || rows[1].entity == nil || rows[1].entity.Name != "Syrian Arab Army" {
		t.Fatalf("sidebar rows: %+v", rows)
	}
	m.bridge.onMain(func() { m.Entities.List.Select(1) })
	m.WaitIdle()
	if q := waitFor(t, shown, "filtered list"); q != "" {
		t.Errorf("query %q", q)
	}
	if len(m.Articles.Hits) != 1 || m.Articles.Hits[0].Title != "Regime forces take Halfaya" {
		t.Errorf("filtered list: %+v", m.Articles.Hits)
	}
	if !m.Articles.filterRow.Visible() || !strings.Contains(m.Articles.Filter.Text, "Syrian Arab Army") {
		t.Error("the filter is not shown above the list")
	}
	// Headings are not selectable; clearing the filter lists everything again.
	m.bridge.onMain(func() { m.Entities.ClearSelection() })
	m.WaitIdle()
	waitFor(t, shown, "unfiltered list")
	if len(m.Articles.Hits) != 3 || m.Articles.filterRow.Visible() {
		t.Errorf("after clearing: %d hits", len(m.Articles.Hits))
	}
}

func TestMappingDialogForUnusualColumns(t *testing.T) {
	m, _ := newTestWindow(t, testStore(t))
	path := filepath.Join(t.TempDir(), "export.csv")
	os.WriteFile(path, []byte("kop,tekst,wanneer\nAirstrike on Idlib,Warplanes struck Idlib on Monday.,2017-04-24\n"), 0o644)
	done := make(chan ingest.Summary, 1)
	m.importer.OnDone = func(s ingest.Summary, err error) { done <- s }

	m.bridge.onMain(func() { m.runImport([]string{path}) })
	m.WaitIdle()
	overlay := m.Window.Canvas().Overlays().Top()
	if overlay == nil || !strings.Contains(dialogText(overlay), "export.csv") {
		t.Fatal("no mapping dialog")
	}
	var selects []*widget.Select
	var importBtn *widget.Button
	walkObjects(overlay, func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *widget.Select:
			selects = append(selects, w)
		case *widget.Button:
			if w.Text == "Import" {
				importBtn = w
			}
		}
	})
	if len(selects) != len(ingest.Fields) || importBtn == nil {
		t.Fatalf("dialog has %d selects, import button %v", len(selects), importBtn != nil)
	}
	m.bridge.onMain(func() {
		selects[0].SetSelected("kop")   // title
		selects[1].SetSelected("tekst") // body
		selects[2].SetSelected("wanneer")
		test.Tap(importBtn)
	})
	m.WaitIdle()
	sum := waitFor(t, done, "import")
	if sum.Imported != 1 || len(sum.Failed) != 0 {
		t.Fatalf("summary %+v", sum)
	}
	found := false
	for _, h := range m.Articles.Hits {
		if h.Title == "Airstrike on Idlib" && h.Published == "2017-04-24" {
			found = true
		}
	}
	if !found {
		t.Errorf("mapped article not listed: %+v", m.Articles.Hits)
	}
}

func walkObjects(o fyne.CanvasObject, visit func(fyne.CanvasObject)) {
	visit(o)
	switch w := o.(type) {
	case *fyne.Container:
		for _, c := range w.Objects {
			walkObjects(c, visit)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(w).Objects() {
			walkObjects(c, visit)
		}
	}
}

func TestExportWritesTheFilteredEvents(t *testing.T) {
	store := testStore(t)
	ctx := context.Background()
	ents, _ := store.Entities(ctx, "ORG", 0)
	arts, _ := store.ListArticles(ctx, 10, 0)
	var halfaya int64
	for _, a := range arts {
		if a.Title == "Regime forces take Halfaya" {
			halfaya = a.ID
		}
	}
	ex := &data.Extraction{
		Mentions: []data.ExtractedMention{{Start: 0, End: 1, Text: "Syrian Arab Army", Entity: data.EntityRef{Name: "Syrian Arab Army", Type: "ORG"}}},
		Events:   []data.ExtractedEvent{{Date: "2017-04-23", Precision: "day", Summary: "took Halfaya", Actors: []string{"Syrian Arab Army"}}},
	}
	if err := store.SaveExtraction(ctx, halfaya, ex); err != nil {
		t.Fatal(err)
	}
	m, _ := newTestWindow(t, store)
	path := filepath.Join(t.TempDir(), "out.csv")
	w, err := storage.Writer(storage.NewFileURI(path))
	if err != nil {
		t.Fatal(err)
	}
	m.bridge.onMain(func() {
		m.writeExport(w, data.EventFilter{EntityIDs: []int64{ents[0].ID}}, func(out io.Writer, ev []data.Event) error {
			return export.ACLED(out, ev, false)
		})
	})
	m.WaitIdle()
	b, _ := os.ReadFile(path)
	if !strings.Contains(string(b), "2017-04-23,1,,,Syrian Arab Army") {
		t.Errorf("export:\n%s", b)
	}
}

func TestEntityDetailsAndHiding(t *testing.T) {
	m, shown := newTestWindow(t, testStore(t))
	waitFor(t, shown, "first listing")
	m.bridge.onMain(func() { m.Entities.List.Select(3) }) // Places: Halfaya
	m.WaitIdle()
	d := m.Entities.Details
	if !d.content.Visible() || !strings.Contains(d.Name.Text, "Halfaya") || !strings.Contains(d.Facts.Text, "1 mention in 1 article") {
		t.Fatalf("details: %q / %q", d.Name.Text, d.Facts.Text)
	}
	m.bridge.onMain(d.onHide)
	m.WaitIdle()
	var yes *widget.Button
	walkObjects(m.Window.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == "Yes" {
			yes = b
		}
	})
	if yes == nil {
		t.Fatal("no confirmation")
	}
	m.bridge.onMain(func() { test.Tap(yes) })
	m.WaitIdle()
	for _, r := range m.Entities.rows {
		if r.entity != nil && r.entity.Name == "Halfaya" {
			t.Error("a hidden entity is still listed")
		}
	}
	if d.content.Visible() {
		t.Error("details still shown for a hidden entity")
	}
}

func TestUndoWithCtrlZ(t *testing.T) {
	m, shown := newTestWindow(t, testStore(t))
	waitFor(t, shown, "first listing")
	org := m.Entities.rows[1].entity
	if err := m.store.RenameEntity(context.Background(), org.ID, "SAA (renamed)"); err != nil {
		t.Fatal(err)
	}
	m.bridge.onMain(func() {
		m.Refresh()
	})
	m.WaitIdle()
	if m.Entities.rows[1].entity.Name != "SAA (renamed)" {
		t.Fatalf("rename not shown: %+v", m.Entities.rows[1].entity)
	}
	// Ctrl+Z, through the window's shortcut table.
	m.bridge.onMain(func() {
		m.Window.Canvas().(interface{ TypedShortcut(fyne.Shortcut) }).TypedShortcut(undoShortcut)
	})
	m.WaitIdle()
	if m.Entities.rows[1].entity.Name != "Syrian Arab Army" || !strings.Contains(m.Status.Notice.Text, "Undone: rename entity") {
		t.Errorf("after undo: %q, notice %q", m.Entities.rows[1].entity.Name, m.Status.Notice.Text)
	}
	m.bridge.onMain(m.Undo)
	m.WaitIdle()
	if m.Status.Notice.Text != "Nothing to undo" {
		t.Errorf("notice %q", m.Status.Notice.Text)
	}
}

func TestReaderShowsEventSentence(t *testing.T) {
	m, shown := newTestWindow(t, testStore(t))
	waitFor(t, shown, "first listing")
	var id int64
	var title, body string
	for _, h := range m.Articles.Hits {
		if h.Title == "Talks in Geneva" {
			id = h.ID
		}
	}
	a, _ := m.store.Article(context.Background(), id)
	title, body = a.Title, a.Body
	text := data.AnalysedText(title, body)
	start := strings.Index(text, "Delegations")
	end := start + len("Delegations met in Geneva")
	m.bridge.onMain(func() { m.Reader.ShowSentence(id, start, end) })
	m.WaitIdle()
	found := false
	for _, s := range m.Reader.Body.Segments {
		if ts, ok := s.(*widget.TextSegment); ok && segText(ts) == "Delegations met in Geneva" && ts.Style.TextStyle.Underline {
			found = true
		}
	}
	if !found {
		t.Errorf("sentence not highlighted: %+v", m.Reader.Body.Segments)
	}
}

// segText is a body segment's visible words (no wrap hint, no edge spaces,
// no punctuation fixInlineWrap moved onto the end of a highlighted name).
func segText(s widget.RichTextSegment) string {
	return strings.TrimRight(strings.TrimSpace(strings.ReplaceAll(s.Textual(), lineBreakHint, "")), ",.;:!?)]%")
}

// Between a reader's segments a line may break as between words, never
// before a comma.
func TestInlineWrapBreaksBetweenWords(t *testing.T) {
	text := "took control of Halfaya on Sunday, a town (in Hama). Then"
	marks := []mark{{start: 16, end: 23, style: widget.RichTextStyleStrong}, {start: 27, end: 33, style: widget.RichTextStyleStrong}, {start: 46, end: 50, style: widget.RichTextStyleStrong}}
	segs := bodySegments(text, marks)
	var all strings.Builder
	for i, s := range segs {
		txt := s.Textual()
		all.WriteString(strings.ReplaceAll(txt, lineBreakHint, ""))
		if i == 0 || txt == "" {
			continue
		}
		at := strings.Index(txt, lineBreakHint)
		if at < 0 {
			t.Errorf("segment %d %q: no break hint", i, txt)
			continue
		}
		if after := strings.TrimLeft(txt[at+len(lineBreakHint):], " "); after != "" && strings.ContainsAny(after[:1], ",.;:)") {
			t.Errorf("segment %d %q: a line broken there opens with %q", i, txt, after[:1])
		}
	}
	if all.String() != text {
		t.Errorf("text = %q, want %q", all.String(), text)
	}
}

func TestEntityFilterIsFuzzyButNotScattered(t *testing.T) {
	all := entityNames{{Name: "Hay'at Tahrir al-Sham"}, {Name: "Tags Syria Eastern Ghouta Douma Rebels"}, {Name: "Jabhat al-Nusra"}}
	for q, want := range map[string]string{"hts": "Hay'at Tahrir al-Sham", "nusra": "Jabhat al-Nusra", "tahrir": "Hay'at Tahrir al-Sham"} {
		var got []string
		for _, m := range fuzzy.FindFrom(q, all) {
			if fewRuns(m.MatchedIndexes, len(q)) || wordStarts(m.Str, m.MatchedIndexes) {
				got = append(got, m.Str)
			}
		}
		if len(got) != 1 || got[0] != want {
			t.Errorf("%q keeps %v, want [%s]", q, got, want)
		}
	}
}

func TestArticleSentencesOffsets(t *testing.T) {
	a := data.Article{Title: "T", Body: "Troops took Halfaya on Sunday. Rebels retreated north of the town!\n\nA short one.\nAnother line without a stop"}
	text := data.AnalysedText(a.Title, a.Body)
	got := articleSentences(a)
	want := []string{"Troops took Halfaya on Sunday.", "Rebels retreated north of the town!", "Another line without a stop"}
	if len(got) != len(want) {
		t.Fatalf("sentences %+v", got)
	}
	for i, s := range got {
		if s.text != want[i] || text[s.start:s.end] != want[i] {
			t.Errorf("sentence %d = %q at %d-%d (%q)", i, s.text, s.start, s.end, text[s.start:s.end])
		}
	}
}

func TestRecentAndSavedSearches(t *testing.T) {
	m, shown := newTestWindow(t, testStore(t))
	waitFor(t, shown, "first listing")
	h := m.Articles.History
	m.bridge.onMain(func() { test.Type(m.Articles.Entry, "Geneva") })
	m.WaitIdle()
	waitFor(t, shown, "results")
	m.bridge.onMain(func() { m.Articles.List.Select(0) })
	m.WaitIdle()
	if r := h.Recent(); len(r) != 1 || r[0] != "Geneva" {
		t.Errorf("recent %v", r)
	}
	h.remember("Idlib")
	h.remember("Geneva")
	if r := h.Recent(); len(r) != 2 || r[0] != "Geneva" || r[1] != "Idlib" {
		t.Errorf("recent after repeats %v", r)
	}
	h.save("source:nna Idlib")
	h.save("source:nna Idlib")
	if s := h.Saved(); len(s) != 1 {
		t.Errorf("saved %v", s)
	}
}

func TestFilterByAnyOrAllOfSeveralEntities(t *testing.T) {
	store := testStore(t)
	ctx := context.Background()
	arts, _ := store.ListArticles(ctx, 10, 0)
	var idlib int64
	for _, a := range arts {
		if a.Title == "Airstrikes on Idlib" {
			idlib = a.ID
		}
	}
	// The army is mentioned in a second article, Halfaya only in the first.
	if err := store.SaveExtraction(ctx, idlib, &data.Extraction{Mentions: []data.ExtractedMention{
		{Start: 0, End: 1, Text: "Syrian Arab Army", Entity: data.EntityRef{Name: "Syrian Arab Army", Type: "ORG"}}}}); err != nil {
		t.Fatal(err)
	}
	m, shown := newTestWindow(t, store)
	waitFor(t, shown, "first listing")
	army, halfaya := *m.Entities.rows[1].entity, *m.Entities.rows[3].entity
	m.bridge.onMain(func() {
		m.Entities.List.Select(1)
		m.Entities.AddToFilter(halfaya)
	})
	m.WaitIdle()
	if len(m.Articles.Hits) != 2 || !m.Articles.MatchAll.Visible() || !strings.Contains(m.Articles.Filter.Text, army.Name+" or Halfaya") {
		t.Fatalf("any: %d hits, filter %q", len(m.Articles.Hits), m.Articles.Filter.Text)
	}
	m.bridge.onMain(func() { m.Articles.MatchAll.SetChecked(true) })
	m.WaitIdle()
	if len(m.Articles.Hits) != 1 || m.Articles.Hits[0].Title != "Regime forces take Halfaya" {
		t.Errorf("all: %+v", m.Articles.Hits)
	}
	if got := m.Timeline.filter; !got.All || len(got.Entities) != 2 {
		t.Errorf("the timeline does not follow the filter: %+v", got)
	}
}

func TestStarAnArticle(t *testing.T) {
	m, shown := newTestWindow(t, testStore(t))
	waitFor(t, shown, "first listing")
	id := m.Articles.Hits[0].ID
	m.bridge.onMain(func() { m.Reader.Show(id, "") })
	m.WaitIdle()
	m.bridge.onMain(func() { test.Tap(m.Reader.Star) })
	m.WaitIdle()
	if !m.Reader.Article.Starred || m.Reader.Star.Text != "Starred ★" {
		t.Errorf("not starred: %v %q", m.Reader.Article.Starred, m.Reader.Star.Text)
	}
	m.bridge.onMain(func() { m.Articles.Entry.SetText("is:starred") })
	m.WaitIdle()
	if len(m.Articles.Hits) != 1 || m.Articles.Hits[0].ID != id {
		t.Errorf("is:starred lists %+v", m.Articles.Hits)
	}
}

func TestSnippetPieces(t *testing.T) {
	got := snippetPieces("…took control of \x02Halfaya\x03 on\n Sunday, \x02chemical\x03 \x02attack\x03")
	want := []snippetPiece{{"…took control of ", false}, {"Halfaya", true}, {" on Sunday, ", false}, {"chemical", true}, {" ", false}, {"attack", true}}
	if len(got) != len(want) {
		t.Fatalf("%+v", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("piece %d = %+v, want %+v", i, got[i], want[i])
		}
	}
}

func TestFacetLinksNarrowTheSearch(t *testing.T) {
	m, shown := newTestWindow(t, testStore(t))
	waitFor(t, shown, "first listing")
	m.bridge.onMain(func() { m.Articles.Entry.SetText("Idlib OR Geneva") })
	m.WaitIdle()
	var nna *widget.HyperlinkSegment
	for _, s := range m.Articles.Facets.Segments {
		if h, ok := s.(*widget.HyperlinkSegment); ok && strings.HasPrefix(h.Text, "nna ") {
			nna = h
		}
	}
	if nna == nil || !m.Articles.Facets.Visible() {
		t.Fatalf("no source facet for nna: %+v", m.Articles.Facets.Segments)
	}
	m.bridge.onMain(nna.OnTapped)
	m.WaitIdle()
	if !strings.Contains(m.Articles.Entry.Text, `source:"nna"`) || len(m.Articles.Hits) != 1 {
		t.Errorf("after the facet: %q, %d hits", m.Articles.Entry.Text, len(m.Articles.Hits))
	}
}
