#!/usr/bin/env bash
# Install the Debian/Ubuntu packages Égide needs, only those missing.
#   tools/system-deps.sh run    Qt's xcb platform libraries (a real window)
#   tools/system-deps.sh test   + a throwaway Secret Service, PDF text tools, PostgreSQL
#   tools/system-deps.sh bundle + binutils (PyInstaller reads the libraries with objdump)
# As root it installs them; otherwise it uses sudo when allowed, else prints the command.
set -euo pipefail
profile=${1:-run}
packages=(libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
          libglib2.0-0 libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0
          libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxcb-xkb1
          fonts-dejavu-core)
if [ "$profile" = test ]; then
  packages+=(dbus-daemon gnome-keyring poppler-utils postgresql)
fi
if [ "$profile" = bundle ]; then
  packages+=(binutils)
fi
command -v dpkg-query >/dev/null 2>&1 || { echo "Not Debian/Ubuntu: install Qt's xcb libraries yourself."; exit 0; }
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing system packages: ${missing[*]}"
if [ "$(id -u)" = 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
elif sudo -n true 2>/dev/null; then
  sudo apt-get update -qq
  sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "Please run: sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
