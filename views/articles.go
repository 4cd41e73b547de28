package views

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/app/search"
	"dossier/data"
)

// listAllLimit caps the list shown with an empty search box: enough to
// browse, few enough to load instantly in a collection of 100,000.
const listAllLimit = 500

// searchDelay is how long typing must pause before a search runs: long
// enough not to query on every key, short enough to feel immediate.
const searchDelay = 150 * time.Millisecond

// ArticlesPane is the search box and the list of matching articles.
type ArticlesPane struct {
	win     *MainWindow
	content fyne.CanvasObject

	Entry  *searchEntry
	List   *widget.List
	Hint   *widget.Label
	Filter *widget.Label
	// filterRow shows the sidebar's entity filter with a button to clear it.
	filterRow *fyne.Container

	// Hits are the results on screen; only the main goroutine touches them.
	Hits     []search.Hit
	selected int

	// filter narrows the list to articles mentioning the sidebar's entities.
	filter EntityFilter
	// MatchAll switches the filter between any and all of its entities.
	MatchAll *widget.Check
	// Suggest offers entity names the words approximately spell.
	Suggest *widget.Hyperlink
	// Facets shows counts per source, tag and year for the current query;
	// tapping one narrows the search to it.
	Facets *widget.RichText

	seq      uint64 // number of the newest query; older results are stale
	cancel   context.CancelFunc
	debounce debouncer

	// History offers recent and saved searches.
	History *searchHistory

	// OnShown, when set, is called on the main goroutine after the results
	// of a query are on screen: tests wait on it instead of sleeping.
	OnShown func(query string)
}

func newArticlesPane(m *MainWindow) *ArticlesPane {
	p := &ArticlesPane{win: m, selected: -1}
	p.debounce = debouncer{b: &m.bridge, delay: searchDelay}
	p.Entry = newSearchEntry()
	p.Entry.SetPlaceHolder("Search articles  (Ctrl+F)")
	p.Entry.OnChanged = p.onChanged
	p.Entry.onNav = p.onNav
	p.Hint = widget.NewLabel("")
	p.Hint.TextStyle = fyne.TextStyle{Italic: true}
	p.Hint.SizeName = theme.SizeNameCaptionText
	p.Hint.Truncation = fyne.TextTruncateEllipsis
	p.Filter = widget.NewLabel("")
	p.Filter.Truncation = fyne.TextTruncateEllipsis
	clear := widget.NewButtonWithIcon("", theme.CancelIcon(), func() { m.Entities.ClearSelection() })
	clear.Importance = widget.LowImportance
	p.MatchAll = widget.NewCheck("all", p.onMatchAll)
	p.MatchAll.Hide()
	p.filterRow = container.NewBorder(nil, nil, nil, container.NewHBox(p.MatchAll, clear), p.Filter)
	p.Suggest = widget.NewHyperlink("", nil)
	p.Suggest.Hide()
	p.Facets = widget.NewRichText()
	p.Facets.Wrapping = fyne.TextWrapWord
	p.Facets.Hide()
	p.filterRow.Hide()

	p.List = widget.NewList(
		func() int { return len(p.Hits) },
		func() fyne.CanvasObject { return newArticleRow() },
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id < len(p.Hits) {
				o.(*articleRow).set(p.Hits[id])
			}
		})
	p.List.OnSelected = func(id widget.ListItemID) {
		p.selected = id
		if id < len(p.Hits) {
			m.Reader.Show(p.Hits[id].ID, p.Entry.Text)
			// A search whose result was opened is one worth offering again.
			p.History.remember(p.Entry.Text)
		}
	}
	p.History = newSearchHistory(p)
	searchRow := container.NewBorder(nil, nil, nil, p.History.button, p.Entry)
	top := container.NewVBox(searchRow, p.filterRow, p.Hint, p.Suggest, p.Facets)
	p.content = container.NewBorder(top, nil, nil, nil, p.List)
	return p
}

// SetFilter narrows the list to articles that mention the filter's
// entities (an empty filter clears it).
func (p *ArticlesPane) SetFilter(f EntityFilter) {
	p.filter = f
	if f.Empty() {
		p.filterRow.Hide()
	} else {
		p.Filter.SetText("Mentioning " + f.Label())
		p.MatchAll.OnChanged = nil
		p.MatchAll.SetChecked(f.All)
		p.MatchAll.OnChanged = p.onMatchAll
		if len(f.Entities) > 1 {
			p.MatchAll.Show()
		} else {
			p.MatchAll.Hide()
		}
		p.filterRow.Show()
	}
	p.Search()
}

func (p *ArticlesPane) onMatchAll(all bool) {
	p.win.Entities.SetMatchAll(all)
}

func (p *ArticlesPane) onChanged(string) {
	p.debounce.trigger(p.Search)
}

// Search runs the current query now, cancelling the previous one. Results
// of a query that has been overtaken are dropped, never shown.
func (p *ArticlesPane) Search() {
	store := p.win.store
	query := p.Entry.Text
	opt := search.Options{Limit: 200, AsYouType: true, EntityIDs: p.filter.IDs(), AllEntities: p.filter.All}
	if p.cancel != nil {
		p.cancel()
	}
	p.seq++
	seq := p.seq
	if store == nil {
		p.show(seq, query, search.Result{Hint: "No collection is open: File › Open Collection…"}, nil)
		return
	}
	ctx, cancel := context.WithCancel(context.Background())
	p.cancel = cancel
	background(&p.win.bridge, func(context.Context) (search.Result, error) {
		if strings.TrimSpace(query) == "" && len(opt.EntityIDs) == 0 {
			return listAll(ctx, store)
		}
		return search.Run(ctx, store, query, opt)
	}, func(res search.Result, err error) {
		p.show(seq, query, res, err)
		if err == nil && strings.TrimSpace(query) != "" {
			p.loadFacets(seq, store, query, opt)
		} else if p.Facets.Visible() {
			p.Facets.Hide()
			p.content.Refresh()
		}
	})
}

// loadFacets counts the matches per source, tag and year after the results
// are on screen: on a large collection it takes longer than the search.
func (p *ArticlesPane) loadFacets(seq uint64, store *data.Store, query string, opt search.Options) {
	background(&p.win.bridge, func(ctx context.Context) (search.FacetCounts, error) {
		return search.Facets(ctx, store, query, opt)
	}, func(fc search.FacetCounts, err error) {
		if seq != p.seq || err != nil {
			return
		}
		var segs []widget.RichTextSegment
		segs = append(segs, p.facetLine("Sources", fc.Sources, 5, func(v string) string { return `source:"` + v + `"` })...)
		segs = append(segs, p.facetLine("Years", fc.Years, 6, func(v string) string {
			if v == "" {
				return "undated"
			}
			return "after:" + v + "-01-01 before:" + v + "-12-31"
		})...)
		segs = append(segs, p.facetLine("Tags", fc.Tags, 5, func(v string) string { return `tag:"` + v + `"` })...)
		p.Facets.Segments = segs
		p.Facets.Refresh()
		if len(segs) == 0 {
			p.Facets.Hide()
		} else {
			p.Facets.Show()
		}
		// A line shown or hidden above the list: lay the pane out again.
		p.content.Refresh()
	})
}

// facetLine is one line of facet counts; each value is a link that adds
// its filter to the query.
func (p *ArticlesPane) facetLine(label string, counts []data.FacetCount, n int, filter func(string) string) []widget.RichTextSegment {
	if len(counts) == 0 {
		return nil
	}
	caption := widget.RichTextStyleInline
	caption.SizeName = theme.SizeNameCaptionText
	segs := []widget.RichTextSegment{&widget.TextSegment{Text: label + ": ", Style: caption}}
	for i, c := range counts {
		if i == n {
			segs = append(segs, &widget.TextSegment{Text: lineBreakHint + " …", Style: caption})
			break
		}
		v := c.Value
		name := v
		if name == "" {
			name = "undated"
		}
		add := filter(v)
		if i > 0 {
			segs = append(segs, &widget.TextSegment{Text: " · ", Style: caption})
		}
		segs = append(segs, &widget.HyperlinkSegment{Text: fmt.Sprintf("%s %d", name, c.Count), OnTapped: func() {
			p.Entry.SetText(strings.TrimSpace(p.Entry.Text) + " " + add)
		}})
	}
	return append(segs, &widget.TextSegment{Style: widget.RichTextStyleParagraph})
}

func listAll(ctx context.Context, store *data.Store) (search.Result, error) {
	list, err := store.ListArticles(ctx, listAllLimit, 0)
	res := search.Result{Hits: make([]search.Hit, len(list))}
	for i, a := range list {
		res.Hits[i] = search.Hit{ArticleSummary: a}
	}
	return res, err
}

func (p *ArticlesPane) show(seq uint64, query string, res search.Result, err error) {
	if seq != p.seq {
		return // a newer query is running or shown
	}
	if err != nil {
		if errors.Is(err, context.Canceled) {
			return
		}
		p.Hint.SetText("Search failed: " + err.Error())
		res = search.Result{}
	} else {
		p.Hint.SetText(resultHint(query, res))
	}
	// "Did you mean" only when the words themselves found nothing.
	suggest := res.Suggestions
	for _, h := range res.Hits {
		if !h.Approximate {
			suggest = nil
			break
		}
	}
	p.showSuggestion(suggest)
	p.Hits = res.Hits
	p.selected = -1
	p.List.UnselectAll()
	p.List.Refresh()
	p.List.ScrollToTop()
	if p.OnShown != nil {
		p.OnShown(query)
	}
}

// showSuggestion offers the best entity name the words approximately spell.
func (p *ArticlesPane) showSuggestion(names []string) {
	if len(names) == 0 {
		if p.Suggest.Visible() {
			p.Suggest.Hide()
			p.content.Refresh()
		}
		return
	}
	name := names[0]
	p.Suggest.SetText("Did you mean " + name + "?")
	p.Suggest.OnTapped = func() { p.Entry.SetText(`entity:"` + name + `"`) }
	p.Suggest.Show()
	p.content.Refresh()
}

func resultHint(query string, res search.Result) string {
	n := len(res.Hits)
	approx := 0
	for _, h := range res.Hits {
		if h.Approximate {
			approx++
		}
	}
	var s string
	switch {
	case strings.TrimSpace(query) == "" && n == listAllLimit:
		s = fmt.Sprintf("The newest %d articles: search to find the others", n)
	case strings.TrimSpace(query) == "":
		s = plural(n, "article") + ", newest first"
	case n == 0:
		s = "No matches"
	case approx == n:
		s = fmt.Sprintf("%d approximate matches (no exact match)", n)
	case approx > 0:
		s = fmt.Sprintf("%s, %s (%d approximate)", plural(n, "match"), orderName(res.Order), approx)
	default:
		s = plural(n, "match") + ", " + orderName(res.Order)
	}
	if res.Hint != "" && n == 0 {
		s += " — " + res.Hint
	} else if res.Hint != "" {
		s += " (" + res.Hint + ")"
	}
	return s
}

// onNav moves through the results from the search box: Down/Up select the
// next/previous article (shown in the reader), Enter opens the selected one
// or the first.
func (p *ArticlesPane) onNav(key fyne.KeyName) bool {
	if len(p.Hits) == 0 {
		return false
	}
	switch key {
	case fyne.KeyDown:
		p.selectRow(min(p.selected+1, len(p.Hits)-1))
	case fyne.KeyUp:
		p.selectRow(max(p.selected-1, 0))
	case fyne.KeyReturn, fyne.KeyEnter:
		if p.selected < 0 {
			p.selectRow(0)
		}
	default:
		return false
	}
	return true
}

func (p *ArticlesPane) selectRow(i int) {
	p.List.Select(i)
	p.List.ScrollTo(i)
}

// searchEntry is the search box: an Entry that hands the navigation keys to
// the result list, so the user can type, arrow down and press Enter.
type searchEntry struct {
	widget.Entry
	onNav func(fyne.KeyName) bool
}

func newSearchEntry() *searchEntry {
	e := &searchEntry{}
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey implements fyne.Focusable.
func (e *searchEntry) TypedKey(k *fyne.KeyEvent) {
	if e.onNav != nil {
		switch k.Name {
		case fyne.KeyDown, fyne.KeyUp, fyne.KeyReturn, fyne.KeyEnter:
			if e.onNav(k.Name) {
				return
			}
		}
	}
	e.Entry.TypedKey(k)
}

// articleRow is one line of the result list: title, then date, source and
// snippet in a quieter style.
type articleRow struct {
	widget.BaseWidget
	title *widget.Label
	// meta is date, source, why, then the snippet with the matched words
	// in bold, on one line cut with an ellipsis.
	meta  *widget.RichText
	badge *widget.Label
}

func newArticleRow() *articleRow {
	r := &articleRow{title: widget.NewLabel(""), meta: widget.NewRichText(), badge: widget.NewLabel("")}
	r.title.TextStyle = fyne.TextStyle{Bold: true}
	r.title.Truncation = fyne.TextTruncateEllipsis
	r.meta.Truncation = fyne.TextTruncateEllipsis
	r.badge.Importance = widget.WarningImportance
	r.badge.SizeName = theme.SizeNameCaptionText
	r.ExtendBaseWidget(r)
	return r
}

func (r *articleRow) set(h search.Hit) {
	r.title.SetText(orUntitled(h.Title))
	date := h.Published
	if date == "" {
		date = "undated"
	}
	parts := []string{date}
	if h.Source != "" {
		parts = append(parts, h.Source)
	}
	if h.Approximate && h.Why != "" {
		parts = append(parts, h.Why)
	}
	caption := widget.RichTextStyleInline
	caption.SizeName = theme.SizeNameCaptionText
	text := strings.Join(parts, " · ")
	snippet := h.Snippet
	if plainSnippet(snippet) == h.Title {
		snippet = ""
	}
	if snippet != "" {
		text += " · "
	}
	segs := []widget.RichTextSegment{&widget.TextSegment{Text: text, Style: caption}}
	strong := caption
	strong.TextStyle.Bold = true
	strong.ColorName = theme.ColorNamePrimary
	for _, p := range snippetPieces(snippet) {
		style := caption
		if p.match {
			style = strong
		}
		segs = append(segs, &widget.TextSegment{Text: lineBreakHint + p.text, Style: style})
	}
	r.meta.Segments = segs
	r.meta.Refresh()
	if h.Approximate {
		r.badge.SetText("≈")
		r.badge.Show()
	} else {
		r.badge.Hide()
	}
}

// CreateRenderer implements fyne.Widget.
func (r *articleRow) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewBorder(nil, nil, nil, r.badge,
		container.New(&tightVBox{}, r.title, r.meta)))
}

func orUntitled(s string) string {
	if strings.TrimSpace(s) == "" {
		return "(untitled)"
	}
	return s
}

func plainSnippet(s string) string {
	s = strings.Map(func(r rune) rune {
		if r == 2 || r == 3 {
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// orderName says how the exact matches are sorted.
func orderName(order string) string {
	switch order {
	case "", search.OrderRelevance:
		return "best first"
	}
	return order
}

// snippetPiece is a run of a snippet: a matched word or the text between.
type snippetPiece struct {
	text  string
	match bool
}

// snippetPieces splits a snippet whose matches are marked between \x02
// and \x03 into plain and matched runs, whitespace collapsed.
func snippetPieces(snippet string) []snippetPiece {
	var out []snippetPiece
	var b strings.Builder
	match := false
	flush := func() {
		if b.Len() > 0 && strings.TrimSpace(b.String()) == "" && !match {
			// The space between two matched words.
			out = append(out, snippetPiece{" ", false})
		}
		if t := strings.Join(strings.Fields(b.String()), " "); t != "" {
			if strings.HasSuffix(b.String(), " ") && !match {
				t += " "
			}
			if strings.HasPrefix(b.String(), " ") && !match {
				t = " " + t
			}
			out = append(out, snippetPiece{t, match})
		}
		b.Reset()
	}
	for _, r := range snippet {
		switch r {
		case 2:
			flush()
			match = true
		case 3:
			flush()
			match = false
		case '\n', '\t', '\r':
			b.WriteRune(' ')
		default:
			b.WriteRune(r)
		}
	}
	flush()
	return out
}
