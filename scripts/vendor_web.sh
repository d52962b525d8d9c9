#!/bin/sh
# Refresh the JavaScript the dashboard serves itself (no CDN at run time): Cytoscape.js for the
# network view and swagger-ui-dist for /docs. Needs npm; CI and the tests never run this.
# Usage: scripts/vendor_web.sh [cytoscape-version] [swagger-ui-dist-version]
set -eu
CYTOSCAPE=${1:-3.35.0}
SWAGGER=${2:-5.36.0}
VENDOR="$(cd "$(dirname "$0")/.." && pwd)/src/frenemy/api/web/vendor"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
cd "$TMP"
npm pack --silent "cytoscape@$CYTOSCAPE" "swagger-ui-dist@$SWAGGER" >/dev/null
mkdir cy sw
tar -xzf "cytoscape-$CYTOSCAPE.tgz" -C cy
tar -xzf "swagger-ui-dist-$SWAGGER.tgz" -C sw
mkdir -p "$VENDOR/cytoscape" "$VENDOR/swagger-ui"
cp cy/package/dist/cytoscape.min.js cy/package/LICENSE "$VENDOR/cytoscape/"
cp sw/package/swagger-ui-bundle.js sw/package/swagger-ui-bundle.js.LICENSE.txt sw/package/swagger-ui.css \
   sw/package/LICENSE sw/package/NOTICE sw/package/favicon-32x32.png "$VENDOR/swagger-ui/"
printf 'cytoscape %s (npm, MIT)\n' "$CYTOSCAPE" > "$VENDOR/cytoscape/VERSION"
printf 'swagger-ui-dist %s (npm, Apache-2.0)\n' "$SWAGGER" > "$VENDOR/swagger-ui/VERSION"
echo "vendored cytoscape $CYTOSCAPE and swagger-ui-dist $SWAGGER into $VENDOR"
