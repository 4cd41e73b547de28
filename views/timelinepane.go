package views

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/data"
)

// timelineColumns are the table's columns with their widths, in the order
// of the col… constants. The date is written to its precision ("2017-04",
// "2017-W16"), so the summary, which the analyst reads first, comes
// second: the table shares the pane with the event's card and is narrow.
var timelineColumns = []struct {
	title string
	width float32
}{
	{"Date", 100}, {"Summary", 340}, {"Actors", 200}, {"Places", 150}, {"Source", 130}, {"Check", 96},
}

const (
	colDate = iota
	colSummary
	colActors
	colPlaces
	colSource
	colCheck
)

// uncertainBelow is the confidence under which an extracted event is
// marked uncertain. Extraction scores a dated clause that names nothing
// happening ("the area is home to Christians") at 0.7 or less, and one
// that does at 0.75 or more.
const uncertainBelow = 0.7

// uncertain is true for an extracted event the analyst has not reviewed
// whose confidence is low: it is shown in italics, marked "uncertain" in
// the table, drawn hollow on the chart and explained on its card.
func uncertain(e *data.Event) bool {
	return e.Status == "extracted" && e.Confidence < uncertainBelow
}

// checkLabel says in the Check column what the analyst should know about
// an event's standing.
func checkLabel(e *data.Event) string {
	switch {
	case uncertain(e):
		return "uncertain"
	case e.Status == "reviewed":
		return "reviewed"
	case e.Status == "edited" || e.Status == "manual":
		return e.Status
	}
	return ""
}

// TimelinePane is the timeline chart above a chronological table of the
// same events, with the tapped event's card beside the table. It follows
// the entity selected in the sidebar.
type TimelinePane struct {
	win     *MainWindow
	content fyne.CanvasObject

	Chart   *Timeline
	Table   *widget.Table
	GroupBy *widget.Select
	Heading *widget.Label
	// RangeLabel names the range selected on the chart (shift-drag), which
	// narrows the table; ClearRange removes it.
	RangeLabel *widget.Label
	ClearRange *widget.Button
	ZoomIn     *widget.Button
	ZoomOut    *widget.Button
	Fit        *widget.Button

	// The card of the tapped event.
	CardDate    *widget.Label
	CardSummary *widget.Label
	CardDetails *widget.Label
	OpenButton  *widget.Button
	cardEmpty   *widget.Label
	card        *fyne.Container
	footer      *fyne.Container

	// Events are the loaded events (date order); Rows what the table shows,
	// in its sort order; Shown the event on the card (nil for none).
	Events []data.Event
	Rows   []data.Event
	Shown  *data.Event

	// OnArticleOpened, when set, is called after "Open article" handed the
	// article to the reader (so the window can bring the reader forward).
	OnArticleOpened func(data.Event)

	filter   EntityFilter
	sortCol  int
	sortDesc bool
	seq      uint64
	syncing  bool // the table selection is being set from the chart
}

func newTimelinePane(m *MainWindow) *TimelinePane {
	p := &TimelinePane{win: m}
	p.Chart = NewTimeline()
	p.Chart.OnTapped = p.onChartTapped
	p.Chart.OnOpen = func(e data.Event) { p.onChartTapped(e); p.openArticle(e) }
	p.Chart.OnRangeSelected = func(time.Time, time.Time) { p.rebuildRows() }

	p.GroupBy = widget.NewSelect([]string{"Place", "Actor"}, func(s string) {
		if s == "Actor" {
			p.Chart.GroupBy = GroupByActor
		} else {
			p.Chart.GroupBy = GroupByPlace
		}
		p.Chart.Refresh()
	})
	p.GroupBy.SetSelected("Place")
	p.ZoomIn = widget.NewButtonWithIcon("", theme.ZoomInIcon(), p.Chart.ZoomIn)
	p.ZoomOut = widget.NewButtonWithIcon("", theme.ZoomOutIcon(), p.Chart.ZoomOut)
	p.Fit = widget.NewButtonWithIcon("", theme.ZoomFitIcon(), p.Chart.FitAll)
	for _, b := range []*widget.Button{p.ZoomIn, p.ZoomOut, p.Fit} {
		b.Importance = widget.LowImportance
	}
	p.Heading = widget.NewLabelWithStyle("Timeline", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.Heading.Truncation = fyne.TextTruncateEllipsis
	p.RangeLabel = widget.NewLabel("")
	p.ClearRange = widget.NewButtonWithIcon("", theme.CancelIcon(), func() {
		p.Chart.SelectRange(time.Time{}, time.Time{})
	})
	p.ClearRange.Importance = widget.LowImportance

	p.Table = p.buildTable()
	p.buildCard()

	hint := widget.NewLabel("Wheel or +/- to zoom, drag or arrows to pan, shift-drag to select a range")
	hint.Importance = widget.LowImportance
	hint.Truncation = fyne.TextTruncateEllipsis
	tools := container.NewHBox(widget.NewLabel("Group by"), p.GroupBy, p.ZoomOut, p.ZoomIn, p.Fit)
	top := container.NewBorder(nil, nil, nil, tools, p.Heading)
	// The selected range is named under the chart, where the hint is.
	p.footer = container.NewBorder(nil, nil, nil, container.NewHBox(p.RangeLabel, p.ClearRange), hint)
	chart := container.NewBorder(nil, p.footer, nil, nil, p.Chart)
	below := container.NewHSplit(p.Table, p.card)
	below.Offset = 0.7
	split := container.NewVSplit(chart, below)
	split.Offset = 0.55
	p.content = container.NewBorder(top, nil, nil, nil, split)
	p.updateHeading()
	p.updateRange()
	return p
}

func (p *TimelinePane) buildTable() *widget.Table {
	t := widget.NewTable(
		func() (int, int) { return len(p.Rows), len(timelineColumns) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(id widget.TableCellID, o fyne.CanvasObject) {
			if id.Row >= len(p.Rows) {
				return
			}
			l := o.(*widget.Label)
			e := &p.Rows[id.Row]
			l.TextStyle.Italic = uncertain(e)
			l.SetText(eventColumn(e, id.Col))
		})
	t.ShowHeaderRow = true
	t.CreateHeader = func() fyne.CanvasObject {
		b := widget.NewButton("", nil)
		b.Importance = widget.LowImportance
		b.Alignment = widget.ButtonAlignLeading
		return b
	}
	t.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		b := o.(*widget.Button)
		if id.Col < 0 || id.Col >= len(timelineColumns) {
			b.SetText("")
			b.OnTapped = nil
			return
		}
		title := timelineColumns[id.Col].title
		if id.Col == p.sortCol {
			if p.sortDesc {
				title += " ▼"
			} else {
				title += " ▲"
			}
		}
		col := id.Col
		b.OnTapped = func() { p.SortBy(col) }
		b.SetText(title)
	}
	for i, c := range timelineColumns {
		t.SetColumnWidth(i, c.width)
	}
	t.OnSelected = func(id widget.TableCellID) {
		if id.Row < 0 || id.Row >= len(p.Rows) || p.syncing {
			return
		}
		e := p.Rows[id.Row]
		// Fyne scrolls a tapped cell fully into view; a summary wider
		// than the pane would push the dates out of sight
		if id.Col == colSummary {
			t.ScrollToLeading()
		}
		p.showCard(&e)
		p.Chart.Selected = e.ID
		p.revealOnChart(e)
	}
	return t
}

func (p *TimelinePane) buildCard() {
	p.CardDate = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.CardSummary = widget.NewLabel("")
	p.CardSummary.Wrapping = fyne.TextWrapWord
	p.CardDetails = widget.NewLabel("")
	p.CardDetails.Wrapping = fyne.TextWrapWord
	p.OpenButton = widget.NewButtonWithIcon("Open", theme.DocumentIcon(), func() {
		if p.Shown != nil {
			p.openArticle(*p.Shown)
		}
	})
	p.cardEmpty = widget.NewLabel("Tap an event on the timeline or in the table to see it here.")
	p.cardEmpty.Wrapping = fyne.TextWrapWord
	p.cardEmpty.Importance = widget.LowImportance
	// The button stays at the foot of the card however long the text is.
	body := container.NewVBox(p.CardDate, p.CardSummary, p.CardDetails)
	p.card = container.NewStack(
		container.NewBorder(nil, p.eventActions(), nil, nil, container.NewVScroll(body)),
		p.cardEmpty)
	p.showCard(nil)
}

// SetFilter narrows the timeline to the events of the sidebar's entities.
func (p *TimelinePane) SetFilter(f EntityFilter) {
	p.filter = f
	p.Reload()
}

// SetEntity narrows the timeline to the events of one entity (nil: all).
func (p *TimelinePane) SetEntity(e *data.Entity) {
	if e == nil {
		p.SetFilter(EntityFilter{})
		return
	}
	p.SetFilter(EntityFilter{Entities: []data.Entity{*e}})
}

// Reload reads the events of the collection (of the entity, if one is
// selected) again.
func (p *TimelinePane) Reload() {
	store := p.win.store
	p.seq++
	seq := p.seq
	if store == nil {
		p.setEvents(nil)
		return
	}
	// One mark per event, however many articles report it.
	filter := data.EventFilter{Grouped: true}
	filter.EntityIDs, filter.AllEntities = p.filter.IDs(), p.filter.All
	background(&p.win.bridge, func(ctx context.Context) ([]data.Event, error) {
		return store.Events(ctx, filter)
	}, func(events []data.Event, err error) {
		if seq != p.seq {
			return // a newer reload is on its way
		}
		if err != nil {
			p.win.showErrorIf(err)
			return
		}
		p.setEvents(events)
	})
}

func (p *TimelinePane) setEvents(events []data.Event) {
	p.Events = events
	p.Chart.RangeFrom, p.Chart.RangeTo = time.Time{}, time.Time{}
	p.Chart.SetEvents(events)
	if p.Shown != nil {
		var still *data.Event
		for i := range events {
			if events[i].ID == p.Shown.ID {
				still = &events[i]
				break
			}
		}
		p.showCard(still)
	}
	p.rebuildRows()
}

// SortBy sorts the table by a column; sorting by the same column again
// reverses the order.
func (p *TimelinePane) SortBy(col int) {
	if col == p.sortCol {
		p.sortDesc = !p.sortDesc
	} else {
		p.sortCol, p.sortDesc = col, false
	}
	p.sortRows()
	p.Table.UnselectAll()
	p.Table.Refresh()
}

// rebuildRows refills the table from the events within the selected range.
func (p *TimelinePane) rebuildRows() {
	p.Rows = p.Rows[:0]
	from, to := p.Chart.RangeFrom, p.Chart.RangeTo
	ranged := !from.IsZero() && to.After(from)
	lo, hi := from.Format("2006-01-02"), to.Format("2006-01-02")
	for _, e := range p.Events {
		if ranged && (e.Date < lo || e.Date > hi) {
			continue
		}
		p.Rows = append(p.Rows, e)
	}
	p.sortRows()
	p.Table.UnselectAll()
	p.Table.Refresh()
	p.updateHeading()
	p.updateRange()
}

func (p *TimelinePane) sortRows() {
	// Keys are made once, not per comparison: joining actors and places
	// for each of the ~n log n comparisons is slow with 10,000 events.
	type keyed struct {
		key string
		e   data.Event
	}
	rows := make([]keyed, len(p.Rows))
	for i, e := range p.Rows {
		k := e.Date + fmt.Sprintf("\x00%020d", e.ID)
		if p.sortCol != colDate {
			k = strings.ToLower(eventColumn(&e, p.sortCol)) + "\x00" + k
		}
		rows[i] = keyed{k, e}
	}
	desc := p.sortDesc
	sort.Slice(rows, func(i, j int) bool {
		if desc {
			return rows[i].key > rows[j].key
		}
		return rows[i].key < rows[j].key
	})
	for i := range rows {
		p.Rows[i] = rows[i].e
	}
}

func (p *TimelinePane) updateHeading() {
	what := "All events"
	if !p.filter.Empty() {
		what = "Events with " + p.filter.Label()
	}
	p.Heading.SetText(fmt.Sprintf("%s · %d", what, len(p.Events)))
}

func (p *TimelinePane) updateRange() {
	from, to := p.Chart.RangeFrom, p.Chart.RangeTo
	// Containers do not watch their children's visibility: lay the footer
	// out again after showing or hiding.
	defer p.footer.Refresh()
	if from.IsZero() || !to.After(from) {
		p.RangeLabel.Hide()
		p.ClearRange.Hide()
		return
	}
	p.RangeLabel.SetText(fmt.Sprintf("%s – %s: %d events", from.Format("2 Jan 2006"), to.Format("2 Jan 2006"), len(p.Rows)))
	p.RangeLabel.Show()
	p.ClearRange.Show()
}

func (p *TimelinePane) onChartTapped(e data.Event) {
	p.showCard(&e)
	for i := range p.Rows {
		if p.Rows[i].ID == e.ID {
			p.syncing = true
			p.Table.Select(widget.TableCellID{Row: i, Col: 0})
			p.syncing = false
			break
		}
	}
}

// revealOnChart pans the chart to an event picked in the table if it is
// out of view, keeping the zoom.
func (p *TimelinePane) revealOnChart(e data.Event) {
	d, err := time.Parse("2006-01-02", e.Date)
	if err != nil {
		return
	}
	from, to := p.Chart.VisibleRange()
	if d.Before(from) || !d.Before(to) {
		half := to.Sub(from) / 2
		p.Chart.ZoomTo(d.Add(-half), d.Add(half))
		return
	}
	p.Chart.Refresh()
}

// showCard puts an event on the card (nil: the hint instead).
func (p *TimelinePane) showCard(e *data.Event) {
	p.Shown = e
	// The labels' heights change with their text: lay the card out again.
	defer p.card.Refresh()
	if e == nil {
		p.CardDate.SetText("")
		p.CardSummary.SetText("")
		p.CardDetails.SetText("")
		p.OpenButton.Disable()
		p.cardEmpty.Show()
		return
	}
	p.cardEmpty.Hide()
	p.CardDate.SetText(eventWhen(e.Date, e.Precision) + "  ·  " + e.Precision + " precision")
	p.CardSummary.SetText(e.Summary)
	var b strings.Builder
	fmt.Fprintf(&b, "Actors: %s\nPlaces: %s", orDash(strings.Join(e.Actors, ", ")), orDash(placeNames(e.Places)))
	if len(e.Reports) > 1 {
		fmt.Fprintf(&b, "\nReported by %d articles:", len(e.Reports))
		for _, r := range e.Reports {
			fmt.Fprintf(&b, "\n  • %s", orUntitled(r.Title))
			if r.Source != "" {
				fmt.Fprintf(&b, " (%s)", r.Source)
			}
		}
	} else {
		fmt.Fprintf(&b, "\nArticle: %s", orUntitled(e.ArticleTitle))
		if e.Source != "" {
			fmt.Fprintf(&b, " (%s)", e.Source)
		}
	}
	if e.Status != "" {
		fmt.Fprintf(&b, "\nStatus: %s", e.Status)
	}
	if e.Caption {
		// a caption dates the picture, which may be a file photo
		b.WriteString("\nFrom a photo caption: it says what a picture shows, and the picture may be older than the story.")
	}
	if uncertain(e) {
		fmt.Fprintf(&b, "\nConfidence %.2f: uncertain. The sentence may describe a state of things rather than an event; open it to check.", e.Confidence)
	} else if e.Status == "extracted" {
		fmt.Fprintf(&b, "\nConfidence %.2f", e.Confidence)
	}
	p.CardDetails.SetText(b.String())
	if e.ArticleID != 0 {
		p.OpenButton.Enable()
	} else {
		p.OpenButton.Disable()
	}
}

func (p *TimelinePane) openArticle(e data.Event) {
	if e.ArticleID == 0 {
		return
	}
	if e.End > e.Start {
		p.win.Reader.ShowSentence(e.ArticleID, e.Start, e.End)
	} else {
		p.win.Reader.Show(e.ArticleID, "")
	}
	if p.OnArticleOpened != nil {
		p.OnArticleOpened(e)
	}
}

// eventColumn is the text of one table cell.
func eventColumn(e *data.Event, col int) string {
	switch col {
	case colDate:
		return tableDate(e.Date, e.Precision)
	case colSummary:
		return e.Summary
	case colActors:
		return strings.Join(e.Actors, ", ")
	case colPlaces:
		return placeNames(e.Places)
	case colSource:
		return e.Source
	case colCheck:
		return checkLabel(e)
	}
	return ""
}

func placeNames(places []data.Place) string {
	names := make([]string, len(places))
	for i, pl := range places {
		names[i] = pl.Name
	}
	return strings.Join(names, ", ")
}

// tableDate writes an event's date only as far as it is known: a month's
// event is "2012-07", not the first of July it is stored under.
func tableDate(date, precision string) string {
	switch {
	case precision == "month" && len(date) >= 7:
		return date[:7]
	case precision == "year" && len(date) >= 4:
		return date[:4]
	case precision == "week":
		if d, err := time.Parse("2006-01-02", date); err == nil {
			y, w := d.ISOWeek()
			return fmt.Sprintf("%d-W%02d", y, w)
		}
	}
	return date
}

// eventWhen says when an event happened as precisely as its date is known.
func eventWhen(date, precision string) string {
	d, err := time.Parse("2006-01-02", date)
	if err != nil {
		return date
	}
	switch precision {
	case "week":
		return "Week of " + d.Format("Monday 2 January 2006")
	case "month":
		return d.Format("January 2006")
	case "year":
		return d.Format("2006")
	}
	return d.Format("Monday 2 January 2006")
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}
