# Dossier — make targets. `make run` and `make test` install the Debian
# packages they need (scripts/deps.sh: apt-get as root, sudo otherwise).
#
#   make run         build the real binary and open the window
#   make test        gofmt, vet, race tests, and a build of the binary and the Linux package (CI)
#   make bench       import and search benchmarks (figures printed by go test)
#   make package     dist/Dossier.tar.xz (fyne package) and dist/Dossier.exe (mingw-w64)
#   make screenshot  PNGs of the real window under Xvfb into docs/
#   make eval        extraction scores on the development data (extract.mk)
#   make fuzz        every fuzz target for FUZZTIME seconds each (default 20)

GO      ?= go
BIN     := bin/dossier
export LANG ?= C.UTF-8

.PHONY: all run build deps test test-go vet fmt-check bench package screenshot fuzz clean

all: build

deps:
	scripts/deps.sh build

# The real binary with Fyne's OpenGL driver (never -tags ci: that one is headless).
build: deps
	$(GO) build -o $(BIN) .

run: build
	./$(BIN)

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi

vet: deps
	$(GO) vet -tags ci ./...
	$(GO) vet ./...

# Unit tests use Fyne's headless test driver (tag ci), so they never need
# OpenGL; -race needs cgo, which deps provides.
test-go: deps
	CGO_ENABLED=1 $(GO) test -race -tags ci -count=1 ./...

test: fmt-check vet test-go build
	scripts/package.sh
	@echo "make test: all checks passed"

bench:
	$(GO) test -tags ci -run '^$$' -bench . -benchtime 1x -timeout 60m ./app/... ./data/...

package:
	scripts/package.sh --windows

screenshot:
	scripts/screenshot.sh

fuzz:
	scripts/fuzz.sh $(FUZZTIME)

clean:
	rm -rf bin dist

include extract.mk
