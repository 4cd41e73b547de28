#!/usr/bin/env bash
# Builds Dossier's release packages into dist/:
#   dist/Dossier.tar.xz  Linux package made by `fyne package` (binary, .desktop
#                        file, icon and a Makefile whose `make install` sets it
#                        up for double-click)
#   dist/Dossier.exe     Windows GUI executable cross-compiled with mingw-w64
#                        by `fyne package` (with icon and version resources),
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
      sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
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
  fyne="$(fyne_tool)"
  # The Linux run bumped Build in the snapshot's FyneApp.toml: start again
  # from the tree's own, so both packages carry the same version.
  cp "$root/FyneApp.toml" "$src/FyneApp.toml"
  echo "package.sh: fyne package -os windows with mingw-w64 (about 10 minutes on a cold cache)" >&2
  # fyne package runs the same cross build as
  #   CGO_ENABLED=1 GOOS=windows CC=x86_64-w64-mingw32-gcc go build -ldflags -H=windowsgui
  # and adds what a bare go build lacks: the icon, version information and
  # manifest as Windows resources, the FyneApp.toml metadata (app ID, version
  # in the About box) and the migrated_fynedo tag that fyneDo = true asks for.
  (cd "$src" && CC=x86_64-w64-mingw32-gcc GOARCH=amd64 "$fyne" package -os windows --release --src .)
  if [ ! -f "$src/Dossier.exe" ]; then
    echo "package.sh: fyne package produced no Dossier.exe" >&2
    exit 1
  fi
  mv -f "$src/Dossier.exe" "$dist/Dossier.exe"
  echo "package.sh: wrote dist/Dossier.exe" >&2
fi

if [ "$(sha256sum FyneApp.toml)" != "$toml_sum" ]; then
  echo "package.sh: FyneApp.toml changed during packaging; restore it with git checkout FyneApp.toml" >&2
  exit 1
fi
