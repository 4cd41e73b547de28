package ingest

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"net/textproto"
	"path"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/unicode/norm"
)

// maxMIMEDepth bounds how deeply multiparts and forwarded messages nest
// before the rest is ignored; real mail rarely goes past four.
const maxMIMEDepth = 8

// readEML reads a saved email (a tip, a newsletter): the subject is the
// title, the Date header the date, the sender the source, and the body the
// plain-text part, or the HTML part's article text when there is no usable
// plain text. Attachments in a format Dossier reads (a PDF report, a Word
// file) become documents of their own, traced as "mail.eml!/report.pdf".
func readEML(name string, data []byte, opt Options) ([]Document, error) {
	// An mbox export starts with a "From " separator line that is not a header.
	if bytes.HasPrefix(data, []byte("From ")) {
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			data = data[i+1:]
		}
	}
	msg, err := mail.ReadMessage(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("not an email message: %v", err)
	}
	dec := &mime.WordDecoder{CharsetReader: charset.NewReaderLabel}
	d := Document{Path: name}
	subject := headerText(dec, msg.Header.Get("Subject"))
	d.Title = replyPrefix.ReplaceAllString(subject, "")
	if d.Title != subject {
		d.SetAttr("subject", subject)
	}
	if t, err := msg.Header.Date(); err == nil {
		// The sender's own calendar day, as the header writes it.
		d.Date = t.Format("2006-01-02")
	} else {
		d.Date = metaDate(msg.Header.Get("Date"))
	}
	parser := mail.AddressParser{WordDecoder: dec}
	if from, err := parser.Parse(msg.Header.Get("From")); err == nil {
		d.Source = firstNonEmpty(from.Name, from.Address)
		d.SetAttr("from", from.Address)
	} else {
		d.Source = headerText(dec, msg.Header.Get("From"))
	}
	d.SetAttr("message-id", strings.Trim(msg.Header.Get("Message-Id"), "<> "))

	var parts mailParts
	parts.walk(textproto.MIMEHeader(msg.Header), msg.Body, 0)
	d.Body = parts.body()
	docs := []Document{d}
	for _, a := range parts.attachments {
		// Archives and forwarded mails are not opened from inside a mail:
		// each would bring its own size allowance and nesting.
		ext := strings.ToLower(path.Ext(a.name))
		read := readerFor(a.name)
		if read == nil || ext == ".eml" || ext == ".zip" {
			continue
		}
		got, err := read(name+"!/"+a.name, a.data, opt)
		if err != nil {
			continue // the message itself is what was saved; a bad attachment is not a failure of it
		}
		docs = append(docs, got...)
	}
	return docs, nil
}

// replyPrefix matches the reply and forward markers mail clients stack in
// front of a subject, in the languages researchers' clients commonly use.
var replyPrefix = regexp.MustCompile(`(?i)^(\s*(re|fw|fwd|tr|aw|wg|rv|sv|vs|enc)\s*(\[\d+\])?\s*:\s*)+`)

// headerText decodes a header's MIME encoded-words; raw 8-bit bytes, which
// old mailers put in headers without encoding, are read as cp1252.
func headerText(dec *mime.WordDecoder, v string) string {
	if !utf8.ValidString(v) {
		v = DecodeCP1252([]byte(v))
	}
	if s, err := dec.DecodeHeader(v); err == nil {
		v = s
	}
	return strings.Join(strings.Fields(v), " ")
}

// mailParts collects what a MIME tree holds: the first plain and HTML
// bodies, and attachments.
type mailParts struct {
	plain, html string
	attachments []mailAttachment
}

type mailAttachment struct {
	name string
	data []byte
}

func (p *mailParts) walk(h textproto.MIMEHeader, r io.Reader, depth int) {
	if depth > maxMIMEDepth {
		return
	}
	mediaType, params, err := mime.ParseMediaType(h.Get("Content-Type"))
	if err != nil {
		mediaType, params = "text/plain", map[string]string{}
	}
	disposition, dparams, _ := mime.ParseMediaType(h.Get("Content-Disposition"))
	filename := firstNonEmpty(dparams["filename"], params["name"])

	switch {
	case strings.HasPrefix(mediaType, "multipart/"):
		mr := multipart.NewReader(r, params["boundary"])
		for {
			part, err := mr.NextRawPart()
			if err != nil {
				return
			}
			p.walk(part.Header, part, depth+1)
		}
	case mediaType == "message/rfc822" && disposition != "attachment":
		// A forwarded message: its body continues this one's.
		if inner, err := mail.ReadMessage(transferDecoder(h, r)); err == nil {
			p.walk(textproto.MIMEHeader(inner.Header), inner.Body, depth+1)
		}
	case disposition == "attachment" || (filename != "" && !strings.HasPrefix(mediaType, "text/")):
		if filename == "" {
			return
		}
		data, err := io.ReadAll(io.LimitReader(transferDecoder(h, r), MaxZipEntrySize+1))
		if err == nil && len(data) <= MaxZipEntrySize {
			p.attachments = append(p.attachments, mailAttachment{name: path.Base(strings.ReplaceAll(filename, `\`, "/")), data: data})
		}
	case mediaType == "text/plain" && p.plain == "":
		p.plain = decodeMailText(h, r, params)
		if strings.EqualFold(params["format"], "flowed") {
			p.plain = unflow(p.plain, strings.EqualFold(params["delsp"], "yes"))
		}
	case mediaType == "text/html" && p.html == "":
		raw := decodeMailText(h, r, params)
		if doc, err := htmlDocument([]byte(raw)); err == nil {
			p.html = doc.Body
		}
	}
}

// body picks the message text: the plain part unless it is only a stub
// ("view this email in your browser") next to a much fuller HTML part.
func (p *mailParts) body() string {
	plain := strings.TrimSpace(p.plain)
	if plain == "" || utf8.RuneCountInString(plain)*3 < utf8.RuneCountInString(p.html) {
		plain = p.html
	}
	return norm.NFC.String(plain)
}

// transferDecoder undoes the part's Content-Transfer-Encoding.
func transferDecoder(h textproto.MIMEHeader, r io.Reader) io.Reader {
	switch strings.ToLower(strings.TrimSpace(h.Get("Content-Transfer-Encoding"))) {
	case "quoted-printable":
		return quotedprintable.NewReader(r)
	case "base64":
		return base64.NewDecoder(base64.StdEncoding, &base64Cleaner{r: r})
	}
	return r
}

// base64Cleaner drops what mailers wrap base64 with (spaces, tabs, line
// breaks), which the standard decoder would reject.
type base64Cleaner struct {
	r io.Reader
}

func (c *base64Cleaner) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	out := p[:0]
	for _, b := range p[:n] {
		if b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == '+' || b == '/' || b == '=' {
			out = append(out, b)
		}
	}
	return len(out), err
}

// decodeMailText reads a text part as UTF-8: transfer encoding undone, then
// the declared charset; with none declared, UTF-8 if valid, else cp1252.
func decodeMailText(h textproto.MIMEHeader, r io.Reader, params map[string]string) string {
	raw, err := io.ReadAll(io.LimitReader(transferDecoder(h, r), MaxZipEntrySize))
	if err != nil && len(raw) == 0 {
		return ""
	}
	label := strings.ToLower(strings.TrimSpace(params["charset"]))
	switch label {
	case "", "us-ascii", "utf-8", "utf8":
		if utf8.Valid(raw) {
			return string(raw)
		}
		return DecodeCP1252(raw)
	case "iso-8859-1", "latin1", "windows-1252", "cp1252":
		// Mailers label cp1252 text (curly quotes in 0x80–0x9F) as Latin-1;
		// cp1252 is a superset for every printable character.
		return DecodeCP1252(raw)
	}
	cr, err := charset.NewReaderLabel(label, bytes.NewReader(raw))
	if err != nil {
		return DecodeCP1252(raw)
	}
	out, err := io.ReadAll(cr)
	if err != nil {
		return DecodeCP1252(raw)
	}
	return string(out)
}

// unflow joins the soft line breaks of format=flowed text (RFC 3676): a line
// ending in a space continues on the next.
func unflow(s string, delsp bool) string {
	var b strings.Builder
	sc := bufio.NewScanner(strings.NewReader(s))
	sc.Buffer(make([]byte, 0, 64*1024), len(s)+1)
	for sc.Scan() {
		line := strings.TrimSuffix(sc.Text(), "\r")
		if line != "-- " && strings.HasSuffix(line, " ") {
			if delsp {
				line = line[:len(line)-1]
			}
			b.WriteString(line)
			continue
		}
		b.WriteString(line)
		b.WriteString("\n")
	}
	return b.String()
}
