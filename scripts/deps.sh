#!/usr/bin/env bash
# Installs the Debian packages a task needs, and only those that are missing,
# so `make run` works on a fresh machine without slowing down a prepared one.
#
#   scripts/deps.sh GROUP|PACKAGE...
#
# Groups:
#   build       C toolchain and X11/OpenGL headers that Fyne's cgo driver needs
#   screenshot  a virtual X server, ImageMagick and xdotool for scripts/screenshot.sh
#   windows     the mingw-w64 cross compiler for the Windows .exe
# Anything else is taken as a Debian package name.
#
# It can also be sourced (`. scripts/deps.sh`) to get the deps_install function
# without changing the caller's shell options.
if [ "${BASH_SOURCE[0]}" = "$0" ]; then set -euo pipefail; fi

# deps_group prints the packages of a group, or the argument itself.
deps_group() {
  case "$1" in
    build) echo gcc pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev \
      libxinerama-dev libxi-dev libxxf86vm-dev ;;
    screenshot) echo xvfb imagemagick xdotool ;;
    windows) echo gcc-mingw-w64-x86-64 ;;
    *) echo "$1" ;;
  esac
}

# deps_install installs the given groups/packages that dpkg does not report as
# installed: apt-get as root, sudo apt-get otherwise, a clear error if neither.
deps_install() {
  local pkgs=() missing=() p g
  for g in "$@"; do
    # shellcheck disable=SC2207 # group lists are plain words
    pkgs+=($(deps_group "$g"))
  done
  if ! command -v dpkg >/dev/null 2>&1; then
    # Not Debian: we cannot check, so say what is needed and let the build tell.
    echo "deps.sh: not a Debian-based system; make sure these (or your distribution's equivalents) are installed: ${pkgs[*]}" >&2
    return 0
  fi
  for p in "${pkgs[@]}"; do
    # Status must be "install ok installed"; removed-but-configured does not count.
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed'; then
      missing+=("$p")
    fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0

  local run=()
  if [ "$(id -u)" -eq 0 ]; then
    run=(env)
  elif command -v sudo >/dev/null 2>&1; then
    # -n when nobody can answer a password prompt (CI, make in a pipe).
    if [ -t 0 ]; then run=(sudo env); else run=(sudo -n env); fi
  else
    echo "deps.sh: missing packages: ${missing[*]}" >&2
    echo "deps.sh: not root and sudo is not available; install them with: apt-get install ${missing[*]}" >&2
    return 1
  fi
  echo "deps.sh: installing ${missing[*]}" >&2
  # One update first: a fresh container has empty package lists.
  if ! "${run[@]}" DEBIAN_FRONTEND=noninteractive apt-get update -q >&2 ||
    ! "${run[@]}" DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >&2; then
    echo "deps.sh: could not install ${missing[*]}; install them yourself with: sudo apt-get install ${missing[*]}" >&2
    return 1
  fi
}

# Run only when executed, not when sourced.
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  if [ $# -eq 0 ]; then
    echo "usage: $0 build|screenshot|windows|PACKAGE..." >&2
    exit 2
  fi
  deps_install "$@"
fi
