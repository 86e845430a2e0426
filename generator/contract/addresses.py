"""Web addresses that officials write (links in bodies, links in the site settings): what they really open."""

from __future__ import annotations

from urllib.parse import urlsplit


def spoofed_host(address: str) -> str | None:
    """The host an address really opens when it carries a user name before `@` (`https://www.mca.gov.cn@evil.example/`
    opens evil.example, though it reads as the ministry's site); None for an address without one."""
    parts = urlsplit(address.strip())
    if "@" not in parts.netloc:
        return None
    return parts.netloc.rpartition("@")[2] or "（空）"
