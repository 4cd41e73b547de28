package ingest

import (
	"errors"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
)

// Options tune how files are read. The zero value is the default.
type Options struct {
	// ColumnMap maps a document field (title, body, date, source, url, author,
	// location) to a dataset column name, overriding the automatic mapping.
	ColumnMap map[string]string
	// FileColumnMaps maps particular dataset files (by path) to their own
	// column mapping, as the window's mapping dialog sets it.
	FileColumnMaps map[string]map[string]string
}

// columnMapFor returns the explicit column mapping for a dataset file.
func (o Options) columnMapFor(name string) map[string]string {
	if m, ok := o.FileColumnMaps[name]; ok {
		return m
	}
	return o.ColumnMap
}

// ReadFunc reads one file's bytes into zero or more documents. name is the path
// the documents are traced back to; readers set Document.Path from it.
type ReadFunc func(name string, data []byte, opt Options) ([]Document, error)

// ErrUnsupported is returned for files whose extension no reader handles.
var ErrUnsupported = errors.New("unsupported file type")

// readerFor returns the reader for a file name, by extension.
func readerFor(name string) ReadFunc {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".md", ".text", ".markdown":
		return readText
	case ".csv":
		return readCSV
	case ".tsv", ".tab":
		return readTSV
	case ".jsonl", ".ndjson":
		return readJSONL
	case ".html", ".htm", ".xhtml":
		return readHTML
	case ".pdf":
		return readPDF
	case ".docx":
		return readDOCX
	case ".odt":
		return readODT
	case ".eml":
		return readEML
	case ".zip":
		return readZip
	}
	return nil
}

// Supported reports whether a file name has an extension Dossier can read.
func Supported(name string) bool { return readerFor(name) != nil }

// SupportedExtensions lists the extensions Dossier reads, for file dialogs.
func SupportedExtensions() []string {
	var exts []string
	for _, e := range []string{".txt", ".md", ".text", ".markdown", ".csv", ".tsv", ".tab", ".jsonl", ".ndjson",
		".html", ".htm", ".xhtml", ".pdf", ".docx", ".odt", ".eml", ".zip"} {
		if readerFor("x"+e) != nil {
			exts = append(exts, e)
		}
	}
	sort.Strings(exts)
	return exts
}

// ReadBytes reads a file's content into finished documents (title, boilerplate
// and dateline handled). It returns ErrUnsupported for unknown extensions.
// A file that yields documents and an error (a zip with some unreadable
// entries, a dataset with a broken row) returns both: what could be read is
// kept, and the error says what could not.
func ReadBytes(name string, data []byte, opt Options) ([]Document, error) {
	read := readerFor(name)
	if read == nil {
		return nil, ErrUnsupported
	}
	docs, err := read(name, data, opt)
	if err != nil && len(docs) == 0 {
		return nil, err
	}
	out := docs[:0]
	for _, d := range docs {
		Finish(&d)
		if strings.TrimSpace(d.Body) == "" && !d.NeedsOCR {
			continue
		}
		out = append(out, d)
	}
	if len(out) == 0 {
		if err != nil {
			return nil, err
		}
		return nil, fmt.Errorf("no article text found")
	}
	return out, err
}
