"""The GDELT export's ActionGeo_* and AvgTone columns, filled from located, toned events."""

import frenemy
from frenemy.analytics.export import gdelt_events
from frenemy.ingest import read_paths
from frenemy.pipeline import ingest

# an invented article
ARTICLE = ("Shelling in the east\n\nRussian forces shelled the city of Kharkiv on Monday, killing "
           "three civilians and destroying homes.")


def test_export_gdelt_fills_action_geo_and_avg_tone(tmp_path):
    (tmp_path / "2022-05-02_shelling.txt").write_text(ARTICLE)
    with frenemy.open(tmp_path / "s.duckdb", create=True) as store:
        ingest(list(read_paths([tmp_path])), store)
        rows = gdelt_events(store)
    row = rows[rows.EventRootCode == "19"].iloc[0]
    assert (row.ActionGeo_Type, row.ActionGeo_FullName, row.ActionGeo_CountryCode) == (4, "Kharkiv, Ukraine", "UP")
    assert row.ActionGeo_ADM1Code.startswith("UP") and row.ActionGeo_FeatureID.isdigit()
    assert 49 < row.ActionGeo_Lat < 51 and 35 < row.ActionGeo_Long < 37
    assert row.AvgTone < 0
    assert (row.Actor1Geo_Type, row.Actor1Geo_FullName) == (0, "")
