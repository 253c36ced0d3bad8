"""lapor.RegionCode through the Python binding, and the shared region vectors."""

import json
from pathlib import Path

import pytest

import lapor

VECTORS = Path(__file__).resolve().parents[2] / "tests" / "vectors"


def load(name):
    return json.loads((VECTORS / name).read_text(encoding="utf-8"))


def test_parse_village_code():
    code = lapor.RegionCode.parse("6474011001")
    assert str(code) == "64.74.01.1001"
    assert repr(code) == "RegionCode('64.74.01.1001')"
    assert code.level == "village"
    assert code.time_zone == "wita" and code.utc_offset_hours == 8
    assert code.village_kind == "kelurahan" and code.regency_kind == "kota"
    assert code.parent == lapor.RegionCode("64.74.01")
    assert code.is_within(lapor.RegionCode("64"))
    assert lapor.RegionCode("64") < code
    assert len({code, lapor.RegionCode("64.74.01.1001")}) == 1


def test_unknown_province_is_a_parse_error_with_fields():
    with pytest.raises(lapor.ParseError) as info:
        lapor.RegionCode("97")
    err = info.value
    assert isinstance(err, lapor.LaporError) and isinstance(err, ValueError)
    assert err.code == "unknown_province"
    assert err.category == "parse"
    assert err.province == 97
    # The value given is never carried by the exception (it may be a NIK typed in the wrong box).
    assert not hasattr(err, "input")
    assert "tidak dikenal" in err.message_id
    assert str(err) == err.message_en


def test_syntax_error_names_the_character():
    with pytest.raises(lapor.ParseError) as info:
        lapor.RegionCode.parse("64.7x")
    assert info.value.code == "region_code_syntax"
    assert info.value.position == 4 and info.value.found == "x"
    with pytest.raises(AttributeError):
        info.value.no_such_field


def test_wrong_argument_type_is_a_type_error():
    with pytest.raises(TypeError):
        lapor.RegionCode(6474)


def test_exception_hierarchy():
    for cls in (lapor.ParseError, lapor.DirectoryError, lapor.NotFoundError, lapor.ValidationError):
        assert issubclass(cls, lapor.LaporError)
    assert issubclass(lapor.NotFoundError, LookupError)


@pytest.mark.parametrize("case", load("regions.json")["valid"], ids=lambda c: c["input"])
def test_vectors_valid(case):
    code = lapor.RegionCode(case["input"])
    assert code.code == case["code"]
    assert code.digits == case["digits"]
    assert code.level == case["level"]
    assert code.province_code == case["province"]
    assert code.province_name == case["province_name"]
    assert code.time_zone == case["time_zone"]
    assert code.utc_offset_hours == case["utc_offset_hours"]
    assert code.regency_kind == case["regency_kind"]
    assert code.village_kind == case["village_kind"]
    assert (str(code.parent) if code.parent else None) == case["parent"]
    assert code.name == case["name"] and code.exists == case["exists"]


@pytest.mark.parametrize("case", load("regions.json")["invalid"], ids=lambda c: repr(c["input"]))
def test_vectors_invalid(case):
    with pytest.raises(lapor.ParseError) as info:
        lapor.RegionCode(case["input"])
    assert info.value.code == case["error"]
