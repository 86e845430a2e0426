"""The Content-Security-Policy of every page: the second wall behind the sanitiser.

Pages carry it as a meta tag (the site is static and may be served by any host); a server that can set
headers sends the same policy, plus `frame-ancestors`, which only a header can carry (README, nginx).
`img-src data:` is for the icons inside Material's own stylesheet; report bodies cannot use it, since
the sanitiser keeps images from the zone's media folder only.
"""

from __future__ import annotations

DIRECTIVES: tuple[tuple[str, str], ...] = (
    ("default-src", "'self'"),
    ("script-src", "'self'"),
    ("style-src", "'self'"),
    ("img-src", "'self' data:"),
    ("font-src", "'self'"),
    ("connect-src", "'self'"),
    ("object-src", "'none'"),
    ("frame-src", "'none'"),
    ("base-uri", "'self'"),
    ("form-action", "'self'"),
)
POLICY = "; ".join(f"{name} {value}" for name, value in DIRECTIVES)
HEADER_ONLY = "frame-ancestors 'self'"
