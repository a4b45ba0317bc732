"""Whether a request came from the room's own pages or from another site.

A link or form on another site could sign a visitor's browser in under a name (and
journal) that site chose, or sign them out. The room therefore changes who a browser is
(a name claimed, a name released) only when the browser shows that the request came
from the room's own page, in the order OWASP's cross-site request forgery cheat sheet
advises:

1. ``Sec-Fetch-Site`` (every current browser): ``same-origin``, or ``none`` when the
   person typed the address or opened a bookmark;
2. else ``Origin``, compared with the address the request was sent to (``Host``);
3. else ``Referer``, compared the same way (the room's name form asks for it with
   ``Referrer-Policy: same-origin``, so older browsers such as Safari before 16.4 send it);
4. else nothing says where the request came from (a browser or an extension that drops
   ``Referer``): tornado's own XSRF token must come with the request
   (:func:`xsrf_token_matches`), as the ``_xsrf`` field of the room's name form or an
   ``X-XSRFToken`` header matching the browser's ``_xsrf`` cookie. Another site can
   neither read that cookie nor set it, so its link or form carries no matching token.

:func:`may_change_who` puts the four together for a tornado request handler.

:func:`from_another_site` is the opposite question, with positive evidence only: it
decides when a page is reloaded from the room's own site (a request with no header at
all is not reloaded, which could loop).
"""

from __future__ import annotations

from urllib.parse import urlsplit

#: ``Sec-Fetch-Site`` values that mean the room's own page, or the person's own typing.
OWN_FETCH_SITES = ("same-origin", "none")
_DEFAULT_PORTS = {"http": 80, "https": 443}


def _headers(request) -> dict:
    return getattr(request, "headers", None) or {}


def _where(url: str) -> tuple[str, str, int | None] | None:
    """``(scheme, host, port)`` of an absolute ``url`` (``None``: not one)."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    if parts.scheme not in _DEFAULT_PORTS or not parts.hostname:
        return None
    return parts.scheme, parts.hostname.lower(), port or _DEFAULT_PORTS[parts.scheme]


def _is_own(url: str, request) -> bool:
    """Whether ``url`` (an Origin or a Referer) is on the host and port the request went to.

    The ``Host`` header is what the browser sent the request to; when it names no port,
    the port is the usual one of ``url``'s scheme (a proxy that ends HTTPS in front of
    the room changes the scheme, not the address people typed).
    """
    seen = _where(url)
    host = str(getattr(request, "host", "") or "")
    if seen is None or not host:
        return False
    own = _where(f"{seen[0]}://{host}")
    return own is not None and own[1:] == seen[1:]


def from_own_page(request) -> bool:
    """Whether the browser shows that ``request`` came from the room's own page (see above)."""
    headers = _headers(request)
    fetch = headers.get("Sec-Fetch-Site", "").strip().lower()
    if fetch:
        return fetch in OWN_FETCH_SITES
    origin = headers.get("Origin", "").strip()
    if origin:
        return _is_own(origin, request)  # "null" (a sandboxed frame) is never ours
    referer = headers.get("Referer", "").strip()
    return bool(referer) and _is_own(referer, request)


def gives_origin(request) -> bool:
    """Whether ``request`` says where it came from at all (any of the three headers)."""
    headers = _headers(request)
    return any(headers.get(name, "").strip() for name in ("Sec-Fetch-Site", "Origin", "Referer"))


def xsrf_token_matches(handler) -> bool:
    """Whether the request carries tornado's XSRF token for this browser's ``_xsrf`` cookie.

    Tornado's own check (:meth:`tornado.web.RequestHandler.check_xsrf_cookie`), called
    directly: jupyter_server's override lets a GET without the token through on its
    ``Referer``, and skips requests signed in with the room's code in the address.
    """
    from tornado import web

    try:
        web.RequestHandler.check_xsrf_cookie(handler)
    except (web.HTTPError, AttributeError, TypeError):  # AttributeError: not tornado's
        return False
    return True


def may_change_who(handler) -> bool:
    """Whether ``handler``'s request may claim or release a name (see the module docstring).

    With any origin header, the headers decide (:func:`from_own_page`); with none,
    tornado's XSRF token must match (:func:`xsrf_token_matches`).
    """
    request = getattr(handler, "request", None)
    if gives_origin(request):
        return from_own_page(request)
    return xsrf_token_matches(handler)


def from_another_site(request) -> bool:
    """Whether the browser says another site made ``request`` (positive evidence only)."""
    headers = _headers(request)
    fetch = headers.get("Sec-Fetch-Site", "").strip().lower()
    if fetch:
        return fetch not in (*OWN_FETCH_SITES, "same-site")
    for name in ("Origin", "Referer"):
        value = headers.get(name, "").strip()
        if value:
            return not _is_own(value, request)
    return False
