#!/usr/bin/env bash
# Refresh the JavaScript the site serves itself (no CDN). Run from the repository root.
# Pin versions to the plotly.js that the Python `plotly` package embeds (plotly 7.1 -> plotly.js 4.1.1).
set -euo pipefail
PLOTLY_JS=4.1.1
# The form editor at /admin/ (issue 14); package.json at the root pins the decap-server that goes with it.
DECAP_CMS=3.16.3
target=generator/site/theme/assets/vendor
work=$(mktemp -d)
(cd "$work" && npm pack --silent "plotly.js-basic-dist-min@$PLOTLY_JS" "plotly.js@$PLOTLY_JS" "decap-cms@$DECAP_CMS" >/dev/null \
  && for f in *.tgz; do mkdir "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done)
cp "$work/plotly.js-basic-dist-min-$PLOTLY_JS/package/plotly-basic.min.js" "$target/"
# The stylesheet plotly.js would otherwise inject inline (blocked by the site's CSP); only the full package has it.
cp "$work/plotly.js-$PLOTLY_JS/package/dist/plotly.css" "$target/"
cp "$work/plotly.js-basic-dist-min-$PLOTLY_JS/package/LICENSE" "$target/LICENSE-plotly.js.txt"
# Decap CMS: the bundle and the chunks it loads lazily from beside itself (CodeMirror modes for code blocks).
# Left out: the duplicate cms.js build, the source maps and the two .wasm files of the WebP encoder, which only
# an image transformation (not configured here) loads. The npm package has no LICENSE file (MIT per package.json):
# LICENSE-decap-cms.txt (kept, not refreshed) is the upstream repository's; decap-cms.js.LICENSE.txt lists the
# bundled packages.
mkdir -p "$target/decap" && rm -f "$target/decap/"*.js
cp "$work/decap-cms-$DECAP_CMS/package/dist/"*decap-cms.js "$work/decap-cms-$DECAP_CMS/package/dist/decap-cms.js.LICENSE.txt" \
  "$target/decap/"
rm -rf "$work"
sha256sum "$target"/*.js "$target"/*.css "$target/decap/decap-cms.js"
