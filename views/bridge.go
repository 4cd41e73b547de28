package views

import (
	"context"
	"sync"
	"time"

	"fyne.io/fyne/v2"
)

// bridge is the one way background work reaches the widgets. Work runs in a
// goroutine; its result is applied inside fyne.Do, holding a lock. With the
// real driver fyne.Do already runs everything on the main goroutine and the
// lock is never contended; with the test driver fyne.Do runs the function on
// the calling goroutine, and the lock keeps two results from being applied
// at once. pending counts work in flight so tests can wait for quiet
// instead of sleeping.
type bridge struct {
	mu      sync.Mutex
	pending sync.WaitGroup
}

// onMain applies fn to the widgets.
func (b *bridge) onMain(fn func()) {
	fyne.Do(func() {
		b.mu.Lock()
		defer b.mu.Unlock()
		fn()
	})
}

// background runs work off the main goroutine and hands its result to done
// on the main goroutine.
func background[T any](b *bridge, work func(context.Context) (T, error), done func(T, error)) {
	b.pending.Add(1)
	go func() {
		defer b.pending.Done()
		v, err := work(context.Background())
		b.onMain(func() { done(v, err) })
	}()
}

// debouncer runs a function once input has paused for a delay.
type debouncer struct {
	b     *bridge
	delay time.Duration
	timer *time.Timer
}

// trigger (re)starts the delay; fn runs on the main goroutine afterwards.
func (d *debouncer) trigger(fn func()) {
	if d.timer != nil && d.timer.Stop() {
		d.b.pending.Done() // the stopped timer will not run
	}
	d.b.pending.Add(1)
	d.timer = time.AfterFunc(d.delay, func() {
		defer d.b.pending.Done()
		d.b.onMain(fn)
	})
}

// WaitIdle blocks until no background work, debounced search or import is
// in flight. For tests: the window itself never waits.
func (m *MainWindow) WaitIdle() { m.bridge.pending.Wait() }
