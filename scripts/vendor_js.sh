#!/usr/bin/env bash
# Refresh the JavaScript the site serves itself (no CDN). Run from the repository root.
# Pin versions to the plotly.js that the Python `plotly` package embeds (plotly 7.1 -> plotly.js 4.1.1).
set -euo pipefail
PLOTLY_JS=4.1.1
target=generator/site/theme/assets/vendor
work=$(mktemp -d)
(cd "$work" && npm pack --silent "plotly.js-basic-dist-min@$PLOTLY_JS" "plotly.js@$PLOTLY_JS" >/dev/null && for f in *.tgz; do mkdir "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done)
cp "$work/plotly.js-basic-dist-min-$PLOTLY_JS/package/plotly-basic.min.js" "$target/"
# The stylesheet plotly.js would otherwise inject inline (blocked by the site's CSP); only the full package has it.
cp "$work/plotly.js-$PLOTLY_JS/package/dist/plotly.css" "$target/"
cp "$work/plotly.js-basic-dist-min-$PLOTLY_JS/package/LICENSE" "$target/LICENSE-plotly.js.txt"
rm -rf "$work"
sha256sum "$target"/*.js "$target"/*.css
