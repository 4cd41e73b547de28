package views

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
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
	Legend *widget.RichText
	Body   *widget.RichText
	// Edit opens the form to correct title, date, source and URL; on an
	// undated article it reads "Set date…".
	Edit *widget.Button
	// Star marks the article for later (search is:starred).
	Star *widget.Button
	// Copies lists near-duplicates of the article (the same story elsewhere).
	Copies *fyne.Container
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
	r.Legend = widget.NewRichText(legendSegments()...)
	r.Legend.Hide()
	r.empty = widget.NewLabel("Select an article to read it here.")
	r.empty.Alignment = fyne.TextAlignCenter
	r.empty.Importance = widget.LowImportance
	r.Edit = widget.NewButtonWithIcon("Edit details…", theme.DocumentCreateIcon(), func() {
		if r.Article.ID != 0 {
			m.showEditArticle(r.Article)
		}
	})
	r.Edit.Importance = widget.LowImportance
	addEntity := widget.NewButtonWithIcon("Add entity…", theme.ContentAddIcon(), func() {
		if r.Article.ID != 0 {
			m.showAddEntity(r.Article)
		}
	})
	addEntity.Importance = widget.LowImportance
	annotate := widget.NewButtonWithIcon("Tags & note…", theme.InfoIcon(), func() {
		if r.Article.ID != 0 {
			m.showAnnotate("Tags and note: "+r.Article.Title, data.ArticleTarget(r.Article.ID))
		}
	})
	annotate.Importance = widget.LowImportance
	addEvent := widget.NewButtonWithIcon("Add event…", theme.HistoryIcon(), func() {
		if r.Article.ID != 0 {
			m.showAddEvent(r.Article)
		}
	})
	addEvent.Importance = widget.LowImportance
	r.Star = widget.NewButtonWithIcon("Star", theme.ConfirmIcon(), r.onStar)
	r.Star.Importance = widget.LowImportance
	meta := container.NewBorder(nil, nil, nil, container.NewVBox(r.Edit, addEntity, addEvent, annotate, r.Star), r.Meta)
	r.Copies = container.NewVBox()
	page := container.NewVBox(r.Title, meta, r.Copies, r.Legend, widget.NewSeparator(), r.Body)
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

// articleView is what the reader shows: the article and what extraction
// found in it.
type articleView struct {
	article  data.Article
	mentions []data.Mention
	timexes  []data.Timex
	copies   []data.ArticleSummary
	// sentence, when set, is highlighted and scrolled to.
	sentence *[2]int
	note     string
}

// Show loads an article in the background and shows it, highlighting the
// words of query, the entities and the dates.
func (r *ReaderPane) Show(id int64, query string) { r.show(id, query, nil) }

// ShowSentence shows an article scrolled to a sentence (offsets in its
// analysed text, as events give them), which is highlighted.
func (r *ReaderPane) ShowSentence(id int64, start, end int) { r.show(id, "", &[2]int{start, end}) }

func (r *ReaderPane) show(id int64, query string, sentence *[2]int) {
	store := r.win.store
	if store == nil {
		return
	}
	r.seq++
	seq := r.seq
	background(&r.win.bridge, func(ctx context.Context) (articleView, error) {
		v := articleView{sentence: sentence}
		var err error
		if v.article, err = store.Article(ctx, id); err != nil {
			return v, err
		}
		if v.mentions, err = store.ArticleMentions(ctx, id); err != nil {
			return v, err
		}
		if v.timexes, err = store.ArticleTimexes(ctx, id); err != nil {
			return v, err
		}
		if v.copies, err = store.Copies(ctx, id); err != nil {
			return v, err
		}
		ann, err := store.Annotation(ctx, data.ArticleTarget(id))
		v.note = ann.Note
		return v, err
	}, func(v articleView, err error) {
		if seq != r.seq {
			return
		}
		if err != nil {
			r.win.showError(err)
			return
		}
		r.render(v, query)
		if r.OnShown != nil {
			r.OnShown(id)
		}
	})
}

func (r *ReaderPane) render(v articleView, query string) {
	a := v.article
	r.Article = a
	r.Title.Segments = []widget.RichTextSegment{&widget.TextSegment{Text: orUntitled(a.Title), Style: widget.RichTextStyleHeading}}
	r.Title.Refresh()
	meta := articleMeta(a)
	if v.note != "" {
		meta += "\nNote: " + v.note
	}
	r.Meta.SetText(meta)
	if a.Published == "" {
		r.Edit.SetText("Set date…")
		r.Edit.Importance = widget.HighImportance
	} else {
		r.Edit.SetText("Edit details…")
		r.Edit.Importance = widget.LowImportance
	}
	r.Edit.Refresh()
	if a.Starred {
		r.Star.SetText("Starred ★")
	} else {
		r.Star.SetText("Star")
	}
	r.Copies.Objects = nil
	if len(v.copies) > 0 {
		head := widget.NewLabelWithStyle(fmt.Sprintf("Same story, %s:", plural(len(v.copies), "other copy")), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		r.Copies.Add(head)
		for _, c := range v.copies {
			id := c.ID
			// A link rather than a button: it truncates, so a long title
			// cannot force the reader wider than the window.
			link := widget.NewHyperlink(copyLabel(c), nil)
			link.Truncation = fyne.TextTruncateEllipsis
			link.OnTapped = func() { r.Show(id, "") }
			r.Copies.Add(link)
		}
	}
	r.Copies.Refresh()
	r.Body.Segments = bodySegments(a.Body, bodyMarks(v, search.Parse(query, true).Words()))
	r.Body.Refresh()
	if len(v.mentions)+len(v.timexes) > 0 {
		r.Legend.Show()
	} else {
		r.Legend.Hide()
	}
	r.empty.Hide()
	r.scroll.Show()
	r.scroll.ScrollToTop()
	switch {
	case v.sentence != nil:
		r.scrollToBody(a, v.sentence[0]-len(a.Title)-2)
	case query != "":
		// Jump to the first match of the search in the text.
		if spans := matchSpans(a.Body, search.Parse(query, true).Words()); len(spans) > 0 {
			r.scrollToBody(a, spans[0][0])
		}
	}
}

// scrollToBody scrolls so that a byte offset of the body is near the top of
// the view. RichText does not tell where a segment lands, so the offset's
// share of the text stands for its share of the height.
func (r *ReaderPane) scrollToBody(a data.Article, offset int) {
	if len(a.Body) == 0 || offset <= 0 {
		return
	}
	frac := float32(offset) / float32(len(a.Body))
	content := r.scroll.Content.MinSize().Height
	view := r.scroll.Size().Height
	if y := frac*content - view/4; y > 0 {
		r.scroll.ScrollToOffset(fyne.NewPos(0, min(y, max(content-view, 0))))
	}
}

func copyLabel(c data.ArticleSummary) string {
	parts := []string{orUntitled(c.Title)}
	if c.Source != "" {
		parts = append(parts, c.Source)
	}
	if c.Published != "" {
		parts = append(parts, c.Published)
	}
	return strings.Join(parts, " — ")
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

// lowConfidence is the confidence under which a finding is shown as uncertain.
const lowConfidence = 0.6

// legendSegments explain the highlight colours.
func legendSegments() []widget.RichTextSegment {
	var segs []widget.RichTextSegment
	for i, item := range []struct {
		label string
		color fyne.ThemeColorName
	}{{"People", ColorPerson}, {"Organisations", ColorOrg}, {"Places", ColorPlace}, {"Dates", ColorDate}} {
		style := widget.RichTextStyleInline
		style.ColorName = item.color
		style.TextStyle.Bold = true
		style.SizeName = theme.SizeNameCaptionText
		if i > 0 {
			sep := widget.RichTextStyleInline
			sep.SizeName = theme.SizeNameCaptionText
			segs = append(segs, &widget.TextSegment{Text: "  ·  ", Style: sep})
		}
		segs = append(segs, &widget.TextSegment{Text: "■ " + item.label, Style: style})
	}
	note := widget.RichTextStyleInline
	note.SizeName = theme.SizeNameCaptionText
	return append(segs, &widget.TextSegment{Text: "  ·  not bold: uncertain", Style: note})
}

// mark is a highlighted span of the body (byte offsets into it).
type mark struct {
	start, end int
	style      widget.RichTextStyle
}

// bodyMarks turns mentions and time expressions (offsets into the analysed
// text: title, blank line, body) and search matches into body spans. Search
// matches win over entities, entities over dates, where they overlap.
func bodyMarks(v articleView, words []string) []mark {
	base := len(v.article.Title) + 2
	body := v.article.Body
	var marks []mark
	add := func(start, end int, style widget.RichTextStyle) {
		start, end = start-base, end-base
		if start < 0 || end > len(body) || start >= end {
			return
		}
		marks = append(marks, mark{start, end, style})
	}
	if v.sentence != nil {
		// The event's sentence first: it is what the analyst came to check.
		style := widget.RichTextStyleStrong
		style.ColorName = theme.ColorNamePrimary
		style.TextStyle.Underline = true
		add(v.sentence[0], v.sentence[1], style)
	}
	for _, at := range matchSpans(body, words) {
		style := widget.RichTextStyleStrong
		style.ColorName = theme.ColorNamePrimary
		marks = append(marks, mark{at[0], at[1], style})
	}
	for _, m := range v.mentions {
		style := widget.RichTextStyleInline
		style.ColorName = entityColor(m.Type)
		// Uncertain findings keep their colour but not the bold weight, so
		// the analyst sees what to check.
		style.TextStyle.Bold = m.Confidence >= lowConfidence
		add(m.Start, m.End, style)
	}
	for _, t := range v.timexes {
		style := widget.RichTextStyleInline
		style.ColorName = ColorDate
		style.TextStyle.Italic = true
		add(t.Start, t.End, style)
	}
	// Of overlapping marks, keep the one added first (the priority order above).
	var kept []mark
	for _, m := range marks {
		overlaps := false
		for _, k := range kept {
			if m.start < k.end && k.start < m.end {
				overlaps = true
				break
			}
		}
		if !overlaps {
			kept = append(kept, m)
		}
	}
	sort.Slice(kept, func(i, j int) bool { return kept[i].start < kept[j].start })
	return kept
}

// bodySegments splits the body into paragraphs (blank lines) and each into
// plain and highlighted pieces; single line breaks inside a paragraph are
// shown as spaces.
func bodySegments(body string, marks []mark) []widget.RichTextSegment {
	var segs []widget.RichTextSegment
	flat := func(s string) string { return strings.ReplaceAll(s, "\n", " ") }
	mi := 0
	for start := 0; start < len(body); {
		end := strings.Index(body[start:], "\n\n")
		if end < 0 {
			end = len(body)
		} else {
			end += start
		}
		if strings.TrimSpace(body[start:end]) != "" {
			first := len(segs)
			pos := start
			for mi < len(marks) && marks[mi].start < end {
				m := marks[mi]
				if m.start < pos { // a mark across a paragraph break: skip it
					mi++
					continue
				}
				if m.start > pos {
					segs = append(segs, &widget.TextSegment{Text: flat(body[pos:m.start]), Style: widget.RichTextStyleInline})
				}
				stop := min(m.end, end)
				segs = append(segs, &widget.TextSegment{Text: flat(body[m.start:stop]), Style: m.style})
				pos = stop
				mi++
			}
			if pos < end {
				segs = append(segs, &widget.TextSegment{Text: flat(body[pos:end]), Style: widget.RichTextStyleInline})
			}
			fixInlineWrap(segs[first:])
			segs = append(segs, &widget.TextSegment{Style: widget.RichTextStyleParagraph})
		}
		start = end + 2
	}
	if len(segs) == 0 {
		segs = append(segs, &widget.TextSegment{Text: "(no text)", Style: widget.RichTextStyleInline})
	}
	return segs
}

// lineBreakHint starts every inline segment after the first of a paragraph.
// Fyne 2.7's RichText wraps a segment that starts in the last pixels of a
// line one character per line to the end (fixed in Fyne 2.8, which this
// build cannot use): a zero-width space always fits there, so the segment
// breaks cleanly to the next line instead.
const lineBreakHint = "\u200b"

// fixInlineWrap prepares a paragraph's segments for Fyne 2.7's wrapping:
// spaces between segments move to the start of the next one, behind a
// zero-width space, so a line can break between segments as between words
// (a segment that ends in a space at the end of a line makes the next one
// break inside a word). Punctuation right after a segment ("Sunday, a
// town") goes to its end first: a line must not open with a comma.
func fixInlineWrap(segs []widget.RichTextSegment) {
	for i := 1; i < len(segs); i++ {
		prev, cur := segs[i-1].(*widget.TextSegment), segs[i].(*widget.TextSegment)
		if !strings.HasSuffix(prev.Text, " ") {
			if n := closingPunct(cur.Text); n > 0 {
				prev.Text += cur.Text[:n]
				cur.Text = cur.Text[n:]
			}
		}
		trimmed := strings.TrimRight(prev.Text, " ")
		moved := prev.Text[len(trimmed):]
		prev.Text = trimmed
		cur.Text = lineBreakHint + moved + cur.Text
	}
}

// closingPunct is the length of the punctuation that opens s and belongs
// to the word before it (", ", ".", ")", "%"), spaces after it included.
func closingPunct(s string) int {
	n := 0
	for n < len(s) && strings.IndexByte(",.;:!?)]%", s[n]) >= 0 {
		n++
	}
	if n == 0 {
		return 0
	}
	for n < len(s) && s[n] == ' ' {
		n++
	}
	return n
}

// matchSpans finds where the search words occur at the start of a word in
// s (case-insensitively), each extended to the end of that word.
func matchSpans(s string, words []string) [][2]int {
	if len(words) == 0 {
		return nil
	}
	lower := asciiLower(s) // same byte length as s, so indexes carry over
	var out [][2]int
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
		end := i + best
		for end < len(lower) && isWordByte(lower[end]) {
			end++
		}
		out = append(out, [2]int{i, end})
		i = end
	}
	return out
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

func isWordByte(b byte) bool {
	return b >= 0x80 || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// onStar stars or unstars the article on screen.
func (r *ReaderPane) onStar() {
	a := r.Article
	store := r.win.store
	if a.ID == 0 || store == nil {
		return
	}
	background(&r.win.bridge, func(ctx context.Context) (struct{}, error) {
		return struct{}{}, store.SetStarred(ctx, a.ID, !a.Starred)
	}, func(_ struct{}, err error) {
		if err != nil {
			r.win.showError(err)
			return
		}
		r.Show(a.ID, r.win.Articles.Entry.Text)
	})
}
