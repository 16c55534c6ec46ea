"""Hosting and service places: sentences written for these tests, French and English."""
from __future__ import annotations

from assistant.analysis.places import find_locations
from assistant.models import Chunk


def _chunks(*texts: str, section: str = "Lieu d'exécution") -> list[Chunk]:
    return [Chunk("doc", i, text, page=i + 1, page_end=i + 1, section_title=section)
            for i, text in enumerate(texts)]


def _places(*texts: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {kind: (found.value, found.codes) for kind, found in find_locations(_chunks(*texts))
            .items()}


def test_french_hosting_towns_and_country_over_two_sentences_of_one_article():
    found = _places("Les serveurs du Client sont hébergés dans le centre de données du "
                    "Prestataire situé à Clermont-Ferrand et répliqués à Aurillac. Les données ne "
                    "sont pas hébergées hors de France.")
    assert found == {"hosting": ("Clermont-Ferrand, Aurillac (France)", ("FR",))}


def test_english_service_and_storage_places():
    found = _places("The Provider shall perform the Services from its delivery centre in "
                    "Porto (Portugal). Customer Data shall be stored only within the European "
                    "Union.")
    assert found == {"service": ("Porto (Portugal)", ("PT",)),
                     "hosting": ("European Union", ("EU",))}


def test_a_place_far_from_the_hosting_words_is_not_the_hosting_place():
    # The head office in the parties' block and a court are not where data live.
    assert _places("La société Gamma, dont le siège est situé à Metz, héberge ses propres "
                   "outils de facturation ; tout litige relève du tribunal de commerce de Nancy, "
                   "seul compétent pour connaître des différends entre les parties à Strasbourg.") \
        == {}


def test_the_quote_is_the_sentence_that_names_the_place():
    chunks = _chunks("Article 5. La plateforme est hébergée à Lyon (France).")
    location = find_locations(chunks)["hosting"]
    assert location.text == "La plateforme est hébergée à Lyon (France)."
    assert location.towns == ("Lyon",)
    assert location.countries == ("France",)


def test_no_place_stated_gives_nothing():
    assert _places("Le Prestataire héberge l'application dans ses centres de données.") == {}


def test_the_parties_block_is_not_where_the_data_are_hosted():
    # A provider named "... Hosting" and its registration are not a hosting place ...
    assert _places("Cirrus Hosting Limited, a company incorporated in Scotland under company "
                   "number SC123456, whose registered office is in Glasgow.") == {}
    assert _places("La société Hébergement Numérique SAS, au capital de 50 000 euros, "
                   "immatriculée au RCS de Nantes, dont le siège est situé à Nantes.") == {}
    # ... the article saying where data are stored is.
    assert _places("Cirrus Hosting Limited, a company incorporated in Scotland.",
                   "Customer Data is stored in the Supplier's data centre in Leeds.") \
        == {"hosting": ("Leeds", ())}


def test_the_country_said_as_the_national_territory():
    assert _places("Les sauvegardes sont stockées uniquement sur le territoire français.") \
        == {"hosting": ("territoire français", ("FR",))}
    assert _places("Le Titulaire héberge les données sur le territoire national.") \
        == {"hosting": ("territoire national", ("FR",))}
    assert _places("All Customer Data shall be hosted within the European Economic Area.") \
        == {"hosting": ("European Economic Area", ("EEA",))}


def test_a_document_reference_or_an_acronym_is_no_town():
    assert _places("Customer Data shall be stored only in the data centres listed in Part B of "
                   "Schedule 2, all located in Belgium.") == {"hosting": ("Belgium", ("BE",))}
    assert _places("Les données sont hébergées en France chez un prestataire certifié ISO 27001 "
                   "et HDS.") == {"hosting": ("France", ("FR",))}
