package views

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"dossier/app/analysis"
	"dossier/app/ingest"
	"dossier/app/library"
	"dossier/data"
)

// importRunner runs one import at a time off the main goroutine, showing
// its progress in the status line.
type importRunner struct {
	win     *MainWindow
	running bool

	// The extraction model is loaded once, off the main goroutine, by the
	// first import that needs it.
	loadModel sync.Once
	analyzer  *analysis.Analyzer
	modelErr  error
	// OnDone, when set, is called on the main goroutine when an import
	// ends (tests wait on it).
	OnDone func(ingest.Summary, error)
}

func (r *importRunner) start(store *data.Store, paths []string, read ingest.Options) {
	label := "Importing"
	if len(paths) == 1 {
		label += " " + filepath.Base(paths[0])
	}
	r.run(label, func(ctx context.Context, progress func(ingest.Progress)) (ingest.Summary, error) {
		an, err := r.model(ctx, store)
		if err != nil {
			return ingest.Summary{}, err
		}
		im := &ingest.Importer{Store: store, OnProgress: progress, Analyzer: an, Read: read}
		return im.ImportPaths(ctx, paths)
	})
}

// startDemo fills a new default collection with the embedded demo set.
func (r *importRunner) startDemo(store *data.Store) {
	r.run("Adding the demo collection", func(ctx context.Context, progress func(ingest.Progress)) (ingest.Summary, error) {
		an, err := r.model(ctx, store)
		if err != nil {
			return ingest.Summary{}, err
		}
		return library.ImportDemo(ctx, store, an, progress)
	})
}

// model returns the extraction model with the collection's watchlist,
// loading the model on first use (in a background goroutine, never on the
// main one).
func (r *importRunner) model(ctx context.Context, store *data.Store) (*analysis.Analyzer, error) {
	r.loadModel.Do(func() { r.analyzer, r.modelErr = analysis.New() })
	if r.modelErr != nil {
		return nil, r.modelErr
	}
	watch, err := store.Watchlist(ctx)
	if err != nil {
		return nil, err
	}
	return r.analyzer.WithWatchlist(watch), nil
}

func (r *importRunner) run(label string, work func(context.Context, func(ingest.Progress)) (ingest.Summary, error)) {
	m := r.win
	if r.running {
		dialog.ShowInformation("Import running", "Wait for the current import to finish, or cancel it.", m.Window)
		return
	}
	r.running = true
	ctx, cancel := context.WithCancel(context.Background())
	m.Status.ShowBusy(label+"…", func() {
		m.Status.Cancel.Disable()
		m.Status.Activity.SetText("Cancelling…")
		cancel()
	})
	// Progress arrives from the importing goroutine at most ~25 times a
	// second; each update is handed to the main goroutine.
	progress := func(p ingest.Progress) {
		m.bridge.onMain(func() { m.Status.SetProgress(progressFraction(p), progressText(label, p)) })
	}
	background(&m.bridge, func(context.Context) (ingest.Summary, error) {
		defer cancel()
		return work(ctx, progress)
	}, func(sum ingest.Summary, err error) {
		r.running = false
		m.Status.HideBusy()
		m.afterImport(sum, err)
		if r.OnDone != nil {
			r.OnDone(sum, err)
		}
	})
}

func progressFraction(p ingest.Progress) float64 {
	if p.FilesTotal == 0 {
		return 0
	}
	return float64(p.FilesDone) / float64(p.FilesTotal)
}

func progressText(label string, p ingest.Progress) string {
	total := fmt.Sprint(p.FilesTotal)
	if p.Walking {
		total += "+"
	}
	rate := ""
	if secs := p.Elapsed.Seconds(); secs > 0.5 {
		rate = fmt.Sprintf(" · %.0f files/s", float64(p.FilesDone)/secs)
	}
	text := fmt.Sprintf("%s: %d/%s files · %d new · %d duplicates%s", label, p.FilesDone, total, p.Imported, p.Duplicates, rate)
	if p.Failed > 0 {
		text += fmt.Sprintf(" · %d failed", p.Failed)
	}
	if p.Current != "" {
		text += " · " + filepath.Base(p.Current)
	}
	return text
}

// showImportReport lists what could not be imported, in a text box the user
// can select and copy from.
func showImportReport(w fyne.Window, sum ingest.Summary) {
	var b strings.Builder
	for _, f := range sum.Failed {
		fmt.Fprintf(&b, "%s: %s\n", f.Path, f.Error)
	}
	for _, p := range sum.NeedsOCR {
		fmt.Fprintf(&b, "%s: imported without text (no text layer; needs OCR)\n", p)
	}
	head := fmt.Sprintf("Imported %d, %d duplicates, %d unchanged, %d failed.", sum.Imported, sum.Duplicates, sum.Unchanged, len(sum.Failed))
	if sum.Cancelled {
		head = "Import cancelled. What was stored is complete; import again to finish.\n" + head
	}
	details := widget.NewMultiLineEntry()
	details.SetText(b.String())
	details.Wrapping = fyne.TextWrapWord
	copyBtn := widget.NewButton("Copy report", func() {
		fyne.CurrentApp().Clipboard().SetContent(head + "\n" + b.String())
	})
	content := container.NewBorder(widget.NewLabel(head), copyBtn, nil, nil, details)
	d := dialog.NewCustom("Import report", "Close", content, w)
	d.Resize(fyne.NewSize(640, 400))
	d.Show()
}
