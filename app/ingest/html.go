package ingest

import (
	"bytes"
	"encoding/json"
	"net/url"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/unicode/norm"
)

// readHTML reads a saved web page: the article's main text (found by
// readability, which scores blocks and drops menus, banners and footers) and
// the page's own metadata. It never runs scripts or fetches anything: the page
// is parsed from memory and readability is given no URL to resolve against.
func readHTML(name string, data []byte, _ Options) ([]Document, error) {
	d, err := htmlDocument(data)
	if err != nil {
		return nil, err
	}
	d.Path = name
	return []Document{d}, nil
}

// htmlDocument turns an HTML page (a file, or an email's HTML part) into a
// Document without Path.
func htmlDocument(data []byte) (Document, error) {
	root, err := html.Parse(strings.NewReader(decodeHTML(data)))
	if err != nil {
		return Document{}, err
	}
	m := scanHTMLMeta(root)

	// readability mutates the tree, so the full-page fallback below works on
	// a second parse rather than on what readability left behind.
	parser := readability.NewParser()
	art, err := parser.ParseAndMutate(root, nil)
	var body string
	if err == nil && art.Node != nil {
		body = htmlParagraphs(render.InnerText(art.Node))
	}
	if utf8.RuneCountInString(body) < 200 {
		// Short pages and newsletters laid out in tables defeat readability's
		// scoring; then the whole page minus its obvious chrome is better
		// than a lost article.
		if full, err := html.Parse(strings.NewReader(decodeHTML(data))); err == nil {
			stripChrome(full)
			if alt := htmlParagraphs(render.InnerText(full)); len(alt) > len(body) {
				body = alt
			}
		}
	}

	d := Document{Body: norm.NFC.String(body)}
	d.Title = firstNonEmpty(art.Title(), m.ld.headline, m.meta["og:title"], m.title)
	byline := firstNonEmpty(m.ld.author, art.Byline(), m.meta["author"], m.meta["dc.creator"])
	d.Author = cleanByline(byline)
	d.URL = firstAbsURL(m.canonical, m.ld.url, m.meta["og:url"], m.savedFrom)
	d.Source = firstNonEmpty(art.SiteName(), m.ld.publisher, m.meta["og:site_name"], m.meta["application-name"], hostOf(d.URL))
	for _, v := range []string{m.ld.published, m.meta["article:published_time"], m.meta["og:published_time"],
		m.meta["datepublished"], m.meta["date"], m.meta["pubdate"], m.meta["publishdate"], m.meta["publish-date"],
		m.meta["dc.date.issued"], m.meta["dc.date"], m.meta["dcterms.date"], m.meta["dcterms.issued"],
		m.meta["dcterms.created"], m.meta["sailthru.date"], m.meta["parsely-pub-date"], m.timeTag,
		byline} { // "Jane Doe March 11, 2015" on sites without date metadata
		if day := metaDate(v); day != "" {
			d.Date = day
			break
		}
	}
	d.SetAttr("lang", firstNonEmpty(art.Language(), m.lang))
	d.SetAttr("description", firstNonEmpty(m.meta["og:description"], m.meta["description"]))
	d.SetAttr("modified", metaDate(firstNonEmpty(m.ld.modified, m.meta["article:modified_time"])))
	return d, nil
}

// decodeHTML returns the page as UTF-8: a byte-order mark or <meta charset>
// decides, then valid UTF-8 is taken as such, and cp1252 (what browsers
// assume) is the fallback.
func decodeHTML(data []byte) string {
	enc, encName, certain := charset.DetermineEncoding(data, "text/html")
	if !certain && utf8.Valid(data) {
		return string(data)
	}
	if encName == "utf-8" {
		return strings.ToValidUTF8(string(bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))), "\uFFFD")
	}
	if encName == "windows-1252" {
		return DecodeCP1252(data)
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return DecodeCP1252(data)
	}
	return string(out)
}

// htmlMeta is what a page says about itself outside its text.
type htmlMeta struct {
	meta      map[string]string // <meta> name/property/itemprop (lower case) → content; first wins
	title     string            // <title>
	canonical string            // <link rel="canonical">
	savedFrom string            // the URL a browser's "Save page as" notes in a comment
	timeTag   string            // the datetime of the first <time pubdate> or itemprop=datePublished
	lang      string
	ld        jsonLDArticle
}

// jsonLDArticle holds the schema.org fields Dossier uses.
type jsonLDArticle struct {
	headline, author, publisher, published, modified, url string
}

var savedFromURL = regexp.MustCompile(`saved from url=\(\d+\)(\S+)`)

func scanHTMLMeta(root *html.Node) htmlMeta {
	m := htmlMeta{meta: map[string]string{}}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.CommentNode:
			if s := savedFromURL.FindStringSubmatch(n.Data); s != nil && m.savedFrom == "" {
				m.savedFrom = s[1]
			}
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Html:
				m.lang = attr(n, "lang")
			case atom.Title:
				if m.title == "" && n.FirstChild != nil {
					m.title = strings.TrimSpace(n.FirstChild.Data)
				}
			case atom.Meta:
				content := strings.TrimSpace(attr(n, "content"))
				for _, k := range []string{"name", "property", "itemprop"} {
					key := strings.ToLower(strings.TrimSpace(attr(n, k)))
					if key != "" && content != "" && m.meta[key] == "" {
						m.meta[key] = html.UnescapeString(content)
					}
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && m.canonical == "" {
					m.canonical = strings.TrimSpace(attr(n, "href"))
				}
			case atom.Time:
				_, pub := attrOK(n, "pubdate")
				if (pub || attr(n, "itemprop") == "datePublished") && m.timeTag == "" {
					m.timeTag = attr(n, "datetime")
				}
			case atom.Script:
				if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") && n.FirstChild != nil {
					m.ld.merge(n.FirstChild.Data)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return m
}

var articleType = regexp.MustCompile(`(?i)(article|posting|report)$`)

// merge reads one JSON-LD block and fills fields still empty from the first
// article-like object in it (top level, an array, or an @graph).
func (a *jsonLDArticle) merge(src string) {
	src = strings.TrimSpace(src)
	src = strings.TrimSuffix(strings.TrimPrefix(src, "<![CDATA["), "]]>")
	var v any
	if json.Unmarshal([]byte(src), &v) != nil {
		return
	}
	var objs []map[string]any
	var collect func(v any, depth int)
	collect = func(v any, depth int) {
		if depth > 3 {
			return
		}
		switch t := v.(type) {
		case []any:
			for _, e := range t {
				collect(e, depth+1)
			}
		case map[string]any:
			objs = append(objs, t)
			collect(t["@graph"], depth+1)
		}
	}
	collect(v, 0)
	for _, o := range objs {
		if !isArticleType(o["@type"]) {
			continue
		}
		set := func(dst *string, val string) {
			if *dst == "" {
				*dst = strings.TrimSpace(val)
			}
		}
		set(&a.headline, ldString(o["headline"]))
		set(&a.author, ldName(o["author"]))
		set(&a.publisher, ldName(o["publisher"]))
		set(&a.published, ldString(o["datePublished"]))
		set(&a.modified, ldString(o["dateModified"]))
		set(&a.url, ldString(o["url"]))
		return
	}
}

func isArticleType(t any) bool {
	switch v := t.(type) {
	case string:
		return articleType.MatchString(v)
	case []any:
		for _, e := range v {
			if s, ok := e.(string); ok && articleType.MatchString(s) {
				return true
			}
		}
	}
	return false
}

func ldString(v any) string {
	s, _ := v.(string)
	return s
}

// ldName reads a person or organisation given as a string, an object with a
// name, or a list of either (joined with commas).
func ldName(v any) string {
	switch t := v.(type) {
	case string:
		return t
	case map[string]any:
		return ldString(t["name"])
	case []any:
		var names []string
		for _, e := range t {
			if n := strings.TrimSpace(ldName(e)); n != "" {
				names = append(names, n)
			}
		}
		return strings.Join(names, ", ")
	}
	return ""
}

// chromeTags never hold article text; chromeName matches the ids and classes
// sites give to banners, share bars and the like.
var (
	chromeTags = map[atom.Atom]bool{atom.Nav: true, atom.Header: true, atom.Footer: true, atom.Aside: true,
		atom.Form: true, atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Button: true,
		atom.Iframe: true, atom.Svg: true, atom.Template: true, atom.Select: true}
	chromeName = regexp.MustCompile(`(?i)cookie|consent|gdpr|banner|share|social|newsletter|subscribe|related|comment|menu|breadcrumb|footer|navbar|sidebar|promo|advert|popup|modal`)
)

// stripChrome removes navigation, banners and footers from a parsed page for
// the full-page fallback.
func stripChrome(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.CommentNode {
			n.RemoveChild(c)
		} else if c.Type == html.ElementNode {
			role := attr(c, "role")
			if chromeTags[c.DataAtom] || role == "navigation" || role == "banner" || role == "contentinfo" ||
				role == "dialog" || chromeName.MatchString(attr(c, "id")+" "+attr(c, "class")) {
				n.RemoveChild(c)
			} else {
				stripChrome(c)
			}
		}
		c = next
	}
}

// htmlParagraphs turns rendered text into Dossier's body form: one paragraph
// per line of the rendering, separated by blank lines, spaces tidied.
func htmlParagraphs(text string) string {
	var paras []string
	for _, line := range strings.Split(text, "\n") {
		line = tidySpaces(line)
		if line != "" {
			paras = append(paras, line)
		}
	}
	return strings.Join(paras, "\n\n")
}

var (
	leadingISODate = regexp.MustCompile(`^((?:19|20)\d\d)-(\d\d)-(\d\d)`)
	compactDate    = regexp.MustCompile(`^((?:19|20)\d\d)(\d\d)(\d\d)(?:$|T)`)
)

// metaDate normalises a metadata date to YYYY-MM-DD. An ISO date is taken as
// written, without moving it to another time zone: the day the outlet says it
// published is the day that matters.
func metaDate(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	for _, re := range []*regexp.Regexp{leadingISODate, compactDate} {
		if m := re.FindStringSubmatch(s); m != nil {
			if t, err := time.Parse("2006-01-02", m[1]+"-"+m[2]+"-"+m[3]); err == nil {
				return t.Format("2006-01-02")
			}
		}
	}
	for _, layout := range []string{time.RFC1123Z, time.RFC1123, time.RFC850, time.ANSIC, "2006/01/02", "01/02/2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2006-01-02")
		}
	}
	if t, ok := FindDate(s); ok {
		return t.Format("2006-01-02")
	}
	return ""
}

var (
	byPrefix  = regexp.MustCompile(`(?i)^(by|written by|par|von|por)\s+`)
	notByline = regexp.MustCompile(`(?i)^((last )?(updated|published|posted)\b|follow\b)`)
	urlInText = regexp.MustCompile(`\s*\(?https?://\S+\)?`)
)

// cleanByline drops the "By " sites put before names, and the date and
// links they put after them; a "byline" that is only a date or a button
// label is no byline.
func cleanByline(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if notByline.MatchString(s) {
		return ""
	}
	s = byPrefix.ReplaceAllString(s, "")
	s = urlInText.ReplaceAllString(s, "")
	if at := dateIndex(s); at >= 0 {
		s = strings.TrimRight(s[:at], " ,|·-–—")
	}
	return strings.TrimSpace(s)
}

// dateIndex is where the first full date written in s starts, or -1.
func dateIndex(s string) int {
	at := -1
	for _, re := range []*regexp.Regexp{dmyDate, mdyDate, isoDate} {
		if m := re.FindStringIndex(s); m != nil && (at < 0 || m[0] < at) {
			at = m[0]
		}
	}
	return at
}

// firstAbsURL returns the first absolute http(s) URL among the candidates.
func firstAbsURL(candidates ...string) string {
	for _, c := range candidates {
		u, err := url.Parse(strings.TrimSpace(c))
		if err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
			return u.String()
		}
	}
	return ""
}

// hostOf names a site by its host when the page gives no site name.
func hostOf(rawURL string) string {
	u, err := url.Parse(rawURL)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(u.Hostname(), "www.")
}

func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

func attr(n *html.Node, key string) string {
	v, _ := attrOK(n, key)
	return v
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return a.Val, true
		}
	}
	return "", false
}
