package views

import (
	"context"
	"fmt"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"dossier/data"
)

func day(s string) time.Time {
	d, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return d
}

// timelineFixture is a handful of events around the 2017 Hama offensive,
// at every precision, in three places.
func timelineFixture() []data.Event {
	place := func(n string) []data.Place { return []data.Place{{Name: n}} }
	return []data.Event{
		{ID: 1, Date: "2015-01-01", Precision: "year", Summary: "A year of sieges", Places: place("Hama")},
		{ID: 2, Date: "2016-02-01", Precision: "day", Summary: "Talks open in Geneva", Places: place("Geneva"), Actors: []string{"UN"}},
		{ID: 3, Date: "2017-03-01", Precision: "month", Summary: "Rebel offensive in northern Hama", Places: place("Hama"), Actors: []string{"HTS"}},
		{ID: 4, Date: "2017-04-17", Precision: "week", Summary: "Shelling of Kafr Zita", Places: place("Hama")},
		{ID: 5, Date: "2017-04-23", Precision: "day", Summary: "Regime forces take Halfaya", Places: place("Halfaya"), Actors: []string{"Syrian Arab Army"},
			ArticleID: 1, ArticleTitle: "Regime forces recapture Halfaya in northern Hama", Source: "Syria Direct", Status: "extracted"},
		{ID: 6, Date: "2017-04-23", Precision: "day", Summary: "Airstrikes on Halfaya", Places: place("Halfaya"), Actors: []string{"Russia"}},
		{ID: 7, Date: "2017-04-25", Precision: "day", Summary: "Counterattack near Halfaya", Places: place("Halfaya"), Actors: []string{"HTS"}},
	}
}

// newTimelineWindow shows a timeline alone in a test window.
func newTimelineWindow(t testing.TB, events []data.Event, size fyne.Size) (*Timeline, fyne.Window) {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(NewTheme())
	tl := NewTimeline()
	tl.Today = day("2017-05-10")
	w := test.NewWindow(tl)
	w.SetPadded(false)
	w.Resize(size)
	tl.SetEvents(events)
	t.Cleanup(w.Close)
	return tl, w
}

// visibleTexts are the labels the renderer draws.
func visibleTexts(tl *Timeline) []*canvas.Text {
	var out []*canvas.Text
	for _, o := range test.WidgetRenderer(tl).Objects() {
		if txt, ok := o.(*canvas.Text); ok && txt.Visible() && txt.Text != "" {
			out = append(out, txt)
		}
	}
	return out
}

// checkLayout asserts what must hold at every zoom: axis labels in order
// without overlapping, no two drawn texts overlapping, lane labels left of
// every mark, and everything inside the widget.
func checkLayout(t *testing.T, tl *Timeline) {
	t.Helper()
	s := &tl.scene
	for _, row := range [][]tlTick{s.fine, s.coarse} {
		for i := 1; i < len(row); i++ {
			if row[i-1].lx+row[i-1].lw > row[i].lx {
				t.Errorf("axis labels %q and %q overlap", row[i-1].label, row[i].label)
			}
		}
	}
	texts := visibleTexts(tl)
	for i, a := range texts {
		ap, as := a.Position(), a.MinSize()
		if ap.X < 0 || ap.X+as.Width > s.size.Width+0.5 {
			t.Errorf("label %q at x %.0f–%.0f sticks out of the widget", a.Text, ap.X, ap.X+as.Width)
		}
		for _, b := range texts[i+1:] {
			bp, bs := b.Position(), b.MinSize()
			if ap.X < bp.X+bs.Width && bp.X < ap.X+as.Width && ap.Y < bp.Y+bs.Height && bp.Y < ap.Y+as.Height {
				t.Errorf("labels %q (%.0f,%.0f) and %q (%.0f,%.0f) overlap", a.Text, ap.X, ap.Y, b.Text, bp.X, bp.Y)
			}
		}
	}
	for _, l := range s.lanes {
		if w := fyne.MeasureText(l.label, theme.TextSize(), fyne.TextStyle{}).Width; 2*theme.Padding()+w > s.plotX {
			t.Errorf("lane label %q (%.0f px) runs into the plot at %.0f", l.label, w, s.plotX)
		}
	}
	for _, m := range s.marks {
		if m.x0 < s.plotX-0.5 || m.x1 > s.size.Width+0.5 {
			t.Errorf("mark %+v outside the plot (%.0f–%.0f)", m, s.plotX, s.size.Width)
		}
	}
}

// marksFor lists the marks whose members include the event, by kind.
func markOf(tl *Timeline, id int64) *tlMark {
	for i := range tl.scene.marks {
		m := &tl.scene.marks[i]
		if m.count == 1 && tl.Events[m.ev].ID == id {
			return m
		}
	}
	return nil
}

func countMarks(tl *Timeline) (total int) {
	for _, m := range tl.scene.marks {
		total += m.count
	}
	return total
}

func fineLabels(tl *Timeline) []string {
	var out []string
	for _, tk := range tl.scene.fine {
		out = append(out, tk.label)
	}
	return out
}

func TestTimelineZoomLevels(t *testing.T) {
	tl, _ := newTimelineWindow(t, timelineFixture(), fyne.NewSize(900, 320))
	// Lanes: the busiest place first, no "Other" (every event has a place
	// and there are fewer than eight).
	var lanes []string
	for _, l := range tl.model.lanes {
		lanes = append(lanes, l.name)
	}
	if strings.Join(lanes, ",") != "Halfaya,Hama,Geneva" {
		t.Errorf("lanes = %v", lanes)
	}

	t.Run("decade", func(t *testing.T) {
		tl.ZoomTo(day("2010-01-01"), day("2025-01-01"))
		checkLayout(t, tl)
		if labels := fineLabels(tl); len(labels) < 3 || labels[0] != "2010" && labels[0] != "2012" && labels[0] != "2015" {
			t.Errorf("decade axis labels = %v", labels)
		}
		// Every event is shown once (each has one place), the April 2017
		// ones as a single cluster with a count.
		if n := countMarks(tl); n != 7 {
			t.Errorf("marks stand for %d events, want 7", n)
		}
		var cluster *tlMark
		for i := range tl.scene.marks {
			if m := &tl.scene.marks[i]; m.kind == markCluster && tl.Events[m.ev].ID == 5 {
				cluster = m
			}
		}
		if cluster == nil || cluster.count != 3 {
			t.Fatalf("no cluster of the three Halfaya events: %+v", tl.scene.marks)
		}
		found := false
		for _, txt := range visibleTexts(tl) {
			if txt.Text == "3" && txt.Position().X >= cluster.x0 && txt.Position().X+txt.MinSize().Width <= cluster.x1 {
				found = true
			}
		}
		if !found {
			t.Error("the cluster does not show its count")
		}
		if !tl.scene.todayOK {
			t.Error("today is not drawn")
		}
	})

	t.Run("year", func(t *testing.T) {
		tl.ZoomTo(day("2017-01-01"), day("2018-01-01"))
		checkLayout(t, tl)
		labels := fineLabels(tl)
		if len(labels) < 6 || !strings.HasPrefix(labels[0], "Jan") {
			t.Errorf("year axis labels = %v", labels)
		}
		if markOf(tl, 2) != nil || markOf(tl, 1) != nil {
			t.Error("events of 2015 and 2016 are drawn in a view of 2017")
		}
		// The month-precision event spans March.
		m := markOf(tl, 3)
		if m == nil || m.kind != markSpan {
			t.Fatalf("March 2017 is not drawn as a span: %+v", m)
		}
		if w, want := m.x1-m.x0, tl.scene.plotW*31/365; w < want-3 || w > want+1 {
			t.Errorf("March span is %.0f px wide, want about %.0f", w, want)
		}
		if x := tl.scene.x(secs(day("2017-03-01"))); m.x0 < x-1 || m.x0 > x+1 {
			t.Errorf("March span starts at %.0f, want %.0f", m.x0, x)
		}
	})

	t.Run("month", func(t *testing.T) {
		tl.ZoomTo(day("2017-04-01"), day("2017-05-01"))
		checkLayout(t, tl)
		if labels := fineLabels(tl); len(labels) < 4 {
			t.Errorf("month axis labels = %v", labels)
		}
		if len(tl.scene.coarse) == 0 || tl.scene.coarse[0].label != "April 2017" {
			t.Errorf("month axis context = %+v", tl.scene.coarse)
		}
		if m := markOf(tl, 4); m == nil || m.kind != markSpan || m.rank != rankWeek {
			t.Errorf("the week of 17 April is not a span: %+v", m)
		}
		if m := markOf(tl, 7); m == nil || m.kind != markDot {
			t.Errorf("25 April is not a dot: %+v", m)
		}
		// Two events on the same day stay one mark with a count.
		if markOf(tl, 5) != nil || markOf(tl, 6) != nil {
			t.Error("two events of the same day are drawn on top of each other")
		}
	})

	t.Run("day", func(t *testing.T) {
		tl.ZoomTo(day("2017-04-22"), day("2017-04-25"))
		checkLayout(t, tl)
		if labels := fineLabels(tl); len(labels) == 0 || labels[0] != "Sat 22" {
			t.Errorf("day axis labels = %v", labels)
		}
		from, to := tl.VisibleRange()
		if to.Sub(from) != 3*24*time.Hour {
			t.Errorf("visible %v – %v", from, to)
		}
	})

	t.Run("zoom limits", func(t *testing.T) {
		tl.ZoomTo(day("2017-04-23"), day("2017-04-23"))
		from, to := tl.VisibleRange()
		if to.Sub(from) < minSpan {
			t.Errorf("zoomed to %v, closer than %v", to.Sub(from), minSpan)
		}
	})
}

func TestTimelineTapZoomAndPan(t *testing.T) {
	tl, w := newTimelineWindow(t, timelineFixture(), fyne.NewSize(900, 320))
	var tapped, opened []int64
	tl.OnTapped = func(e data.Event) { tapped = append(tapped, e.ID) }
	tl.OnOpen = func(e data.Event) { opened = append(opened, e.ID) }

	// Tapping the cluster of April 2017 zooms into it.
	tl.ZoomTo(day("2010-01-01"), day("2025-01-01"))
	var cluster tlMark
	for _, m := range tl.scene.marks {
		if m.kind == markCluster && tl.Events[m.ev].ID == 5 {
			cluster = m
		}
	}
	test.TapAt(tl, fyne.NewPos((cluster.x0+cluster.x1)/2, (cluster.y0+cluster.y1)/2))
	from, to := tl.VisibleRange()
	if to.Sub(from) > 60*24*time.Hour || from.After(day("2017-04-23")) || to.Before(day("2017-04-25")) {
		t.Fatalf("after tapping the cluster the view is %v – %v", from, to)
	}
	if len(tapped) != 0 {
		t.Errorf("tapping a cluster reported events %v", tapped)
	}

	// Now 25 April is a mark of its own: tapping it reports it and selects it.
	m := markOf(tl, 7)
	if m == nil {
		t.Fatalf("25 April not drawn alone after zooming: %+v", tl.scene.marks)
	}
	test.TapAt(tl, fyne.NewPos((m.x0+m.x1)/2, (m.y0+m.y1)/2))
	if len(tapped) != 1 || tapped[0] != 7 || tl.Selected != 7 {
		t.Errorf("tapped %v, selected %d", tapped, tl.Selected)
	}
	if m := markOf(tl, 7); m == nil || !m.selected {
		t.Error("the tapped mark is not highlighted")
	}
	// Double-tapping where there is no mark zooms in, opening nothing.
	from0, to0 := tl.VisibleRange()
	test.DoubleTap(tl)
	if from, to := tl.VisibleRange(); len(opened) != 0 || to.Sub(from) >= to0.Sub(from0) {
		t.Errorf("double tap on nothing: opened %v, view %v → %v", opened, to0.Sub(from0), to.Sub(from))
	}
	tl.ZoomTo(from0, to0)
	m = markOf(tl, 7)
	tl.DoubleTapped(&fyne.PointEvent{Position: fyne.NewPos((m.x0+m.x1)/2, (m.y0+m.y1)/2)})
	if len(opened) != 1 || opened[0] != 7 {
		t.Errorf("double tap opened %v", opened)
	}
	// Hovering a mark says what it is; leaving the chart hides it.
	tl.MouseIn(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos((m.x0+m.x1)/2, (m.y0+m.y1)/2)}})
	if !tl.scene.tipOK || tl.scene.tip != "25 Apr 2017 · Counterattack near Halfaya" {
		t.Errorf("tooltip %v %q", tl.scene.tipOK, tl.scene.tip)
	}
	if tl.scene.tipX < tl.scene.plotX || tl.scene.tipX+tl.scene.tipW > tl.scene.size.Width {
		t.Errorf("tooltip at %.0f–%.0f leaves the plot", tl.scene.tipX, tl.scene.tipX+tl.scene.tipW)
	}
	tl.MouseOut()
	if tl.scene.tipOK {
		t.Error("tooltip stays after the pointer left")
	}
	// Empty space does nothing.
	test.TapAt(tl, fyne.NewPos(tl.scene.plotX+2, tl.scene.size.Height-3))
	if len(tapped) != 1 {
		t.Errorf("tapping empty space reported %v", tapped)
	}

	// Dragging right by a quarter of the plot shows an earlier window of
	// the same length.
	tl.ZoomTo(day("2017-01-01"), day("2018-01-01"))
	from0, to0 = tl.VisibleRange()
	test.Drag(w.Canvas(), fyne.NewPos(tl.scene.plotX+100, 100), tl.scene.plotW/4, 0)
	from, to = tl.VisibleRange()
	if to.Sub(from) != to0.Sub(from0) {
		t.Errorf("panning changed the zoom: %v → %v", to0.Sub(from0), to.Sub(from))
	}
	if shift := from0.Sub(from); shift < 90*24*time.Hour || shift > 93*24*time.Hour {
		t.Errorf("dragging a quarter of the width moved the view by %v", shift)
	}
	checkLayout(t, tl)

	// Shift-dragging selects a range instead of panning.
	var ranged [2]time.Time
	tl.OnRangeSelected = func(f, to time.Time) { ranged = [2]time.Time{f, to} }
	from0, to0 = tl.VisibleRange()
	startX := tl.scene.x(secs(day("2017-03-01")))
	tl.MouseDown(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(startX, 100)}, Modifier: fyne.KeyModifierShift})
	tl.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(tl.scene.x(secs(day("2017-05-01"))), 100)}, Dragged: fyne.Delta{DX: 60}})
	tl.DragEnd()
	if from, to := tl.VisibleRange(); !from.Equal(from0) || !to.Equal(to0) {
		t.Errorf("a shift-drag panned to %v – %v", from, to)
	}
	if d := ranged[0].Sub(day("2017-03-01")); d < -24*time.Hour || d > 24*time.Hour || ranged[1].Sub(day("2017-05-01")).Abs() > 24*time.Hour {
		t.Errorf("selected range %v", ranged)
	}
	if !tl.scene.bandOK {
		t.Error("the selected range is not drawn")
	}
	tl.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if !tl.RangeFrom.IsZero() || !ranged[0].IsZero() {
		t.Error("Escape did not clear the range")
	}

	// Keyboard: the arrows pan, + and - zoom around the middle.
	w.Canvas().Focus(tl)
	from0, to0 = tl.VisibleRange()
	test.Type(tl, "+")
	from, to = tl.VisibleRange()
	if span := to.Sub(from); span < to0.Sub(from0)/2-time.Second || span > to0.Sub(from0)/2+time.Second {
		t.Errorf("+ zoomed to %v from %v", span, to0.Sub(from0))
	}
	from0 = from
	tl.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	if from, _ = tl.VisibleRange(); !from.After(from0) {
		t.Errorf("Right did not pan later: %v → %v", from0, from)
	}
	test.Type(tl, "-")

	// The wheel zooms in around the pointer.
	from0, to0 = tl.VisibleRange()
	test.Scroll(w.Canvas(), fyne.NewPos(tl.scene.plotX+50, 100), 0, 25)
	from, to = tl.VisibleRange()
	if to.Sub(from) >= to0.Sub(from0) {
		t.Errorf("scrolling up did not zoom in: %v → %v", to0.Sub(from0), to.Sub(from))
	}

	// Panning cannot lose the events: far to the right it stops.
	for range 50 {
		tl.Pan(1)
	}
	if from, _ = tl.VisibleRange(); from.After(day("2017-05-01")) {
		t.Errorf("panned past every event to %v", from)
	}
}

func TestTimelineLanesAndOther(t *testing.T) {
	var events []data.Event
	// Twelve places, place i with 12-i events, and some without a place.
	id := int64(0)
	for i := range 12 {
		for j := range 12 - i {
			id++
			events = append(events, data.Event{ID: id, Date: fmt.Sprintf("2017-%02d-%02d", j%12+1, i+1), Precision: "day",
				Places: []data.Place{{Name: fmt.Sprintf("Place %c", 'A'+i)}}})
		}
	}
	for range 3 {
		id++
		events = append(events, data.Event{ID: id, Date: "2017-06-01", Precision: "day"})
	}
	// A long name is cut short, not run into the marks.
	long := "Jisr al-Shughur District of Idlib Governorate"
	for i := range events[:12] {
		events[i].Places[0].Name = long
	}
	tl, w := newTimelineWindow(t, events, fyne.NewSize(500, 400))
	savePNG(t, w, "dossier-timeline-lanes.png")
	var names []string
	total := 0
	for _, l := range tl.model.lanes {
		names = append(names, l.name)
		total += l.count
	}
	if want := long + ",Place B,Place C,Place D,Place E,Place F,Place G,Other"; strings.Join(names, ",") != want {
		t.Errorf("lanes %v, want %s", names, want)
	}
	if total != len(events) {
		t.Errorf("lanes hold %d events, want %d", total, len(events))
	}
	checkLayout(t, tl)
	if l := tl.scene.lanes[0].label; !strings.HasSuffix(l, "…") || len(l) >= len(long) {
		t.Errorf("long lane name shown as %q", l)
	}
	tl.GroupBy = GroupByActor
	tl.Refresh()
	if len(tl.model.lanes) != 1 || tl.model.lanes[0].name != "Other" {
		t.Errorf("by actor (none known): lanes %+v", tl.model.lanes)
	}
}

func TestTimelineDrawsOnlyWhatIsVisible(t *testing.T) {
	tl, _ := newTimelineWindow(t, benchEvents(10000), fyne.NewSize(1200, 400))
	shown := func() (n int) {
		for _, o := range test.WidgetRenderer(tl).Objects() {
			if o.Visible() {
				n++
			}
		}
		return n
	}
	// Everything in view: the events become clusters, a few hundred objects.
	if n := shown(); n > 1500 {
		t.Errorf("%d objects drawn for the whole decade", n)
	}
	if n := countMarks(tl); n != 10000 {
		t.Errorf("marks stand for %d events, want 10,000", n)
	}
	checkLayout(t, tl)
	tl.ZoomTo(day("2015-04-01"), day("2015-05-01"))
	checkLayout(t, tl)
	lo, hi := secs(day("2014-04-01")), secs(day("2015-05-01")) // a year bar may start before
	for _, m := range tl.scene.marks {
		if m.tFrom < lo || m.tFrom >= hi {
			t.Errorf("mark of %v drawn in a view of April 2015", fromSecs(m.tFrom))
		}
	}
	total := 0
	for i := range tl.Events {
		if e := tl.Events[i]; e.Date >= "2015-04-01" && e.Date < "2015-05-01" && e.Precision == "day" {
			total++
		}
	}
	dots := 0
	for _, m := range tl.scene.marks {
		if m.kind != markSpan {
			dots += m.count
		}
	}
	if dots != total {
		t.Errorf("%d day events in dots, want %d", dots, total)
	}
}

// eventStore is a collection with one article and its events, as
// extraction would have stored them.
func eventStore(t *testing.T) *data.Store {
	t.Helper()
	s, err := data.Open(":memory:", data.CreateIfMissing)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	ctx := context.Background()
	a := data.NewArticle{Title: "Regime forces take Halfaya", Source: "Syria Direct", Published: "2017-04-24", ContentHash: "h1", Path: "a.txt",
		Body: "Syrian Arab Army soldiers took control of Halfaya on Sunday. Rebels had shelled Hama in March. Talks met in Geneva."}
	out, err := s.InsertArticles(ctx, []data.NewArticle{a})
	if err != nil {
		t.Fatal(err)
	}
	text := data.AnalysedText(a.Title, a.Body)
	mention := func(sub, name, typ string) data.ExtractedMention {
		i := strings.LastIndex(text, sub)
		return data.ExtractedMention{Start: i, End: i + len(sub), Text: sub, Entity: data.EntityRef{Name: name, Type: typ}}
	}
	sentence := func(sub string) (int, int) {
		i := strings.Index(text, sub)
		return i, i + len(sub)
	}
	ex := &data.Extraction{Mentions: []data.ExtractedMention{
		mention("Syrian Arab Army", "Syrian Arab Army", "ORG"), mention("Halfaya", "Halfaya", "PLACE"),
		mention("Rebels", "Rebels", "ORG"), mention("Hama", "Hama", "PLACE"), mention("Geneva", "Geneva", "PLACE"),
	}}
	s1, e1 := sentence("Syrian Arab Army soldiers took control of Halfaya on Sunday.")
	s2, e2 := sentence("Rebels had shelled Hama in March.")
	s3, e3 := sentence("Talks met in Geneva.")
	ex.Events = []data.ExtractedEvent{
		{Start: s1, End: e1, Date: "2017-04-23", Precision: "day", Summary: "Syrian Arab Army took control of Halfaya", Actors: []string{"Syrian Arab Army"}, Places: []string{"Halfaya"}, Confidence: 0.91},
		{Start: s2, End: e2, Date: "2017-03", Precision: "month", Summary: "Rebels shelled Hama", Actors: []string{"Rebels"}, Places: []string{"Hama"}, Confidence: 0.86},
		{Start: s3, End: e3, Date: "2016-02-01", Precision: "day", Summary: "Talks in Geneva", Places: []string{"Geneva"}, Confidence: 0.56},
	}
	if err := s.SaveExtraction(ctx, out[0].ID, ex); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestTimelinePaneLoadsFromStore(t *testing.T) {
	store := eventStore(t)
	m, _ := newTestWindow(t, store)
	var p *TimelinePane
	m.bridge.onMain(func() {
		p = newTimelinePane(m)
		m.Window.SetContent(p.content)
		p.Reload()
	})
	m.WaitIdle()

	m.bridge.onMain(func() {
		if len(p.Events) != 3 || len(p.Rows) != 3 || len(p.Chart.Events) != 3 {
			t.Fatalf("loaded %d events, %d rows, chart %d", len(p.Events), len(p.Rows), len(p.Chart.Events))
		}
		if p.Rows[0].Date != "2016-02-01" || p.Rows[2].Date != "2017-04-23" {
			t.Errorf("table not chronological: %s … %s", p.Rows[0].Date, p.Rows[2].Date)
		}
		if !strings.Contains(p.Heading.Text, "All events · 3") {
			t.Errorf("heading %q", p.Heading.Text)
		}
		// Sorting by summary, then the other way round.
		p.SortBy(colSummary)
		if p.Rows[0].Summary != "Rebels shelled Hama" {
			t.Errorf("sorted by summary: first %q", p.Rows[0].Summary)
		}
		p.SortBy(colSummary)
		if p.Rows[0].Summary != "Talks in Geneva" {
			t.Errorf("sorted by summary descending: first %q", p.Rows[0].Summary)
		}
		p.SortBy(colDate)

		// The uncertain event is marked as such in the table and on its card;
		// the others are not.
		for i := range p.Rows {
			e := &p.Rows[i]
			want := ""
			if e.Summary == "Talks in Geneva" {
				want = "uncertain"
			}
			if got := eventColumn(e, colCheck); got != want {
				t.Errorf("%q: Check column %q, want %q", e.Summary, got, want)
			}
		}
		p.showCard(&p.Rows[0])
		if !strings.Contains(p.CardDetails.Text, "uncertain") {
			t.Errorf("card of the uncertain event: %q", p.CardDetails.Text)
		}
		if strings.Contains(p.CardDetails.Text, "photo caption") {
			t.Errorf("an event of the story is marked as a caption: %q", p.CardDetails.Text)
		}
		// An event told by a photo's caption says so on its card.
		caption := p.Rows[0]
		caption.Caption = true
		p.showCard(&caption)
		if !strings.Contains(p.CardDetails.Text, "From a photo caption") {
			t.Errorf("card of a caption's event: %q", p.CardDetails.Text)
		}

		// Tapping the Halfaya mark shows its card.
		p.Chart.ZoomTo(day("2017-04-01"), day("2017-05-01"))
		var halfaya *tlMark
		for i := range p.Chart.scene.marks {
			if mk := &p.Chart.scene.marks[i]; p.Chart.Events[mk.ev].Date == "2017-04-23" {
				halfaya = mk
			}
		}
		if halfaya == nil {
			t.Fatalf("no mark for 23 April: %+v", p.Chart.scene.marks)
		}
		test.TapAt(p.Chart, fyne.NewPos((halfaya.x0+halfaya.x1)/2, (halfaya.y0+halfaya.y1)/2))
		if p.Shown == nil || p.Shown.Summary != "Syrian Arab Army took control of Halfaya" {
			t.Fatalf("card shows %+v", p.Shown)
		}
		if !strings.Contains(p.CardDate.Text, "Sunday 23 April 2017") || !strings.Contains(p.CardDetails.Text, "Halfaya") || strings.Contains(p.CardDetails.Text, "uncertain") ||
			!strings.Contains(p.CardDetails.Text, "Regime forces take Halfaya") || p.OpenButton.Disabled() {
			t.Errorf("card: %q / %q", p.CardDate.Text, p.CardDetails.Text)
		}
		// The month-precision event is a span over March.
		p.Chart.ZoomTo(day("2017-01-01"), day("2018-01-01"))
		spans := 0
		for _, mk := range p.Chart.scene.marks {
			if mk.kind == markSpan && p.Chart.Events[mk.ev].Summary == "Rebels shelled Hama" {
				spans++
			}
		}
		if spans != 1 {
			t.Errorf("%d spans for March", spans)
		}
	})

	// Following the sidebar: only the events of Halfaya.
	ents, err := store.Entities(context.Background(), "PLACE", 0)
	if err != nil {
		t.Fatal(err)
	}
	var halfaya data.Entity
	for _, e := range ents {
		if e.Name == "Halfaya" {
			halfaya = e
		}
	}
	m.bridge.onMain(func() { p.SetEntity(&halfaya) })
	m.WaitIdle()
	m.bridge.onMain(func() {
		if len(p.Rows) != 1 || p.Rows[0].Date != "2017-04-23" {
			t.Errorf("with Halfaya selected the table has %+v", p.Rows)
		}
		if !strings.Contains(p.Heading.Text, "Events with Halfaya · 1") {
			t.Errorf("heading %q", p.Heading.Text)
		}
		if p.Shown == nil {
			t.Error("the card lost the event that is still listed")
		}
	})

	// Open article hands it to the reader.
	opened := make(chan int64, 1)
	m.Reader.OnShown = func(id int64) { opened <- id }
	m.bridge.onMain(func() { test.Tap(p.OpenButton) })
	m.WaitIdle()
	if id := waitFor(t, opened, "article in reader"); id != p.Shown.ArticleID {
		t.Errorf("reader opened %d", id)
	}

	// A shift-drag range narrows the table.
	m.bridge.onMain(func() {
		p.SetEntity(nil)
	})
	m.WaitIdle()
	m.bridge.onMain(func() {
		p.Chart.SelectRange(day("2017-01-01"), day("2017-12-31"))
		if len(p.Rows) != 2 || !p.RangeLabel.Visible() || !strings.Contains(p.RangeLabel.Text, "2 events") {
			t.Errorf("range: %d rows, label %q", len(p.Rows), p.RangeLabel.Text)
		}
		test.Tap(p.ClearRange)
		if len(p.Rows) != 3 || p.RangeLabel.Visible() {
			t.Errorf("after clearing the range: %d rows", len(p.Rows))
		}
	})
}

// variantTheme forces the light or dark variant of a theme, as a system
// setting would.
type variantTheme struct {
	fyne.Theme
	variant fyne.ThemeVariant
}

func (v variantTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return v.Theme.Color(n, v.variant)
}

// benchEvents are n events over ten years in 20 places, a quarter of them
// at month, week or year precision.
func benchEvents(n int) []data.Event {
	precisions := []string{"day", "day", "day", "day", "day", "day", "day", "day", "day", "week", "month", "year"}
	events := make([]data.Event, n)
	start := day("2011-03-15")
	for i := range events {
		d := start.AddDate(0, 0, (i*7919)%3650)
		p := precisions[i%len(precisions)]
		switch p {
		case "week":
			d = d.AddDate(0, 0, -((int(d.Weekday()) + 6) % 7))
		case "month":
			d = time.Date(d.Year(), d.Month(), 1, 0, 0, 0, 0, time.UTC)
		case "year":
			d = time.Date(d.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
		}
		events[i] = data.Event{ID: int64(1000 + i), Date: d.Format("2006-01-02"), Precision: p,
			Summary: fmt.Sprintf("Event %d", i+1),
			Actors:  []string{fmt.Sprintf("Actor %d", (i*i)%13)},
			Places:  []data.Place{{Name: []string{"Aleppo", "Idlib", "Hama", "Homs", "Damascus", "Deir ez-Zor", "Raqqa", "Daraa", "Latakia", "Tartus", "Al-Hasakah", "Qamishli", "Palmyra", "Manbij", "Afrin", "Kobani", "Douma", "Jisr al-Shughur", "Khan Shaykhun", "Halfaya"}[(i*31)%20]}}}
	}
	return events
}

// savePNG writes what a window shows to the temporary folder, to be looked at.
func savePNG(t *testing.T, w fyne.Window, name string) {
	t.Helper()
	f, err := os.Create(filepath.Join(os.TempDir(), name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, w.Canvas().Capture()); err != nil {
		t.Fatal(err)
	}
}

func TestTimelineScreenshots(t *testing.T) {
	for _, variant := range []struct {
		name string
		v    fyne.ThemeVariant
	}{{"light", theme.VariantLight}, {"dark", theme.VariantDark}} {
		a := test.NewTempApp(t)
		a.Settings().SetTheme(variantTheme{NewTheme(), variant.v})
		m := &MainWindow{App: a, Window: test.NewWindow(nil)}
		m.Reader = newReaderPane(m)
		p := newTimelinePane(m)
		events := append(timelineFixture(), benchEvents(400)...)
		p.setEvents(events)
		w := test.NewWindow(p.content)
		w.Resize(fyne.NewSize(1200, 720))
		p.Chart.Today = day("2017-05-10")
		p.Chart.ZoomTo(day("2016-06-01"), day("2017-09-01"))
		p.Chart.SelectRange(day("2017-03-01"), day("2017-04-30"))
		p.onChartTapped(events[4])
		p.Chart.Selected = events[4].ID
		p.Chart.Refresh()
		for name, view := range map[string][2]time.Time{
			"months": {day("2016-06-01"), day("2017-09-01")},
			"decade": {day("2009-01-01"), day("2024-01-01")},
			"days":   {day("2017-04-14"), day("2017-04-30")},
		} {
			p.Chart.ZoomTo(view[0], view[1])
			savePNG(t, w, fmt.Sprintf("dossier-timeline-%s-%s.png", name, variant.name))
			checkLayout(t, p.Chart)
		}
		// A tooltip over the top lane goes below the mark.
		p.Chart.ZoomTo(day("2016-06-01"), day("2017-09-01"))
		for _, mk := range p.Chart.scene.marks {
			if mk.kind == markCluster {
				p.Chart.MouseIn(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos((mk.x0+mk.x1)/2, (mk.y0+mk.y1)/2)}})
				break
			}
		}
		savePNG(t, w, fmt.Sprintf("dossier-timeline-hover-%s.png", variant.name))
		p.Chart.MouseOut()
		// As a tab beside the article list, the pane gets about this much.
		w.Resize(fyne.NewSize(700, 640))
		p.Chart.ZoomTo(day("2016-06-01"), day("2017-09-01"))
		savePNG(t, w, fmt.Sprintf("dossier-timeline-narrow-%s.png", variant.name))
		checkLayout(t, p.Chart)
		w.Close()
		m.Window.Close()
	}
}

// BenchmarkTimelineLayout measures one layout and refresh pass of a
// timeline holding 10,000 events, panning a little each time so nothing
// can be cached, at the widest zoom (every event in view) and at a month.
func BenchmarkTimelineLayout(b *testing.B) {
	events := benchEvents(10000)
	for _, zoom := range []struct {
		name string
		span time.Duration
	}{{"all", 0}, {"year", 365 * 24 * time.Hour}, {"month", 30 * 24 * time.Hour}} {
		b.Run(zoom.name, func(b *testing.B) {
			tl, _ := newTimelineWindow(b, events, fyne.NewSize(1400, 420))
			if zoom.span > 0 {
				tl.ZoomTo(day("2015-01-01"), day("2015-01-01").Add(zoom.span))
			}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if i%2 == 0 {
					tl.Pan(0.01)
				} else {
					tl.Pan(-0.01)
				}
			}
			b.StopTimer()
			b.ReportMetric(float64(len(test.WidgetRenderer(tl).Objects())), "objects")
		})
	}
}

// The table writes a date only as precisely as it is known.
func TestTableDate(t *testing.T) {
	cases := []struct{ date, precision, want string }{
		{"2012-07-01", "month", "2012-07"},
		{"2016-01-01", "year", "2016"},
		{"2017-04-23", "day", "2017-04-23"},
		{"2017-04-17", "week", "2017-W16"},
		{"", "month", ""},
	}
	for _, c := range cases {
		e := &data.Event{Date: c.date, Precision: c.precision}
		if got := eventColumn(e, colDate); got != c.want {
			t.Errorf("%s (%s): %q, want %q", c.date, c.precision, got, c.want)
		}
	}
}
