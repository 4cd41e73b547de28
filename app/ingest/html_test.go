package ingest

import (
	"strings"
	"testing"
)

// savedPage is a news page as a browser saves it: navigation, a cookie
// banner, a share bar, related links and a footer around the article, with
// Open Graph and JSON-LD metadata in the head.
const savedPage = `<!DOCTYPE html>
<!-- saved from url=(0049)https://syriadirect.org/news/hama-offensive-stalls -->
<html lang="en"><head>
<meta charset="utf-8">
<title>Rebel offensive in Hama stalls – Syria Direct</title>
<meta property="og:title" content="Rebel offensive in Hama stalls">
<meta property="og:site_name" content="Syria Direct">
<meta property="og:url" content="https://syriadirect.org/news/hama-offensive-stalls/">
<meta property="article:published_time" content="2017-04-24T08:30:00+03:00">
<link rel="canonical" href="https://syriadirect.org/news/hama-offensive-stalls/">
<script type="application/ld+json">
{"@context":"https://schema.org","@graph":[
 {"@type":"WebSite","name":"Syria Direct"},
 {"@type":["NewsArticle"],"headline":"Rebel offensive in Hama stalls",
  "datePublished":"2017-04-24T08:30:00+03:00",
  "author":[{"@type":"Person","name":"Tom Rollins"},{"@type":"Person","name":"Ammar Hamou"}],
  "publisher":{"@type":"Organization","name":"Syria Direct"}}]}
</script>
<script>document.write("never run")</script>
</head><body>
<div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience. <button>Accept all cookies</button></div>
<header class="site-header"><nav class="main-menu"><ul>
<li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/about">About us</a></li><li><a href="/donate">Donate</a></li>
</ul></nav></header>
<main><article class="post">
<h1>Rebel offensive in Hama stalls</h1>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a></div>
<p>AMMAN: Rebel forces in northern Hama province lost most of the ground they had gained in a month-long offensive, as pro-government forces backed by Russian airstrikes retook the town of Soran on Sunday.</p>
<p>The offensive, launched on March 21 by Hayat Tahrir a-Sham and Free Syrian Army factions, had brought rebels within a few kilometres of Hama city and its military airport, a key base for regime helicopters.</p>
<p>“We are facing a scorched-earth policy,” said Abu Muhammad al-Hamawi, a spokesman for Jaish al-Izza — one of the FSA factions involved — speaking to Syria Direct from Latamneh on Monday.</p>
<p>Residents of Khan Sheikhoun and Kafr Zita said the bombardment had forced thousands of families to flee toward Idlib province in the past two weeks.</p>
</article></main>
<aside class="related-posts"><h3>Related articles</h3><ul><li><a href="/x">Idlib under fire</a></li><li><a href="/y">Daraa talks</a></li></ul></aside>
<footer class="site-footer"><p>© 2017 Syria Direct. All rights reserved. Privacy policy. Contact us.</p></footer>
</body></html>`

func TestReadHTML(t *testing.T) {
	docs, err := ReadBytes("saved/hama.html", []byte(savedPage), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 {
		t.Fatalf("got %d documents, want 1", len(docs))
	}
	d := docs[0]
	check := func(field, got, want string) {
		t.Helper()
		if got != want {
			t.Errorf("%s = %q, want %q", field, got, want)
		}
	}
	check("Path", d.Path, "saved/hama.html")
	check("Title", d.Title, "Rebel offensive in Hama stalls")
	check("Date", d.Date, "2017-04-24")
	check("Source", d.Source, "Syria Direct")
	check("Author", d.Author, "Tom Rollins, Ammar Hamou")
	check("URL", d.URL, "https://syriadirect.org/news/hama-offensive-stalls/")
	check("Location", d.Location, "Amman")
	for _, want := range []string{
		"retook the town of Soran on Sunday.",
		"“We are facing a scorched-earth policy,” said Abu Muhammad al-Hamawi, a spokesman for Jaish al-Izza — one",
		"Kafr Zita said",
	} {
		if !strings.Contains(d.Body, want) {
			t.Errorf("body lacks %q:\n%s", want, d.Body)
		}
	}
	for _, chrome := range []string{"cookies", "Donate", "Share on", "Related", "All rights reserved", "never run", "About us"} {
		if strings.Contains(d.Body, chrome) {
			t.Errorf("body keeps page chrome %q:\n%s", chrome, d.Body)
		}
	}
	if !strings.Contains(d.Body, "on Sunday.\n\nThe offensive") {
		t.Errorf("paragraphs not separated by a blank line:\n%s", d.Body)
	}
}

func TestReadHTMLLegacyCharsetAndFallback(t *testing.T) {
	// A short cp1252 page with only <meta name=...> tags: readability finds
	// too little to score, so the full-page fallback must still keep the text.
	page := "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">" +
		"<title>Untitled</title><meta name=\"author\" content=\"By Lina Sinjab\">" +
		"<meta name=\"date\" content=\"05/04/2017\"></head><body>" +
		"<nav><a href=/>Home</a></nav><p>BEIRUT (Reuters) - Caf\xe9 owners in Hama said \x93enough\x94 on Wed 05 Apr 2017.</p>" +
		"<footer>Contact</footer></body></html>"
	docs, err := ReadBytes("old.htm", []byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	if !strings.Contains(d.Body, "Café owners in Hama said “enough”") {
		t.Errorf("body = %q", d.Body)
	}
	if strings.Contains(d.Body, "Home") || strings.Contains(d.Body, "Contact") {
		t.Errorf("chrome kept: %q", d.Body)
	}
	if d.Author != "Lina Sinjab" {
		t.Errorf("Author = %q", d.Author)
	}
	if d.Date != "2017-05-04" {
		// "05/04/2017" in <meta name=date> is read month-first, as US sites write it.
		t.Errorf("Date = %q", d.Date)
	}
	if d.Location != "Beirut" {
		t.Errorf("Location = %q", d.Location)
	}
}

func TestCleanByline(t *testing.T) {
	for in, want := range map[string]string{
		"By Tom Perry":                            "Tom Perry",
		"GILLIAN MOHNEY March 11, 2015 3:46 PM":   "GILLIAN MOHNEY",
		"Bradley M. Kuhn (http://ebb.org/bkuhn/)": "Bradley M. Kuhn",
		"Last Updated: January 7, 2025":           "",
		"April 28, 2019 at 6:01 am":               "",
		"Follow Author":                           "",
		"  Stella Kim,\n Jennifer Jett ":          "Stella Kim, Jennifer Jett",
	} {
		if got := cleanByline(in); got != want {
			t.Errorf("cleanByline(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzReadHTML(f *testing.F) {
	f.Add([]byte(savedPage))
	f.Add([]byte("<html><body><p>x</p></body></html>"))
	f.Add([]byte(`<script type="application/ld+json">[{"@graph":[[{"@type":1}]]}]</script>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		_, _ = readHTML("f.html", data, Options{})
	})
}
