"""LibreOffice headless as a converter: a Word 97-2003 file in, an Office Open XML file out.

The .doc reader that keeps each run's font (so that text set in .VnTimeH or VNI-Times
is converted, and capitals fonts drawn as capitals) is LibreOffice's, from Debian's
package `libreoffice-writer-nogui`. Each call runs `soffice --headless --convert-to`
in a temporary directory of its own with a private user profile (two conversions never
share or lock one), without network where the system allows it (a private network
namespace, `unshare -rn`) and with the update check and macros switched off in the
profile, under the document's wall-time budget (`Limits.seconds`): the whole process
group is killed when it runs over.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from functools import cache
from pathlib import Path

from extractors.errors import LoadError
from extractors.load.limits import Limits, LimitExceeded

# The Debian package that provides `soffice` without a display server.
PACKAGE = "libreoffice-writer-nogui"

# The private profile's settings (registrymodifications.xcu): no update check, no macros.
_PROFILE_SETTINGS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Jobs/Jobs/org.openoffice.Office.Jobs:Job['UpdateCheck']/Arguments">\
<prop oor:name="AutoCheckEnabled" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting">\
<prop oor:name="MacroSecurityLevel" oor:op="fuse"><value>3</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting">\
<prop oor:name="DisableMacrosExecution" oor:op="fuse"><value>true</value></prop></item>
</oor:items>
"""


def missing() -> str | None:
    """Why LibreOffice cannot be used here (a sentence naming the package), or None."""
    if shutil.which("soffice") is None:
        return f"LibreOffice is not installed (apt package {PACKAGE})"
    return None


@cache
def _isolation() -> tuple[str, ...]:
    """`unshare -rn` when this system lets a process give itself an empty network
    namespace (containers without user namespaces do not), else nothing."""
    exe = shutil.which("unshare")
    if exe is None:
        return ()
    try:
        ok = subprocess.run([exe, "-rn", "true"], capture_output=True, timeout=10, check=False).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        ok = False
    return (exe, "-rn") if ok else ()


def convert(data: bytes, *, suffix: str, target: str, limits: Limits) -> bytes:
    """`data` (a file whose name ends in `suffix`, e.g. ".doc") converted by LibreOffice to
    the `target` format (e.g. "docx"). LimitExceeded when it takes longer than
    `limits.seconds`; LoadError when LibreOffice is missing or produces nothing."""
    problem = missing()
    if problem:
        raise LoadError(f"cannot convert {suffix} files: {problem}", kind="unreadable")
    with tempfile.TemporaryDirectory(prefix="vanban-office-") as tmp:
        work = Path(tmp)
        profile = work / "profile"
        (profile / "user").mkdir(parents=True)
        (profile / "user" / "registrymodifications.xcu").write_text(_PROFILE_SETTINGS, encoding="utf-8")
        source = work / f"in{suffix}"
        source.write_bytes(data)
        out = work / "out"
        command = [*_isolation(), shutil.which("soffice") or "soffice", "--headless", "--norestore",
                   "--nolockcheck", "--nodefault", f"-env:UserInstallation={profile.as_uri()}",
                   "--convert-to", target, "--outdir", str(out), str(source)]
        env = {**os.environ, "HOME": tmp, "SAL_USE_VCLPLUGIN": "svp"}
        proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                                cwd=tmp, start_new_session=True)
        try:
            _, err = proc.communicate(timeout=limits.seconds)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
            raise LimitExceeded(f"LibreOffice took more than {limits.seconds:g} s to convert the {suffix} file",
                                limit="seconds") from None
        result = out / f"in.{target}"
        if proc.returncode != 0 or not result.is_file():
            message = err.decode("utf-8", "replace").replace(tmp, "").strip().splitlines()
            detail = next((m for m in message if "javaldx" not in m), "no output")
            raise LoadError(f"LibreOffice could not convert the {suffix} file ({detail})", kind="corrupt")
        return result.read_bytes()
