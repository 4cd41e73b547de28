// Command iconpng draws Dossier's application icon from one list of shapes and
// writes it both as SVG (assets/icon.svg) and as an anti-aliased RGBA PNG
// (assets/icon.png). Keeping the geometry in code makes the icon reproducible
// without an SVG renderer: ImageMagick's built-in one is not faithful and
// librsvg is not installed everywhere.
//
//	go run ./tools/iconpng -svg assets/icon.svg -png assets/icon.png -size 512
package main

import (
	"bufio"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"strings"
)

// The design is laid out on a 512×512 grid; -size scales it.
const grid = 512

// rgba is a straight (non-premultiplied) colour with alpha in 0..1.
type rgba struct {
	r, g, b uint8
	a       float64
}

func hex(s string, a float64) rgba {
	var r, g, b uint8
	fmt.Sscanf(strings.TrimPrefix(s, "#"), "%02x%02x%02x", &r, &g, &b)
	return rgba{r, g, b, a}
}

func (c rgba) svg() string { return fmt.Sprintf("#%02x%02x%02x", c.r, c.g, c.b) }

// paint is a solid colour or, when to is set, a vertical linear gradient
// between y0 and y1 (SVG userSpaceOnUse coordinates).
type paint struct {
	from, to rgba
	y0, y1   float64
	gradient bool
}

func solid(c rgba) paint { return paint{from: c} }

func vgrad(y0 float64, c0 rgba, y1 float64, c1 rgba) paint {
	return paint{from: c0, to: c1, y0: y0, y1: y1, gradient: true}
}

func (p paint) at(y float64) rgba {
	if !p.gradient {
		return p.from
	}
	t := math.Max(0, math.Min(1, (y-p.y0)/(p.y1-p.y0)))
	mix := func(a, b uint8) uint8 { return uint8(math.Round(float64(a) + (float64(b)-float64(a))*t)) }
	return rgba{mix(p.from.r, p.to.r), mix(p.from.g, p.to.g), mix(p.from.b, p.to.b), p.from.a + (p.to.a-p.from.a)*t}
}

// shape is one layer of the icon: inside reports whether a grid point is
// covered, svg renders the same geometry as an SVG element.
type shape interface {
	inside(x, y float64) bool
	svg(fill string) string
	paint() paint
}

// roundRect is an axis-aligned rectangle with corner radius r.
type roundRect struct {
	x0, y0, x1, y1, r float64
	p                 paint
}

func (s roundRect) paint() paint { return s.p }

func (s roundRect) inside(x, y float64) bool {
	if x < s.x0 || x > s.x1 || y < s.y0 || y > s.y1 {
		return false
	}
	cx := math.Max(s.x0+s.r, math.Min(x, s.x1-s.r))
	cy := math.Max(s.y0+s.r, math.Min(y, s.y1-s.r))
	return (x-cx)*(x-cx)+(y-cy)*(y-cy) <= s.r*s.r
}

func (s roundRect) svg(fill string) string {
	return fmt.Sprintf(`<rect x="%g" y="%g" width="%g" height="%g" rx="%g" %s/>`,
		s.x0, s.y0, s.x1-s.x0, s.y1-s.y0, s.r, fill)
}

// circle is a filled disc.
type circle struct {
	cx, cy, r float64
	p         paint
}

func (s circle) paint() paint { return s.p }

func (s circle) inside(x, y float64) bool {
	return (x-s.cx)*(x-s.cx)+(y-s.cy)*(y-s.cy) <= s.r*s.r
}

func (s circle) svg(fill string) string {
	return fmt.Sprintf(`<circle cx="%g" cy="%g" r="%g" %s/>`, s.cx, s.cy, s.r, fill)
}

// ring is a circle's outline of width w centred on radius r.
type ring struct {
	cx, cy, r, w float64
	p            paint
}

func (s ring) paint() paint { return s.p }

func (s ring) inside(x, y float64) bool {
	d := math.Hypot(x-s.cx, y-s.cy)
	return math.Abs(d-s.r) <= s.w/2
}

func (s ring) svg(fill string) string {
	stroke := strings.Replace(strings.Replace(fill, "fill=", "stroke=", 1), "fill-opacity=", "stroke-opacity=", 1)
	return fmt.Sprintf(`<circle cx="%g" cy="%g" r="%g" fill="none" stroke-width="%g" %s/>`, s.cx, s.cy, s.r, s.w, stroke)
}

// segment is a straight stroke of width w with round caps.
type segment struct {
	x0, y0, x1, y1, w float64
	p                 paint
}

func (s segment) paint() paint { return s.p }

func (s segment) inside(x, y float64) bool {
	dx, dy := s.x1-s.x0, s.y1-s.y0
	t := ((x-s.x0)*dx + (y-s.y0)*dy) / (dx*dx + dy*dy)
	t = math.Max(0, math.Min(1, t))
	px, py := s.x0+t*dx, s.y0+t*dy
	return (x-px)*(x-px)+(y-py)*(y-py) <= s.w*s.w/4
}

func (s segment) svg(fill string) string {
	stroke := strings.Replace(strings.Replace(fill, "fill=", "stroke=", 1), "fill-opacity=", "stroke-opacity=", 1)
	return fmt.Sprintf(`<line x1="%g" y1="%g" x2="%g" y2="%g" stroke-width="%g" stroke-linecap="round" %s/>`,
		s.x0, s.y0, s.x1, s.y1, s.w, stroke)
}

// Palette: a calm navy tile, a manila folder, paper, and an amber accent
// that survives being shrunk to 32 px.
var (
	navyTop    = hex("#30618f", 1)
	navyBottom = hex("#1b3556", 1)
	manilaBack = hex("#c99a45", 1)
	manila     = hex("#f0cf84", 1)
	manilaEdge = hex("#e2b964", 1)
	paper      = hex("#fbfaf6", 1)
	ink        = hex("#9aa6b4", 1)
	inkDark    = hex("#1b3556", 1)
	red        = hex("#c2412d", 1)
	teal       = hex("#1f8a8a", 1)
	lensGlass  = hex("#e6f2fa", 0.9)
	amber      = hex("#e39a1c", 1)
	lensRim    = hex("#ffffff", 1)
	handle     = hex("#10243d", 1)
	shadow     = hex("#000000", 0.22)
)

// layers lists the icon back to front.
func layers() []shape {
	return []shape{
		// Tile.
		roundRect{32, 32, 480, 480, 100, vgrad(32, navyTop, 480, navyBottom)},
		// Folder back with its tab, and a soft hard-edged shadow under it.
		roundRect{94, 132, 424, 410, 22, solid(shadow)},
		roundRect{88, 112, 212, 170, 18, solid(manilaBack)},
		roundRect{88, 140, 418, 400, 22, solid(manilaBack)},
		// The article sticking out of the folder.
		roundRect{122, 96, 388, 300, 14, solid(paper)},
		segment{152, 136, 300, 136, 16, solid(inkDark)},
		segment{152, 172, 356, 172, 12, solid(ink)},
		segment{152, 200, 330, 200, 12, solid(ink)},
		// Folder front.
		roundRect{88, 214, 418, 400, 22, solid(manila)},
		segment{88 + 22, 226, 418 - 22, 226, 6, solid(manilaEdge)},
		// Timeline on the folder front: a rule with three dated events.
		segment{150, 318, 300, 318, 14, solid(inkDark)},
		circle{150, 318, 22, solid(red)},
		circle{232, 318, 22, solid(teal)},
		// Magnifier over the last event, which it shows enlarged; the
		// handle starts at the rim so it never shows through the glass.
		segment{386, 368, 436, 418, 50, solid(lensRim)},
		segment{386, 368, 436, 418, 34, solid(handle)},
		circle{336, 318, 66, solid(lensGlass)},
		segment{276, 318, 396, 318, 20, solid(inkDark)},
		circle{336, 318, 32, solid(amber)},
		ring{336, 318, 66, 24, solid(handle)},
		ring{336, 318, 66, 10, solid(lensRim)},
	}
}

func fillAttr(id int, p paint) (attr, def string) {
	if !p.gradient {
		a := fmt.Sprintf(`fill="%s"`, p.from.svg())
		if p.from.a < 1 {
			a += fmt.Sprintf(` fill-opacity="%g"`, p.from.a)
		}
		return a, ""
	}
	gid := fmt.Sprintf("g%d", id)
	def = fmt.Sprintf(`<linearGradient id="%s" gradientUnits="userSpaceOnUse" x1="0" y1="%g" x2="0" y2="%g">`+
		`<stop offset="0" stop-color="%s" stop-opacity="%g"/><stop offset="1" stop-color="%s" stop-opacity="%g"/></linearGradient>`,
		gid, p.y0, p.y1, p.from.svg(), p.from.a, p.to.svg(), p.to.a)
	return fmt.Sprintf(`fill="url(#%s)"`, gid), def
}

func writeSVG(path string, ls []shape) error {
	var defs, body strings.Builder
	for i, s := range ls {
		attr, def := fillAttr(i, s.paint())
		defs.WriteString(def)
		body.WriteString("  " + s.svg(attr) + "\n")
	}
	out := fmt.Sprintf(`<?xml version="1.0" encoding="UTF-8"?>
<!-- Dossier application icon. Generated by tools/iconpng; edit the shapes there, not here. -->
<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d">
  <defs>%s</defs>
%s</svg>
`, grid, grid, grid, grid, defs.String(), body.String())
	return os.WriteFile(path, []byte(out), 0o644)
}

// render rasterises the layers with ss×ss supersampling per pixel and
// source-over compositing in straight sRGB, as SVG renderers do.
func render(size, ss int, ls []shape) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	scale := float64(grid) / float64(size)
	n := float64(ss * ss)
	for py := 0; py < size; py++ {
		for px := 0; px < size; px++ {
			var r, g, b, a float64 // premultiplied accumulators over samples
			for sy := 0; sy < ss; sy++ {
				for sx := 0; sx < ss; sx++ {
					x := (float64(px) + (float64(sx)+0.5)/float64(ss)) * scale
					y := (float64(py) + (float64(sy)+0.5)/float64(ss)) * scale
					var cr, cg, cb, ca float64
					for _, s := range ls {
						if !s.inside(x, y) {
							continue
						}
						c := s.paint().at(y)
						sa := c.a
						cr = float64(c.r)/255*sa + cr*(1-sa)
						cg = float64(c.g)/255*sa + cg*(1-sa)
						cb = float64(c.b)/255*sa + cb*(1-sa)
						ca = sa + ca*(1-sa)
					}
					r, g, b, a = r+cr, g+cg, b+cb, a+ca
				}
			}
			r, g, b, a = r/n, g/n, b/n, a/n
			if a == 0 {
				continue
			}
			img.SetNRGBA(px, py, color.NRGBA{
				R: uint8(math.Round(r / a * 255)),
				G: uint8(math.Round(g / a * 255)),
				B: uint8(math.Round(b / a * 255)),
				A: uint8(math.Round(a * 255)),
			})
		}
	}
	return img
}

func writePNG(path string, img image.Image) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	if err := png.Encode(w, img); err != nil {
		f.Close()
		return err
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func main() {
	svgPath := flag.String("svg", "assets/icon.svg", "SVG output (empty: skip)")
	pngPath := flag.String("png", "assets/icon.png", "PNG output (empty: skip)")
	size := flag.Int("size", grid, "PNG width and height in pixels")
	flag.Parse()
	ls := layers()
	if *svgPath != "" {
		if err := writeSVG(*svgPath, ls); err != nil {
			fmt.Fprintln(os.Stderr, "iconpng:", err)
			os.Exit(1)
		}
	}
	if *pngPath != "" {
		if err := writePNG(*pngPath, render(*size, 4, ls)); err != nil {
			fmt.Fprintln(os.Stderr, "iconpng:", err)
			os.Exit(1)
		}
	}
}
