// Command dossier is an offline workbench for researchers who review news
// and turn articles into facts. With a subcommand it runs the command line
// (app/cli); without one (or with only --db FILE) it opens the window.
package main

import (
	"errors"
	"fmt"
	"os"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"dossier/app/cli"
	"dossier/app/library"
	_ "dossier/app/plainlocale" // before Fyne initialises: see its doc
	"dossier/assets"
	"dossier/data"
	"dossier/views"
)

func main() {
	args := os.Args[1:]
	db, window := cli.WindowDB(args)
	if !window {
		os.Exit(cli.Run(&cli.Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr}, args))
	}
	os.Exit(runWindow(db))
}

// runWindow opens the window on a collection: the one named, or the
// default one (created and filled with the demo set on first start).
func runWindow(dbPath string) int {
	a := fyneapp.NewWithID("org.dossier.app")
	// Set here, not only in FyneApp.toml: a plain `go build` carries no metadata.
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	a.Settings().SetTheme(views.NewTheme())
	version := cli.Version
	w := a.NewWindow("Dossier")
	w.Resize(fyne.NewSize(1280, 800))

	var store *data.Store
	var err error
	firstStart := false
	if dbPath == "" {
		store, firstStart, err = library.OpenDefault()
	} else {
		store, err = data.Open(dbPath, data.CreateIfMissing)
	}
	readOnly := false
	if err == nil {
		if err = store.LockForWriting(); errors.Is(err, data.ErrReadOnly) {
			// Browse it; changes are refused with that message.
			readOnly, err = true, nil
		} else if err != nil {
			store.Close()
			store, firstStart = nil, false
		}
	}
	m := views.NewMainWindow(a, w, store, version)
	m.Refresh()
	if err != nil {
		fmt.Fprintf(os.Stderr, "dossier: %v\n", err)
		m.ShowStartError(err)
	}
	if firstStart {
		m.OpenDemoOnStart()
	}
	if readOnly {
		m.ShowReadOnlyNotice()
	}
	w.ShowAndRun()
	if s := m.Store(); s != nil {
		s.Close()
	}
	return 0
}
