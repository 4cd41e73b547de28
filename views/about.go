package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// Licences credits the data Dossier ships and was developed with.
const Licences = `Dossier works offline: nothing you import leaves this computer.

Data shipped with Dossier:
• FA-KES, a fake news dataset around the Syrian war (Salem, Al Feel, Elbassuoni, Jaber, Farah, 2019), CC BY 4.0 — the demo collection.
• The demo article: Syria Direct, 24 April 2017.
• GeoNames (geonames.org) place names, CC BY 4.0 — the place gazetteer.

Data used to develop and evaluate the extraction:
• GMB (Groningen Meaning Bank) NER export, ODbL/DbCL; WNUT-17 Emerging Entities, CC BY 4.0; Wikigold, CC BY 4.0.
• re3d (Dstl), public-domain CENTCOM and US State Department subsets.
• TimeBank 1.2 and AQUAINT TimeML corpora.`

func (m *MainWindow) showAbout() {
	icon := canvas.NewImageFromResource(m.App.Icon())
	icon.FillMode = canvas.ImageFillContain
	icon.SetMinSize(fyne.NewSize(64, 64))
	version := m.Version
	if version == "" {
		version = "dev"
	}
	title := widget.NewLabelWithStyle("Dossier "+version, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	sub := widget.NewLabel("An offline workbench for turning news into facts: who, where, when.")
	sub.Wrapping = fyne.TextWrapWord
	lic := widget.NewLabel(Licences)
	lic.Wrapping = fyne.TextWrapWord
	head := container.NewBorder(nil, nil, icon, nil, container.NewVBox(title, sub))
	d := dialog.NewCustom("About Dossier", "Close", container.NewVScroll(container.NewVBox(head, widget.NewSeparator(), lic)), m.Window)
	d.Resize(fyne.NewSize(560, 480))
	d.Show()
}
