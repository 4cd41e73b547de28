package ingest

import (
	"archive/zip"
	"bytes"
	"context"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"

	"dossier/data"
)

const seedPath = "../../../shared/corpus/seed/000_a9d8ce577f5ed5ae.txt"
const fakesPath = "../../../shared/corpus/fakes/FA-KES-Dataset.csv"

func openStore(t *testing.T) *data.Store {
	t.Helper()
	s, err := data.Open(filepath.Join(t.TempDir(), "c.dossier"), data.CreateIfMissing)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func needFile(t *testing.T, p string) {
	t.Helper()
	if _, err := os.Stat(p); err != nil {
		t.Skipf("development corpus not present (%s): skipping", p)
	}
}

func TestImportSeedArticle(t *testing.T) {
	needFile(t, seedPath)
	s := openStore(t)
	im := &Importer{Store: s, DefaultDate: "2017-04-24"}
	sum, err := im.ImportPaths(context.Background(), []string{seedPath})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Imported != 1 || len(sum.Failed) != 0 {
		t.Fatalf("summary = %+v", sum)
	}
	hits, err := s.Search(context.Background(), data.SearchSpec{Match: `"halfaya"`})
	if err != nil || len(hits) != 1 {
		t.Fatalf("search Halfaya: %v %+v", err, hits)
	}
	a, err := s.Article(context.Background(), hits[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	wantTitle := "Regime forces push deeper in rebel-held Hama backed by air campaign to ‘finish off the battle’"
	if a.Title != wantTitle {
		t.Errorf("title = %q", a.Title)
	}
	if a.Published != "2017-04-24" || a.Location != "Amman" {
		t.Errorf("date %q location %q", a.Published, a.Location)
	}
	for _, chrome := range []string{"4 min read", "Share this article"} {
		if strings.Contains(a.Body, chrome) {
			t.Errorf("body keeps boilerplate %q", chrome)
		}
	}
	if !strings.HasPrefix(a.Body, "AMMAN:Regime forces") {
		t.Errorf("body starts %q", a.Body[:40])
	}

	// Importing the same file again is a no-op.
	sum, err = im.ImportPaths(context.Background(), []string{seedPath})
	if err != nil || sum.Unchanged != 1 || sum.Imported != 0 {
		t.Fatalf("re-import: %+v %v", sum, err)
	}
}

func TestCP1252(t *testing.T) {
	dir := t.TempDir()
	// "Assad’s forces" with a cp1252 right quote (0x92), an em dash (0x97),
	// "café" (0xE9) and a stray 0x81 that cp1252 leaves undefined.
	raw := []byte("Assad\x92s forces \x97 a caf\xe9 report\x81.\n\nThe body of the article goes on here.\n")
	p := filepath.Join(dir, "cp.txt")
	if err := os.WriteFile(p, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	s := openStore(t)
	sum, err := (&Importer{Store: s}).ImportPaths(context.Background(), []string{p})
	if err != nil || sum.Imported != 1 {
		t.Fatalf("%+v %v", sum, err)
	}
	list, _ := s.ListArticles(context.Background(), 10, 0)
	if got, want := list[0].Title, "Assad’s forces — a café report."; got != want {
		t.Errorf("title = %q, want %q", got, want)
	}
	if strings.ContainsRune(list[0].Title, '\uFFFD') {
		t.Error("replacement character in title")
	}
}

func TestFolderWithUnreadableAndUnsupportedFiles(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "good1.txt"), []byte("First headline\n\nFirst body text about Idlib."), 0o644)
	os.MkdirAll(filepath.Join(dir, "sub"), 0o755)
	os.WriteFile(filepath.Join(dir, "sub", "good2.md"), []byte("# Second headline\n\nSecond body text about Hama."), 0o644)
	os.WriteFile(filepath.Join(dir, "image.bmp"), []byte("BM...."), 0o644)
	os.WriteFile(filepath.Join(dir, "binary.txt"), []byte("\x00\x01\x02\x03binary"), 0o644)
	os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644)
	os.Symlink(filepath.Join(dir, "gone"), filepath.Join(dir, "dangling.txt"))
	locked := filepath.Join(dir, "locked.txt")
	os.WriteFile(locked, []byte("Locked\n\nNobody may read this."), 0o000)
	canRead := false
	if f, err := os.Open(locked); err == nil { // root reads anything
		canRead = true
		f.Close()
	}
	s := openStore(t)
	sum, err := (&Importer{Store: s}).ImportPaths(context.Background(), []string{dir, filepath.Join(dir, "missing.txt")})
	if err != nil {
		t.Fatal(err)
	}
	want := 2
	if canRead {
		want = 3
	}
	if sum.Imported != want {
		t.Errorf("imported %d, want %d", sum.Imported, want)
	}
	failed := map[string]string{}
	for _, f := range sum.Failed {
		failed[filepath.Base(f.Path)] = f.Error
	}
	expect := map[string]string{"image.bmp": "unsupported", "binary.txt": "binary", "empty.txt": "empty",
		"missing.txt": "no such file", "dangling.txt": "no such file"}
	if !canRead {
		expect["locked.txt"] = "permission denied"
	}
	for name, reason := range expect {
		if !strings.Contains(failed[name], reason) {
			t.Errorf("%s: failure %q, want it to mention %q (all: %v)", name, failed[name], reason, sum.Failed)
		}
	}
}

func TestImportFAKES(t *testing.T) {
	needFile(t, fakesPath)
	s := openStore(t)
	sum, err := (&Importer{Store: s}).ImportPaths(context.Background(), []string{fakesPath})
	if err != nil {
		t.Fatal(err)
	}
	if len(sum.Failed) != 0 {
		t.Fatalf("failed: %v", sum.Failed)
	}
	if sum.Imported != 789 || sum.Duplicates != 804-789 {
		t.Errorf("imported %d duplicates %d, want 789 and 15", sum.Imported, sum.Duplicates)
	}
	c, _ := s.Counts(context.Background())
	if c.Articles != 789 || c.Undated != 0 {
		t.Errorf("counts %+v", c)
	}
	// Every article carries its credible/fake label as a tag.
	var untagged int
	s.DB().QueryRow(`SELECT count(*) FROM articles WHERE id NOT IN (SELECT article_id FROM article_tags)`).Scan(&untagged)
	if untagged != 0 {
		t.Errorf("%d articles without a label tag", untagged)
	}
	var fake int
	s.DB().QueryRow(`SELECT count(*) FROM article_tags at JOIN tags t ON t.id=at.tag_id WHERE t.name='fake'`).Scan(&fake)
	if fake == 0 {
		t.Error("no article tagged fake")
	}
	// No mojibake and no replacement characters from the cp1252 text.
	var bad int
	s.DB().QueryRow(`SELECT count(*) FROM articles WHERE body LIKE '%â€%' OR body LIKE '%' || char(65533) || '%'`).Scan(&bad)
	if bad != 0 {
		t.Errorf("%d articles with mojibake", bad)
	}
}

func TestImportZipKeepsGoodEntriesAndNamesBadOnes(t *testing.T) {
	dir := t.TempDir()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, body := range map[string]string{
		"news/one.txt": "Shelling in Douma\n\nShells hit Douma on Friday.",
		"news/two.md":  "# Aid reaches Madaya\n\nA convoy arrived in Madaya.",
		"news/pic.bmp": "BM not an article",
	} {
		w, _ := zw.Create(name)
		w.Write([]byte(body))
	}
	zw.Close()
	archive := filepath.Join(dir, "saved.zip")
	os.WriteFile(archive, buf.Bytes(), 0o644)

	s := openStore(t)
	sum, err := (&Importer{Store: s}).ImportPaths(context.Background(), []string{archive})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Imported != 2 || len(sum.Failed) != 1 || sum.Failed[0].Path != archive+"!/news/pic.bmp" {
		t.Fatalf("summary %+v", sum)
	}
	list, _ := s.ListArticles(context.Background(), 10, 0)
	for _, a := range list {
		art, _ := s.Article(context.Background(), a.ID)
		if len(art.Paths) != 1 || !strings.HasPrefix(art.Paths[0], archive+"!/news/") {
			t.Errorf("paths %v", art.Paths)
		}
	}
}

func TestNearDuplicatesAreGrouped(t *testing.T) {
	story := strings.Repeat("Regime forces backed by Russian warplanes advanced on rebel-held towns in the northern Hama countryside as fighting continued for a third day. ", 3) +
		"Local sources said dozens of airstrikes hit the area, forcing families to flee toward Idlib province. Rebel commanders called for reinforcements."
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "agency.txt"), []byte("Fighting in Hama\n\n"+story), 0o644)
	os.WriteFile(filepath.Join(dir, "outlet.txt"), []byte("Hama fighting continues\n\nBEIRUT (Reuters) - "+story+" Reporting by a correspondent; editing by a desk."), 0o644)
	os.WriteFile(filepath.Join(dir, "other.txt"), []byte("Talks in Geneva\n\n"+strings.Repeat("Delegations from the government and the opposition met in Geneva for a new round of talks on a ceasefire and humanitarian access. ", 5)), 0o644)
	s := openStore(t)
	if _, err := (&Importer{Store: s, Workers: 1}).ImportPaths(context.Background(), []string{dir}); err != nil {
		t.Fatal(err)
	}
	ids := map[string]int64{}
	list, _ := s.ListArticles(context.Background(), 10, 0)
	for _, a := range list {
		ids[a.Title] = a.ID
	}
	copies, err := s.Copies(context.Background(), ids["Hama fighting continues"])
	if err != nil || len(copies) != 1 || copies[0].ID != ids["Fighting in Hama"] {
		t.Errorf("copies of the outlet's version: %+v %v", copies, err)
	}
	if copies, _ := s.Copies(context.Background(), ids["Talks in Geneva"]); len(copies) != 0 {
		t.Errorf("an unrelated article is grouped: %+v", copies)
	}
}

func TestUnusualColumnNames(t *testing.T) {
	csvText := "kop,tekst,wanneer,bron\nAirstrike on Idlib,Warplanes struck Idlib on Monday.,2017-04-24,SANA\n"
	p, err := PreviewDataset("x.csv", []byte(csvText), 5)
	if err != nil {
		t.Fatal(err)
	}
	if p.Complete || len(p.Rows) != 1 || len(p.Columns) != 4 {
		t.Fatalf("preview %+v", p)
	}
	if _, err := ReadBytes("x.csv", []byte(csvText), Options{}); err == nil || !strings.Contains(err.Error(), "--map body=") {
		t.Errorf("unmapped dataset: %v", err)
	}
	docs, err := ReadBytes("x.csv", []byte(csvText), Options{ColumnMap: map[string]string{"title": "kop", "body": "tekst", "date": "wanneer", "source": "bron"}})
	if err != nil || len(docs) != 1 {
		t.Fatalf("mapped: %v %+v", err, docs)
	}
	d := docs[0]
	if d.Title != "Airstrike on Idlib" || d.Date != "2017-04-24" || d.Source != "SANA" || !strings.Contains(d.Body, "Warplanes") {
		t.Errorf("doc %+v", d)
	}
	// Usual names need no mapping; unmapped columns are kept as attributes.
	docs, err = ReadBytes("y.tsv", []byte("headline\tbody\tpublished\toutlet\tdesk\nH\tSome text here.\t04/05/2017\tnna\tworld\n"), Options{})
	if err != nil || docs[0].Title != "H" || docs[0].Date != "2017-04-05" || docs[0].Source != "nna" || docs[0].Attrs["desk"] != "world" {
		t.Errorf("auto mapping: %v %+v", err, docs)
	}
	docs, err = ReadBytes("z.jsonl", []byte(`{"title":"J","text":"JSON body text.","date":"2017-04-24","tags":["a"]}`+"\n"), Options{})
	if err != nil || docs[0].Title != "J" || docs[0].Date != "2017-04-24" {
		t.Errorf("jsonl: %v %+v", err, docs)
	}
}

// TestHostileFilesAmongGoodOnes: each bad file gets its own clear error and
// the good ones around it are imported.
func TestHostileFilesAmongGoodOnes(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("good.txt", []byte("Shelling in Douma\n\nShells hit Douma on Friday."))
	write("note.txt", []byte("A one-line tip about a checkpoint near Saraqib."))
	write("deep.html", []byte("<html><body>"+strings.Repeat("<div>", 100000)+"x"+strings.Repeat("</div>", 100000)+"</body></html>"))
	write("lol.xml.txt", []byte(`<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><l>&b;&b;</l>`))
	write("random.txt", bytes.Repeat([]byte{0, 1, 2, 3, 250}, 1000))
	write("empty.md", nil)
	write("notzip.docx", []byte("plain text pretending"))
	os.Mkdir(filepath.Join(dir, "loop"), 0o755)
	os.Symlink(filepath.Join(dir, "loop"), filepath.Join(dir, "loop", "self"))
	// Archives and office files that lie about their size, or climb out.
	write("bomb.zip", buildBomb(t, "big.txt", MaxZipEntrySize+1))
	write("bomb.docx", buildBomb(t, "word/document.xml", 1<<40))
	write("escape.zip", buildZip(t, zipEntry{"../../etc/evil.txt", "Climbing out\n\nof the folder."}))
	write("invalid-utf8.txt", []byte("Caf\xe9 report \xff\xfe\n\nThe body of the cp1252 article goes on here."))
	pdf, err := os.ReadFile("testdata/article.pdf")
	if err != nil {
		t.Fatal(err)
	}
	write("truncated.pdf", pdf[:len(pdf)/2])
	enc, _ := os.ReadFile("testdata/encrypted.pdf")
	write("encrypted.pdf", enc)
	huge, _ := os.Create(filepath.Join(dir, "huge.txt"))
	huge.Truncate(500 << 20) // sparse: nothing is written
	huge.Close()

	s := openStore(t)
	sum, err := (&Importer{Store: s}).ImportPaths(context.Background(), []string{dir})
	if err != nil {
		t.Fatal(err)
	}
	reasons := map[string]string{}
	for _, f := range sum.Failed {
		reasons[filepath.Base(f.Path)] = f.Error
	}
	for name, want := range map[string]string{"deep.html": "html", "random.txt": "binary", "empty.md": "empty",
		"notzip.docx": "not a DOCX", "self": "link to a folder", "big.txt": "bomb", "bomb.docx": "bomb",
		"evil.txt": "unsafe path", "truncated.pdf": "truncated", "encrypted.pdf": "encrypted", "huge.txt": "too large"} {
		if !strings.Contains(reasons[name], want) {
			t.Errorf("%s: %q, want it to mention %q", name, reasons[name], want)
		}
	}
	// The good files, the one-line note, the (harmless, unexpanded) XML text
	// and the cp1252 text are in.
	if sum.Imported != 4 {
		t.Errorf("imported %d, want 4 (failures %v)", sum.Imported, sum.Failed)
	}
	for _, f := range sum.Failed {
		if f.Error == "" {
			t.Errorf("%s: failed without a reason", f.Path)
		}
	}
}

// TestDiskFullKeepsEarlierWork fills the collection's allowed size (SQLite's
// max_page_count stands in for a full disk): the import stops with a clear
// error, and what was stored before is intact.
func TestDiskFullKeepsEarlierWork(t *testing.T) {
	dir := t.TempDir()
	s, err := data.Open(filepath.Join(dir, "c.dossier"), data.CreateIfMissing)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	write := func(sub string, n int) string {
		d := filepath.Join(dir, sub)
		os.MkdirAll(d, 0o755)
		for i := 0; i < n; i++ {
			body := fmt.Sprintf("Report %s %d\n\n%s", sub, i, strings.Repeat(fmt.Sprintf("Shelling hit district %d of Aleppo on Monday. ", i), 60))
			os.WriteFile(filepath.Join(d, fmt.Sprintf("%03d.txt", i)), []byte(body), 0o644)
		}
		return d
	}
	if sum, err := (&Importer{Store: s}).ImportPaths(context.Background(), []string{write("first", 20)}); err != nil || sum.Imported != 20 {
		t.Fatalf("first import: %+v %v", sum, err)
	}
	// One connection, so the limit applies to the writer.
	s.DB().SetMaxOpenConns(1)
	var pages int
	s.DB().QueryRow("PRAGMA page_count").Scan(&pages)
	if _, err := s.DB().Exec(fmt.Sprintf("PRAGMA max_page_count=%d", pages+20)); err != nil {
		t.Fatal(err)
	}
	_, err = (&Importer{Store: s, BatchSize: 50}).ImportPaths(context.Background(), []string{write("second", 400)})
	if err == nil || !strings.Contains(err.Error(), "full") {
		t.Fatalf("import into a full collection: %v", err)
	}
	var check string
	var articles, noPath int
	s.DB().QueryRow("PRAGMA integrity_check").Scan(&check)
	s.DB().QueryRow(`SELECT count(*) FROM articles`).Scan(&articles)
	s.DB().QueryRow(`SELECT count(*) FROM articles WHERE id NOT IN (SELECT article_id FROM article_paths)`).Scan(&noPath)
	if check != "ok" || articles < 20 || noPath != 0 {
		t.Errorf("after disk full: integrity %q, %d articles, %d without a path", check, articles, noPath)
	}
	hits, _ := s.Search(context.Background(), data.SearchSpec{Match: `"first"`})
	if len(hits) != 20 {
		t.Errorf("earlier articles: %d found, want 20", len(hits))
	}
}

// TestHugeFileIsRefusedUnread: a 500 MB text file (sparse, so the test
// writes nothing) is refused with a size message without being read.
func TestHugeFileIsRefusedUnread(t *testing.T) {
	dir := t.TempDir()
	huge := filepath.Join(dir, "huge.txt")
	f, err := os.Create(huge)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(500 << 20); err != nil {
		t.Skipf("no sparse files here: %v", err)
	}
	f.Close()
	os.WriteFile(filepath.Join(dir, "ok.txt"), []byte("Title\n\nA normal article."), 0o644)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	sum, err := (&Importer{Store: openStore(t)}).ImportPaths(context.Background(), []string{dir})
	runtime.ReadMemStats(&after)
	if err != nil || sum.Imported != 1 || len(sum.Failed) != 1 || !strings.Contains(sum.Failed[0].Error, "too large") {
		t.Fatalf("%+v %v", sum, err)
	}
	// Bounded memory: far less than the file was allocated in all.
	if grown := after.TotalAlloc - before.TotalAlloc; grown > 64<<20 {
		t.Errorf("importing allocated %d MB", grown>>20)
	}
}

// TestImportReachesNoNetwork: a saved page full of remote references and
// scripts is imported without a single connection to the server it names,
// and no script text reaches the article.
func TestImportReachesNoNetwork(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Skipf("no loopback listener: %v", err)
	}
	defer ln.Close()
	var hits atomic.Int32
	accepting := make(chan struct{})
	go func() {
		defer close(accepting)
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			hits.Add(1)
			c.Close()
		}
	}()
	base := "http://" + ln.Addr().String()
	page := `<html><head><title>Shelling in Douma</title>
		<link rel="stylesheet" href="` + base + `/style.css"><script src="` + base + `/app.js"></script>
		<meta http-equiv="refresh" content="0; url=` + base + `/next">
		<link rel="canonical" href="` + base + `/article"></head>
		<body><article><h1>Shelling in Douma</h1><img src="` + base + `/photo.jpg">
		<p>Shells hit Douma on Monday, residents said, and rescue teams searched the rubble.</p>
		<script>document.write("INJECTED"); fetch("` + base + `/beacon")</script>
		<iframe src="` + base + `/frame"></iframe><p>Seven people were killed, a monitor said.</p></article></body></html>`
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "page.html"), []byte(page), 0o644)
	mail := "From: Desk <d@example.org>\nSubject: Brief\nDate: Tue, 04 Apr 2017 09:00:00 +0000\nContent-Type: text/html\n\n" + page
	os.WriteFile(filepath.Join(dir, "brief.eml"), []byte(mail), 0o644)
	s := openStore(t)
	sum, err := (&Importer{Store: s}).ImportPaths(context.Background(), []string{dir})
	if err != nil || sum.Imported+sum.Duplicates != 2 || len(sum.Failed) != 0 {
		t.Fatalf("%+v %v", sum, err)
	}
	list, _ := s.ListArticles(context.Background(), 10, 0)
	for _, a := range list {
		art, _ := s.Article(context.Background(), a.ID)
		if strings.Contains(art.Body, "INJECTED") || strings.Contains(art.Body, "fetch(") {
			t.Errorf("script text in the article: %q", art.Body)
		}
	}
	ln.Close() // no more connections can arrive; count what came
	<-accepting
	if n := hits.Load(); n != 0 {
		t.Errorf("the import connected to the page's server %d times", n)
	}
}

// TestNumericDateStamps: a text file opening with its date in figures gets
// that date, read as the extractor reads it (dashes and dots day first,
// slashes month first unless the first number cannot be a month).
func TestNumericDateStamps(t *testing.T) {
	for text, want := range map[string]string{
		"30-04-2016 Suicide Bomber Kills Five Kurdish Police in Syria\n\nA suicide bomber killed five policemen.\n": "2016-04-30",
		"19.07.2016(updated 1457 19.07.2016) Over 100 civilians have been killed.\n":                                "2016-07-19",
		"01-06-2016 3 Civilians Killed\n\nShells hit Aleppo.\n":                                                     "2016-06-01",
		"Posted 04/05/2017\n\nWarplanes struck Idlib.\n":                                                            "2017-04-05",
		"Posted 13/04/2017\n\nWarplanes struck Idlib.\n":                                                            "2017-04-13",
		"Resolution 12-31/2016 text\n\nNo date here.\n":                                                             "",
		"Old 31.02.2016 stamp\n\nNo such day.\n":                                                                    "",
	} {
		docs, err := ReadBytes("a.txt", []byte(text), Options{})
		if err != nil || len(docs) != 1 {
			t.Fatalf("%q: %v %+v", text, err, docs)
		}
		if docs[0].Date != want {
			t.Errorf("%q: date %q, want %q", text, docs[0].Date, want)
		}
	}
}

// panickyAnalyzer fails on one article's text, as an extractor bug would.
type panickyAnalyzer struct{}

func (panickyAnalyzer) Analyze(title, body, published string) *data.Extraction {
	if strings.Contains(body, "boom") {
		panic("index out of range")
	}
	return &data.Extraction{}
}

// An extractor that fails on one article stores it without extraction,
// names the file, the article and the reason, and imports the rest.
func TestImportSurvivesExtractionFailure(t *testing.T) {
	s := openStore(t)
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.txt")
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(bad, []byte("Strikes on Sumy\n\nThe text says boom.\n"), 0o644)
	os.WriteFile(good, []byte("Talks in Geneva\n\nDelegates met on Monday.\n"), 0o644)
	im := &Importer{Store: s, DefaultDate: "2025-04-14", Analyzer: panickyAnalyzer{}}
	sum, err := im.ImportPaths(context.Background(), []string{dir})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Imported != 2 {
		t.Errorf("imported %d, want both articles stored", sum.Imported)
	}
	if len(sum.Failed) != 1 || sum.Failed[0].Path != bad || !strings.Contains(sum.Failed[0].Error, "Strikes on Sumy") || !strings.Contains(sum.Failed[0].Error, "extraction") {
		t.Errorf("failures %+v, want one naming bad.txt, its article and the extraction", sum.Failed)
	}
	hits, err := s.Search(context.Background(), data.SearchSpec{Match: `"boom"`})
	if err != nil || len(hits) != 1 {
		t.Errorf("the article that failed extraction is not searchable: %v %+v", err, hits)
	}
}
