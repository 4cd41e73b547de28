package ingest

import "testing"

// The text and dataset readers must never panic, whatever the bytes.

func FuzzReadText(f *testing.F) {
	f.Add([]byte("4 min read\n\nTitle\n\nAMMAN: Body on Sunday.\n\nShare this article"))
	f.Add([]byte("\xff\xfeT\x00i\x00"))
	f.Add([]byte("caf\xe9 \x81 \x92"))
	f.Fuzz(func(t *testing.T, b []byte) {
		ReadBytes("x.txt", b, Options{})
	})
}

func FuzzReadCSV(f *testing.F) {
	f.Add([]byte("title,content,date\nA,Body,04/05/2017\n"))
	f.Add([]byte("unit_id,article_title,article_content,source,date,location,labels\n1,T,\"B \"\"q\"\"\",nna,4/5/17,idlib,1\n"))
	f.Add([]byte("a\tb\n\"unterminated"))
	f.Fuzz(func(t *testing.T, b []byte) {
		ReadBytes("x.csv", b, Options{})
		ReadBytes("x.tsv", b, Options{})
		PreviewDataset("x.csv", b, 5)
	})
}

func FuzzReadJSONL(f *testing.F) {
	f.Add([]byte(`{"title":"T","text":"Body","date":"2017-04-24","tags":["a"]}` + "\n"))
	f.Add([]byte(`{"body":1e999}` + "\n{"))
	f.Fuzz(func(t *testing.T, b []byte) {
		ReadBytes("x.jsonl", b, Options{})
		PreviewDataset("x.jsonl", b, 5)
	})
}
