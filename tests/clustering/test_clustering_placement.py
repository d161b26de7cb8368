"""Placing a new note into existing themes."""

from __future__ import annotations

from workshop_app.clustering import suggest_theme

THEMES = [
    ("learning", ["Utbildning och kompetens", "Kurs i dokumentation för usk", "Kompetenslyft för vårdbiträden"]),
    ("tech", ["Tekniska problem", "Surfplattorna krånglar", "Wifi ligger nere hos brukarna"]),
    ("time", ["Tid och resurser", "Schemat är för tight", "Stress, hinner inte prata med brukaren"]),
]


def test_obvious_notes_go_to_the_right_theme():
    assert suggest_theme("Vi behöver fler utbildningar för undersköterskorna", THEMES) == "learning"
    assert suggest_theme("Uppkopplingen strular jämt", THEMES) == "tech"
    assert suggest_theme("Tidsbrist i hemtjänsten", THEMES) == "time"


def test_unrelated_note_fits_nowhere():
    assert suggest_theme("Katten heter Måns och gillar fisk", THEMES) is None


def test_no_themes_or_empty_note():
    assert suggest_theme("Utbildning", []) is None
    assert suggest_theme("", THEMES) is None
    assert suggest_theme("😀", THEMES) is None


def test_min_similarity_can_refuse_any_placement():
    assert suggest_theme("Tidsbrist", THEMES, min_similarity=1.01) is None


def test_theme_without_members_is_never_chosen():
    assert suggest_theme("Tidsbrist", [("empty", []), *THEMES]) == "time"


# --- the cell sorter: titles, summaries, learning, and leaving a doubtful note loose -----------------
from workshop_app.clustering.placement import CellSorter, ThemeText  # noqa: E402


def _sorter():
    return CellSorter(
        [
            ThemeText("time", "Tid", "", ["Ingen tid för samtal med brukaren"]),
            ThemeText("staff", "Bemanning", "", ["Brist på personal på helgerna"]),
            ThemeText("tech", "IT-strul", "", ["Journalsystemet krånglar hela tiden"]),
        ]
    )


def test_a_note_that_fits_two_themes_about_equally_stays_loose():
    sorter = _sorter()
    both = "Tid och bemanning"
    ranked = sorter.rank(both)
    assert {ranked[0].theme_id, ranked[1].theme_id} == {"time", "staff"}
    assert sorter.choose(both) is None
    assert sorter.choose("Tidsbrist hela dagen, schemat är för tight") == "time"


def test_ranking_explains_itself_with_the_notes_own_words():
    fit = _sorter().rank("Datorn ligger nere och IT-strul")[0]
    assert fit.theme_id == "tech"
    assert fit.words and all(word.lower() in "datorn ligger nere och it-strul it strul" for word in fit.words)


def test_the_title_and_summary_describe_a_theme_before_it_has_a_matching_note():
    sorter = CellSorter(
        [
            ThemeText("a", "Tema 1", "", ["Vi behöver mer pengar"]),
            ThemeText("b", "Tema 2", "Handlar om fallprevention och träning för äldre", ["Något annat"]),
        ]
    )
    assert sorter.choose("Fallprevention i hemtjänsten") == "b"


def test_the_sorter_learns_from_each_note_put_in_a_theme():
    sorter = _sorter()
    note = "Routern strejkar igen"
    assert sorter.choose(note) is None
    sorter.add("tech", "Routern strejkar")
    assert sorter.choose(note) == "tech"


def test_sort_in_places_in_rounds_so_notes_can_follow_each_other():
    sorter = CellSorter(
        [ThemeText("tech", "IT-strul", "", ["Datorn krånglar"]), ThemeText("time", "Tid", "", ["Tidsbrist"])]
    )
    placed = sorter.sort_in([("1", "Datorn och wifi krånglar"), ("2", "Wifi saknas ute"), ("3", "Katten Måns")])
    assert placed == {"1": "tech", "2": "tech"}


# --- what ties a note to a theme: the facilitator's title, not what every note of the cell says -------
from workshop_app.clustering.placement import DEFAULT_MIN_SIMILARITY  # noqa: E402

PERSON_CELL = [
    "Fråga brukaren vad hen vill",
    "Levnadsberättelsen ger ledtrådar",
    "Brukaren bestämmer själv tiden för dusch",
    "Samma personal varje dag",
    "Kontaktmannen känner brukaren bäst",
]
BRUKARTID = "brukartid: 30 min/vecka där brukaren själv väljer vad vi gör"


def test_a_note_that_names_the_idea_of_a_themes_title_goes_there():
    members = {
        "own-time": "Egen tid med kontaktpersonen varje vecka",
        "know": "Veta vad brukaren tyckte om att göra förr",
    }
    titled = CellSorter(
        [
            ThemeText("own-time", "Brukartid", "", [members["own-time"]]),
            ThemeText("know", "Känna personen", "", [members["know"]]),
        ],
        PERSON_CELL,
    )
    fit = titled.rank(BRUKARTID)[0]
    assert fit.theme_id == "own-time" and "brukartid" in fit.words
    # the title ranks the theme first, but this note says more (the client chooses) than the title's one
    # word: what it shares with the theme's texts is too little to place it without the facilitator
    assert fit.score > DEFAULT_MIN_SIMILARITY > fit.shared
    assert titled.choose(BRUKARTID) is None
    # a note that says what the title says is placed there ...
    assert titled.choose("Mer brukartid") == "own-time"
    # ... and the same notes without titles: the members alone tie it too weakly to either theme
    untitled = CellSorter([ThemeText(theme_id, "", "", [text]) for theme_id, text in members.items()], PERSON_CELL)
    assert untitled.choose("Mer brukartid") is None
    assert untitled.choose(BRUKARTID) is None


def test_a_word_nearly_every_note_of_the_cell_says_ties_a_note_to_no_theme():
    themes = [
        ThemeText("dementia", "", "", ["Utbildning i demensvård för nattpersonalen"]),
        ThemeText("leadership", "", "", ["Chefer behöver stöd i ledarskapet"]),
    ]
    note = "Utbildning för chefer i ledarskap"
    training_cell = [
        "Utbildning i förflyttning för usk",
        "Utbildning om demens behövs",
        "Mer utbildning på arbetstid",
        "Utbildning för nya chefer",
    ]
    other_cell = [
        "Förflyttningsteknik för usk",
        "Demens på nätterna är svårt",
        "Mer tid på arbetstid",
        "Nya chefer byts ofta",
    ]

    def fits(cell):
        return {fit.theme_id: fit for fit in CellSorter(themes, cell).rank(note)}

    in_training_cell, in_other_cell = fits(training_cell), fits(other_cell)
    # "utbildning" is all that ties the note to the dementia theme
    assert in_training_cell["dementia"].words == ("utbildning",)
    # where every note talks about training, that tie is too weak to place a note on its own ...
    assert in_training_cell["dementia"].score < DEFAULT_MIN_SIMILARITY
    # ... where it is rarer it says more
    assert in_other_cell["dementia"].score > 2 * in_training_cell["dementia"].score
    assert CellSorter(themes, training_cell).choose(note) == "leadership"


# --- a title counts for the concept it names, not for a broader one it shares with the note -----------
from workshop_app.clustering.placement import Fit  # noqa: E402

EVENING_CELL = [
    "Biståndshandläggaren kommer hem till brukaren",
    "Det är tomt på kvällen",
    "Fler ssk på kvällen",
    "Beslut tar lång tid",
    "Ingen hinner på helgen",
]
NURSES = "Fler ssk på kvällen"


def _fits(first_title: str) -> dict[str, Fit]:
    themes = [
        ThemeText("first", first_title, "", [EVENING_CELL[0]]),
        ThemeText("evening", "Kvällar och helger", "", [EVENING_CELL[1]]),
    ]
    return {fit.theme_id: fit for fit in CellSorter(themes, EVENING_CELL).rank(NURSES)}


def test_a_title_sharing_only_a_broader_concept_with_the_note_gets_no_title_bonus():
    # "ssk" (a nurse) and "handläggaren" (a case officer) are both staff, and that is all they share:
    # the title names another idea than the note, so nothing lifts that theme
    fits = _fits("Handläggaren nära")
    assert fits["first"].score == 0.0
    assert fits["evening"].score > DEFAULT_MIN_SIMILARITY
    # a title naming the note's own idea does count: that theme now comes first
    assert list(_fits("Sjuksköterskor"))[0] == "first"


def test_the_words_that_tie_a_note_to_a_theme_are_the_notes_own_as_written():
    for fit in _fits("Handläggaren nära").values():
        assert fit.words
        # not "personal" (the broader concept's label), not "sjuksköterska" (what "ssk" is read as)
        assert all(word in NURSES.lower() for word in fit.words), fit.words
    assert _fits("Handläggaren nära")["first"].words == ("ssk",)


# --- the minimum fit means the same in every cell ---------------------------------------------------------
TRAINING_CELL = [
    "Utbildning i förflyttning för usk",
    "Utbildning om demens behövs",
    "Mer utbildning på arbetstid",
    "Utbildning för nya chefer",
    "Utbildning i dokumentation",
    "Digital utbildning fungerar dåligt",
]
UNTITLED = [
    ThemeText("dementia", "", "", ["Utbildning i demensvård för nattpersonalen"]),
    ThemeText("leadership", "", "", ["Chefer behöver stöd i ledarskapet"]),
]
NIGHT_STAFF = "Nattpersonal saknar utbildning"


def test_the_minimum_fit_is_read_on_the_scale_of_a_plain_cosine(monkeypatch):
    from workshop_app.clustering import placement

    fit = CellSorter(UNTITLED, TRAINING_CELL).rank(NIGHT_STAFF)[0]
    assert fit.theme_id == "dementia"
    # taking off what every note of the cell says (training) lowers the fit below the minimum ...
    assert fit.score < DEFAULT_MIN_SIMILARITY <= fit.shared
    # ... and what the note shares with the theme gives that back: about the fit without centring
    monkeypatch.setattr(placement, "CELL_CENTRING", 0.0)
    plain = CellSorter(UNTITLED, TRAINING_CELL).rank(NIGHT_STAFF)[0]
    assert plain.theme_id == "dementia" and abs(plain.score - fit.shared) < 0.05
    monkeypatch.undo()
    # so the note goes where a facilitator would put it, although its theme has no title
    assert CellSorter(UNTITLED, TRAINING_CELL).choose(NIGHT_STAFF) == "dementia"
