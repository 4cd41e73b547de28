package ingest

import (
	"strings"
	"testing"
)

const docxDocument = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
 xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">
<w:body>
<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Shelling resumes in Deir ez-Zor</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">DAMASCUS, Syria — Government shelling of the besieged </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>al-Joura</w:t></w:r><w:r><w:t xml:space="preserve"> district resumed on Tuesday, residents told </w:t></w:r><w:hyperlink r:id="rId5"><w:r><w:t>Deir ez-Zor 24</w:t></w:r></w:hyperlink><w:r><w:t>.</w:t></w:r></w:p>
<w:p><w:r><w:t>“We have no bread,” one resident said</w:t></w:r><w:del><w:r><w:delText> yesterday</w:delText></w:r></w:del><w:r><w:t>.</w:t></w:r></w:p>
<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK "https://example.org" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>Full list of casualties</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>:</w:t></w:r></w:p>
<w:tbl>
<w:tr><w:tc><w:p><w:r><w:t>Village</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Killed</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:p><w:r><w:t>al-Mayadin</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>12</w:t></w:r></w:p></w:tc></w:tr>
</w:tbl>
<w:p><w:r><mc:AlternateContent><mc:Choice><w:t>Text box</w:t></mc:Choice><mc:Fallback><w:t>Text box</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>
<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>Line one</w:t><w:br/><w:t>line two</w:t><w:tab/><w:t>after tab</w:t></w:r></w:p>
<w:sectPr/>
</w:body></w:document>`

func docxCore(title string) string {
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title>` + title + `</dc:title><dc:creator>Zaina Erhaim</dc:creator>
<cp:lastModifiedBy>Editor</cp:lastModifiedBy>
<dcterms:created xsi:type="dcterms:W3CDTF">2016-09-13T07:05:00Z</dcterms:created>
<dcterms:modified xsi:type="dcterms:W3CDTF">2019-01-02T10:00:00Z</dcterms:modified>
</cp:coreProperties>`
}

func buildDOCX(t testing.TB, title string) []byte {
	return buildZip(t,
		zipEntry{"[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`},
		zipEntry{"word/document.xml", docxDocument},
		zipEntry{"docProps/core.xml", docxCore(title)},
		zipEntry{"docProps/app.xml", `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Company>Syria Campaign</Company></Properties>`},
		zipEntry{"word/footnotes.xml", `<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> SOHR figures, 14 September 2016.</w:t></w:r></w:p></w:footnote>
</w:footnotes>`},
	)
}

func TestReadDOCX(t *testing.T) {
	docs, err := ReadBytes("notes/deir.docx", buildDOCX(t, "Deir ez-Zor update"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	if d.Title != "Deir ez-Zor update" || d.Author != "Zaina Erhaim" || d.Date != "2016-09-13" || d.Path != "notes/deir.docx" {
		t.Errorf("title %q, author %q, date %q, path %q", d.Title, d.Author, d.Date, d.Path)
	}
	// DOCX has no field for the outlet: Source stays empty, the company
	// is kept as an attribute.
	if d.Location != "Damascus" || d.Source != "" || d.Attrs["company"] != "Syria Campaign" {
		t.Errorf("location %q, source %q, attrs %v", d.Location, d.Source, d.Attrs)
	}
	want := "Shelling resumes in Deir ez-Zor\n\n" +
		"DAMASCUS, Syria — Government shelling of the besieged al-Joura district resumed on Tuesday, residents told Deir ez-Zor 24.\n\n" +
		"“We have no bread,” one resident said.\n\n" +
		"Full list of casualties:\n\n" +
		"Village\tKilled\n\n" +
		"al-Mayadin\t12\n\n" +
		"Text box\n\n" +
		"Line one\nline two\tafter tab\n\n" +
		"SOHR figures, 14 September 2016."
	if d.Body != want {
		t.Errorf("body:\n%q\nwant:\n%q", d.Body, want)
	}
}

func TestReadDOCXGenericTitle(t *testing.T) {
	docs, err := ReadBytes("draft3.docx", buildDOCX(t, "Microsoft Word - draft3.docx"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d := docs[0]; d.Title != "Shelling resumes in Deir ez-Zor" || strings.HasPrefix(d.Body, "Shelling") {
		t.Errorf("title %q, body starts %q", d.Title, d.Body[:20])
	}
}

func TestReadDOCXErrors(t *testing.T) {
	if _, err := readDOCX("x.docx", []byte("PK\x03\x04 not really"), Options{}); err == nil || !strings.Contains(err.Error(), "DOCX") {
		t.Errorf("corrupt: err = %v", err)
	}
	noBody := buildZip(t, zipEntry{"docProps/core.xml", docxCore("x")})
	if _, err := readDOCX("x.docx", noBody, Options{}); err == nil || !strings.Contains(err.Error(), "word/document.xml") {
		t.Errorf("no body: err = %v", err)
	}
	bomb := buildBomb(t, "word/document.xml", 1<<40)
	if _, err := readDOCX("x.docx", bomb, Options{}); err == nil || !strings.Contains(err.Error(), "zip bomb") {
		t.Errorf("bomb: err = %v", err)
	}
}

func FuzzReadDOCX(f *testing.F) {
	f.Add(buildDOCX(f, "t"))
	f.Add([]byte(docxDocument))
	f.Fuzz(func(t *testing.T, data []byte) {
		_, _ = readDOCX("f.docx", data, Options{})
		_, _ = docxText(data)
	})
}
