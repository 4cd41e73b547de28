package views

import (
	"fmt"
	"image/color"
	"math"
	"sort"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/data"
)

// TimelineGroup says what the lanes of a Timeline stand for.
type TimelineGroup int

// The ways a Timeline can sort events into lanes.
const (
	GroupByPlace TimelineGroup = iota
	GroupByActor
)

// maxLanes is how many lanes the chart shows, "Other" included: more would
// leave each lane too thin to read on a laptop screen.
const maxLanes = 8

// Zoom limits: a couple of days is as close as dates go (events carry no
// time of day); two centuries is wider than any collection needs.
const (
	minSpan = 2 * 24 * time.Hour
	maxSpan = 200 * 365 * 24 * time.Hour
)

// Timeline is a zoomable, pannable time axis with the events of a
// collection drawn as marks in lanes (by place or by actor). Day-precision
// events are dots; week, month and year precision events are bars over
// their period; marks too close to tell apart merge into one mark with a
// count. Only what is in view is drawn.
type Timeline struct {
	widget.BaseWidget

	// Events are the events shown; set them with SetEvents.
	Events []data.Event
	// GroupBy chooses the lanes; call Refresh after changing it.
	GroupBy TimelineGroup
	// From and To are the visible window; change them with ZoomTo.
	From, To time.Time
	// RangeFrom and RangeTo are the selected range (shift-drag), shown as
	// a band; zero when nothing is selected.
	RangeFrom, RangeTo time.Time
	// Today is drawn as a line; NewTimeline sets it to the current day.
	Today time.Time
	// Selected is the ID of the highlighted event (0 for none).
	Selected int64

	// OnTapped is called with the event whose mark was tapped.
	OnTapped func(data.Event)
	// OnOpen is called with the event whose mark was double-tapped.
	OnOpen func(data.Event)
	// OnZoomed is called after the visible window changed.
	OnZoomed func(from, to time.Time)
	// OnRangeSelected is called when the selected range changed (zero
	// times when it was cleared).
	OnRangeSelected func(from, to time.Time)

	focused   bool
	model     timelineModel
	scene     timelineScene // the last layout, for hit testing
	selecting bool          // a shift-drag selects a range instead of panning
	selAnchor float64
	hovering  bool
	hoverPos  fyne.Position
}

var (
	_ fyne.Widget         = (*Timeline)(nil)
	_ fyne.Tappable       = (*Timeline)(nil)
	_ fyne.DoubleTappable = (*Timeline)(nil)
	_ fyne.Draggable      = (*Timeline)(nil)
	_ fyne.Scrollable     = (*Timeline)(nil)
	_ fyne.Focusable      = (*Timeline)(nil)
	_ desktop.Mouseable   = (*Timeline)(nil)
	_ desktop.Hoverable   = (*Timeline)(nil)
)

// NewTimeline returns an empty timeline showing the last year.
func NewTimeline() *Timeline {
	now := time.Now().UTC()
	t := &Timeline{Today: time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)}
	t.From, t.To = t.Today.AddDate(-1, 0, 0), t.Today.AddDate(0, 0, 7)
	t.ExtendBaseWidget(t)
	return t
}

// SetEvents replaces the events and zooms to show them all.
func (t *Timeline) SetEvents(events []data.Event) {
	t.Events = events
	t.model = timelineModel{}
	t.ensureModel()
	t.fit()
	t.Refresh()
	t.zoomed()
}

// VisibleRange returns the window the timeline shows. (Not Visible: that
// name belongs to fyne.CanvasObject.)
func (t *Timeline) VisibleRange() (from, to time.Time) { return t.From, t.To }

// ZoomTo shows the window from..to (widened to at least two days).
func (t *Timeline) ZoomTo(from, to time.Time) {
	t.setWindow(secs(from), secs(to))
	t.Refresh()
	t.zoomed()
}

// ZoomIn halves the visible window around its middle.
func (t *Timeline) ZoomIn() { t.zoomAt(0.5, 0.5) }

// ZoomOut doubles the visible window around its middle.
func (t *Timeline) ZoomOut() { t.zoomAt(2, 0.5) }

// FitAll zooms to show every event.
func (t *Timeline) FitAll() {
	t.fit()
	t.Refresh()
	t.zoomed()
}

// SelectRange sets the highlighted range (zero times clear it).
func (t *Timeline) SelectRange(from, to time.Time) {
	if to.Before(from) {
		from, to = to, from
	}
	t.RangeFrom, t.RangeTo = from, to
	t.Refresh()
	if t.OnRangeSelected != nil {
		t.OnRangeSelected(from, to)
	}
}

// Pan moves the window by a fraction of its width (negative: earlier).
func (t *Timeline) Pan(fraction float64) {
	f, to := secs(t.From), secs(t.To)
	d := (to - f) * fraction
	t.setWindow(f+d, to+d)
	t.Refresh()
	t.zoomed()
}

// CreateRenderer implements fyne.Widget.
func (t *Timeline) CreateRenderer() fyne.WidgetRenderer {
	t.ExtendBaseWidget(t)
	r := &timelineRenderer{t: t}
	r.stripes.make = newRect
	r.band.make = newRect
	r.grid.make = func() *canvas.Line { return canvas.NewLine(color.Transparent) }
	r.spans.make = newRect
	r.dots.make = func() *canvas.Circle { return canvas.NewCircle(color.Transparent) }
	r.pills.make = newRect
	r.texts.make = func() *canvas.Text { return canvas.NewText("", color.Transparent) }
	r.today.make = func() *canvas.Line { return canvas.NewLine(color.Transparent) }
	r.frame.make = newRect
	r.tipBox.make = newRect
	r.tipText.make = func() *canvas.Text { return canvas.NewText("", color.Transparent) }
	return r
}

func newRect() *canvas.Rectangle { return canvas.NewRectangle(color.Transparent) }

// MinSize implements fyne.CanvasObject: room for the axis and for every
// lane to hold a cluster's pill without touching its neighbours.
func (t *Timeline) MinSize() fyne.Size {
	t.ExtendBaseWidget(t)
	t.ensureModel()
	pad := theme.SizeForWidget(theme.SizeNamePadding, t)
	lineH := fyne.MeasureText("Ag", theme.SizeForWidget(theme.SizeNameCaptionText, t), fyne.TextStyle{}).Height
	lanes := max(len(t.model.lanes), 3)
	return fyne.NewSize(240, 2*lineH+3*pad+float32(lanes)*(pillH+6))
}

// Tapped implements fyne.Tappable: a mark shows its event, a cluster zooms
// into its members.
func (t *Timeline) Tapped(ev *fyne.PointEvent) {
	t.requestFocus()
	m := t.scene.hit(ev.Position)
	if m == nil {
		return
	}
	if m.count > 1 && m.tTo-m.tFrom >= 86400 {
		pad := math.Max((m.tTo-m.tFrom)*0.15, 86400)
		t.ZoomTo(fromSecs(m.tFrom-pad), fromSecs(m.tTo+pad))
		return
	}
	// One event, or several on the same day or period that no zoom can
	// separate: show the first.
	e := t.Events[m.ev]
	t.Selected = e.ID
	t.Refresh()
	if t.OnTapped != nil {
		t.OnTapped(e)
	}
}

// DoubleTapped implements fyne.DoubleTappable: a mark opens its event,
// empty space zooms in there.
func (t *Timeline) DoubleTapped(ev *fyne.PointEvent) {
	m := t.scene.hit(ev.Position)
	if m == nil {
		t.zoomAt(0.5, t.scene.fraction(ev.Position.X))
		return
	}
	if m.count > 1 && m.tTo-m.tFrom >= 86400 {
		t.Tapped(ev)
		return
	}
	e := t.Events[m.ev]
	t.Selected = e.ID
	t.Refresh()
	if t.OnOpen != nil {
		t.OnOpen(e)
	}
}

// Scrolled implements fyne.Scrollable: the wheel zooms around the pointer,
// a sideways scroll (touchpad) pans.
func (t *Timeline) Scrolled(ev *fyne.ScrollEvent) {
	if math.Abs(float64(ev.Scrolled.DX)) > math.Abs(float64(ev.Scrolled.DY)) {
		t.panPixels(-ev.Scrolled.DX)
		return
	}
	anchor := 0.5
	if ev.Position.X > t.scene.plotX {
		anchor = t.scene.fraction(ev.Position.X)
	}
	// One wheel notch (25 units on Linux and Windows) zooms by about a fifth.
	t.zoomAt(math.Exp(-float64(ev.Scrolled.DY)*0.009), anchor)
}

// MouseDown implements desktop.Mouseable: shift starts a range selection.
func (t *Timeline) MouseDown(ev *desktop.MouseEvent) {
	t.selecting = ev.Modifier&fyne.KeyModifierShift != 0
	if t.selecting {
		t.selAnchor = t.scene.timeAt(ev.Position.X)
	}
}

// MouseUp implements desktop.Mouseable.
func (t *Timeline) MouseUp(*desktop.MouseEvent) {}

// MouseIn implements desktop.Hoverable.
func (t *Timeline) MouseIn(ev *desktop.MouseEvent) { t.MouseMoved(ev) }

// MouseMoved implements desktop.Hoverable: the mark under the pointer
// says what it stands for. The chart is laid out again only when the
// pointer moves onto or off a mark.
func (t *Timeline) MouseMoved(ev *desktop.MouseEvent) {
	before := t.scene.hit(t.hoverPos)
	wasHovering := t.hovering
	t.hovering, t.hoverPos = true, ev.Position
	after := t.scene.hit(ev.Position)
	if !wasHovering || before != after {
		t.Refresh()
	}
}

// MouseOut implements desktop.Hoverable.
func (t *Timeline) MouseOut() {
	t.hovering = false
	if t.scene.tipOK {
		t.Refresh()
	}
}

// Dragged implements fyne.Draggable: dragging pans, shift-dragging selects
// a range.
func (t *Timeline) Dragged(ev *fyne.DragEvent) {
	if t.selecting {
		at := t.scene.timeAt(ev.Position.X)
		t.RangeFrom, t.RangeTo = fromSecs(math.Min(t.selAnchor, at)), fromSecs(math.Max(t.selAnchor, at))
		t.Refresh()
		return
	}
	t.panPixels(-ev.Dragged.DX)
}

// DragEnd implements fyne.Draggable.
func (t *Timeline) DragEnd() {
	if t.selecting {
		t.selecting = false
		if t.OnRangeSelected != nil {
			t.OnRangeSelected(t.RangeFrom, t.RangeTo)
		}
	}
}

// FocusGained implements fyne.Focusable.
func (t *Timeline) FocusGained() { t.focused = true; t.Refresh() }

// FocusLost implements fyne.Focusable.
func (t *Timeline) FocusLost() { t.focused = false; t.Refresh() }

// TypedRune implements fyne.Focusable: + and - zoom, 0 shows everything.
func (t *Timeline) TypedRune(r rune) {
	switch r {
	case '+', '=':
		t.ZoomIn()
	case '-', '_':
		t.ZoomOut()
	case '0':
		t.FitAll()
	}
}

// TypedKey implements fyne.Focusable: arrows pan, Home shows everything,
// Escape clears the selected range.
func (t *Timeline) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyLeft:
		t.Pan(-0.1)
	case fyne.KeyRight:
		t.Pan(0.1)
	case fyne.KeyUp, fyne.KeyPlus:
		t.ZoomIn()
	case fyne.KeyDown:
		t.ZoomOut()
	case fyne.KeyHome:
		t.FitAll()
	case fyne.KeyEscape:
		if !t.RangeFrom.IsZero() {
			t.SelectRange(time.Time{}, time.Time{})
		}
	}
}

func (t *Timeline) requestFocus() {
	if c := fyne.CurrentApp().Driver().CanvasForObject(t); c != nil {
		c.Focus(t)
	}
}

func (t *Timeline) zoomed() {
	if t.OnZoomed != nil {
		t.OnZoomed(t.From, t.To)
	}
}

// zoomAt scales the window by factor keeping the time at anchor (a
// fraction of the plot's width) where it is.
func (t *Timeline) zoomAt(factor, anchor float64) {
	f, to := secs(t.From), secs(t.To)
	at := f + (to-f)*anchor
	span := math.Min(math.Max((to-f)*factor, minSpan.Seconds()), maxSpan.Seconds())
	t.setWindow(at-span*anchor, at+span*(1-anchor))
	t.Refresh()
	t.zoomed()
}

func (t *Timeline) panPixels(dx float32) {
	if t.scene.plotW <= 0 {
		return
	}
	t.Pan(float64(dx) / float64(t.scene.plotW))
}

// setWindow sets From and To within the zoom limits, keeping part of the
// events in view so the chart cannot be lost by panning.
func (t *Timeline) setWindow(f, to float64) {
	if to < f {
		f, to = to, f
	}
	if span := to - f; span < minSpan.Seconds() {
		mid := (f + to) / 2
		f, to = mid-minSpan.Seconds()/2, mid+minSpan.Seconds()/2
	} else if span > maxSpan.Seconds() {
		mid := (f + to) / 2
		f, to = mid-maxSpan.Seconds()/2, mid+maxSpan.Seconds()/2
	}
	t.ensureModel()
	if t.model.n > 0 {
		lo, hi := t.model.min, t.model.max
		span := to - f
		if to < lo+span*0.1 {
			f, to = lo+span*0.1-span, lo+span*0.1
		} else if f > hi-span*0.1 {
			f, to = hi-span*0.1, hi-span*0.1+span
		}
	}
	t.From, t.To = fromSecs(f), fromSecs(to)
}

// fit shows every event with a margin.
func (t *Timeline) fit() {
	t.ensureModel()
	if t.model.n == 0 {
		t.From, t.To = t.Today.AddDate(-1, 0, 0), t.Today.AddDate(0, 0, 7)
		return
	}
	lo, hi := t.model.min, t.model.max
	margin := math.Max((hi-lo)*0.04, 86400)
	t.setWindow(lo-margin, hi+margin)
}

func secs(t time.Time) float64     { return float64(t.Unix()) }
func fromSecs(s float64) time.Time { return time.Unix(int64(math.Round(s)), 0).UTC() }

// Precision ranks, coarsest last; spans are drawn coarsest first so the
// finer ones stay on top.
const (
	rankDay = iota
	rankWeek
	rankMonth
	rankYear
	nRanks
)

// nominalDays is the length of a period of each rank, for deciding whether
// its bars are wide enough to draw as bars.
var nominalDays = [nRanks]float64{1, 7, 30.4, 365.25}

func precisionRank(p string) int {
	switch p {
	case "week":
		return rankWeek
	case "month":
		return rankMonth
	case "year":
		return rankYear
	}
	return rankDay
}

// tlItem is one event in one lane: its period in Unix seconds and its index
// in Timeline.Events.
type tlItem struct {
	start, end float64
	ev         int
}

// tlLane is a lane's events by precision, each sorted by start.
type tlLane struct {
	name    string
	count   int
	streams [nRanks][]tlItem
}

// timelineModel is what the chart derives from its events: lanes and the
// overall extent. It is rebuilt when the events or the grouping change.
type timelineModel struct {
	events   *data.Event // identity of the slice it was built from
	n        int
	group    TimelineGroup
	built    bool
	lanes    []tlLane
	min, max float64
}

// ensureModel rebuilds the lanes if the events or the grouping changed.
func (t *Timeline) ensureModel() {
	var first *data.Event
	if len(t.Events) > 0 {
		first = &t.Events[0]
	}
	if t.model.built && t.model.events == first && t.model.n == len(t.Events) && t.model.group == t.GroupBy {
		return
	}
	t.model = buildModel(t.Events, t.GroupBy)
	t.model.events = first
}

func buildModel(events []data.Event, group TimelineGroup) timelineModel {
	m := timelineModel{n: len(events), group: group, built: true, min: math.Inf(1), max: math.Inf(-1)}
	keys := func(e *data.Event) []string {
		if group == GroupByActor {
			return e.Actors
		}
		names := make([]string, len(e.Places))
		for i, p := range e.Places {
			names[i] = p.Name
		}
		return names
	}
	// The busiest keys get lanes; the rest share "Other".
	counts := map[string]int{}
	unkeyed := 0
	for i := range events {
		ks := keys(&events[i])
		if len(ks) == 0 {
			unkeyed++
		}
		for _, k := range ks {
			counts[k]++
		}
	}
	names := make([]string, 0, len(counts))
	for k := range counts {
		names = append(names, k)
	}
	sort.Slice(names, func(i, j int) bool {
		if counts[names[i]] != counts[names[j]] {
			return counts[names[i]] > counts[names[j]]
		}
		return names[i] < names[j]
	})
	needOther := unkeyed > 0 || len(names) > maxLanes
	if needOther && len(names) > maxLanes-1 {
		names = names[:maxLanes-1]
	}
	laneOf := map[string]int{}
	for i, k := range names {
		laneOf[k] = i
		m.lanes = append(m.lanes, tlLane{name: k})
	}
	other := -1
	if needOther {
		other = len(m.lanes)
		m.lanes = append(m.lanes, tlLane{name: "Other"})
	}
	var seen []int
	for i := range events {
		e := &events[i]
		start, err := time.Parse("2006-01-02", e.Date)
		if err != nil {
			continue
		}
		rank := precisionRank(e.Precision)
		var end time.Time
		switch rank {
		case rankWeek:
			end = start.AddDate(0, 0, 7)
		case rankMonth:
			end = start.AddDate(0, 1, 0)
		case rankYear:
			end = start.AddDate(1, 0, 0)
		default:
			end = start.AddDate(0, 0, 1)
		}
		it := tlItem{start: secs(start), end: secs(end), ev: i}
		m.min, m.max = math.Min(m.min, it.start), math.Max(m.max, it.end)
		// An event with several places (or actors) is in the lane of
		// each: following one place must not lose events shared with another.
		seen = seen[:0]
		for _, k := range keys(e) {
			if l, ok := laneOf[k]; ok && !containsInt(seen, l) {
				seen = append(seen, l)
			}
		}
		if len(seen) == 0 && other >= 0 {
			seen = append(seen, other)
		}
		for _, l := range seen {
			m.lanes[l].streams[rank] = append(m.lanes[l].streams[rank], it)
			m.lanes[l].count++
		}
	}
	for l := range m.lanes {
		for r := range m.lanes[l].streams {
			s := m.lanes[l].streams[r]
			sort.SliceStable(s, func(i, j int) bool { return s[i].start < s[j].start })
		}
	}
	if math.IsInf(m.min, 0) {
		m.n = 0
	}
	return m
}

func containsInt(s []int, v int) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// markKind is how a mark is drawn.
type markKind int

const (
	markDot     markKind = iota // one day-precision event (or a period too narrow for a bar)
	markCluster                 // several events too close to tell apart: a pill with a count
	markSpan                    // a week, month or year: a bar over the period
)

// tlMark is a drawn mark in widget coordinates.
type tlMark struct {
	kind       markKind
	rank       int // for spans
	x0, x1     float32
	y0, y1     float32
	count      int
	ev         int     // first member, index in Events
	tFrom, tTo float64 // members' extent in time
	selected   bool
	label      bool // a span shows its count (when it fits and nothing covers it)
}

// tlTick is an axis label (and its grid line) in widget coordinates.
type tlTick struct {
	x      float32 // the tick line
	label  string
	lx, lw float32 // where the label is drawn and its width
}

// tlLaneView is a lane's band and label.
type tlLaneView struct {
	label  string
	y, h   float32
	labelY float32
}

// timelineScene is a laid out timeline: everything the renderer draws and
// the taps hit-test, computed from the widget's state and size.
type timelineScene struct {
	size         fyne.Size
	from, to     float64
	plotX, plotW float32
	plotY        float32
	textSize     float32
	lineH        float32
	digitW       float32 // width of a digit in a count
	lanes        []tlLaneView
	fine, coarse []tlTick
	marks        []tlMark
	todayX       float32
	todayOK      bool
	todayLabel   tlTick
	bandX0       float32
	bandX1       float32
	bandOK       bool
	empty        string
	// The tooltip of the mark under the pointer.
	tip        string
	tipX, tipY float32
	tipW, tipH float32
	tipOK      bool
}

func (s *timelineScene) x(t float64) float32 {
	return s.plotX + float32((t-s.from)/(s.to-s.from))*s.plotW
}

// fraction is where x lies across the plot, 0 at its left edge.
func (s *timelineScene) fraction(x float32) float64 {
	if s.plotW <= 0 {
		return 0.5
	}
	return math.Min(math.Max(float64((x-s.plotX)/s.plotW), 0), 1)
}

func (s *timelineScene) timeAt(x float32) float64 {
	return s.from + (s.to-s.from)*s.fraction(x)
}

// hit returns the mark under p: dots and clusters first (they are drawn
// on top), then the finest bar.
func (s *timelineScene) hit(p fyne.Position) *tlMark {
	const slop = 3
	var best *tlMark
	for i := range s.marks {
		m := &s.marks[i]
		if p.X < m.x0-slop || p.X > m.x1+slop || p.Y < m.y0-slop || p.Y > m.y1+slop {
			continue
		}
		if best == nil || m.kind != markSpan && best.kind == markSpan || m.kind == markSpan && best.kind == markSpan && m.rank < best.rank {
			best = m
		}
	}
	return best
}

// Sizes of marks, in pixels.
const (
	dotSize  = 10
	pillH    = 16
	markGap  = 3  // marks closer than this merge into a cluster
	labelGap = 10 // least room between two axis labels
	// minTickGap is the least distance between axis ticks: closer, the
	// grid turns into a hatch even when the labels would fit.
	minTickGap = 40
	laneMaxH   = 64
	gutterMax  = 180
)

// layoutScene computes the scene for a size from the widget's state.
func (t *Timeline) layoutScene(size fyne.Size) *timelineScene {
	t.ensureModel()
	s := &t.scene
	s.size = size
	s.from, s.to = secs(t.From), secs(t.To)
	if s.to <= s.from {
		s.to = s.from + minSpan.Seconds()
	}
	s.lanes, s.fine, s.coarse, s.marks = s.lanes[:0], s.fine[:0], s.coarse[:0], s.marks[:0]
	s.todayOK, s.bandOK, s.empty, s.tipOK = false, false, "", false
	pad := theme.SizeForWidget(theme.SizeNamePadding, t)
	s.textSize = theme.SizeForWidget(theme.SizeNameCaptionText, t)
	s.lineH = fyne.MeasureText("Ag", s.textSize, fyne.TextStyle{}).Height
	s.digitW = fyne.MeasureText("0123456789", s.textSize, fyne.TextStyle{Bold: true}).Width / 10
	laneText := theme.SizeForWidget(theme.SizeNameText, t)

	// The gutter is as wide as the longest lane name (within limits), so
	// labels are never under the marks.
	gutter := float32(0)
	for _, l := range t.model.lanes {
		gutter = max(gutter, fyne.MeasureText(l.name, laneText, fyne.TextStyle{}).Width)
	}
	gutter = min(gutter+3*pad, gutterMax, size.Width*0.3)
	s.plotX = gutter
	s.plotW = size.Width - gutter - 2*pad
	s.plotY = 2*s.lineH + 2*pad
	if s.plotW < 10 {
		return s
	}
	t.layoutAxis(s, pad)
	if t.model.n == 0 {
		s.empty = "No dated events"
		return s
	}

	n := len(t.model.lanes)
	laneH := min((size.Height-s.plotY-pad)/float32(n), laneMaxH)
	for i, l := range t.model.lanes {
		y := s.plotY + float32(i)*laneH
		label := truncateText(l.name, laneText, gutter-2*pad)
		textH := fyne.MeasureText("Ag", laneText, fyne.TextStyle{}).Height
		s.lanes = append(s.lanes, tlLaneView{label: label, y: y, h: laneH, labelY: y + (laneH-textH)/2})
		t.layoutLane(s, i, y+laneH/2, laneH)
	}
	if t.hovering {
		t.layoutTip(s)
	}
	if !t.RangeFrom.IsZero() && t.RangeTo.After(t.RangeFrom) {
		x0, x1 := s.x(secs(t.RangeFrom)), s.x(secs(t.RangeTo))
		x0, x1 = max(x0, s.plotX), min(x1, s.plotX+s.plotW)
		if x1 > x0 {
			s.bandX0, s.bandX1, s.bandOK = x0, max(x1, x0+2), true
		}
	}
	return s
}

// layoutLane places the marks of one lane centred on y.
func (t *Timeline) layoutLane(s *timelineScene, lane int, y, laneH float32) {
	l := &t.model.lanes[lane]
	secPerPx := (s.to - s.from) / float64(s.plotW)
	var points [nRanks][]tlItem // streams drawn as dots
	first := len(s.marks)
	for r := nRanks - 1; r >= 0; r-- {
		items := l.streams[r]
		if len(items) == 0 {
			continue
		}
		// The first item that may still be in view: periods are at most
		// a year and a day long.
		lo := sort.Search(len(items), func(i int) bool { return items[i].start >= s.from-367*86400 })
		hi := sort.Search(len(items), func(i int) bool { return items[i].start >= s.to })
		items = items[lo:hi]
		if r == rankDay || nominalDays[r]*86400/secPerPx < 2*dotSize {
			points[r] = items
			continue
		}
		h := laneH * [nRanks]float32{0, 0.36, 0.5, 0.7}[r]
		for i := 0; i < len(items); {
			it := items[i]
			j := i + 1
			sel := t.Events[it.ev].ID == t.Selected
			for j < len(items) && items[j].start == it.start {
				sel = sel || t.Events[items[j].ev].ID == t.Selected
				j++
			}
			if it.end > s.from {
				x0, x1 := max(s.x(it.start), s.plotX), min(s.x(it.end), s.plotX+s.plotW)
				if x1-x0 >= 1 {
					s.marks = append(s.marks, tlMark{kind: markSpan, rank: r, x0: x0 + 0.5, x1: x1 - 0.5, y0: y - h/2, y1: y + h/2,
						count: j - i, ev: it.ev, tFrom: it.start, tTo: it.start, selected: sel})
				}
			}
			i = j
		}
	}
	// Merge the dot streams by time and cluster greedily from the left:
	// a mark joins the current one when it would touch it.
	var idx [nRanks]int
	var cur *tlMark
	base := len(s.marks) // the lane's first dot: clusters never reach into the lane above
	left, right := s.plotX+dotSize/2, s.plotX+s.plotW-dotSize/2
	for {
		best := -1
		var bestMid float64
		for r := range points {
			if idx[r] < len(points[r]) {
				it := points[r][idx[r]]
				if mid := (it.start + it.end) / 2; best < 0 || mid < bestMid {
					best, bestMid = r, mid
				}
			}
		}
		if best < 0 {
			break
		}
		it := points[best][idx[best]]
		idx[best]++
		x := s.x(bestMid)
		if x < left || x > right {
			continue
		}
		sel := t.Events[it.ev].ID == t.Selected
		if cur != nil && x-dotSize/2 < cur.x1+markGap {
			cur.count++
			cur.tTo = bestMid
			cur.selected = cur.selected || sel
			t.sizeCluster(s, cur, y)
			// A wider pill may now touch the mark before it.
			for n := len(s.marks); n-2 >= base; n-- {
				prev := &s.marks[n-2]
				if prev.kind == markSpan || prev.x1+markGap <= cur.x0 {
					break
				}
				prev.count += cur.count
				prev.tTo = cur.tTo
				prev.selected = prev.selected || cur.selected
				prev.x1 = cur.x1 // the centre of the merged extent is recomputed below
				s.marks = s.marks[:n-1]
				cur = prev
				t.sizeCluster(s, cur, y)
			}
			continue
		}
		s.marks = append(s.marks, tlMark{kind: markDot, x0: x - dotSize/2, x1: x + dotSize/2, y0: y - dotSize/2, y1: y + dotSize/2,
			count: 1, ev: it.ev, tFrom: bestMid, tTo: bestMid, selected: sel})
		cur = &s.marks[len(s.marks)-1]
	}
	t.labelSpans(s, s.marks[first:base], s.marks[base:])
}

// labelSpans decides which bars of a lane show their count: those wide
// enough for it, finest first, where no dot, pill or other count covers
// it (all sit on the lane's middle line, so only x matters).
func (t *Timeline) labelSpans(s *timelineScene, spans, dots []tlMark) {
	var taken [][2]float32
	for _, d := range dots {
		taken = append(taken, [2]float32{d.x0, d.x1})
	}
	for i := len(spans) - 1; i >= 0; i-- { // appended coarsest first
		m := &spans[i]
		if m.count < 2 {
			continue
		}
		sz := fyne.MeasureText(fmt.Sprint(m.count), s.textSize, fyne.TextStyle{Bold: true})
		x0, x1 := m.x0+3, m.x0+3+sz.Width
		if x1+3 > m.x1 || sz.Height > m.y1-m.y0+2 {
			continue
		}
		free := true
		for _, r := range taken {
			if x0 < r[1]+2 && r[0] < x1+2 {
				free = false
				break
			}
		}
		if free {
			m.label = true
			taken = append(taken, [2]float32{x0, x1})
		}
	}
}

// sizeCluster makes m a pill wide enough for its count, centred on the
// middle of its members.
func (t *Timeline) sizeCluster(s *timelineScene, m *tlMark, y float32) {
	m.kind = markCluster
	// Measured by digit count, not per count: clusters grow one member at
	// a time and measuring each would dominate the layout.
	digits := 1
	for c := m.count; c >= 10; c /= 10 {
		digits++
	}
	w := max(float32(digits)*s.digitW+8, pillH)
	mid := (s.x(m.tFrom) + s.x(m.tTo)) / 2
	// The pill stays inside the plot.
	mid = min(max(mid, s.plotX+w/2), s.plotX+s.plotW-w/2)
	m.x0, m.x1 = mid-w/2, mid+w/2
	m.y0, m.y1 = y-pillH/2, y+pillH/2
}

// layoutTip places the tooltip of the hovered mark above it (below when
// there is no room), inside the plot.
func (t *Timeline) layoutTip(s *timelineScene) {
	m := s.hit(t.hoverPos)
	if m == nil {
		return
	}
	e := &t.Events[m.ev]
	switch {
	case m.count == 1:
		s.tip = shortWhen(e.Date, e.Precision) + " · " + orUntitled(e.Summary)
	case m.kind == markSpan || m.tTo-m.tFrom < 86400:
		s.tip = fmt.Sprintf("%d events · %s · tap for the first", m.count, shortWhen(e.Date, e.Precision))
	default:
		s.tip = fmt.Sprintf("%d events, %s – %s · tap to zoom in", m.count,
			fromSecs(m.tFrom).Format("2 Jan 2006"), fromSecs(m.tTo).Format("2 Jan 2006"))
	}
	s.tip = truncateText(s.tip, s.textSize, min(420, s.plotW-12))
	s.tipW = fyne.MeasureText(s.tip, s.textSize, fyne.TextStyle{}).Width + 12
	s.tipH = s.lineH + 6
	s.tipX = min(max((m.x0+m.x1-s.tipW)/2, s.plotX), s.size.Width-s.tipW-1)
	s.tipY = m.y0 - s.tipH - 4
	if s.tipY < s.plotY {
		s.tipY = m.y1 + 4
	}
	s.tipOK = s.tip != ""
}

// shortWhen is an event's date as precisely as it is known, briefly.
func shortWhen(date, precision string) string {
	d, err := time.Parse("2006-01-02", date)
	if err != nil {
		return date
	}
	switch precision {
	case "week":
		return "week of " + d.Format("2 Jan 2006")
	case "month":
		return d.Format("January 2006")
	case "year":
		return d.Format("2006")
	}
	return d.Format("2 Jan 2006")
}

// truncateText shortens s with an ellipsis to fit width.
func truncateText(s string, size, width float32) string {
	if fyne.MeasureText(s, size, fyne.TextStyle{}).Width <= width {
		return s
	}
	r := []rune(s)
	for len(r) > 1 {
		r = r[:len(r)-1]
		if c := string(r) + "…"; fyne.MeasureText(c, size, fyne.TextStyle{}).Width <= width {
			return c
		}
	}
	return ""
}

// tickUnit is one rung of the axis ladder: a step and how to label it.
type tickUnit struct {
	kind   int // 0 day, 1 week, 2 month, 3 year
	n      int
	format func(time.Time) string
	coarse int // 0 none, 2 month, 3 year, 4 decade
}

func formatLayout(layout string) func(time.Time) string {
	return func(t time.Time) string { return t.Format(layout) }
}

// tickLadder goes from the finest axis to the coarsest; the first whose
// labels fit without overlapping is used.
var tickLadder = []tickUnit{
	{0, 1, formatLayout("Mon 2"), 2},
	{0, 1, formatLayout("2"), 2},
	{0, 2, formatLayout("2"), 2},
	{1, 1, formatLayout("2"), 2},
	{2, 1, formatLayout("January"), 3},
	{2, 1, formatLayout("Jan"), 3},
	{2, 3, formatLayout("Jan"), 3},
	{2, 6, formatLayout("Jan"), 3},
	{3, 1, formatLayout("2006"), 4},
	{3, 2, formatLayout("2006"), 0},
	{3, 5, formatLayout("2006"), 0},
	{3, 10, formatLayout("2006"), 0},
	{3, 20, formatLayout("2006"), 0},
	{3, 50, formatLayout("2006"), 0},
	{3, 100, formatLayout("2006"), 0},
}

// tickStart is the first tick of a unit at or before t.
func tickStart(u tickUnit, t time.Time) time.Time {
	y, m, d := t.Date()
	switch u.kind {
	case 0:
		day := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		if u.n > 1 {
			days := int(math.Floor(secs(day) / 86400))
			day = day.AddDate(0, 0, -((days%u.n)+u.n)%u.n)
		}
		return day
	case 1:
		day := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		return day.AddDate(0, 0, -((int(day.Weekday()) + 6) % 7)) // Monday
	case 2:
		mm := int(m) - 1
		return time.Date(y, time.Month(mm-mm%u.n+1), 1, 0, 0, 0, 0, time.UTC)
	case 3:
		yy := y - ((y%u.n)+u.n)%u.n
		return time.Date(yy, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return time.Date(y/10*10, 1, 1, 0, 0, 0, 0, time.UTC)
}

func tickNext(u tickUnit, t time.Time) time.Time {
	switch u.kind {
	case 0:
		return t.AddDate(0, 0, u.n)
	case 1:
		return t.AddDate(0, 0, 7*u.n)
	case 2:
		return t.AddDate(0, u.n, 0)
	}
	return t.AddDate(u.n, 0, 0)
}

var unitDays = [...]float64{1, 7, 28, 365}

// layoutAxis picks the finest tick unit whose labels fit and lays out the
// two label rows: fine ticks below, their context (month, year or decade)
// above, the context of the first tick pinned to the left edge.
func (t *Timeline) layoutAxis(s *timelineScene, pad float32) {
	span := s.to - s.from
	from, to := fromSecs(s.from), fromSecs(s.to)
	style := fyne.TextStyle{}
	var unit tickUnit
	for _, u := range tickLadder {
		unit = u
		// Skip units whose ticks are certainly too dense before measuring.
		if float64(s.plotW)*unitDays[u.kind]*float64(u.n)*86400/span < minTickGap {
			continue
		}
		s.fine = s.fine[:0]
		ok := true
		for tk := tickStart(u, from); !tk.After(to); tk = tickNext(u, tk) {
			x := s.x(secs(tk))
			if x < s.plotX {
				continue
			}
			label := u.format(tk)
			w := fyne.MeasureText(label, s.textSize, style).Width
			if x+3+w > s.size.Width {
				break
			}
			if n := len(s.fine); n > 0 && s.fine[n-1].lx+s.fine[n-1].lw+labelGap > x+3 {
				ok = false
				break
			}
			s.fine = append(s.fine, tlTick{x: x, label: label, lx: x + 3, lw: w})
		}
		if ok {
			break
		}
	}
	if unit.coarse == 0 {
		return
	}
	cu := tickUnit{kind: unit.coarse, n: 1}
	cformat := formatLayout("January 2006")
	switch unit.coarse {
	case 3:
		cformat = formatLayout("2006")
	case 4:
		cu = tickUnit{kind: 3, n: 10}
		cformat = func(t time.Time) string { return fmt.Sprintf("%ds", t.Year()) }
	}
	for tk := tickStart(cu, from); !tk.After(to); tk = tickNext(cu, tk) {
		x := s.x(secs(tk))
		label := cformat(tk)
		w := fyne.MeasureText(label, s.textSize, fyne.TextStyle{Bold: true}).Width
		lx := x + 3
		if x < s.plotX {
			lx = s.plotX + 3 // the period already under way is named at the edge
		}
		if lx+w > s.size.Width {
			break
		}
		if n := len(s.coarse); n > 0 && s.coarse[n-1].lx+s.coarse[n-1].lw+labelGap > lx {
			s.coarse = s.coarse[:n-1] // the pinned label gives way to the next
		}
		s.coarse = append(s.coarse, tlTick{x: x, label: label, lx: lx, lw: w})
	}
	if ts := secs(t.Today); ts >= s.from && ts <= s.to {
		s.todayX, s.todayOK = s.x(ts), true
		w := fyne.MeasureText("Today", s.textSize, fyne.TextStyle{Bold: true}).Width
		s.todayLabel = tlTick{x: s.todayX, label: "Today", lx: s.todayX + 3, lw: w}
		if s.todayLabel.lx+w > s.size.Width {
			s.todayLabel.lx = s.todayX - 3 - w
		}
		// Context labels give way to the today label.
		keep := s.coarse[:0]
		for _, c := range s.coarse {
			if c.lx+c.lw+labelGap <= s.todayLabel.lx || c.lx >= s.todayLabel.lx+w+labelGap {
				keep = append(keep, c)
			}
		}
		s.coarse = keep
	}
}

// pool reuses canvas objects between layouts: panning and zooming change
// positions, not the object tree.
type pool[T fyne.CanvasObject] struct {
	items []T
	used  int
	make  func() T
	grew  bool
}

func (p *pool[T]) next() T {
	if p.used == len(p.items) {
		p.items = append(p.items, p.make())
		p.grew = true
	}
	o := p.items[p.used]
	p.used++
	o.Show()
	return o
}

// finish hides what this layout did not use.
func (p *pool[T]) finish() {
	for _, o := range p.items[p.used:] {
		o.Hide()
	}
}

func (p *pool[T]) append(objs []fyne.CanvasObject) []fyne.CanvasObject {
	for _, o := range p.items {
		objs = append(objs, o)
	}
	return objs
}

// timelineRenderer turns the scene into canvas objects; it keeps only the
// objects, the state is on the widget.
type timelineRenderer struct {
	t       *Timeline
	stripes pool[*canvas.Rectangle]
	band    pool[*canvas.Rectangle]
	grid    pool[*canvas.Line]
	spans   pool[*canvas.Rectangle]
	dots    pool[*canvas.Circle]
	pills   pool[*canvas.Rectangle]
	today   pool[*canvas.Line]
	texts   pool[*canvas.Text]
	frame   pool[*canvas.Rectangle]
	tipBox  pool[*canvas.Rectangle]
	tipText pool[*canvas.Text]
	objects []fyne.CanvasObject
}

func (r *timelineRenderer) Destroy() {}

func (r *timelineRenderer) MinSize() fyne.Size { return r.t.MinSize() }

func (r *timelineRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *timelineRenderer) Refresh() {
	r.Layout(r.t.Size())
	canvas.Refresh(r.t)
}

func withAlpha(c color.Color, a uint8) color.Color {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	n.A = uint8(uint16(n.A) * uint16(a) / 255)
	return n
}

// Layout implements fyne.WidgetRenderer: it lays out the scene and moves
// the pooled objects into place.
func (r *timelineRenderer) Layout(size fyne.Size) {
	t := r.t
	s := t.layoutScene(size)
	col := func(n fyne.ThemeColorName) color.Color { return theme.ColorForWidget(n, t) }
	fg, primary, sep := col(theme.ColorNameForeground), col(theme.ColorNamePrimary), col(theme.ColorNameSeparator)
	muted := col(theme.ColorNamePlaceHolder)
	for _, p := range []interface{ reset() }{&r.stripes, &r.band, &r.grid, &r.spans, &r.dots, &r.pills, &r.today, &r.texts, &r.frame, &r.tipBox, &r.tipText} {
		p.reset()
	}
	text := func(label string, x, y float32, c color.Color, size float32, bold bool) *canvas.Text {
		o := r.texts.next()
		o.Text, o.Color, o.TextSize, o.TextStyle = label, c, size, fyne.TextStyle{Bold: bold}
		o.Alignment = fyne.TextAlignLeading
		o.Move(fyne.NewPos(x, y))
		o.Resize(o.MinSize())
		return o
	}
	line := func(p *pool[*canvas.Line], x, y0, y1 float32, c color.Color, w float32) {
		o := p.next()
		o.StrokeColor, o.StrokeWidth = c, w
		o.Position1, o.Position2 = fyne.NewPos(x, y0), fyne.NewPos(x, y1)
	}

	bottom := size.Height
	if n := len(s.lanes); n > 0 {
		bottom = s.lanes[n-1].y + s.lanes[n-1].h
	}
	for i, l := range s.lanes {
		if i%2 == 0 {
			o := r.stripes.next()
			o.FillColor = col(theme.ColorNameHover)
			o.Move(fyne.NewPos(0, l.y))
			o.Resize(fyne.NewSize(size.Width, l.h))
		}
		text(l.label, 2*theme.SizeForWidget(theme.SizeNamePadding, t), l.labelY, fg, theme.SizeForWidget(theme.SizeNameText, t), false)
	}
	if s.bandOK {
		// A light wash with firm edges: marks inside must keep their contrast.
		o := r.band.next()
		o.FillColor, o.StrokeColor, o.StrokeWidth = withAlpha(primary, 30), color.Transparent, 0
		o.Move(fyne.NewPos(s.bandX0, s.plotY))
		o.Resize(fyne.NewSize(s.bandX1-s.bandX0, bottom-s.plotY))
		for _, x := range []float32{s.bandX0, s.bandX1} {
			if x > s.plotX && x < s.plotX+s.plotW {
				line(&r.grid, x, s.plotY, bottom, withAlpha(primary, 170), 1)
			}
		}
	}
	// Axis: fine ticks as faint grid lines, context boundaries stronger.
	fineY, coarseY := s.lineH+theme.SizeForWidget(theme.SizeNamePadding, t), float32(2)
	for _, tk := range s.fine {
		line(&r.grid, tk.x, fineY, bottom, sep, 1)
		text(tk.label, tk.lx, fineY, muted, s.textSize, false)
	}
	for _, tk := range s.coarse {
		if tk.x >= s.plotX {
			line(&r.grid, tk.x, coarseY, bottom, withAlpha(fg, 90), 1)
		}
		text(tk.label, tk.lx, coarseY, fg, s.textSize, true)
	}
	line(&r.grid, s.plotX, s.plotY, bottom, sep, 1)
	if s.todayOK {
		red := col(theme.ColorNameError)
		// Not through the fine row, where it would strike a label.
		line(&r.today, s.todayX, coarseY, coarseY+s.lineH, red, 2)
		line(&r.today, s.todayX, s.plotY, bottom, red, 2)
		text(s.todayLabel.label, s.todayLabel.lx, coarseY, red, s.textSize, true)
	}
	if s.empty != "" {
		o := text(s.empty, 0, 0, muted, theme.SizeForWidget(theme.SizeNameText, t), false)
		o.Move(fyne.NewPos((size.Width-o.MinSize().Width)/2, (size.Height+s.plotY-o.MinSize().Height)/2))
	}

	spanAlpha := [nRanks]uint8{0, 130, 90, 60}
	for i := range s.marks {
		m := &s.marks[i]
		stroke, sw := color.Color(color.Transparent), float32(0)
		if m.selected {
			stroke, sw = fg, 2
		}
		switch m.kind {
		case markSpan:
			o := r.spans.next()
			if !m.selected {
				// The edge keeps a pale bar visible on the dark background
				// and separates neighbouring periods.
				stroke, sw = withAlpha(primary, 200), 1
			}
			o.FillColor, o.StrokeColor, o.StrokeWidth = withAlpha(primary, spanAlpha[m.rank]), stroke, sw
			o.CornerRadius = min(4, (m.x1-m.x0)/2)
			o.Move(fyne.NewPos(m.x0, m.y0))
			o.Resize(fyne.NewSize(m.x1-m.x0, m.y1-m.y0))
			if m.label {
				label := fmt.Sprint(m.count)
				sz := fyne.MeasureText(label, s.textSize, fyne.TextStyle{Bold: true})
				text(label, m.x0+3, (m.y0+m.y1-sz.Height)/2, fg, s.textSize, true)
			}
		case markDot:
			o := r.dots.next()
			o.FillColor, o.StrokeColor, o.StrokeWidth = primary, stroke, sw
			if uncertain(&t.Events[m.ev]) && !m.selected {
				// hollow: an event extraction is unsure of
				o.FillColor, o.StrokeColor, o.StrokeWidth = withAlpha(primary, 40), primary, 1.5
			}
			o.Move(fyne.NewPos(m.x0, m.y0))
			o.Resize(fyne.NewSize(m.x1-m.x0, m.y1-m.y0))
		case markCluster:
			o := r.pills.next()
			o.FillColor, o.StrokeColor, o.StrokeWidth = primary, stroke, sw
			o.CornerRadius = pillH / 2
			o.Move(fyne.NewPos(m.x0, m.y0))
			o.Resize(fyne.NewSize(m.x1-m.x0, m.y1-m.y0))
			label := fmt.Sprint(m.count)
			sz := fyne.MeasureText(label, s.textSize, fyne.TextStyle{Bold: true})
			text(label, (m.x0+m.x1-sz.Width)/2, (m.y0+m.y1-sz.Height)/2, col(theme.ColorNameForegroundOnPrimary), s.textSize, true)
		}
	}
	if s.tipOK {
		o := r.tipBox.next()
		o.FillColor, o.StrokeColor, o.StrokeWidth = col(theme.ColorNameOverlayBackground), col(theme.ColorNameInputBorder), 1
		o.CornerRadius = 4
		o.Move(fyne.NewPos(s.tipX, s.tipY))
		o.Resize(fyne.NewSize(s.tipW, s.tipH))
		txt := r.tipText.next()
		txt.Text, txt.Color, txt.TextSize, txt.TextStyle = s.tip, fg, s.textSize, fyne.TextStyle{}
		txt.Move(fyne.NewPos(s.tipX+6, s.tipY+(s.tipH-s.lineH)/2))
		txt.Resize(txt.MinSize())
	}
	if t.focused {
		o := r.frame.next()
		o.FillColor, o.StrokeColor, o.StrokeWidth = color.Transparent, col(theme.ColorNameFocus), 2
		o.CornerRadius = 0
		o.Move(fyne.NewPos(1, 1))
		o.Resize(fyne.NewSize(size.Width-2, size.Height-2))
	}

	grew := false
	for _, p := range []interface{ done() bool }{&r.stripes, &r.band, &r.grid, &r.spans, &r.dots, &r.pills, &r.today, &r.texts, &r.frame, &r.tipBox, &r.tipText} {
		grew = p.done() || grew
	}
	if grew || r.objects == nil {
		// Drawing order: backgrounds, grid, bars, dots and pills, labels.
		objs := r.objects[:0]
		objs = r.stripes.append(objs)
		objs = r.band.append(objs)
		objs = r.grid.append(objs)
		objs = r.spans.append(objs)
		objs = r.dots.append(objs)
		objs = r.pills.append(objs)
		objs = r.today.append(objs)
		objs = r.texts.append(objs)
		objs = r.frame.append(objs)
		objs = r.tipBox.append(objs)
		objs = r.tipText.append(objs)
		r.objects = objs
	}
}

func (p *pool[T]) reset() { p.used = 0 }

// done hides the unused objects and reports whether the pool grew.
func (p *pool[T]) done() bool {
	p.finish()
	g := p.grew
	p.grew = false
	return g
}
