// Command trainner rebuilds the data files the extraction engine embeds
// (assets/extract/): the place gazetteer from GeoNames and the entity-tagger
// weights from the open NER corpora. It reads ../shared/corpus, which the
// product itself never does; `make model` runs it.
//
//	go run ./tools/trainner gazetteer   # writes assets/extract/places.tsv.gz and the word lists
//	go run ./tools/trainner givennames  # rewrites only assets/extract/givennames.txt.gz
//	go run ./tools/trainner tagger      # writes assets/extract/tagger.bin.gz
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	corpus := flag.String("corpus", "../shared/corpus", "development corpus folder")
	out := flag.String("out", "assets/extract", "folder the data files are written to")
	re3d := flag.String("re3d", "", "evalkit-prepared re3d folder; its training half is used")
	epochs := flag.Int("epochs", 5, "perceptron passes over the training data")
	flag.Parse()
	var err error
	switch flag.Arg(0) {
	case "gazetteer":
		err = buildGazetteer(*corpus, *out)
	case "givennames":
		err = buildGivenNames(*corpus, *out)
	case "tagger":
		err = trainTagger(*corpus, *re3d, *out, *epochs)
	default:
		fmt.Fprintln(os.Stderr, "usage: trainner [flags] gazetteer|givennames|tagger")
		os.Exit(2)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "trainner:", err)
		os.Exit(1)
	}
}
