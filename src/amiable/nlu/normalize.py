"""One spelling for the many ways people write: case, accents, SMS French, contractions.

The rules and the model read the normalised text; entities are read from the cleaned
text itself, so spans and amounts stay the writer's own. Normalising is lossy on
purpose: "g pa pu payé" and "J'ai pas pu payer" must look alike to what reads them.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from amiable.nlu.precompiled import compile_re

# SMS and spoken French, and English texting, mapped to the written form (accents off).
_SHORTHAND = {
    # French
    "g": "j ai",
    "jai": "j ai",
    "ai": "ai",
    "c": "c est",
    "cest": "c est",
    "sa": "ca",
    "ca": "ca",
    "jpeu": "je peux",
    "jpeux": "je peux",
    "jpe": "je peux",
    "peu": "peux",
    "jpourrai": "je pourrai",
    "jsuis": "je suis",
    "jsui": "je suis",
    "chui": "je suis",
    "chuis": "je suis",
    "jss": "je suis",
    "jsp": "je sais pas",
    "chais": "je sais",
    "jvais": "je vais",
    "jviens": "je viens",
    "jvien": "je viens",
    "jvai": "je vais",
    "vais": "vais",
    "jvous": "je vous",
    "jte": "je te",
    "jme": "je me",
    "jle": "je le",
    "jla": "je la",
    "jles": "je les",
    "jpaie": "je paie",
    "jpaye": "je paie",
    "jpaierai": "je paierai",
    "jrembourse": "je rembourse",
    "pk": "pourquoi",
    "pq": "pourquoi",
    "pkoi": "pourquoi",
    "pourkoi": "pourquoi",
    "ke": "que",
    "k": "que",
    "koi": "quoi",
    "kan": "quand",
    "qd": "quand",
    "kand": "quand",
    "ki": "qui",
    "kel": "quel",
    "kelle": "quelle",
    "komen": "comment",
    "cmt": "comment",
    "tkt": "t inquiete",
    "dsl": "desole",
    "desoler": "desole",
    "stp": "s il te plait",
    "svp": "s il vous plait",
    "svpl": "s il vous plait",
    "pr": "pour",
    "pour": "pour",
    "ds": "dans",
    "bcp": "beaucoup",
    "mm": "meme",
    "mem": "meme",
    "slt": "salut",
    "bjr": "bonjour",
    "bsr": "bonsoir",
    "cc": "coucou",
    "mr6": "merci",
    "mrc": "merci",
    "mci": "merci",
    "dem1": "demain",
    "dm1": "demain",
    "demin": "demain",
    "ajd": "aujourd hui",
    "auj": "aujourd hui",
    "aujourdhui": "aujourd hui",
    "aujourd'hui": "aujourd hui",
    "oj": "aujourd hui",
    "tt": "tout",
    "tte": "toute",
    "ts": "tous",
    "tjr": "toujours",
    "tjrs": "toujours",
    "jms": "jamais",
    "rien": "rien",
    "pa": "pas",
    "ier": "hier",
    "pas": "pas",
    "ya": "il y a",
    "y'a": "il y a",
    "yen": "il y en",
    "ptet": "peut etre",
    "pt": "peut",
    "p-e": "peut etre",
    "pe": "peut etre",
    "ok": "ok",
    "oki": "ok",
    "okay": "ok",
    "dac": "d accord",
    "dacc": "d accord",
    "daccord": "d accord",
    "vs": "vous",
    "jvs": "je vous",
    "jvou": "je vous",
    "plu": "plus",
    "pluq": "plus que",
    "vx": "veux",
    "nn": "non",
    "ouai": "oui",
    "ouais": "oui",
    "wesh": "wesh",
    "mnt": "maintenant",
    "mtn": "maintenant",
    "rdv": "rendez vous",
    "qqn": "quelqu un",
    "qq1": "quelqu un",
    "qqch": "quelque chose",
    "qqc": "quelque chose",
    "msg": "message",
    "sms": "sms",
    "tel": "telephone",
    "tél": "telephone",
    "num": "numero",
    "moi": "moi",
    "vrmt": "vraiment",
    "vraimen": "vraiment",
    "bo": "beau",
    "ojourdui": "aujourd hui",
    "ojourd8": "aujourd hui",
    "ojourdhui": "aujourd hui",
    "aujourd8": "aujourd hui",
    "jcone": "je connais",
    "jconai": "je connais",
    "jconais": "je connais",
    "jconnai": "je connais",
    "jconnais": "je connais",
    "conai": "connais",
    "connai": "connais",
    "arete": "arretez",
    "aretez": "arretez",
    "dapele": "d appeler",
    "dapeler": "d appeler",
    "dappele": "d appeler",
    "dappeler": "d appeler",
    "mapele": "m appeler",
    "mor": "mort",
    "frer": "frere",
    "fakture": "facture",
    "factur": "facture",
    "tan": "tant",
    "dete": "dette",
    "detes": "dettes",
    "payé": "paye",
    "rapelez": "rappelez",
    "apelez": "appelez",
    "rapeler": "rappeler",
    "apeler": "appeler",
    "rappeller": "rappeler",
    "semene": "semaine",
    "smaine": "semaine",
    "paiyer": "payer",
    "payé.": "paye",
    "réglé": "regle",
    # Phonetic French of writers with little schooling: "je vou pé les 120 e samedi",
    # "jé envoyé le chec", "la semène prochène", "debu du moi prochin".
    "vou": "vous",
    "chec": "cheque",
    "chq": "cheque",
    "chqs": "cheques",
    "chek": "cheque",
    "foi": "fois",
    "boulo": "boulot",
    "tou": "tout",
    "debu": "debut",
    "prochene": "prochaine",
    "prochenne": "prochaine",
    "prochin": "prochain",
    "prochen": "prochain",
    "apre": "apres",
    "jorai": "j aurai",
    "fote": "faute",
    "semen": "semaine",
    "dan": "dans",
    "ala": "a la",
    # English misspellings: "payed £85", "i cant pai til frieday", "nextweek".
    "payed": "paid",
    "frieday": "friday",
    "firday": "friday",
    "fryday": "friday",
    "todya": "today",
    "nextweek": "next week",
    "novemeber": "november",
    # English texting
    "u": "you",
    "ur": "your",
    "r": "are",
    "pls": "please",
    "plz": "please",
    "thx": "thanks",
    "thnx": "thanks",
    "ty": "thank you",
    "im": "i am",
    "i'm": "i am",
    "ive": "i have",
    "i've": "i have",
    "i'll": "i will",
    "cant": "cannot",
    "can't": "cannot",
    "wont": "will not",
    "won't": "will not",
    "dont": "do not",
    "don't": "do not",
    "didnt": "did not",
    "didn't": "did not",
    "doesnt": "does not",
    "doesn't": "does not",
    "isnt": "is not",
    "isn't": "is not",
    "havent": "have not",
    "haven't": "have not",
    "gonna": "going to",
    "wanna": "want to",
    "gotta": "have to",
    "idk": "i do not know",
    # Scots
    "dinnae": "do not",
    "didnae": "did not",
    "cannae": "cannot",
    "wouldnae": "would not",
    "couldnae": "could not",
    "isnae": "is not",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "2moro": "tomorrow",
    "2day": "today",
    "2nite": "tonight",
    "2main": "demain",
    "2morow": "tomorrow",
    "2mrw": "tomorrow",
    "2morrow": "tomorrow",
    "tomoz": "tomorrow",
    "b4": "before",
    "asap": "as soon as possible",
    "bc": "because",
    "cuz": "because",
    "coz": "because",
    "ppl": "people",
    "msgs": "messages",
    "txt": "text",
    "txts": "texts",
    "wk": "week",
    "wks": "weeks",
    "mo": "month",
    "mth": "month",
    "mths": "months",
    "acct": "account",
    "amt": "amount",
    "yr": "year",
    "yrs": "years",
    "numbr": "number",
    "stpo": "stop",
    "sotp": "stop",
    "nmbr": "number",
    "persn": "person",
    "wrng": "wrong",
    "pymt": "payment",
    "pymnt": "payment",
    "paymt": "payment",
}
_WORD = compile_re(
    # (SMS words that start with a digit first: "2moro", "2day", "2nite", "2main".)
    r"\b2(?:moro|morrow|morow|mrw|day|nite|main)\b|\d+(?:[.,]\d+)*|[a-z0-9]+(?:'[a-z]+)?|[€£$%?!.,;:👍🙏👌✅🖕😡🤬💩🤡]"
)  # (on folded text: lower case)
_ELISION = compile_re(r"\b([cdjlmnst]|qu|jusqu|lorsqu|puisqu|quelqu|presqu)'")
# ("stooop" is "stoop"; "6 000" keeps its zeros.)
_REPEATS = compile_re(r"(\D)\1{2,}")


def word_set(words: str) -> frozenset[str]:
    """A table of words written as one string, to keep long lists readable."""
    return frozenset(words.split())


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Lower case without accents; ligatures and typographic quotes made plain."""
    text = text.lower().replace("’", "'").replace("`", "'").replace("œ", "oe").replace("æ", "ae")
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    # Only the characters past ASCII may be marks to drop: a few in a message, where
    # testing every character cost half of folding. Lowered again: a compatibility form
    # may be a capital ("Ⅻ" is "XII").
    return _NON_ASCII.sub(_without_marks, decomposed).lower()


_NON_ASCII = compile_re(r"[^\x00-\x7f]+")


def _without_marks(match: re.Match[str]) -> str:
    return "".join(char for char in match.group() if not unicodedata.combining(char))


# "CHF 200.–": a Swiss round sum, not a sentence's end.
_SWISS_ROUND = compile_re(r"(\d)\.[\u2013\u2014-]")


# Accented phonetic words, read before the accents go: "jé payé" is "j'ai payé" (folded,
# "je paye" would be the present), "cé pa moi" "c'est pas moi", "mé 380 sa va pa" "mais",
# "je vou pé" "je vous paie".
_PHONETIC = compile_re(
    r"(?<!['’])\b(?:([JjCcMm])[éè]|((?:je|j|vou|vous|jvou|jvous|on|Je|J|Vous|On) )p[éè])(?![\w'’-])"
)
_PHONETIC_WORDS = {"j": "j'ai", "c": "c'est", "m": "mais"}


def _phonetic(match: re.Match[str]) -> str:
    if match.group(1):
        return _PHONETIC_WORDS[match.group(1).lower()]
    return match.group(2) + "paie"


@lru_cache(maxsize=256)
def normalize(text: str) -> str:
    """Folded text with SMS spellings expanded and elisions split: "g pa pu" -> "j ai pas pu"."""
    if "é" in text or "è" in text:
        text = _PHONETIC.sub(_phonetic, text)
    folded = _REPEATS.sub(r"\1\1", fold(text))
    folded = _SWISS_ROUND.sub(r"\1", folded)
    folded = _ELISION.sub(r"\1 ", folded)
    words = _WORD.findall(folded)
    shorthand = _SHORTHAND.get
    expanded = [shorthand(word, word) for word in words]
    for index, word in enumerate(words):
        if word in _CONTEXTUAL:
            expanded[index] = _in_context(word, words, index)
    return " ".join(expanded)


# SMS spellings that are words elsewhere: read so only after the words that make them
# so ("il é mor" is "il est mort", but "e-mail" keeps its "e"; "60 par moi" is a month).
_SUBJECTS = frozenset({"il", "elle", "c", "ce", "ca", "sa", "qui", "on"})
_CONTEXTUAL = frozenset({"c", "e", "moi", "ill", "dont", "tout", "sa", "peu"})
# SMS "je peu" is "je peux"; "un peu", "peu importe" stay.
_BEFORE_SMS_PEU = frozenset({"je", "j", "tu", "ne", "n"})
_AFTER_ELIDED_C = frozenset({"est", "etait", "etaient", "sera", "serait", "eut", "eu"})
# French "dont" is followed by its clause's subject or article ("dont vous trouverez",
# "dont le montant"); English SMS "dont" by a verb ("i dont owe").
_AFTER_FRENCH_DONT = word_set(
    "je j tu il elle on nous vous ils elles le la les l un une des du de d mon ma mes ton "
    "ta tes son sa ses notre nos votre vos leur leurs ce cet cette ces me m te se s y en "
    "plus moins tout toute tous toutes chacun certains certaines deux trois quatre cinq "
    "partie moitie seulement notamment environ"
)
# SMS "sa va", "sa fait 3 mois" is "ça"; "sa mère", "sa nouvelle adresse" stay "sa".
_AFTER_SMS_SA = word_set(
    "va vas fait marche me m te t nous vous suffit ira irait y depend coute vaut passe "
    "serait sera devrait prend fera ferait etait est arrive n ne peut pourrait commence "
    "change roule craint sert s se c devient reste dure tombe bloque part avance aussi ou "
    "et . , ! ? ; : ..."
)
# "ill pay monday" is "I'll pay"; "I'm ill" stays ill.
_ILL_VERBS = word_set(
    "pay send transfer clear settle get be do call make have sort try put drop post"
)


def _in_context(word: str, words: list[str], index: int) -> str:
    following = words[index + 1] if index + 1 < len(words) else ""
    if word == "c":
        # "c'est", "c'était" have already become "c est", "c etait": only a lone SMS "c"
        # is expanded.
        return word if following in _AFTER_ELIDED_C else _SHORTHAND[word]
    if word == "ill":
        return "i will" if following in _ILL_VERBS else word
    if word == "dont":
        return word if following in _AFTER_FRENCH_DONT or following[:1].isdigit() else "do not"
    if word == "sa":
        return "ca" if following in _AFTER_SMS_SA or not following else word
    if word == "tout":
        # "tout les 15 jours" is always "tous les".
        return "tous" if following == "les" else word
    previous = words[index - 1] if index else ""
    if word == "peu":
        return "peux" if previous in _BEFORE_SMS_PEU else word
    if word == "e" and previous in _SUBJECTS:
        return "est"
    if word == "moi" and previous == "par" and index >= 2:
        before = words[index - 2]
        if before[:1].isdigit() or before in ("€", "e", "euros", "euro", "balles"):
            return "mois"
    return _SHORTHAND.get(word, word)
