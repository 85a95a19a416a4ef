"""HTML for the consolidated text and the comparison of two versions (shown in a
``QTextBrowser``): insertions in green, deletions in red and struck through."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from desktop.services.protocol.comparison import ArticleDiff, ArticleStatus, Comparison, Op, Segment
from desktop.services.protocol.consolidation import ConsolidatedText

INSERT_STYLE = "background-color:#d7f5dd; color:#0b6b1f;"
DELETE_STYLE = "background-color:#fde2e1; color:#b3000c; text-decoration:line-through;"
STATUS_TEXT = {
    ArticleStatus.ADDED: "ajouté",
    ArticleStatus.REMOVED: "supprimé",
    ArticleStatus.CHANGED: "modifié",
    ArticleStatus.UNCHANGED: "inchangé",
}


def _text(text: str) -> str:
    return escape(text).replace("\n", "<br/>")


def segments_html(segments: Sequence[Segment]) -> str:
    parts = []
    for segment in segments:
        text = _text(segment.text)
        if segment.op is Op.INSERT:
            parts.append(f'<span class="ins" style="{INSERT_STYLE}">{text}</span>')
        elif segment.op is Op.DELETE:
            parts.append(f'<span class="del" style="{DELETE_STYLE}">{text}</span>')
        else:
            parts.append(text)
    return "".join(parts)


def _article_html(diff: ArticleDiff) -> str:
    status = STATUS_TEXT[diff.status]
    title = segments_html(diff.title)
    return (
        f"<h3>{escape(diff.heading)} – {title} <small>({status})</small></h3>"
        f"<p>{segments_html(diff.body)}</p>"
    )


def comparison_html(comparison: Comparison, *, changed_only: bool = False) -> str:
    counts = {s: len(comparison.having(s)) for s in ArticleStatus}
    head = (
        f"<p><b>Version {comparison.old_number} → version {comparison.new_number}</b> : "
        f"{counts[ArticleStatus.ADDED]} article(s) ajouté(s), "
        f"{counts[ArticleStatus.REMOVED]} supprimé(s), "
        f"{counts[ArticleStatus.CHANGED]} modifié(s).</p>"
    )
    articles = [
        a
        for a in comparison.articles
        if not changed_only or a.status is not ArticleStatus.UNCHANGED
    ]
    return head + "".join(_article_html(a) for a in articles)


def consolidated_html(text: ConsolidatedText) -> str:
    applied = ", ".join(f"avenant (version {v.number})" for v in text.applied)
    source = f"version {text.base.number}" + (f" modifiée par {applied}" if applied else "")
    head = f"<p><i>Texte en vigueur : {escape(source)}.</i></p>"
    body = "".join(f"<h3>{escape(a.heading)}</h3><p>{_text(a.body)}</p>" for a in text.articles)
    return head + body
