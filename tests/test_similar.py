"""Near-duplicate blocking: paraphrases meet, unrelated sentences stay apart, cost grows linearly."""
import random

from briefgen import similar

SEIZED_A = "Rebels seized the northern town of Karvo on Sunday after two days of heavy fighting."
SEIZED_B = "After heavy fighting, the rebels seized Karvo, a northern town, on Sunday."
FLOOD = "Floods closed three schools in the coastal province, officials reported."
BUDGET = "The finance minister presented a smaller budget to parliament."


def test_content_words_drop_stop_words_and_fold_forms():
    words = similar.content_words("The rebels attacked the towns and were attacking again, it's said.")
    assert {"rebel", "attack", "town"} <= words
    assert not words & {"the", "and", "were", "it", "again", "said"}
    assert similar.content_words("") == frozenset()


def test_similarity_is_symmetric_and_bounded():
    assert similar.similarity(SEIZED_A, SEIZED_B) == similar.similarity(SEIZED_B, SEIZED_A)
    assert similar.similarity(SEIZED_A, SEIZED_A) == 1.0
    assert similar.similarity(SEIZED_A, "") == 0.0
    assert similar.similarity(SEIZED_A, SEIZED_B) > 0.5 > similar.similarity(SEIZED_A, FLOOD)


def test_paraphrases_cluster_unrelated_stay_apart():
    out = similar.clusters([SEIZED_A, FLOOD, SEIZED_B, BUDGET], threshold=0.5)
    assert out == [[0, 2], [1], [3]]


def test_deterministic_and_order_independent_partition():
    texts = [SEIZED_A, FLOOD, SEIZED_B, BUDGET, "Officials reported floods closing schools in the province."]
    first = similar.clusters(texts, 0.4)
    assert first == similar.clusters(texts, 0.4)
    rev = similar.clusters(list(reversed(texts)), 0.4)
    n = len(texts)
    as_sets = lambda cl, f: sorted(sorted(f(i) for i in c) for c in cl)  # noqa: E731
    assert as_sets(first, lambda i: i) == as_sets(rev, lambda i: n - 1 - i)


def test_groups_block_and_apart_separates():
    texts = [SEIZED_A, SEIZED_B]
    assert similar.clusters(texts, 0.5, groups=["x", "y"]) == [[0], [1]]  # different keys never merge
    assert similar.clusters(texts, 0.5, groups=["x", "x"]) == [[0, 1]]
    assert similar.clusters(texts, 0.5, apart=["a1", "a1"]) == [[0], [1]]  # same article never pairs
    assert similar.clusters(texts, 0.5, apart=["a1", "a2"]) == [[0, 1]]


def test_leader_clusters_do_not_chain():
    a = frozenset("alpha beta gamma delta".split())
    b = frozenset("gamma delta epsilon zeta".split())  # like a and like c, but a is not like c
    c = frozenset("epsilon zeta eta theta".split())
    assert similar.cluster_sets([a, b, c], 0.5) == [[0, 1, 2]]
    assert similar.leader_clusters([a, b, c], 0.5) == [[0, 1], [2]]
    assert similar.leader_clusters([a, b, c], 0.5, order=[1, 0, 2]) == [[1, 0, 2]]  # b leads, takes both
    # at most one member per `apart` label
    assert similar.leader_clusters([a, a, a], 0.5, apart=["p", "q", "q"]) == [[0, 1], [2]]


def synthetic(n_sentences: int, seed: int = 7) -> list[frozenset]:
    """Stories of 10 sentences each, with their own words, plus words every story uses."""
    rng = random.Random(seed)
    common = [f"common{i}" for i in range(30)]
    sets = []
    for story in range(n_sentences // 10):
        own = [f"s{story}w{i}" for i in range(12)]
        for _ in range(10):
            sets.append(frozenset(rng.sample(own, 9) + rng.sample(common, 4)))
    return sets


def test_comparisons_grow_about_linearly():
    small, large = similar.Stats(), similar.Stats()
    similar.cluster_sets(synthetic(800), 0.5, stats=small)
    sets = synthetic(8000)
    clusters = similar.cluster_sets(sets, 0.5, stats=large)
    assert small.comparisons > 0
    assert large.comparisons < 20 * small.comparisons  # 10x the sentences, nothing like 100x the work
    assert len(clusters) <= 1.2 * len(sets) / 10  # the 10 sentences of a story do meet
    # and the blocking still keeps the stories apart: no cluster spans two stories' own words
    for members in clusters:
        stories = {w.split("w")[0] for i in members for w in sets[i] if w.startswith("s")}
        assert len(stories) == 1
