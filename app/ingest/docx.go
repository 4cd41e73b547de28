package ingest

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/unicode/norm"
)

// readDOCX reads a Word document: the body text of word/document.xml with its
// tables and hyperlink text, and the title, author and date of
// docProps/core.xml. Footnotes and endnotes are appended; headers, footers
// and comments are left out: they are the document's chrome, not its text.
func readDOCX(name string, data []byte, _ Options) ([]Document, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("not a DOCX file: %v", err)
	}
	body, err := readZipPart(zr, "word/document.xml")
	if err != nil {
		return nil, err
	}
	text, err := docxText(body)
	if err != nil {
		return nil, fmt.Errorf("DOCX word/document.xml: %v", err)
	}
	// Footnotes and endnotes (sources, often) follow the text, as in print.
	for _, part := range []string{"word/footnotes.xml", "word/endnotes.xml"} {
		if notes, err := readZipPart(zr, part); err == nil {
			if n, err := docxText(notes); err == nil && n != "" {
				text += "\n\n" + n
			}
		}
	}
	d := Document{Path: name, Body: text}
	if core, err := readZipPart(zr, "docProps/core.xml"); err == nil {
		applyOfficeMeta(&d, core)
	}
	// The licensee's company is often the publishing organisation, but as
	// often a default ("Microsoft", a personal name): kept, not the source.
	if app, err := readZipPart(zr, "docProps/app.xml"); err == nil {
		var props struct {
			Company string `xml:"Company"`
		}
		if newXMLDecoder(app).Decode(&props) == nil {
			d.SetAttr("company", strings.TrimSpace(props.Company))
		}
	}
	return []Document{d}, nil
}

// docxText extracts WordprocessingML text: one paragraph per w:p, separated
// by blank lines; in a table one paragraph per row, cells separated by tabs.
func docxText(data []byte) (string, error) {
	var t paraBuilder
	dec := newXMLDecoder(data)
	skip := 0   // depth inside elements whose text is not the document's
	tables := 0 // table nesting
	runs := 0   // inside a w:r; w:tab also names tab stops in paragraph properties
	inText := false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return "", err
		}
		switch el := tok.(type) {
		case xml.StartElement:
			if skip > 0 {
				skip++
				continue
			}
			switch el.Name.Local {
			case "delText", "instrText", "Fallback", "footnoteReference", "endnoteReference", "commentReference":
				// Deleted revisions, field codes, and the duplicate copy of
				// text boxes that Word keeps for old readers.
				skip = 1
			case "r":
				runs++
			case "t":
				inText = true
			case "tab":
				if runs > 0 {
					t.text("\t")
				}
			case "br", "cr":
				if runs > 0 {
					t.lineBreak()
				}
			case "noBreakHyphen":
				t.text("-")
			case "tbl":
				tables++
			}
		case xml.EndElement:
			if skip > 0 {
				skip--
				continue
			}
			switch el.Name.Local {
			case "r":
				runs--
			case "t":
				inText = false
			case "p":
				if tables > 0 {
					t.text(" ")
				} else {
					t.endPara()
				}
			case "tc":
				t.text("\t")
			case "tr":
				t.endPara()
			case "tbl":
				tables--
			}
		case xml.CharData:
			if skip == 0 && inText {
				t.text(string(el))
			}
		}
	}
	return norm.NFC.String(t.String()), nil
}

// coreProps is the Dublin Core metadata of OOXML (docProps/core.xml) and ODF
// (meta.xml): the element names are the same, only the nesting differs.
type coreProps struct {
	Title    string     `xml:"title"`
	Creator  string     `xml:"creator"`
	Initial  string     `xml:"initial-creator"`
	Created  string     `xml:"created"`
	Creation string     `xml:"creation-date"`
	Subject  string     `xml:"subject"`
	Keywords string     `xml:"keywords"`
	Keyword  string     `xml:"keyword"`
	Meta     *coreProps `xml:"meta"`
}

// applyOfficeMeta copies title, author and creation date into d. The
// creation date is the best an office file says about when it was written;
// the modification date is not used (it moves with every save).
func applyOfficeMeta(d *Document, data []byte) {
	var p coreProps
	if newXMLDecoder(data).Decode(&p) != nil {
		return
	}
	if p.Meta != nil { // ODF wraps the fields in office:meta
		p = *p.Meta
	}
	d.Title = strings.TrimSpace(p.Title)
	// In ODF dc:creator is whoever saved last; the author is the initial
	// creator. OOXML has only dc:creator, the author.
	d.Author = strings.TrimSpace(firstNonEmpty(p.Initial, p.Creator))
	d.Date = metaDate(firstNonEmpty(p.Created, p.Creation))
	d.SetAttr("subject", strings.TrimSpace(p.Subject))
	d.SetAttr("keywords", strings.TrimSpace(firstNonEmpty(p.Keywords, p.Keyword)))
}

// newXMLDecoder returns a lenient decoder that also accepts the legacy
// encodings an XML declaration may name. encoding/xml expands no external
// entities, so office files cannot pull in anything from outside.
func newXMLDecoder(data []byte) *xml.Decoder {
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.CharsetReader = charset.NewReaderLabel
	dec.Strict = false
	return dec
}

// paraBuilder collects text into paragraphs separated by blank lines,
// tidying the spaces inside each.
type paraBuilder struct {
	out  strings.Builder
	para strings.Builder
}

func (p *paraBuilder) text(s string) { p.para.WriteString(s) }

func (p *paraBuilder) lineBreak() { p.para.WriteString("\n") }

func (p *paraBuilder) endPara() {
	var lines []string
	for _, l := range strings.Split(p.para.String(), "\n") {
		if l = tidySpaces(l); l != "" {
			lines = append(lines, l)
		}
	}
	p.para.Reset()
	if len(lines) == 0 {
		return
	}
	if p.out.Len() > 0 {
		p.out.WriteString("\n\n")
	}
	p.out.WriteString(strings.Join(lines, "\n"))
}

// String ends the last paragraph and returns the text.
func (p *paraBuilder) String() string {
	p.endPara()
	return p.out.String()
}

// tidySpaces collapses each run of white space to one space, or to one tab
// when the run holds a tab (table cells), and trims the ends.
func tidySpaces(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	pending := ""
	for _, r := range strings.TrimSpace(strings.ReplaceAll(s, "\u00a0", " ")) {
		if unicode.IsSpace(r) {
			if r == '\t' {
				pending = "\t"
			} else if pending == "" {
				pending = " "
			}
			continue
		}
		b.WriteString(pending)
		pending = ""
		b.WriteRune(r)
	}
	return b.String()
}

// errPartMissing is returned when an office file lacks its main part.
var errPartMissing = errors.New("part missing")
