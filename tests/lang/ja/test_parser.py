"""How GiNZA is loaded for the Japanese reader."""

from thinc.api import NumpyOps
from threadpoolctl import threadpool_info

from kansoku.lang.ja.parser import japanese_parser, parse


def test_every_network_multiplies_through_numpy_blas_not_blis():
    nlp = japanese_parser()
    for name in ("tok2vec", "parser", "morphologizer"):
        for node in nlp.get_pipe(name).model.walk():
            assert isinstance(node.ops, NumpyOps) and not node.ops.use_blis, (name, node.name)


def test_blas_runs_one_thread_a_process():
    japanese_parser()
    blas = [pool for pool in threadpool_info() if pool["user_api"] == "blas"]
    assert blas and all(pool["num_threads"] == 1 for pool in blas)


def test_the_parse_still_finds_subject_and_object():
    (doc,) = parse(["ロシアが北朝鮮に石油を送った。"])
    verb = next(t for t in doc if t.lemma_ == "送る")
    assert {c.dep_ for c in verb.children} >= {"nsubj", "obj"}
