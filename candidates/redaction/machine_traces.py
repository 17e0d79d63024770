"""Traces of the candidate's own machines and accounts in code and configuration.

- a GPG key id ("signingkey = 3AA5C34371567BD2", "gpg --recv-keys 0x…");
- a public IP address given as a host ("HostName 51.178.42.17", "server: 203.0.113.9" is a
  documentation range and stays, as do private ranges and public resolvers);
- a device named after its owner or their town ("grace-thinkpad", "quimper-nas",
  "vps-marchetti"): a device word joined to a first name, a family name or a town;
- an intranet or school login ("intra : jdupont", "login 42 : …");
- the candidate's initials as a tag in a comment ("TODO NG :", "// CB — à revoir",
  "Relu par MQP").
"""

import ipaddress
import re

from candidates.redaction.lexicon import first_names
from candidates.redaction.spans import Span
from candidates.redaction.text import fold
from candidates.redaction.towns import towns

_GPG = re.compile(
    r"(?i:\b(?:signingkey|signing-key|signing_key|keyid|key-id|key id|gpg key|default-key|"
    r"recv-keys|--local-user|-u)\b\s*[=:]?\s*)(?P<key>(?:0x)?[0-9A-Fa-f]{8,40})\b"
)
_HOST_IP = re.compile(
    r"(?i:\b(?:hostname|host|server|serveur|ip|addr(?:ess)?|adresse|vps|remote|endpoint|"
    r"ansible_host)\b\s*[=:]?\s*[\"']?)(?P<ip>(?:\d{1,3}\.){3}\d{1,3})\b"
)
_DOTTED = re.compile(r"\d\.\d{1,3}\.\d{1,3}\.\d")
_PUBLIC_RESOLVERS = {"8.8.8.8", "8.8.4.4", "1.1.1.1", "1.0.0.1", "9.9.9.9", "208.67.222.222"}
_DEVICE = (
    r"(?:thinkpad|laptop|portable|macbook|mbp|mba|imac|desktop|pc|nas|vps|server|srv|xps|"
    r"latitude|surface|raspi|rpi|pi|box|tour|workstation|ws|mac|dell|hp|lenovo|asus)"
)
_DEVICE_NAME = re.compile(
    rf"(?<![\w.\-])(?:(?P<a>[a-z]+)-{_DEVICE}|{_DEVICE}-(?P<b>[a-z]+))(?:-?\d+)?(?![\w\-])",
    re.IGNORECASE,
)
# "SW-ZABI-HOME", "PC-MARTIN-ATELIER", "JQD-PC": a host of up to four parts, one of them a
# device word and another the owner's name, nickname or initials.
_HOST = re.compile(r"(?<![\w.\-$@])(?P<host>[A-Za-z0-9]+(?:-[A-Za-z0-9]+){1,3})(?![\w\-])")
_DEVICE_PART = re.compile(rf"(?i:{_DEVICE}|sw|switch|router|rtr|home|perso|maison|ap)\d*")
_HOST_CUE = re.compile(
    r"(?i:\b(?:hostname|host|machine|computer|ordinateur|poste|on|sur)\s*[:=]?\s*$)"
)
_LOGIN = re.compile(
    r"(?i:\b(?:intra(?:net)?|login\s+(?:42|intra|[ée]cole|school)|identifiant\s+intra|"
    r"pseudo\s+42)\s*:\s*)"
    r"(?P<login>[a-z][a-z0-9_\-]{2,20})\b"
)


def find_machine_traces(text: str, identity_words: set[str], initials: set[str]) -> list[Span]:
    # anywhere: a key or an address in a configuration line is not in a comment or a string
    lower = text.lower()
    keyed = any(k in lower for k in ("key", "gpg", "-u"))
    spans = [
        Span(m.start("key"), m.end("key"), "ident", anywhere=True)
        for m in (_GPG.finditer(text) if keyed else ())
    ]
    for m in _HOST_IP.finditer(text) if _DOTTED.search(text) else ():
        if _is_personal_ip(m.group("ip")):
            spans.append(Span(m.start("ip"), m.end("ip"), "ident", anywhere=True))
    owners = identity_words | first_names()
    for m in _DEVICE_NAME.finditer(text) if "-" in text else ():
        word = fold(m.group("a") or m.group("b"))
        if word in owners or word in towns():
            spans.append(Span(m.start(), m.end(), "ident"))
    if "-" in text:
        spans += _hosts(text, identity_words, initials)
    if any(k in lower for k in ("intra", "login", "identifiant", "pseudo")):
        spans += [Span(m.start("login"), m.end("login"), "ident") for m in _LOGIN.finditer(text)]
    spans += _initials(text, initials)
    return spans


def _is_personal_ip(value: str) -> bool:
    try:
        ip = ipaddress.ip_address(value)
    except ValueError:
        return False
    documentation = any(
        ip in ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")
    )
    return ip.is_global and not documentation and value not in _PUBLIC_RESOLVERS


_COMMENT_TAG = re.compile(
    r"(?:(?:^|\n)[ \t]*(?:#|//|--|/?\*|;|%)[ \t]*|\b(?:TODO|FIXME|XXX|HACK|NOTE)\b[ \t]*\(?|"
    r"(?i:\b(?:relu|revu|valid[ée]|approuv[ée]|sign[ée]|reviewed|checked|approved|signed)"
    r"\s+(?:par|by)\s+))(?P<tag>[A-Z]{2,4})(?=\s*[:)—–\-,.]|\s+(?:le|on)\b|\s*$)",
)


def _initials(text: str, initials: set[str]) -> list[Span]:
    if not initials:
        return []
    return [
        Span(m.start("tag"), m.end("tag"), "name")
        for m in _COMMENT_TAG.finditer(text)
        if m.group("tag") in initials
    ]


def _hosts(text: str, identity_words: set[str], initials: set[str]) -> list[Span]:
    spans = []
    for m in _HOST.finditer(text):
        parts = m.group("host").split("-")
        if m.group("host") != m.group("host").upper() and not _HOST_CUE.search(
            text, max(0, m.start() - 20), m.start()
        ):
            continue
        if not any(_DEVICE_PART.fullmatch(p) for p in parts):
            continue
        for part in parts:
            word = fold(part)
            if _DEVICE_PART.fullmatch(part) or not word.isalpha():
                continue
            nickname = len(word) >= 4 and any(w.startswith(word) for w in identity_words)
            if word in identity_words or nickname or part.upper() in initials:
                # anywhere: a host is a value of configuration ("hostname …"), not only prose
                spans.append(Span(m.start(), m.end(), "ident", anywhere=True))
                break
    return spans
