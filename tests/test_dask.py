"""A batch on a Dask cluster (here a LocalCluster of two worker processes) gives the local results.

Needs the ``dask`` extra (``pip install -e '.[dask]'``; ``make test`` installs it).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from grader import api
from grader.errors import SchedulerError
from grader.report.exports import dumps, results_document

distributed = pytest.importorskip("distributed", reason="dask.distributed is not installed: "
                                                        "pip install -e '.[dask]' (make test installs it)")

ROOT = Path(__file__).resolve().parent.parent
SUBMISSIONS = ROOT / "submissions"
# written entries of every format, a folder, and code that runs in the worker's sandbox
PICKED = ["000_6ad9972c2ed9da34.txt", "001_00e179ca8f67077f.txt", "w05_sign_slip.md", "w08_pointwise_only.tex",
          "w18_folder_tex", "w20_empty.md", "code_vectorised", "code_wrong_sign", "code_syntax_error"]


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  silence_logs=40) as cluster:
        yield cluster


@pytest.fixture(scope="module")
def subs(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("subs")
    for name in PICKED:
        source = SUBMISSIONS / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, folder / name)
    (folder / "zz_binary.md").write_bytes(bytes(range(256)) * 8)
    return folder


def test_a_local_cluster_gives_the_results_of_one_process(cluster, subs):
    local = dumps(results_document(api.grade_batch(subs, jobs=1)))
    on_dask = dumps(results_document(api.grade_batch(subs, scheduler=cluster.scheduler_address)))
    assert on_dask == local
    assert '"verdict": "correct"' in on_dask  # the code ran: code_vectorised is correct


def test_the_command_line_grades_on_the_cluster_and_resumes(cluster, subs, tmp_path):
    from grader.cli import main

    assert main(["grade", str(subs), "--out", str(tmp_path / "local"), "--quiet", "--jobs", "1"]) == 0
    assert main(["grade", str(subs), "--out", str(tmp_path / "dask"), "--quiet",
                 "--scheduler", cluster.scheduler_address]) == 0
    for name in ("results.json", "grades.csv", "index.html"):
        assert (tmp_path / "local" / name).read_bytes() == (tmp_path / "dask" / name).read_bytes(), name


def test_an_address_with_no_scheduler_is_one_line(subs, monkeypatch):
    monkeypatch.setattr("grader.batch.SCHEDULER_TIMEOUT", "1s")
    with pytest.raises(SchedulerError, match="cannot reach the Dask scheduler") as err:
        api.grade_batch(subs, scheduler="tcp://127.0.0.1:9", run_code=False)
    assert "\n" not in str(err.value)
