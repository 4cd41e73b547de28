// Package assets embeds what Dossier ships inside its binary: the icon, the
// demo collection that fills a first start, and (extract.go) the extraction
// model and gazetteer. Nothing is read from disk or the network at run time.
package assets

import (
	"embed"
	_ "embed"
)

// Icon is the application icon (512×512 PNG), drawn with icon.svg by tools/iconpng.
//
//go:embed icon.png
var Icon []byte

// Demo holds the demo collection: the Syria Direct article of 2017-04-24 that
// is Dossier's worked example, and the FA-KES dataset of 804 Syrian-war
// articles (CC BY 4.0, see demo/SOURCES.md).
//
//go:embed demo
var Demo embed.FS

// DemoSeedDate is the publication date of the worked example, which the file
// itself does not state.
const DemoSeedDate = "2017-04-24"

// DemoSeedSource is the outlet of the worked example.
const DemoSeedSource = "Syria Direct"
