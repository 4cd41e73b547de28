package views

import (
	"context"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"dossier/app/search"
	"dossier/data"
)

// ReaderPane shows one article: title, date, source and the text, with the
// words of the current search highlighted.
type ReaderPane struct {
	win     *MainWindow
	content fyne.CanvasObject

	Title  *widget.RichText
	Meta   *widget.Label
	Body   *widget.RichText
	scroll *container.Scroll
	empty  *widget.Label

	// Article is the article on screen (ID 0 when none).
	Article data.Article
	seq     uint64

	// OnShown, when set, is called after an article is on screen (tests).
	OnShown func(id int64)
}

func newReaderPane(m *MainWindow) *ReaderPane {
	r := &ReaderPane{win: m}
	r.Title = widget.NewRichText()
	r.Title.Wrapping = fyne.TextWrapWord
	r.Meta = widget.NewLabel("")
	r.Meta.Wrapping = fyne.TextWrapWord
	r.Meta.TextStyle = fyne.TextStyle{Italic: true}
	r.Body = widget.NewRichText()
	r.Body.Wrapping = fyne.TextWrapWord
	r.empty = widget.NewLabel("Select an article to read it here.")
	r.empty.Alignment = fyne.TextAlignCenter
	r.empty.Importance = widget.LowImportance
	page := container.NewVBox(r.Title, r.Meta, widget.NewSeparator(), r.Body)
	r.scroll = container.NewVScroll(page)
	r.content = container.NewStack(r.scroll, container.NewCenter(r.empty))
	r.scroll.Hide()
	return r
}

// Clear empties the reader.
func (r *ReaderPane) Clear() {
	r.seq++
	r.Article = data.Article{}
	r.scroll.Hide()
	r.empty.Show()
}

// Show loads an article in the background and shows it, highlighting the
// words of query.
func (r *ReaderPane) Show(id int64, query string) {
	store := r.win.store
	if store == nil {
		return
	}
	r.seq++
	seq := r.seq
	background(&r.win.bridge, func(ctx context.Context) (data.Article, error) {
		return store.Article(ctx, id)
	}, func(a data.Article, err error) {
		if seq != r.seq {
			return
		}
		if err != nil {
			r.win.showError(err)
			return
		}
		r.render(a, query)
		if r.OnShown != nil {
			r.OnShown(id)
		}
	})
}

func (r *ReaderPane) render(a data.Article, query string) {
	r.Article = a
	r.Title.Segments = []widget.RichTextSegment{&widget.TextSegment{Text: orUntitled(a.Title), Style: widget.RichTextStyleHeading}}
	r.Title.Refresh()
	r.Meta.SetText(articleMeta(a))
	r.Body.Segments = bodySegments(a, search.Parse(query, true).Words())
	r.Body.Refresh()
	r.empty.Hide()
	r.scroll.Show()
	r.scroll.ScrollToTop()
}

func articleMeta(a data.Article) string {
	date := a.Published
	if date == "" {
		date = "Undated"
	}
	parts := []string{date}
	for _, s := range []string{a.Source, a.Location, a.Author} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	line := strings.Join(parts, " · ")
	if len(a.Tags) > 0 {
		line += "\nTags: " + strings.Join(a.Tags, ", ")
	}
	if a.NeedsOCR {
		line += "\nThis file has no text layer (a scan): it needs OCR."
	}
	if a.URL != "" {
		line += "\n" + a.URL
	}
	if attrs := attrsText(a.Attrs); attrs != "" {
		line += "\n" + attrs
	}
	if len(a.Paths) > 0 {
		line += "\nFrom: " + strings.Join(a.Paths, "; ")
	}
	return line
}

// attrsText lists the extra metadata; a key with several values (copies
// that disagreed) shows them all, so none is silently chosen.
func attrsText(attrs []data.Attr) string {
	var parts []string
	for i := 0; i < len(attrs); {
		j := i
		var values []string
		for j < len(attrs) && attrs[j].Key == attrs[i].Key {
			values = append(values, attrs[j].Value)
			j++
		}
		parts = append(parts, attrs[i].Key+": "+strings.Join(values, " / "))
		i = j
	}
	return strings.Join(parts, " · ")
}

// bodySegments splits the text into paragraphs and marks the words that
// match the search, so the reader shows why the article was found.
func bodySegments(a data.Article, words []string) []widget.RichTextSegment {
	var segs []widget.RichTextSegment
	for _, para := range strings.Split(a.Body, "\n\n") {
		para = strings.TrimSpace(para)
		if para == "" {
			continue
		}
		para = strings.Join(strings.Fields(para), " ")
		for i, piece := range splitMatches(para, words) {
			style := widget.RichTextStyleInline
			if i%2 == 1 {
				style = widget.RichTextStyleStrong
				style.ColorName = "primary"
			}
			segs = append(segs, &widget.TextSegment{Text: piece, Style: style})
		}
		segs = append(segs, &widget.TextSegment{Style: widget.RichTextStyleParagraph})
	}
	if len(segs) == 0 {
		segs = append(segs, &widget.TextSegment{Text: "(no text)", Style: widget.RichTextStyleInline})
	}
	return segs
}

// splitMatches cuts s into alternating plain and matching pieces (even
// indexes plain, odd ones matches of a word start, case-insensitively).
func splitMatches(s string, words []string) []string {
	if len(words) == 0 {
		return []string{s}
	}
	lower := asciiLower(s) // same byte length as s, so indexes carry over
	var out []string
	last := 0
	for i := 0; i < len(lower); {
		best := 0
		if i == 0 || !isWordByte(lower[i-1]) {
			for _, w := range words {
				w = asciiLower(w)
				if w != "" && strings.HasPrefix(lower[i:], w) && len(w) > best {
					best = len(w)
				}
			}
		}
		if best == 0 {
			i++
			continue
		}
		// Extend to the end of the word, so a prefix highlights the whole word.
		end := i + best
		for end < len(lower) && isWordByte(lower[end]) {
			end++
		}
		out = append(out, s[last:i], s[i:end])
		last = end
		i = end
	}
	return append(out, s[last:])
}

func isWordByte(b byte) bool {
	return b >= 0x80 || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
