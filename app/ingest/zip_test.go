package ingest

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"hash/crc32"
	"strings"
	"testing"
)

// zipEntry is one file of an archive built by a test.
type zipEntry struct {
	name, body string
}

// buildZip writes entries, in order, into a zip archive.
func buildZip(t testing.TB, entries ...zipEntry) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, e := range entries {
		w, err := zw.Create(e.name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(e.body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// buildBomb writes an archive whose entry says it inflates to size bytes:
// what a zip bomb declares, without the cost of compressing that much.
func buildBomb(t testing.TB, name string, size uint64, extra ...zipEntry) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.CreateRaw(&zip.FileHeader{Name: name, Method: zip.Store,
		CompressedSize64: 4, UncompressedSize64: size, CRC32: crc32.ChecksumIEEE([]byte("boom"))})
	if err != nil {
		t.Fatal(err)
	}
	w.Write([]byte("boom"))
	for _, e := range extra {
		w, _ := zw.Create(e.name)
		w.Write([]byte(e.body))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestReadZip(t *testing.T) {
	nested := buildZip(t, zipEntry{"inner.txt", "Wire copy\n\nDARAA: Talks resumed on Monday 24 April 2017 between rebel factions."})
	level3 := buildZip(t, zipEntry{"x.txt", "too deep"})
	deep := buildZip(t, zipEntry{"level2.zip", string(buildZip(t, zipEntry{"level3.zip", string(level3)}))})
	data := buildZip(t,
		zipEntry{"saved/page.html", savedPage},
		zipEntry{"notes/deir.docx", string(buildDOCX(t, "Deir ez-Zor update"))},
		zipEntry{"notes/madaya.odt", string(buildODT(t))},
		zipEntry{"tips/tip.eml", tipEmail},
		zipEntry{"nested.zip", string(nested)},
		zipEntry{"deep.zip", string(deep)},
		zipEntry{"photo.png", "\x89PNG"},
		zipEntry{"../escape.txt", "Climbing out of the archive."},
		zipEntry{"/etc/abs.txt", "Absolute path."},
		zipEntry{"empty.txt", "   "},
		zipEntry{"__MACOSX/saved/._page.html", "resource fork"},
		zipEntry{"saved/", ""},
	)
	docs, err := readZip("bundle.zip", data, Options{})
	var partial *PartialError
	if !errors.As(err, &partial) {
		t.Fatalf("err = %v, want a *PartialError", err)
	}
	var paths []string
	for _, d := range docs {
		paths = append(paths, d.Path)
	}
	wantPaths := []string{"bundle.zip!/saved/page.html", "bundle.zip!/notes/deir.docx", "bundle.zip!/notes/madaya.odt",
		"bundle.zip!/tips/tip.eml", "bundle.zip!/nested.zip!/inner.txt"}
	if strings.Join(paths, " ") != strings.Join(wantPaths, " ") {
		t.Errorf("paths\n%v\nwant\n%v", paths, wantPaths)
	}
	failed := map[string]string{}
	for _, e := range partial.Entries {
		failed[e.Path] = e.Err.Error()
	}
	for p, reason := range map[string]string{
		"bundle.zip!/deep.zip!/level2.zip!/level3.zip": "nested",
		"bundle.zip!/photo.png":                        "unsupported",
		"bundle.zip!/../escape.txt":                    "unsafe",
		"bundle.zip!//etc/abs.txt":                     "unsafe",
		"bundle.zip!/empty.txt":                        "",
	} {
		got, ok := failed[p]
		if !ok || !strings.Contains(got, reason) {
			t.Errorf("entry %s: reported %q (%v), want a reason with %q", p, got, ok, reason)
		}
	}
	if len(failed) != 5 {
		t.Errorf("failed entries %v, want 5 (junk and folders skipped silently)", failed)
	}
	if d := docs[4]; d.Body == "" || !strings.Contains(d.Body, "DARAA") {
		t.Errorf("nested entry body %q", d.Body)
	}
}

func TestReadZipThroughReadBytes(t *testing.T) {
	data := buildZip(t, zipEntry{"a/one.txt", "First story\n\nBEIRUT: Something happened on 3 May 2017."},
		zipEntry{"b/two.html", savedPage})
	docs, err := ReadBytes("set.zip", data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || docs[0].Path != "set.zip!/a/one.txt" || docs[0].Title != "First story" ||
		docs[0].Date != "2017-05-03" || docs[1].Source != "Syria Direct" {
		t.Errorf("docs %+v", docs)
	}
}

func TestReadZipBombs(t *testing.T) {
	data := buildBomb(t, "big.txt", MaxZipEntrySize+1, zipEntry{"ok.txt", "Fine text\n\nA real article."})
	docs, err := readZip("bomb.zip", data, Options{})
	var partial *PartialError
	if !errors.As(err, &partial) || len(partial.Entries) != 1 || !strings.Contains(partial.Entries[0].Err.Error(), "zip bomb") {
		t.Fatalf("err = %v", err)
	}
	if len(docs) != 1 {
		t.Errorf("got %d documents, want the one small entry", len(docs))
	}

	// An entry whose header understates what it inflates to is stopped
	// where the header's size runs out.
	var deflated bytes.Buffer
	fw, _ := flate.NewWriter(&deflated, flate.BestSpeed)
	plain := strings.Repeat("bomb ", 10000)
	fw.Write([]byte(plain))
	fw.Close()
	var liar bytes.Buffer
	zw := zip.NewWriter(&liar)
	w, _ := zw.CreateRaw(&zip.FileHeader{Name: "liar.txt", Method: zip.Deflate, CompressedSize64: uint64(deflated.Len()),
		UncompressedSize64: 100, CRC32: crc32.ChecksumIEEE([]byte(plain))})
	w.Write(deflated.Bytes())
	zw.Close()
	if _, err := readZip("liar.zip", liar.Bytes(), Options{}); !errors.As(err, &partial) || !strings.Contains(err.Error(), "unreadable zip entry") {
		t.Errorf("lying header: err = %v", err)
	}

	// The archive-wide cap, exercised with a small allowance.
	data = buildZip(t, zipEntry{"a.txt", strings.Repeat("word ", 100)}, zipEntry{"b.txt", strings.Repeat("word ", 100)})
	budget := int64(700)
	docs, err = readZipBudget("total.zip", data, Options{}, &budget)
	if !errors.As(err, &partial) || len(docs) != 1 || !strings.Contains(partial.Entries[0].Err.Error(), "in all") {
		t.Errorf("docs %d, err %v", len(docs), err)
	}

	if _, err := readZip("x.zip", []byte("PK not a zip"), Options{}); err == nil || !strings.HasPrefix(err.Error(), "unreadable zip archive") {
		t.Errorf("corrupt archive: err = %v", err)
	}
}

func FuzzReadZip(f *testing.F) {
	f.Add(buildZip(f, zipEntry{"a.txt", "Some text."}, zipEntry{"b.zip", string(buildZip(f, zipEntry{"c.html", "<p>x</p>"}))}))
	f.Add(buildZip(f, zipEntry{"../x.txt", "x"}))
	f.Fuzz(func(t *testing.T, data []byte) {
		_, _ = readZip("f.zip", data, Options{})
	})
}
