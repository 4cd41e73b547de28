package ingest

import (
	"encoding/base64"
	"strings"
	"testing"
)

// tipEmail is a plain-text tip: a MIME-encoded subject and sender name,
// quoted-printable Latin-1 body with cp1252 curly quotes, a time zone that
// puts the sender's day before the UTC one.
const tipEmail = "From: =?UTF-8?Q?Ahmad_al-=E1=B8=A4alabi?= <ahmad@example.org>\r\n" +
	"To: desk@example.org\r\n" +
	"Subject: =?UTF-8?B?" + "VGlwOiBjaGVja3BvaW50IGNsb3NlZCBuZWFyIELEq3LigJk=" + "?=\r\n" +
	"Date: Sun, 23 Apr 2017 23:40:00 +0300\r\n" +
	"Message-ID: <tip-1@example.org>\r\n" +
	"MIME-Version: 1.0\r\n" +
	"Content-Type: text/plain; charset=iso-8859-1; format=flowed\r\n" +
	"Content-Transfer-Encoding: quoted-printable\r\n" +
	"\r\n" +
	"The checkpoint at the caf=E9 junction was closed by =93Division 4=94 =\r\n" +
	"forces=20\r\n" + // flowed: a soft break, its space encoded
	"this evening.\r\n" +
	"\r\n" +
	"Nobody was allowed through =96 not even ambulances.\r\n"

func TestReadEMLPlain(t *testing.T) {
	docs, err := ReadBytes("tips/tip.eml", []byte(tipEmail), Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	if d.Title != "Tip: checkpoint closed near Bīr’" {
		t.Errorf("title %q", d.Title)
	}
	if d.Date != "2017-04-23" || d.Source != "Ahmad al-Ḥalabi" || d.Attrs["from"] != "ahmad@example.org" {
		t.Errorf("date %q, source %q, attrs %v", d.Date, d.Source, d.Attrs)
	}
	want := "The checkpoint at the café junction was closed by “Division 4” forces this evening.\n\n" +
		"Nobody was allowed through – not even ambulances."
	if d.Body != want {
		t.Errorf("body\n%q\nwant\n%q", d.Body, want)
	}
}

func newsletterEmail(t *testing.T) string {
	html := `<html><head><title>Weekly</title></head><body>
<div class="header"><a href="#">View in browser</a> | <a href="#">Unsubscribe</a></div>
<table><tr><td><h1>Weekly Syria brief</h1>
<p>Fighting in eastern Ghouta intensified this week as government forces advanced on Douma and Harasta, according to local monitors.</p>
<p>In Idlib, the White Helmets reported 23 airstrikes on Maarat al-Numan between Monday and Thursday, the heaviest since January.</p>
<p>Aid agencies warned that the Rukban camp on the Jordanian border was running out of food and medicine.</p>
</td></tr></table>
<footer class="footer">You are receiving this because you subscribed. Unsubscribe. © Syria Brief</footer>
</body></html>`
	att := base64.StdEncoding.EncodeToString(buildDOCX(t, "Annex"))
	var wrapped strings.Builder
	for len(att) > 76 {
		wrapped.WriteString(att[:76] + "\r\n")
		att = att[76:]
	}
	wrapped.WriteString(att + "\r\n")
	return "From: newsletter@syriabrief.example\r\n" +
		"Subject: Fwd: RE: Weekly Syria brief\r\n" +
		"Date: 2 Mar 2018 08:00:00 GMT\r\n" +
		"MIME-Version: 1.0\r\n" +
		"Content-Type: multipart/mixed; boundary=\"outer\"\r\n\r\n" +
		"--outer\r\n" +
		"Content-Type: multipart/alternative; boundary=\"alt\"\r\n\r\n" +
		"--alt\r\n" +
		"Content-Type: text/plain; charset=utf-8\r\n\r\n" +
		"View this email in your browser.\r\n" +
		"--alt\r\n" +
		"Content-Type: text/html; charset=utf-8\r\n" +
		"Content-Transfer-Encoding: base64\r\n\r\n" +
		base64.StdEncoding.EncodeToString([]byte(html)) + "\r\n" +
		"--alt--\r\n" +
		"--outer\r\n" +
		"Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document; name=\"annex.docx\"\r\n" +
		"Content-Disposition: attachment; filename=\"annex.docx\"\r\n" +
		"Content-Transfer-Encoding: base64\r\n\r\n" +
		wrapped.String() +
		"--outer\r\n" +
		"Content-Type: image/png; name=\"logo.png\"\r\n" +
		"Content-Disposition: inline; filename=\"logo.png\"\r\n" +
		"Content-Transfer-Encoding: base64\r\n\r\n" +
		"iVBORw0KGgo=\r\n" +
		"--outer--\r\n"
}

func TestReadEMLNewsletter(t *testing.T) {
	docs, err := ReadBytes("mail/brief.eml", []byte(newsletterEmail(t)), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 {
		t.Fatalf("got %d documents, want the message and its DOCX attachment", len(docs))
	}
	d := docs[0]
	if d.Title != "Weekly Syria brief" || d.Date != "2018-03-02" || d.Source != "newsletter@syriabrief.example" {
		t.Errorf("title %q, date %q, source %q", d.Title, d.Date, d.Source)
	}
	if !strings.Contains(d.Body, "23 airstrikes on Maarat al-Numan") || !strings.Contains(d.Body, "Douma and Harasta, according to local monitors.\n\nIn Idlib") {
		t.Errorf("body lacks the HTML article text:\n%s", d.Body)
	}
	for _, chrome := range []string{"Unsubscribe", "View in browser", "receiving this"} {
		if strings.Contains(d.Body, chrome) {
			t.Errorf("body keeps %q:\n%s", chrome, d.Body)
		}
	}
	if a := docs[1]; a.Path != "mail/brief.eml!/annex.docx" || a.Title != "Annex" || !strings.Contains(a.Body, "al-Mayadin\t12") {
		t.Errorf("attachment: path %q, title %q", a.Path, a.Title)
	}
}

func TestReadEMLCharsets(t *testing.T) {
	for _, tc := range []struct{ charset, body, want string }{
		{"windows-1252", "\x93Quoted\x94 \x97 caf\xe9", "“Quoted” — café"},
		{"utf-8", "“Quoted” — café", "“Quoted” — café"},
		{"iso-8859-2", "\xa3\xf3d\xbc", "Łódź"},
		{"", "caf\xe9", "café"},
	} {
		msg := "From: A <a@b.c>\nSubject: Caf\xe9 =?ISO-8859-1?Q?d=E9j=E0?=\nDate: Mon, 24 Apr 2017 10:00:00 +0000\nContent-Type: text/plain; charset=" + tc.charset + "\n\n" + tc.body + "\n"
		docs, err := readEML("m.eml", []byte(msg), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if docs[0].Title != "Café déjà" {
			t.Errorf("subject %q", docs[0].Title)
		}
		if got := strings.TrimSpace(docs[0].Body); got != tc.want {
			t.Errorf("%s: body %q, want %q", tc.charset, got, tc.want)
		}
	}
}

func FuzzReadEML(f *testing.F) {
	f.Add([]byte(tipEmail))
	f.Add([]byte("Content-Type: multipart/mixed; boundary=x\n\n--x\nContent-Type: message/rfc822\n\nSubject: y\n\nhi\n--x--\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		_, _ = readEML("f.eml", data, Options{})
	})
}
