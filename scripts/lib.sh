# Shared by the scripts: paths, PATH with the project's own tools first, and a progress printer.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$ROOT/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
say() { printf '==> %s\n' "$*"; }
