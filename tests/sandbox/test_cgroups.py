"""cgroup counters read from plain files: no root, no cgroup file system, no sandbox marker."""

from assessments.sandbox.cgroups import CgroupV2


def v2_slot(path, usage_usec: int) -> CgroupV2:
    (path / "cpu.stat").write_text(f"usage_usec {usage_usec}\nuser_usec 0\n")
    (path / "memory.events").write_text("max 0\noom_kill 0\n")
    (path / "memory.peak").write_text("0\n")
    return CgroupV2(str(path))


def test_v2_cpu_time_counts_from_the_reset_not_from_earlier_runs(tmp_path):
    # A reused slot whose earlier runs used 12 s of CPU: the v2 counter cannot be reset.
    slot = v2_slot(tmp_path, 12_000_000)
    slot.reset_counters()
    (tmp_path / "cpu.stat").write_text("usage_usec 12250000\n")
    (tmp_path / "memory.peak").write_text("4096\n")  # a plain file kept the word "reset"
    assert slot.cpu_s() == 0.25
    assert slot.stats().cpu_s == 0.25
