"""The JSON form of a protocol version, to move a text between préfectures.

Pure: records in, text out; text in, records (or the errors, each with its JSON path) out.
The format is described in docs/protocol-json.md.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from desktop.io.report import LineReject, ParseResult
from desktop.models.enums import Civility, MeasureKind, OrganisationKind, Profession, VersionKind

FORMAT = "egide-protocole"
FORMAT_VERSION = 1


@dataclass(frozen=True)
class SignerRecord:
    civility: Civility | None
    first_name: str
    last_name: str


@dataclass(frozen=True)
class PartyRecord:
    organisation: str
    organisation_kind: OrganisationKind
    function: str
    function_feminine: str | None
    signer: SignerRecord | None
    represented_by: str | None = None
    short_name: str | None = None
    """"le garde des Sceaux", "les présidents": how the articles name the party ("ci-après
    dénommé …"); derived from the function when absent."""


@dataclass(frozen=True)
class MeasureRecord:
    key: str
    kind: MeasureKind
    label: str


@dataclass(frozen=True)
class ArticleRecord:
    number: int
    title: str
    body: str
    measures: tuple[str, ...] = ()


@dataclass(frozen=True)
class ProtocolDocument:
    title: str
    professions: tuple[Profession, ...]
    version_title: str
    kind: VersionKind
    signed_place: str | None
    signed_on: dt.date | None
    copies: int | None
    parties: tuple[PartyRecord, ...]
    preamble: tuple[str, ...]
    measures: tuple[MeasureRecord, ...]
    articles: tuple[ArticleRecord, ...]


def dump(document: ProtocolDocument) -> str:
    """The JSON text (UTF-8, indented, accents kept)."""
    data = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "protocol": {
            "title": document.title,
            "professions": [p.value for p in document.professions],
        },
        "version": {
            "title": document.version_title,
            "kind": document.kind.value,
            "signed_place": document.signed_place,
            "signed_on": document.signed_on.isoformat() if document.signed_on else None,
            "copies": document.copies,
        },
        "parties": [
            {
                "organisation": {"name": p.organisation, "kind": p.organisation_kind.value},
                "function": {"masculine": p.function, "feminine": p.function_feminine},
                "signer": None
                if p.signer is None
                else {
                    "civility": p.signer.civility.value if p.signer.civility else None,
                    "first_name": p.signer.first_name,
                    "last_name": p.signer.last_name,
                },
                "represented_by": p.represented_by,
                **({"short_name": p.short_name} if p.short_name else {}),
            }
            for p in document.parties
        ],
        "preamble": list(document.preamble),
        "measures": [
            {"key": m.key, "kind": m.kind.value, "label": m.label} for m in document.measures
        ],
        "articles": [
            {"number": a.number, "title": a.title, "body": a.body, "measures": list(a.measures)}
            for a in document.articles
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


class _Reader:
    """Reads values at JSON paths, collecting French errors instead of stopping."""

    def __init__(self) -> None:
        self.errors: list[str] = []

    def fail(self, path: str, problem: str) -> None:
        self.errors.append(f"{path} : {problem}")

    def obj(self, value: Any, path: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.fail(path, "objet JSON attendu")
            return {}
        return value

    def array(self, value: Any, path: str) -> list[Any]:
        if value is None:
            return []
        if not isinstance(value, list):
            self.fail(path, "liste JSON attendue")
            return []
        return value

    def text(
        self, data: dict[str, Any], key: str, path: str, *, required: bool = True
    ) -> str | None:
        value = data.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.fail(f"{path}.{key}", "valeur obligatoire manquante")
            return None
        if not isinstance(value, str):
            self.fail(f"{path}.{key}", "texte attendu")
            return None
        return value.strip()

    def enum(self, enum_type: Any, value: Any, path: str, *, required: bool = True) -> Any:
        if value is None and not required:
            return None
        try:
            return enum_type(value)
        except ValueError:
            allowed = ", ".join(m.value for m in enum_type)
            self.fail(path, f"valeur « {value} » inconnue (valeurs possibles : {allowed})")
            return None

    def integer(self, value: Any, path: str, *, required: bool = True) -> int | None:
        if value is None and not required:
            return None
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            self.fail(path, f"nombre entier positif attendu (trouvé : {value!r})")
            return None
        return value

    def date(self, value: Any, path: str) -> dt.date | None:
        if value is None:
            return None
        try:
            return dt.date.fromisoformat(str(value))
        except ValueError:
            self.fail(path, f"date « {value} » invalide (format AAAA-MM-JJ attendu)")
            return None


def parse(text: str) -> ParseResult[ProtocolDocument]:
    """Validate a JSON text; every problem is reported with its path ("$.articles[3].title")."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as error:
        reason = f"JSON illisible, ligne {error.lineno}, colonne {error.colno} : {error.msg}"
        return ParseResult((), (LineReject(error.lineno, reason),))
    r = _Reader()
    root = r.obj(raw, "$")
    if root and root.get("format") != FORMAT:
        r.fail("$.format", f"« {FORMAT} » attendu : ce fichier n'est pas un protocole Égide")
    if root and root.get("format_version") not in (None, FORMAT_VERSION):
        r.fail(
            "$.format_version",
            f"version {root.get('format_version')!r} non prise en "
            f"charge (version {FORMAT_VERSION} attendue)",
        )
    protocol = r.obj(root.get("protocol"), "$.protocol") if root else {}
    version = r.obj(root.get("version", {}), "$.version") if root else {}
    title = r.text(protocol, "title", "$.protocol")
    professions = tuple(
        r.enum(Profession, value, f"$.protocol.professions[{i}]")
        for i, value in enumerate(r.array(protocol.get("professions"), "$.protocol.professions"))
    )
    measures = _measures(r, root.get("measures"))
    keys = {m.key for m in measures}
    document = ProtocolDocument(
        title=title or "",
        professions=tuple(p for p in professions if p is not None),
        version_title=r.text(version, "title", "$.version", required=False) or title or "",
        kind=r.enum(VersionKind, version.get("kind", "original"), "$.version.kind")
        or VersionKind.ORIGINAL,
        signed_place=r.text(version, "signed_place", "$.version", required=False),
        signed_on=r.date(version.get("signed_on"), "$.version.signed_on"),
        copies=r.integer(version.get("copies"), "$.version.copies", required=False),
        parties=_parties(r, root.get("parties")),
        preamble=_preamble(r, root.get("preamble")),
        measures=measures,
        articles=_articles(r, root.get("articles"), keys),
    )
    if r.errors:
        return ParseResult((), tuple(LineReject(0, e) for e in r.errors))
    return ParseResult((document,), ())


def _parties(r: _Reader, value: Any) -> tuple[PartyRecord, ...]:
    result = []
    for i, item in enumerate(r.array(value, "$.parties")):
        path = f"$.parties[{i}]"
        data = r.obj(item, path)
        organisation = r.obj(data.get("organisation"), f"{path}.organisation")
        function = r.obj(data.get("function"), f"{path}.function")
        signer_data = data.get("signer")
        signer = None
        if signer_data is not None:
            s = r.obj(signer_data, f"{path}.signer")
            signer = SignerRecord(
                civility=r.enum(
                    Civility, s.get("civility"), f"{path}.signer.civility", required=False
                ),
                first_name=r.text(s, "first_name", f"{path}.signer") or "",
                last_name=r.text(s, "last_name", f"{path}.signer") or "",
            )
        result.append(
            PartyRecord(
                organisation=r.text(organisation, "name", f"{path}.organisation") or "",
                organisation_kind=r.enum(
                    OrganisationKind, organisation.get("kind", "other"), f"{path}.organisation.kind"
                )
                or OrganisationKind.OTHER,
                function=r.text(function, "masculine", f"{path}.function") or "",
                function_feminine=r.text(function, "feminine", f"{path}.function", required=False),
                signer=signer,
                represented_by=r.text(data, "represented_by", path, required=False),
                short_name=r.text(data, "short_name", path, required=False),
            )
        )
    return tuple(result)


def _preamble(r: _Reader, value: Any) -> tuple[str, ...]:
    clauses = []
    for i, item in enumerate(r.array(value, "$.preamble")):
        if not isinstance(item, str) or not item.strip():
            r.fail(f"$.preamble[{i}]", "texte non vide attendu")
        else:
            clauses.append(item.strip())
    return tuple(clauses)


def _measures(r: _Reader, value: Any) -> tuple[MeasureRecord, ...]:
    result: list[MeasureRecord] = []
    for i, item in enumerate(r.array(value, "$.measures")):
        path = f"$.measures[{i}]"
        data = r.obj(item, path)
        key = r.text(data, "key", path) or ""
        if key and any(m.key == key for m in result):
            r.fail(f"{path}.key", f"clé « {key} » en double")
        result.append(
            MeasureRecord(
                key=key,
                kind=r.enum(MeasureKind, data.get("kind"), f"{path}.kind") or MeasureKind.OTHER,
                label=r.text(data, "label", path) or "",
            )
        )
    return tuple(result)


def _articles(r: _Reader, value: Any, keys: set[str]) -> tuple[ArticleRecord, ...]:
    result = []
    items = r.array(value, "$.articles")
    if value is None or (isinstance(value, list) and not items):
        r.fail("$.articles", "le protocole n'a aucun article")
    for i, item in enumerate(items):
        path = f"$.articles[{i}]"
        data = r.obj(item, path)
        number = r.integer(data.get("number", i + 1), f"{path}.number")
        body = data.get("body", "")
        if not isinstance(body, str):
            r.fail(f"{path}.body", "texte attendu")
            body = ""
        linked = []
        for j, key in enumerate(r.array(data.get("measures"), f"{path}.measures")):
            if key not in keys:
                r.fail(f"{path}.measures[{j}]", f"mesure « {key} » absente de $.measures")
            else:
                linked.append(key)
        result.append(
            ArticleRecord(
                number or i + 1,
                r.text(data, "title", path, required=False) or "",
                body.strip(),
                tuple(linked),
            )
        )
    numbers = [a.number for a in result]
    if numbers != list(range(1, len(numbers) + 1)):
        r.fail("$.articles", "les articles doivent être numérotés 1, 2, 3… dans l'ordre")
    return tuple(result)
