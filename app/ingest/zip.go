package ingest

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"

	"golang.org/x/text/encoding/charmap"
)

// Limits against zip bombs: archives are read in memory, so what one file
// may inflate to is capped, per part and per archive.
const (
	// MaxZipEntrySize is the most one archive entry (or one part of a DOCX
	// or ODT file) may hold uncompressed.
	MaxZipEntrySize = 50 << 20
	// MaxZipTotalSize is the most all entries of one archive may hold
	// uncompressed together, nested archives included.
	MaxZipTotalSize = 200 << 20
	// maxZipDepth is how many archives may nest inside the one imported:
	// a.zip!/b.zip!/c.zip!/d.txt is read, a fourth archive level is not.
	maxZipDepth = 2
)

// EntryError says why one file inside an archive was not imported.
type EntryError struct {
	Path string // archive.zip!/inner/path
	Err  error
}

func (e EntryError) Error() string { return e.Path + ": " + e.Err.Error() }

func (e EntryError) Unwrap() error { return e.Err }

// PartialError is returned by the zip reader, together with the documents it
// could read, when some entries of the archive could not be imported
// (unsupported, unreadable, unsafe or too large). Callers report each entry.
type PartialError struct {
	Entries []EntryError
}

func (e *PartialError) Error() string {
	if len(e.Entries) == 1 {
		return "1 file in the archive was not imported: " + e.Entries[0].Error()
	}
	return fmt.Sprintf("%d files in the archive were not imported; first: %v", len(e.Entries), e.Entries[0])
}

// Failures lists the entries as import failures, one per file, for the
// import summary.
func (e *PartialError) Failures() []Failure {
	out := make([]Failure, len(e.Entries))
	for i, en := range e.Entries {
		out[i] = Failure{Path: en.Path, Error: en.Err.Error()}
	}
	return out
}

// junkEntry matches files that archivers add and nobody saved on purpose;
// they are skipped without being reported.
func junkEntry(p string) bool {
	base := path.Base(p)
	return strings.HasPrefix(p, "__MACOSX/") || strings.Contains(p, "/__MACOSX/") ||
		base == ".DS_Store" || base == "Thumbs.db" || base == "desktop.ini" || strings.HasPrefix(base, "._")
}

// readZip reads every supported file inside a zip archive with the reader its
// extension selects, nested archives included up to maxZipDepth. Each
// document's Path is "archive.zip!/inner/path". Entries that fail are listed
// in a *PartialError returned alongside the documents that did not.
func readZip(name string, data []byte, opt Options) ([]Document, error) {
	budget := int64(MaxZipTotalSize)
	return readZipBudget(name, data, opt, &budget)
}

func readZipBudget(name string, data []byte, opt Options, budget *int64) ([]Document, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		return nil, fmt.Errorf("unreadable zip archive: %v", err)
	}
	depth := strings.Count(name, "!/")
	var docs []Document
	var failed []EntryError
	fail := func(p string, err error) { failed = append(failed, EntryError{Path: p, Err: err}) }

	for _, f := range zr.File {
		inner := entryName(f)
		if strings.HasSuffix(inner, "/") || junkEntry(inner) {
			continue
		}
		full := name + "!/" + inner
		if !safeEntryPath(inner) {
			fail(full, errors.New("unsafe path in archive, refused"))
			continue
		}
		read := readerFor(inner)
		switch {
		case read == nil:
			fail(full, ErrUnsupported)
			continue
		case strings.EqualFold(path.Ext(inner), ".zip") && depth >= maxZipDepth:
			fail(full, fmt.Errorf("archive nested more than %d deep, not opened", maxZipDepth))
			continue
		}
		content, err := readZipFile(f, budget)
		if err != nil {
			// Once the archive's allowance is spent, every later entry
			// fails here too, so each is still named in the report.
			fail(full, err)
			continue
		}
		var got []Document
		if strings.EqualFold(path.Ext(inner), ".zip") {
			got, err = readZipBudget(full, content, opt, budget)
		} else {
			got, err = read(full, content, opt)
		}
		var partial *PartialError
		if errors.As(err, &partial) {
			failed = append(failed, partial.Entries...)
		} else if err != nil {
			fail(full, err)
			continue
		}
		kept := 0
		for _, d := range got {
			if strings.TrimSpace(d.Body) != "" || d.NeedsOCR {
				docs = append(docs, d)
				kept++
			}
		}
		if kept == 0 && partial == nil {
			fail(full, errors.New("no article text found"))
		}
	}
	if len(failed) > 0 {
		return docs, &PartialError{Entries: failed}
	}
	if len(docs) == 0 {
		return nil, errors.New("no supported files in the archive")
	}
	return docs, nil
}

// entryName returns the entry's path as UTF-8: archives made on old Windows
// tools store names in code page 437 without saying so.
func entryName(f *zip.File) string {
	if f.NonUTF8 {
		if s, err := charmap.CodePage437.NewDecoder().String(f.Name); err == nil {
			return s
		}
	}
	return f.Name
}

// safeEntryPath refuses absolute paths and paths that climb out of the
// archive ("../"): nothing is written to disk, but such an entry is a sign of
// a hostile archive and its path would be misleading in a report.
func safeEntryPath(p string) bool {
	if p == "" || strings.HasPrefix(p, "/") || strings.HasPrefix(p, `\`) || strings.Contains(p, ":") {
		return false
	}
	for _, part := range strings.FieldsFunc(p, func(r rune) bool { return r == '/' || r == '\\' }) {
		if part == ".." {
			return false
		}
	}
	return true
}

// readZipFile inflates one entry, charging what it reads to budget (the
// archive's remaining allowance) and never reading more than
// MaxZipEntrySize, whatever the entry's header claims.
func readZipFile(f *zip.File, budget *int64) ([]byte, error) {
	if f.Flags&0x1 != 0 {
		return nil, errors.New("encrypted zip entry")
	}
	limit := min(int64(MaxZipEntrySize), *budget)
	if f.UncompressedSize64 > uint64(limit) {
		return nil, tooLarge(f.Name, limit == *budget && limit < MaxZipEntrySize)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("unreadable zip entry: %v", err)
	}
	defer rc.Close()
	data, err := io.ReadAll(io.LimitReader(rc, limit+1))
	*budget -= int64(len(data))
	if err != nil {
		return nil, fmt.Errorf("unreadable zip entry: %v", err)
	}
	if int64(len(data)) > limit {
		return nil, tooLarge(f.Name, limit < MaxZipEntrySize)
	}
	return data, nil
}

func tooLarge(name string, total bool) error {
	if total {
		return fmt.Errorf("archive inflates to more than %d MB in all (zip bomb?), %s not read", MaxZipTotalSize>>20, name)
	}
	return fmt.Errorf("%s inflates to more than %d MB (zip bomb?), not read", name, MaxZipEntrySize>>20)
}

// readZipPart reads one named part of an office file (DOCX, ODT), within the
// per-entry limit.
func readZipPart(zr *zip.Reader, name string) ([]byte, error) {
	for _, f := range zr.File {
		if f.Name == name {
			budget := int64(MaxZipTotalSize)
			return readZipFile(f, &budget)
		}
	}
	return nil, fmt.Errorf("%s: %w", name, errPartMissing)
}
