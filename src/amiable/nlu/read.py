"""Reading one debtor message: `understand(text, received_at) -> Reading`.

The steps, each in its own module: clean the message down to the debtor's own words
(`clean`), detect the language (`language`), normalise spelling (`normalize`), find the
intents with the phrase rules (`rules`) and the trained model (`model`), settle them by
the SPEC's priority, then read the entities — dates (`dates`), amounts and instalment
counts (`amounts`) — from the clauses that carry the payment intent.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING

from amiable.nlu import amounts as amount_finder
from amiable.nlu import dates as date_finder
from amiable.nlu.choices import (
    PAYMENT,
    PRIORITY,
    SAFETY,
    STANDALONE,
    Channel,
    DisputeType,
    Intent,
)
from amiable.nlu.clean import clean
from amiable.nlu.language import detect_language
from amiable.nlu.model import shipped_dispute_model, shipped_model
from amiable.nlu.normalize import normalize
from amiable.nlu.precompiled import compile_re
from amiable.nlu.reading import Reading
from amiable.nlu.rules import (
    A_STRANGERS_DENIAL,
    PAST_TROUBLE,
    WHAT_A_PAST_TROUBLE_EXPLAINS,
    RuleReading,
    dispute_type,
    hardship_told,
    is_identity_theft,
    needles_in,
    read_rules,
)

if TYPE_CHECKING:
    from amiable.nlu.llm import LlmReader

MAX_TEXT_CHARS = 100_000
"""Longer than any letter: what is beyond is an attachment or junk, not a reply."""
MONTH_WINDOW_DAYS = 27
# A day and month said without a year that fell within this many days before the message,
# read for a payment to come, rolls over to next year (SPEC): more likely a day gone by.
_JUST_GONE_DAYS = 60
_ROLLED_OVER_DAYS = 300

# The model's probability above which it adds an intent the rules did not find. Safety
# intents are added more readily: a missed one costs more than a human's second look.
MODEL_THRESHOLD = 0.6
SAFETY_MODEL_THRESHOLD = 0.5
MODEL_THRESHOLDS = {
    # Asking for a document, a link or a person is often said in passing: only a clear
    # model score adds one of these to intents the rules already found.
    Intent.REQUEST_INFO: 0.75,
    Intent.PAY_NOW: 0.8,
    # A new number or address reads close to "wrong number" to a model; the rules know
    # the ways of saying it is not the debtor. Measured over the dev and held-out sets
    # (23 Nov.): below these scores, the model's own additions of these four safety
    # intents were wrong 19 times and right 3 times, and the rules now read those 3. The
    # next unseen set (held-out 8) then lost five safety cases to these thresholds: what
    # the model no longer adds, the rules must know.
    Intent.WRONG_PERSON: 0.8,
    # "Call me.", "appelez-moi svp", "email me the statement": a short message about the
    # channel scores 0.5-0.6 for a stop. (Measured on 24 Nov. where neither the rules
    # nor the model had seen the messages, sets 45-55 with the reader of before set 45 and
    # sets 40-44 with the reader of before set 40, 0.6 read 4 more stops and 4 more false
    # ones; but with today's model it reads "appelez moi svp", "can you email me a
    # statement pls" and "please don't stop the text reminders" as stops.)
    Intent.STOP_CONTACT: 0.7,
    # An insolvency or a hardship the model alone hears is added from 0.5
    # (SAFETY_MODEL_THRESHOLD). These two and a death were at 0.7, set on gold sets the rules had
    # already been fitted to, where the rules read the model's right additions first and
    # left it mostly the wrong ones. Measured where neither the rules nor the model had
    # seen the messages (23 Nov.: sets 25-27 with the reader of before set 25, sets 28-31
    # with the reader of before set 28, sets 32-33 with the reader of the day), 0.5 with
    # HARDSHIP_BESIDE_PAYMENT_THRESHOLD at 0.8 instead of 0.95 moved primary accuracy by
    # +0.003 to +0.007 and safety recall by +0.012 to +0.017 on each of the three.
    # A death the model alone hears below 0.8 was never one where it had not seen the
    # messages (24 Nov., 25th session: sets 148-153 and 160-168 with the readers of before
    # them, 8 false and none right) nor on the gold it had (14 false, none right):
    # "frightened her half to death", a mother moved into a care home, a relative managing
    # the post. The rules know the ways of telling a death; from 0.8 the model was right 7
    # times in 7 unseen and 168 in 171 on the gold. On the session's next seven sets
    # (169-175, unseen by the model) it was wrong 3 times and right once below 0.8: a
    # dictated "mon père est des cédés", now read by a rule.
    Intent.DECEASED: 0.8,
    # "c'est passé de 120 à 168 €" reads like a payment to a model: a payment already
    # made needs a clear score when no rule saw one.
    Intent.ALREADY_PAID: 0.75,
    # A payment told in the past ("sent the £25 on monday", "mon virement de mardi est-il
    # arrivé ?") scores 0.6-0.7 for a promise. Measured on 24 Nov.: 0.7 instead of 0.6
    # read 3 better and none worse on sets 45-55 with the reader of before set 45 (where
    # neither rules nor model had seen them), 16 better and 3 worse on all gold sets (those
    # three now read by rules: "I will make one final payment", "can pay the whole $430").
    Intent.PROMISE_TO_PAY: 0.7,
    Intent.REQUEST_HUMAN: 0.7,
}
DOUBTED_THRESHOLD = 0.8
"""An event named with no word of its cost, or a death notice with no difficulty of the
writer's, leaves a hardship doubted (`RuleReading.doubted`), not ruled out: the model adds
it from this score. Measured where neither rules nor model had seen the messages (sets
45-55 with the reader of before set 45; sets 40-44 with the reader of before set 40, death
notices only, as the event rule came after it): 7 and 2 more hardships read, no false one
(until 24 Nov. both were vetoed)."""
PAYMENT_OVERRIDE_THRESHOLD = 0.97
DISPUTE_OVER_INFO_THRESHOLD = 0.8
# Beside a payment the rules read (promised, offered or made), a dispute the model alone
# hears: below this it was wrong seven times in eight on the gold sets (a business
# confirming an invoice it will pay, "I paid the £60 like we agreed").
DISPUTE_BESIDE_PAYMENT_THRESHOLD = 0.74
DISPUTE_BESIDE_WRONG_PERSON_THRESHOLD = 0.95
# Beside an insolvency the rules read (already a reason to stop), a dispute the model
# alone hears: below this it was wrong five times in five on the gold sets (a company's
# letter announcing its procedure, "la commission a dit que mon dossier était recevable").
DISPUTE_BESIDE_INSOLVENCY_THRESHOLD = 0.8
WRONG_PERSON_BESIDE_DISPUTE_THRESHOLD = 0.9
HARDSHIP_BESIDE_PAYMENT_THRESHOLD = 0.8
HARDSHIP_BESIDE_WRONG_PERSON_THRESHOLD = 0.9
AUTO_REPLY_OVERRIDE_THRESHOLD = 0.85
# A message that opens as an automatic notice ("Réponse automatique :", "Auto-reply:").
_NOTICE_HEADER = compile_re(
    r"^\W*(?:reponse automatique|message automatique|automatic reply|auto ?reply|autoreply|automated (?:message|response|reply)|reponse auto\b|accuse de reception automatique)"
)
# What a notice's header does not turn into an automatic answer.
_TOLD_UNDER_A_NOTICE = SAFETY | {Intent.ALREADY_PAID, Intent.AUTO_REPLY}
"""Which payment intent a message carries (paid, plan, promise) is the rules' call when
they found one: the model adds another only when it is nearly certain."""
FALLBACK_THRESHOLD = 0.3
# The least score a standalone label needs to be the fallback; below it, `other`.
STANDALONE_FLOOR = 0.05
"""When no intent is found, the model's best guess is the reading from this score, a
safety intent's too: a safety intent at 0.4 (until 23 Nov.) lost more than it saved where
neither rules nor model had seen the messages (sets 25-27, 28-31 and 32-33, each with the
reader of before: safety recall +0.004 to +0.006, primary +0.001 to +0.003)."""
DISPUTE_TYPE_THRESHOLD = 0.5
"""The kind of dispute is the rules' when one of their patterns names it; otherwise the
model's, when it scores a kind at least this high; otherwise `other`. First set at 0.6,
measured with a model trained on held-out sets 1-20 on the disputes of sets 21-25 the
rules could not type (from 0.6 right 10 times in 10, between 0.5 and 0.6 once in 4). With
the model trained on more sets, 0.5 typed more disputes right on each of three epochs
where neither rules nor model had seen the messages (23 Nov.: sets 25-27, 28-31, 32-33,
each with the reader of before them: +0.013, +0.019, +0.024)."""
RULE_CONFIDENCE = 0.9

# A promise blocked by a condition put on the creditor, not by a refusal.
_CONDITION = compile_re(
    r"\b(?:tant que|tant qu|a condition|sauf si|a moins|pas avant|des que vous|quand vous|si vous|lorsque vous|"
    r"lorsque (?:ces|les|vos|votre|le|la|l)|une fois que|une fois (?:ces|les|vos)|que lorsque|"
    r"until|unless|not before|only if|only once|once you|when you|as soon as you|after you|if you|"
    r"once (?:the|these|those|your|that|this)|(?:des|a) reception d|(?:des|a|apres) (?:la )?reception (?:de|du|des)|on receipt of|(?:once|when|as soon as|after) (?:a|an) (?:corrected|revised|amended|new|credit))\b"
)
_WHEN_PAID = compile_re(
    r"\b(?:quand|des que|lorsque|when|once|as soon as|after)\b.{0,30}"
    r"\b(?:salaire|paie|paye|paid|payday|wages|pension|retraite|chomage|caf)\b"
)
_GREETING_ONLY = compile_re(
    r"^\W*(?:(?:bonjour|bonsoir|salut|coucou|hello|hi|hey|good (?:morning|afternoon|evening)|merry christmas|"
    r"happy (?:new year|holidays|easter)|joyeux noel|bonne annee|bonnes fetes|meilleurs voeux|season s greetings)\W*)+$"
)
_NOT_ALL_AT_ONCE = compile_re(
    r"\b(?:d un (?:seul )?coup|en une (?:seule )?fois|tout payer|in one go|all at once|in one payment)\b"
)
# A limit set in haggling: "30 € par mois, pas plus", "£40 a month and no more". Beside a
# plan, no hardship of the model's unless a difficulty is told in words too.
_A_LIMIT_SET = compile_re(
    r"\b(?:pas plus|pas davantage|not a penny more|no more than that|and no more|not more)\W*$"
)
# Run on the lowered text (faster than IGNORECASE; the offsets are the same).
_CLAUSE_BREAK = compile_re(
    r"[.!?;\n]+|,(?!\d)|\s(?:mais|but|et puis|and then|sinon|otherwise)\s"
    r"|\s(?:et|and)\s(?=(?:je|j'|j’|i|we|nous)\b)"
)
_SENTENCE_END = compile_re(r"[.!?\n]")
_DIGIT = compile_re(r"\d")
# A digit or a currency sign or word: a message without one names no amount to offer.
_MONEY_SIGN = compile_re(r"[\d€£$]")
_MONEY_WORDS = (
    "euro", "balle", "quid", "pound", "livre", "dollar", "buck", "franc", "tenner", "fiver",
    "grand",
)  # fmt: skip
_CONTROL = compile_re(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")
# An amount right after these words is the claimed debt, a contested fee or an income:
# never what the debtor pays or promises (SPEC). They reach over two words at most, never
# over another number ("je ne dois pas 450, seulement 200 €": the 200 is offered), and are
# looked for in the amount's own sentence only (`_sentence_before`). "Pas plus de 100 €"
# and "not more than £100" cap an offer, they do not refuse it.
# A credit note's amount, its reference between: "l'avoir AV-2025-044 de 820,00 €".
_CREDIT_NOTE_BEFORE = compile_re(
    r"\b(?:avoir|credit note)\s+(?:n[°o]?\.?\s*)?[\w/-]*\d[\w/-]*\s+(?:de|d'|of|for)\s*$",
    re.IGNORECASE,
)
# A payment given up: "I was going to pay today but…", "I was going to send $150 but…".
_GIVEN_UP_PAYMENT = (
    r"(?:was|were) (?:going to|gonna|meant to|supposed to|planning to) (?:pay|send|transfer)"
)
_NOT_PAID_AMOUNT = compile_re(
    r"\b(?:r[ée]clam\w*|vous (?:me )?demandez|demand[ée]e?s?|devrais|devoir|dois|doit|au lieu de|et non|"
    r"pas(?!\W+(?:plus|au.del[àa])\b)|"
    r"conteste\w*|frais|p[ée]nalit[ée]s?|indemnit[ée]s?|porte\w* sur|relance\w*|"
    r"owe|claim\w*|asking|instead of|not(?!\W+more\b)|fees?|charges?|penalt\w*|interest|"
    # A payment given up: "I was going to send $150 but…".
    rf"{_GIVEN_UP_PAYMENT})"
    r"\W{0,3}(?:[^\W\d]+\W{1,3}){0,2}$",
    re.IGNORECASE,
)
# A figure quoted, not offered: "your letter says £612.40 but the app says £598.40", "it
# shows $0.00 now" (though "the letter says £1,440 is outstanding" names the whole to pay).
_QUOTED_BEFORE = compile_re(
    r"\b(?:says|shows|states|indique|affiche|mentionne)\W{0,3}(?:[^\W\d]+\W{1,3}){0,2}$",
    re.IGNORECASE,
)
_OUTSTANDING_AFTER = compile_re(
    r"\s*(?:is|are|as)?\s*(?:outstanding|owing|owed|due|restant|d[ûu]s?)\b", re.IGNORECASE
)
# The whole an amount is taken from: "sur les 600 € je vous règle 200 €", "out of the £600".
_OUT_OF_BEFORE = compile_re(
    r"\b(?:sur|out of)\s+(?:les|the|vos|your|ces|mes|my|ses|his|her)\s*$", re.IGNORECASE
)
# An income or a rent named just before the amount is that income, not a payment: "mon
# salaire de 1 600 €", "je touche 900 € de RSA". Not over a comma: in "quand je toucherai mon
# salaire, 200 €" the salary says when, and the 200 is paid.
_INCOME_BEFORE = compile_re(
    r"\b(?:salaire|gagne|touche|revenus?|rsa|allocations?|loyer|"
    r"earn\w*|income|wages?|benefits?|rent)"
    r"[^\w,]{0,3}(?:[^\W\d]+[^\w,]{1,3}){0,2}$",
    re.IGNORECASE,
)
# The debtor's own payment, offered, promised or made, in the words just before an amount,
# read on normalised text: "je veux bien payer", "je vous règle", "j'ai envoyé un mandat de",
# "we'll pay the", "I can send". What lies between it and the amount must not negate it.
_OFFER_BEFORE = compile_re(
    r"\b(?:(?:je|j|on|nous)\s+(?:(?:vous|te|leur|lui|les|le|la|l|en|y)\s+)*"
    r"(?:(?:peux|pourrai[st]?|vais|veux(?:\s+bien)?|voudrais(?:\s+bien)?|suis\s+prete?\s+a|"
    r"propose(?:rai)?\s+de|m\s+engage\s+a|compte|ai|avons|allons|pouvons|ferai|fais)\s+"
    r"(?:(?:deja|bien|tout\s+de\s+suite|vous|te|les|le|la|l|en|y)\s+)*)?"
    r"(?:pa[iy]\w*|regl\w*|vers\w*|vir\w*|envo[iy]\w*|enverr\w*|donn\w*|fai[st]|ferai\w*|"
    r"rembours\w*|effectu\w*)"
    r"|(?:i|we)(?:'ll|'ve|'d)?\s+(?:(?:will|can|could|shall|would|am|are|have|had|also|then|just)\s+)*"
    r"(?:(?:be\s+)?(?:willing|happy|prepared|able|going|ready|glad)\s+to\s+|"
    r"(?:offer|propose|agree|want|intend|promise)\s+to\s+|already\s+)?"
    r"(?:pay|paid|send|sent|transfer\w*|settle|clear|give|put|wire\w*|deposit\w*|do|make)"
    r"|\bill\s+(?:pay|send|transfer|settle|do)"
    # A letter's enclosure: "please find enclosed a cheque for", "ci-joint un chèque de".
    r"|(?:enclosed|attached|please find|ci joint|ci inclus|veuillez trouver)\b.{0,40}"
    r"\b(?:cheque|check|money order|postal order|payment|mandat|reglement|paiement)"
    r"(?:\s+\w+)?\s+(?:for|of|de|d))\b",
)
# An amount named as the debt itself: "cette dette de 1 800 €", "the invoice of £300".
_DEBT_BEFORE = compile_re(
    r"\b(?:dette|cr[ée]ance|facture|montant|somme|solde|debt|invoice|bill|balance|amount|sum)"
    r"\s+(?:(?:initiale?|totale?|r[ée]clam[ée]e?|due?|restant|owed|outstanding|total)\s+)?"
    r"(?:de\s+|d['’]|of\s+|:\s*)?(?:\(\s*)?$",
    re.IGNORECASE,
)
_NEGATION = compile_re(r"\b(?:pas|jamais|rien|not|never|no|cannot)\b|n't\b")
# A sum stated over several amounts: "les 2 factures (120 € et 85 €), soit 205 € en tout".
_SUM_BEFORE = compile_re(
    r"\b(?:soit|au total|en tout|total(?:\s+de)?|in total|altogether|(?:a\s+)?total\s+of|"
    r"ce qui (?:fait|donne|fera)|which (?:makes|comes to))\W{0,3}$",
    re.IGNORECASE,
)
_SUM_AFTER = compile_re(
    r"[^\w\n]{0,3}(?:en tout|au total|in total|altogether|in all)\b", re.IGNORECASE
)
# The end of a sentence before an amount: the words before it are not the amount's.
_SENTENCE_END = compile_re(r"[!?;\n]|\.(?!\d)")
_FEE_AFTER = compile_re(
    r"\W{0,4}(?:de |d'|d’|of |in )?(?:frais|p[ée]nalit|int[ée]r[êe]ts?|fees?|charges?|admin|late|collection|de retard|d'indemnit)",
    re.IGNORECASE,
)
# "les intérêts de retard de 37,50 €", "frais de rappel de CHF 60": a fee named, not paid.
_FEE_BEFORE = compile_re(
    r"\b(?:frais|p[ée]nalit[ée]s?|int[ée]r[êe]ts|indemnit[ée]|majorations?|fees?|charges?|interest)\b"
    r"(?:\s+\w+){0,3}?\s+(?:de|d'|of)\s*(?:chf|eur|€|£|\$)?\s*$"
    # A company's capital in its legal footer: "SA au capital de 2 400 000 €".
    r"|\b(?:au capital(?: social)? de|capital social de|share capital of)\s*(?:chf|eur|€|£|\$)?\s*$"
    # A credit note deducted: "après déduction de l'avoir de 120 €", "the credit note for £240".
    r"|\b(?:avoir|credit note|credit memo)\s+(?:n°\s*\S+\s+)?(?:de|d'|of|for)\s*(?:chf|eur|€|£|\$)?\s*$",
    re.IGNORECASE,
)
# "les 50 € par mois que vous demandez": the creditor's figure, not the debtor's.
_ASKED_AFTER = compile_re(
    r"\W{0,3}(?:(?:par|/|an?|per|each|every)\s*(?:mois|month|semaine|week)\s+)?"
    r"(?:que vous (?:me |nous )?(?:demandez|r[ée]clamez|exigez|voulez)|(?:that |which )?you(?:'re| are)? (?:asking|demanding|want|wanted)(?: me)?(?: for)?\b"
    # "I can't keep up the £60 a month we agreed": the old plan's sum, not the offer.
    r"|(?:that |which )?we (?:had )?(?:agreed|arranged|set up)\b|(?:que nous avions|qu'on avait|que l'on avait|pr[ée]vus?) ?(?:convenus?)?\b)",
    re.IGNORECASE,
)
# The days and periods a payment recurs on ("chaque mois", "every Friday").
_RECURRING_UNITS = (
    "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|semaine|quinzaine|mois|"
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|fortnight|month"
)
# "tous les 15": the 15th of each month, not "tous les 15 jours".
_EACH_MONTH_DAY = (
    r"\d{1,2}(?:er)?\b(?!\s*(?:jours?|semaines?|mois|ans?|fois|days?|weeks?|months?|years?))"
)
_RECURRING_AFTER = compile_re(
    r"\W{0,3}(?:(?:in|aside|away|by|de c[ôo]t[ée])\s+)?(?:chaque|tous les|toutes les|every|each)\s+(?:(?:fin|d[ée]but|milieu)\s+(?:de|du)\s+)?"
    rf"(?:{_EACH_MONTH_DAY}|{_RECURRING_UNITS}|payday)",
    re.IGNORECASE,
)
# The period said first, in the amount's clause: "tous les 15 je peux mettre 35 €",
# "chaque mois je vous verse 40 €", "every Friday I can send £20".
_RECURRING_BEFORE = compile_re(
    r"\b(?:chaque|tous les|toutes les|every|each)\s+"
    rf"(?:{_RECURRING_UNITS}|(?:15|quinze)\s+jours|(?:2|deux)\s+semaines|{_EACH_MONTH_DAY})\b"
    r",?(?:\s+(?!(?:et|and|mais|but|puis|then)\b)[^\s.!?;,]+){1,5}\s+$",
    re.IGNORECASE,
)
_SINCE = compile_re(r"\b(?:depuis|since)\s+$", re.IGNORECASE)
_LISTED_PAYMENT_BEFORE = compile_re(
    # (A month's invoice named for each day paid: "la facture de mars le 12 et celle d'avril
    # le 26", "the March invoice on the 12th and the April one on the 26th".)
    r"(?:\d\s?(?:€|e\b|eur\w*|euros?|£|\$|balles|pounds?|quid|dollars?|bucks)?|solde|reste|balance|rest|remainder|half|moiti[ée]|l'autre|(?:\bfactures?|\binvoices?|\bbills?|\bcelle|\bcelui)(?: de | d'| du mois de | for | )(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|january|february|march|april|may|june|july|august|september|october|november|december)|\b(?:january|february|march|april|may|june|july|august|september|october|november|december) (?:invoice|bill|one))\W{1,3}(?:\w+\W{1,3}){0,2}$",
    re.IGNORECASE,
)
# A letter's day of arrival or of writing said before a date, not a payment's.
_ARRIVED_ON = compile_re(
    r"\b(?:arriv[ée]e?s?|re[çc]ue?s?|received|arrived|dat[ée]e?s?|dated)\s+(?:le|du|on|the)?\s*$",
    re.IGNORECASE,
)
# An income said before a date: the date it arrives, not a payment.
_INCOME_DATE = compile_re(
    r"\b(?:salaires?|salary|wages?|pension|retraite|rsa|caf|allocations?|benefits?|"
    r"universal credit|revenus?|income|ch[oô]mage|p[oô]le emploi|france travail|prime|bonus|"
    r"(?:ma|la|my) pa(?:ie|ye|y)|pay ?check|pay ?day|touch\w*|(?:get|gets|getting|am|be) paid|"
    r"(?:suis|serai|sera|est) pay[ée]e?)\b",
    re.IGNORECASE,
)
# Words of a payment in parts: a plan's single amount beside them is a part, not a total.
_PLAN_PARTS = compile_re(
    r"\b(?:reste|restant\w*|rest|remaining|remainder|moiti[ée]s?|half|halves|l'autre|l’autre|"
    r"the other|puis|then|ensuite|premi[eè]re?|first|acompte|deposit|another|encore|solde|balance|"
    r"commenc\w*|start\w*|begin\w*|d'abord|d’abord)\b",
    re.IGNORECASE,
)
_JUST_NOW = compile_re(
    r"\b(?:je viens de|j ?viens de|viens juste de|on vient de|nous venons de|just (?:paid|sent|made|transferred|done)|"
    r"[àa] l'instant|this morning|ce matin|tout [àa] l'heure|(?:has|have|had) (?:now |just )?gone through|went through)\b",
    re.IGNORECASE,
)
_COUNT_WORDS = {
    "deux": 2,
    "two": 2,
    "trois": 3,
    "three": 3,
    "quatre": 4,
    "four": 4,
    "cinq": 5,
    "five": 5,
    "six": 6,
    "half": 2,
    "moitie": 2,
    "moitié": 2,
}
_COUNT_FALLBACK = compile_re(
    r"\b(?:sur|partir sur|en) (\d{1,2}) fois\b|\b(\d{1,2}) (?:versement|mensualit[ée]|[ée]ch[ée]ance|paiement|payment|instal?l?ment)s? de\b|"
    r"\bsplit (?:it |this |that |the \w+ )?(?:in|into) (two|2|three|3|four|4|half)\b|\ben (deux|trois|quatre) (?:parts|morceaux)\b|\b(?:in|into) (two|2) (?:halves|equal (?:halves|parts|payments))\b",
    re.IGNORECASE,
)
# Why "(?=\d)" first: these patterns start with lookbehinds the engine would try at every
# character; a digit first is checked several times faster, and every match starts with one.
_BARE_EACH = compile_re(
    r"(?=\d)(?:(?<!\d\s)(?<![\d.,/])(\d{1,5}(?:[.,]\d{1,2})?)\s*(?:€|e|eur|euros?|balles)?\s+(?:every|each|chaque|tous les|toutes les)\s+"
    rf"(?:{_RECURRING_UNITS})"
    r"|\b\d{1,2} (?:versement|mensualit[ée]|[ée]ch[ée]ance|paiement|payment|instal?l?ment)s? de (\d{1,5}(?:[.,]\d{1,2})?)\b"
    # "un le 20 juillet et un le 20 août ? 75 chacun", "two payments, £60 each".
    r"|(?<![\d.,])(?:[£$€]\s?)?(\d{1,5}(?:[.,]\d{1,2})?)\s*(?:€|e|eur|euros?)?\s+(?:chacun|chacune|each|apiece)\b)",
    re.IGNORECASE,
)
_BARE_LISTED = compile_re(
    r"(?=\d)(?<!\d\s)(?<![\d.,/])(\d{1,5}(?:[.,]\d{1,2})?)\s*(?:€|e|eur|euros?|balles)?\s+"
    r"(?:(?:le|on the|the)\s+\d|on\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow"
    r"|aujourd.hui|maintenant|ce soir|today|now|tonight)",
    re.IGNORECASE,
)
_BARE_NUMBER = r"(\d{1,3}(?:[ .\u202f\u00a0]\d{3})+(?:,\d{1,2})?|\d+(?:[.,]\d{1,2})?)"
# A bare number followed by a plural noun is what the number counts, not money: "payer les
# 2 factures", "j'ai réglé les 3 échéances", "pay the 2 bills". The plural words that may
# follow an amount (a currency, "restants", an adverb) are let through.
_BARE_FOLLOWED = (
    r"(?!\s+(?!(?:euros|francs|pounds|dollars|bucks|balles|boules|quids|restant[e]?s|dus|dues|"
    r"this|plus|puis|apr[eè]s|dans|sous|vers|chez|tous|toutes|les|des|mes|tes|ses|nos|vos|ces|aux|"
    r"mais|jamais|depuis|sans|moins|pas|d[eè]s|tr[eè]s|alors|ainsi|assez|hors|lors|as|is|was|"
    r"yes|thanks|thx|cheers|always|towards|afterwards|besides|unless|pls|plz|its|us)\b)"
    r"[^\W\d_]{2,}[sx]\b)"
)
# A short text's sum said last, after the day: "paid it tues 89.99", "paid on the 3rd, 75",
# "jai payé le 5, 120", "c mon fils qui a fait le virement hier, 200".
_BARE_AFTER_THE_DAY = compile_re(
    r"\b(?:paid|pay|payed|pay[ée]e?|payer|r[ée]gl[ée]e?|virement|vir[ée]|transferred|sent)\b[^.!?\d]{0,25}"
    r"(?:\b(?:le|on the|on|the)\s+\d{1,2}(?:st|nd|rd|th|er)?|\b(?:hier|yesterday|today|aujourd.hui|"
    r"mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
    r"dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b,?\s+"
    r"(?!(?:19|20)\d\d\b)(\d{2,5}(?:[.,]\d{1,2})?)\s*[.!]?\s*$"
)
_BARE_AFTER_PAYMENT = compile_re(
    r"\b(?:pay[ée]e?s?|paie|payer|r[ée]gl[ée]e?s?|r[ée]gler|r[ée]glerai|vers[ée]e?s?|verser|vire|vir[ée]|virer|"
    r"(?:paier|payer|r[ée]gler|verser|virer|enverr|rembourser|donner)(?:ai|ais|a|ons|ez)|"
    r"envoy[ée]e?s?|envoie|envoi|envoyer|mis|mets|mettre|donne|donner|rembours[ée]e?s?|rembourser|montant|somme|soit|total|[çc]a\s+fait|"
    # "je vous fais 100 aujourd'hui", "ok pour 150 le 1er".
    r"je\s+(?:vous\s+)?(?:fais|ferai)|ok\s+pour|"
    r"paid|pay|paying|send|sent|sending|transfer(?:red)?|settle|clear|wire|i'?ll\s+do|i\s+will\s+do|can\s+do|"
    # "le virement des 180": a payment noun, with the plural article only ("du 15" is a day).
    r"(?:virement|transfert|paiement|versement|r[ée]glement)(?=\s+des\s))\s+"
    r"(?:hier|ce\s+matin|ce\s+soir|aujourd'hui|today|yesterday|this\s+morning|tonight)?\s*"
    r"(?:de\s+|des\s+|les\s+|la\s+somme\s+de\s+|the\s+|you\s+|vous\s+|me\s+)?"
    + _BARE_NUMBER
    # Not a day ("pay the 10th", "le 1er"): an ordinal's letters, or more digits behind a
    # shorter match, end no amount.
    + r"(?:\s?(?:e|€|eur|euros?)\b)?(?!\s*(?:of\s+(?:the\s+)?(?:this|next|following|current|coming|last)\s+month|du\s+mois|/|fois|x\b|mois|jours?|semaines?|ans?|h\b|heures?|%|ème|days?|weeks?|months?|years?|hours?|ago|times|pm|am|e\s+(?:fois|mois|jour|échéance))|[\d/.-]\d|\d|(?:st|nd|rd|th|er|[eè]re|[eè]me)\b|(?:main|moro|morrow|morow|mrw|day|nite)\b)"
    + _BARE_FOLLOWED
)
# A number with a decimal comma and two decimals is a price in French ("ok, 89,90 vendredi"):
# money in a payment's clause though no currency is written.
_BARE_CENTS = compile_re(
    r"(?=\d)(?<![\w.,/'’:-])(\d{1,5},\d{2})(?![\w,/%°-]|\.\d|\s*(?:fois|x|%|km|kg|cm|mm|m|g|l|h|min)\b)"
    + _BARE_FOLLOWED
)
# "les 20 de l'abonnement, je vous les vire demain", "les 460 : la moitié le 5": the plural
# article before a number with no noun after it names euros.
_BARE_THE_SUM = compile_re(
    r"(?<!tous )(?<!toutes )\bles\s+(\d{2,5}(?:,\d{2})?)(?=\s*(?:$|[,.;:!?)]|de\s+l['’]|de\s+la\s|"
    r"de\s+ma\s|de\s+mon\s|pour\s|je\s|j['’]))"
)
# "I'll send the transfer tonight for the whole 412".
_BARE_THE_WHOLE = compile_re(
    r"\bthe (?:whole|full) (\d{2,5}(?:[.,]\d{2})?)(?=\s*(?:$|[,.;:!?)]|yeah|now|today|tonight|tomorrow|on |by |then|went |was |has |came |left ))"
)
# "I sent a check for 275", "un chèque de 275".
_BARE_CHEQUE = compile_re(
    r"\b(?:check|cheque|ch[eè]que|money order|postal order)\s+(?:for|of|de)\s+(\d{2,5}(?:[.,]\d{2})?)\b(?![.,]?\d|\s*(?:%|ans|years|days|jours|months|mois))"
)
# "the 90 will be with u on the 12th".
_BARE_THE_SUM_ON_ITS_WAY = compile_re(
    r"\bthe (\d{2,5}(?:[.,]\d{2})?) (?=(?:will|ll|shall) be (?:with|in) (?:you|u|your account)\b)"
)
_THOUSANDS_K = compile_re(r"k(?![^\W_])")
_PLAN_TOTAL_NOUNS = compile_re(r"fois|mensualit|versements|ch[ée]ances")
_BARE_PLAN_TOTAL = compile_re(
    r"(?=\d)(?<![\d.,/])"
    + _BARE_NUMBER
    + r"\s*(?:€|e|eur|euros?)?\s+en\s+(?:\d+|deux|trois|quatre|cinq|six|dix|douze)\s+(?:fois|mensualit[ée]s|versements|[ée]ch[ée]ances)\b"
)
_TOTAL_AFTER = compile_re(
    # "les 230 € restants en deux fois", "the £300 remaining in 3 payments".
    # ("the £3,600 for the reception in four payments", "les 840 € de la FIV en 6 fois": what
    # it pays for, then the plan.)
    r"(?:\.?[-–—])?\s*(?:€|e|eur|euros?|£|\$)?\s*(?:\)\s*)?(?:(?:restante?s?|restant\s+d[ûu]s?|dus|dues|remaining|outstanding|owed|left)\s+)?(?:(?:(?:for|pour|de)\s+(?:the|my|our|this|that|le|la|l'|mon|ma|notre|ce|cette)|du|des)\s*[^\W\d]+(?:\s+[^\W\d]+)?\s+)?"
    # "arrears of £4,215.60 be spread over the remaining five months", "12 600 € TTC sur
    # trois mois".
    r"(?:(?:TTC|HT)\s+)?(?:(?:be|being|to\s+be)\s+(?:spread|split|paid)\s+)?"
    r"(?:en|in|into|over|sur)\s+(?:the\s+(?:remaining|next|following|coming)\s+)?(?:\d+|deux|trois|quatre|cinq|six|dix|douze|two|three|four|five|six|ten|twelve)\s+"
    r"(?:(?:monthly|quarterly|weekly|equal|mensuel(?:le)?s|trimestriel(?:le)?s|[ée]gales)\s+){0,2}"
    r"(?:fois|mensualit[ée]s|versements|[ée]ch[ée]ances|payments|instal?l?ments|months|mois|halves|parts|goes|chunks|moiti[ée]s|parties)\b"
    r"|\s*(?:€|e|eur|euros?|£|\$)?\s*off\s+(?:over|in)\s+\d+"
    # "la somme de 450 000 FCFA par versements mensuels", "le solde de 4 500 € restant dû,
    # soit 1 500 € par mois".
    r"|\s*(?:€|e|eur|euros?|£|\$|fcfa|francs)?\s*par\s+(?:versements|mensualit[ée]s|pr[ée]l[èe]vements|[ée]ch[ée]ances)\b"
    r"|\s*(?:€|e|eur|euros?|£|\$)?\s*(?:restant\s+d[ûu]e?|remaining|outstanding)\s*,\s*(?:soit|i\.e\.|that is)\s"
    # "the £300 at £50 a month", "les 600 € à raison de 50 € par mois": the pace of a total.
    r"|\s*(?:€|e|eur|euros?|£|\$)?\s*(?:at|[àa]\s+raison\s+de|par\s+tranches?\s+de|in\s+(?:instal?l?ments|payments)\s+of)\s+"
    r"(?:(?:£|\$|€)\s*\d|\d+(?:[.,]\d{1,2})?\s*(?:€|£|\$|e\b|eur|euros?|pounds?|quid|dollars?)\s*(?:/|par|per|a|an|each|every|chaque)\b)"
    r"|\s*(?:€|e|eur|euros?|£|\$)?\s*:\s*(?:la\s+moiti[ée]|half|moiti[ée])",
    re.IGNORECASE,
)
_TOTAL_BEFORE = compile_re(
    r"\b(?:total|en tout|au total|soit|in total|altogether|the full|split|half of|la moiti[ée] de|moiti[ée] des|la totalit[ée]|l'int[ée]gralit[ée]|solder|settle|clear|[ée]taler|[ée]chelonner|[ée]talement|[ée]chelonnement|spread|until|till|pay off|rembourser|payer la somme de|m'acquitter de|[çc]a fait|that makes|that comes to)\W{0,3}(?:\w+\W{1,3}){0,4}$"
    # "Pour les 1 240 €, c'est possible en 4 fois ?": the sum a plan is asked for.
    r"|^\W*pour les\s+$",
    re.IGNORECASE,
)
_INCOME = compile_re(
    r"\b(?:salaire|gagne|touche|per[çc]oi[st]|revenus?|rsa|allocations?|retraite|pension|loyer|charges|"
    # What one lives on: "je vis seule avec 900 €", "I live on £700 a month".
    r"pension de r[ée]version|vi[st] (?:seule? |seuls |seules )?avec|vivons avec|enfants avec|(?:live|lives|living|survive|surviving|get by|getting by) on|"
    r"earn\w*|income|wages?|benefits?|pension|rent|mortgage|maintenance|child support|universal credit)\s{1,3}(?:(?!can|could|peux|pourrais|propose|do|pay|payer)\w+['’\s(]{1,3}){0,2}$"
    # Working hours: "my hours have been cut to 16 a week".
    r"|\b(?:hours|heures)\b(?:\s+(?!can|could|peux|pourrais|propose|pay|payer|afford)\w+){0,4}\s+$",
    re.IGNORECASE,
)
# What the household pays elsewhere, said as the reason: "childcare is €1,100 a month", "my
# mortgage went up by £380 a month", "Crèche 780 €/mois, loyer +6 %", "je rembourse un
# indu de 60 € par mois", "jsuis au RSA, 646 € par mois". (Not "I can pay the nursery £50 a
# month": a cost with no verb counts only at the head of its clause.)
_EXPENSE_BEFORE = compile_re(
    r"\b(?:childcare|child care|nursery fees|daycare|cr[èe]che|nounou|garde d'enfants?|mortgage|rent|loyer|"
    r"energy bills?|electricity|gas bills?|[ée]lectricit[ée])\s+(?:is|costs?|went up(?: by)?|has gone up(?: by)?|"
    r"is going up(?: by)?|rose(?: by)?|increased(?: by)?|up by|co[uû]te|a augment[ée](?: de)?|augmente de|"
    r"passe [àa]|est pass[ée]e? [àa])\s*$"
    r"|(?:^|[.!?,;:]\s*)(?:childcare|daycare|cr[èe]che|nounou|garde|mortgage|loyer|rent)\s*:?\s*$"
    r"|\b(?:rembourse|remboursons|repaying|repay|paying back) (?:un|une|an?|the|mon|my) "
    r"(?:indu|overpayment|trop[- ]per[çc]u)\s+(?:de|d'|of)\s*$"
    r"|\b(?:au|on) (?:rsa|aah|universal credit|benefits|the dole|ssi|pension)\s*[,:]\s*$"
    # A bill the writer had to meet: "the garage bill was £400", "la réparation m'a coûté 600 €".
    r"|\b(?:garage|vet|vet's|repair|mechanic's|dentist's|boiler|car|plumber's)\s+(?:bill|invoice|repairs?)\s+"
    r"(?:was|came to|cost(?: me)?|of)\s*$"
    r"|\b(?:facture|r[ée]paration)s?\s+(?:du|de la|chez le)\s+(?:garage|v[ée]to|v[ée]t[ée]rinaire|plombier|dentiste|garagiste)"
    r"\s+(?:de|est de|[ée]tait de|a co[uû]t[ée]|m'a co[uû]t[ée])\s*$"
    r"|\br[ée]paration\s+(?:m'a|a)\s+co[uû]t[ée]\s*$",
    re.IGNORECASE,
)
_NOT_A_DATE_CONTEXT = compile_re(
    r"\b(?:rappel\w*|appel\w*|call\w*|voicemail|conversation|entretien|[ée]change|discussion|absent\w*|(?:vacances|cong[ée]s?|holiday|leave|away|h[ôo]pital|hospital)\s+(?:jusqu'?\s?(?:au|[àa])|until|till|til)|(?<![àa] mon )(?<!d[èe]s mon )(?<![àa] notre )(?<!d[èe]s notre )(?<![àa] partir de mon )(?<![àa] compter de mon )retour|(?<!when i'm )(?<!when we're )(?<!when i am )(?<!when we are )(?<!once i'm )(?<!once we're )(?<!when i get )(?<!when we get )back|oubli\w*|missed|forgot|manqu\w*|chaque|tous les|toutes les|every\b|each\b|d[ée]c[ée]d\w*|died|pass\w* away|jugement|"
    # A day given up or gone by: "I was going to pay today but…", "earlier today".
    rf"{_GIVEN_UP_PAYMENT}(?: (?:it|you|this|that))?|(?:devais|comptais|voulais|pensais|allais) (?:vous )?(?:payer|r[ée]gler|virer|verser)|earlier|dispo(?:nible)?s?|available|free|"
    r"(?:agreement|arrangement|contract|accord|contrat) (?:said|stated|disait|pr[ée]voyait)|"
    r"judgment|ouvert\w*|courrier du|lettre du|letter (?:of|dated)|mise en demeure du|(?:notre |l')?accord du|agreement of|tribunal|audience|hearing|court|(?:bailiff|huissier|commissaire de justice)(?:'s| s)? (?:visit|visite|passage)|(?:visite|passage) (?:de l|du) (?:huissier|commissaire)|"
    # An appointment is not the payment: "j'ai rdv à la banque jeudi, je vire vendredi".
    r"(?:rdv|rendez-vous|rendez vous|appointment)(?:\W{1,3}\w+){0,3}|"
    # A day the bank or the office is shut: "c'est férié le 14", "the bank's closed on the 4th".
    r"f[ée]ri[ée]|closed|fermée?s?|(?:est|sont|sera|seront) ferm\w*|(?:bank|public) holiday (?:is |falls )?on|"
    # What one has this week is no payment day: "£100 is all I've got this week".
    r"(?:all|what) (?:i|we)(?:'ve| have)? got|"
    # A day said before and moved since: "je vous avais annoncé le 17, mais ce sera le 24",
    # "I originally said the 5th, then the 12th".
    r"annonc[ée](?![.!?])|(?:i )?(?:originally |first )?said(?![.!?,;])|told you(?![.!?])|"
    r"(?:said|annonc[ée]|dit|promis|promised) (?:the |le )?\d+\w*\W+(?:then|puis|ensuite|and|et|or|ou)|"
    # The day a job was lost is no payment date: "lost my job friday. can do £25 a week".
    r"lost (?:my|his|her|our) (?:job|work)|laid off|made redundant|licenci[ée]\w*|perdu (?:mon|son|notre) (?:emploi|travail|boulot|job|taf)|"
    r"broke|skint|fauch[ée]e?|sans un sou)[^\w.!?]{0,3}(?:\w+[^\w.!?]{1,3}){0,2}$",
    re.IGNORECASE,
)
# "le lendemain", "the day after": the day after a day just said (not "le lendemain de la
# Toussaint", read as a feast's).
_DAY_AFTER = compile_re(
    r"\b(?:le lendemain|the day after|the next day|the following day)\b(?!\s*(?:de\b|du\b|d'|d’|of\b|tomorrow\b|(?:i|we|he|she|they|you|my|our|je|j|nous|il|elle|on|mon|ma|que|qu)\b))",
    re.IGNORECASE,
)
# "je touche mon 13e mois le 20 décembre, je vous propose 150 € ce jour-là", "back
# Wednesday, will pay then", "back on the 14th, I'll stop by that afternoon and pay cash":
# the day just said.
_SAME_DAY = compile_re(
    r"\b(?:ce jour[- ]?l[àa]|le jour m[êe]me|that (?:same )?(?:day|afternoon|morning|evening))\b"
    r"|(?<=\bpay )then\b|(?<=\bpay you )then\b|(?<=\bpay it )then\b"
    # "I'll pay the whole $512 then".
    r"|\b(?:pay|send|clear|settle)(?: (?:the|it|you|whole|full|rest|balance|lot|amount|off|[$£€]\s?\d[\d.,]*|\d[\d.,]*\s?[$£€]?)){1,4} then\b",
    re.IGNORECASE,
)
_PAYING_AROUND_SAME_DAY = compile_re(
    r"\b(?:paie|paye|vire|envoie|r[ée]gle|verse|paierai|payerai|r[ée]glerai|virerai|enverrai|verserai|propose|"
    r"pay|transfer|send|clear|settle|offer)\b",
    re.IGNORECASE,
)
_PAYING_BEFORE_DAY_AFTER = compile_re(
    r"\b(?:paie|paye|vire|envoie|r[ée]gle|verse|paierai|payerai|r[ée]glerai|virerai|enverrai|verserai|pay|transfer|send|clear|settle)\b[^.!?]{0,30}$",
    re.IGNORECASE,
)
_PAYDAY_BEFORE = compile_re(
    r"\b(?:(?:i|we) (?:get|am|are|'m|'re) paid|(?:(?:my|our|the) (?:paycheck|pay ?check|payday|pay day|wages?|salary|pay|pension|benefits?|universal credit)|pay ?day)"
    r"(?: \w+)?(?: hits| lands| comes(?: in)?| arrives| clears| goes in| is paid| gets paid| is)?"
    r"|je (?:suis|serai) pay[ée]e?|je touche (?:ma paie|mon salaire|ma pension|ma retraite|mes allocations)"
    r"|(?:ma paie|mon salaire|ma pension|ma retraite) (?:tombe|arrive|est vers[ée]e))\s+(?:on\s+|le\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
_MADE_BEFORE = compile_re(
    r"\b(?:i|we)(?:'d|’d| had)? (?:made|sent|did|set up)(?: it| them| the (?:money|payment|transfer))?\s+(?:on\s+)?(?:the\s+)?$|\bque j['’ ]?ai (?:fait|envoy[ée])\s+(?:le\s+)?$",
    re.IGNORECASE,
)
_PAYING_RIGHT_BEFORE = compile_re(
    r"\b(?:je (?:vous )?(?:paierai|payerai|reglerai|verserai|virerai|rembourserai)|(?:i|we)(?:'ll| will| shall) (?:pay|send|transfer|settle|clear))"
    r"\s+(?:(?:it|you|the rest|le reste|tout|it all|the lot|the balance|le solde)\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)
# Words a speaker fills a pause with, as dictated messages keep them ("euh", "um"), and a
# telegram's "stop".
_FILLERS = r"(?:(?:euh+|heu+|hum+|um+|uh+|erm+|er|ah|oh|bah|ben|stop)\W{1,3}){0,3}"
# A day taken back as soon as said: "le 14 juillet, enfin non le 15", "Friday, I mean Monday",
# "tuesday um actually make that wednesday".
_CORRECTED_AFTER = compile_re(
    rf"\W{{0,3}}{_FILLERS}(?:enfin non|non plut[ôo]t|ou plut[ôo]t|euh non|je veux dire|i mean|sorry,? i mean"
    r"|no wait|(?:actually )?make (?:it|that)|or rather|scratch that)\b",
    re.IGNORECASE,
)
# A word that takes back what was just said when another date or sum follows it at once:
# "le 12 non pardon le 14", "on the 6th no the 9th", "trois cents euros euh non trois cent
# cinquante".
_TAKEN_BACK_AFTER = compile_re(
    rf"\W{{0,3}}{_FILLERS}(?:non|no|nope|pardon|enfin|sorry|actually|wait|oops|oups|correction"
    # "le 15 jpeu pas, le 22 par contre c bon", "the 3rd is no good, the 5th works".
    r"|je (?:ne )?peux pas|j ?peux pas|j ?peu pas|jpeu pas|c'?est pas possible|pas possible|impossible"
    # "j'avais dit le 10 mais je pourrai pas, ce sera le 17".
    r"|mais (?:je (?:ne )?|j ?)pourrai pas(?! (?:vous )?(?:payer|r[ée]gler|verser|virer))|but i (?:can'?t|won'?t be able to) (?:do|make) (?:it|that)"
    r"|(?:is )?no good|(?:can'?t|cannot)(?! (?:do|pay|afford|manage|give|send) (?:any )?more\b)|won'?t work|doesn'?t work)\b",
    re.IGNORECASE,
)
_TAKEN_BACK_REACH = 25
# "can I do the 20th instead", "plutôt le 20": the day said last replaces those before.
_INSTEAD_AFTER = compile_re(
    r"\W{0,3}(?:instead\b(?! of)|[àa] la place\b(?! de)|plut[ôo]t\b(?! que))", re.IGNORECASE
)
_NOW = compile_re(
    r"\b(?:maintenant|tout de suite|imm[ée]diatement|aujourd'hui|now|right away|straight away|today)\b",
    re.IGNORECASE,
)
# What follows a payment now in a plan: another amount, the rest, then.
_MORE_AFTER_NOW = compile_re(
    r"\W{0,3}(?:\w+\W{1,3}){0,3}?(?:\d|[€£$]|reste|rest\b|remainder|balance|solde|autre moiti|other half|half|moiti|ensuite|puis|then)",
    re.IGNORECASE,
)
# "la facture n° 4587 du 02/09", "your reminder dated 2 June": a document's date.
_DOCUMENT_DATE = compile_re(
    r"(?:\b(?:factures?|invoices?|relances?|reminders?|rappels?|courriers?|lettres?|letters?|devis|quotes?|avoirs?|"
    r"bons? de commande|commandes?|orders?|statements?|relev[ée]s?|notices?|avis)"
    r"(?:\s+(?:n[°o]?\.?|no\.?|#|r[ée]f\.?|num[ée]ro))?(?:\s*[\w/-]*\d[\w/-]*(?:\s+(?:[àa]|to|et|and)\s+[\w/-]*\d[\w/-]*)?)?"
    # A reference alone: "INV-20931 dated", "FA-2026-117 du".
    r"|\b[a-z]{1,5}[-/]\d[\w/-]*),?\s+(?:du|dated|of|en date du)\s+"
    # Two documents' days: "vos relances du 10 et du 12 juin", "your letters of 4 and 11 May".
    r"(?:\d{1,2}(?:er|st|nd|rd|th)?\s+(?:et|and|&)\s+(?:du\s+|the\s+)?)?$",
    re.IGNORECASE,
)
# "tous les mois, dès le début du mois prochain": the start of a series is its first date.
_SERIES_START = compile_re(
    r"\b(?:d[èe]s|[àa] partir d[ue]?|[àa] compter d[ue]?|from|starting|beginning|commen[çc]ant"
    # "8 mensualités prélevées le 5 de chaque mois, la première le 5 janvier".
    r"|la premi[èe]re|le premier|the first(?: one)?)"
    r"(?: (?:mensualit[ée]|[ée]ch[ée]ance|versement|pr[ée]l[èe]vement|paiement|payment|instal?l?ment))?\W{1,3}(?:le\W+|la\W+|the\W+|on\W+(?:the\W+)?)?$"
    # "The first payment could go out on the 5th of next month".
    r"|\b(?:the first|la premi[èe]re|le premier) (?:mensualit[ée]|[ée]ch[ée]ance|versement|pr[ée]l[èe]vement|paiement|payment|instal?l?ment)"
    r"(?: \w+){1,4}? (?:on|le|by|from)\W+(?:the\W+)?$",
    re.IGNORECASE,
)
_ENGLISH_DAY_WORDS = compile_re(
    r"\b(?:next|this|tomorrow|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day|fri|sat|sun|wed|thu|thurs|"
    r"2moro|2morrow|2morow|2day|2nite|tmrw|tmr|tmoz|tomoz)\b",
    re.IGNORECASE,
)
# French words for a day in an English message ("I paid it le 5", "I'll pay la semaine
# prochaine", "Will do the payment lundi"): the writer's other language.
_FRENCH_DAY_WORDS = compile_re(
    r"\b(?:le (?:\d{1,2}|1er|premier|deux|trois|dix|quinze|vingt)|demain|apr[eè]s[- ]demain|hier|ce soir|"
    r"(?:lun|mar|mercre|jeu|vendre|same|diman)di|ce (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|"
    r"(?:la )?semaine (?:prochaine|derni[eè]re)|(?:en )?fin (?:du|de) (?:mois|semaine)|d[ée]but du mois|"
    r"janvier|f[ée]vrier|avril|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)\b",
    re.IGNORECASE,
)
_MONTH_WIDE = compile_re(r"\bmois\b|\bmonth\b", re.IGNORECASE)
_ANY_WORD = compile_re(r"[a-z0-9]")
_BEING_LATE = compile_re(r"\b(?:are|is|was|were|came|arrived|running|paid)\W+$", re.IGNORECASE)

_MOVE_VERB = compile_re(
    r"\b(?:d[ée]caler|d[ée]placer|reporter|changer|passer|avancer|move|change|switch)\b",
    re.IGNORECASE,
)
_FROM_TO = compile_re(r"(?:du|from(?:\s+the)?)\s+\d+\w*\s+(?:au|to)\s+(?:the\s+)?\d", re.IGNORECASE)
# "pas", "not", "can't" before a day given up ("pas plus", "not more" are caps, not that).
_GIVING_UP = r"(?:\bpas(?!\W{1,3}plus\b)|\bnot(?!\W{1,3}more\b)|\bcan't|\bcannot)"
_UNTIL = compile_re(r"(?:until|till|til|jusqu)\b", re.IGNORECASE)
_NEGATED_DATE = compile_re(
    # ("pas plus, à partir du 5", "pas plus tard que le 10": a cap, not a day given up.)
    r"(?:\bpas(?!\W{1,3}plus\b)|\bnot(?!\W{1,3}more\b)|(?<!enfin )(?<!euh )\bnon(?!\W{1,3}plut)|\bcan't|\bcan’t|\bcannot|\bcant|\b(?:didn|couldn|wasn|won|haven|hasn)['’]?t|\brien)[^\w.!?\n]{1,3}(?:(?!mais\b|but\b|sinon\b|plut|instead\b|rather\b)\w+[^\w.!?\n]{1,3})?(?:le\W+|the\W+|on\W+)?$"
    # "je ne pourrai pas faire le virement le 10 comme prévu" (not "pas payer avant le 10").
    r"|\bpas\s+(?:(?!avant\b|apr[èe]s\b|jusqu|je\b|j\b|nous\b|on\b|mais\b|par\b|plut|sinon\b)\w+\s+){2,4}(?:le\s+)?$"
    # "je ne pourrai pas honorer le paiement prévu le 20", "... le prélèvement du 20":
    # the day given up.
    rf"|{_GIVING_UP}\W{{1,3}}(?:\w+\W{{1,3}}){{1,4}}(?:du|of\W+the|for\W+the)\W+$"
    rf"|{_GIVING_UP}\W{{1,3}}(?:\w+\W{{1,3}}){{0,4}}"
    r"(?:pr[ée]vue?|convenue?|promise?|planned|scheduled|promised|agreed|due)\W{1,3}(?:pour\W+|for\W+)?(?:le\W+|the\W+|on\W+)?$",
    re.IGNORECASE,
)


# The plan check and the entities read the same message's dates: found once.
_dates_in = lru_cache(maxsize=8)(date_finder.find_dates)

# What a clause is read for: which payment intent it carries, or whether it speaks of
# something else (a call back, an absence, a death, a procedure) whose dates are not payments.
_CLAUSE_INTENTS = frozenset(
    {*PAYMENT, Intent.REQUEST_HUMAN, Intent.AUTO_REPLY, Intent.DECEASED, Intent.LEGAL_PROCEEDING}
)


class ReadingError(ValueError):
    """The message cannot be read (empty, too long, binary, bad date or channel)."""


@dataclass(frozen=True, slots=True)
class _Clause:
    start: int
    end: int
    text: str
    intents: frozenset[Intent]


def understand(
    text: str,
    received_at: datetime,
    lang: str | None = None,
    channel: str | None = None,
    *,
    llm: LlmReader | None = None,
) -> Reading:
    """Read one message received at `received_at` (aware; relative dates resolve in its offset).

    With `llm` (a tenant's enabled LLM reader), an unsure offline reading is handed to it
    with the debtor's own words, masked; it may add intents or refine entities but never
    drop a safety intent the offline reading found (amiable.nlu.llm.merge).
    """
    _check(text, received_at, lang, channel)
    cleaned = clean(text)
    own = cleaned.text
    language, _ = detect_language(own, hint=lang)
    normalized = normalize(own)
    cached = _rules_of(normalized)
    rule_reading = replace(cached, intents=dict(cached.intents))
    if cleaned.auto_reply_marker and Intent.AUTO_REPLY not in rule_reading.intents:
        rule_reading.intents[Intent.AUTO_REPLY] = "auto_reply_marker"
        if rule_reading.intents.get(Intent.WRONG_PERSON) == "left_the_firm":
            # "This mailbox is no longer monitored. Ms Jenkins has left the company.": an
            # automatic notice, as read_rules reads it when the notice is in the words.
            del rule_reading.intents[Intent.WRONG_PERSON]
    model = shipped_model()
    # A message of no word ("?", "...") tells the model nothing to score.
    scores = model.scores(normalized) if model and _ANY_WORD.search(normalized) else {}
    intents, confidence, evidence = _settle(rule_reading, scores, normalized)
    if intents[0] not in _TOLD_UNDER_A_NOTICE and _NOTICE_HEADER.match(normalized):
        # "[Réponse automatique] Je suis en congés… je règlerai les factures à mon retour",
        # "*** Message automatique *** … nos campagnes de paiement du 10 et du 25": a
        # notice's words, whatever they say of paying, are an automatic answer. A death, a
        # procedure or a payment made, told under the header, are kept.
        intents = (Intent.AUTO_REPLY,)
        evidence = (*evidence, "notice_header->auto_reply")
    reading = Reading(
        intent=intents[0],
        intents=intents,
        lang=language,
        confidence=confidence,
        evidence=evidence,
    )
    try:
        reading = _with_entities(
            reading,
            own,
            normalized,
            received_at.date(),
            bool(rule_reading.promise_blocked and _CONDITION.search(rule_reading.promise_blocked)),
        )
    except Exception as error:
        reading = replace(
            reading,
            evidence=(*reading.evidence, f"entities not read: {type(error).__name__}: {error}"),
        )
    if llm is not None and llm.should_consult(reading):
        reading = llm.read(own, received_at, lang, reading)
    return reading


def _check(text: object, received_at: object, lang: str | None, channel: str | None) -> None:
    if not isinstance(text, str) or not text.strip():
        raise ReadingError("empty message: there is no text to read")
    if len(text) > MAX_TEXT_CHARS:
        raise ReadingError(
            f"message too long: {len(text):,} characters, the limit is {MAX_TEXT_CHARS:,}"
        )
    if "\x00" in text or len(_CONTROL.findall(text)) > max(3, len(text) // 50):
        raise ReadingError("binary or garbled content: not a text message")
    if text.count("\ufffd") > max(1, len(text) // 50):
        raise ReadingError("text that was not valid UTF-8: not read")
    if not isinstance(received_at, datetime) or received_at.utcoffset() is None:
        raise ReadingError("received_at must be an ISO 8601 date and time with its offset")
    if lang is not None and lang not in ("fr", "en"):
        raise ReadingError(f"unknown lang {lang!r}: expected 'fr' or 'en'")
    if channel is not None and channel not in Channel.values():
        raise ReadingError(
            f"unknown channel {channel!r}: expected one of {', '.join(Channel.values())}"
        )


def _settle(
    rule_reading: RuleReading, scores: dict[Intent, float], normalized: str
) -> tuple[tuple[Intent, ...], float, tuple[str, ...]]:
    """The intents present, primary first, with the confidence and the evidence."""
    ruled = rule_reading.intents
    promise_blocked = rule_reading.promise_blocked
    evidence = [f"rule:{name}->{intent.value}" for intent, name in ruled.items()]
    present = {intent for intent in ruled if intent not in STANDALONE}
    # The payment intents first: "je peux faire 50 €/mois" read as a plan by the model alone
    # must hold hardship to the guard of a plan, whatever order the scores come in.
    for intent, probability in sorted(scores.items(), key=lambda item: item[0] is Intent.HARDSHIP):
        if intent not in present and _model_may_add(
            intent, probability, rule_reading, present, normalized
        ):
            present.add(intent)
            evidence.append(f"model:{intent.value}={probability:.2f}")
    if (
        Intent.WRONG_PERSON in present
        and ruled.get(Intent.DISPUTE) in A_STRANGERS_DENIAL
        and not is_identity_theft(normalized)
    ):
        # The model heard the stranger; "never had an account" is theirs, not a dispute.
        present.discard(Intent.DISPUTE)
        evidence.append("dispute: not owed by a stranger")
    for companion, threshold in (
        # "c quoi ces 40 € de frais ?": a question the model half hears as a dispute.
        (Intent.REQUEST_INFO, DISPUTE_OVER_INFO_THRESHOLD),
        # "We don't have any resident named Tanya Brooks and never have": a stranger's denial.
        (Intent.WRONG_PERSON, DISPUTE_BESIDE_WRONG_PERSON_THRESHOLD),
    ):
        if (
            Intent.DISPUTE in present
            and Intent.DISPUTE not in ruled
            and companion in present
            and companion not in ruled
            and scores[Intent.DISPUTE] < threshold
        ):
            # Both heard by the model alone: the dispute must be as sure as beside a ruled
            # question or a ruled wrong person (`_model_may_add`).
            present.discard(Intent.DISPUTE)
            evidence.remove(f"model:dispute={scores[Intent.DISPUTE]:.2f}")
    if (
        ruled.get(Intent.HARDSHIP) == PAST_TROUBLE
        and present & WHAT_A_PAST_TROUBLE_EXPLAINS
        and scores.get(Intent.HARDSHIP, 0.0) < DOUBTED_THRESHOLD
    ):
        # "I was in prison when these charges were added… the £90 fee is wrong": the stay
        # explains the dispute the model heard, no difficulty of the purse now (unless the
        # model is as sure of one as a doubted intent needs).
        present.discard(Intent.HARDSHIP)
        evidence.append("hardship: a trouble over, told to explain")
    if promise_blocked:
        evidence.append(f"not a promise: {promise_blocked!r}")
    if not present:
        present = {
            _standalone(
                ruled,
                scores,
                promise_blocked,
                normalized,
                rule_reading.vetoed | rule_reading.doubted,
            )
        }
    ordered = tuple(intent for intent in PRIORITY if intent in present)
    primary = ordered[0]
    confidence = scores.get(primary, 0.0)
    if primary in ruled:
        confidence = max(confidence, RULE_CONFIDENCE)
    return ordered, confidence, tuple(evidence)


# A payment to come, in any words: a future, a time ahead, the rest or another one.
_WORD_OF_A_PAYMENT_TO_COME = compile_re(
    r"\b(?:will|ll|shall|going to|gonna|next|tomorrow|tonight|later|rest|remaining|balance|"
    r"vais|va|allons|vont|prochaine?|demain|ce soir|reste|restant|solde|"
    r"other|autres?|encore|\w+(?:erai|eras|era|erons|erez|eront|rai|ras|ra|rons|rez|ront))\b"
)


_CALLS_AT_WORK = compile_re(
    r"\b(?:call|ring|phone|contact)\w* (?:me )?(?:at )?(?:my )?(?:work|office)\b"
    r"|\b(?:appel\w*|contact\w*) (?:au|a mon|sur mon) (?:travail|boulot|bureau|standard)\b"
    # "stop calling me during work hours, my boss sits right next to me", "I cannot take
    # personal calls on shift".
    r"|\b(?:call|calling|calls|phone|phoning|ring|ringing)\b[^.!?]{0,30}\b(?:during|in) (?:work|working|office) hours\b"
    r"|\bpersonal calls (?:on|at|during) (?:shift|work)\b"
    r"|\bmy (?:boss|manager|supervisor|colleagues|coworkers|co workers) (?:sits|can hear|has noticed|noticed|hears)\b"
)


def _model_may_add(
    intent: Intent,
    probability: float,
    rule_reading: RuleReading,
    present: set[Intent],
    normalized: str,
) -> bool:
    """Whether the model's score adds an intent the rules did not find."""
    ruled = rule_reading.intents
    if intent in STANDALONE or intent in rule_reading.vetoed:
        return False
    if intent in rule_reading.doubted:
        return probability >= DOUBTED_THRESHOLD
    if ruled.get(Intent.AUTO_REPLY) == "read_receipt":
        # A read receipt quotes the office's subject, not a word of the debtor's.
        return False
    if Intent.AUTO_REPLY in ruled and probability < AUTO_REPLY_OVERRIDE_THRESHOLD:
        # An automatic answer says little of the debtor's situation: only a clear score
        # adds an actionable intent to it.
        return False
    if intent is Intent.PROMISE_TO_PAY and rule_reading.promise_blocked:
        return False
    if intent in PAYMENT and any(other in PAYMENT for other in ruled):
        if (
            intent is Intent.PROMISE_TO_PAY
            and Intent.ALREADY_PAID in ruled
            and not _WORD_OF_A_PAYMENT_TO_COME.search(normalized)
        ):
            # "sent the £25 on monday as promised": a payment made, told with no word of
            # one to come.
            return False
        return probability >= PAYMENT_OVERRIDE_THRESHOLD
    if intent is Intent.HARDSHIP and (
        Intent.PAYMENT_PLAN_REQUEST in present or Intent.PROMISE_TO_PAY in present
    ):
        # "je ne peux pas tout payer d'un coup" asks for a plan, not for a hardship hold:
        # beside a plan or a promise the model must be sure of the difficulty.
        return (
            not _NOT_ALL_AT_ONCE.search(normalized)
            and not (_A_LIMIT_SET.search(normalized) and not hardship_told(normalized))
            and probability >= HARDSHIP_BESIDE_PAYMENT_THRESHOLD
        )
    if intent is Intent.DISPUTE and Intent.WRONG_PERSON in ruled:
        # "I've never had a loan with them" from a stranger: the wrong person says it all.
        return probability >= DISPUTE_BESIDE_WRONG_PERSON_THRESHOLD
    if intent is Intent.HARDSHIP and Intent.WRONG_PERSON in ruled:
        # "wrong number… with everything going on in my life right now I don't need it": a
        # stranger's troubles are no debtor's difficulty; the model must be sure.
        return probability >= HARDSHIP_BESIDE_WRONG_PERSON_THRESHOLD
    if intent is Intent.WRONG_PERSON and Intent.DISPUTE in ruled:
        # "c'est pas ma dette, je ne dois rien": the debtor disputing, in the words a
        # stranger might use; the model must be sure it is a stranger.
        return probability >= WRONG_PERSON_BESIDE_DISPUTE_THRESHOLD
    if intent is Intent.DISPUTE and Intent.LEGAL_PROCEEDING in ruled:
        return probability >= DISPUTE_BESIDE_INSOLVENCY_THRESHOLD
    if intent is Intent.DISPUTE and any(payment in ruled for payment in PAYMENT):
        return probability >= DISPUTE_BESIDE_PAYMENT_THRESHOLD
    if intent is Intent.DISPUTE and Intent.REQUEST_INFO in ruled:
        # Asking for the breakdown or the agreement is how many disputes start, but the
        # request alone is not one: the model must be sure to add a dispute to it.
        return probability >= DISPUTE_OVER_INFO_THRESHOLD
    if (
        intent is Intent.HARDSHIP
        and _CALLS_AT_WORK.search(normalized)
        and not hardship_told(normalized)
    ):
        # "Do not call my work again, my coworkers can hear": a workplace named to keep the
        # calls away from it, no difficulty of money.
        return False
    threshold = MODEL_THRESHOLDS.get(
        intent, SAFETY_MODEL_THRESHOLD if intent in SAFETY else MODEL_THRESHOLD
    )
    return probability >= threshold


def _standalone(
    ruled: dict[Intent, str],
    scores: dict[Intent, float],
    promise_blocked: str | None,
    normalized: str,
    vetoed: frozenset[Intent] = frozenset(),
) -> Intent:
    """Nothing actionable was found: the one label that describes the message alone. An
    intent the rules ruled out ("mort de rire", "peut-être le 8") is never the fallback."""
    for intent in (Intent.HOSTILE, Intent.AUTO_REPLY, Intent.ACKNOWLEDGEMENT):
        if intent in ruled:
            return intent
    if _GREETING_ONLY.match(normalized):
        return Intent.OTHER
    if not scores:
        return Intent.OTHER
    # The model's best guess among the intents the rules did not rule out. Nor is a death
    # read on a score the model may not add one with ("j'ai cédé mon fonds de commerce par
    # acte reçu par Maître X, notaire" scores highest for a death).
    if scores.get(Intent.DECEASED, 0.0) < MODEL_THRESHOLDS[Intent.DECEASED]:
        vetoed = vetoed | {Intent.DECEASED}
    best = max((intent for intent in scores if intent not in vetoed), key=scores.__getitem__)
    # An insult is never read on a weak score: "je pars en vacances" is no hostility.
    hostile = scores.get(Intent.HOSTILE, 0.0) >= FALLBACK_THRESHOLD
    if best in STANDALONE and (best is not Intent.HOSTILE or hostile):
        return best
    if scores[best] >= FALLBACK_THRESHOLD and not (
        best is Intent.PROMISE_TO_PAY and promise_blocked
    ):
        return best
    calm = STANDALONE if hostile else STANDALONE - {Intent.HOSTILE}
    best_calm = max(calm, key=lambda intent: scores.get(intent, 0.0))
    # A standalone label the model all but rules out is no description either: "I can't clear
    # the £780 in one go" (a plan the rules ruled out) is no automatic reply at 0.001.
    return best_calm if scores.get(best_calm, 0.0) >= STANDALONE_FLOOR else Intent.OTHER


@lru_cache(maxsize=4)
def _clauses(own: str) -> tuple[_Clause, ...]:
    whole = normalize(own)
    present = needles_in(whole)
    # A clause can only say what the whole message says: only those intents are looked
    # for in each clause.
    wanted = frozenset(_rules_of(whole).intents) & _CLAUSE_INTENTS
    clauses = []
    start = 0
    for match in [*_CLAUSE_BREAK.finditer(amount_finder.lower_in_place(own)), None]:
        end = match.start() if match else len(own)
        piece = own[start:end]
        if piece.strip():
            normalized = normalize(piece)
            if normalized == whole or not wanted:
                # One clause, or nothing to look for: the message's reading says it.
                found = wanted
            else:
                found = frozenset(read_rules(normalized, only=wanted, present=present).intents)
            clauses.append(_Clause(start, end, piece, found))
        if match:
            start = match.end()
    return tuple(clauses)


# The message's rule reading, shared by the intents and the clause analysis (never
# mutate what it returns).
_rules_of = lru_cache(maxsize=4)(read_rules)


def _dispute_type(normalized: str) -> tuple[DisputeType, str | None]:
    """The kind of dispute, and the evidence when the model chose it: "the oak worktops
    were cupped within a week" names no kind the rules know."""
    kind = dispute_type(normalized)
    model = shipped_dispute_model()
    if kind is not DisputeType.OTHER or model is None:
        return kind, None
    scores = model.scores(normalized)
    best = max(scores, key=scores.__getitem__)
    if best is DisputeType.OTHER or scores[best] < DISPUTE_TYPE_THRESHOLD:
        return kind, None
    return best, f"model:dispute_type={best.value}={scores[best]:.2f}"


def _with_entities(
    reading: Reading, own: str, normalized: str, received: date, promise_blocked: bool
) -> Reading:
    kind = None
    if Intent.DISPUTE in reading.intents:
        kind, said = _dispute_type(normalized)
        if said:
            reading = replace(reading, evidence=(*reading.evidence, said))
    reading = _plan_if_dated_payments(reading, own, received)
    payment = next((intent for intent in PAYMENT if intent in reading.intents), None)
    if payment is None and promise_blocked:
        # "I'll pay the £50 I owe once you remove the fee": no promise, but the amount
        # offered under the condition is still read (SPEC).
        amount = _offered_amount(own, normalized, reading.lang, unsaid=True)
        return replace(reading, amount=amount, dispute_type=kind)
    # "je veux régler les 120 € maintenant": the amount of a wish to pay now is read too,
    # but a date only for a promise, a plan or a payment made (SPEC).
    amount_intent = payment or (Intent.PAY_NOW if Intent.PAY_NOW in reading.intents else None)
    if amount_intent is None:
        # "je conteste les frais, je veux bien payer les 180 € de la facture": no payment
        # intent stands, but the amount the debtor offers in their own words is read (SPEC).
        offered = _offered_amount(own, normalized, reading.lang)
        return replace(reading, amount=offered, dispute_type=kind)
    spans = _entity_spans(own, amount_intent)
    dates, listed_dates = (
        _payment_dates(own, spans, amount_intent, reading.lang, received) if payment else ([], [])
    )
    amounts = _payment_amounts(own, spans, reading.lang)
    plan = Intent.PAYMENT_PLAN_REQUEST in reading.intents
    installments = _installments(own, spans, reading.lang, listed_dates) if plan else None
    installment_amount = (
        _installment_amount(amounts, listed_dates, own, installments) if plan else None
    )
    parts = _equal_parts(amounts) if plan and installment_amount is None else None
    if parts is not None and installments in (None, parts[0]):
        # "£75 now and the remaining £75 on the 30th": equal payments listed are the plan's
        # instalments, and their number its count.
        installments, installment_amount = parts
    amount = _amount(amounts, payment, installments, installment_amount, own)
    if amount is None and installments and installment_amount:
        # "je ne peux pas payer les 900 € d'un coup… 3 x 300 €": the sum said and set aside
        # as a payment is the plan's total when its instalments make it exactly (the total
        # is read where stated, never computed).
        amount = _stated_total(own, reading.lang, installments * installment_amount)
    if (
        payment is Intent.PROMISE_TO_PAY
        and Intent.PAY_NOW in reading.intents
        and not dates
        and not _WHEN_PAID.search(normalized)
    ):
        # "send me the IBAN so I can pay this": a wish to pay now; beside it a promise
        # needs a day (SPEC: "send the link, I'll pay now" is pay_now, with no date).
        intents = tuple(intent for intent in reading.intents if intent is not payment)
        reading = replace(
            reading,
            intent=intents[0],
            intents=intents,
            evidence=(*reading.evidence, "no day said beside the wish to pay now: no promise"),
        )
    return replace(
        reading,
        date=dates[0][1] if dates else None,
        amount=amount,
        installments=installments,
        installment_amount=installment_amount,
        dispute_type=kind,
    )


# "I paid £60 on Monday and the other £60 goes out on the 20th": a day already paid is
# no payment offered.
_PAID_JUST_BEFORE = compile_re(
    r"\b(?:paid|sent|transferred|(?:j'|j’|j )ai (?:d[ée]j[àa] )?(?:pay[ée]|vers[ée]|vir[ée]|r[ée]gl[ée]|envoy[ée]))\b[^.,;!?]{0,30}$",
    re.IGNORECASE,
)


# French money and count words in an English message ("Paid cent euros yesterday", "the £480
# en quatre fois"): the writer's other language.
_FRENCH_MONEY_WORDS = compile_re(r"\b(?:euros?|balles|fois|mensualit[ée]s)\b", re.IGNORECASE)


def _number_words_lang(own: str, lang: str) -> str:
    """The language whose number words are read: both ("fr+en"), for an English message
    that counts its money in French."""
    return "fr+en" if lang == "en" and _FRENCH_MONEY_WORDS.search(own) else lang


def _date_mentions(own: str, received: date, lang: str) -> list[date_finder.DateMention]:
    """The dates in the message's language, and those a writer of two languages says in the
    other one ("je vous vire 500 € next Friday", "I paid it le 5 by virement"), where they
    do not overlap."""
    mentions = _dates_in(own, received, lang)
    other = {"fr": "en", "en": "fr"}.get(lang)
    if other is None or not (_ENGLISH_DAY_WORDS if other == "en" else _FRENCH_DAY_WORDS).search(
        own
    ):
        return mentions
    if other == "en" and mentions:
        # (Kept as it was: French text's English words are read only when no French date is.)
        return mentions
    theirs = [
        mention
        for mention in _dates_in(own, received, other)
        if not any(mention.start < ours.end and ours.start < mention.end for ours in mentions)
    ]
    return sorted([*mentions, *theirs], key=lambda mention: mention.start) if theirs else mentions


_A_LATER_ONE = compile_re(
    r"\b(?:d'?\s?apr[eè]s|suivante?s?|after|following|du mois (?:suivant|d'?\s?apr[eè]s|prochain))\b",
    re.IGNORECASE,
)


def _plan_if_dated_payments(reading: Reading, own: str, received: date) -> Reading:
    """Two or more dated payments offered make a plan, not a promise (SPEC)."""
    intents = reading.intents
    if Intent.PROMISE_TO_PAY not in intents or Intent.PAYMENT_PLAN_REQUEST in intents:
        return reading
    spans = _entity_spans(own, Intent.PROMISE_TO_PAY, whole_if_none=False)
    # (A day said again is the same payment: "40 euros samedi par virement, 40 euros
    # samedi", as people speaking say it; unless words after it move it on, "samedi et 80
    # le samedi d'après", which the date finder reads as the same Saturday.)
    listed = 0
    days: set[date] = set()
    for mention in _date_mentions(own, received, reading.lang):
        before = own[max(0, mention.start - 40) : mention.start]
        if (
            mention.future is not None
            and spans.rank(mention.start) is not None
            and _payment_listed_before(own, mention.start)
            and not _PAID_JUST_BEFORE.search(own, max(0, mention.start - 50), mention.start)
            # (Not an invoice's or a letter's date: "conformément à la facture du 31/05".)
            and not _DOCUMENT_DATE.search(before + _leading_du(own, mention.start))
            # (Nor a day taken back: "je voulais dire le 14 pas le 4", "the 14th not the 4th".)
            and not _NEGATED_DATE.search(before)
            # (Nor the day a letter came: "votre courrier daté du 2 est arrivé le 9".)
            and not _ARRIVED_ON.search(before)
            # (Nor days gone listed: "3 échéances en retard (05/05, 05/06, 05/07)" read on
            # 31 July are past ones, not payments offered nine months ahead.)
            and (mention.future.value - received).days <= 200
        ):
            if mention.future.value not in days or _A_LATER_ONE.search(
                own, mention.start, mention.end + 20
            ):
                listed += 1
            days.add(mention.future.value)
    if listed < 2:
        return reading
    changed = tuple(
        Intent.PAYMENT_PLAN_REQUEST if intent is Intent.PROMISE_TO_PAY else intent
        for intent in intents
    )
    ordered = tuple(intent for intent in PRIORITY if intent in changed)
    return replace(
        reading,
        intent=ordered[0],
        intents=ordered,
        evidence=(*reading.evidence, "two dated payments: a plan"),
    )


@dataclass(frozen=True, slots=True)
class _Spans:
    """Where entities may come from, best first: the clauses carrying the intent, then
    the neutral ones; never a clause that carries another payment intent."""

    carrying: list[tuple[int, int]]
    neutral: list[tuple[int, int]]
    # The neutral clauses of a sentence that carries the intent: "je vous règle tout
    # avant de partir, le 16" before "mon vol est le 18", said in a sentence of its own.
    beside: list[tuple[int, int]] = field(default_factory=list)

    def rank(self, position: int) -> int | None:
        # Spans are sorted and disjoint: one binary search each, so a long letter with
        # many clauses and dates stays linear.
        if _within(self.carrying, position):
            return 0
        if _within(self.beside, position):
            return 1
        if _within(self.neutral, position):
            return 2
        return None


_END = 1 << 62


def _within(spans: list[tuple[int, int]], position: int) -> bool:
    index = bisect_right(spans, (position, _END)) - 1
    return index >= 0 and spans[index][0] <= position < spans[index][1]


@dataclass(frozen=True, slots=True)
class _Amount:
    rank: int
    position: int
    end: int
    value: Decimal
    periodic: bool
    total: bool = False  # "soit 205 € en tout": the sum of the amounts listed before it


def _payment_dates(
    own: str, spans: _Spans, payment: Intent, lang: str, received: date
) -> tuple[list[tuple[int, date, int]], list[tuple[int, date, int]]]:
    """(rank, date, position) of the payment's dates, best first; then the same with the
    month-wide ones kept, for the payments listed ("half next month"). One pass for both."""
    past = payment is Intent.ALREADY_PAID
    plan = payment is Intent.PAYMENT_PLAN_REQUEST
    found = []
    mentions = _date_mentions(own, received, lang)
    replaced_before = max(
        (mention.start for mention in mentions if _INSTEAD_AFTER.match(own, mention.end)),
        default=-1,
    )
    correction = False  # (whether the mention before was taken back for this one)
    paydays: set[int] = set()
    series: list[tuple[int, int]] | None = None  # ("à partir de janvier": looked up once)
    for index, mention in enumerate(mentions):
        corrected, correction = correction, False
        if mention.start < replaced_before:
            continue
        rank = spans.rank(mention.start)
        if rank is None or mention.kind == "salary":
            # "quand je toucherai mon salaire": no date, unless one is said beside it.
            continue
        before = own[max(0, mention.start - 40) : mention.start]
        before_du = before + _leading_du(own, mention.start)
        if _taken_back(
            own, mention.end, mentions[index + 1].start if index + 1 < len(mentions) else None
        ):
            correction = True
            continue
        context = _NOT_A_DATE_CONTEXT.search(before)
        if (
            (
                context
                # ("I paid it earlier today": the day gone by is the payment's.)
                and not (past and context.group(0).lower().startswith("earlier"))
                and not _SERIES_START.search(before)
                # ("j'ai oublié, je paierai le 12": the day said right after a payment to come.)
                and not _PAYING_RIGHT_BEFORE.search(before)
            )
            # ("le 12 non pardon le 14": the "non" takes back the day before, not this one.)
            # ("won't go until Tuesday": the day it goes.)
            or (
                _NEGATED_DATE.search(before_du) and not corrected and not _UNTIL.match(mention.text)
            )
            or _DOCUMENT_DATE.search(before_du)
        ):
            continue
        if not past and _MADE_BEFORE.search(before):
            # "the payment I made on the 5th bounced, I'll redo it on Friday".
            continue
        if not past and _SINCE.search(before):
            # "plus de mission depuis le 15": a day gone, not the one a payment comes.
            continue
        if _BEING_LATE.search(before) and own[mention.start : mention.start + 4].lower() == "late":
            # "my wages are late this month": not "late this month", the month's end.
            continue
        resolved = mention.past if past else mention.future
        if resolved is None:
            continue
        if plan and _PLAN_LENGTH.match(mention.text):
            # "$125 a month, which would pay it off in 15 months": the plan's length.
            continue
        if plan and mention.kind == "day_of_month" and _recurring_day(own, mention):
            if series is None:
                series = date_finder.series_months(own, received)
            starts = [
                month
                for position, month in series
                if -_SERIES_MONTH_REACH <= position - mention.start <= _SERIES_MONTH_REACH
            ]
            if starts:
                # "50 € le 5 de chaque mois, à partir de janvier": the 5th of January.
                day = date_finder.day_in_month_from(resolved.value.day, starts[0], received)
                resolved = date_finder.Resolved.exact(day)
        if _FROM_TO.match(own, mention.start) and _MOVE_VERB.search(
            own, max(0, mention.start - 80), mention.start
        ):
            # "décaler le prélèvement du 5 au 12": not a window, the day moved to.
            resolved = replace(resolved, value=resolved.last, first=resolved.last)
        # "à partir du mois prochain", "ce mois-ci": a month alone is no date (SPEC),
        # though "half next month" is still a payment listed.
        wide = (resolved.last - resolved.first).days >= MONTH_WINDOW_DAYS or (
            # "ce mois-ci" said on the 20th is still the month, not its last ten days.
            mention.kind == "relative_period"
            and _MONTH_WIDE.search(own, mention.start, mention.end) is not None
        )
        # A plan's date is its first instalment: "le 10 de chaque mois à compter du 10
        # octobre" starts on the date said after "à compter du".
        first = plan and _SERIES_START.search(before) is not None
        # A day already gone, for a payment to come: a hearing's or an order's date ("the
        # order made on 29 May: we will pay on 12 June"), said before the payment's.
        gone = not past and (
            resolved.value < received
            or (
                mention.past is not None
                and (received - mention.past.value).days <= _JUST_GONE_DAYS
                and (resolved.value - received).days > _ROLLED_OVER_DAYS
            )
        )
        if not past and _PAYDAY_BEFORE.search(before):
            paydays.add(mention.start)
        found.append((rank, resolved.value, mention.start, wide, first, gone))
    if plan:
        # "£200 now and £150 on 1 July", "la moitié maintenant, le reste le 30": a payment
        # listed for now is the plan's first, on the day the message is received.
        for now in _NOW.finditer(own):
            rank = spans.rank(now.start())
            if (
                rank is not None
                and _payment_listed_before(own, now.start())
                and _MORE_AFTER_NOW.match(own, now.end())
            ):
                found.append((rank, received, now.start(), False, False, False))
    # A day to come before a day gone, then a plan's stated start ("la première le 5
    # janvier", said in a clause of its own), then the best clause, then reading order (of
    # two neutral dates, the first said).
    if paydays and any(item[2] not in paydays and not item[3] and not item[5] for item in found):
        # "My paycheck hits on the 22nd so I'll pay on the 23rd": the day money comes in is
        # the payment's only when no other day is said.
        found = [item for item in found if item[2] not in paydays]
    found.sort(key=lambda item: (item[5], not item[4], item[0], item[2]))
    # A day-month just gone by ("le mariage le 13 juin", said on the 22nd) is never the day
    # a payment comes, even when it is the only one said: rolled over to next year, it
    # would be a year away (until 24 Nov. it was kept, last; the gold sets never wanted it).
    dates = [
        (rank, value, position)
        for rank, value, position, wide, _, gone in found
        if not (wide or gone)
    ]
    listed = [(rank, value, position) for rank, value, position, _, _, _ in found]
    day_after = None if past else _DAY_AFTER.search(own)
    if day_after and _PAYING_BEFORE_DAY_AFTER.search(
        own, max(0, day_after.start() - 40), day_after.start()
    ):
        # "Mon salaire tombe le 5, je vous paie le lendemain": the day after the one said.
        said = _day_said_before(mentions, day_after.start())
        rank = spans.rank(day_after.start())
        if said is not None and rank is not None:
            dates = [(rank, said + timedelta(days=1), day_after.start()), *dates]
    same_day = None if past or day_after else _SAME_DAY.search(own)
    if same_day and _PAYING_AROUND_SAME_DAY.search(
        own, max(0, same_day.start() - 40), min(len(own), same_day.end() + 25)
    ):
        said = _day_said_before(mentions, same_day.start())
        rank = spans.rank(same_day.start())
        if said is not None and rank is not None:
            dates = [(rank, said, same_day.start()), *dates]
    just_now = _JUST_NOW.search(own) if past else None
    if just_now and (not dates or (dates[0][0] > 0 and spans.rank(just_now.start()) == 0)):
        # "je viens de faire le virement": paid the day it is said, whatever day is said
        # in a clause that is not the payment's ("…, le reste le 5 janvier").
        dates = [(0, received, just_now.start()), *dates]
        listed = listed or dates
    return dates, listed


# "le 5 de chaque mois", "tous les 10", "on the 1st of every month", "£15 a month by
# standing order on the 8th": a day that comes back each month.
_EACH_MONTH_AFTER = compile_re(
    r"\s*(?:de chaque mois|de tous les mois|du mois|of (?:each|every|the) month|each month|every month)\b",
    re.IGNORECASE,
)
_EACH_MONTH_BEFORE = compile_re(
    r"(?:\b(?:chaque mois|tous les mois|par mois|each month|every month|a month|per month|monthly)|/\s?mois)"
    r"[^.!?\d]{0,30}$",
    re.IGNORECASE,
)
_EVERY_DAY_SAID = compile_re(r"tous les|chaque|every|each", re.IGNORECASE)
_SERIES_MONTH_REACH = 100
_PLAN_LENGTH = compile_re(
    r"(?:in|within|over|dans|sur|en) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|eighteen|dix-huit|\w+) (?:months|mois|years|ans)$",
    re.IGNORECASE,
)


def _day_said_before(mentions: list[date_finder.DateMention], position: int) -> date | None:
    """The day to come named just before `position` ("le 5, … le lendemain", "on Friday. I'll
    pay then"), if any."""
    said = [
        mention
        for mention in mentions
        if mention.end <= position <= mention.end + 80 and mention.future
    ]
    return said[-1].future.value if said else None  # type: ignore[union-attr]


def _recurring_day(own: str, mention: date_finder.DateMention) -> bool:
    """Whether a day of the month is said as the day of each month's payment."""
    return (
        _EVERY_DAY_SAID.match(mention.text) is not None
        or _EACH_MONTH_AFTER.match(own, mention.end) is not None
        or _EACH_MONTH_BEFORE.search(own, max(0, mention.start - 60), mention.start) is not None
    )


def _taken_back(own: str, end: int, next_start: int | None) -> bool:
    """Whether what ends at `end` is taken back at once: a correction, or a word of one
    followed by another date or sum ("vendredi non jeudi")."""
    if _CORRECTED_AFTER.match(own, end):
        return True
    if next_start is None:
        return False
    said = _TAKEN_BACK_AFTER.match(own, end)
    return said is not None and said.end() <= next_start <= said.end() + _TAKEN_BACK_REACH


def _stated_total(own: str, lang: str, total: Decimal) -> Decimal | None:
    """The total of a plan, when the message says that sum as money anywhere."""
    for mention in amount_finder.find_amounts(own, _number_words_lang(own, lang)):
        if (
            mention.value == total
            and not (mention.each or mention.period)
            # ("I was going to send $200 on the 1st but can't": a payment given up.)
            and not _GIVEN_UP_BEFORE.search(own, max(0, mention.start - 40), mention.start)
        ):
            return mention.value
    return None


_GIVEN_UP_BEFORE = compile_re(
    rf"\b(?:{_GIVEN_UP_PAYMENT}|(?:devais|comptais|voulais|pensais|allais) (?:vous )?(?:payer|r[ée]gler|virer|verser|envoyer))\W+(?:\w+\W+){{0,2}}$",
    re.IGNORECASE,
)


def _leading_du(own: str, position: int) -> str:
    """ "le prélèvement du 20": a mention may start on its "du", which the negation reads."""
    return "du " if own[position : position + 3].lower() == "du " else ""


# "5 600,00 € HT, soit 6 720,00 € TTC", "£2,480.00 + VAT = £2,976.00": a sum before tax
# yields to the sum with it said just after, which is what is paid.
_BEFORE_TAX_AFTER = compile_re(
    r"\s*(?:€|eur|euros|£|\$)?\s*(?:HT\b|H\.T\.|hors tax\w*|\+\s*(?:VAT|TVA)\b"
    r"|(?:ex|excl|excluding|before|net of|plus)\.?\s+VAT\b)",
    re.IGNORECASE,
)
_WITH_TAX_AFTER = compile_re(
    r"\s*(?:€|eur|euros|£|\$)?\s*(?:TTC\b|T\.T\.C\.|toutes taxes|(?:incl|inc|including)\.?\s+VAT\b)",
    re.IGNORECASE,
)
_WITH_TAX_WITHIN = 60


def _sum_with_tax_follows(
    own: str, before_tax: amount_finder.AmountMention, mentions: list[amount_finder.AmountMention]
) -> bool:
    """Whether a sum said just after `before_tax` is it with tax: "= £2,976.00", "soit
    6 720,00 € TTC" (not "4 800 € HT en 4 mensualités de 1 200 €")."""
    for other in mentions:
        gap = other.start - before_tax.end
        if 0 < gap <= _WITH_TAX_WITHIN and (
            "=" in own[before_tax.end : other.start] or _WITH_TAX_AFTER.match(own, other.end)
        ):
            return True
    return False


def _payment_amounts(own: str, spans: _Spans, lang: str) -> list[_Amount]:
    """The amounts the debtor pays or offers, best first: not the claimed debt, a fee,
    an income (SPEC)."""
    found = []
    mentions = amount_finder.find_amounts(own, _number_words_lang(own, lang))
    for index, mention in enumerate(mentions):
        if not mention.value:
            # "la facture de clôture à 0 €", "it shows $0.00": nothing is paid of nothing.
            continue
        rank = spans.rank(mention.start)
        if rank is None or (mention.currency is None and _COUNTED_AFTER.match(own, mention.end)):
            # "in four monthly goes": a count, not four euros a month.
            continue
        if _REJECTED_AFTER.match(own, mention.end) or (
            index + 1 < len(mentions)
            and _taken_back(own, _currency_end(own, mention.end), mentions[index + 1].start)
        ):
            # "5 mensualités de 120 € c'est trop": the offer turned down, not the one made;
            # "trois cents euros euh non trois cent cinquante": the sum said again.
            continue
        if _BEFORE_TAX_AFTER.match(own, mention.end) and _sum_with_tax_follows(
            own, mention, mentions
        ):
            continue
        after = own[mention.end : mention.end + 30]
        periodic = bool(
            mention.each
            or mention.period
            or _RECURRING_AFTER.match(after)
            or _RECURRING_BEFORE.search(own, max(0, mention.start - 60), mention.start)
        )
        if _not_paid(own, mention.start, mention.end, periodic):
            continue
        found.append(_Amount(rank, mention.start, mention.end, mention.value, periodic))
    # A bare number inside an amount already read (kept or set aside) is that amount. The
    # offsets covered, as a set: a long letter may hold hundreds of numbers.
    taken = {offset for mention in mentions for offset in range(mention.start, mention.end)}
    for bare in _bare_payment_amounts(own, spans):
        span = range(bare.position, bare.end)
        if not taken.isdisjoint(span):
            continue
        if not _not_paid(own, bare.position, bare.end, periodic=False):
            found.append(bare)
        taken.update(span)
    found = _with_sums(own, found)
    # Of the amounts in equally good clauses, a stated sum first, then reading order.
    found.sort(key=lambda item: (item.rank, not item.total, item.position))
    return found


_CURRENCY_WORD = compile_re(r"\s*(?:euros?|eur|pounds?|quid|dollars?|bucks)\b", re.IGNORECASE)


def _currency_end(own: str, end: int) -> int:
    """Where an amount's currency word ends, when it follows the amount read."""
    word = _CURRENCY_WORD.match(own, end)
    return word.end() if word else end


def _offered_amount(own: str, normalized: str, lang: str, unsaid: bool = False) -> Decimal | None:
    """The first amount the debtor says they pay, will pay or can pay, in a message read
    with no payment intent; never one refused, claimed, a fee or an income. With `unsaid`
    (an offer made under a condition), an amount said without such words counts too, unless
    it names the debt ("cette dette de 1 800 €")."""
    if not unsaid and (not _names_money(own) or _OFFER_BEFORE.search(normalized) is None):
        return None  # most messages without a payment intent offer nothing
    amounts = [
        amount
        for amount in _payment_amounts(own, _Spans([(0, len(own))], []), lang)
        if not amount.periodic
    ]
    for amount in amounts:
        before = normalize(_sentence_before(own, amount.position, 60))
        offer = _last_match(_OFFER_BEFORE, before)
        if offer is not None and not _NEGATION.search(before, offer.end()):
            return amount.value
    if unsaid:
        for amount in amounts:
            if not _DEBT_BEFORE.search(_sentence_before(own, amount.position, 30)):
                return amount.value
    return None


def _names_money(own: str) -> bool:
    if _MONEY_SIGN.search(own):
        return True
    lowered = own.lower()
    return any(word in lowered for word in _MONEY_WORDS)


def _with_sums(own: str, found: list[_Amount]) -> list[_Amount]:
    """The amounts, each stated sum marked ("soit 205 € en tout") and moved to the best
    clause of the amounts it sums up in its sentence ("les 2 factures (120 € et 85 €), soit
    205 €": the sum follows the promise's clause after a comma)."""
    sums = {id(amount) for amount in found if not amount.periodic and _is_sum(own, amount)}
    if not sums:
        return found
    sentence_ends = [match.end() for match in _SENTENCE_END.finditer(own)]
    marked = []
    for amount in found:
        if id(amount) in sums:
            index = bisect_right(sentence_ends, amount.position) - 1
            sentence_start = sentence_ends[index] if index >= 0 else 0
            rank = min(
                other.rank for other in found if sentence_start <= other.position <= amount.position
            )
            amount = replace(amount, total=True, rank=rank)
        marked.append(amount)
    return marked


def _is_sum(own: str, amount: _Amount) -> bool:
    return bool(
        _SUM_BEFORE.search(_sentence_before(own, amount.position, 20))
        or _SUM_AFTER.match(own, amount.end, amount.end + 20)
    )


def _not_paid(own: str, start: int, end: int, periodic: bool) -> bool:
    """Whether the amount at `start:end` is an income, a fee, the claimed debt or refused."""
    before = _sentence_before(own, start)
    if (
        _INCOME.search(before)
        or _EXPENSE_BEFORE.search(before)
        or _FEE_AFTER.match(own, end, end + 30)
        or _FEE_BEFORE.search(before)
        or _ASKED_AFTER.match(own, end, end + 50)
    ):
        return True
    return not periodic and bool(
        _NOT_PAID_AMOUNT.search(before)
        or _CREDIT_NOTE_BEFORE.search(before)
        or _INCOME_BEFORE.search(before)
        or _OUT_OF_BEFORE.search(before)
        or (_QUOTED_BEFORE.search(before) and not _OUTSTANDING_AFTER.match(own, end))
    )


def _sentence_before(own: str, position: int, reach: int = 40) -> str:
    """The `reach` characters before `position`, cut at the end of the sentence before."""
    before = own[max(0, position - reach) : position]
    last_end = _last_match(_SENTENCE_END, before)
    return before[last_end.end() :] if last_end else before


def _last_match(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    last = None
    for last in pattern.finditer(text):  # noqa: B007 - the loop finds the last one
        pass
    return last


def _bare_payment_amounts(own: str, spans: _Spans) -> list[_Amount]:
    """Numbers said right after a payment word, which the amount reader leaves alone when
    no currency follows: "déjà payé les 120", "je peux régler 89,90 vendredi", "soit 270",
    "300 en 3 fois". The patterns are written in lower case and read the lowered text."""
    found: list[_Amount] = []
    if _DIGIT.search(own) is None:
        return found
    # Why lower case: the patterns run several times faster without IGNORECASE, and each is
    # a pass over the whole message; the checks skip the passes that cannot match.
    lowered = amount_finder.lower_in_place(own)
    patterns = [_BARE_AFTER_PAYMENT]
    if " en " in lowered and _PLAN_TOTAL_NOUNS.search(lowered):
        patterns.append(_BARE_PLAN_TOTAL)
    if "," in own:
        patterns.append(_BARE_CENTS)
    if "les " in lowered:
        patterns.append(_BARE_THE_SUM)
    if "whole " in lowered or "full " in lowered:
        patterns.append(_BARE_THE_WHOLE)
    if " be with " in lowered or " be in " in lowered:
        patterns.append(_BARE_THE_SUM_ON_ITS_WAY)
    if "check" in lowered or "cheque" in lowered or "chèque" in lowered or " order" in lowered:
        patterns.append(_BARE_CHEQUE)
    if len(lowered) < 80:
        patterns.append(_BARE_AFTER_THE_DAY)
    for pattern in patterns:
        for match in pattern.finditer(lowered):
            rank = spans.rank(match.start(1))
            if rank is None:
                continue
            digits = re.sub(r"[ .\u202f\u00a0](?=\d{3}\b)", "", match.group(1)).replace(",", ".")
            try:
                value = Decimal(digits).quantize(Decimal("0.01"))
            except ArithmeticError:
                continue
            if value <= 0:
                continue
            end = match.end(1)
            if _THOUSANDS_K.match(lowered, end):
                # "I can do 1.5k": thousands, the k glued to the number.
                value, end = (value * 1000).quantize(Decimal("0.01")), end + 1
            found.append(_Amount(rank, match.start(1), end, value, periodic=False))
    return found


def _installments(
    own: str, spans: _Spans, lang: str, dates: list[tuple[int, date, int]]
) -> int | None:
    counts = sorted(
        (rank, mention.start, mention.count)
        for mention in amount_finder.find_counts(own, _number_words_lang(own, lang))
        if (rank := spans.rank(mention.start)) is not None
        and not _REJECTED_AFTER.match(own, mention.end)
        and not _OFFER_REPLACED_BEFORE.search(own, max(0, mention.start - 60), mention.start)
        # ("Je ne peux pas accepter 3 mensualités de 200 €. Je propose plutôt 6…")
        and not _REFUSED_BEFORE.search(_sentence_before(own, mention.start, 60))
    )
    if counts:
        return counts[0][2]
    spoken = _COUNT_FALLBACK.search(own)
    if spoken:
        return _count_word(next(group for group in spoken.groups() if group))
    # "200 € le 10 mars, 200 € le 10 avril et le solde le 10 mai": three payments listed,
    # each date with its amount or the balance before it.
    listed = _listed_payments(own, dates)
    return len(listed) if len(listed) >= 2 else None


def _listed_payments(own: str, dates: list[tuple[int, date, int]]) -> list[int]:
    """Positions of the dates said with their own payment ("200 € le 10", "le solde le 30")."""
    return sorted({position for _, _, position in dates if _payment_listed_before(own, position)})


def _payment_listed_before(own: str, position: int) -> bool:
    """Whether the date at `position` comes with its own payment ("200 € le 10", "le solde
    le 30") — not with an income ("mon salaire de 1 600 € arrive le 9")."""
    return bool(
        _LISTED_PAYMENT_BEFORE.search(own[max(0, position - 25) : position])
        and not _INCOME_DATE.search(_sentence_before(own, position, 45))
    )


def _count_word(word: str) -> int:
    return int(word) if word.isdecimal() else _COUNT_WORDS.get(word.lower(), 0)


def _equal_parts(amounts: list[_Amount]) -> tuple[int, Decimal] | None:
    """(count, value) when the amounts are two or more equal single payments."""
    if len(amounts) < 2 or any(amount.periodic or amount.total for amount in amounts):
        return None
    values = {amount.value for amount in amounts}
    return (len(amounts), amounts[0].value) if len(values) == 1 else None


def _installment_amount(
    amounts: list[_Amount], dates: list[tuple[int, date, int]], own: str, count: int | None
) -> Decimal | None:
    periodic = [amount for amount in amounts if amount.periodic]
    if periodic:
        # "I can't manage the £150 a month, I could do £45 a month", "£25 rather than £50
        # monthly", "baisser mes mensualités de 80 à 50 €": the sum offered, not the one
        # refused or replaced, said in its place.
        offered = [amount for amount in periodic if not _superseded(own, amount)]
        if offered:
            return offered[0].value
        instead = [amount for amount in amounts if not _superseded(own, amount)]
        return (instead or periodic)[0].value
    single = {amount.value for amount in amounts}
    if count:
        # "les 780 € en 3 fois, 260 € le 5 décembre…": of the amounts said, the one the
        # count times is another one said (the total) is each instalment. Nothing computed.
        times = sorted(value for value in single if value * count in single)
        if times:
            return times[0]
    # Bare numbers the amount reader leaves alone, read in a plan only: "15 every
    # sunday", "3 versements de 80", "100 le 5 et 100 le 20".
    each = _BARE_EACH.search(own)
    if each:
        value = next(group for group in each.groups() if group)
        return Decimal(value.replace(",", ".")).quantize(Decimal("0.01"))
    payments = _listed_payments(own, dates)
    listed_bare = [Decimal(value.replace(",", ".")) for value in _BARE_LISTED.findall(own)]
    if len(listed_bare) >= 2 and len(listed_bare) == len(payments) and len(set(listed_bare)) == 1:
        return listed_bare[0].quantize(Decimal("0.01"))
    # Equal amounts each followed by its date are the instalment ("2 800 € le 15 mai,
    # 2 800 € le 15 juin…"), unless another payment is listed without its amount
    # ("… et le solde le 10 mai").
    date_positions = [position for _, _, position in dates]
    listed = [
        amount.value
        for amount in amounts
        if any(0 <= position - amount.end <= 12 for position in date_positions)
    ]
    if len(listed) >= 2 and len(listed) == len(payments) and len(set(listed)) == 1:
        return listed[0]
    return None


def _superseded(own: str, amount: _Amount) -> bool:
    """Whether a sum a period is one refused, replaced or spent elsewhere, not offered."""
    before = own[max(0, amount.position - 60) : amount.position]
    return bool(
        (_REFUSED_BEFORE.search(before) and not _CAP_BEFORE.search(before))
        or _OFFER_REPLACED_BEFORE.search(before)
        or _INCOME_BEFORE.search(before)
        or _REPLACED_AFTER.match(own, amount.end)
        or _SPENT_AFTER.match(own, amount.end)
    )


# "je ne peux plus tenir les 120 € par mois", "I can't manage the £150 a month", "and not
# £50". (Within its sentence: "I can't do that in one go. £220 a month?" offers the £220.)
_REFUSED_BEFORE = compile_re(
    r"(?:\b(?:ne|n'|je)\s*(?:peux|peut|pourrai|pourrais|pouvons)\s+(?:pas|plus)|\bcan(?:['’]t|not| not)|\bunable to|"
    r"\b(?:pas|plus)\s+possible(?:\s+de)?|\bimpossible(?:\s+de)?|"
    r"\bwon['’]t be able to)\s+(?:\w+\s+){0,2}?(?:pay|payer|tenir|suivre|assumer|assurer|honorer|supporter|faire|verser|manage|afford|do|"
    r"keep up(?: with)?|continue|continuer|make)[^\w.!?]+(?:[^\W\d]+[^\w.!?]+){0,4}$"
    # "Je ne peux pas accepter 3 mensualités de 200 €": the count refused with its sum.
    r"|(?:\b(?:ne|n'|je)\s*(?:peux|peut|pourrai|pourrais|pouvons)\s+(?:pas|plus)|\bcan(?:['’]t|not| not))\s+"
    r"(?:accepter|accept|agree to)\s+(?:vos |les |your |the )?(?:\d+\s*(?:x\s*)?)?(?:[^\W\d]+\W+){0,3}$"
    # ("rather than", "au lieu de": `_OFFER_REPLACED_BEFORE`, which `_superseded` asks too.)
    r"|\b(?:and not|et non)\s+(?:the |les |mes |my )?$",
    re.IGNORECASE,
)
# "Instead of 12 payments, 18?", "on m'a proposé au téléphone 6 x 75 €, je préfèrerais…":
# the offer replaced, not the one made.
_OFFER_REPLACED_BEFORE = compile_re(
    r"(?:\b(?:instead of|au lieu de|au lieu des|rather than|plut[ôo]t que)|\b(?:on m'a|on m’a|vous m'avez|vous m’avez|"
    r"you|they|your colleague|votre coll[èe]gue)\s+(?:\w+\s+)?(?:propos[ée]\w*|offered|suggested|sugg[ée]r[ée]\w*)"
    r"(?:\s+(?:au t[ée]l[ée]phone|on the phone|par t[ée]l[ée]phone|me|us|de|d'))?"
    # The creditor's terms cited: "your plan says £120 a month", "votre courrier prévoit".
    r"|\b(?:your|the|votre|le|la|vos|les) (?:plan|letter|offer|proposal|agreement|terms|proposition|courrier|lettre|"
    r"[ée]ch[ée]ancier|offre)\s+(?:says|said|asks for|wants|demande|pr[ée]voit|indique|dit|propose)\w*)\s*(?:the |les |mes |my )?"
    r"(?:\d+\s*(?:x|×|fois)\s*)?$"
    # The plan running now: "I'm on £40 a month. Could I go fortnightly…", "I'm on the £80 a
    # month plan… could we drop it to £20 a month".
    r"|\b(?:i'?m|i’m|i am|we'?re|we’re|we are)\s+(?:currently\s+|already\s+)?on\s+(?:the\s+|a\s+|my\s+)?(?:£|\$|€)?\s*$",
    re.IGNORECASE,
)
# "I get like seven hundred a month", "je touche 900 € par mois": an income, not the offer.
_INCOME_BEFORE = compile_re(
    r"\b(?:i (?:only )?(?:get|receive|earn|make|take home|bring in|live on)|je (?:ne )?(?:touche|gagne|per[çc]ois|vis avec|vis de)(?: que)?)"
    r"\s+(?:like |about |around |only |just |roughly |environ |seulement |à peine |a peine )?(?:£|\$|€)?\s*$",
    re.IGNORECASE,
)
# "je ne peux pas verser plus de 20 € par mois": a cap, the sum offered.
_CAP_BEFORE = compile_re(r"\b(?:plus de|more than|over|au[- ]del[àa] de)\s*$", re.IGNORECASE)
# "de 80 à 50 €", "from $75 to $150": the sum left for another.
_REPLACED_AFTER = compile_re(
    r"\s*(?:€|£|\$|eur|euros?)?\s*(?:à|a|to|->|→)\s*(?:€|£|\$)?\s*\d", re.IGNORECASE
)
# "I pay £480 a month in child maintenance", "£650 a month on rent".
_SPENT_AFTER = compile_re(
    r"\W{0,3}(?:a|per|par|/|each|every)?\s*(?:month|week|mois|semaine)\s+(?:in|on|for|de|d'|en|pour)\s+"
    r"(?:child|maintenance|rent|mortgage|loyer|pension|cr[ée]dit immobilier)",
    re.IGNORECASE,
)


_COUNTED_AFTER = compile_re(
    r"\s+(?:(?:monthly|weekly|fortnightly|quarterly|equal|mensuel(?:le)?s|[ée]gales)\s+){0,2}"
    r"(?:goes|payments|instal(?:l)?ments|parts|lots|chunks|fois|mensualit[ée]s|versements|[ée]ch[ée]ances|tranches)\b",
    re.IGNORECASE,
)
# An offer turned down just after it is said: "5 mensualités de 120 € c'est trop pour moi".
_REJECTED_AFTER = compile_re(
    r"[^.!?,;\n]{0,30}?\W(?:c'?\s?est|ce serait|c'?\s?[ée]tait|is|are|that's|that is|would be|it's)\s+"
    r"(?:(?:beaucoup|bien|way|far|much|un peu|a bit|just|juste)\s+)?"
    r"(?:trop|too (?:much|high|steep|expensive|dear)|impossible|pas possible|not possible)\b",
    re.IGNORECASE,
)
_ONE_INSTALMENT_BEFORE = compile_re(
    r"\b(?:first|1st|second|2nd|third|3rd|next|last|final|premi[èe]re|1[èe]?re|deuxi[èe]me|2[èe]?me|"
    r"prochaine|derni[èe]re)\s+(?:instal(?:l)?ment|payment|mensualit[ée]|[ée]ch[ée]ance|tranche|traite)"
    r"\s+(?:of|de|d')\s*(?:£|\$|€)?\s*$"
    # "J'ai payé la mensualité de 75 € du 14", "I've paid this month's instalment of £40".
    r"|\b(?:(?:la|ma|cette|votre|the|my|this|your|this month's|this month s)\s+|l['’]\s*)"
    r"(?:instal(?:l)?ment|monthly payment|mensualit[ée]|[ée]ch[ée]ance|traite)\s+(?:of|de|d')\s*(?:£|\$|€)?\s*$",
    re.IGNORECASE,
)


def _amount(
    amounts: list[_Amount],
    payment: Intent | None,
    installments: int | None,
    installment_amount: Decimal | None,
    own: str,
) -> Decimal | None:
    single = [amount for amount in amounts if not amount.periodic]
    if payment is not Intent.PAYMENT_PLAN_REQUEST:
        if not single:
            # "I paid the first instalment of £45": one instalment, paid or promised.
            single = [
                amount
                for amount in amounts
                if _ONE_INSTALMENT_BEFORE.search(own, max(0, amount.position - 40), amount.position)
            ]
        return single[0].value if single else None
    if (
        installments is None
        and installment_amount is None
        and len(single) == len(amounts)
        and len({amount.value for amount in single}) == 1
        and not _PLAN_PARTS.search(own)
    ):
        # A plan read with nothing of a plan said (no count, no instalment, no parts): the one
        # amount named is what the debtor pays, in one go or as the total.
        return single[0].value
    # A plan's amount is its total, only when stated: never computed, never the debt
    # that happens to be quoted (SPEC).
    for amount in single:
        if installment_amount is not None and amount.value == installment_amount:
            continue
        product = installments * installment_amount if installments and installment_amount else None
        before = own[max(0, amount.position - 30) : amount.position]
        after = own[amount.end : amount.end + 45]
        if amount.value == product or _TOTAL_BEFORE.search(before) or _TOTAL_AFTER.match(after):
            return amount.value
    return None


_PAYMENT_WORDS = compile_re(
    r"\b(?:pa(?:y|ys|ie|ies|yer|yons|ierai|yerai|ierons|yé|yée|ye|id|ying|yment|iement)"
    r"|r[ée]gl(?:e|er|erai|é|ée|ement)|vir(?:e|er|erai|ement)|vers(?:e|er|erai|ement)"
    r"|ch[èe]que|checks?|transfer\w*|sort(?:ed)?|settle\w*|send|sent|envoi\w*|envoy\w*"
    r"|post[ée]e?|mail(?:ed)?|rembours\w*|clear|[ée]ch[ée]anc\w*|mensualit[ée]s?|instal+ments?|plan)\b"
    r"|[€£$]|\d\s?(?:euros?|eur|pounds|dollars|quid)\b",
    re.IGNORECASE,
)
# Being paid is an income, not a payment: "je suis payé le 7", "I get paid on the 27th".
_BEING_PAID = compile_re(
    r"\b(?:suis|sommes|est|sera|get|gets|getting|got|am|is|are|be|been|being|i'm|i’m)\s+pa(?:id|y[ée]e?s?)\b"
    r"|\b(?:ma|sa|la|notre|leur|my|his|her|our|their)\s+(?:paie|paye|pay)\b",
    re.IGNORECASE,
)


def _after_payment_words(
    own: str, clauses: tuple[_Clause, ...], neutral: set[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The neutral clauses that name a payment, and those after them in their sentence."""
    found = []
    cued = False
    previous_end = 0
    for clause in clauses:
        if _SENTENCE_END.search(own, previous_end, clause.start):
            cued = False
        previous_end = clause.end
        if _PAYMENT_WORDS.search(_BEING_PAID.sub(" ", clause.text)):
            cued = True
        if cued and (clause.start, clause.end) in neutral:
            found.append((clause.start, clause.end))
    return found


def _entity_spans(own: str, intent: Intent, whole_if_none: bool = True) -> _Spans:
    clauses = _clauses(own)
    # A plan's dates often sit in promise-like words ("half on payday"): only a payment
    # already made and a payment to come keep their entities apart.
    if intent is Intent.ALREADY_PAID:
        others = {Intent.PROMISE_TO_PAY, Intent.PAYMENT_PLAN_REQUEST}
    else:
        others = {Intent.ALREADY_PAID}
    excluded = {Intent.REQUEST_HUMAN, Intent.AUTO_REPLY, Intent.DECEASED, Intent.LEGAL_PROCEEDING}
    carrying = [(c.start, c.end) for c in clauses if intent in c.intents]
    neutral = [
        (c.start, c.end)
        for c in clauses
        if intent not in c.intents and not (c.intents & (others | excluded))
    ]
    if not carrying and not neutral and whole_if_none:
        return _Spans(carrying=[(0, len(own))], neutral=[])
    if not carrying:
        # The model heard the intent and no clause's rule did: the clauses that speak of
        # paying come first ("diwali this weekend, will sort the £60 on the 28th"), with
        # what follows them in their sentence ("le chèque sera posté dès notre retour,
        # mardi 7"), before a trip's or a feast's days said elsewhere.
        return _Spans(
            carrying=[], neutral=neutral, beside=_after_payment_words(own, clauses, set(neutral))
        )
    beside = []
    if carrying and neutral:
        alone = set(neutral)
        sentence: list[_Clause] = []
        for clause in [*clauses, None]:
            if clause is None or (
                sentence and _SENTENCE_END.search(own, sentence[-1].end, clause.start)
            ):
                if any(intent in c.intents for c in sentence):
                    beside += [(c.start, c.end) for c in sentence if (c.start, c.end) in alone]
                sentence = []
            if clause is not None:
                sentence.append(clause)
    return _Spans(carrying=carrying, neutral=neutral, beside=beside)
