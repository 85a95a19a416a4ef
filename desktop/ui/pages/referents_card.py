"""The answer card as HTML for the page (the plain text for "Copier" is ``card_text``)."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QCoreApplication

from desktop.models.enums import ForceZone
from desktop.services.roster.records import AnswerCard
from desktop.services.roster.staleness import stale_cutoff


def _tr(text: str) -> str:
    return QCoreApplication.translate("referents_card", text)


def nothing_html(text: str, suggestion: str | None) -> str:
    """"Aucune commune ne correspond à « … »", and the close spelling as a link."""
    parts = [f"<p><b>{escape(_tr('Aucune commune ne correspond à « {0} ».').format(text.strip()))}"
             "</b></p>"]
    if suggestion:
        link = f"<a href='suggestion:'>{escape(suggestion)}</a>"
        parts.append(f"<p>{_tr('Vouliez-vous dire {0} ?').format(link)}</p>")
    return "".join(parts)


def card_html(card: AnswerCard, stale_months: int, matched: str = "") -> str:
    from desktop.io.arrondissements import arrondissement_phrase

    postal = ", ".join(card.postal_codes)
    parts = [f"<h2>{escape(card.name)}</h2>",
             f"<p>{escape(card.department_text)} — {_tr('INSEE')} {card.insee_code}"
             + (f" — {_tr('CP')} {escape(postal)}" if postal else "")
             + (f" — {escape(arrondissement_phrase(card.arrondissement))}"
                if card.arrondissement else "") + "</p>"]
    if matched:
        parts.append(f"<p><small>{_tr('Trouvée par')} : {escape(matched)}</small></p>")
    colour = {"pn": "#000091", "gn": "#1f5130", "mixte": "#b34000"}.get(
        str(card.force_zone) if card.force_zone else "", "#666666")
    parts.append(f"<p><b style='color:{colour}'>{escape(card.force_text)}</b></p>")
    if card.force_zone is ForceZone.MIXTE:
        text = _tr("Commune mixte : décidez de la force compétente (bouton « Trancher… »).")
        parts.append(f"<p style='color:#b34000'>{text}</p>")
    chain = " → ".join(escape(unit.name) for unit in card.units)
    parts.append(f"<p>{_tr('Unité')} : {chain or _tr('non renseignée')}</p>")
    if card.units and card.units[0].phone:
        from desktop.io.phones import display_phone

        phone = display_phone(card.units[0].phone)
        parts.append(f"<p>{_tr('Standard de l’unité')} : {phone}</p>")
    cutoff = stale_cutoff(dt.date.today(), stale_months)
    if card.referents:
        items = []
        for ref in card.referents:
            stale = ref.stale or ref.verified_on is None or ref.verified_on < cutoff
            when = (_tr("vérifié le {0}").format(f"{ref.verified_on:%d/%m/%Y}")
                    if ref.verified_on else _tr("jamais vérifié"))
            warn = (f" <span style='color:#b34000'><b>{_tr('à vérifier')}</b> ({when})</span>"
                    if stale else "")
            unit = f"<br/><small>{escape(ref.unit_name)}</small>" if ref.unit_name else ""
            grade = f"{escape(ref.grade)} " if ref.grade else ""
            mobile = f"{_tr('portable')} {ref.mobile_text}" if ref.mobile else ""
            contact = " — ".join(filter(None, (escape(ref.phone_text), mobile,
                                               escape(ref.email or ""))))
            items.append(f"<li>{grade}<b>{escape(ref.full_name)}</b>, "
                         f"{escape(ref.role.label)}{warn}{unit}<br/>{contact}</li>")
        parts.append(f"<p><b>{_tr('Référents en fonction')}</b></p><ul>{''.join(items)}</ul>")
    elif card.units:
        parts.append(f"<p style='color:#b34000'><b>{_tr('Aucun référent en fonction')}</b> : "
                     f"{_tr('appeler l’unité compétente.')}</p>")
    else:
        parts.append(f"<p style='color:#b34000'><b>{_tr('Aucun référent en fonction')}</b>, "
                     f"{_tr('aucune unité connue : importez la compétence territoriale.')}"
                     "</p>")
    if card.up_to_date:
        parts.append(f"<p><i>{_tr('À jour au')} {card.up_to_date:%d/%m/%Y}</i></p>")
    return "".join(parts)
