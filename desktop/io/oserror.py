"""What an operating-system error means, in one French clause (never the OS's own English
text: "[Errno 13] Permission denied" reaches nobody in a préfecture)."""

from __future__ import annotations

import errno

_CLAUSES = {
    errno.ENOENT: "il est introuvable",
    errno.EACCES: "l'accès est refusé (droits insuffisants ou fichier ouvert dans un autre "
                  "programme)",
    errno.EPERM: "l'accès est refusé (droits insuffisants)",
    errno.EISDIR: "c'est un dossier, pas un fichier",
    errno.ENOTDIR: "un élément du chemin n'est pas un dossier",
    errno.ENOSPC: "le disque est plein",
    errno.EROFS: "le support est en lecture seule",
    errno.ENAMETOOLONG: "le chemin est trop long",
    errno.EBUSY: "il est utilisé par un autre programme",
    errno.EIO: "erreur de lecture ou d'écriture du support",
}


def os_error_clause(error: OSError) -> str:
    """"il est introuvable", "l'accès est refusé (…)"… for ``error`` (a French clause)."""
    if isinstance(error, FileNotFoundError):
        return _CLAUSES[errno.ENOENT]
    if isinstance(error, PermissionError):
        return _CLAUSES[errno.EACCES]
    if isinstance(error, IsADirectoryError):
        return _CLAUSES[errno.EISDIR]
    clause = _CLAUSES.get(error.errno or -1)
    if clause:
        return clause
    winerror = getattr(error, "winerror", None)
    if winerror == 32:  # ERROR_SHARING_VIOLATION: the file is open in Excel
        return _CLAUSES[errno.EBUSY]
    return "erreur du système de fichiers" + (f" (code {error.errno})" if error.errno else "")
