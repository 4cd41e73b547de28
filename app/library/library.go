// Package library knows where collections live on the user's machine and
// fills a new default collection with the embedded demo set, so that a
// first start shows real articles at once.
package library

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"

	"dossier/app/ingest"
	"dossier/assets"
	"dossier/data"
)

// DefaultFileName is the name of the default collection file.
const DefaultFileName = "collection.dossier"

// DataDir returns the folder Dossier keeps its collections in:
// $XDG_DATA_HOME/Dossier (~/.local/share/Dossier) on Linux,
// %AppData%\Dossier on Windows, ~/Library/Application Support/Dossier on macOS.
func DataDir() (string, error) {
	switch runtime.GOOS {
	case "windows", "darwin":
		dir, err := os.UserConfigDir()
		if err != nil {
			return "", err
		}
		return filepath.Join(dir, "Dossier"), nil
	}
	if x := os.Getenv("XDG_DATA_HOME"); filepath.IsAbs(x) {
		return filepath.Join(x, "Dossier"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(home, ".local", "share", "Dossier"), nil
}

// DefaultPath returns the path of the default collection.
func DefaultPath() (string, error) {
	dir, err := DataDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, DefaultFileName), nil
}

// OpenDefault opens the default collection, creating its folder and the
// collection when missing. isNew tells the caller to offer the demo set.
func OpenDefault() (store *data.Store, isNew bool, err error) {
	p, err := DefaultPath()
	if err != nil {
		return nil, false, err
	}
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return nil, false, err
	}
	_, statErr := os.Stat(p)
	isNew = errors.Is(statErr, os.ErrNotExist)
	store, err = data.Open(p, data.CreateIfMissing)
	return store, isNew, err
}

// ImportDemo fills a collection with the embedded demo set: the worked
// example (dated 2017-04-24, which the file does not state) and FA-KES with
// each row's source, date and location, and its credible/fake label as a tag.
func ImportDemo(ctx context.Context, store *data.Store, analyzer ingest.Analyzer, progress func(ingest.Progress)) (ingest.Summary, error) {
	seed := ingest.Importer{Store: store, DefaultDate: assets.DemoSeedDate, DefaultSource: assets.DemoSeedSource,
		OnProgress: progress, Analyzer: analyzer}
	var sources []ingest.Source
	rest := ingest.Importer{Store: store, OnProgress: progress, Analyzer: analyzer}
	var restSources []ingest.Source
	err := fs.WalkDir(assets.Demo, "demo", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !ingest.Supported(p) || path.Ext(p) == ".md" {
			return err
		}
		src := ingest.Source{Path: "demo:" + path.Base(p), Read: func() ([]byte, error) { return assets.Demo.ReadFile(p) }}
		if path.Ext(p) == ".txt" {
			sources = append(sources, src)
		} else {
			restSources = append(restSources, src)
		}
		return nil
	})
	if err != nil {
		return ingest.Summary{}, err
	}
	sum, err := seed.ImportSources(ctx, sources)
	if err != nil {
		return sum, err
	}
	sum2, err := rest.ImportSources(ctx, restSources)
	sum.Imported += sum2.Imported
	sum.Duplicates += sum2.Duplicates
	sum.Failed = append(sum.Failed, sum2.Failed...)
	sum.Cancelled = sum.Cancelled || sum2.Cancelled
	if err == nil && len(sum.Failed) > 0 {
		err = fmt.Errorf("demo set: %s: %s", sum.Failed[0].Path, sum.Failed[0].Error)
	}
	return sum, err
}
