"""The REST API as other software uses it: keys, tenants kept apart, cases by reference."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from tests.portfolio.factories import claim_row

from amiable.core.bootstrap import App
from amiable.portfolio.tenants import api_key_create, tenant_ensure
from amiable.web.app import create_app

MANDATE = {
    "reference": "M-2025-01", "signed_on": "2025-01-01", "basis": "Factures de fourniture d'énergie impayées",
    "fee_basis": "percent_of_collected", "fee_rate_percent": "12.5", "payover_days": 30,
    "max_instalments": 6, "min_instalment": "30.00", "max_plan_months": 6,
}  # fmt: skip
CASE = {
    "creditor_ref": "CRED-001",
    "debtor": {"reference": "DEB-1", "type": "business", "name": "Garage Lefèvre SARL", "siren": "732829320",
               "email": "compta@garage.example.fr", "postcode": "69003", "city": "Lyon"},
    "claims": [{"reference": "FAC-1", "issue_date": "2026-01-05", "due_date": "2026-02-04", "principal": "1000.00",
                "nature": "b2b_invoice"}],
}  # fmt: skip


def key_for(app: App, slug: str) -> dict[str, str]:
    with app.database.write() as session:
        tenant = tenant_ensure(session, slug=slug, now=app.clock.now())
        return {
            "Authorization": f"Bearer {api_key_create(session, tenant=tenant, name='t', now=app.clock.now()).secret}"
        }


@pytest.fixture
def client(app: App) -> Iterator[TestClient]:
    with TestClient(create_app(app), raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.fixture
def auth(app: App) -> dict[str, str]:
    return key_for(app, "default")


def test_a_key_is_required_and_errors_have_a_stable_code(client: TestClient) -> None:
    assert client.get("/api/v1/cases").json() == {"error": {
        "code": "unauthorized", "message": "an API key is required (Authorization: Bearer …)", "details": []}}  # fmt: skip
    response = client.get("/api/v1/cases", headers={"X-API-Key": "amk_forged"})
    assert (response.status_code, response.json()["error"]["code"]) == (401, "unauthorized")


def test_a_case_pushed_by_reference_comes_back_with_its_itemised_balance(client: TestClient,
                                                                         auth: dict[str, str]) -> None:  # fmt: skip
    response = client.put("/api/v1/cases/DOS-1", json=CASE, headers=auth)
    assert response.status_code == 200, response.json()

    case = client.get("/api/v1/cases/DOS-1", params={"as_of": "2026-03-06"}, headers=auth).json()

    assert (case["reference"], case["creditor_ref"], case["debtor"]["siren"]) == (
        "DOS-1",
        "CRED-001",
        "732829320",
    )
    # B2B, due 04/02/2026: interest from 05/02 to 06/03 inclusive = 30 days at ECB 2.15 % + 10 = 12.15 %:
    # 1000 × 12.15 % × 30 / 365 = 9.99; plus the 40 € fixed indemnity (D441-5).
    balance = case["balance"]
    assert (balance["principal"], balance["interest"], balance["indemnity"], balance["total_due"]) == (
        "1000.00", "9.99", "40.00", "1049.99")  # fmt: skip


def test_pushing_the_same_case_again_with_a_new_amount_updates_it(
    client: TestClient, auth: dict[str, str]
) -> None:
    client.put("/api/v1/cases/DOS-1", json=CASE, headers=auth)
    changed = {**CASE, "claims": [{**CASE["claims"][0], "principal": "800.00"}]}  # type: ignore[dict-item]

    case = client.put("/api/v1/cases/DOS-1", json=changed, headers=auth).json()

    assert case["placed"] == "800.00"
    ledger = client.get("/api/v1/cases/DOS-1/ledger", headers=auth).json()
    assert [(e["kind"], e["amount"]) for e in ledger] == [
        ("principal", "1000.00"),
        ("adjustment", "-200.00"),
    ]
    events = client.get("/api/v1/cases/DOS-1/events", headers=auth).json()
    assert [e["type"] for e in events] == ["case_opened", "claim_updated"]
    assert events[0]["label_fr"] == "Dossier ouvert"


def test_an_invalid_case_is_refused_whole_with_every_reason(
    client: TestClient, auth: dict[str, str]
) -> None:
    bad = {**CASE, "claims": [{**CASE["claims"][0], "principal": "-5"}, {**CASE["claims"][0], "reference": "F2",  # type: ignore[dict-item]
                                                                         "due_date": "2025-01-01"}]}  # fmt: skip
    response = client.put("/api/v1/cases/DOS-1", json=bad, headers=auth)

    assert response.status_code == 422
    assert response.json()["error"] == {"code": "invalid_case", "message": "the case was not saved", "details": [
        {"row": 1, "field": "principal", "reason": "must be more than zero, got '-5'"},
        {"row": 2, "field": "due_date", "reason": "due date 01/01/2025 is before the issue date 05/01/2026"}]}  # fmt: skip
    assert client.get("/api/v1/cases/DOS-1", headers=auth).status_code == 404


def test_a_case_cannot_change_debtor(client: TestClient, auth: dict[str, str]) -> None:
    client.put("/api/v1/cases/DOS-1", json=CASE, headers=auth)
    other = {**CASE, "debtor": {**CASE["debtor"], "reference": "DEB-2"}}  # type: ignore[dict-item]
    response = client.put("/api/v1/cases/DOS-1", json=other, headers=auth)
    assert (response.status_code, response.json()["error"]["details"][0]["reason"]) == (
        409, "case DOS-1 belongs to debtor DEB-1")  # fmt: skip


def test_one_tenant_never_sees_another(app: App, client: TestClient, auth: dict[str, str]) -> None:
    client.put("/api/v1/cases/DOS-1", json=CASE, headers=auth)
    intruder = key_for(app, "autre-etude")

    assert client.get("/api/v1/cases/DOS-1", headers=intruder).status_code == 404
    assert client.get("/api/v1/cases", headers=intruder).json() == {
        "items": [],
        "next_cursor": None,
    }
    assert client.get("/api/v1/creditors/CRED-001", headers=intruder).status_code == 404
    # The same references may exist in both offices without clashing.
    assert client.put("/api/v1/cases/DOS-1", json=CASE, headers=intruder).status_code == 200


def test_creditors_and_their_mandates(client: TestClient, auth: dict[str, str]) -> None:
    created = client.put("/api/v1/creditors/CRED-001", json={"name": "Énergies du Rhône", "siren": "732829320"},
                         headers=auth).json()  # fmt: skip
    assert (created["name"], created["has_mandate_in_force"]) == ("Énergies du Rhône", False)

    recorded = client.post("/api/v1/creditors/CRED-001/mandates", json=MANDATE, headers=auth)
    assert recorded.status_code == 201
    assert recorded.json()["has_mandate_in_force"] is True
    assert recorded.json()["mandates"][0]["min_instalment"] == "30.00"

    too_slow = client.post(
        "/api/v1/creditors/CRED-001/mandates", json={**MANDATE, "payover_days": 60}, headers=auth
    )
    assert too_slow.json()["error"] == {"code": "invalid_mandate", "details": [],
                                        "message": "payover_days must be between 1 and 31 (R124-6: one month at most)"}  # fmt: skip
    bad_siren = client.put(
        "/api/v1/creditors/CRED-2", json={"name": "X", "siren": "123"}, headers=auth
    )
    assert bad_siren.status_code == 422


def test_the_case_list_pages_with_a_cursor_and_filters(
    client: TestClient, auth: dict[str, str]
) -> None:
    rows: list[dict[str, Any]] = [
        claim_row(case_ref=f"DOS-{n}", debtor_ref=f"DEB-{n}", claim_ref=f"F-{n}",
                  creditor_ref="CRED-A" if n % 2 else "CRED-B") for n in range(5)
    ]  # fmt: skip
    assert client.post("/api/v1/rows", json=rows, headers=auth).json()["imported"] == 5

    seen, cursor = [], None
    while True:
        page = client.get("/api/v1/cases", params={"limit": 2, **({"cursor": cursor} if cursor else {})},
                          headers=auth).json()  # fmt: skip
        seen += [c["reference"] for c in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == ["DOS-0", "DOS-1", "DOS-2", "DOS-3", "DOS-4"]
    only_a = client.get("/api/v1/cases", params={"creditor": "CRED-A"}, headers=auth).json()[
        "items"
    ]
    assert [c["reference"] for c in only_a] == ["DOS-1", "DOS-3"]
    assert client.get("/api/v1/cases", params={"status": "new", "debtor_type": "business"},
                      headers=auth).json()["items"] == []  # fmt: skip
    assert client.get("/api/v1/cases", params={"status": "flying"}, headers=auth).status_code == 422


def test_rows_with_mistakes_keep_the_good_ones(client: TestClient, auth: dict[str, str]) -> None:
    result = client.post("/api/v1/rows", json=[claim_row(), claim_row(claim_ref="F-2", email="nope")],
                         headers=auth).json()  # fmt: skip
    assert (result["imported"], result["rejected"]) == (1, 1)
    assert result["errors"] == [
        {"row": 2, "field": "email", "reason": "not an e-mail address: 'nope'"}
    ]


def test_a_file_uploaded_to_the_api_is_imported_like_on_the_command_line(client: TestClient,
                                                                         auth: dict[str, str]) -> None:  # fmt: skip
    body = "debtor_ref;debtor_name;claim_ref;issue_date;due_date;principal\nD1;Léa Roux;F1;01/02/2026;03/03/2026;99,90\n"
    response = client.post("/api/v1/imports", params={"creditor": "CRED-X"}, headers=auth,
                           files={"file": ("export.csv", body.encode("cp1252"), "text/csv")})  # fmt: skip
    summary = response.json()
    assert (summary["imported"], summary["rejected"], summary["creditors_without_mandate"]) == (
        1,
        0,
        ["CRED-X"],
    )
    broken = client.post(
        "/api/v1/imports", headers=auth, files={"file": ("x.csv", b"a;b\n1;2\n", "text/csv")}
    )
    assert broken.json()["error"]["code"] == "import_failed"


def test_the_schema_is_published(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    assert {"/api/v1/cases", "/api/v1/cases/{reference}", "/api/v1/imports", "/api/v1/rows"} <= set(
        schema["paths"]
    )
    assert client.get("/health").json()["status"] == "ok"
    # Each operation has its own ID, as client generators need (the SMS webhook, served
    # over GET and POST, once published one ID twice).
    ids = [op["operationId"] for path in schema["paths"].values() for op in path.values()]
    assert len(ids) == len(set(ids))


def test_malformed_json_is_a_structured_error(client: TestClient, auth: dict[str, str]) -> None:
    response = client.put(
        "/api/v1/cases/DOS-1",
        content=b"{not json",
        headers={**auth, "content-type": "application/json"},
    )
    assert (response.status_code, response.json()["error"]["code"]) == (422, "validation_error")


def test_the_mandate_governs_the_balance(client: TestClient, auth: dict[str, str]) -> None:
    """A creditor who waives late interest and the indemnity, and wants principal paid first."""
    client.put("/api/v1/creditors/CRED-001", json={"name": "Énergies du Rhône"}, headers=auth)
    waived = {**MANDATE, "late_interest": False, "fixed_indemnity": False,
              "allocation_order": "principal,interest,indemnity,fee"}  # fmt: skip
    assert (
        client.post("/api/v1/creditors/CRED-001/mandates", json=waived, headers=auth).status_code
        == 201
    )
    client.put("/api/v1/cases/DOS-1", json=CASE, headers=auth)

    balance = client.get(
        "/api/v1/cases/DOS-1", params={"as_of": "2026-03-06"}, headers=auth
    ).json()["balance"]

    assert (balance["interest"], balance["indemnity"], balance["total_due"]) == (
        "0.00",
        "0.00",
        "1000.00",
    )


def test_an_upload_over_the_limit_is_stopped(client: TestClient, auth: dict[str, str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    from amiable.web.api import routes

    monkeypatch.setattr(routes, "MAX_UPLOAD_BYTES", 3 * 1024 * 1024)
    body = (
        b"debtor_ref;debtor_name;claim_ref;due_date;principal\n" + b"D;N;F;01/01/2026;1\n" * 200_000
    )
    response = client.post(
        "/api/v1/imports", headers=auth, files={"file": ("big.csv", body, "text/csv")}
    )
    assert (response.status_code, response.json()["error"]["code"]) == (413, "too_large")
    assert client.get("/api/v1/cases", headers=auth).json()["items"] == []
