# Sourced by scripts/bench-quality.sh and scripts/bench-weeks.sh with their arguments: strict mode,
# `here` (the scripts directory), BIN (the first argument, else .build/release/tidings, built if
# missing) and `shared` (SHARED, else ../shared beside the checkout).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BIN=$(realpath "${1:-$here/../.build/release/tidings}")
[ -x "$BIN" ] || (cd "$here/.." && swift build -c release --product tidings >/dev/null)
shared=$(realpath "${SHARED:-$here/../../shared}")
