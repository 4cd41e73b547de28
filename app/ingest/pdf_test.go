package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The PDF fixtures in testdata were written once by go-pdf/fpdf with the
// DejaVu Sans font (testdata/mkpdf.go.txt): article.pdf has a text layer in
// a CID font with curly quotes, dashes and transliterated Arabic names;
// scanned.pdf holds only an image; encrypted.pdf needs a user password;
// owner-only.pdf is encrypted with an empty user password, as many
// "protected" reports are, and opens in any viewer.

func readFixture(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestReadPDF(t *testing.T) {
	docs, err := ReadBytes("reports/hama.pdf", readFixture(t, "article.pdf"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	if d.Title != "Hama offensive stalls" || d.Author != "Tom Rollins" || d.Date != "2017-04-24" {
		t.Errorf("metadata: title %q, author %q, date %q", d.Title, d.Author, d.Date)
	}
	// The Info dictionary has no field for the outlet, so Source stays empty.
	if d.Location != "Beirut" || d.NeedsOCR || d.Path != "reports/hama.pdf" || d.Source != "" {
		t.Errorf("location %q, needsOCR %v, path %q, source %q", d.Location, d.NeedsOCR, d.Path, d.Source)
	}
	for _, want := range []string{
		"Hama offensive stalls as regime retakes Soran\n\nBEIRUT: Pro-government forces",
		"northern Ḥamāh province on Sunday, ending",
		"the city’s military airport.\n\n“We are facing a scorched-earth policy,” said Abu Muḥammad al-Ḥamawī",
		"Jaish al-ʿIzza — one of the factions involved — speaking",
		"Khān Shaykhūn and Kafr Zīta",
		"(10–15 April).",
	} {
		if !strings.Contains(d.Body, want) {
			t.Errorf("body lacks %q:\n%s", want, d.Body)
		}
	}
}

func TestReadPDFOwnerPasswordOnly(t *testing.T) {
	docs, err := ReadBytes("protected.pdf", readFixture(t, "owner-only.pdf"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(docs[0].Body, "scorched-earth policy") {
		t.Errorf("body = %q", docs[0].Body)
	}
	// fpdf encrypts this file's Info strings in a way PDFium decodes to
	// noise; noise must not become the title or author.
	if d := docs[0]; d.Title != "Hama offensive stalls as regime retakes Soran" || d.Author != "" {
		t.Errorf("title %q, author %q", d.Title, d.Author)
	}
}

func TestReadPDFScanNeedsOCR(t *testing.T) {
	docs, err := ReadBytes("scan.pdf", readFixture(t, "scanned.pdf"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	if !d.NeedsOCR || d.Body != "" {
		t.Errorf("needsOCR %v, body %q", d.NeedsOCR, d.Body)
	}
	// The metadata title is a converter's default, so no title is better
	// than a wrong one; author and date are kept.
	if d.Title != "" || d.Author != "Tom Rollins" || d.Date != "2017-04-24" {
		t.Errorf("title %q, author %q, date %q", d.Title, d.Author, d.Date)
	}
}

func TestReadPDFErrors(t *testing.T) {
	good := readFixture(t, "article.pdf")
	for _, tc := range []struct {
		name string
		data []byte
		want string
	}{
		{"encrypted", readFixture(t, "encrypted.pdf"), "encrypted PDF: "},
		{"garbage", []byte("%PDF-1.4\n1 0 obj << /Type /Catalog"), "unreadable PDF: "},
		{"not a pdf", []byte("hello"), "unreadable PDF: "},
		{"empty", nil, "unreadable PDF: "},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := readPDF("x.pdf", tc.data, Options{})
			if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
				t.Errorf("err = %v, want prefix %q", err, tc.want)
			}
		})
	}
	// PDFium repairs some damage; a file cut short loses its cross-reference
	// table and page tree, which it cannot.
	for _, n := range []int{len(good) / 2, len(good) - 200, 600} {
		if _, err := readPDF("cut.pdf", good[:n], Options{}); err == nil || err.Error() != "unreadable PDF: damaged or truncated file" {
			t.Errorf("truncated at %d: err = %v", n, err)
		}
	}
}

func FuzzReadPDF(f *testing.F) {
	for _, name := range []string{"article.pdf", "scanned.pdf", "encrypted.pdf"} {
		f.Add(readFixture(f, name))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		_, _ = readPDF("f.pdf", data, Options{})
	})
}
