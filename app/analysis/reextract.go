package analysis

import (
	"context"
	"runtime"
	"sync"

	"dossier/data"
)

// Reextract runs extraction again on every article of a collection, page
// by page, replacing what extraction stored before. The user's corrections
// stay: edited, manual and reviewed events, merges (aliases), hidden
// entities and "not an entity" rules. progress, when set, gets the number
// of articles done. It returns how many articles were analysed.
func (a *Analyzer) Reextract(ctx context.Context, store *data.Store, progress func(done int)) (int, error) {
	const page = 200
	done := 0
	var after int64
	for {
		arts, err := store.ArticleTexts(ctx, after, page)
		if err != nil {
			return done, err
		}
		if len(arts) == 0 {
			break
		}
		results := make(map[int64]*data.Extraction, len(arts))
		var mu sync.Mutex
		var wg sync.WaitGroup
		next := make(chan data.ArticleText)
		for w := 0; w < runtime.GOMAXPROCS(0); w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for art := range next {
					// an article the extractor fails on keeps what it had
					ex, err := a.AnalyzeSafe(art.Title, art.Body, art.Published)
					if err != nil {
						continue
					}
					mu.Lock()
					results[art.ID] = ex
					mu.Unlock()
				}
			}()
		}
		for _, art := range arts {
			next <- art
		}
		close(next)
		wg.Wait()
		if err := ctx.Err(); err != nil {
			return done, err
		}
		if err := store.SaveExtractions(ctx, results); err != nil {
			return done, err
		}
		done += len(arts)
		after = arts[len(arts)-1].ID
		if progress != nil {
			progress(done)
		}
	}
	if _, err := store.PruneEntities(ctx); err != nil {
		return done, err
	}
	return done, store.ClusterEvents(ctx)
}
