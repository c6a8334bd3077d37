#!/usr/bin/env bash
# Install headless Chromium + chromedriver (for tests/test_browser.py) and the npm
# packages of the graphology test (tests/export/js). Idempotent: does nothing when
# everything is already there. `make test` runs it before pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

have() { command -v "$1" >/dev/null 2>&1; }

if have chromium && have chromedriver; then
    :
elif have apt-get; then
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then
        if have sudo; then SUDO="sudo"; else
            echo "install_browser.sh: not root and no sudo; skipping chromium install" >&2
            exit 0
        fi
    fi
    export DEBIAN_FRONTEND=noninteractive
    # Refresh the package lists only when they are missing or the install fails.
    if ! $SUDO apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null 2>&1; then
        $SUDO apt-get update -qq >/dev/null
        $SUDO apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null
    fi
else
    echo "install_browser.sh: no apt-get; install chromium and chromedriver by hand" >&2
fi

# npm packages for tests/export/test_graphology.py (the test would also do this).
JS=tests/export/js
if have npm && [ -f "$JS/package.json" ] && [ ! -d "$JS/node_modules" ]; then
    if [ -f "$JS/package-lock.json" ]; then
        (cd "$JS" && npm ci --silent --no-audit --no-fund) || echo "install_browser.sh: npm ci failed" >&2
    else
        (cd "$JS" && npm install --silent --no-audit --no-fund) || echo "install_browser.sh: npm install failed" >&2
    fi
fi
