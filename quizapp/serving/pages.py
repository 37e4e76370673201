"""The small HTML pages `quizapp serve` shows around the app: sign in, server full, the teacher's class view.

Plain HTML with the app's colours and no script: nothing is fetched from outside the machine,
every value shown is escaped, and no page ever lists the class's names for a student.
"""

from __future__ import annotations

from html import escape

_STYLE = """
body { margin: 0; min-height: 100vh; display: flex; align-items: center; justify-content: center;
       background: #0c181f; color: rgba(255,255,255,0.95); font: 16px ui-monospace, Menlo, Consolas, monospace; }
main { background: #12232d; padding: 32px 48px; max-width: 60rem; }
label { display: block; margin-top: 16px; }
input { font: inherit; padding: 8px; width: 18rem; display: block; margin-top: 4px; }
button { margin-top: 24px; padding: 12px 32px; border: none; font: inherit; color: inherit;
         background: #5e0ba7; cursor: pointer; }
.problem { color: #ffb4a9; }
table { border-collapse: collapse; margin-top: 12px; }
th, td { text-align: left; padding: 4px 12px; border-bottom: 1px solid #24404f; }
td.number { text-align: right; }
"""


def page(title: str, body: str, *, refresh_s: int | None = None) -> str:
    """A whole page around `body` (already HTML)."""
    refresh = f'<meta http-equiv="refresh" content="{refresh_s}" />' if refresh_s else ""
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8" />'
        '<meta name="viewport" content="width=device-width, initial-scale=1" />'
        f'<link rel="icon" href="data:," />{refresh}<title>{escape(title)}</title><style>{_STYLE}</style></head>'
        f"<body><main>{body}</main></body></html>\n"
    )


def sign_in_page(problem: str | None = None, name: str = "") -> str:
    """The sign-in form: a name and the code the teacher handed out. Lists no names."""
    said = f'<p class="problem" role="alert">{escape(problem)}</p>' if problem else ""
    return page(
        "quizapp: sign in",
        "<h1>Sign in to study</h1>"
        f"{said}"
        '<form method="post" action="signin">'
        f'<label>Your name<input name="name" autocomplete="username" required value="{escape(name)}" /></label>'
        '<label>Your code<input name="code" type="password" autocomplete="current-password" required /></label>'
        '<button type="submit">Sign in</button></form>',
    )


def message_page(title: str, message: str, *, refresh_s: int | None = None) -> str:
    """A page that only says something (server full, signed out, wrong origin)."""
    return page(f"quizapp: {title}", f"<h1>{escape(title)}</h1><p>{escape(message)}</p>", refresh_s=refresh_s)
