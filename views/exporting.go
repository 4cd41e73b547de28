package views

import (
	"context"
	"fmt"
	"io"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"dossier/app/export"
	"dossier/data"
)

// exportFormats are the timeline export formats, by their menu names.
var exportFormats = []string{"ACLED-style CSV", "TimelineJS spreadsheet (CSV)"}

// onExportTimeline asks for a format and a file, then writes the events of
// the current filter (the entity selected in the sidebar, if any).
func (m *MainWindow) onExportTimeline() {
	if m.store == nil {
		return
	}
	format := widget.NewRadioGroup(exportFormats, nil)
	format.SetSelected(exportFormats[0])
	bom := widget.NewCheck("Byte-order mark (for Excel)", nil)
	scope := "All events of the collection."
	filter := data.EventFilter{Grouped: true}
	if e := m.Entities.Selected; e != nil {
		scope = fmt.Sprintf("Events with %s.", e.Name)
		filter.EntityIDs = []int64{e.ID}
	}
	items := []*widget.FormItem{
		widget.NewFormItem("Format", format),
		widget.NewFormItem("", bom),
		widget.NewFormItem("Events", widget.NewLabel(scope)),
	}
	dialog.ShowForm("Export timeline", "Choose file…", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		write := export.ACLED
		name := "timeline-acled.csv"
		if format.Selected == exportFormats[1] {
			write, name = export.TimelineJS, "timeline-timelinejs.csv"
		}
		withBOM := bom.Checked
		save := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
			if err != nil || w == nil {
				m.showErrorIf(err)
				return
			}
			m.writeExport(w, filter, func(out io.Writer, ev []data.Event) error { return write(out, ev, withBOM) })
		}, m.Window)
		save.SetFileName(name)
		save.SetFilter(storage.NewExtensionFileFilter([]string{".csv"}))
		save.Show()
	}, m.Window)
}

// writeExport loads the events and writes them off the main goroutine.
func (m *MainWindow) writeExport(w fyne.URIWriteCloser, filter data.EventFilter, write func(io.Writer, []data.Event) error) {
	store := m.store
	background(&m.bridge, func(ctx context.Context) (int, error) {
		defer w.Close()
		events, err := store.Events(ctx, filter)
		if err != nil {
			return 0, err
		}
		return len(events), write(w, events)
	}, func(n int, err error) {
		if err != nil {
			m.showError(fmt.Errorf("export to %s: %w", w.URI().Path(), err))
			return
		}
		dialog.ShowInformation("Timeline exported", fmt.Sprintf("%s written to %s.", plural(n, "event"), displayPath(w.URI().Path())), m.Window)
	})
}
