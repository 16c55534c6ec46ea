"""How well the embedding model reads each language: a dense weight per language, from a probe.

The dense signal is only worth fusing with BM25 as far as the model understands the language:
an English-only model confuses French clauses it cannot read. The probe is the retrieval task in
miniature: twelve clauses written in French and in English, each with a buyer's question and a
paraphrase that use other words. A model that reads a language puts each question (and
paraphrase) closer to its own clause than to the eleven others. The share of those comparisons
it gets right (0.5 = chance) gives the language's weight; French questions against English
clauses (and back) measure cross-language reading the same way.
"""
from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Protocol

import numpy as np

log = logging.getLogger(__name__)

PROBE_VERSION = 1  # bump when the sentences or the measure change, so cached results are redone
CROSS = "fr-en"  # key of the cross-language score
# Accuracy at which a model counts as reading a language fully. The default English model scores
# 0.95 in English, 0.70 in French and 0.69 across languages, hence weights of 1, 0.50 and 0.48.
READS_AT = 0.9

# Per language: (clause, buyer's question, paraphrase). Row i is the same clause in both
# languages, so that the cross-language probe can pair a French question with an English clause.
_PROBE: dict[str, tuple[tuple[str, str, str], ...]] = {
    "fr": (
        ("Le prestataire restitue toutes les données du client à la fin du contrat.",
         "Que deviennent nos données quand le contrat s'arrête ?",
         "Au terme de la relation, le fournisseur rend au client l'ensemble de ses informations."),
        ("Le contrat peut être résilié moyennant un préavis de trois mois.",
         "Avec quel délai peut-on mettre fin au contrat ?",
         "Chaque partie peut mettre un terme à l'accord en prévenant l'autre trois mois avant."),
        ("Les dommages et intérêts ne pourront dépasser le montant payé sur une année.",
         "La responsabilité du fournisseur est-elle limitée ?",
         "L'indemnisation due est plafonnée aux sommes facturées pendant douze mois."),
        ("La plateforme fonctionne sans interruption au moins 99,9 % du temps.",
         "Quel engagement de disponibilité est pris ?",
         "Le taux de disponibilité garanti du service atteint 99,9 %."),
        ("Les factures sont réglées sous trente jours.",
         "Sous quel délai les factures doivent-elles être payées ?",
         "Le paiement intervient dans le mois qui suit la réception de la note."),
        ("Le fournisseur garde secrètes les informations qu'il reçoit.",
         "Le prestataire est-il tenu au secret ?",
         "Rien de ce que le client communique ne peut être divulgué par le prestataire."),
        ("Les serveurs sont hébergés en France.",
         "Dans quel pays sont hébergés les serveurs ?",
         "L'infrastructure se trouve dans des centres situés sur le territoire national."),
        ("Le prestataire ne peut confier une partie du travail à une autre société sans accord "
         "écrit.",
         "Le prestataire peut-il faire appel à des sous-traitants ?",
         "Toute sous-traitance exige l'autorisation préalable du client."),
        ("Le contrat est conclu pour trois ans.",
         "Combien de temps dure le contrat ?",
         "L'engagement court sur une période de trente-six mois."),
        ("Le prestataire souscrit une assurance de responsabilité civile professionnelle.",
         "Le fournisseur doit-il être assuré ?",
         "Le fournisseur doit être couvert par une police pour les sinistres causés par son "
         "activité."),
        ("Une sauvegarde complète est réalisée chaque nuit.",
         "À quelle fréquence les données sont-elles sauvegardées ?",
         "Une copie de secours de l'ensemble des fichiers est faite tous les soirs."),
        ("Le client peut faire vérifier sur place le respect des engagements.",
         "Le client a-t-il un droit d'audit ?",
         "Un contrôle des installations du fournisseur peut être mené à la demande de l'acheteur."),
    ),
    "en": (
        ("The provider returns all of the client's data when the contract ends.",
         "What happens to our data when the contract stops?",
         "Once the relationship is over, the supplier hands every piece of information back."),
        ("The agreement may be terminated with three months' notice.",
         "How much notice is needed to end the contract?",
         "Either party can bring the contract to an end by warning the other three months ahead."),
        ("Damages shall not exceed the amount paid over one year.",
         "Is the supplier's liability limited?",
         "Compensation owed is capped at the sums invoiced during twelve months."),
        ("The platform runs without interruption at least 99.9% of the time.",
         "What availability commitment is made?",
         "The guaranteed uptime of the service reaches 99.9%."),
        ("Invoices are paid within thirty days.",
         "How quickly must invoices be paid?",
         "Payment is due in the month following receipt of the bill."),
        ("The supplier keeps secret the information it receives.",
         "Is the provider bound to secrecy?",
         "Nothing the customer discloses may be revealed by the vendor."),
        ("The servers are hosted in France.",
         "In which country are the servers hosted?",
         "The infrastructure sits in facilities located on French soil."),
        ("The provider may not hand part of the work to another company without written consent.",
         "May the provider use subcontractors?",
         "Any subcontracting requires the client's prior approval."),
        ("The contract is entered into for three years.",
         "How long does the contract last?",
         "The commitment runs over a period of thirty-six months."),
        ("The provider takes out professional liability insurance.",
         "Must the supplier be insured?",
         "The supplier must be covered by a policy for losses its business causes."),
        ("A full backup is made every night.",
         "How often is the data backed up?",
         "A spare copy of all files is taken each evening."),
        ("The client may have compliance with the commitments checked on site.",
         "Does the client have an audit right?",
         "An inspection of the supplier's premises can be carried out at the buyer's request."),
    ),
}
LANGUAGES = tuple(_PROBE)


class TextEmbedder(Protocol):
    name: str

    def embed(self, texts: list[str]) -> np.ndarray: ...


def pair_accuracy(queries: np.ndarray, targets: np.ndarray) -> float:
    """Share of (i, j != i) where query i is closer to target i than to target j (0.5 = chance)."""
    similarity = queries @ targets.T
    own = np.diag(similarity)[:, None]
    others = ~np.eye(len(similarity), dtype=bool)
    return float(((own > similarity) & others).sum() / others.sum())


def probe(embedder: TextEmbedder) -> dict[str, float]:
    """Accuracy per language, and across French and English, each from 0.5 (chance) to 1."""
    clauses, asks = {}, {}
    for language, rows in _PROBE.items():
        vectors = embedder.embed([text for row in rows for text in row])
        clauses[language] = vectors[0::3]
        asks[language] = (vectors[1::3], vectors[2::3])  # questions, paraphrases

    def accuracy(ask_language: str, clause_language: str) -> float:
        return float(np.mean([pair_accuracy(a, clauses[clause_language])
                              for a in asks[ask_language]]))

    scores = {language: accuracy(language, language) for language in LANGUAGES}
    scores[CROSS] = (accuracy("fr", "en") + accuracy("en", "fr")) / 2
    return scores


def dense_weight(accuracy: float) -> float:
    """Weight of the dense signal for a probe accuracy: 0 at chance, 1 from READS_AT on."""
    return float(np.clip((accuracy - 0.5) / (READS_AT - 0.5), 0.0, 1.0))


_measured: dict[tuple[str, int], dict[str, float]] = {}  # per process, by model name
_measured_lock = threading.Lock()


class LanguageFit:
    """Dense weight for a (query language, passage language) pair.

    Declared languages (settings.embedding_languages) get full weight and the others none;
    without a declaration the probe runs once per model and process, and its scores are kept in
    `cache_file` so the next process does not embed the probe again.
    """

    def __init__(self, embedder: TextEmbedder, declared: Iterable[str] = (),
                 cache_file: Path | None = None) -> None:
        self._embedder = embedder
        self._declared = frozenset(declared)
        self._cache_file = cache_file

    def weight(self, query_language: str, passage_language: str) -> float:
        if self._declared:
            return float(query_language in self._declared and passage_language in self._declared)
        scores = self.scores()
        key = query_language if query_language == passage_language else CROSS
        if key not in scores:  # a language the probe does not cover: trust the model as it is
            return 1.0
        return dense_weight(scores[key])

    def scores(self) -> dict[str, float]:
        key = (self._embedder.name, PROBE_VERSION)
        with _measured_lock:
            if key not in _measured:
                _measured[key] = self._cached() or self._measure()
            return _measured[key]

    def _cached(self) -> dict[str, float] | None:
        entry = self._read_cache().get(self._embedder.name)
        if not isinstance(entry, dict) or entry.get("version") != PROBE_VERSION:
            return None
        scores = entry.get("scores")
        return {k: float(v) for k, v in scores.items()} if isinstance(scores, dict) else None

    def _measure(self) -> dict[str, float]:
        scores = probe(self._embedder)
        log.info("embedding model %s, probe accuracy per language: %s", self._embedder.name,
                 scores)
        if self._cache_file is not None:
            stored = self._read_cache()
            stored[self._embedder.name] = {"version": PROBE_VERSION, "scores": scores}
            try:
                self._cache_file.parent.mkdir(parents=True, exist_ok=True)
                temporary = self._cache_file.with_suffix(".tmp")
                temporary.write_text(json.dumps(stored, indent=1), encoding="utf-8")
                temporary.replace(self._cache_file)
            except OSError as exc:  # a read-only data folder only costs a probe per process
                log.warning("cannot keep the language probe in %s: %s", self._cache_file, exc)
        return scores

    def _read_cache(self) -> dict:
        if self._cache_file is None or not self._cache_file.is_file():
            return {}
        try:
            stored = json.loads(self._cache_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return stored if isinstance(stored, dict) else {}
