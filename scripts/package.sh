#!/usr/bin/env bash
# Builds Dossier's release packages into dist/:
#   dist/Dossier.tar.xz  Linux package made by `fyne package` (binary, .desktop
#                        file, icon and a Makefile whose `make install` sets it
#                        up for double-click)
#   dist/Dossier.exe     Windows GUI executable cross-compiled with mingw-w64,
#                        only with --windows or WINDOWS=1
#
#   scripts/package.sh [--windows] [--no-linux]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

windows="${WINDOWS:-0}"
linux=1
for arg in "$@"; do
  case "$arg" in
    --windows) windows=1 ;;
    --no-linux) linux=0 ;;
    -h | --help)
      sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
      exit 0
      ;;
    *)
      echo "package.sh: unknown argument $arg (try --help)" >&2
      exit 2
      ;;
  esac
done
case "$windows" in 1 | true | yes) windows=1 ;; *) windows=0 ;; esac

fyne_version=v1.7.4
dist="$root/dist"
mkdir -p "$dist"

work="$(mktemp -d "${TMPDIR:-/tmp}/dossier-package.XXXXXX")"
cleanup() { rm -rf "$work"; }
trap cleanup EXIT

# fyne package rewrites FyneApp.toml (it bumps Build); remember it so we can
# prove the tree is untouched at the end.
toml_sum="$(sha256sum FyneApp.toml)"

# fyne_tool prints the path of a fyne CLI, installing the pinned one if needed.
fyne_tool() {
  local bin
  bin="$(go env GOBIN)"
  [ -n "$bin" ] || bin="$(go env GOPATH)/bin"
  if [ -x "$bin/fyne" ]; then
    echo "$bin/fyne"
  elif command -v fyne >/dev/null 2>&1; then
    command -v fyne
  else
    echo "package.sh: installing fyne.io/tools/cmd/fyne@$fyne_version" >&2
    go install "fyne.io/tools/cmd/fyne@$fyne_version" >&2
    echo "$bin/fyne"
  fi
}

# Build from a snapshot of the tree: fyne package bumps Build in FyneApp.toml
# and drops generated files next to the sources, and both packages then come
# from the same sources even while someone edits the tree. The copy is named
# after the binary we want inside the package.
src="$work/dossier"
mkdir -p "$src"
if git -C "$root" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  # Tracked and new files, not ignored ones (collections, bin/, dist/).
  git -C "$root" ls-files -z --cached --others --exclude-standard |
    tar -C "$root" --null -T - --ignore-failed-read -cf - 2>/dev/null | tar -C "$src" -xf -
else
  tar -C "$root" --exclude=./.git --exclude=./dist --exclude=./bin -cf - . | tar -C "$src" -xf -
fi

if [ "$linux" = 1 ]; then
  "$root/scripts/deps.sh" build
  fyne="$(fyne_tool)"
  echo "package.sh: fyne package -os linux (the first build compiles go-gl with cgo: minutes)" >&2
  (cd "$src" && "$fyne" package -os linux --release --src .)
  pkg="$(find "$src" -maxdepth 1 -name '*.tar.xz' | head -n 1)"
  if [ -z "$pkg" ]; then
    echo "package.sh: fyne package produced no .tar.xz" >&2
    exit 1
  fi
  mv -f "$pkg" "$dist/Dossier.tar.xz"
  # Fail loudly if the package lacks what a desktop install needs.
  listing="$(tar -tJf "$dist/Dossier.tar.xz")"
  for want in '\.desktop$' 'share/pixmaps/.*\.png$' '/bin/'; do
    if ! grep -q "$want" <<<"$listing"; then
      echo "package.sh: dist/Dossier.tar.xz has no file matching $want" >&2
      exit 1
    fi
  done
  echo "package.sh: wrote dist/Dossier.tar.xz" >&2
fi

if [ "$windows" = 1 ]; then
  "$root/scripts/deps.sh" windows
  echo "package.sh: cross-compiling dist/Dossier.exe (minutes on a cold cache)" >&2
  # -H=windowsgui: no console window behind the app; -s -w: smaller download;
  # migrated_fynedo: what fyne package adds for `[Migrations] fyneDo = true`,
  # so the .exe behaves like the Linux package (no thread-check fallbacks).
  CGO_ENABLED=1 GOOS=windows GOARCH=amd64 CC=x86_64-w64-mingw32-gcc \
    go -C "$src" build -trimpath -tags migrated_fynedo -ldflags "-H=windowsgui -s -w" -o "$dist/Dossier.exe" .
  echo "package.sh: wrote dist/Dossier.exe" >&2
fi

if [ "$(sha256sum FyneApp.toml)" != "$toml_sum" ]; then
  echo "package.sh: FyneApp.toml changed during packaging; restore it with git checkout FyneApp.toml" >&2
  exit 1
fi
