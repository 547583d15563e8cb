"""Schema-driven fuzzing of every operation in /openapi.json (schemathesis): whatever
the parameters and bodies, the service answers, and never with a 5xx. The examples
per operation are bounded, so the run takes a minute or so."""
from __future__ import annotations

import tempfile
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

from api.app import create_app
from service.settings import load_settings

EXAMPLES_PER_OPERATION = 12
_TMP = tempfile.TemporaryDirectory(prefix="vanban-fuzz-")  # removed when the test run ends
APP = create_app(load_settings(db=f"sqlite:///{Path(_TMP.name) / 'fuzz.db'}", write_rate_per_minute=0,
                               webhook_worker=False, max_upload_mb=1, doc_seconds=20))
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


@schema.parametrize()
@settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None, derandomize=True, database=None,
          suppress_health_check=list(HealthCheck))
def test_no_operation_answers_5xx(case):
    case.call_and_validate(checks=[not_a_server_error])
