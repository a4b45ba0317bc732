"""The plain pages a workshop room shows before a lesson: the name form, a reload from
the room's own site, and "the room is full". No kernel stands behind any of them."""

from __future__ import annotations

import html


def name_form_page(message: str = "", hidden: str = "") -> str:
    """The page asking for the participant's name: plain HTML, no kernel behind it.

    ``hidden`` is markup put inside the form as it is: tornado's ``xsrf_form_html()``, so
    a browser that says nothing of where a request came from can still claim a name.
    """
    from commonground import stylesheet

    note = f'<p role="alert" class="cg-alert">{html.escape(message)}</p>' if message else ""
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>Welcome to the workshop</title><style>{stylesheet.section('room')}</style>"
        "</head><body class='cg-room-page'>"
        "<h1>Welcome to the workshop</h1>"
        "<p>Type the name you will use today (any language; a nickname is fine). Your "
        "journal, plans and reflections are kept under it, apart from everyone else's.</p>"
        f"{note}"
        '<form method="get"><p><label for="learner">Your name</label> '
        '<input id="learner" name="learner" required maxlength="60" autocomplete="off"></p>'
        '<p><label for="return">Return code (only if you were given one)</label> '
        '<input id="return" name="return" maxlength="20" autocomplete="off"></p>'
        f'{hidden}<button type="submit">Start</button></form></body></html>'
    )


def sign_out_page(slug: str, hidden: str = "") -> str:
    """The page asking a browser to confirm signing out of ``slug``: no kernel behind it.

    Shown when ``?release=1`` arrives from a browser that says nothing of where it came
    from (no ``Sec-Fetch-Site``, ``Origin`` or ``Referer``): the address may have been
    typed, or another site's link or picture may have sent it. Only this page's own form,
    which carries tornado's XSRF token in ``hidden``, signs the browser out.
    """
    from commonground import stylesheet

    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>Sign out</title><style>{stylesheet.section('room')}</style>"
        "</head><body class='cg-room-page'><h1>Sign out of this device?</h1>"
        f"<p>You are signed in as <bdi>{html.escape(slug)}</bdi>. You will be given a "
        "code that brings your journal back, here or on another device; nothing saved "
        "is lost.</p>"
        '<form method="get"><input type="hidden" name="release" value="1">'
        f'{hidden}<button type="submit">Sign out</button></form></body></html>'
    )


#: Query arguments another site's link may not carry into the room's own request.
NAME_ARGUMENTS = ("learner", "return", "release", "_xsrf")


def without_name(request) -> str:
    """The request's path and query, less any name, return code or release it carried."""
    from urllib.parse import quote, unquote, urlencode

    kept = [
        (key, value.decode("utf-8", "replace"))
        for key, values in (getattr(request, "query_arguments", None) or {}).items()
        if key not in NAME_ARGUMENTS
        for value in values
    ]
    # quoted, so a backslash or a tab cannot turn the leading "/" into "//" (another site)
    path = "/" + quote(unquote(getattr(request, "path", "") or "/"), safe="/").lstrip("/")
    return path + (f"?{urlencode(kept)}" if kept else "")


def reload_page(target: str) -> str:
    """A page that opens ``target`` (a path on this site) again from the room's own site.

    See the prelaunch hook: a link from another site arrives without the name cookie.
    """
    url = html.escape("/" + target.lstrip("/\\"), quote=True)  # never another site
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        f"<meta http-equiv='refresh' content='0; url={url}'>"
        "<title>Opening the workshop</title></head>"
        f"<body><p><a href='{url}'>Continue to the workshop</a></p></body></html>"
    )


def room_full_page() -> str:
    """The page shown instead of a lesson when the room cannot start another one."""
    from commonground import stylesheet

    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>The room is full</title><style>{stylesheet.section('room')}</style>"
        "</head><body class='cg-room-page'><h1>The room is full just now</h1>"
        "<p role='alert' class='cg-alert'>This computer cannot open another lesson at the "
        "moment. Close lesson tabs you no longer use, wait a minute and reload this page, "
        "or tell the facilitator.</p></body></html>"
    )
