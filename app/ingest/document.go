// Package ingest turns files a researcher saved (plain text, datasets, and the
// other formats registered in registry.go) into Documents, and stores them in a
// collection through the import pipeline (importer.go).
//
// Readers are pure functions from a file's bytes to documents: they never touch
// the database, the network or the clock, so each can be tested and fuzzed on
// its own. Everything that is common to all formats (title choice, boilerplate
// lines, datelines, dates written at the top) lives in finish.go and runs after
// the reader.
package ingest

// Document is one article as read from a file, before it is stored.
type Document struct {
	// Path says where the article came from: a file path, "archive.zip!/inner/path"
	// for a file inside an archive, or "data.csv#row=12" for a dataset row.
	Path string
	// Title is the file's own title; empty when the format has none, in which
	// case Finish takes it from the text.
	Title string
	// Body is the article text, paragraphs separated by a blank line.
	Body string
	// Date is the publication date as YYYY-MM-DD from the file's own metadata
	// or dataset column; empty when unknown. Never a file modification time.
	Date string
	// Source is the outlet, site name or sender.
	Source string
	// URL is the canonical address of the article when the file states it.
	URL string
	// Author is the byline.
	Author string
	// Location is the filing place: a dataset column or a dateline ("AMMAN:").
	Location string
	// Attrs keeps metadata that has no field of its own (unmapped dataset
	// columns, a fake/credible label, ...). Keys are lower case.
	Attrs map[string]string
	// Tags are labels the file gives the article (a dataset's label column).
	Tags []string
	// NeedsOCR marks a document whose file had no text layer (a scanned PDF):
	// it is imported with its metadata so the user sees it, but has no body.
	NeedsOCR bool
}

// SetAttr records an extra metadata value, creating the map on first use.
func (d *Document) SetAttr(key, value string) {
	if value == "" {
		return
	}
	if d.Attrs == nil {
		d.Attrs = make(map[string]string)
	}
	d.Attrs[key] = value
}
