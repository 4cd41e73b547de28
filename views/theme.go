package views

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Colour names for what the reader highlights; the theme gives each a shade
// that reads well on both the light and the dark background.
const (
	ColorPerson fyne.ThemeColorName = "dossier-person"
	ColorOrg    fyne.ThemeColorName = "dossier-org"
	ColorPlace  fyne.ThemeColorName = "dossier-place"
	ColorDate   fyne.ThemeColorName = "dossier-date"
)

// Theme is Fyne's default theme (which follows the system's light or dark
// setting) with Dossier's highlight colours added.
type Theme struct{ fyne.Theme }

// NewTheme returns Dossier's theme.
func NewTheme() fyne.Theme { return &Theme{Theme: theme.DefaultTheme()} }

var highlightColors = map[fyne.ThemeColorName][2]color.NRGBA{
	// {light, dark}
	ColorPerson: {{0x1b, 0x7a, 0x3d, 0xff}, {0x6f, 0xd6, 0x8f, 0xff}},
	ColorOrg:    {{0x1f, 0x5f, 0xbf, 0xff}, {0x7c, 0xb4, 0xff, 0xff}},
	ColorPlace:  {{0xa8, 0x4b, 0x00, 0xff}, {0xff, 0xb0, 0x5c, 0xff}},
	ColorDate:   {{0x8a, 0x2b, 0x9e, 0xff}, {0xd9, 0x8c, 0xf0, 0xff}},
}

// Color implements fyne.Theme.
func (t *Theme) Color(name fyne.ThemeColorName, variant fyne.ThemeVariant) color.Color {
	if c, ok := highlightColors[name]; ok {
		if variant == theme.VariantDark {
			return c[1]
		}
		return c[0]
	}
	return t.Theme.Color(name, variant)
}

// entityColor is the highlight colour of an entity type.
func entityColor(typ string) fyne.ThemeColorName {
	switch typ {
	case "PERSON":
		return ColorPerson
	case "ORG":
		return ColorOrg
	case "PLACE":
		return ColorPlace
	}
	return theme.ColorNameForeground
}
