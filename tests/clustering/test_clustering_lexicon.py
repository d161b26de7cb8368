"""The concept lexicon: lookups, compounds, abbreviations and a user's own file."""

from __future__ import annotations

import subprocess
import sys

from workshop_app.clustering import Lexicon, default_lexicon, propose_themes
from workshop_app.clustering import text as T


def test_shipped_lexicon_is_broad():
    lexicon = default_lexicon()
    assert len(lexicon) >= 40
    assert lexicon.term_count() >= 500
    assert all(c.label and c.label[0].isupper() for c in lexicon.concepts.values())


def test_synonyms_and_abbreviations_share_a_concept():
    lexicon = default_lexicon()
    staff = set(lexicon.lookup("usk"))
    assert staff and staff == set(lexicon.lookup("undersköterskorna")) == set(lexicon.lookup("vårdbiträden"))
    assert "RESOURCES.TIME" in lexicon.lookup("schemat")
    assert "RESOURCES.TIME" in lexicon.lookup("tiden")


def test_compounds_are_split():
    lexicon = default_lexicon()
    assert "LEARNING.TRAINING" in lexicon.lookup("kompetenshöjning")
    assert "MUNICIPALITY" in lexicon.lookup("hemsjukvårdn")
    # An unlisted compound: the head carries the meaning.
    assert "LEARNING.TRAINING" in lexicon.lookup("snabbkursen")
    assert "TURNOVER" in lexicon.lookup("personalomsättningen")


def test_stems_do_not_join_derived_words():
    lexicon = default_lexicon()
    assert "RESOURCES.TIME" not in lexicon.lookup("tidigt")
    assert lexicon.lookup("gemensam") == ()


def test_only_inflections_count_as_the_same_word():
    """A term matches its inflected forms, not words derived from it with another meaning."""
    lexicon = Lexicon.from_lines(["WEIGHT | Vikt | vikt", "STAFF | Personal | kollega"])
    assert lexicon.lookup("vikten") == ("WEIGHT",)
    assert lexicon.lookup("viktig") == ()  # important, not weight
    assert lexicon.lookup("jätteviktigt") == ()
    assert lexicon.lookup("kollegorna") == ("STAFF",)


def test_a_short_compound_head_must_be_written_as_in_the_lexicon():
    """ "förbättring" ends in "ring", but it is no phone call: short heads do not match by stem."""
    lexicon = Lexicon.from_lines(["CALL | Samtal | ringa", "TIME | Tid | tidsbrist*"])
    assert lexicon.lookup("förbättring") == ()
    assert lexicon.lookup("planering") == ()
    assert lexicon.lookup("ringa") == ("CALL",)


def test_phrases_are_found():
    lexicon = default_lexicon()
    assert "TECH_TROUBLE" in lexicon.lookup("Systemet ligger nere igen")
    assert "CONTINUITY" in lexicon.lookup("Patienten hamnar mellan stolarna")


def test_user_file_extends_and_trims_the_shipped_lexicon(tmp_path):
    user = tmp_path / "mitt_lexikon.txt"
    user.write_text(
        "# Our own words\n"
        'FIKA | Fika och gemenskap | fika*, kanelbull*, "kaffe och kaka"\n'
        "RESOURCES.TIME | | tidsoptimist*\n"
        "TECH_TROUBLE | | !wifi\n",
        encoding="utf-8",
    )
    lexicon = Lexicon.load(user, include_default=True)
    assert lexicon.lookup("kanelbullar") == ("FIKA",)
    assert lexicon.label("FIKA") == "Fika och gemenskap"
    assert "RESOURCES.TIME" in lexicon.lookup("tidsoptimister")
    assert lexicon.label("RESOURCES.TIME") == default_lexicon().label("RESOURCES.TIME")
    assert "TECH_TROUBLE" not in lexicon.lookup("wifi")
    assert "TECH_TROUBLE" in default_lexicon().lookup("wifi")
    assert len(lexicon) == len(default_lexicon()) + 1


def test_a_users_line_with_a_renamed_id_still_extends_the_shipped_concept(tmp_path):
    """IT systems became a narrower concept of documentation (DOCUMENTATION.IT_SYSTEMS); a word list
    written with the old id keeps working."""
    user = tmp_path / "mitt_lexikon.txt"
    user.write_text("IT_SYSTEMS | | vårdsystemx\n", encoding="utf-8")
    lexicon = Lexicon.load(user, include_default=True)
    assert lexicon.lookup("vårdsystemx") == ("DOCUMENTATION.IT_SYSTEMS",)
    assert "IT_SYSTEMS" not in lexicon.concepts
    assert len(lexicon) == len(default_lexicon())
    # Journal systems and documentation now meet in the broader concept.
    assert [c for c, _ in lexicon.concept_chain("DOCUMENTATION.IT_SYSTEMS")][1:] == ["DOCUMENTATION"]


def test_user_concept_drives_themes(tmp_path):
    user = tmp_path / "extra.txt"
    user.write_text('FIKA | Fika och gemenskap | fika*, kanelbull*, "kaffe och kaka"\n', encoding="utf-8")
    lexicon = Lexicon.load(user, include_default=True)
    notes = [("1", "Fikastund varje fredag"), ("2", "Kanelbullar till alla"), ("3", "Kaffe och kaka")]
    themes = propose_themes(notes, lexicon=lexicon)
    assert [set(t.note_ids) for t in themes] == [{"1", "2", "3"}]
    assert themes[0].title == "Fika och gemenskap"


def test_merged_lexicons_and_round_trip():
    base = Lexicon.from_lines(["A | Alfa | äpple*, päron"])
    extra = Lexicon.from_lines(["B | Beta | banan*", "A | | plommon"])
    merged = base.merged(extra)
    assert merged.lookup("äpplen") == ("A",)
    assert merged.lookup("plommon") == ("A",)
    assert merged.lookup("bananer") == ("B",)
    assert Lexicon.from_lines(merged.to_lines()).to_lines() == merged.to_lines()


def test_bad_lines_and_missing_files_are_skipped(tmp_path, caplog):
    lexicon = Lexicon.from_lines(["no separators here", "X | Ok | ord", "Y | Vikt | ting | inte-ett-tal"])
    assert lexicon.lookup("ord") == ("X",)
    assert lexicon.concept("Y").weight == 1.0
    missing = Lexicon.load(tmp_path / "finns_inte.txt")
    assert len(missing) == 0


def test_text_normalising_and_abbreviations():
    assert T.tokenize("Usk o ssk t.ex. på VC") == [
        "undersköterska",
        "och",
        "sjuksköterska",
        "på",
        "vårdcentral",
    ]
    assert T.tokenize("usk:ar och IT-stöd") == ["undersköterska", "och", "it", "stöd"]
    assert T.tokenize("i så fall") == []


def test_an_abbreviation_written_with_capitals_is_read_only_where_a_note_writes_it_so():
    """An abbreviation with capitals, "FaR" (physical activity on prescription), as written or in
    capitals; "far" is a father, or "får" typed without å, and stays itself."""
    expansion = ["fysisk", "aktivitet", "på", "recept"]
    assert T.tokenize("FaR-samordnare på vc") == [*expansion, "samordnare", "på", "vårdcentral"]
    assert T.tokenize("FAR skrivs ut") == [*expansion, "skrivs", "ut"]
    assert T.tokenize("min far bor hemma") == ["min", "far", "bor", "hemma"]
    assert T.tokenize("vikarier far ingen utbildning") == ["vikarier", "far", "ingen", "utbildning"]
    assert T.tokenize("Farsan och FaRsan") == ["farsan", "och", "farsan"]  # only the whole word
    assert "far" not in T.abbreviations()
    assert "LIFESTYLE.ACTIVITY" in default_lexicon().lookup("FaR")
    assert "LIFESTYLE.ACTIVITY" not in default_lexicon().lookup("far")


def test_numbers_that_are_names_are_read_as_words():
    """1177 is the national health portal and 24/7 is round the clock; other numbers are dropped."""
    assert T.tokenize("Boka via 1177:s e-tjänst") == ["boka", "via", "vårdguiden", "s", "etjänst"]
    assert T.tokenize("support 24/7") == ["support", "dygnet", "runt"]
    assert T.tokenize("ring 0701177123 eller 11770") == ["ring", "eller"]
    assert "DIGITAL" in default_lexicon().lookup("frågor via 1177")


def test_importing_the_package_loads_no_heavy_libraries():
    code = (
        "import sys, workshop_app.clustering as c\n"
        "heavy = [m for m in ('sklearn', 'numpy', 'scipy', 'snowballstemmer', 'PySide6') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_an_exact_form_does_not_hide_another_concepts_prefix():
    """A word listed as it is under one concept and as a prefix under another reads as both; a
    prefix leaving more than an inflection is a compound's first part only when no term has the
    exact form."""
    lexicon = Lexicon.from_lines(["TALK | Samtal | hälsosamtal", "HEALTH | Hälsa | hälsosamtal*"])
    assert set(lexicon.lookup("hälsosamtal")) == {"TALK", "HEALTH"}
    assert lexicon.lookup("hälsosamtalen") == ("HEALTH",)
    two = Lexicon.from_lines(["A | A | kursen, kursare", "B | B | kurs*"])
    assert set(two.lookup("kursen")) == {"A", "B"}
    assert two.lookup("kursare") == ("A",)  # "are" is no inflection: the exact form alone
    assert two.lookup("kursledaren") == ("B",)


def test_a_fixed_expression_takes_the_place_of_its_words():
    """A phrase written ="..." is a name or an idiom: its words give no hits of their own, while a
    plain phrase adds to its words."""
    lines = [
        "PLAN | Plan | plan, individuell*",
        'SIP | Samordnad plan | ="samordnad individuell plan"',
        'KNOW | Känna | "lära känna"',
        "LEARN | Lära | lära",
    ]
    lexicon = Lexicon.from_lines(lines)
    assert lexicon.lookup("samordnad individuell plan") == ("SIP",)
    assert set(lexicon.lookup("en individuell plan")) == {"PLAN"}
    assert set(lexicon.lookup("lära känna varandra")) == {"LEARN", "KNOW"}
    fixed = Lexicon.from_lines([*lines, 'KNOW | | !"lära känna", ="lära känna"'])
    assert fixed.lookup("lära känna varandra") == ("KNOW",)
    assert fixed.lookup("lära sig") == ("LEARN",)
    # The file format keeps the mark, so a merged or saved lexicon reads the same.
    assert fixed.merged(Lexicon.from_lines([])).lookup("lära känna") == ("KNOW",)


def test_a_stop_word_in_a_phrase_matches_only_as_written():
    """Function words do not inflect: "steg för steg" is not "steget före", while content words of a
    phrase still match their inflections."""
    lexicon = Lexicon.from_lines(['EARLY | Tidigt | "steget före"', 'SHARE | Dela | "dela information"'])
    assert lexicon.lookup("ligga steget före") == ("EARLY",)
    assert lexicon.lookup("steg för steg") == ()
    assert lexicon.lookup("delar informationen") == ("SHARE",)


def test_words_typed_without_swedish_letters_are_read_as_the_lexicon_spells_them():
    """Notes from phones and foreign keyboards drop å, ä and ö: an unknown plain word is read as the
    lexicon word it spells, compounds and phrases included; known words and short words stay."""
    lexicon = Lexicon.from_lines(
        ["INFO | Info | lättläst*", 'WHOLE | Helhet | "hela människan"', "LAW | Lag | lag", "CARE | Vård | vård"]
    )
    assert lexicon.lookup("lattlast info") == ("INFO",)
    assert lexicon.lookup("ingen ser hela manniskan") == ("WHOLE",)
    assert lexicon.restore("lattlasta") == "lättlästa"
    assert lexicon.restore("lag") == "lag"  # a known word is not "låg"
    assert lexicon.restore("vard") == "vard"  # too short to guess
    assert lexicon.restore("vardagen") == "vardagen"  # "vård" is too short to start a guess
    assert lexicon.lookup("hemvard") == ()  # no lexicon word starts it
    assert not [w for w in T.tokenize("nar ocksa nagon ar") if T.is_content(w)]


def test_a_short_compound_head_needs_a_known_first_part():
    """ "kontroll" ends in "roll" and "kontakt" in "takt": an unknown first part does not make a
    compound of a short head, a known one does ("chefsroll")."""
    lexicon = Lexicon.from_lines(["ROLE | Roller | roll", "LEAD | Chefer | chef*", "WORK | Arbete | arbetsbelastning*"])
    assert lexicon.lookup("kontroll") == ()
    assert set(lexicon.lookup("chefsroll")) == {"LEAD", "ROLE"}
    assert lexicon.lookup("kollegornasarbetsbelastning") == ("WORK",)  # a long head still reads alone


def test_a_compound_head_is_a_whole_word_and_the_longest_known_one():
    """The head of a compound is a word of its own, not the start of a longer rest ("verksamhets|
    utveckling" holds "hets", which is no stress); and when the longest known head has a first part
    too short to stand alone, no shorter head inside it is read ("syn|hjälpmedel" is no money)."""
    lexicon = Lexicon.from_lines(
        ["STRESS | Stress | hets*, stress*", "AIDS | Hjälpmedel | hjälpmedel*", "MONEY | Pengar | medel"]
    )
    assert lexicon.lookup("verksamhetsutveckling") == ()
    assert lexicon.lookup("synhjälpmedel") == ()
    assert lexicon.lookup("kvällsstressen") == ("STRESS",)
    assert lexicon.lookup("projektmedel") == ("MONEY",)


def test_the_clinical_words_of_municipal_and_primary_care_are_read():
    """Third pass: the words and short forms the four professions use in passing name the idea they
    belong to."""
    lexicon = default_lexicon()
    expected = {
        "waranpatienter": "MEDICATION",  # anticoagulants and their blood test
        "pk-prov": "MEDICATION",
        "hjärtinfarkt": "DISEASE",
        "hypoglykemi": "DISEASE",
        "förbandet": "DISEASE",  # a dressing is wound care
        "beteendeproblem": "CLIENT_ABILITY",  # behaviour in dementia
        "blöjor": "PERSONAL_CARE",
        "mobilisering": "REHAB",
        "ortoser": "ASSISTIVE_AIDS",
        "mna": "LIFESTYLE.FOOD",  # nutrition screening
        "dietisten": "LIFESTYLE.FOOD",
        "trygghetsordination": "PALLIATIVE",
        "plasthandskar": "INFECTION",
        "körlistan": "RESOURCES.TIME",  # home care's run list is its schedule
        "aktivitetsbalans": "REHAB",  # the occupational therapist's word, no social activity
        "sbar": "INFO_SHARING",
        "styrkort": "MEASURE",
        "hyresgästerna": "HOME",
        # short forms staff write
        "anh": "FAMILY",
        "närst": "FAMILY",
        "bih": "STAFF.SOCIAL",
        "äo": "MUNICIPALITY",
        "underskötarna": "STAFF.ASSISTANT",
        "kommunikativa": "INFO_SHARING",  # no municipality (kommun*)
        "dubbelbemanning": "RESOURCES.STAFFING",  # two staff at a visit, no double work
        "distansmonitorering": "DIGITAL.MONITORING",  # no video meeting (distans*)
        "blodtrycksmätare": "DIGITAL.MONITORING",
    }
    assert "DIGITAL.MONITORING" not in lexicon.lookup("surfplattan")  # a tablet is a tool, no monitoring
    assert "DIGITAL.MEETINGS" not in lexicon.lookup("distansmonitorering")
    for word, concept in expected.items():
        assert concept in lexicon.lookup(word), word


def test_everyday_phrases_name_the_idea_behind_them():
    lexicon = default_lexicon()

    def concepts(text: str) -> set[str]:
        return {hit.concept for hit in lexicon.find(T.tokenize(text))}

    assert "CONTINUITY" in concepts("fem olika utförare hos samma brukare")  # fragmented care
    assert "TECH_TROUBLE" in concepts("larmen går inte fram")
    assert "REHAB" in concepts("låt henne duka och diska själv")  # chores are daily activities
    assert "UNCERTAINTY" in concepts("vem får skulden om det går snett")
    assert "RESOURCES.TIME" in concepts("mindre spring mellan besöken")
    assert "ACCESS" in concepts("sjuksköterskan är aldrig anträffbar")
    assert concepts("frivilliga som går promenader") & {"FAMILY"} == set()  # volunteers are no relatives
    # "Balans" alone is work and life, power or a budget; the body's balance is said so.
    assert "REHAB" not in concepts("ingen balans mellan jobb och fritid")
    assert "REHAB" in concepts("dålig balans efter fallet")
    # Compounds whose reading misled: an afternoon is no meal, control no role, "personlig" no person;
    # inside the phrases the lexicon lists they still count.
    assert "LIFESTYLE.FOOD" not in concepts("utskriven en fredag eftermiddag")
    assert "RESPONSIBILITY" not in concepts("svårt att släppa kontrollen")
    assert "AUTONOMY" in concepts("mer kontroll över sin vardag")
    assert "CLIENT" not in concepts("personliga mål")
    assert "INTEGRITY" not in concepts("utbildningen var för teoretisk")  # teor|etisk is no ethics
    assert "LEARNING.TRAINING" in concepts("basutbildning i demens för alla")
    assert "STAFF.ASSISTANT" in concepts("personlig assistent")
    assert "LIFESTYLE.FOOD" not in concepts("patientöversikten")  # no "övervikt"
    assert "DOUBLE_WORK" not in concepts("dubbelbemanning vid förflyttning")
    assert "DOUBLE_WORK" in concepts("dubbeldokumentation i två system")
    assert "DIGITAL.MONITORING" in concepts("mäter blodtrycket hemma och skickar värdena till vc")
    assert "DIGITAL.MONITORING" not in concepts("värdena vi står för i vården")  # values, not measurements
    # Losing weight is food and nutrition, not a system going down.
    assert concepts("äter dåligt och går ner i vikt") & {"TECH_TROUBLE"} == set()
    assert "LIFESTYLE.FOOD" in concepts("han har gått ner i vikt")
