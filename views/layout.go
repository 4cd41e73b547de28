package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// tightVBox stacks objects vertically with a small gap, for two-line list
// rows that would look loose with the theme's full padding.
type tightVBox struct{}

func (tightVBox) gap() float32 { return theme.Padding() / 4 }

// MinSize implements fyne.Layout.
func (l tightVBox) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for i, o := range objects {
		m := o.MinSize()
		s.Width = max(s.Width, m.Width)
		s.Height += m.Height
		if i > 0 {
			s.Height += l.gap() - 2*theme.Padding()
		}
	}
	return s
}

// Layout implements fyne.Layout. Labels carry their own inner padding, so
// consecutive ones overlap it rather than adding a gap twice.
func (l tightVBox) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	y := float32(0)
	for i, o := range objects {
		h := o.MinSize().Height
		if i > 0 {
			y += l.gap() - 2*theme.Padding()
		}
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, h))
		y += h
	}
}
