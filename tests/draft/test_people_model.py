"""The people model (issue 10): who is a person, and every name they go by.

Each test reads a short article written for it (tests/draft/fixtures/patterns/people_*.txt) and
checks what a teacher would see: the speaker a quotation is given, or none, and the names the
article's people are shown under. Precision first: capitalised words that may not be a person
leave the speaker unsure, never a wrong name.
"""

from __future__ import annotations

from quizapp.draft.extraction import Extraction, extract

from .speakers import pattern, sure_speakers


def _people(extraction: Extraction) -> dict[str, str]:
    """Each person's name -> their kind ('person', 'organization', 'role')."""
    return {person.name: person.kind for person in extraction.people}


def test_a_verb_opening_the_sentence_is_not_part_of_the_name_after_it() -> None:
    extraction = pattern("people_gerund_before_a_name")
    said = sure_speakers(extraction)
    assert said["The mud came up"] == "Leo Grant"
    assert said["It smells like a"] == "Nora Hale"
    assert not any(name.startswith(("Thanking", "Welcoming")) for name in _people(extraction))


def test_an_honorific_and_a_surname_are_the_one_person_of_that_gender_named_in_full() -> None:
    """ "Mrs. Reid" beside Tom Reid and his wife Ann Reid is Ann Reid, not a third person "Reid"; a bare "Reid"
    of the two stays unsure."""
    extraction = pattern("shared_surname")
    said = sure_speakers(extraction)
    assert said["I want to thank"] == "Ann Reid"
    assert said["We always knew the"] is None
    assert [name for name, kind in _people(extraction).items() if kind == "person" and "Reid" in name] == [
        "Tom Reid",
        "Ann Reid",
    ]


def test_a_title_before_an_honorific_is_kept_as_the_persons_role() -> None:
    extraction = pattern("people_surname_after_honorific")
    reid = next(person for person in extraction.people if person.name == "Ann Reid")
    assert reid.role is not None and "chairwoman" in reid.role
    assert sure_speakers(extraction)["We have the money"] == "Ann Reid"


def test_a_surname_that_is_also_a_common_noun_is_still_a_surname() -> None:
    """ "Board member Tom Park ... Park said": Park is his surname, not a park speaking."""
    extraction = pattern("people_surname_after_honorific")
    said = sure_speakers(extraction)
    assert said["The pier can wait"] == "Tom Park"
    assert said["The cheque has not"] == "Ivy Grant"
    assert "Park" not in _people(extraction)


def test_companies_groups_and_countries_are_not_people() -> None:
    extraction = pattern("people_organisations_not_people")
    people = _people(extraction)
    for name in ("Irish Rail", "Opposition MLAs", "England", "Middle School"):
        assert people.get(name) != "person", name
    said = sure_speakers(extraction)
    assert said["Families were told nothing,"] is None  # "one of them": of the MLAs, no one named
    assert said["It is only a"] == "Rosa Kemp"  # "Former England" is no one she could be confused with
    assert said["Nobody will be stranded,"] == "Paul Dunne"
    assert said["The old stones are"] == "Tom Walsh"


def test_a_pronoun_is_not_evidence_of_the_gender_of_the_person_it_may_stand_for() -> None:
    """ "Sam Reid said she told him ...": that "she" may be anyone, so it says nothing of Sam Reid (Sam is a
    name of either gender), and a later "she said" after the unnamed head of the panel is hers, not Reid's
    or nobody's."""
    extraction = pattern("people_pronoun_not_its_own_evidence")
    reid = next(person for person in extraction.people if person.name == "Sam Reid")
    assert reid.gender is None
    said = sure_speakers(extraction)
    assert said["I did not believe"] == "Sam Reid"
    assert said["We never saw a"] == "the head of the judging panel"


def test_an_occupation_before_a_name_is_the_role_and_makes_the_name_a_person() -> None:
    """ "Fisherman Calum Rae": Calum is no first name the drafter knows and no verb is near, but the occupation
    before him says he is a person; it is his role, not part of his name, and "he said" is his."""
    extraction = pattern("people_unknown_first_name")
    rae = next(person for person in extraction.people if person.kind == "person")
    assert (rae.name, rae.role) == ("Calum Rae", "Fisherman")
    said = sure_speakers(extraction)
    assert said["You do not go"] == "Calum Rae"
    assert said["Not for any price."] == "Calum Rae"


def test_an_outlet_named_after_its_noun_and_a_name_cut_by_a_dash_are_not_people() -> None:
    """ "The evening paper Harbour Nightly said" is the paper speaking; "Kell Foundation-- Valley Chapter": the
    dash ends one name and the next is a branch, not a person. Neither may become a speaker students learn."""
    extraction = pattern("people_outlets_and_dashes")
    people = _people(extraction)
    assert people.get("Harbour Nightly") == "organization"
    assert not any("Foundation" in name or "Chapter" in name for name, kind in people.items() if kind == "person")
    said = sure_speakers(extraction)
    assert said["Trade has never been"] is None  # the paper relays an unnamed stall owner's words
    assert said["We are ready,"] == "Ines Duarte"


def test_an_honorific_that_contradicts_a_named_person_is_someone_else_with_the_surname() -> None:
    """ "Bill Slater ... Mr Slater said" then "His daughter ... Ms Slater said:": the daughter's words are not her
    father's. A shared surname under the other honorific is a second person, never an alias of the first."""
    extraction = pattern("people_shared_surname_other_honorific")
    bill = next(person for person in extraction.people if person.name == "Bill Slater")
    assert "Ms Slater" not in bill.aliases
    said = sure_speakers(extraction)
    assert said["We have had a"] == "Bill Slater"
    assert said["People came in for"] != "Bill Slater"


def test_a_noun_and_the_name_it_is_of_or_for_are_not_a_person() -> None:
    """ "Lawyers for Kestrel Air said", "Demand for Kestrel Air tickets", "Shares of Kestrel Air": a common noun
    opening the sentence and the company it is of. Neither the phrase nor the company is a person, so none of
    them can become a speaker students learn."""
    people = _people(pattern("people_nouns_before_names"))
    assert not any(name.split()[0] in {"Lawyers", "Demand", "Shares"} for name in people), people
    assert people.get("Kestrel Air") != "person"


def test_a_body_introduced_by_what_it_is_and_then_speaking_by_name_is_an_organization() -> None:
    """ "Regional bakery chain Tolvan, which runs 40 shops, said" and later "Tolvan said in a statement": the
    noun before the name says what Tolvan is, the verb that it speaks; its words are its own, surely."""
    extraction = pattern("people_nouns_before_names")
    assert _people(extraction).get("Tolvan") == "organization"
    assert sure_speakers(extraction)["We will find places"] == "Tolvan"


def test_a_capitalised_word_before_a_plural_or_a_shared_role_qualifies_it_and_is_no_person() -> None:
    """ "Former Harwick players" are players of the club Harwick, and in "Former Harwick and Dunmore striker Lena
    Fisk" both clubs qualify her role: "Harwick" is never a person, so her "she said" is hers alone."""
    extraction = pattern("people_nouns_before_names")
    people = _people(extraction)
    assert people.get("Harwick") != "person"
    said = sure_speakers(extraction)
    assert said["It is a sad"] == "Lena Fisk"
    assert said["We fly out of"] == "Omar Reyes"


def test_a_name_opening_the_reported_clause_after_said_is_no_person() -> None:
    """ "Ruth Okafor said Marrow Quay had found the money", "Police said Bellhaven Park residents were warned":
    after "said" the name is the subject of what was said (or qualifies it), not a speaker set after the verb,
    so nothing there says it is a person."""
    people = _people(pattern("people_reported_clauses_and_lists"))
    assert people.get("Marrow Quay") != "person"
    assert people.get("Bellhaven Park") != "person"
    assert people.get("Ruth Okafor") == "person"


def test_a_role_is_not_taken_across_a_list_of_people() -> None:
    """ "The transport minister, Tomasz Wilk, and his counterpart at the treasury, ...": what follows "and" is the
    next person, and "players, including retired Olympic champion Dara Quinn": "including" is no part of her
    role. The roles students read are the people's own."""
    extraction = pattern("people_reported_clauses_and_lists")
    roles = {person.name: person.role for person in extraction.people}
    assert roles["Tomasz Wilk"] == "The transport minister"
    assert roles["Dara Quinn"] == "retired Olympic champion"
    said = sure_speakers(extraction)
    assert said["It is a fair"] == "Tomasz Wilk"
    assert said["I learned to swim"] == "Dara Quinn"


def test_a_compound_role_is_shown_whole() -> None:
    """ "the airline's chief executive said": the speaker a student reads is the chief executive, not "the
    airline's chief" (the role phrase stopped at its first role noun and the words found no speaker)."""
    extraction = pattern("people_compound_roles")
    said = sure_speakers(extraction)
    assert said["We cannot fill the"] == "the airline's chief executive"
    roles = [person.name for person in extraction.people if person.kind == "role"]
    assert "the airline's chief executive" in roles
    assert not any(name.endswith("chief") for name in roles), roles


def test_initials_written_together_and_a_title_case_role_after_the_name_make_a_person() -> None:
    """ "R.K.T. Mendis, Deputy Chairman and Managing Director of Coastline Leisure PLC, said": the initials are
    his name's first part (not three sentence ends), and the title-case apposition is his role, so his words
    are his; a place before a titled name ("in Port Elim, Tourism Minister Ada Perera") stays a place."""
    extraction = pattern("people_initials_and_title_case_roles")
    mendis = next(person for person in extraction.people if person.name == "R.K.T. Mendis")
    assert mendis.role == "Deputy Chairman and Managing Director of Coastline Leisure PLC"
    said = sure_speakers(extraction)
    assert said["Our hotels were full"] == "R.K.T. Mendis"
    assert said["We expect another good"] == "R.K.T. Mendis"
    assert _people(extraction).get("Port Elim") != "person"


def test_an_occupation_set_off_before_a_name_makes_a_person_and_is_her_role() -> None:
    """ "A local paper quoted the coxswain, Dervla Quane, as saying:": the occupation before the comma says she is
    a person (no first-name list knows her), her role is "the coxswain" (not the paper's clause before it), and
    the words are hers."""
    extraction = pattern("people_quoted_as_saying")
    quane = next(person for person in extraction.people if person.name == "Dervla Quane")
    assert quane.role == "the coxswain"
    assert sure_speakers(extraction)["We row in any"] == "Dervla Quane"


def test_whoever_is_told_is_no_inverted_speaker() -> None:
    """ "chairman Owen Pryce told Harbour Radio Four": after "said" a name may be the speaker set after the verb,
    after "told" it is the listener, here a station; it must not become a person a "he" could stand for."""
    extraction = pattern("people_told_a_station")
    assert _people(extraction).get("Harbour Radio Four") != "person"
    assert sure_speakers(extraction)["He was wonderful to"] == "Owen Pryce"


def test_a_body_word_as_a_middle_name_is_still_a_person_with_a_role() -> None:
    """ "Karen Hall Brennan, a lecturer ...": "Hall" (a body's word) between a common first name and a surname is
    a family name given as a middle one; read as a body, every quotation of hers went to an organization."""
    extraction = extract(
        "Ferry line keeps running.\n\n"
        '"The crossing pays for itself," said Karen Hall Brennan, a lecturer in transport at the college.\n\n'
        '"It always has," Brennan said.\n'
    )
    assert _people(extraction).get("Karen Hall Brennan") == "person"
    assert sure_speakers(extraction)["The crossing pays for"] == "Karen Hall Brennan"


def test_an_accent_garbled_by_a_wrong_encoding_stays_inside_the_name() -> None:
    """UTF-8 read as Latin-1 writes "ç" as "Ã§": the "§" ended the name mid-word ("LuÃ"), and the surname said
    alone was a second, unknown name."""
    extraction = extract(
        "Ferry line keeps running.\n\n"
        "Harbour master Lu\u00c3\u00a7ia Ferrand met the crew on Monday.\n\n"
        '"We sail at dawn," Ferrand said.\n'
    )
    assert _people(extraction).get("Lu\u00c3\u00a7ia Ferrand") == "person"
    assert sure_speakers(extraction)["We sail at dawn,"] == "Lu\u00c3\u00a7ia Ferrand"


def test_a_role_runs_across_an_honorifics_full_stop() -> None:
    extraction = pattern("people_role_after_an_honorific")  # shown as "a spokeswoman for Mrs" before
    roles = {person.name: person.role for person in extraction.people}
    assert roles["Petra Lindqvist"] == "a spokeswoman for Mrs. Okonkwo"
    assert roles["Tomas Reyes"] == "a former adviser to Sen. Abernathy"
    assert roles["Dana Whitlock"] == "a former U.S. trade envoy"
    said = sure_speakers(extraction)
    assert said["We have cut everything"] == "Petra Lindqvist"
    assert said["Nobody in the capital"] == "Tomas Reyes"


def test_a_place_of_two_words_is_no_person_and_no_one_the_role_after_it_names() -> None:
    extraction = pattern("people_places_of_two_words")  # "North Korea said", "said the New York businessman"
    people = _people(extraction)
    assert people.get("North Valdoria") != "person" and people.get("New Bristol") != "person"
    said = sure_speakers(extraction)
    assert said["We cannot pay the"] is None  # the trawlerman is unnamed: never "New Bristol"
    assert said["Our boats will keep"] is None  # a country speaks as a body known by its capitals alone: unsure
    assert said["Nobody wants a war"] == "Marta Keane"
