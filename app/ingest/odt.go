package ingest

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// readODT reads an OpenDocument text file (LibreOffice, Google Docs export):
// the text of content.xml with its tables and link text, and the title,
// author and creation date of meta.xml.
func readODT(name string, data []byte, _ Options) ([]Document, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("not an ODT file: %v", err)
	}
	content, err := readZipPart(zr, "content.xml")
	if err != nil {
		return nil, fmt.Errorf("not an ODT file: %v", err)
	}
	text, err := odtText(content)
	if err != nil {
		return nil, fmt.Errorf("ODT content.xml: %v", err)
	}
	d := Document{Path: name, Body: text}
	if meta, err := readZipPart(zr, "meta.xml"); err == nil {
		applyOfficeMeta(&d, meta)
	}
	return []Document{d}, nil
}

// odtText extracts the text of office:body: text:p and text:h are
// paragraphs; a table row is one paragraph with its cells separated by tabs.
// Footnotes and endnotes follow the text, as in print; comments and the
// record of deleted changes are left out.
func odtText(data []byte) (string, error) {
	var main, notes paraBuilder
	t := &main
	dec := newXMLDecoder(data)
	inBody := false
	skip := 0
	tables := 0
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
			if el.Name.Local == "body" {
				inBody = true
			}
			if skip > 0 {
				skip++
				continue
			}
			switch el.Name.Local {
			case "note-citation", "annotation", "tracked-changes", "sequence-decls", "forms":
				skip = 1
			case "note-body":
				t = &notes
			case "s": // a run of spaces, text:c of them
				n, _ := strconv.Atoi(odfAttr(el, "c"))
				t.text(strings.Repeat(" ", max(1, min(n, 80))))
			case "tab":
				t.text("\t")
			case "line-break":
				t.lineBreak()
			case "table":
				tables++
			}
		case xml.EndElement:
			if skip > 0 {
				skip--
				continue
			}
			switch el.Name.Local {
			case "p", "h":
				if tables > 0 {
					t.text(" ")
				} else {
					t.endPara()
				}
			case "table-cell":
				t.text("\t")
			case "table-row":
				t.endPara()
			case "table":
				tables--
			case "note-body":
				t = &main
			case "body":
				inBody = false
			}
		case xml.CharData:
			if inBody && skip == 0 {
				t.text(string(el))
			}
		}
	}
	text := main.String()
	if n := notes.String(); n != "" {
		text += "\n\n" + n
	}
	return norm.NFC.String(text), nil
}

func odfAttr(el xml.StartElement, local string) string {
	for _, a := range el.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}
