from frenemy.ingest.dedup import NearDuplicates, signature

STORY = (
    "Lithuania expelled two Belarusian diplomats on Friday after accusing Minsk of organising "
    "the movement of migrants across the border. The foreign ministry in Vilnius said the two "
    "men had seven days to leave the country. Belarus called the decision a provocation and "
    "said it would respond in kind, without giving details of what it planned."
)


def test_near_duplicates_finds_the_same_wire_story_with_small_edits():
    edited = STORY.replace("on Friday", "late on Friday").replace("seven days", "a week")
    index = NearDuplicates([("wire-1", signature(STORY))])
    match = index.match("outlet-2", signature(edited))
    assert match is not None and match[0] == "wire-1" and match[1] > 0.6


def test_near_duplicates_ignores_a_different_story_and_itself():
    other = ("Kenya and Ethiopia agreed on Tuesday to reopen their border crossing at Moyale, "
             "ending a closure that had lasted six months, officials in Nairobi said.")
    index = NearDuplicates([("wire-1", signature(STORY))])
    assert index.match("other", signature(other)) is None
    assert index.match("wire-1", signature(STORY)) is None
