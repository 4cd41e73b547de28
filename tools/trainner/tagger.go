package main

import (
	"bytes"
	"compress/gzip"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"dossier/app/extract"
)

// trainTagger trains the entity tagger on GMB, the WNUT-17 training split
// and the training half of re3d (even-numbered documents of the evalkit's
// re3d set; the odd ones are held out for `make eval`). Wikigold and the
// WNUT-17 test split are never used here: they are scored.
func trainTagger(corpus, re3d, out string, epochs int) error {
	lookupPlace, err := extract.PlaceLookup()
	if err != nil {
		return err
	}
	gmb, err := readGMB(corpus)
	if err != nil {
		return err
	}
	// GMB's "gpe" mixes countries with demonyms ("Iraqi"); only the names
	// the gazetteer knows as places are kept as places.
	for _, s := range gmb {
		for i, t := range s.Tags {
			if strings.HasSuffix(t, "-gpe") && lookupPlace(s.Words[i]) == nil {
				s.Tags[i] = t[:2] + "nat" // a nationality: MISC below
			}
		}
		fixBIO(s.Tags, map[string]string{"per": "PER", "org": "ORG", "geo": "LOC", "gpe": "LOC", "art": "MISC", "eve": "MISC", "nat": "MISC"})
	}
	sents := gmb
	// the WNUT-17 training and development splits (the test split is scored)
	wnut, err := readConll(filepath.Join(corpus, "ner-train", "wnut17", "wnut17train.conll"))
	if err != nil {
		return err
	}
	wdev, err := readConll(filepath.Join(corpus, "ner-train", "wnut17", "emerging.dev.conll"))
	if err != nil {
		return err
	}
	wnut = append(wnut, wdev...)
	for _, s := range wnut {
		fixBIO(s.Tags, map[string]string{"person": "PER", "location": "LOC", "group": "ORG", "corporation": "ORG", "product": "MISC", "creative-work": "MISC"})
	}
	sents = append(sents, wnut...)
	if re3d != "" {
		r, err := readRe3dTrain(re3d)
		if err != nil {
			return err
		}
		// re3d is small but closest to the product's users: weigh it up
		for k := 0; k < 6; k++ {
			sents = append(sents, r...)
		}
		fmt.Fprintf(os.Stderr, "re3d: %d training sentences\n", len(r))
	}
	fmt.Fprintf(os.Stderr, "training on %d sentences\n", len(sents))
	var buf bytes.Buffer
	if err := extract.TrainTagger(sents, epochs, &buf, os.Stderr); err != nil {
		return err
	}
	f, err := os.Create(filepath.Join(out, "tagger.bin.gz"))
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	if _, err := zw.Write(buf.Bytes()); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return f.Close()
}

// fixBIO maps source types to PER/ORG/LOC (others to O) and repairs I- tags
// that do not continue an entity of their type.
func fixBIO(tags []string, types map[string]string) {
	prev := "O"
	for i, t := range tags {
		if t == "O" {
			prev = "O"
			continue
		}
		bio, typ, ok := strings.Cut(t, "-")
		mapped := types[typ]
		if !ok || mapped == "" {
			tags[i], prev = "O", "O"
			continue
		}
		if bio == "I" && prev != "B-"+mapped && prev != "I-"+mapped {
			bio = "B"
		}
		tags[i] = bio + "-" + mapped
		prev = tags[i]
	}
}

// readGMB reads the GMB NER export (cp1252 CSV, a sentence number on the
// first token of each sentence).
func readGMB(corpus string) ([]extract.TaggedSentence, error) {
	f, err := os.Open(filepath.Join(corpus, "ner-train", "gmb", "ner_dataset.csv.gz"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, err
	}
	r := csv.NewReader(strings.NewReader(latin1(raw)))
	r.FieldsPerRecord = -1
	rows, err := r.ReadAll()
	if err != nil {
		return nil, err
	}
	var out []extract.TaggedSentence
	var cur *extract.TaggedSentence
	for _, row := range rows[1:] {
		if len(row) < 4 {
			continue
		}
		if row[0] != "" {
			out = append(out, extract.TaggedSentence{})
			cur = &out[len(out)-1]
		}
		if cur == nil {
			continue
		}
		cur.Words = append(cur.Words, row[1])
		cur.Tags = append(cur.Tags, row[3])
	}
	return out, nil
}

// readConll reads "token<TAB>tag" lines with blank lines between sentences.
func readConll(path string) ([]extract.TaggedSentence, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []extract.TaggedSentence
	cur := extract.TaggedSentence{}
	for _, line := range strings.Split(strings.ReplaceAll(string(b), "\r", ""), "\n") {
		line = strings.TrimPrefix(line, "\ufeff")
		if strings.TrimSpace(line) == "" {
			if len(cur.Words) > 0 {
				out = append(out, cur)
				cur = extract.TaggedSentence{}
			}
			continue
		}
		cols := strings.Fields(line)
		if len(cols) < 2 {
			continue
		}
		cur.Words = append(cur.Words, cols[0])
		cur.Tags = append(cur.Tags, cols[len(cols)-1])
	}
	if len(cur.Words) > 0 {
		out = append(out, cur)
	}
	return out, nil
}

// re3dTrainDocs lists the evalkit re3d documents used for training: the
// even ones in name order (scripts/eval.sh scores the odd ones).
func re3dTrainDocs(dir string) ([]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	var train []string
	for i, f := range files {
		if i%2 == 0 {
			train = append(train, strings.TrimSuffix(f, ".gold.json"))
		}
	}
	return train, nil
}

// readRe3dTrain aligns the gold spans of the training documents with the
// tagger's own tokens.
func readRe3dTrain(dir string) ([]extract.TaggedSentence, error) {
	docs, err := re3dTrainDocs(dir)
	if err != nil {
		return nil, err
	}
	typ := map[string]string{"PERSON": "PER", "ORG": "ORG", "PLACE": "LOC"}
	var out []extract.TaggedSentence
	for _, base := range docs {
		text, err := os.ReadFile(base + ".txt")
		if err != nil {
			return nil, err
		}
		var gold struct {
			Entities []struct {
				Start, End int
				Type       string
			}
		}
		b, err := os.ReadFile(base + ".gold.json")
		if err != nil {
			return nil, err
		}
		if err := json.Unmarshal(b, &gold); err != nil {
			return nil, err
		}
		for _, sent := range extract.SentenceSpans(string(text)) {
			s := extract.TaggedSentence{}
			for _, tok := range sent {
				tag := "O"
				for _, e := range gold.Entities {
					if tok[0] >= e.Start && tok[1] <= e.End && typ[e.Type] != "" {
						if tok[0] == e.Start || !insideSame(sent, tok, e.Start) {
							tag = "B-" + typ[e.Type]
						} else {
							tag = "I-" + typ[e.Type]
						}
						break
					}
				}
				s.Words = append(s.Words, string(text[tok[0]:tok[1]]))
				s.Tags = append(s.Tags, tag)
			}
			out = append(out, s)
		}
	}
	return out, nil
}

// insideSame is true when an earlier token of sent also lies in the entity
// starting at start (so tok continues it).
func insideSame(sent [][2]int, tok [2]int, start int) bool {
	for _, t := range sent {
		if t[0] >= start && t[0] < tok[0] {
			return true
		}
	}
	return false
}

// latin1 decodes GMB's few non-ASCII bytes; Latin-1 is close enough to
// cp1252 for training words (and keeps this tool free of other packages).
func latin1(b []byte) string {
	r := make([]rune, len(b))
	for i, c := range b {
		r[i] = rune(c)
	}
	return string(r)
}
