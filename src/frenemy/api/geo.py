"""REST endpoints for where events happened and how articles read: /api/locations and /api/tone.

Included by `create_app`; reads go through the same read-only store dependency and lock as the
rest of the API (frenemy.api.app).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from .app import CODE, DATE, PLOVER, StoreDep, evidence, records

router = APIRouter(prefix="/api", tags=["locations and tone"])
PERIOD = "^(day|week|month|year|all)$"


@router.get("/locations")
def list_locations(
    store: StoreDep,
    actor: Annotated[str | None, Query(pattern=CODE, description="Code prefix, e.g. RUS")] = None,
    type: Annotated[str | None, Query(pattern=PLOVER, description="PLOVER type")] = None,  # noqa: A002
    since: Annotated[str | None, Query(pattern=DATE)] = None,
    until: Annotated[str | None, Query(pattern=DATE)] = None,
    outlet: str | None = None,
    limit: Annotated[int, Query(ge=1, le=5000)] = 1000,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> dict[str, Any]:
    """Events that have a location, with their evidence, and the places they happened at
    (name, coordinates, feature type and event count), for the map."""
    frame = store.events(actor=actor, type=type, since=since, until=until, outlet=outlet,
                         located=True, limit=limit, offset=offset)
    rows = [dict(r, evidence=evidence(r)) for r in records(frame)]
    places: dict[tuple[float, float, str], dict[str, Any]] = {}
    for row in rows:
        key = (row["action_geo_lat"], row["action_geo_long"], row["action_geo_full_name"])
        place = places.setdefault(key, {
            "full_name": row["action_geo_full_name"], "lat": row["action_geo_lat"],
            "long": row["action_geo_long"], "feature": row["action_geo_feature"],
            "iso3": row["action_geo_iso3"], "country_code": row["action_geo_country_code"],
            "adm1_code": row["action_geo_adm1_code"], "events": 0})
        place["events"] += 1
    return {"limit": limit, "offset": offset, "count": len(rows), "events": rows,
            "places": sorted(places.values(), key=lambda p: -p["events"])}


@router.get("/tone")
def list_tones(store: StoreDep, outlet: str | None = None,
               limit: Annotated[int, Query(ge=1, le=5000)] = 1000,
               offset: Annotated[int, Query(ge=0)] = 0) -> list[dict[str, Any]]:
    """Each article's tone (% positive minus % negative words, -100..+100), newest first."""
    return records(store.tones(outlet=outlet, limit=limit, offset=offset))


@router.get("/tone/outlets")
def tone_by_outlet(store: StoreDep,
                   period: Annotated[str, Query(pattern=PERIOD)] = "month") -> list[dict[str, Any]]:
    """Mean article tone per outlet and period."""
    return records(store.tone_by_outlet(period=None if period == "all" else period))


@router.get("/tone/dyads")
def tone_by_dyad(store: StoreDep,
                 min_documents: Annotated[int, Query(ge=1)] = 1) -> list[dict[str, Any]]:
    """Mean tone of the articles reporting each country pair, beside its cooperative events."""
    return records(store.tone_by_dyad(min_documents=min_documents))
