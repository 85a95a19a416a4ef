"""Build the convention document of a protocol version from the vault.

The bloc-marque comes from the office settings (préfet's title, préfecture, optional logo);
the function of each party is printed in the feminine when its signer is a woman; "Fait à"
defaults to the office's city and the number of originals to the number of parties.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa

from desktop.documents.collector import collector_paused
from desktop.documents.convention import (
    Convention,
    ConventionArticle,
    ConventionParty,
    with_article,
)
from desktop.documents.typography import french_date
from desktop.errors import NotFound
from desktop.models.enums import ArticleChange, Civility, VersionKind, VersionStatus
from desktop.models.settings import OfficeSettings
from desktop.services.protocol.protocols import version_in
from desktop.services.protocol.records import PartyInfo, VersionDetail
from desktop.services.vault.database import Database

_CUTS = (" près ", " de ", " du ", " des ", " d'")


def designation(function: str, feminine: bool, *, whole: bool = False) -> str:
    """ "Préfet de Seine-et-Marne" → "le préfet"; "Déléguée départementale de l'ARS" →
    "la déléguée départementale"; "Présidents des conseils nationaux" → "les présidents"
    (the article agrees in number); ``whole`` keeps the whole function. A function whose
    first word says nothing alone ("Garde des Sceaux") is kept whole."""
    short = function
    for cut in () if whole else _CUTS:
        index = function.find(cut)
        if 0 < index < len(short):
            short = function[:index]
    if short.strip().lower() in _NOT_ALONE:
        short = function.split(",")[0]
    first = short.split(" ", 1)[0]
    if _plural(first):
        rest = short[:1].lower() + short[1:]
        return f"les {rest}"
    return with_article(short, feminine)


_NOT_ALONE = {"garde", "membre", "membres"}
"""Heads of a function that do not name a party on their own ("le garde" for the Garde des
Sceaux)."""


def _plural(word: str) -> bool:
    """ "Présidents", "représentants", "Délégués": a French plural noun (not "Procureurs"…
    whose singular ends in s is rare among functions)."""
    lowered = word.lower()
    return len(lowered) > 3 and lowered.endswith(("s", "x")) and not lowered.endswith(
        ("ss", "ys", "os"))


def convention_for(detail: VersionDetail, city: str) -> Convention:
    version = detail.version
    parties = _parties(detail.parties)
    subtitle = None
    if version.kind is VersionKind.AMENDMENT:
        subtitle = f"Avenant (version {version.number})"
    elif version.kind is VersionKind.UPDATE:
        subtitle = f"Mise à jour (version {version.number})"
    if version.signed_on and subtitle:
        subtitle += f" du {french_date(version.signed_on)}"
    return Convention(
        title=version.title,
        parties=parties,
        preamble=detail.preamble,
        articles=_articles(detail),
        city=version.signed_place or city,
        signed_on=version.signed_on,
        copies=version.copies,
        subject=f"{detail.protocol_title} – version {version.number} "
        f"({version.kind.label.lower()}, {version.status.label.lower()})",
        subtitle=subtitle,
    )


_CHANGES = {
    ArticleChange.CHANGED: (
        "Modification de l'article {n}",
        "L'article {n} du protocole est remplacé par les dispositions suivantes :",
    ),
    ArticleChange.ADDED: (
        "Insertion d'un article {n}",
        "Il est inséré dans le protocole un article {n} ainsi rédigé :",
    ),
    ArticleChange.REMOVED: (
        "Suppression de l'article {n}",
        "L'article {n} du protocole est supprimé.",
    ),
}


def _articles(detail: VersionDetail) -> tuple[ConventionArticle, ...]:
    """The articles as printed. An avenant numbers its own articles 1, 2, 3…, each saying
    what it does to an article of the protocol, followed by the new wording."""
    if detail.version.kind is not VersionKind.AMENDMENT:
        return tuple(ConventionArticle(a.number, a.title, a.body) for a in detail.articles)
    own = {a.number: a for a in detail.articles}
    result = []
    for index, amended in enumerate(detail.version.amended, start=1):
        n = amended.article_number
        title, lead = (text.format(n=n) for text in _CHANGES[amended.change])
        article = own.get(n)
        body = lead
        if amended.change is not ArticleChange.REMOVED and article is not None:
            body += f"\n{article.heading}\n{article.body}"
        result.append(ConventionArticle(index, title, body))
    return tuple(result)


def _parties(infos: Sequence[PartyInfo]) -> tuple[ConventionParty, ...]:
    # Two parties would share a short name (procureurs of two tribunals, whatever their
    # gender): those get their whole function.
    shorts = [designation(info.function, False) for info in infos]
    result = []
    for info, short in zip(infos, shorts, strict=True):
        feminine = info.signer_civility is Civility.MME
        civility = info.signer_civility.label if info.signer_civility else ""
        name = f"{civility} {info.signer_name}".strip() if info.signer_name else None
        whole = shorts.count(short) > 1
        result.append(
            ConventionParty(
                function=info.function_for_signer,
                organisation=info.organisation,
                signer_name=name,
                represented_by=info.represented_by,
                designation=info.short_name or designation(
                    info.function_for_signer, feminine, whole=whole),
                feminine=feminine,
            )
        )
    return tuple(result)


def convention_pdf(
    db: Database, protocol_id: int, number: int | None = None, *, draft: bool | None = None
) -> bytes:
    """The convention PDF of version ``number`` (the latest by default). ``draft`` defaults
    to whether the version is still a draft ("projet")."""
    with collector_paused():  # many short-lived objects: the vault's rows, then the layout
        return _convention_pdf(db, protocol_id, number, draft)


def _convention_pdf(db: Database, protocol_id: int, number: int | None,
                    draft: bool | None) -> bytes:
    from desktop.documents.layout import Letterhead

    with db.reading() as session:  # one session: the version, then the letterhead's columns
        detail = version_in(session, protocol_id, number)
        office = session.execute(sa.select(
            OfficeSettings.prefet_title, OfficeSettings.bureau, OfficeSettings.logo,
            OfficeSettings.prefecture_name, OfficeSettings.city,
        ).where(OfficeSettings.id == 1)).first()
    if office is None:
        raise NotFound(
            "L'identité du bureau (préfecture, titre du préfet) n'est pas "
            "renseignée : complétez-la dans Outils > Préférences."
        )
    prefet_title, bureau, logo, prefecture_name, city = office
    letterhead = Letterhead(prefet_title, bureau or None, logo_png=logo,
                            organisation=prefecture_name)
    city = city or ""
    convention = convention_for(detail, city)
    if draft is None:
        draft = detail.version.status is VersionStatus.PROJET
    from desktop.documents.convention import render_convention

    return render_convention(convention, letterhead, draft=draft)
