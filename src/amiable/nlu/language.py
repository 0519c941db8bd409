"""French or English, from a handful of words.

Messages are often three words long ("ok merci", "will pay tomorrow"), so the detector
counts frequent function words and SMS forms of each language rather than letter
statistics, and falls back on the hint (the debtor's known language) when unsure.
"""

from __future__ import annotations

from amiable.nlu.normalize import fold, word_set
from amiable.nlu.precompiled import compile_re

_FRENCH = word_set(
    """je j me m moi tu te vous nous il elle on ils le la les l un une des du de d au aux et ou
    mais donc car ne n pas plus rien jamais que qu qui quoi quand comment pourquoi est suis sommes
    etes sont ai as avons avez ont etait sera serai ce c cet cette ces mon ma mes ton ta votre vos
    notre nos leur son sa ses pour par avec sans dans sur sous chez depuis avant apres bonjour bonsoir
    merci madame monsieur cordialement salut oui non payer paye payerai paierai paie regle reglerai
    facture virement fois mois semaine demain hier aujourd hui lundi mardi mercredi jeudi vendredi
    samedi dimanche euros euro balles g c jpeu jsuis chui dsl stp svp pr ds bcp mr6 dem1 ajd tkt
    pk ke kan qd slt bjr vs deja encore aussi tres bien ok d accord voila ca ici appeler appelez
    arretez contacter dette argent travail boulot envoyer envoyez besoin veux peux sais pense aide
    vraiment tout tous toute compte solde courrier lettre telephone numero plus personne quelqu
    rembourser reglement paiement maintenant"""
)
_ENGLISH = word_set(
    """i me my mine you your yours we us our he she it they them the a an and or but so not no
    nothing never what who when how why is am are was were be been will would shall should can could
    have has had do does did this that these those for with without in on at by from to of into
    about before after hello hi hey dear thanks thank please regards sincerely yes yeah ok pay paid
    paying payment invoice transfer week month tomorrow yesterday today monday tuesday wednesday
    thursday friday saturday sunday pounds pound dollars quid u ur pls thx im cant wont dont gonna
    wanna tmrw asap sorry just still also very well here there texting calling call text
    email emails contact owe owed debt money work job get got send sent need want know think help
    really sure much any some all been being going account balance bill bills letter phone number
    anymore again please person someone somebody anyone people"""
)
# Words that look the same in both languages carry no vote.
_SHARED = _FRENCH & _ENGLISH
_TOKEN = compile_re(r"[a-z0-9]+")
_FRENCH_LETTERS = compile_re(r"[éèêàùçôîœ]")


def detect_language(text: str, hint: str | None = None) -> tuple[str, float]:
    """("fr" or "en", confidence 0..1). The hint wins when the words do not decide."""
    folded = fold(text)
    french = english = 0.0
    for token in _TOKEN.findall(folded):
        if token in _SHARED:
            continue
        if token in _FRENCH:
            french += 1
        elif token in _ENGLISH:
            english += 1
    # Accented letters are French evidence that survives any spelling.
    french += 0.5 * min(4, len(_FRENCH_LETTERS.findall(text.lower())))
    if "£" in text or "$" in text:
        english += 1
    total = french + english
    fallback = hint if hint in ("fr", "en") else "fr"
    if total == 0:
        return fallback, 0.5
    share = french / total
    if abs(share - 0.5) < 0.15:
        # Too close or too little to call: trust what the office knows of the debtor.
        guess = "fr" if share > 0.5 else "en"
        return (fallback, 0.55) if hint in ("fr", "en") else (guess, 0.55)
    return ("fr", share) if share > 0.5 else ("en", 1 - share)
