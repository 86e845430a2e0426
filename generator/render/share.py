"""分享: the page's public address as a QR code a reader scans with WeChat, drawn at build time as inline SVG.

segno writes the code as one SVG path with attributes only (no style attribute), so the CSP stands.
"""

from __future__ import annotations

import segno


def qr_svg(address: str) -> str:
    code = segno.make(address, error="m")
    return code.svg_inline(scale=4, border=2, svgclass="share__qr", lineclass=None, omitsize=True,
                           title="本页地址的二维码：用微信“扫一扫”打开")
