package ingest

import (
	"strings"
	"testing"
)

const odtContent = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.3">
<office:automatic-styles><style:style xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" style:name="P1">not text</style:style></office:automatic-styles>
<office:body><office:text>
<text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Illustration"/></text:sequence-decls>
<text:h text:outline-level="1">Aid convoy reaches Madaya</text:h>
<text:p>AMMAN: A convoy of 44 trucks reached<text:s text:c="2"/>the besieged town of <text:span text:style-name="T1">Madaya</text:span> on Monday, according to the <text:a xlink:href="https://www.icrc.org">ICRC</text:a>.<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Footnote text.</text:p></text:note-body></text:note></text:p>
<text:p>“The situation is catastrophic” — a doctor in Madaya.<office:annotation><text:p>Check quote</text:p></office:annotation></text:p>
<table:table table:name="Table1"><table:table-column/>
<table:table-row><table:table-cell><text:p>Town</text:p></table:table-cell><table:table-cell><text:p>Trucks</text:p></table:table-cell></table:table-row>
<table:table-row><table:table-cell><text:p>Madaya</text:p></table:table-cell><table:table-cell><text:p>44</text:p></table:table-cell></table:table-row>
</table:table>
<text:list><text:list-item><text:p>First item<text:tab/>with tab</text:p></text:list-item></text:list>
</office:text></office:body></office:document-content>`

const odtMeta = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3">
<office:meta><meta:initial-creator>Rami Jarrah</meta:initial-creator><dc:creator>Copy Editor</dc:creator>
<meta:creation-date>2016-01-11T14:02:11.123</meta:creation-date><dc:date>2018-02-01T10:00:00</dc:date>
<dc:title>Madaya convoy</dc:title><meta:generator>LibreOffice/7.4</meta:generator></office:meta></office:document-meta>`

func buildODT(t testing.TB) []byte {
	return buildZip(t,
		zipEntry{"mimetype", "application/vnd.oasis.opendocument.text"},
		zipEntry{"content.xml", odtContent},
		zipEntry{"meta.xml", odtMeta},
	)
}

func TestReadODT(t *testing.T) {
	docs, err := ReadBytes("madaya.odt", buildODT(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	// ODF has no field for the outlet, so Source stays empty.
	if d.Title != "Madaya convoy" || d.Author != "Rami Jarrah" || d.Date != "2016-01-11" || d.Location != "Amman" || d.Source != "" {
		t.Errorf("title %q, author %q, date %q, location %q, source %q", d.Title, d.Author, d.Date, d.Location, d.Source)
	}
	want := "Aid convoy reaches Madaya\n\n" +
		"AMMAN: A convoy of 44 trucks reached the besieged town of Madaya on Monday, according to the ICRC.\n\n" +
		"“The situation is catastrophic” — a doctor in Madaya.\n\n" +
		"Town\tTrucks\n\n" +
		"Madaya\t44\n\n" +
		"First item\twith tab\n\n" +
		"Footnote text."
	if d.Body != want {
		t.Errorf("body:\n%q\nwant:\n%q", d.Body, want)
	}
}

func TestReadODTErrors(t *testing.T) {
	if _, err := readODT("x.odt", []byte("garbage"), Options{}); err == nil || !strings.Contains(err.Error(), "ODT") {
		t.Errorf("garbage: err = %v", err)
	}
	bad := buildZip(t, zipEntry{"content.xml", "<office:document-content><office:body><text:p>unclosed"})
	if _, err := readODT("x.odt", bad, Options{}); err == nil {
		t.Error("broken XML read without error")
	}
}

func FuzzReadODT(f *testing.F) {
	f.Add(buildODT(f))
	f.Add([]byte(odtContent))
	f.Fuzz(func(t *testing.T, data []byte) {
		_, _ = readODT("f.odt", data, Options{})
		_, _ = odtText(data)
	})
}
