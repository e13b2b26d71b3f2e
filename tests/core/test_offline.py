"""The library works with no network and no pythainlp data directory: nothing is downloaded."""
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import socket

    def refuse(*args, **kwargs):
        raise OSError("network access attempted")

    socket.socket.connect = refuse
    socket.create_connection = refuse
    socket.getaddrinfo = refuse

    import thai_report_ie as tri

    report = tri.extract("มีองค์กรพรรคการเมืองทั้งหมด 73 องค์กร โดยมีสมาชิกพรรคการเมือง 1,549 ราย")
    print(sorted((q.text, q.value) for q in report.quantities))
    print([t.text for t in tri.tokenize("สามารถ 103/80 ราย")])
    print("spacy" in __import__("sys").modules)
    """
)


def test_extract_runs_without_network_or_data_dir(tmp_path):
    env = {"HOME": str(tmp_path), "PYTHAINLP_DATA": str(tmp_path / "no-data"), "PATH": "/usr/bin:/bin"}
    proc = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0] == "[('1,549 ราย', 1549), ('73 องค์กร', 73)]"
    assert lines[1] == "['สามารถ', ' ', '103/80', ' ', 'ราย']"
    assert lines[2] == "False", "import thai_report_ie must not import spaCy"
    assert not (tmp_path / "no-data").exists() or not any((tmp_path / "no-data").iterdir())
